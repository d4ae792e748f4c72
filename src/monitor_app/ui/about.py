"""The About box's text: the version, the database and the libraries underneath."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion

import monitor_app


def about_text(database: Path) -> str:
    return QCoreApplication.translate(
        "MainWindow",
        "<h3>Monitor de Campo {version}</h3>"
        "<p>Registro sin conexión del monitoreo de instituciones educativas, para especialistas "
        "de UGEL y DRE y para directores.</p>"
        "<p>Base de datos: {db}</p>"
        "<p><small>Python {python} · Qt {qt} · SQLite {sqlite}</small></p>",
    ).format(version=monitor_app.__version__, db=database, python=sys.version.split()[0],
              qt=qVersion(), sqlite=sqlite3.sqlite_version)
