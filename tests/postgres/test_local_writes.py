"""An office's own writes on a PostgreSQL station while other processes write too (D48): its
changes stay numbered without a gap or a repeat, and its clock never goes back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg

from tests.cli.conftest import Cli
from tests.conftest import PADRON

WRITERS = 4
PLANS = 15


def _plans(codlocal: str, writer: int) -> str:
    return "\n".join(json.dumps({"codlocal": codlocal, "year": 2010 + writer * PLANS + n,
                                 "status": "en_elaboracion"}) for n in range(PLANS))


def test_concurrent_puts_at_the_station_number_every_change_once(
        cli: Cli, tmp_path: Path, pg_url: str) -> None:
    assert cli("init", "--role", "ugel", "--name", "U", "--ugel", "150105", db=pg_url).code == 0
    assert cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), db=pg_url).code == 0
    codlocal = json.loads(cli("schools", "search", "0335273", "--json", db=pg_url).out)[0][
        "codlocal"]
    writers = [subprocess.Popen(
        [sys.executable, "-m", "monitor_app", "--db", pg_url, "records", "put", "grd_plans", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ}) for _ in range(WRITERS)]
    for writer, process in enumerate(writers):
        process.stdin.write(_plans(codlocal, writer))  # type: ignore[union-attr]
        process.stdin.close()  # type: ignore[union-attr]
    for process in writers:
        assert process.wait(timeout=120) == 0, process.stderr.read()  # type: ignore[union-attr]
    with psycopg.connect(pg_url) as conn:
        seqs = [seq for (seq,) in conn.execute("SELECT seq FROM changes ORDER BY seq")]
        assert seqs == list(range(1, len(seqs) + 1))
        (last_hlc,) = conn.execute("SELECT last_hlc FROM clock").fetchone()
        (highest,) = conn.execute("SELECT max(hlc) FROM changes").fetchone()
        assert last_hlc >= highest
    listed = json.loads(cli("records", "list", "grd_plans", "--json", db=pg_url).out)
    assert len(listed) == WRITERS * PLANS
