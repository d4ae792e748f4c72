"""Runs the real command line: in-process through `main()` for speed, or as a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from monitor_app.cli.main import main


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.db = db
        self._capsys = capsys
        self._monkeypatch = monkeypatch

    def __call__(self, *args: str, stdin: str | None = None, db: Path | None = None) -> Result:
        if stdin is not None:
            import io

            self._monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        self._capsys.readouterr()
        code = main(["--db", str(db or self.db), *args])
        captured = self._capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def subprocess(self, *args: str, stdin: str | None = None) -> Result:
        proc = subprocess.run(
            [sys.executable, "-m", "monitor_app", "--db", str(self.db), *args],
            input=stdin, capture_output=True, text=True, timeout=120, env={**os.environ},
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(tmp_path / "monitor.db", capsys, monkeypatch)


@pytest.fixture
def enrolled(cli: Cli) -> Cli:
    result = cli("init", "--role", "especialista", "--name", "Ana Quispe", "--ugel", "150105")
    assert result.code == 0, result.err
    return cli


def dump_database(db: Path) -> list[str]:
    """Every statement that rebuilds the database, read without writing to it: the same list
    before and after means nothing changed."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
