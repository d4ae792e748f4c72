"""Rules a record must meet that need other stored data: quantities on the library ledger,
copies left to lend, answers within their instrument, a visit complete before it closes. Each
kind with such rules has one check here, run inside the write's transaction (a put's, or a
delete's with the record marked deleted) so what it reads cannot change before the write."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.kind_spec import KindSpec
from monitor_app.core.validation import DELETED
from monitor_app.services.answer_checks import check_answer_record
from monitor_app.services.assignment_checks import check_assignment_record
from monitor_app.services.context import AppContext
from monitor_app.services.visit_checks import check_visit_record
from monitor_app.storage.library import copy_quantity, loans_out

StoredCheck = Callable[[AppContext, str, Mapping[str, Any], Mapping[str, Any] | None], None]


def _adds(movement: Mapping[str, Any] | None) -> int:
    """What a movement adds to its copy's stock: nothing once deleted."""
    if movement is None or movement.get(DELETED):
        return 0
    return int(movement["quantity"])


def _movement(ctx: AppContext, pk: str, record: Mapping[str, Any],
              existing: Mapping[str, Any] | None) -> None:
    """A movement put or deleted never takes its copy's stock below zero (a movement never
    changes copy: `copy_id` places it). A stock already below zero (movements of two devices
    merged) may be put right, or left as it is, but not lowered further."""
    others = copy_quantity(ctx.store, record["copy_id"], excluding_movement=pk)
    after = others + _adds(record)
    if after < 0 and after < others + _adds(existing):
        raise MonitorError(ErrorCode.QUANTITY_BELOW_ZERO, copy=record["copy_id"], quantity=after)


def _out(loan: Mapping[str, Any] | None) -> bool:
    return loan is not None and not loan.get(DELETED) and not loan.get("returned_date")


def _loan(ctx: AppContext, pk: str, record: Mapping[str, Any],
          existing: Mapping[str, Any] | None) -> None:
    """A loan that goes out needs a copy on the shelf: fewer out than the copy's quantity.
    A loan goes out when it is new, restored, or no longer returned; returning or deleting one
    only frees a copy."""
    if not _out(record) or _out(existing):
        return
    quantity = copy_quantity(ctx.store, record["copy_id"])
    on_loan = loans_out(ctx.store, record["copy_id"])
    if on_loan >= quantity:
        raise MonitorError(ErrorCode.COPY_NOT_AVAILABLE, copy=record["copy_id"],
                           on_loan=on_loan, quantity=quantity)


STORED_CHECKS: dict[str, StoredCheck] = {
    "answers": check_answer_record,
    "assignments": check_assignment_record,
    "library_movements": _movement,
    "library_loans": _loan,
    "visits": check_visit_record,
}


def check_with_stored_data(ctx: AppContext, kind: KindSpec, pk: str, record: Mapping[str, Any],
                           existing: Mapping[str, Any] | None) -> None:
    check = STORED_CHECKS.get(kind.name)
    if check is not None:
        check(ctx, pk, record, existing)
