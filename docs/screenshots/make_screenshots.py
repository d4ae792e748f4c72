"""Renders the main screens offscreen at 1366×768, on the UGEL 05 fixture and on demo data, into
PNGs next to this script.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py [--lang es|en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from monitor_app.core.roles import Role
from monitor_app.services.context import open_context
from monitor_app.services.demo import fill_demo
from monitor_app.services.setup import init_device
from monitor_app.ui.app import application
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.pages.school import GRD
from monitor_app.ui.shell import MainWindow
from monitor_app.ui.translations import install_translations

HERE = Path(__file__).resolve().parent
PADRON = HERE.parents[1] / "tests" / "fixtures" / "padron" / "padron_ugel05_lima.dbf"
SIZE = (1366, 768)  # the target laptop's screen


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    settle()
    path = HERE / name
    widget.grab().save(str(path))
    print(path)


def window_on(db: Path, lang: str, dialogs: Dialogs) -> MainWindow:
    window = MainWindow(open_context(db, create=True), lang, dialogs)
    window.resize(*SIZE)
    window.show()
    return window


def imported_window(folder: Path, lang: str, suffix: str) -> None:
    db = folder / "ugel05.db"
    init_device(db, role=Role.ESPECIALISTA, name="Ana Quispe Huamán", ugel="150105")
    dialogs = Dialogs()
    window = window_on(db, lang, dialogs)
    window.importer.start(PADRON)
    while window.importer.is_running():
        QCoreApplication.processEvents()
    save(window, f"main_window{suffix}.png")
    summary = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
    save(summary, f"import_summary{suffix}.png")
    summary.accept()
    window.my_schools.search_edit.setText("san juan")
    window.my_schools.run_search()
    save(window, f"main_window_search{suffix}.png")
    narrow = folder / "nombres.csv"  # a file with a few columns: the others keep their values
    narrow.write_text("COD_MOD,ANEXO,CEN_EDU\n0335273,0,CUNA JARDIN 017 RENOMBRADA\n",
                      encoding="utf-8")
    window.importer.start(narrow)
    while window.importer.is_running():
        QCoreApplication.processEvents()
    summary = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
    save(summary, f"import_summary_absent_columns{suffix}.png")
    summary.accept()
    window.close()


def demo_window(folder: Path, lang: str, suffix: str) -> None:
    """Mis IIEE and a school's page, on the demo UGEL."""
    db = folder / "demo.db"
    init_device(db, role=Role.ESPECIALISTA, name="Ana Quispe Huamán", ugel="150105")
    ctx = open_context(db)
    try:
        fill_demo(ctx)
    finally:
        ctx.close()
    window = window_on(db, lang, Dialogs())
    save(window, f"my_schools{suffix}.png")
    page = window.my_schools
    page.search_edit.setText("jose maria")
    page.run_search()
    save(window, f"my_schools_search{suffix}.png")
    page.search_edit.clear()
    page.run_search()
    followed = next(m for m in page.model.rows() if m.open_commitments)
    window.open_school(followed.school.cod_mod, followed.school.anexo)
    assert window.school_page is not None
    tabs = window.school_page.tabs
    names = ("summary", "visits", "commitments", "grd", "library")
    for tab, name in enumerate(names if lang == "es" else names[:1]):  # one English sample
        tabs.setCurrentIndex(tab)
        save(window, f"school_{name}{suffix}.png")
    record_screens(window, lang, suffix)
    window.close()


def record_screens(window: MainWindow, lang: str, suffix: str) -> None:
    """The GRD and library tabs with a record selected (the records under it shown), and the
    record editor."""
    page = window.school_page
    assert page is not None and page.editing is not None
    page.tabs.setCurrentIndex(GRD)
    screens = [(page.grd, 0, page.grd.plans, "grd_plan"),
               (page.grd, 2, page.grd.brigades, "grd_brigades"),
               (page.grd, 4, page.grd.devices, "grd_devices")]
    if lang == "es":
        screens += [(page.library, 1, page.library.copies, "library_copies"),
                    (page.library, 2, page.library.loans, "library_loans")]
    for records, sub_tab, panel, name in screens:
        page.tabs.setCurrentWidget(records)
        records.setCurrentIndex(sub_tab)
        if panel.model.rowCount() and name in ("grd_plan", "grd_brigades", "library_copies"):
            panel.select(0)  # a record above, the records under it below
        save(window, f"school_{name}{suffix}.png")
        if name == "grd_brigades" and panel.model.rowCount():
            panel.edit_button.click()
            editor = page.editing.editor
            assert editor is not None
            save(editor, f"record_editor{suffix}.png")
            editor.reject()
    page.tabs.setCurrentWidget(page.grd)
    page.grd.setCurrentIndex(3)
    page.grd.drills.add_button.click()
    editor = page.editing.editor
    assert editor is not None
    editor.editors["date"].setText("01/01/2099")  # a future drill: the refusal under its field
    editor.save_button.click()
    while not editor.buttons.isEnabled():
        QCoreApplication.processEvents()
    save(editor, f"record_editor_refused{suffix}.png")
    editor.reject()


def unconfigured_window(folder: Path, lang: str, suffix: str) -> None:
    window = window_on(folder / "new.db", lang, Dialogs())
    save(window, f"main_window_unconfigured{suffix}.png")
    dialog = window.open_setup_dialog()
    dialog.role_box.setCurrentIndex(dialog.role_box.findData(Role.DIRECTOR))
    dialog.name_edit.setText("Rosa Quispe")
    dialog.ugel_edit.setText("1501O5")  # a letter O typed for a zero: refused, shown inline
    dialog.school_edit.setText("0335273")
    dialog.ok_button.click()
    save(dialog, f"setup_dialog{suffix}.png")
    dialog.reject()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("es", "en"), default="es")
    lang = parser.parse_args().lang
    suffix = "" if lang == "es" else f"_{lang}"
    with tempfile.TemporaryDirectory() as temp:
        os.environ["MONITOR_APP_HOME"] = temp
        app = application()
        install_translations(app, lang)
        imported_window(Path(temp), lang, suffix)
        demo_window(Path(temp), lang, suffix)
        unconfigured_window(Path(temp), lang, suffix)
    return 0


if __name__ == "__main__":
    sys.exit(main())
