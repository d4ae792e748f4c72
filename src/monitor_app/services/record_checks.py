"""Rules a record must meet that need other stored data: quantities on the library ledger,
copies left to lend, answers within their instrument, a visit complete before it closes. Each kind with such rules has one check here, run inside the write's
transaction so what it reads cannot change before the write."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.kind_spec import KindSpec
from monitor_app.services.answer_checks import check_answer_record
from monitor_app.services.context import AppContext
from monitor_app.services.visit_checks import check_visit_record
from monitor_app.storage.library import copy_quantity, loans_out

StoredCheck = Callable[[AppContext, str, Mapping[str, Any], Mapping[str, Any] | None], None]


def _movement(ctx: AppContext, pk: str, record: Mapping[str, Any],
              existing: Mapping[str, Any] | None) -> None:
    """A movement never takes a copy's quantity below zero."""
    before = copy_quantity(ctx.store, record["copy_id"], excluding_movement=pk)
    after = before + (0 if record.get("_deleted") else record["quantity"])
    if after < 0:
        raise MonitorError(ErrorCode.QUANTITY_BELOW_ZERO, copy=record["copy_id"], quantity=after)


def _loan(ctx: AppContext, pk: str, record: Mapping[str, Any],
          existing: Mapping[str, Any] | None) -> None:
    """A new loan needs a copy on the shelf: fewer out than the copy's quantity."""
    if existing is not None or record.get("returned_date"):
        return
    quantity = copy_quantity(ctx.store, record["copy_id"])
    on_loan = loans_out(ctx.store, record["copy_id"])
    if on_loan >= quantity:
        raise MonitorError(ErrorCode.COPY_NOT_AVAILABLE, copy=record["copy_id"],
                           on_loan=on_loan, quantity=quantity)


STORED_CHECKS: dict[str, StoredCheck] = {
    "answers": check_answer_record,
    "library_movements": _movement,
    "library_loans": _loan,
    "visits": check_visit_record,
}


def check_with_stored_data(ctx: AppContext, kind: KindSpec, pk: str, record: Mapping[str, Any],
                           existing: Mapping[str, Any] | None) -> None:
    check = STORED_CHECKS.get(kind.name)
    if check is not None:
        check(ctx, pk, record, existing)
