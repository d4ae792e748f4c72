"""A demo installation refuses, in words, to export, to join an office, or to be set up again
with one: its invented records never reach a UGEL."""

from __future__ import annotations

from pathlib import Path

from monitor_app.core.roles import Role
from monitor_app.services.demo_setup import enrol_demo
from tests.cli.conftest import Cli
from tests.cli.test_join import _office


def test_a_demo_database_refuses_export_join_and_init_office(cli: Cli, tmp_path: Path) -> None:
    reference = _office(cli, tmp_path / "ugel.db")
    demo = tmp_path / "demo" / "monitor.db"
    enrol_demo(demo, role=Role.ESPECIALISTA, name="Ana")
    attempts = (("export", "--out", str(tmp_path)),
                ("export", "--out", str(tmp_path), "--split-mb", "1"),
                ("join", str(reference)),
                ("init", "--role", "especialista", "--name", "Ana", "--office", str(reference)))
    for args in attempts:
        refused = cli(*args, db=demo)
        assert refused.code == 1, args
        assert "instalación de demostración" in refused.err and "No se cambió nada" in refused.err
        assert len(refused.err.strip().splitlines()) == 1
    english = cli("--lang", "en", "export", "--out", str(tmp_path), db=demo)
    assert english.code == 1 and "is a demo installation" in english.err
    assert list(tmp_path.glob("*.mcbundle")) == [reference]
