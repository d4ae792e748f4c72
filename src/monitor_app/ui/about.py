"""The About box's text: version, where the data lives (installed, MONITOR_APP_HOME, portable)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion

import monitor_app
from monitor_app.storage.paths import AppPaths, DataPlace


def data_place_text(paths: AppPaths) -> str:
    folder = paths.data_dir.parent if paths.place is not DataPlace.USER else paths.data_dir
    if paths.place is DataPlace.PORTABLE:
        text = QCoreApplication.translate(
            "About", "<b>Modo portátil</b>: los datos y los registros están junto al programa, "
            "en {folder}. Quien tenga la memoria USB puede leerlos: cífrela con BitLocker To Go. "
            "Las claves del equipo piden su frase de contraseña.")
    elif paths.place is DataPlace.HOME:
        text = QCoreApplication.translate(
            "About", "<b>Carpeta elegida con MONITOR_APP_HOME</b>: los datos y los registros "
            "están en {folder}.")
    else:
        text = QCoreApplication.translate(
            "About", "<b>Instalación normal</b>: los datos están en la carpeta del usuario, "
            "{folder}.")
    return text.format(folder=folder)


def about_text(db: Path, paths: AppPaths) -> str:
    chosen = ("" if db.parent == paths.data_dir
              else QCoreApplication.translate("About", " (elegida con --db)"))
    return QCoreApplication.translate(
        "About",
        "<h3>Monitor de Campo {version}</h3>"
        "<p>Registro sin conexión del monitoreo de instituciones educativas, para especialistas "
        "de UGEL y DRE, para directores y para la estación nacional.</p>"
        "<p>{place}</p>"
        "<p>Base de datos: {db}{chosen}</p>"
        "<p><small>Python {python} · Qt {qt} · SQLite {sqlite}</small></p>"
    ).format(version=monitor_app.__version__, place=data_place_text(paths), db=db, chosen=chosen,
             python=sys.version.split()[0], qt=qVersion(), sqlite=sqlite3.sqlite_version)
