"""Kills the real `monitor-app` process at random and at chosen moments of one operation, and
checks what each kill leaves: a sound database, all of the operation or none of it, no
half-written file where its output belongs, and a re-run that ends where a run never killed
ends. An operation is one `Operation` (tests/chaos/operations.py); the number of kills is a
parameter, so the same code is the suite's fast mode and `bench/chaos.py`'s long one."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from monitor_app.sync.leftovers import PREFIX

POLL_S = 0.002
TIMEOUT_S = 300


@dataclass(frozen=True)
class Site:
    """Where one run of an operation works: a copy of its scene's template."""

    root: Path
    db: Path
    out: Path  # the folder where the operation's file (bundle, report, backup) belongs

    @property
    def temp(self) -> Path:
        return Path(f"{self.db}.bundles") / "temp"


@dataclass(frozen=True)
class Operation:
    """One operation of the table. `args` and `stdin` say how to run it on a site; `state`
    reads what must be the same after any number of kills and one full run as after one full
    run (the clocks and moments that legitimately differ left out); `outputs` names the files
    a full run leaves in `site.out`; `busy`, called as a run starts, gives what tells that the run
    is in the middle of its work (a deterministic kill point that random moments might miss)."""

    name: str
    template: Path  # a folder holding `monitor.db` (its keys, bundles) and the inputs
    args: Callable[[Site], Sequence[str]]
    stdin: Path | None = None
    busy: Callable[[Site], Callable[[], bool]] = lambda site: wal_written(site)
    volatile: frozenset[str] = frozenset()  # "table.column" whose values depend on the moment
    logs: frozenset[str] = frozenset()  # tables noting each run: a re-run may add its rows
    out: Callable[[Path], Path] | None = None  # where its files go, from the database (root/out)
    # What it leaves there, as compared; by default the files not hidden as claimed partials.
    outputs: Callable[[Site], list[str]] | None = None


@dataclass
class Figures:
    """What one operation survived."""

    name: str
    kills: int = 0  # processes killed while running
    finished_first: int = 0  # runs that ended before the kill came (not counted as kills)
    cases: int = 0  # sequences of kills each followed by a full run and compared
    lost: int = 0  # cases whose final state differed from a run never killed
    whole_s: float = 0.0
    moments: list[float] = field(default_factory=list)  # fraction of a whole run at each kill


def site_from(op: Operation, root: Path) -> Site:
    """A fresh copy of the operation's template under `root`."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(op.template, root)
    db = root / "monitor.db"
    site = Site(root, db, op.out(db) if op.out else root / "out")
    site.out.mkdir(exist_ok=True)
    return site


def start(op: Operation, site: Site) -> subprocess.Popen[bytes]:
    stdin = op.stdin.open("rb") if op.stdin else subprocess.DEVNULL
    try:
        return subprocess.Popen([sys.executable, "-m", "monitor_app", "--db", str(site.db),
                                 *op.args(site)], stdin=stdin, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
    finally:
        if op.stdin:
            stdin.close()  # type: ignore[union-attr]


def run_whole(op: Operation, site: Site) -> float:
    """A run to its end; it must succeed. Its duration, process start included."""
    begun = time.perf_counter()
    child = start(op, site)
    _, err = child.communicate(timeout=TIMEOUT_S)
    assert child.returncode == 0, f"{op.name}: {err.decode(errors='replace')}"
    return time.perf_counter() - begun


def kill_after(op: Operation, site: Site, seconds: float) -> bool:
    """Run and kill after `seconds`; whether it was still running when killed."""
    child = start(op, site)
    deadline = time.perf_counter() + seconds
    while child.poll() is None and time.perf_counter() < deadline:
        time.sleep(POLL_S)
    return _kill(child)


def kill_when_busy(op: Operation, site: Site) -> bool:
    """Run and kill the moment `op.busy` sees it in the middle of its work."""
    busy = op.busy(site)
    child = start(op, site)
    deadline = time.perf_counter() + TIMEOUT_S
    while child.poll() is None and time.perf_counter() < deadline and not busy():
        time.sleep(POLL_S)
    return _kill(child)


def _kill(child: subprocess.Popen[bytes]) -> bool:
    running = child.poll() is None
    if running:
        child.send_signal(signal.SIGKILL)
    _, err = child.communicate(timeout=TIMEOUT_S)
    # a run that ended first must have ended well: a refusal here would be a bug
    assert running or child.returncode == 0, err.decode(errors="replace")
    return running


def wal_written(site: Site) -> Callable[[], bool]:
    """Whether the run wrote to the database's log: pages of its transaction, or its commit."""
    wal = Path(f"{site.db}-wal")

    def mark() -> int:
        return wal.stat().st_mtime_ns if wal.exists() else 0

    at_start = mark()
    return lambda: mark() != at_start


def new_file_in(folder: Path) -> Callable[[], bool]:
    """Whether the run made a file in `folder` (what a killed run left there is not new)."""
    def names() -> set[str]:
        return {p.name for p in folder.iterdir()} if folder.is_dir() else set()

    at_start = names()
    return lambda: bool(names() - at_start)


def state(db: Path, volatile: frozenset[str] = frozenset()) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the `volatile` columns, read without writing; and
    the database's own integrity check, which must say ok."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], db
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name")]
        return {table: _rows(conn, table, volatile) for table in tables}
    finally:
        conn.close()


def _rows(conn: sqlite3.Connection, table: str, volatile: frozenset[str]) -> list[tuple]:
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]
    kept = [c for c in columns if f"{table}.{c}" not in volatile and f"*.{c}" not in volatile]
    if not kept:
        return []
    listed = ", ".join(f"[{c}]" for c in kept)
    return conn.execute(f"SELECT {listed} FROM [{table}] ORDER BY {listed}").fetchall()


def same_end(expected: dict[str, list[tuple]], found: dict[str, list[tuple]],
             logs: frozenset[str]) -> bool:
    """`found` equals `expected`, but for the rows re-runs added to the `logs` tables."""
    if expected.keys() != found.keys():
        return False
    for table, rows in expected.items():
        if table in logs:
            if not set(rows) <= set(found[table]):
                return False
        elif rows != found[table]:
            return False
    return True


def differences(expected: dict[str, list[tuple]], found: dict[str, list[tuple]]) -> list[str]:
    """Per table that differs, a row only one side has."""
    said = []
    for table in sorted(set(expected) | set(found)):
        ours, theirs = set(expected.get(table, [])), set(found.get(table, []))
        if ours != theirs or len(expected.get(table, [])) != len(found.get(table, [])):
            said.append(f"{table}: expected {sorted(ours - theirs, key=repr)[:2]}, "
                        f"found {sorted(theirs - ours, key=repr)[:2]}")
    return said


def half_written(site: Site) -> list[str]:
    """Files in the output folder that a person could take for a finished bundle, report or
    backup but are not one the full run writes: anything not hidden as a claimed partial
    (`.monitor-partial-…`), which the next run removes."""
    return sorted(p.name for p in site.out.iterdir() if not p.name.startswith(PREFIX))


def left_in_out(op: Operation, site: Site) -> list[str]:
    return op.outputs(site) if op.outputs else half_written(site)


def clear_text_left(site: Site) -> list[str]:
    return sorted(p.name for p in site.temp.iterdir()) if site.temp.is_dir() else []


@dataclass(frozen=True)
class Reference:
    """What a run never killed leaves."""

    before: dict[str, list[tuple]]
    after: dict[str, list[tuple]]
    outputs: list[str]
    whole_s: float


def reference(op: Operation, root: Path) -> Reference:
    site = site_from(op, root)
    before = state(site.db, op.volatile)
    whole = run_whole(op, site)
    return Reference(before, state(site.db, op.volatile), left_in_out(op, site), whole)


def survive(op: Operation, kills: int, root: Path, rng: random.Random,
            chain: int = 2) -> Figures:
    """Kill `op` `kills` times, `chain` kills in a row on one copy of its template, then run it
    whole and compare with a run never killed. Every third kill waits for `op.busy`; the others
    come at a random moment of a whole run."""
    ref = reference(op, root / "reference")
    figures = Figures(op.name, whole_s=ref.whole_s)
    while figures.kills < kills:
        site = site_from(op, root / "site")
        in_chain = 0
        while in_chain < chain and figures.kills < kills:
            if (figures.kills + figures.finished_first) % 3 == 2:
                killed, moment = kill_when_busy(op, site), -1.0
            else:
                moment = rng.uniform(0.05, 1.0)
                killed = kill_after(op, site, moment * ref.whole_s)
            if killed:
                figures.kills += 1
                in_chain += 1
                figures.moments.append(moment)
            else:
                figures.finished_first += 1
                assert figures.finished_first <= kills + 10, f"{op.name} finishes too soon"
            after_kill = state(site.db, op.volatile)
            assert after_kill in (ref.before, ref.after), f"{op.name}: neither all nor nothing"
            left = left_in_out(op, site)
            assert left in ([], ref.outputs), f"{op.name}: half-written {left}"
            if after_kill == ref.after and left == ref.outputs:
                break  # done before the kill: what is left to try is the run to the end
        run_whole(op, site)
        figures.cases += 1
        final = state(site.db, op.volatile)
        final_ok = same_end(ref.after, final, op.logs) and left_in_out(op, site) == ref.outputs
        assert clear_text_left(site) == [], f"{op.name}: clear text left: {clear_text_left(site)}"
        figures.lost += 0 if final_ok else 1
        assert final_ok, (f"{op.name}: the end differs from a run never killed: "
                          f"{differences(ref.after, final)}, files {left_in_out(op, site)}")
    return figures


def kills_per_operation(total: int, operations: int) -> int:
    return -(-total // operations)


def chaos_kills(default: int) -> int:
    """The total number of kills: `MONITOR_CHAOS_KILLS`, or the fast mode's `default`."""
    return int(os.environ.get("MONITOR_CHAOS_KILLS", default))
