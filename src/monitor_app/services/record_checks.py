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
from monitor_app.services.context import AppContext
from monitor_app.services.visit_checks import check_visit_record
from monitor_app.storage.library import copy_quantity, loans_out

StoredCheck = Callable[[AppContext, str, Mapping[str, Any], Mapping[str, Any] | None], None]


def _adds(movement: Mapping[str, Any] | None, copy_id: str) -> int:
    """What a movement adds to a copy's stock: nothing once deleted or when on another copy."""
    if movement is None or movement.get(DELETED) or movement["copy_id"] != copy_id:
        return 0
    return int(movement["quantity"])


def _movement(ctx: AppContext, pk: str, record: Mapping[str, Any],
              existing: Mapping[str, Any] | None) -> None:
    """A movement put or deleted never takes a copy's stock below zero: the copy it is on, nor
    the one it leaves when moved to another. A stock already below zero (movements of two
    devices merged) may be put right, or left as it is, but not lowered further."""
    copies = {record["copy_id"]} | ({existing["copy_id"]} if existing else set())
    for copy_id in sorted(copies):
        others = copy_quantity(ctx.store, copy_id, excluding_movement=pk)
        after = others + _adds(record, copy_id)
        if after < 0 and after < others + _adds(existing, copy_id):
            raise MonitorError(ErrorCode.QUANTITY_BELOW_ZERO, copy=copy_id, quantity=after)


def _out(loan: Mapping[str, Any]) -> bool:
    return not loan.get(DELETED) and not loan.get("returned_date")


def _loan(ctx: AppContext, pk: str, record: Mapping[str, Any],
          existing: Mapping[str, Any] | None) -> None:
    """A loan that goes out needs a copy on the shelf: fewer out than the copy's quantity.
    A loan goes out when it is new, restored, no longer returned or moved to another copy;
    returning or deleting one only frees a copy."""
    already_out = existing is not None and _out(existing) and (
        existing["copy_id"] == record["copy_id"])
    if not _out(record) or already_out:
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
