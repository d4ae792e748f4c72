"""The school page: directory data, checklist badges with icons, visits, commitments, GRD and
library records from the services; every model passes Qt's model tester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from monitor_app.services.school_page import school_library
from monitor_app.ui.models import checklist as checklist_columns
from monitor_app.ui.pages.school import COMMITMENTS, GRD, LIBRARY, SUMMARY, VISITS
from monitor_app.ui.widgets.status_badge import ICONS


@pytest.fixture
def school_page(make_window, demo_db: Path):  # type: ignore[no-untyped-def]
    """The page of the first school with open commitments, every tab read once."""
    window = make_window(demo_db)
    followed = next(m for m in window.my_schools.model.rows() if m.open_commitments)
    window.open_school(followed.school.cod_mod, followed.school.anexo)
    page = window.school_page
    for tab in (VISITS, COMMITMENTS, GRD, LIBRARY, SUMMARY):
        page.tabs.setCurrentIndex(tab)
    return page


def test_the_summary_shows_the_checklist_with_icons(school_page) -> None:
    model = school_page.checklist_model
    assert model.rowCount() == 8
    statuses = [model.index(row, checklist_columns.STATUS).data() for row in range(8)]
    assert all(text[0] in ICONS.values() and len(text) > 2 for text in statuses), statuses
    colours = {model.index(row, checklist_columns.STATUS).data(Qt.ItemDataRole.BackgroundRole)
               .color().name() for row in range(8)}
    assert len(colours) >= 2  # colour and icon together
    assert all(model.index(row, checklist_columns.ACTION).data() for row in range(8))
    assert sum(int(b.text().rsplit(": ", 1)[1]) for b in school_page.status_summary.badges) == 8
    assert school_page.directory.values["district"].text().startswith(school_page.school.d_dist)


def test_visits_and_commitments_come_from_the_services(school_page) -> None:
    assert school_page.visit_model.rowCount() > 0
    dates = [school_page.visit_model.row_at(r).date for r in range(school_page.visit_model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert school_page.visit_model.index(0, 0).data().count("/") == 2  # dd/mm/aaaa
    assert school_page.commitment_model.rowCount() > 0


def test_grd_and_library_tabs_show_the_locals_records(school_page) -> None:
    grd_rows = [school_page.plan_model.rowCount(), school_page.brigade_model.rowCount(),
                school_page.drill_model.rowCount(), school_page.device_model.rowCount()]
    assert sum(grd_rows) > 0, grd_rows
    devices = school_page.device_model
    for row in range(devices.rowCount()):
        device = devices.row_at(row)
        text = devices.index(row, 4).data()
        assert (text.startswith("✕") == device.expired) and (text.startswith("!") == device.expiring)
    shelf = school_library(school_page._context(), school_page.school)
    assert school_page.copy_model.rows() == shelf.copies
    assert school_page.loan_model.rows() == shelf.loans


def test_every_model_passes_the_model_tester(qtmodeltester, school_page) -> None:  # type: ignore[no-untyped-def]
    window = school_page.window()
    for model in (window.my_schools.model, school_page.checklist_model, school_page.visit_model,
                  school_page.commitment_model, school_page.plan_model, school_page.brigade_model,
                  school_page.drill_model, school_page.device_model, school_page.copy_model,
                  school_page.loan_model):
        qtmodeltester.check(model)
