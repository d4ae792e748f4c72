"""The English translation: complete, compiled from the current sources, and used by the window."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from monitor_app.ui import school_table_model as columns
from monitor_app.ui.translations import (
    app_translation_file,
    install_translations,
    remove_translations,
)
from tests.ui.conftest import REPO, app_language

TS_FILE = REPO / "resources" / "translations" / "monitor_app_en.ts"
QM_FILE = REPO / "resources" / "translations" / "monitor_app_en.qm"
ES_TS_FILE = REPO / "resources" / "translations" / "monitor_app_es.ts"  # Spanish plural forms only
UI_SOURCES = sorted(str(p) for p in (REPO / "src" / "monitor_app" / "ui").glob("*.py"))
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


def test_every_string_is_translated() -> None:
    entries = messages(TS_FILE)
    assert len(entries) > 50
    for (context, source), translation in entries.items():
        assert translation is not None and translation.text, (context, source)
        assert translation.get("type") is None, (context, source, translation.get("type"))


def test_translations_keep_the_placeholders_and_accelerators() -> None:
    for (context, source), translation in messages(TS_FILE).items():
        text = translation.text or ""
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        assert ("&" in text.replace("&amp;", "")) == ("&" in source.replace("&amp;", "")), source


def test_the_ts_file_holds_exactly_the_strings_of_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([qt_tool("pyside6-lupdate"), *UI_SOURCES, "-ts", str(fresh), "-locations", "none"],
                   check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS_FILE)), (
        "Run pyside6-lupdate on src/monitor_app/ui, translate, then pyside6-lrelease"
    )


@pytest.mark.parametrize("ts_file", [TS_FILE, ES_TS_FILE])
def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path: Path, ts_file: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), str(ts_file), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert fresh.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), (
        "Run pyside6-lrelease on the .ts file")


def test_the_spanish_file_holds_every_plural_form(tmp_path: Path) -> None:
    """The sources are Spanish; only messages with a count (numerus) need a Spanish entry."""
    fresh = tmp_path / "fresh_es.ts"
    subprocess.run([qt_tool("pyside6-lupdate"), *UI_SOURCES, "-ts", str(fresh), "-locations", "none",
                    "-pluralonly", "-source-language", "es", "-target-language", "es"],
                   check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(ES_TS_FILE)), (
        "Run pyside6-lupdate -pluralonly for monitor_app_es.ts, fill its plural forms, then lrelease")
    for key, translation in messages(ES_TS_FILE).items():
        forms = [form.text for form in translation.iter("numerusform")]
        assert len(forms) == 2 and all(forms) and translation.get("type") is None, key


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
    assert window.search_edit.placeholderText() == (
        "Search by name, código modular, código de local or district"
    )
    assert window.count_label.text() == "5 schools in the directory"
    assert window.identity_label.text() == "Specialist · Ana Pérez · UGEL 150105"
    assert window.model.headerData(columns.NAME, Qt.Orientation.Horizontal) == "School name"


def test_spanish_loads_qts_own_translation(qapp) -> None:
    locale = QLocale()
    translators = install_translations(qapp, "es")
    try:
        assert len(translators) == 2
        assert translators[0].translate("QPlatformTheme", "Cancel") == "Cancelar"
        plural = "Listo: %n servicio(s) educativo(s) con visitas, compromisos, GRD y biblioteca inventados."
        assert QCoreApplication.translate("DemoPage", plural, "", 1).startswith("Listo: 1 servicio educativo ")
        assert QCoreApplication.translate("DemoPage", plural, "", 3).startswith("Listo: 3 servicios educativos ")
    finally:
        remove_translations(qapp, translators)
        QLocale.setDefault(locale)
