"""The UGEL loads instruments and new versions; laptops may read but not load them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.context import AppContext
from monitor_app.services.instruments import (
    import_instrument_file,
    instrument,
    list_instruments,
)
from monitor_app.storage.reference_defaults import shipped_instruments
from tests.conftest import FakeWallClock, enrol

SHIPPED = {("ficha_biblioteca", 1), ("ficha_grd", 1), ("ficha_simulacro", 1), ("rubricas_aula", 1)}


@pytest.fixture
def office(tmp_path: Path, wall: FakeWallClock) -> Iterator[AppContext]:
    context = enrol(tmp_path / "office.db", role=Role.UGEL, wall=wall)
    yield context
    context.close()


def rubrics_v2() -> dict[str, Any]:
    document = shipped_instruments()["rubricas_aula-v1.json"]
    document["version"] = 2
    document["sections"][0]["items"][2]["maximum"] = 45
    return document


def write(folder: Path, name: str, document: Any, indent: int | None = 2) -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False, indent=indent), encoding="utf-8")
    return path


def stored_rows(ctx: AppContext) -> list[tuple]:
    return ctx.store.conn.execute("SELECT * FROM instruments ORDER BY code, version").fetchall()


def test_a_new_database_holds_the_shipped_instruments(ctx: AppContext) -> None:
    listed = list_instruments(ctx)
    assert {(row.code, row.version) for row in listed} == SHIPPED
    assert all(row.loaded_at == "" for row in listed)
    assert instrument(ctx, "rubricas_aula").title == "Rúbricas de observación de aula"


def test_the_office_loads_a_new_version_and_the_old_one_stays(office: AppContext,
                                                              tmp_path: Path) -> None:
    loaded = import_instrument_file(office, write(tmp_path, "rubricas_aula-v2.json", rubrics_v2()))
    assert (loaded.code, loaded.version, loaded.added, loaded.items) == ("rubricas_aula", 2, True, 12)
    assert {(r.code, r.version) for r in list_instruments(office)} == SHIPPED | {("rubricas_aula", 2)}
    assert instrument(office, "rubricas_aula").version == 2
    assert instrument(office, "rubricas_aula", 1).item("estudiantes_presentes").maximum == 60
    assert instrument(office, "rubricas_aula", 2).item("estudiantes_presentes").maximum == 45
    new = next(r for r in list_instruments(office) if r.version == 2)
    assert new.loaded_at == office.now_iso()


def test_loading_the_same_version_again_changes_nothing(office: AppContext, tmp_path: Path) -> None:
    import_instrument_file(office, write(tmp_path, "a.json", rubrics_v2()))
    before = stored_rows(office)
    again = import_instrument_file(office, write(tmp_path, "b.json", rubrics_v2(), indent=None))
    assert not again.added
    assert stored_rows(office) == before


def test_a_published_version_never_changes(office: AppContext, tmp_path: Path) -> None:
    import_instrument_file(office, write(tmp_path, "a.json", rubrics_v2()))
    before = stored_rows(office)
    edited = rubrics_v2()
    edited["title"] = "Rúbricas (corregidas)"
    with pytest.raises(MonitorError) as refusal:
        import_instrument_file(office, write(tmp_path, "b.json", edited))
    assert refusal.value.code is ErrorCode.INSTRUMENT_VERSION_EXISTS
    assert refusal.value.params == {"instrument": "rubricas_aula", "version": 2, "next": 3}
    assert stored_rows(office) == before


def test_a_laptop_cannot_load_instruments(ctx: AppContext, tmp_path: Path) -> None:
    before = stored_rows(ctx)
    with pytest.raises(MonitorError) as refusal:
        import_instrument_file(ctx, write(tmp_path, "a.json", rubrics_v2()))
    assert refusal.value.code is ErrorCode.ROLE_FORBIDS
    assert stored_rows(ctx) == before


def test_a_file_that_is_not_json_is_refused_naming_line_and_column(office: AppContext,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "roto.json"
    path.write_text('{\n  "format": "monitor-instrument",\n  "code": ,\n}', encoding="utf-8")
    before = stored_rows(office)
    with pytest.raises(MonitorError) as refusal:
        import_instrument_file(office, path)
    assert refusal.value.code is ErrorCode.INSTRUMENT_INVALID
    assert refusal.value.params["file"] == "roto.json"
    assert refusal.value.params["where"] == "línea 3, columna 11"
    assert stored_rows(office) == before


def test_an_invalid_instrument_is_refused_naming_the_place(office: AppContext,
                                                           tmp_path: Path) -> None:
    broken = rubrics_v2()
    broken["sections"][1]["items"][3]["levels"].pop()
    before = stored_rows(office)
    with pytest.raises(MonitorError) as refusal:
        import_instrument_file(office, write(tmp_path, "x.json", broken))
    assert refusal.value.code is ErrorCode.INSTRUMENT_INVALID
    assert refusal.value.params["where"] == "sections[1].items[3].levels"
    assert stored_rows(office) == before


def test_a_missing_or_binary_file_is_refused(office: AppContext, tmp_path: Path) -> None:
    with pytest.raises(MonitorError) as missing:
        import_instrument_file(office, tmp_path / "nada.json")
    assert missing.value.code is ErrorCode.FILE_NOT_FOUND
    binary = tmp_path / "foto.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    with pytest.raises(MonitorError) as unreadable:
        import_instrument_file(office, binary)
    assert unreadable.value.code is ErrorCode.FILE_UNREADABLE


def test_an_unknown_instrument_or_version_is_refused(ctx: AppContext) -> None:
    for code, version in (("no_existe", None), ("rubricas_aula", 7)):
        with pytest.raises(MonitorError) as refusal:
            instrument(ctx, code, version)
        assert refusal.value.code is ErrorCode.INSTRUMENT_NOT_FOUND
