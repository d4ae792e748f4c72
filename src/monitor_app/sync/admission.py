"""Which incoming changes a merge applies, decided from the changes themselves.

Every rule here gives the same verdict whatever order the changes arrive in (`docs/sync.md`,
"Trust at the merge"):

1. A value must be one a local put could have written (`core/change_values.py`), its id
   printable, a catalogue field's code in the office's catalogue. Otherwise: rejected.
2. The identity fields of a record (where it belongs; a natural key) are written once, by its
   creation, and its id vouches for their values (`core/identity.py`). The first batch holding
   creation changes whose values the id matches fixes those values; from then on each identity
   change is judged on its own: another value (`identity_mismatch`), or one written by a device
   that had seen the field (`identity_changed`), is rejected.
3. The fixed place (`storage/record_places.py`) holds for good, even when the creation's sender
   may not write there. Every change, the creation included, is applied only when its sender's
   scope holds that place; a record placed through another (a commitment through its visit)
   takes that record's place.
4. A change to a kind only the office writes (assignments, D33) is applied only when an
   office wrote it (`office_only` otherwise), wherever it is placed.
5. A change to a record whose place is not known yet (its creation, or its parent's, has not
   arrived) is pending: kept in the log and decided again when that record is placed.

Rejected and pending changes stay in the log with a verdict (`storage/change_verdicts.py`) and
never touch the tables; the rest of their bundle merges.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from monitor_app.core.change_values import ValueProblem, id_problem, value_problem
from monitor_app.core.identity import id_matches, identity_fields, place_fields
from monitor_app.core.kind_spec import FieldType, KindSpec, Place
from monitor_app.core.kinds import KINDS
from monitor_app.core.office_kinds import OFFICE_KINDS
from monitor_app.core.roles import Scope
from monitor_app.storage.catalogues import catalogue_codes
from monitor_app.storage.change_verdicts import Verdict, VerdictStatus
from monitor_app.storage.database import Store
from monitor_app.storage.record_places import (
    IN_LIMIT,
    RecordPlace,
    load_places,
    save_places,
)
from monitor_app.storage.schools import local_services, school_codooii
from monitor_app.sync.change import Row
from monitor_app.sync.merge_values import stored_value, synced_columns

RecordKey = tuple[str, str]
PlaceKey = tuple[str, str, str]  # ("school", cod_mod, anexo) or ("local", codlocal, "")
ScopeOf = Callable[[str], Scope | None]
PlaceProblem = Callable[[str, PlaceKey], str | None]  # (device_id, place) -> why not, or None
IsOffice = Callable[[str], bool]  # whether a device id is an office's (a UGEL's, a DRE's)
MAX_DEPTH = 6  # movement → copy → library → local is three; a deeper chain is not ours
MAX_COMBINATIONS = 256  # identity values tried per record and batch (honest data: one)


@dataclass
class Sorted:
    """`accepted`: changes to apply; `verdicts`: the others; `placed`: records placed now."""

    accepted: list[Row] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    placed: set[RecordKey] = field(default_factory=set)


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
    return _detail(place=" ".join(map(str, place)).strip())


class Admission:
    """The verdicts of one merge. `scope_of` gives an enrolled device's scope (None: unknown)."""

    def __init__(self, store: Store, scope_of: ScopeOf,
                 place_problem: PlaceProblem | None = None, *,
                 is_office: IsOffice | None = None) -> None:
        """`place_problem`, when given, decides instead of the scopes and the directory
        whether a device may write at a place (a DRE: the jurisdiction of the UGEL that relays
        the device's changes). `is_office` says which writers may change the kinds only an
        office writes (without it: none)."""
        self._store = store
        self._scope_of = scope_of
        self._place_problem = place_problem
        self._is_office = is_office or (lambda _device: False)
        self._places: dict[RecordKey, RecordPlace] = {}
        self._holds: dict[tuple[str, PlaceKey], str | None] = {}
        self._catalogues: dict[str, frozenset[str]] = {}
        self._unsaved: list[tuple[str, str, RecordPlace]] = []
        self._absent: set[RecordKey] = set()  # looked up in this merge: not placed (yet)
        self._problems: dict[tuple[str, str, str], ValueProblem | None] = {}

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, rows: Iterable[Row]) -> Sorted:
        """The verdict of each change (new ones, or pending ones being decided again)."""
        result = Sorted()
        claims: dict[RecordKey, list[Row]] = {}
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
                claims.setdefault((table, pk), []).append(row)
            else:
                others.append(row)
        self._sort_identities(claims, result)
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
        if problem is None and row[2] in OFFICE_KINDS and not self._is_office(row[0]):
            problem = "office_only"
        if problem is None:
            result.accepted.append(row)
        else:
            result.verdicts.append(_rejected(row, problem, _at(place)))

    # -- identity ---------------------------------------------------------------------------

    def _sort_identities(self, claims: dict[RecordKey, list[Row]], result: Sorted) -> None:
        """Records placed by themselves first, then those placed through another, so a batch
        that creates a visit and its commitments decides both at once."""
        self._prefetch(list(claims))
        ordered = sorted(claims.items(), key=lambda item: KINDS[item[0][0]].place is Place.LINK)
        for record, rows in ordered:
            self._sort_identity(record, rows, result)
        save_places(self._store.conn, self._unsaved)
        self._unsaved.clear()

    def _sort_identity(self, record: RecordKey, rows: list[Row], result: Sorted) -> None:
        """Each identity change on its own, against the values the record's id vouches for:
        once known (from any true creation), a change is one of them or is rejected; until
        then it waits. So no order of arrival decides differently."""
        kind = KINDS[record[0]]
        known = self._record_place(record)
        creations = [row for row in rows if not row[7]]
        if known is None:
            known = _creation(kind, record[1], creations)
            if known is not None:
                self._place(record, known)
                result.placed.add(record)
        for row in rows:
            if row[7]:  # its writer had seen the field: not a creation
                result.verdicts.append(_rejected(row, "identity_changed"))
            elif known is None:
                result.verdicts.append(_pending(row, record))
            elif stored_value(row[4], row[5]) != known.identity.get(row[4]):
                result.verdicts.append(_rejected(row, "identity_mismatch"))
            else:
                self._sort_change(row, result)

    def _place(self, record: RecordKey, place: RecordPlace) -> None:
        """Remember where a truly created record is (saved at the end of the batch)."""
        self._places[record] = place
        self._absent.discard(record)
        self._unsaved.append((*record, place))

    def _prefetch(self, records: list[RecordKey]) -> None:
        """Look the batch's records up at once (most are new: a query for each, twice over,
        was a fifth of an import)."""
        by_table: dict[str, list[str]] = {}
        for table, pk in records:
            if (table, pk) not in self._places and (table, pk) not in self._absent:
                by_table.setdefault(table, []).append(pk)
        for table, pks in by_table.items():
            found = load_places(self._store.conn, table, pks)
            found.update(self._visible_places(KINDS[table], [p for p in pks if p not in found]))
            for pk in pks:
                if pk in found:
                    self._places[(table, pk)] = found[pk]
                else:
                    self._absent.add((table, pk))

    # -- places and scope ------------------------------------------------------------------

    def placed_meanwhile(self, records: Iterable[RecordKey]) -> set[RecordKey]:
        """Those of `records`, found unplaced earlier in this merge, that are placed now: by
        another importer of a server station, committed since (`storage/turns.py`)."""
        records = [record for record in records if record in self._absent]
        self._absent.difference_update(records)
        self._prefetch(records)
        return {record for record in records if record in self._places}

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
        if table not in KINDS or record in self._absent:
            return None
        self._prefetch([record])
        return self._places.get(record)

    def _visible_places(self, kind: KindSpec, pks: list[str]) -> dict[str, RecordPlace]:
        """Records this installation wrote itself have no merged creation: their rows say where
        they are (a row's identity fields only come from a true creation or a local put)."""
        names = identity_fields(kind)
        found: dict[str, RecordPlace] = {}
        for start in range(0, len(pks), IN_LIMIT):
            part = pks[start:start + IN_LIMIT]
            rows = self._store.conn.execute(
                f"SELECT id, {', '.join(f'[{n}]' for n in names)} FROM [{kind.table}] "
                f"WHERE id IN ({', '.join('?' * len(part))})", part)
            for pk, *values in rows:
                place = _record_place(kind, dict(zip(names, values)))
                if place is not None:
                    found[pk] = place
        return found

    def holds(self, device_id: str, record: RecordKey) -> bool:
        """Whether the device's scope holds the record's place (known) — what a reply to it
        may carry."""
        place, _ = self.place_of(record)
        return place is not None and self._problem_at(device_id, place) is None

    def _problem_at(self, device_id: str, place: PlaceKey) -> str | None:
        """None when the device may write at this place; else why not."""
        key = (device_id, place)
        if key not in self._holds:
            self._holds[key] = self._find_problem(device_id, place)
        return self._holds[key]

    def _find_problem(self, device_id: str, place: PlaceKey) -> str | None:
        if self._place_problem is not None:
            return self._place_problem(device_id, place)
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
    identity = {name: values.get(name) for name in identity_fields(kind)}
    if kind.place is Place.SCHOOL:
        return RecordPlace(cod_mod=values.get("cod_mod"), anexo=values.get("anexo") or "0",
                           identity=identity)
    if kind.place is Place.LOCAL:
        return RecordPlace(codlocal=values.get("codlocal"), identity=identity)
    parents = [(spec.references, values[spec.name]) for spec in kind.links
               if spec.name in place_fields(kind) and values.get(spec.name)]
    if len(parents) != 1:
        return None
    return RecordPlace(parent=parents[0], identity=identity)  # type: ignore[arg-type]


def _creation(kind: KindSpec, pk: str, rows: list[Row]) -> RecordPlace | None:
    """The identity values these creation changes claim that the id vouches for, if any: one
    value per field (a field none of them writes is empty). A device forging its own records
    could send many values per field; beyond MAX_COMBINATIONS they wait for a cleaner batch."""
    candidates: dict[str, set[Any]] = {name: set() for name in identity_fields(kind)}
    for row in rows:
        candidates[row[4]].add(stored_value(row[4], row[5]))
    choices = [sorted(values, key=repr) or [None] for values in candidates.values()]
    if math.prod(len(values) for values in choices) > MAX_COMBINATIONS:
        return None
    for combination in itertools.product(*choices):
        values = dict(zip(candidates, combination))
        if id_matches(kind, pk, values):
            return _record_place(kind, values)
    return None


def sort_rows(admission: Admission | None, rows: Sequence[Row]) -> Sorted:
    """Every change accepted when there is no admission (a merge of trusted changes)."""
    if admission is None:
        return Sorted(accepted=list(rows))
    return admission.sort(rows)
