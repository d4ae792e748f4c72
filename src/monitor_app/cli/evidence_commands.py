"""monitor-app evidence: photos attached to visits, answers, plans and devices."""

from __future__ import annotations

import argparse

NAMES: tuple[str, ...] = ()


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
