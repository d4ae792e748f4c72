"""Checks across the fields of one record, declared by its kind (see `KindSpec.rules`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.kind_spec import RecordRule

# Eight digits in a row: what a DNI looks like in free text.
_DNI = re.compile(r"(?<!\d)\d{8}(?!\d)")


def not_in_future(field: str, *, unless: Mapping[str, tuple[Any, ...]] | None = None
                  ) -> RecordRule:
    """`field` is a day that has already come (a drill, an inventory...), unless another
    field holds one of the given values (a visit still planned may be dated ahead)."""

    def rule(record: Mapping[str, Any], today: dt.date) -> None:
        for other, values in (unless or {}).items():
            if record.get(other) in values:
                return
        value = record.get(field)
        if value and value > today.isoformat():
            raise MonitorError(ErrorCode.DATE_IN_FUTURE, field=field, value=value,
                               today=today.isoformat())

    return rule


def not_before(field: str, other: str) -> RecordRule:
    """`field` (a date or a time) is not earlier than `other` when both are given."""

    def rule(record: Mapping[str, Any], today: dt.date) -> None:
        value, other_value = record.get(field), record.get(other)
        if value and other_value and value < other_value:
            raise MonitorError(ErrorCode.DATE_BEFORE, field=field, value=value, other=other,
                               other_value=other_value)

    return rule


def no_dni(field: str) -> RecordRule:
    """Names of people (students above all) never carry a DNI (Ley 29733)."""

    def rule(record: Mapping[str, Any], today: dt.date) -> None:
        if _DNI.search(str(record.get(field) or "")):
            raise MonitorError(ErrorCode.LOOKS_LIKE_DNI, field=field)

    return rule


def exactly_one_of(*fields: str) -> RecordRule:
    """A record attached to exactly one other (a photo to a visit, an answer, a plan...)."""

    def rule(record: Mapping[str, Any], today: dt.date) -> None:
        if sum(1 for name in fields if record.get(name)) != 1:
            raise MonitorError(ErrorCode.ATTACH_EXACTLY_ONE, fields=", ".join(fields))

    return rule


def not_zero(field: str) -> RecordRule:
    def rule(record: Mapping[str, Any], today: dt.date) -> None:
        if record.get(field) == 0:
            raise MonitorError(ErrorCode.OUT_OF_RANGE, field=field, value=0, allowed="≠ 0")

    return rule


def check_record(rules: tuple[RecordRule, ...], record: Mapping[str, Any], today: dt.date
                 ) -> None:
    for rule in rules:
        rule(record, today)
