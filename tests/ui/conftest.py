"""Shared set-up for GUI tests: offscreen Qt, a fresh database per test, dialogs that never block."""

from __future__ import annotations

import csv
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from monitor_app.core.directory import School
from monitor_app.core.roles import Role
from monitor_app.services.context import AppContext, open_context
from monitor_app.services.directory_import import import_directory
from monitor_app.services.setup import init_device
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.models.schools import NAME
from monitor_app.ui.shell import MainWindow
from monitor_app.ui.translations import install_translations, remove_translations

REPO = Path(__file__).resolve().parents[2]
PADRON_UGEL05 = REPO / "tests" / "fixtures" / "padron" / "padron_ugel05_lima.dbf"
UGEL = "150105"

SCHOOLS = [
    School("0999001", "0", "304563", "SAN JUAN BAUTISTA", d_niv_mod="Primaria",
           d_dist="SAN JUAN DE LURIGANCHO", dareacenso="Urbana", d_gestion="Pública de gestión directa",
           codooii=UGEL),
    School("0999001", "1", "304563", "SAN JUAN BAUTISTA", d_niv_mod="Secundaria",
           d_dist="SAN JUAN DE LURIGANCHO", dareacenso="Urbana", d_gestion="Pública de gestión directa",
           codooii=UGEL),
    School("1234567", "0", "401122", "JARDÍN LOS PINITOS", d_niv_mod="Inicial - Jardín",
           d_dist="EL AGUSTINO", dareacenso="Urbana", d_gestion="Privada", codooii=UGEL),
    School("0654321", "0", "512233", "ÁNGELES DE LA GUARDA", d_niv_mod="Inicial - Jardín",
           d_dist="SAN JUAN DE LURIGANCHO", dareacenso="Rural", d_gestion="Pública de gestión directa",
           codooii=UGEL),
    School("0777777", "0", "600001", "JOSÉ CARLOS MARIÁTEGUI", d_niv_mod="Secundaria",
           d_dist="EL AGUSTINO", dareacenso="Urbana", d_gestion="Pública de gestión directa",
           codooii=UGEL),
]


class RecordingDialogs(Dialogs):
    """Answers like a user would, and remembers what the app tried to show."""

    def __init__(self) -> None:
        super().__init__()
        self.padron_file: Path | None = None
        self.export_folder: Path | None = None
        self.reply_file: Path | None = None
        self.photos: list[Path] = []
        self.file_choices = 0
        self.start_folders: list[Path] = []
        self.warnings: list[str] = []
        self.infos: list[tuple[str, str, str]] = []
        self.abouts: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str]] = []
        self.fatal_errors: list[tuple[str, str]] = []
        self.reference_bundle: Path | None = None
        self.bundle_start_folders: list[Path | None] = []
        self.folders_opened: list[Path] = []
        self.questions: list[str] = []
        self.answer_yes = True
        self.workbook_target: Path | None = None
        self.passphrases: list[str | None] = []  # answers to the passphrase dialog, in order

    def choose_reference_bundle(self, parent: QWidget | None, folder: Path | None) -> Path | None:
        self.bundle_start_folders.append(folder)
        return self.reference_bundle

    def open_folder(self, folder: Path) -> None:
        self.folders_opened.append(folder)

    def choose_padron_file(self, parent: QWidget | None) -> Path | None:
        self.file_choices += 1
        return self.padron_file

    def choose_export_folder(self, parent: QWidget | None, start: Path) -> Path | None:
        self.file_choices += 1
        self.start_folders.append(start)
        return self.export_folder

    def choose_photos(self, parent: QWidget | None) -> list[Path]:
        self.file_choices += 1
        return list(self.photos)

    def choose_reply_file(self, parent: QWidget | None, start: Path) -> Path | None:
        self.file_choices += 1
        self.start_folders.append(start)
        return self.reply_file

    def choose_workbook_target(self, parent: QWidget | None, suggested: Path) -> Path | None:
        self.file_choices += 1
        return self.workbook_target

    def warn(self, parent: QWidget | None, text: str) -> None:
        self.warnings.append(text)

    def ask_passphrase(self, new: bool, check: Callable[[str], None], lang: str) -> str | None:
        answer = self.passphrases.pop(0)
        if answer is not None:
            check(answer)  # the real dialog would not close on an answer its check refuses
        return answer

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        self.questions.append(text)
        return self.answer_yes

    def inform(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.infos.append((title, text, details))

    def about(self, parent: QWidget | None, title: str, text: str) -> None:
        self.abouts.append((title, text))

    def show_error(self, summary: str, details: str) -> None:
        self.errors.append((summary, details))

    def show_fatal_error(self, summary: str, details: str) -> None:
        self.fatal_errors.append((summary, details))


@contextmanager
def app_language(app: QCoreApplication, lang: str) -> Iterator[None]:
    """The translations run_gui installs for `lang`, removed afterwards with the locale."""
    locale = QLocale()
    translators = install_translations(app, lang)
    try:
        yield
    finally:
        remove_translations(app, translators)
        QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("MONITOR_APP_HOME", str(home))
    return home


@pytest.fixture
def dialogs() -> RecordingDialogs:
    return RecordingDialogs()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "monitor.db"


PADRON_COLUMNS = ("COD_MOD", "ANEXO", "CODLOCAL", "CEN_EDU", "D_NIV_MOD", "D_DIST", "DAREACENSO",
                  "D_GESTION", "CODOOII", "CEN_POB")


def add_schools(db_path: Path, schools: list[School]) -> None:
    """Put schools in the directory the way users do: a padrón file through the import service."""
    padron = db_path.with_name(f"padron-{len(list(db_path.parent.glob('padron-*.csv')))}.csv")
    with padron.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(PADRON_COLUMNS)
        writer.writerows([getattr(s, c.lower()) for c in PADRON_COLUMNS] for s in schools)
    ctx = open_context(db_path)
    try:
        report = import_directory(ctx, padron)
    finally:
        ctx.close()
    assert report.rejected == 0, report.problems


DEMO_SERVICES = 40  # enough schools for every checklist status; written in about a second


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo UGEL written once per session; tests get copies (`demo_db`)."""
    from monitor_app.services.demo import fill_demo

    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MONITOR_APP_HOME", str(folder / "home"))
        init_device(db, role=Role.ESPECIALISTA, name="Ana Pérez", ugel=UGEL)
        ctx = open_context(db)
        try:
            fill_demo(ctx, max_services=DEMO_SERVICES)
        finally:
            ctx.close()
    return db


@pytest.fixture
def demo_db(demo_master: Path, db_path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        source = demo_master.with_name(demo_master.name + suffix)
        if source.exists():
            shutil.copyfile(source, db_path.with_name(db_path.name + suffix))
    return db_path


@pytest.fixture
def enrolled_db(db_path: Path) -> Path:
    """A set-up especialista installation of UGEL 150105 with five school services."""
    init_device(db_path, role=Role.ESPECIALISTA, name="Ana Pérez", ugel=UGEL)
    add_schools(db_path, SCHOOLS)
    return db_path


def count_rows(db_path: Path, table: str) -> int:
    ctx = open_context(db_path)
    try:
        return int(ctx.store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        ctx.close()


def names_shown(window: MainWindow) -> list[str]:
    """The school names in the table, in the order shown."""
    proxy = window.my_schools.proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


@pytest.fixture
def make_window(qtbot, qapp, dialogs: RecordingDialogs) -> Iterator:  # type: ignore[no-untyped-def]
    """Windows in a language, with that language's translations installed as `run_gui` does."""
    locale = QLocale()
    installed: list[QTranslator] = []

    def make(db: Path, lang: str = "es") -> MainWindow:
        installed.extend(install_translations(qapp, lang))
        ctx: AppContext = open_context(db, create=True)
        window = MainWindow(ctx, lang, dialogs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    remove_translations(qapp, installed)
    QLocale.setDefault(locale)
