"""Which incoming changes a merge applies, decided from the changes themselves.

Every rule here gives the same verdict whatever order the changes arrive in (`docs/sync.md`,
"Trust at the merge"):

1. A value must be one a local put could have written (`core/change_values.py`), its id
   printable, a catalogue field's code in the office's catalogue. Otherwise: rejected.
2. The identity fields of a record (where it belongs; a natural key) are written only by its
   creation, whose values the id vouches for (`core/identity.py`). The identity changes of one
   put (one device, one clock) are judged together: values that do not match the id, or an
   identity field written again apart from a creation, are rejected.
3. A true creation fixes the record's place for good (`storage/record_places.py`), even when its
   sender may not write there. Every change, the creation included, is applied only when its
   sender's scope holds that place; a record placed through another (a commitment through its
   visit) takes that record's place.
4. A change to a record whose place is not known yet (its creation, or its parent's, has not
   arrived) is pending: kept in the log and decided again when that record is placed.

Rejected and pending changes stay in the log with a verdict (`storage/change_verdicts.py`) and
never touch the tables; the rest of their bundle merges.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from monitor_app.core.change_values import ValueProblem, id_problem, value_problem
from monitor_app.core.identity import id_matches, identity_fields, place_fields
from monitor_app.core.kind_spec import FieldType, KindSpec, Place
from monitor_app.core.kinds import KINDS
from monitor_app.core.roles import Scope
from monitor_app.storage.catalogues import catalogue_codes
from monitor_app.storage.change_verdicts import Verdict, VerdictStatus
from monitor_app.storage.database import Store
from monitor_app.storage.record_places import RecordPlace, load_place, save_places
from monitor_app.storage.schools import local_services, school_codooii
from monitor_app.sync.change import Row
from monitor_app.sync.merge_values import stored_value, synced_columns

RecordKey = tuple[str, str]
PlaceKey = tuple[str, str, str]  # ("school", cod_mod, anexo) or ("local", codlocal, "")
GroupKey = tuple[str, str, str, int]  # one put's identity changes: (tbl, pk, device_id, hlc)
ScopeOf = Callable[[str], Scope | None]
MAX_DEPTH = 6  # movement → copy → library → local is three; a deeper chain is not ours

_LOG_GROUP = ("SELECT device_id, seq, tbl, pk, col, value, hlc, base_hlc FROM changes "
              "WHERE device_id = ? AND seq BETWEEN ? AND ? AND tbl = ? AND pk = ? AND hlc = ?")
MAX_PUT = 200  # fields one put writes at most: a record of the widest kind has ~30


@dataclass
class Sorted:
    """`accepted`: changes to apply; `verdicts`: the others; `placed`: records placed now;
    `cleared`: changes judged before, taken from the log to be judged again (whose earlier
    verdict goes unless a new one replaces it)."""

    accepted: list[Row] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    placed: set[RecordKey] = field(default_factory=set)
    cleared: list[tuple[str, int]] = field(default_factory=list)


def _verdict(row: Row, status: VerdictStatus, reason: str, detail: str = "",
             waiting: RecordKey | None = None) -> Verdict:
    return Verdict(row[0], row[1], row[2], row[3], row[4], status, reason, detail, waiting)


def _rejected(row: Row, reason: str, detail: str = "") -> Verdict:
    return _verdict(row, VerdictStatus.REJECTED, reason, detail)


def _pending(row: Row, waiting: RecordKey) -> Verdict:
    return _verdict(row, VerdictStatus.PENDING, "awaiting_creation",
                    _detail(waiting=f"{waiting[0]} {waiting[1]}"), waiting)


def _detail(**values: str) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _at(place: PlaceKey) -> str:
    return _detail(place=" ".join(place).strip())


class Admission:
    """The verdicts of one merge. `scope_of` gives an enrolled device's scope (None: unknown)."""

    def __init__(self, store: Store, scope_of: ScopeOf) -> None:
        self._store = store
        self._scope_of = scope_of
        self._places: dict[RecordKey, RecordPlace] = {}
        self._holds: dict[tuple[str, PlaceKey], str | None] = {}
        self._catalogues: dict[str, frozenset[str]] = {}
        self._unsaved: list[tuple[str, str, RecordPlace]] = []
        self._problems: dict[tuple[str, str, str], ValueProblem | None] = {}

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, rows: Iterable[Row]) -> Sorted:
        """The verdict of each change (new ones, or pending ones being decided again)."""
        result = Sorted()
        groups: dict[GroupKey, dict[str, Row]] = {}
        others: list[Row] = []
        identity = _identity_columns()
        problems = self._problems
        id_ok = ""
        for row in rows:
            table, pk, column, value = row[2], row[3], row[4], row[5]
            names = identity.get(table)
            if names is None or (column not in names[1]):
                result.accepted.append(row)  # a newer version's: the merge keeps it in the log
                continue
            problem = None if pk == id_ok else id_problem(pk)
            if problem is None:
                id_ok = pk
                key = (table, column, value)
                problem = problems[key] if key in problems else problems.setdefault(
                    key, self._value_problem(table, column, value))
            if problem is not None:
                result.verdicts.append(_rejected(row, problem.reason, problem.detail))
            elif column in names[0]:
                groups.setdefault((table, pk, row[0], row[6]), {})[column] = row
            else:
                others.append(row)
        self._sort_creations(groups, result)
        for row in others:
            self._sort_change(row, result)
        return result

    def _value_problem(self, table: str, column: str, value: str) -> ValueProblem | None:
        problem = value_problem(table, column, value)
        if problem is not None:
            return problem
        spec = KINDS[table].field(column)
        if spec is not None and spec.type is FieldType.CATALOGUE and value != "null":
            code = json.loads(value)
            if code not in self._catalogue(spec.catalogue or ""):
                return ValueProblem("not_in_catalogue", (("field", column), ("value", code)))
        return None

    def _catalogue(self, name: str) -> frozenset[str]:
        codes = self._catalogues.get(name)
        if codes is None:
            codes = self._catalogues[name] = frozenset(catalogue_codes(self._store, name))
        return codes

    def _sort_change(self, row: Row, result: Sorted) -> None:
        place, waiting = self.place_of((row[2], row[3]))
        if place is None:
            result.verdicts.append(_pending(row, waiting))
            return
        problem = self._problem_at(row[0], place)
        if problem is None:
            result.accepted.append(row)
        else:
            result.verdicts.append(_rejected(row, problem, _at(place)))

    # -- creations -------------------------------------------------------------------------

    def _sort_creations(self, groups: dict[GroupKey, dict[str, Row]], result: Sorted) -> None:
        """Records placed by themselves first, then those placed through another, so a batch
        that creates a visit and its commitments decides both at once."""
        ordered = sorted(groups.items(), key=lambda item: KINDS[item[0][0]].place is Place.LINK)
        for key, members in ordered:
            self._sort_creation(key, members, result)
        save_places(self._store.conn, self._unsaved)
        self._unsaved.clear()

    def _whole_group(self, key: GroupKey, members: dict[str, Row], result: Sorted
                     ) -> dict[str, Row]:
        """A group whose values do not match its id, with the identity changes of the same put
        found in the log (a put that a hand-made bundle split in two); those are judged again
        with the rest. A put's changes have consecutive seqs."""
        table, pk, device_id, stamp = key
        names = identity_fields(KINDS[table])
        seqs = [row[1] for row in members.values()]
        logged = {row[4]: row for row in self._store.conn.execute(
            _LOG_GROUP, [device_id, min(seqs) - MAX_PUT, max(seqs) + MAX_PUT, table, pk, stamp])
            if row[4] in names and row[4] not in members}
        result.cleared += [(row[0], row[1]) for row in logged.values()]
        return {**logged, **members}

    def _sort_creation(self, key: GroupKey, members: dict[str, Row], result: Sorted) -> None:
        """Judge one put's identity changes together: a creation whose values the id vouches
        for (an optional identity field a put leaves out is empty)."""
        table, pk, device_id, _ = key
        kind = KINDS[table]
        rows = list(members.values())
        if any(row[7] for row in rows):  # it had seen the field: not a creation
            result.verdicts += [_rejected(row, "identity_changed") for row in rows]
            return
        values = {column: stored_value(column, row[5]) for column, row in members.items()}
        if not id_matches(kind, pk, values):
            whole = self._whole_group(key, members, result)
            if len(whole) > len(members):
                self._sort_creation(key, whole, result)
            else:
                result.verdicts += [_rejected(row, "identity_mismatch") for row in rows]
            return
        record_place = _record_place(kind, values)
        if record_place is None:
            result.verdicts += [_rejected(row, "attach_exactly_one") for row in rows]
            return
        if self._place(table, pk, record_place):
            result.placed.add((table, pk))
        place, waiting = self.place_of((table, pk))
        if place is None:
            result.verdicts += [_pending(row, waiting) for row in rows]
            return
        problem = self._problem_at(device_id, place)
        if problem is None:
            result.accepted += rows
        else:
            result.verdicts += [_rejected(row, problem, _at(place)) for row in rows]

    def _place(self, table: str, pk: str, place: RecordPlace) -> bool:
        """Remember where a truly created record is (saved at the end of the batch); True
        unless this merge knew it already. A record placed before is saved again harmlessly
        (its place is the same: the id vouches for it)."""
        if (table, pk) in self._places:
            return False
        self._places[(table, pk)] = place
        self._unsaved.append((table, pk, place))
        return True

    # -- places and scope ------------------------------------------------------------------

    def place_of(self, record: RecordKey) -> tuple[PlaceKey | None, RecordKey]:
        """The record's school or local, followed through its parents; when unknown, the
        record whose placement it waits for."""
        for _ in range(MAX_DEPTH):
            found = self._record_place(record)
            if found is None:
                return None, record
            if found.parent is None:
                if found.codlocal:
                    return ("local", found.codlocal, ""), record
                return ("school", found.cod_mod or "", found.anexo or "0"), record
            record = found.parent
        return None, record

    def _record_place(self, record: RecordKey) -> RecordPlace | None:
        found = self._places.get(record)
        if found is not None:
            return found
        table, pk = record
        if table not in KINDS:
            return None
        found = load_place(self._store.conn, table, pk) or self._visible_place(KINDS[table], pk)
        if found is not None:
            self._places[record] = found
        return found

    def _visible_place(self, kind: KindSpec, pk: str) -> RecordPlace | None:
        """A record this installation wrote itself has no merged creation: its row says where
        it is (a row's identity fields only ever come from a true creation or a local put)."""
        names = place_fields(kind)
        row = self._store.conn.execute(
            f"SELECT {', '.join(f'[{n}]' for n in names)} FROM [{kind.table}] WHERE id = ?",
            [pk]).fetchone()
        return None if row is None else _record_place(kind, dict(zip(names, row)))

    def _problem_at(self, device_id: str, place: PlaceKey) -> str | None:
        """None when the device may write at this place; else why not."""
        key = (device_id, place)
        if key not in self._holds:
            self._holds[key] = self._find_problem(device_id, place)
        return self._holds[key]

    def _find_problem(self, device_id: str, place: PlaceKey) -> str | None:
        scope = self._scope_of(device_id)
        if scope is None:
            return "unknown_device"
        what, code, anexo = place
        if what == "local":
            services = local_services(self._store, code)
            if not services:
                return "not_in_directory"
            return None if scope.holds_any(services) else "out_of_scope"
        codooii = school_codooii(self._store, code, anexo)
        if codooii is None:
            return "not_in_directory"
        return None if scope.holds(code, codooii) else "out_of_scope"


@functools.cache
def _identity_columns() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per table: its identity fields, and every column a change may set."""
    return {table: (frozenset(identity_fields(KINDS[table])), columns)
            for table, columns in synced_columns().items()}


def _record_place(kind: KindSpec, values: dict[str, Any]) -> RecordPlace | None:
    """Where identity values put a record; None when a link kind names no single parent."""
    if kind.place is Place.SCHOOL:
        return RecordPlace(cod_mod=values.get("cod_mod"), anexo=values.get("anexo") or "0")
    if kind.place is Place.LOCAL:
        return RecordPlace(codlocal=values.get("codlocal"))
    parents = [(spec.references, values[spec.name]) for spec in kind.links
               if spec.name in place_fields(kind) and values.get(spec.name)]
    if len(parents) != 1:
        return None
    return RecordPlace(parent=parents[0])  # type: ignore[arg-type]


def sort_rows(admission: Admission | None, rows: Sequence[Row]) -> Sorted:
    """Every change accepted when there is no admission (a merge of trusted changes)."""
    if admission is None:
        return Sorted(accepted=list(rows))
    return admission.sort(rows)
