"""Guards against PySide6 builds that leak a reference to None on each void Qt call.

PySide6 6.12.0 on CPython 3.11 aborts (`Fatal Python error: none_dealloc`) after a few tens of
thousands of calls such as `processEvents()`; long sessions and pytest-qt wait loops reach that.
pyproject.toml pins a safe version; this test fails if a leaking build is installed anyway.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 100_000
SCRIPT = f"""
from PySide6.QtWidgets import QApplication
app = QApplication([])
for _ in range({CALLS}):
    app.processEvents()
print("survived")
"""


def test_many_void_qt_calls_do_not_abort_the_process() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], check=False, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
