"""What a merge can leave inconsistent for a person to review: movements of several devices
that together take a copy's stock below zero, or lend more copies than it has. Each device
checked its own writes; only their sum, at the office, can break the rule."""

from __future__ import annotations

from enum import StrEnum

from monitor_app.services.context import AppContext
from monitor_app.storage.library import CopyBalance, unbalanced_copies


class Problem(StrEnum):
    STOCK_BELOW_ZERO = "stock_below_zero"
    LOANS_BEYOND_STOCK = "loans_beyond_stock"


def problem_of(copy: CopyBalance) -> Problem:
    return Problem.STOCK_BELOW_ZERO if copy.balance < 0 else Problem.LOANS_BEYOND_STOCK


def inconsistencies(ctx: AppContext) -> list[CopyBalance]:
    """Copies whose stock is below zero or below the loans out on them."""
    ctx.require_identity()
    return unbalanced_copies(ctx.store)


def count_inconsistencies(ctx: AppContext) -> int:
    """How many copies `inconsistencies` lists (for a line after an import)."""
    return len(inconsistencies(ctx))
