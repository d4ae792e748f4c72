"""The command line as a user types it: init, records, and every refusal as one clear line."""

import json
import os
import stat
from pathlib import Path

import pytest

import monitor_app
from monitor_app.services.context import open_initialised
from monitor_app.storage.paths import keys_dir_for
from monitor_app.storage.schools import directory_row, upsert_schools
from tests.cli.conftest import Cli
from tests.conftest import SCHOOL_A
from tests.services.sync_world import visit_id


def _add_school(cli: Cli) -> None:
    ctx = open_initialised(cli.db)
    with ctx.transaction():
        upsert_schools(ctx.store, [directory_row(SCHOOL_A.values(), 1)])
    ctx.close()


def _one_line(text: str) -> bool:
    return len(text.strip().splitlines()) == 1 and "Traceback" not in text


def test_version(cli: Cli) -> None:
    result = cli.subprocess("--version")
    assert result.code == 0 and result.out.strip() == f"monitor-app {monitor_app.__version__}"


def test_init_creates_identity_and_a_private_key_only_the_user_can_read(cli: Cli) -> None:
    result = cli("init", "--role", "director", "--name", "Rosa Huamán", "--ugel", "150105",
                 "--school", "0335273")
    assert result.code == 0, result.err
    assert "director" in result.out and "0335273" in result.out
    [device_folder] = keys_dir_for(cli.db).iterdir()
    for key_file in device_folder.iterdir():
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(device_folder.stat().st_mode) == 0o700


def test_init_twice_is_refused_and_keeps_the_first_identity(enrolled: Cli) -> None:
    before = enrolled.db.read_bytes()
    result = enrolled("init", "--role", "ugel", "--name", "Otra", "--ugel", "150105")
    assert result.code == 1 and _one_line(result.err) and "ya está configurado" in result.err
    assert len(list(keys_dir_for(enrolled.db).iterdir())) == 1
    assert enrolled.db.read_bytes() == before


def test_init_refusals(cli: Cli) -> None:
    for args, words in [
        (["--role", "director", "--name", "x", "--ugel", "150105"], "--school"),
        (["--role", "especialista", "--name", "x", "--ugel", "15"], "6 dígitos"),
        (["--role", "jefe", "--name", "x", "--ugel", "150105"], "opción no válida"),
    ]:
        result = cli("init", *args)
        assert result.code in (1, 2) and _one_line(result.err) and words in result.err
    assert not cli.db.exists()


def test_a_data_command_on_a_database_never_initialised_says_how_to_fix_it(cli: Cli) -> None:
    result = cli("records", "list", "visits")
    assert result.code == 1 and _one_line(result.err)
    assert "monitor-app" in result.err and "init" in result.err
    assert not cli.db.exists()
    english = cli("--lang", "en", "records", "list", "visits")
    assert "does not exist" in english.err and "init" in english.err


def test_a_file_that_is_not_a_monitor_database_is_refused(cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    other.write_text("just some text")
    result = cli("records", "list", "visits", db=other)
    assert result.code == 1 and _one_line(result.err) and "no es una base de datos" in result.err
    assert other.read_text() == "just some text"


def test_records_put_list_delete_round_trip(enrolled: Cli, tmp_path: Path) -> None:
    _add_school(enrolled)
    lines = tmp_path / "visits.jsonl"
    first, second = visit_id("v-001"), visit_id("v-002")
    lines.write_text(
        json.dumps({"id": second, "cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"})
        + "\n\n"
        + json.dumps({"id": first, "cod_mod": "335273", "date": "2024-04-10",
                      "type": "acompanamiento", "notes": "Aula de 2.º grado"}) + "\n",
        encoding="utf-8",
    )
    assert enrolled("records", "put", "visits", str(lines)).code == 0
    listed = enrolled("records", "list", "visits", "--json")
    records = {r["id"]: r for r in json.loads(listed.out)}
    assert sorted(records) == sorted([first, second])
    assert records[first]["notes"] == "Aula de 2.º grado"
    assert records[first]["cod_mod"] == "0335273"
    assert enrolled("records", "list", "visits", "--json").out == listed.out  # deterministic
    update = enrolled("records", "put", "visits", "--json",
                      stdin=json.dumps({"id": first, "status": "cerrada"}) + "\n")
    assert json.loads(update.out) == {"created": [], "updated": [first], "unchanged": []}
    commitment = json.dumps({"visit_id": first, "description": "Actualizar el plan de GRD",
                             "due_date": "2024-06-30"})
    assert enrolled("records", "put", "commitments", stdin=commitment).code == 0
    assert enrolled("records", "delete", "visits", second).code == 0
    after = json.loads(enrolled("records", "list", "visits", "--json").out)
    assert [(r["id"], r["status"]) for r in after] == [(first, "cerrada")]


def test_records_put_from_standard_input_in_a_real_process(enrolled: Cli) -> None:
    _add_school(enrolled)
    result = enrolled.subprocess(
        "records", "put", "visits", "-",
        stdin='{"cod_mod": "0335273", "date": "2024-05-02", "type": "supervision"}\n',
    )
    assert result.code == 0, result.err
    assert len(json.loads(enrolled("records", "list", "visits", "--json").out)) == 1


def test_bad_records_input_is_one_line_nonzero_and_changes_nothing(enrolled: Cli, tmp_path: Path) -> None:
    _add_school(enrolled)
    good = '{"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"}\n'
    cases = [
        (["records", "put", "visitas"], good, "desconocido"),
        (["records", "put", "visits"], good + '{"id": "x", "color": "rojo"}\n', "línea 2"),
        (["records", "put", "visits"], good + '{"id": "x", "date": 20240502}\n', "date"),
        (["records", "put", "visits"], good + '{"id": "x", "cod_mod": "0335273", \n', "línea 2: JSON mal formado"),
        (["records", "put", "visits"], '["no", "objeto"]\n', "objeto JSON"),
        (["records", "put", "visits", str(tmp_path / "absent.jsonl")], None, "No se encontró"),
        (["records", "put", "commitments"], '{"visit_id": "none", "description": "x"}', "no existe"),
        (["records", "delete", "visits", "nope"], None, "No existe"),
        (["records", "list", "nope"], None, "Tipos disponibles"),
    ]
    for args, stdin, words in cases:
        before = enrolled("records", "list", "visits", "--json").out
        result = enrolled(*args, stdin=stdin)
        assert result.code == 1, (args, result)
        assert _one_line(result.err) and words in result.err, (args, result.err)
        assert enrolled("records", "list", "visits", "--json").out == before


def test_messages_in_english(enrolled: Cli) -> None:
    result = enrolled("--lang", "en", "records", "put", "visits", stdin='{"colour": 1}')
    assert result.code == 1 and "line 1: Unknown field 'colour'" in result.err


def test_records_kinds_lists_every_kind_with_its_fields(cli: Cli) -> None:
    kinds = json.loads(cli("records", "kinds", "--json").out)
    by_name = {k["kind"]: [f["name"] for f in k["fields"]] for k in kinds}
    assert by_name["visits"][:7] == ["id", "cod_mod", "anexo", "date", "type", "status", "notes"]
    assert by_name["commitments"][:6] == ["id", "visit_id", "description", "responsible",
                                          "due_date", "status"]
    assert {"grd_plans", "brigade_members", "library_copies", "library_loans"} <= set(by_name)
    assert "visits:" in cli("records", "kinds").out


def test_a_read_only_database_refuses_writes_with_a_clear_message(enrolled: Cli) -> None:
    _add_school(enrolled)
    os.chmod(enrolled.db, stat.S_IRUSR)
    try:
        listed = enrolled("records", "list", "visits", "--json")
        assert listed.code == 0 and json.loads(listed.out) == []
        result = enrolled("records", "put", "visits",
                          stdin='{"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"}')
        assert result.code == 1 and _one_line(result.err) and "solo lectura" in result.err
    finally:
        os.chmod(enrolled.db, stat.S_IRUSR | stat.S_IWUSR)


def test_usage_errors_are_one_translated_line(cli: Cli) -> None:
    result = cli("records", "frobnicate")
    assert result.code == 2 and _one_line(result.err) and "Uso incorrecto" in result.err


@pytest.mark.parametrize("argv, window", [
    (["--db", "x.db"], True),
    (["--db=x.db", "--lang", "en"], True),
    (["--version"], None),  # argparse answers
    (["--db", "x.db", "frobnicate"], None),  # not a command: argparse refuses it
    (["--db"], None),  # a missing value: argparse refuses it
    (["--db", "x.db", "records", "kinds"], False),
])
def test_only_the_global_options_open_the_window(argv: list[str], window: bool | None,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from monitor_app.cli.main import parse_arguments

    parsed = parse_arguments(argv)
    if window is None:
        assert isinstance(parsed, int)
        assert "Uso incorrecto" in capsys.readouterr().err or "--version" in argv
    else:
        assert not isinstance(parsed, int) and (parsed.command is None) == window


def test_output_piped_into_a_reader_that_leaves_early_is_not_an_error(enrolled: Cli) -> None:
    import subprocess
    import sys

    command = [sys.executable, "-m", "monitor_app", "--db", str(enrolled.db), "records", "kinds"]
    writer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert writer.stdout is not None
    writer.stdout.close()  # like `| head -0`: the reader is gone before anything is written
    _, err = writer.communicate(timeout=60)
    assert writer.returncode == 0 and b"Error" not in err
