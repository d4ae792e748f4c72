"""The screenshots script renders every screen the README shows, in Spanish and in English,
none wider than the 1366-pixel laptop screen it is made for."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "docs" / "screenshots" / "make_screenshots.py"
SHOWN = sorted(set(re.findall(r"docs/screenshots/([\w-]+\.png)", (REPO / "README.md").read_text(
    encoding="utf-8"))))
SCREEN_WIDTH = 1366


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_screen_of_the_readme_is_rendered(tmp_path: Path, lang: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MONITOR_APP_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, str(SCRIPT), "--lang", lang, "--out", str(tmp_path)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    made = {path.name for path in tmp_path.glob("*.png")}
    wanted = {name for name in SHOWN if name.endswith("_en.png") == (lang == "en")}
    assert wanted <= made, sorted(wanted - made)
    for name in made:
        with Image.open(tmp_path / name) as picture:
            assert picture.width <= SCREEN_WIDTH, (name, picture.size)
