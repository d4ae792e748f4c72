"""Entry point of `monitor-app`: the GUI without a sub-command, the command line with one."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    from monitor_app.cli.main import parse_arguments, run

    args = sys.argv[1:] if argv is None else argv
    parsed = parse_arguments(args)
    if isinstance(parsed, int):
        return parsed
    if parsed.command is None:
        # The window's start-up allocates much and frees little: the garbage collector's passes
        # (≈ 6 ms) wait until the window is painted, when run_gui turns it back on (D41).
        gc.disable()
        from monitor_app.services.preferences import window_language
        from monitor_app.ui.app import run_gui

        return run_gui(db=parsed.db, lang=window_language(args, parsed.paths, parsed.lang))
    return run(parsed)
