"""Regressions of the trust review at the command line (findings 3, 5, 6, 9 and 12)."""

from __future__ import annotations

import json
from pathlib import Path

from monitor_app.services.context import initialised
from monitor_app.services.sync_files import (
    SCHEMA_VERSION,
    bundles_dir,
    public_encryption_key,
    signing_key,
)
from monitor_app.sync.bundle_writer import write_bundle
from monitor_app.sync.change import device_rows
from tests.cli.conftest import Cli
from tests.conftest import PADRON
from tests.services.sync_world import V1


def _office(cli: Cli) -> Cli:
    assert cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105").code == 0
    assert cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf")).code == 0
    return cli


def _hand_made_bundle(device_db: Path, office_db: Path, folder: Path) -> Path:
    """What a laptop of another UGEL could send the office: its own changes, signed with its
    keys and encrypted to the office's (published) key, without ever having joined it."""
    with initialised(office_db) as office:
        office_key = office.store.conn.execute(
            "SELECT encryption_public_key FROM device").fetchone()[0]
    with initialised(device_db) as ctx:
        identity = ctx.require_identity()
        return write_bundle(
            folder / "ajeno.mcbundle", device_id=identity.device_id, role=identity.role,
            scope=identity.scope, schema_version=SCHEMA_VERSION, app_version="0",
            changes=device_rows(ctx.store, identity.device_id), signing_key=signing_key(ctx),
            recipients=[public_encryption_key(office_key)],
            extra={"kind": "device", "device_name": identity.name},
            temp_dir=bundles_dir(ctx, "temp")).path


def test_a_specialist_of_another_ugel_is_refused_naming_both_ugels(cli: Cli,
                                                                    tmp_path: Path) -> None:
    office = _office(cli)
    stranger = tmp_path / "otra-ugel.db"
    assert office("init", "--role", "especialista", "--name", "Eva", "--ugel", "150106",
                  db=stranger).code == 0
    # a blank CODOOII in this padrón must not make its schools belong to UGEL 150106's office
    assert office("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"),
                  db=stranger).code == 0
    visit = json.dumps({"cod_mod": "0336586", "date": "2024-05-02", "type": "monitoreo"})
    assert office("records", "put", "visits", stdin=visit, db=stranger).code == 0
    assert "monitor-app join" in office("export", "--out", str(tmp_path), db=stranger).err
    result = office("import", str(_hand_made_bundle(stranger, office.db, tmp_path)))
    assert result.code == 1
    assert "rechazado" in result.out and "150106" in result.out and "150105" in result.out
    assert json.loads(office("devices", "list", "--json").out) == []
    assert json.loads(office("records", "list", "visits", "--json").out) == []


def test_ids_with_control_characters_and_lone_surrogates_are_one_line_refusals(
        cli: Cli) -> None:
    office = _office(cli)
    for line in ('{"id": "a\\u0001b", "notes": "x"}', '{"id": "a\\u007fb", "notes": "x"}',
                 '{"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo", '
                 '"notes": "x\\ud800y"}'):
        result = office("records", "put", "visits", stdin=line)
        assert result.code == 1, result.err
        assert len(result.err.strip().splitlines()) == 1 and "Error inesperado" not in result.err
    assert json.loads(office("records", "list", "visits", "--json").out) == []
    created = office("records", "put", "visits", stdin=json.dumps(
        {"id": V1, "cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"}))
    assert created.code == 0


def test_rejected_list_shows_what_was_kept_and_why_in_both_languages(cli: Cli,
                                                                     tmp_path: Path) -> None:
    office = _office(cli)
    assert "No hay cambios rechazados" in office("rejected", "list").out
    assert "no rejected" in office("--lang", "en", "rejected", "list").out
    listed = json.loads(office("rejected", "list", "--json").out)
    assert listed == {"changes": [], "stored": []}


def test_arguments_that_are_not_text_are_refused_before_any_work(cli: Cli) -> None:
    office = _office(cli)
    undecodable = "\udcff"  # how Python passes on bytes a terminal could not decode
    for args in (("schools", "search", undecodable), ("records", "delete", "visits", undecodable),
                 ("acta", undecodable), ("devices", "approve", undecodable),
                 ("checklist", undecodable)):
        result = office(*args)
        assert result.code == 1, (args, result.err)
        assert len(result.err.strip().splitlines()) == 1 and "inesperado" not in result.err
