"""Reports written to files for both faces: the coverage workbook. A report is written to a
temporary file next to its destination and renamed at the end, so a cancelled or failed report
leaves no half-written file behind."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.progress import Cancelled, Progress, never_cancelled, no_progress
from monitor_app.services.checklist import schools_in_scope
from monitor_app.services.context import AppContext
from monitor_app.storage.checklist_facts import SchoolService
from monitor_app.storage.errors import from_os
from monitor_app.sync.bundle_writer import sync_folder
from monitor_app.sync.leftovers import Partial, claim, remove_abandoned

if TYPE_CHECKING:
    from monitor_app.reports.coverage import CoverageSummary


@contextmanager
def written_whole(out: Path) -> Iterator[Path]:
    """A temporary path beside `out`, renamed to `out` when the block succeeds (written to disk
    first) and removed when it does not. A full disk is the DISK_FULL refusal; any other OS
    failure names the report. The temporary file is claimed (sync/leftovers.py): one left by a
    killed process is hidden, never named like a report, and removed by the next report
    written into the same folder."""
    if not out.parent.is_dir():
        raise MonitorError(ErrorCode.REPORT_FOLDER_NOT_FOUND, path=str(out.parent))
    partial: Partial | None = None
    try:
        remove_abandoned(out.parent)
        partial = claim(out.parent)
        yield partial.path
        _flush(partial.path)
        partial.move_to(out)
        partial = None
        sync_folder(out.parent)
    except OSError as exc:
        refusal = from_os(exc, out)
        if refusal.code is ErrorCode.DISK_FULL:
            raise refusal from exc
        raise MonitorError(ErrorCode.REPORT_NOT_WRITTEN, path=str(out),
                           detail=exc.strerror or str(exc)) from exc
    finally:
        if partial is not None:
            partial.discard()


def _flush(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def write_coverage_report(ctx: AppContext, out: Path, *, today: dt.date | None = None,
                          progress: Progress = no_progress,
                          cancelled: Cancelled = never_cancelled,
                          schools: Sequence[SchoolService] | None = None,
                          chosen: str = "") -> CoverageSummary:
    """The coverage workbook of every school in scope (or of `schools`, chosen from them as
    `chosen` says) as of `today` (the laptop's day unless given), written to `out`."""
    from monitor_app.reports.coverage import write_coverage  # openpyxl: only when asked for

    identity = ctx.require_identity()
    schools = schools_in_scope(ctx) if schools is None else schools
    generated_at = dt.datetime.fromtimestamp(ctx.wall_ms() / 1000).replace(microsecond=0)
    with written_whole(Path(out)) as part:
        return write_coverage(ctx.store, part, schools, ugel=identity.scope.ugel,
                              today=today or ctx.today(), generated_at=generated_at,
                              chosen=chosen,
                              progress=progress, cancelled=cancelled)
