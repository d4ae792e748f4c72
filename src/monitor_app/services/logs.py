"""One error path for both faces: a rotating log file under the app's log folder."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

import monitor_app

LOG_FILE = "monitor-app.log"
_configured: Path | None = None


def log_file_in(log_dir: Path) -> Path:
    return log_dir / LOG_FILE


def configure_logging(log_dir: Path) -> Path:
    """Log to `log_dir/monitor-app.log` (5 files of 1 MB); returns the file path. Idempotent."""
    global _configured
    path = log_file_in(log_dir)
    if _configured == path:
        return path
    root = logging.getLogger("monitor_app")
    root.setLevel(logging.INFO)
    from logging.handlers import RotatingFileHandler  # pulls in socket: not at import time

    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)  # a read-only home must not stop the app
        handler.setLevel(logging.ERROR)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.handlers[:] = [handler]
    root.propagate = False
    root.info("Monitor de Campo %s, Python %s, SQLite %s", monitor_app.__version__,
              sys.version.split()[0], sqlite3.sqlite_version)
    _configured = path
    return path
