"""The English translation: complete, compiled from the current sources, and used by the window."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from monitor_app.ui.models import schools as columns
from monitor_app.ui.translations import (
    app_translation_file,
    install_translations,
    remove_translations,
)
from tests.ui.conftest import REPO, app_language

TS_FILE = REPO / "resources" / "translations" / "monitor_app_en.ts"
QM_FILE = REPO / "resources" / "translations" / "monitor_app_en.qm"
# Spanish is the source language: its file holds only the plural forms.
PLURALS_TS = REPO / "resources" / "translations" / "monitor_app_es.ts"
PLURALS_QM = REPO / "resources" / "translations" / "monitor_app_es.qm"
UI_SOURCES = sorted(str(p) for p in (REPO / "src" / "monitor_app" / "ui").rglob("*.py"))
PLACEHOLDER = re.compile(r"\{\w+\}")


def qt_tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def texts(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("ts", [TS_FILE, PLURALS_TS], ids=["en", "es plurals"])
def test_every_string_is_translated(ts: Path) -> None:
    entries = messages(ts)
    assert len(entries) > 5
    for (context, source), translation in entries.items():
        assert translation is not None and all(texts(translation)), (context, source)
        assert translation.get("type") is None, (context, source, translation.get("type"))


@pytest.mark.parametrize("ts", [TS_FILE, PLURALS_TS], ids=["en", "es plurals"])
def test_translations_keep_the_placeholders_and_accelerators(ts: Path) -> None:
    for (context, source), translation in messages(ts).items():
        for text in texts(translation):
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), source
            assert ("&" in text.replace("&amp;", "")) == ("&" in source.replace("&amp;", "")), source


def test_the_ts_file_holds_exactly_the_strings_of_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([qt_tool("pyside6-lupdate"), *UI_SOURCES, "-ts", str(fresh), "-locations", "none"],
                   check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS_FILE)), (
        "Run pyside6-lupdate on src/monitor_app/ui, translate, then pyside6-lrelease"
    )


def test_the_plurals_file_holds_exactly_the_plural_strings(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([qt_tool("pyside6-lupdate"), *UI_SOURCES, "-ts", str(fresh), "-locations", "none",
                    "-pluralonly"], check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(PLURALS_TS))


@pytest.mark.parametrize(("ts", "qm"), [(TS_FILE, QM_FILE), (PLURALS_TS, PLURALS_QM)],
                         ids=["en", "es plurals"])
def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path: Path, ts: Path, qm: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), "Run pyside6-lrelease on the .ts file"


def test_the_shipped_qm_loads_and_translates(qapp) -> None:
    translator = QTranslator()
    assert translator.load(app_translation_file("en"))
    assert Path(app_translation_file("en")).resolve() == QM_FILE.resolve()
    assert translator.translate("MainWindow", "&Archivo") == "&File"
    assert translator.translate("MainWindow", "Acerca de Monitor de Campo") == "About Monitor de Campo"


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    with app_language(qapp, "en"):
        yield


def test_the_window_speaks_english(english, make_window, enrolled_db: Path) -> None:
    window = make_window(enrolled_db, "en")
    assert window.windowTitle() == "Monitor de Campo"  # the product's name stays
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]
    assert [a.text() for a in window.file_menu.actions() if a.text()] == [
        "&Set up this installation…", "&Import school directory…", "Setti&ngs…", "&Quit"
    ]
    assert window.my_schools.search_edit.placeholderText() == (
        "Search by name, código modular, código de local or district"
    )
    assert window.count_label.text() == "5 schools in the directory"
    assert window.identity_label.text() == "Specialist · Ana Pérez · UGEL 150105"
    assert window.my_schools.model.headerData(columns.NAME, Qt.Orientation.Horizontal) == "School name"


def test_spanish_loads_qts_own_translation(qapp) -> None:
    locale = QLocale()
    translators = install_translations(qapp, "es")
    try:
        assert len(translators) == 2
        assert translators[0].translate("QPlatformTheme", "Cancel") == "Cancelar"
        assert translators[1].translate("MainWindow", "%Ln IE(s) en el padrón", "", 1) == (
            "%Ln IE en el padrón")
    finally:
        remove_translations(qapp, translators)
        QLocale.setDefault(locale)


def test_the_school_finder_and_page_speak_english(make_window, demo_db: Path) -> None:
    window = make_window(demo_db, "en")
    page = window.my_schools
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers == ["Cód. modular", "Annex", "Cód. local", "School name", "Level / type",
                       "District", "Follow-up", "Assigned"]
    worked = sum(m.worked_on for m in page.model.rows())
    assert page.results_label.text().startswith(f"First, the {worked} schools you are working on")
    assert window.count_label.text() == "448 schools in the directory"
    followed = next(m for m in page.model.rows() if m.open_commitments == 1)
    assert page.model.index(page.model.rows().index(followed), columns.FOLLOW_UP).data() \
        .startswith("1 commitment")
    page.search_edit.setText(followed.school.cod_mod)
    page.run_search()
    assert page.results_label.text() == f"1 school matches “{followed.school.cod_mod}”."
    window.open_school(followed.school.cod_mod, followed.school.anexo)
    school = window.school_page
    assert [school.tabs.tabText(i) for i in range(school.tabs.count())] == [
        "&Summary", "&Visits", "&Commitments", "&GRD", "&Library"]
    statuses = {school.checklist_model.index(r, 0).data()
                for r in range(school.checklist_model.rowCount())}
    assert statuses <= {"✓ Met", "! Pending", "✕ Expired", "? No data"}
    assert school.checklist_model.headerData(3, Qt.Orientation.Horizontal) == "What to do"
