"""The UGEL extends catalogues and the drill calendar with a catalogue file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.catalogues import (
    import_catalogue_file,
    list_catalogues,
    list_national_drills,
)
from monitor_app.services.context import AppContext
from monitor_app.services.records import put_record
from tests.conftest import SCHOOL_A, FakeWallClock, add_schools, enrol

EXTENSION = {
    "format": "monitor-catalogues",
    "version": 1,
    "catalogues": {
        "visit_types": [
            {"code": "monitoreo", "es": "Monitoreo pedagógico", "en": "Teaching monitoring"},
            {"code": "acompanamiento", "es": "Acompañamiento", "en": "Coaching"},
            {"code": "visita_grd", "es": "Visita de verificación GRD", "en": "GRD check visit"},
        ],
        # A drill's hazard must be listed in the same file (core/catalogue_file.py).
        "hazards": [{"code": "sismo", "es": "Sismo", "en": "Earthquake"},
                    {"code": "actividad_volcanica", "es": "Actividad volcánica", "en": "Volcanic activity"}],
    },
    "national_drills": [
        {"date": "2025-05-30", "shift": "manana", "time": "10:00", "hazard": "sismo",
         "label": "Primer Simulacro Nacional Escolar 2025"},
        {"date": "2027-05-28", "shift": "manana", "time": "10:00", "hazard": "sismo",
         "label": "Primer Simulacro Nacional Escolar 2027"},
    ],
}


@pytest.fixture
def office(tmp_path: Path, wall: FakeWallClock) -> Iterator[AppContext]:
    context = enrol(tmp_path / "office.db", role=Role.UGEL, wall=wall)
    add_schools(context, SCHOOL_A)
    yield context
    context.close()


def write(folder: Path, document: Any, name: str = "catalogos.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def reference_rows(ctx: AppContext) -> tuple[list[tuple], list[tuple]]:
    conn = ctx.store.conn
    return (conn.execute("SELECT * FROM catalogue_entries ORDER BY 1, 2").fetchall(),
            conn.execute("SELECT * FROM national_drills ORDER BY 1, 2").fetchall())


def test_the_office_adds_and_relabels_codes(office: AppContext, tmp_path: Path) -> None:
    visit = {"cod_mod": "0335273", "date": "2024-05-02", "type": "visita_grd"}
    with pytest.raises(MonitorError) as before:
        put_record(office, "visits", visit)
    assert before.value.code is ErrorCode.NOT_IN_CATALOGUE

    imported = import_catalogue_file(office, write(tmp_path, EXTENSION))
    assert (imported.added, imported.relabelled, imported.unchanged) == (2, 1, 2)
    assert (imported.drills_added, imported.drills_changed) == (1, 1)
    put_record(office, "visits", visit)
    labels = {e.code: e.label("es") for e in list_catalogues(office, "visit_types")}
    assert labels["monitoreo"] == "Monitoreo pedagógico"
    assert labels["supervision"] == "Supervisión"  # codes the file leaves out stay
    assert "actividad_volcanica" in {e.code for e in list_catalogues(office, "hazards")}
    drills = list_national_drills(office)
    assert ("2025-05-30", "manana", "10:00", "sismo", "Primer Simulacro Nacional Escolar 2025"
            ) in drills
    assert ("2027-05-28", "manana", "10:00", "sismo", "Primer Simulacro Nacional Escolar 2027"
            ) in drills

    again = import_catalogue_file(office, write(tmp_path, EXTENSION))
    assert (again.added, again.relabelled, again.unchanged, again.drills_added,
            again.drills_changed) == (0, 0, 5, 0, 0)


def test_a_laptop_cannot_change_catalogues(ctx: AppContext, tmp_path: Path) -> None:
    before = reference_rows(ctx)
    with pytest.raises(MonitorError) as refusal:
        import_catalogue_file(ctx, write(tmp_path, EXTENSION))
    assert refusal.value.code is ErrorCode.ROLE_FORBIDS
    assert reference_rows(ctx) == before


def _with(change: Any) -> dict[str, Any]:
    document = json.loads(json.dumps(EXTENSION))
    change(document)
    return document


@pytest.mark.parametrize(("document", "problem"), [
    (_with(lambda d: d["catalogues"]["visit_types"][2].update(code="Visita GRD")),
     "visit_types[2]: código no válido"),
    (_with(lambda d: d.update(format="monitor-instrument")), "no es un archivo de catálogos"),
    (_with(lambda d: d.pop("catalogues") and d["national_drills"][0].update(hazard="meteorito")),
     "«meteorito» no está en el catálogo hazards"),
])
def test_an_invalid_file_is_refused_whole(office: AppContext, tmp_path: Path,
                                          document: dict[str, Any], problem: str) -> None:
    before = reference_rows(office)
    with pytest.raises(MonitorError) as refusal:
        import_catalogue_file(office, write(tmp_path, document))
    assert refusal.value.code is ErrorCode.CATALOGUE_INVALID
    assert problem in refusal.value.params["problem"]
    assert reference_rows(office) == before


def test_a_drill_may_name_a_hazard_the_database_already_knows(office: AppContext,
                                                              tmp_path: Path) -> None:
    only_drills = _with(lambda d: d.pop("catalogues"))
    imported = import_catalogue_file(office, write(tmp_path, only_drills))
    assert (imported.added, imported.drills_added, imported.drills_changed) == (0, 1, 1)


def test_a_file_that_is_not_json_is_refused_naming_the_line(office: AppContext,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "roto.json"
    path.write_text('{"format": "monitor-catalogues",\n"version": 1,,\n}', encoding="utf-8")
    with pytest.raises(MonitorError) as refusal:
        import_catalogue_file(office, path)
    assert refusal.value.code is ErrorCode.CATALOGUE_INVALID
    assert "línea 2" in refusal.value.params["problem"]


def test_an_unknown_catalogue_name_is_refused_listing_the_known_ones(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refusal:
        list_catalogues(ctx, "colores")
    assert refusal.value.code is ErrorCode.INVALID_VALUE
    assert "hazards" in refusal.value.params["allowed"]
