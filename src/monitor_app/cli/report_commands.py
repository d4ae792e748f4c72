"""monitor-app checklist|report: each school's checklist and the coverage spreadsheet."""

from __future__ import annotations

import argparse

NAMES: tuple[str, ...] = ()


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
