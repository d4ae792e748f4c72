"""Renders the main screens, the set-up wizard and Settings offscreen at 1366×768, on the UGEL 05
fixture and on demo data, into PNGs next to this script.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py [--lang es|en] [--out DIR]

tests/ui/test_screenshots.py runs it into a temporary folder, so the script keeps rendering
every screen the README shows; run it as above to refresh the pictures themselves.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, SignalInstance
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from monitor_app.core.roles import Role
from monitor_app.services.context import initialised, open_context
from monitor_app.services.demo import fill_demo
from monitor_app.services.directory_import import import_directory
from monitor_app.services.setup import init_device
from monitor_app.services.sync_publish import publish_bundle
from monitor_app.services.sync_reference import enrol_with_office
from monitor_app.ui.app import application
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.settings_dialog import SettingsDialog
from monitor_app.ui.pages.school import GRD, VISITS
from monitor_app.ui.shell import MainWindow
from monitor_app.ui.translations import install_translations

HERE = Path(__file__).resolve().parent
PADRON = HERE.parents[1] / "tests" / "fixtures" / "padron" / "padron_ugel05_lima.dbf"
BENCH = HERE.parents[1] / "bench"
SIZE = (1366, 768)  # the target laptop's screen


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


OUT = [HERE]  # where the PNGs go (`--out`): the docs' folder unless told


def save(widget: QWidget, name: str) -> None:
    settle()
    path = OUT[0] / name
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
    visit_page(window, suffix)
    window.close()


def visit_page(window: MainWindow, suffix: str) -> None:
    """A visit started today at the school shown, partly typed: the form, then what closing
    it says is missing."""
    from monitor_app.services.visit_form import AnswerFields, answer_field
    from monitor_app.services.visit_start import start_visit

    school = window.school_page.school if window.school_page is not None else None
    assert school is not None
    visit = start_visit(window.ctx, school.cod_mod, school.anexo, window.ctx.today(),
                        "monitoreo")
    window.open_visit(visit)
    while window.visit_page is None or window.visit_page.form is None:
        QCoreApplication.processEvents()
    page = window.visit_page
    assert page is not None and page.form is not None
    page.notes.setPlainText("Sesión de Matemática en 3.º B; la docente nos recibió a las 8:10.")
    page.form.set_answers({"grado_seccion": AnswerFields("3.º B"),
                           "area": AnswerFields("matematica"),
                           "estudiantes_presentes": AnswerFields("veinte")})
    page.form.show_problems({answer_field("rubricas_aula", 1, "estudiantes_presentes"): (
        "Respuesta no válida para el ítem «estudiantes_presentes»: «veinte». Se espera: número "
        "de 0 a 60.")})
    save(window, f"visit{suffix}.png")
    page.close_visit()
    while window.runner.busy():
        QCoreApplication.processEvents()
    save(window, f"visit_gaps{suffix}.png")


def devices_window(folder: Path, lang: str, suffix: str) -> None:
    """Equipos at the UGEL's station: two specialists' laptops, one approved, one held."""
    sys.path.insert(0, str(BENCH))
    from bench_ui_stall import build_laptop  # an office and a joined demo laptop

    from monitor_app.core.roles import Role
    from monitor_app.services.sync_admin import approve_device
    from monitor_app.services.sync_export import export_bundle
    from monitor_app.services.sync_import import import_bundle
    from monitor_app.services.sync_reference import enrol_with_office
    from monitor_app.ui.shell import DEVICES

    root = folder / "devices"
    root.mkdir()
    first = build_laptop(root, 20)
    second = root / "second.db"
    enrol_with_office(second, role=Role.ESPECIALISTA, name="Carlos Huamán Rojas",
                      office_file=root / "ref.mcbundle")
    with initialised(second) as laptop:
        fill_demo(laptop, max_services=3)
    with initialised(root / "office.db") as office:
        for laptop_db in (first, second):
            with initialised(laptop_db) as laptop:
                bundle = export_bundle(laptop, root).path
            import_bundle(office, bundle)
        held = next(d for d in office.store.conn.execute(
            "SELECT device_id FROM devices WHERE name = ?", ["Ana Pérez"]))
        approve_device(office, held[0])
    window = window_on(root / "office.db", lang, Dialogs())
    window.go_to(DEVICES)
    while window.runner.busy():
        QCoreApplication.processEvents()
    save(window, f"devices{suffix}.png")
    publish_page(window, root, suffix)
    window.close()


def assignments_window(folder: Path, lang: str, suffix: str) -> None:
    """Asignaciones at the demo UGEL (three demo specialists), and a specialist's demo Mis IIEE
    with the schools assigned to her first."""
    from monitor_app.services.demo_setup import set_up_demo
    from monitor_app.ui.shell import ASSIGNMENTS

    db = folder / "assignments" / "ugel.db"
    db.parent.mkdir()
    init_device(db, role=Role.UGEL, name="UGEL 05", ugel="150105")
    with initialised(db) as ctx:
        fill_demo(ctx, max_services=40)
    window = window_on(db, lang, Dialogs())
    window.go_to(ASSIGNMENTS)
    while window.runner.busy():
        QCoreApplication.processEvents()
    save(window, f"assignments{suffix}.png")
    window.close()
    laptop = set_up_demo(folder / "assignments" / "demo" / "monitor.db",
                         role=Role.ESPECIALISTA, name="Ana Quispe Mamani")
    window = window_on(laptop.path, lang, Dialogs())
    save(window, f"my_schools_assigned{suffix}.png")
    window.close()


def publish_page(window: MainWindow, root: Path, suffix: str) -> None:
    """Publicar after the replies for every approved device were written to a stick."""
    from monitor_app.services.sync_reply import reply_to_all, waiting_for_a_key
    from monitor_app.ui.shell import PUBLISH

    stick = root / "USB"
    stick.mkdir()
    window.go_to(PUBLISH)
    page = window.office.publish
    assert page is not None
    page._replies_written((reply_to_all(window.ctx, stick), waiting_for_a_key(window.ctx)))
    save(window, f"publish{suffix}.png")


def inbox_window(folder: Path, lang: str, suffix: str) -> None:
    """Bandeja de entrada at the UGEL after a USB stick's folder was imported."""
    sys.path.insert(0, str(HERE.parents[1]))
    from tests.services.test_inbox import stick_with_bundles  # two laptops and a damaged file

    from monitor_app.ui.shell import INBOX

    root = folder / "inbox"
    root.mkdir()
    world, stick = stick_with_bundles(root)
    world.office.close()
    window = window_on(root / "office.db", lang, Dialogs())
    window.go_to(INBOX)
    page = window.office.inbox
    assert page is not None
    page.import_paths([stick])
    while page.is_running() or window.runner.busy():
        QCoreApplication.processEvents()
    save(window, f"inbox{suffix}.png")
    window.close()


def panel_window(folder: Path, lang: str, suffix: str) -> None:
    """Panel at the UGEL: the demo UGEL's records, and the visits of three specialists'
    laptops merged from their bundles; then the same filtered to one district."""
    import datetime as dt
    import random
    import time

    sys.path.insert(0, str(HERE.parents[1]))
    from monitor_app.services.records import put_records
    from monitor_app.services.sync_import import import_bundle
    from monitor_app.ui.shell import PANEL
    from tests.conftest import FakeWallClock
    from tests.services.sync_world import make_world

    root = folder / "panel"
    root.mkdir()
    world = make_world(root, FakeWallClock(int(time.time() * 1000)))
    fill_demo(world.office)
    rng = random.Random(11)
    schools = [row[0] for row in world.office.store.conn.execute(
        "SELECT cod_mod FROM schools WHERE anexo = '0' ORDER BY cod_mod")]
    today = dt.date.today()
    for name, visits in (("Ana Quispe Huamán", 64), ("Carlos Huamán Rojas", 41),
                         ("Rosa Mamani Ccori", 23)):
        laptop = world.enrolled_laptop(name)
        put_records(laptop, "visits", enumerate([
            {"cod_mod": rng.choice(schools), "type": "monitoreo", "status": "cerrada",
             "date": (today - dt.timedelta(days=rng.randrange(330))).isoformat()}
            for _ in range(visits)], start=1))
        import_bundle(world.office, world.export(laptop, f"visits-{visits}"))
        laptop.close()
    world.office.close()
    window = window_on(root / "office.db", lang, Dialogs())
    window.go_to(PANEL)
    page = window.office.panel
    assert page is not None
    while not page.is_drawn():
        QCoreApplication.processEvents()
    save(window, f"panel{suffix}.png")
    page.combos["district"].setCurrentIndex(page.combos["district"].findData("EL AGUSTINO"))
    while not page.is_drawn():
        QCoreApplication.processEvents()
    page.cards["checklist"].table_button.click()
    save(window, f"panel_filtered{suffix}.png")
    window.close()


def conflicts_window(folder: Path, lang: str, suffix: str) -> None:
    """Conflictos at the UGEL: the same plan recorded offline on two laptops."""
    sys.path.insert(0, str(HERE.parents[1]))
    from tests.services.test_conflict_review import two_plans  # two laptops, one plan

    from monitor_app.ui.shell import CONFLICTS

    root = folder / "conflicts"
    root.mkdir()
    world = two_plans(root)
    world.office.close()
    window = window_on(root / "office.db", lang, Dialogs())
    window.go_to(CONFLICTS)
    while window.runner.busy() or window.office.conflicts is None \
            or window.office.conflicts.model.rowCount() == 0:
        QCoreApplication.processEvents()
    settle()
    save(window, f"conflicts{suffix}.png")
    window.close()


def sync_window(folder: Path, lang: str, suffix: str) -> None:
    """The Sincronizar page of a demo laptop joined to its UGEL, before and after an export."""
    sys.path.insert(0, str(BENCH))
    from bench_ui_stall import build_laptop  # the same joined demo laptop the stall bench uses

    from monitor_app.ui.shell import SYNC

    root = folder / "sync"
    root.mkdir()
    window = window_on(build_laptop(root, 150), lang, Dialogs())
    window.go_to(SYNC)
    page = window.sync_page
    assert page is not None
    if lang == "es":
        save(window, "sync_before_export.png")
    stick = root / "USB"
    stick.mkdir()
    page.export_to(stick)
    while page.is_running():
        QCoreApplication.processEvents()
    save(window, f"sync_after_export{suffix}.png")
    window.close()


def director_window(folder: Path, lang: str, suffix: str) -> None:
    """A director's home (Mi IE) with the commitments of a visit, one already reported kept
    with a photo, then the report of another being written."""
    import datetime as dt
    import io

    from PIL import Image

    from monitor_app.services.commitment_reports import report_commitment
    from monitor_app.services.records import put_record

    db = folder / "directora.db"
    init_device(db, role=Role.DIRECTOR, name="Rosa Quispe Mamani", ugel="150105",
                school="0335273")
    photo = folder / "botiquin.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (200, 40, 40)).save(buffer, "JPEG")
    photo.write_bytes(buffer.getvalue())
    today = dt.date.today()
    with initialised(db) as ctx:
        import_directory(ctx, PADRON)
        visit = put_record(ctx, "visits", {
            "cod_mod": "0335273", "date": (today - dt.timedelta(days=40)).isoformat(),
            "type": "monitoreo", "status": "cerrada", "specialist": "Ana Quispe Huamán"})
        due = [(today + dt.timedelta(days=d)).isoformat() for d in (-10, 12, 45)]
        kit, *_ = [put_record(ctx, "commitments", {"visit_id": visit, "description": text,
                                                   "responsible": who, "due_date": day})
                   for (text, who), day in zip(
                       (("Reponer el botiquín de primeros auxilios", "Directora"),
                        ("Señalizar las rutas de evacuación", "Comisión de GRD"),
                        ("Actualizar el inventario de la biblioteca", "Docente responsable")),
                       due)]
        report_commitment(ctx, kit, reported_on=today - dt.timedelta(days=2),
                          note="Se compró con apoyo de la APAFA", photos=[photo])
    window = window_on(db, lang, Dialogs())
    window.open_own_school()
    settle()
    save(window, f"director_home{suffix}.png")
    page = window.school_page
    assert page is not None
    table = page.summary_commitments
    table.setCurrentIndex(table.model().index(1, 0))
    page.report_commitment()
    dialog = page.report_dialog
    assert dialog is not None
    dialog.note.setPlainText("Flechas y carteles colocados en los tres pabellones")
    dialog.add_photos([photo])
    save(dialog, f"director_report{suffix}.png")
    dialog.reject()
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
    window.close()


class BundleDialogs(Dialogs):
    """Answers the wizard's file chooser with the bundle the script put there."""

    bundle: Path | None = None

    def choose_reference_bundle(self, parent: QWidget | None, folder: Path | None) -> Path | None:
        return self.bundle


def wait_for(signal: SignalInstance) -> None:
    """One event loop until `signal` (not a processEvents loop: PySide6 6.12 leaks on those)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    loop.exec()


def office_bundles(folder: Path) -> dict[str | None, Path]:
    """The UGEL 05 station's reference bundles: the whole UGEL's and two directors'."""
    db = folder / "ugel.db"
    init_device(db, role=Role.UGEL, name="UGEL 05 San Juan de Lurigancho", ugel="150105")
    with initialised(db) as ctx:
        import_directory(ctx, PADRON)
        return {school: publish_bundle(ctx, folder / f"ref-{school}.mcbundle", school=school).path
                for school in (None, "0335273", "0336586")}


def setup_wizard(folder: Path, lang: str, suffix: str, bundles: dict[str | None, Path]) -> None:
    dialogs = BundleDialogs()
    window = window_on(folder / "director.db", lang, dialogs)
    wizard = window.open_setup_dialog()
    wizard.role_page.choose(Role.DIRECTOR)
    wizard.role_page.name_edit.setText("Rosa Quispe Mamani")
    wizard.role_page.school_edit.setText("0335273")
    save(wizard, f"setup_wizard_role{suffix}.png")
    wizard.next()
    save(wizard, f"setup_wizard_way{suffix}.png")
    wizard.next()
    page = wizard.join_page
    for school, name in (("0336586", "setup_wizard_join_refused"), ("0335273", "setup_wizard_join")):
        dialogs.bundle = bundles[school]
        page.choose_button.click()
        wait_for(page.settled)
        page.confirm_box.setChecked(True)
        save(wizard, f"{name}{suffix}.png")
    wizard.reject()
    window.close()


def demo_wizard(folder: Path, lang: str, suffix: str) -> None:
    window = window_on(folder / "prueba" / "monitor.db", lang, Dialogs())
    wizard = window.open_setup_dialog()
    wizard.role_page.name_edit.setText("Ana Quispe Huamán")
    wizard.next()
    wizard.way_page.demo_button.setChecked(True)
    wizard.next()
    wait_for(wizard.demo_page.task.finished)
    save(wizard, f"setup_wizard_demo{suffix}.png")
    wizard.reject()
    window.close()


def settings(folder: Path, lang: str, suffix: str, bundles: dict[str | None, Path]) -> None:
    db = folder / "joined.db"
    enrol_with_office(db, role=Role.ESPECIALISTA, name="Ana Quispe Huamán",
                      office_file=bundles[None])
    dialogs = Dialogs()
    window = window_on(db, lang, dialogs)
    dialog = SettingsDialog(window.ctx, lang, dialogs, window)
    dialog.show()
    save(dialog, f"settings_general{suffix}.png")
    dialog.tabs.setCurrentIndex(1)
    save(dialog, f"settings_about{suffix}.png")
    dialog.reject()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("es", "en"), default="es")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNGs")
    args = parser.parse_args()
    lang = args.lang
    OUT[0] = args.out
    suffix = "" if lang == "es" else f"_{lang}"
    with tempfile.TemporaryDirectory() as temp:
        os.environ["MONITOR_APP_HOME"] = temp
        app = application()
        install_translations(app, lang)
        imported_window(Path(temp), lang, suffix)
        demo_window(Path(temp), lang, suffix)
        director_window(Path(temp), lang, suffix)
        unconfigured_window(Path(temp), lang, suffix)
        bundles = office_bundles(Path(temp))
        setup_wizard(Path(temp), lang, suffix, bundles)
        demo_wizard(Path(temp), lang, suffix)
        settings(Path(temp), lang, suffix, bundles)
        sync_window(Path(temp), lang, suffix)
        devices_window(Path(temp), lang, suffix)
        conflicts_window(Path(temp), lang, suffix)
        inbox_window(Path(temp), lang, suffix)
        panel_window(Path(temp), lang, suffix)
        assignments_window(Path(temp), lang, suffix)
    return 0


if __name__ == "__main__":
    sys.exit(main())
