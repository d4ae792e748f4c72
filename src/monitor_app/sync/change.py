"""One field change as it travels between replicas: a row of the `changes` log."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from monitor_app.core.hlc import order_clock
from monitor_app.storage.change_replaces import REPLACES_SQL, Replaced, parse_replaces
from monitor_app.storage.database import Store

COLUMNS = ("device_id", "seq", "tbl", "pk", "col", "value", "hlc", "base_hlc")
Row = tuple[str, int, str, str, str, int, int, int]  # a change in the order of COLUMNS
ChangeRow = tuple[int, str, str, str, str, int, int]  # one device's change as a bundle line holds
# it: (seq, tbl, pk, col, value, hlc, base_hlc); the device is the bundle's


class ChangeLike(Protocol):
    """Anything with a change's attributes (a `Change`, or a bundle reader's own record)."""

    device_id: str
    seq: int
    tbl: str
    pk: str
    col: str
    value: str
    hlc: int
    base_hlc: int


@dataclass(frozen=True, slots=True)
class Change:
    """`value` is the canonical JSON text of the field's value, as `changes.value` holds it;
    `base_hlc` is the field's clock as the writer saw it (0 when it had none); `replaces`, the
    `(device_id, seq)` of the change(s) it replaced (none for a first write, or for a change
    written before replaced changes were named)."""

    device_id: str
    seq: int
    tbl: str
    pk: str
    col: str
    value: str
    hlc: int
    base_hlc: int
    replaces: tuple[Replaced, ...] = ()

    def as_row(self) -> Row:
        """The values in the order of the `changes` table's columns."""
        return change_row(self)

    @property
    def order(self) -> tuple[int, str, int]:
        """The last-writer-wins order: the highest `(order clock, device_id, seq)` wins a field
        (`hlc.order_clock`: the HLC, unless the writer saw a value stamped further ahead)."""
        return (order_clock(self.hlc, self.base_hlc), self.device_id, self.seq)


def read_changes(
    store: Store, device_id: str | None = None, after_seq: int = 0
) -> Iterator[Change]:
    """The log (or one device's part of it after `after_seq`) in `(device_id, seq)` order,
    with the changes each one replaced."""
    select = f"SELECT {', '.join(COLUMNS)}, {REPLACES_SQL} FROM changes"
    if device_id is None:
        rows = store.conn.execute(f"{select} ORDER BY device_id, seq")
    else:
        rows = store.conn.execute(
            f"{select} WHERE device_id = ? AND seq > ? ORDER BY seq", [device_id, after_seq]
        )
    for *row, replaces in rows:
        yield Change(*row, parse_replaces(replaces))


change_row: Callable[[ChangeLike], Row] = operator.attrgetter(*COLUMNS)
"""Any change's values in the order of the `changes` table's columns."""


def device_rows(store: Store, device_id: str, after_seq: int = 0) -> Iterator[ChangeRow]:
    """One device's changes after `after_seq` as a bundle carries them,
    `(seq, tbl, pk, col, value, hlc, base_hlc)`, with no object made for each."""
    return store.conn.execute(
        "SELECT seq, tbl, pk, col, value, hlc, base_hlc FROM changes "
        "WHERE device_id = ? AND seq > ? ORDER BY seq", [device_id, after_seq])
