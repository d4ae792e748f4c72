"""Loading the Qt Linguist translations: ours for English (and Spanish plural forms), Qt's own
for Spanish dialogs and buttons."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SOURCE_LANGUAGE = "es"  # every string in the code is Spanish; our .qm files translate from it
log = logging.getLogger("monitor_app.ui")


def app_translation_file(lang: str) -> str:
    folder = resources.files("monitor_app.resources") / "translations"
    return str(folder / f"monitor_app_{lang}.qm")


def install_translations(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install what `lang` needs and set the matching locale (number formats); returns the
    translators so a caller can remove them again."""
    if lang == SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Peru))
        # Qt's own strings (Cancel, Show Details..., file dialogs) are English in Qt's source.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Ours holds only the plural forms ("1 IE", "5 IIEE"): Spanish is the source language.
        return [*_install(app, f"qtbase_{lang}", qt_folder),
                *_install(app, app_translation_file(lang), "")]
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return _install(app, app_translation_file(lang), "")


def _install(app: QCoreApplication, name: str, folder: str) -> list[QTranslator]:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        log.warning("No se encontró la traducción %s en %r", name, folder)
        return []
    app.installTranslator(translator)
    return [translator]


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
