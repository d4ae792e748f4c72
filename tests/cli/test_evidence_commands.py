"""`monitor-app evidence`: attach, list, export and check photos from the command line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from monitor_app.services.context import open_initialised
from monitor_app.storage.schools import directory_row, upsert_schools
from tests.cli.conftest import Cli
from tests.conftest import SCHOOL_A
from tests.storage.photo_files import jpeg


def _visit(cli: Cli) -> str:
    ctx = open_initialised(cli.db)
    with ctx.transaction():
        upsert_schools(ctx.store, [directory_row(SCHOOL_A.values(), 1)])
    ctx.close()
    visit = {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02", "type": "monitoreo"}
    result = cli("records", "put", "visits", "--json", stdin=json.dumps(visit) + "\n")
    assert result.code == 0, result.err
    return json.loads(result.out)["created"][0]


def _photo(folder: Path, name: str = "IMG_0001.jpg", **options: object) -> Path:
    path = folder / name
    path.write_bytes(jpeg(**options))  # type: ignore[arg-type]
    return path


def _one_line(text: str) -> bool:
    return len(text.strip().splitlines()) == 1 and "Traceback" not in text


def test_add_list_and_export_a_photo(enrolled: Cli, tmp_path: Path) -> None:
    visit = _visit(enrolled)
    photo = _photo(tmp_path, width=3200, height=2400, orientation=6)
    added = enrolled("evidence", "add", str(photo), "--visit", visit, "--caption", "Aula 2.º B",
                     "--taken-on", "2024-05-02")
    assert added.code == 0, added.err
    assert "1200×1600" in added.out and visit in added.out
    listed = enrolled("evidence", "list", "--visit", visit, "--json")
    [evidence] = json.loads(listed.out)
    assert (evidence["caption"], evidence["taken_on"], evidence["has_file"]) == (
        "Aula 2.º B", "2024-05-02", True)
    plain = enrolled("evidence", "list")
    assert plain.code == 0 and evidence["id"] in plain.out and "Aula 2.º B" in plain.out
    out = tmp_path / "copia.jpg"
    exported = enrolled("evidence", "export", evidence["sha256"], "--out", str(out))
    assert exported.code == 0, exported.err
    assert hashlib.sha256(out.read_bytes()).hexdigest() == evidence["sha256"]
    assert enrolled("evidence", "missing").out.strip() == "No falta ningún archivo de foto."


def test_refusals_are_one_line_and_write_nothing(enrolled: Cli, tmp_path: Path) -> None:
    visit = _visit(enrolled)
    text = tmp_path / "acta.pdf"
    text.write_bytes(b"%PDF-1.4 no es una foto")
    for args, words in [
        ([str(text), "--visit", visit], "acta.pdf no es una imagen"),
        ([str(_photo(tmp_path)), "--visit", "no-existe"], "visit_id"),
        ([str(tmp_path / "nada.jpg"), "--visit", visit], "nada.jpg"),
        ([str(_photo(tmp_path)), "--visit", visit, "--taken-on", "2999-01-01"], "taken_on"),
    ]:
        result = enrolled("evidence", "add", *args)
        assert result.code == 1 and _one_line(result.err) and words in result.err, result.err
    assert json.loads(enrolled("evidence", "list", "--json").out) == []
    unknown = enrolled("evidence", "export", "0" * 64, "--out", str(tmp_path / "x.jpg"))
    assert unknown.code == 1 and _one_line(unknown.err) and not (tmp_path / "x.jpg").exists()


def test_a_photo_needs_exactly_one_record(enrolled: Cli, tmp_path: Path) -> None:
    photo = str(_photo(tmp_path))
    assert enrolled("evidence", "add", photo).code == 2
    both = enrolled("evidence", "add", photo, "--visit", "a", "--plan", "b")
    assert both.code == 2 and _one_line(both.err) and "--plan" in both.err


def test_a_damaged_photo_in_a_real_process_prints_only_the_refusal(enrolled: Cli,
                                                                     tmp_path: Path) -> None:
    visit = _visit(enrolled)
    damaged = tmp_path / "dañada.jpg"
    damaged.write_bytes(jpeg(date_taken="2024:05:02 10:00:00")[:900])
    result = enrolled.subprocess("evidence", "add", str(damaged), "--visit", visit)
    assert result.code == 1 and _one_line(result.err) and "dañada.jpg" in result.err, result.err
