"""A visit filled in on the form: drafts kept as the specialist types, sections saved through
the same validation as any put, and closing that says exactly what is still missing.

A draft (`storage/drafts.py`) is local and unsynced: it may hold half-typed or invalid values
and never enters the change log. What syncs is what the specialist saves: a section (its
answers, and the visit's own drafted fields) or the whole visit when closing it. A save is one
transaction: every drafted value of it is valid and written, or nothing is and each problem is
named by its field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.instrument import Instrument, Item, missing_evidence, missing_required
from monitor_app.core.kinds import kind_named
from monitor_app.core.validation import DELETED, stored_to_record
from monitor_app.core.visit_kinds import VISITS
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.services.instruments import instrument
from monitor_app.services.records import PutReport, put_one
from monitor_app.services.visit_checks import CLOSED
from monitor_app.storage.answers import answered_items
from monitor_app.storage.drafts import (
    DraftedVisit,
    draft_values,
    drafted_visits,
    drop_draft_values,
    save_draft_value,
)
from monitor_app.storage.records import fetch_row, fetch_rows

ANSWER_PARTS = ("value", "evidence_text", "note")
VISIT_FIELDS = tuple(spec.name for spec in VISITS.fields
                     if spec.name not in ("cod_mod", "anexo", "status"))
InstrumentVersion = tuple[str, int]


# -- draft fields ---------------------------------------------------------------------------

def visit_field(name: str) -> str:
    """The draft field of one of the visit's own fields (notes, times...)."""
    if name not in VISIT_FIELDS:
        raise ValueError(f"not a visit field a form drafts: {name}")
    return json.dumps(["visit", name])


def answer_field(instrument_code: str, version: int, item: str, part: str = "value") -> str:
    """The draft field of an answer's value, written evidence or note."""
    if part not in ANSWER_PARTS:
        raise ValueError(f"not a part of an answer: {part}")
    return json.dumps(["answer", instrument_code, version, item, part], ensure_ascii=False)


@dataclass(frozen=True)
class _AnswerField:
    instrument: str
    version: int
    item: str
    part: str


def _answer_field(name: str) -> _AnswerField | None:
    parts = json.loads(name)
    if parts[0] != "answer":
        return None
    return _AnswerField(parts[1], parts[2], parts[3], parts[4])


def _visit_field_name(name: str) -> str | None:
    parts = json.loads(name)
    return parts[1] if parts[0] == "visit" else None


def _live_visit(ctx: AppContext, visit_id: str) -> dict[str, Any]:
    row = fetch_row(ctx.store, "visits", visit_id)
    if row is None or row[DELETED]:
        raise MonitorError(ErrorCode.REFERENCE_NOT_FOUND, field="visit_id", value=visit_id)
    return row


def save_draft(ctx: AppContext, visit_id: str, draft_field: str, value: Any) -> None:
    """Keep what is typed in one field of a visit's form (any value, valid or not)."""
    save_drafts(ctx, visit_id, {draft_field: value})


def save_drafts(ctx: AppContext, visit_id: str, typed: Mapping[str, Any]) -> None:
    """Keep several typed fields at once (what the form gathered since its last save)."""
    ctx.require_identity()
    _live_visit(ctx, visit_id)
    for draft_field in typed:
        if _answer_field(draft_field) is None and _visit_field_name(draft_field) is None:
            raise ValueError(f"not a draft field: {draft_field}")
    with ctx.transaction():
        saved_at = ctx.now_iso()
        for draft_field, value in typed.items():
            save_draft_value(ctx.store.conn, visit_id, draft_field,
                             json.dumps(value, ensure_ascii=False), saved_at)


def visit_draft(ctx: AppContext, visit_id: str) -> dict[str, Any]:
    """The visit's draft: draft field -> the value as it was typed."""
    ctx.require_identity()
    return {name: json.loads(value)
            for name, value in draft_values(ctx.store.conn, visit_id).items()}


def visits_with_drafts(ctx: AppContext) -> list[DraftedVisit]:
    """Visits left with unsaved typing (after closing the window or a power cut)."""
    ctx.require_identity()
    return drafted_visits(ctx.store.conn)


def discard_draft(ctx: AppContext, visit_id: str) -> None:
    ctx.require_identity()
    with ctx.transaction():
        drop_draft_values(ctx.store.conn, visit_id)


# -- the form -------------------------------------------------------------------------------

@dataclass(frozen=True)
class AnswerFields:
    """An item's answer as the form shows it: saved values with drafted ones over them."""

    value: Any = None
    evidence_text: str = ""
    note: str = ""
    drafted: frozenset[str] = frozenset()  # the parts that come from the draft


@dataclass(frozen=True)
class VisitForm:
    visit: dict[str, Any]  # the saved visit with its drafted fields over it
    instrument: Instrument
    answers: dict[str, AnswerFields]  # item code -> what the form shows
    drafted: frozenset[str] = frozenset()  # the visit's own fields that come from the draft


def _saved_answers(ctx: AppContext, visit_id: str, code: str, version: int
                   ) -> dict[str, dict[str, Any]]:
    kind = kind_named("answers")
    rows = fetch_rows(ctx.store, "answers", where=("visit_id", visit_id))
    return {row["item"]: stored_to_record(kind, row) for row in rows
            if (row["instrument"], row["version"]) == (code, version)}


def visit_form(ctx: AppContext, visit_id: str, instrument_code: str,
               version: int | None = None) -> VisitForm:
    """What the form shows for a visit filled with one instrument version."""
    loaded = instrument(ctx, instrument_code, version)
    visit = stored_to_record(VISITS, _live_visit(ctx, visit_id))
    saved = _saved_answers(ctx, visit_id, loaded.code, loaded.version)
    drafted_answers: dict[str, dict[str, Any]] = {}
    drafted_visit: dict[str, Any] = {}
    for name, value in visit_draft(ctx, visit_id).items():
        target = _answer_field(name)
        if target is None:
            drafted_visit[_visit_field_name(name) or ""] = value
        elif (target.instrument, target.version) == (loaded.code, loaded.version):
            drafted_answers.setdefault(target.item, {})[target.part] = value
    answers = {}
    for item in loaded.items():
        shown = {**saved.get(item.code, {}), **drafted_answers.get(item.code, {})}
        answers[item.code] = AnswerFields(shown.get("value"), shown.get("evidence_text") or "",
                                          shown.get("note") or "",
                                          frozenset(drafted_answers.get(item.code, {})))
    return VisitForm({**visit, **drafted_visit}, loaded, answers, frozenset(drafted_visit))


# -- saving ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldProblem:
    """Why a save was refused: the draft field to show it beside (None: the visit as a whole,
    e.g. its date no longer allowed when closing), and the refusal."""

    draft_field: str | None
    error: MonitorError


@dataclass(frozen=True)
class FormSave:
    """What a save did: how many records it wrote, or the problems that stopped it (then
    nothing was written and the draft is kept)."""

    written: int = 0
    problems: tuple[FieldProblem, ...] = ()
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        return not self.problems


class _Refused(Exception):
    """Unwinds a save's transaction when any of its fields was refused."""


def typed_answer(item: Item, typed: Any) -> Any:
    """The answer a typed value stands for: empty text is no answer; a level or number typed
    as text becomes a number (a decimal comma or point). What does not convert is given back
    as typed, for the instrument's check to refuse in the specialist's words."""
    if isinstance(typed, str):
        text = typed.strip()
        if not text:
            return None
        if item.response == "level" and text.isdigit():
            return int(text)
        if item.response == "number":
            return _number(text)
        if item.response == "date":
            return _iso_date(text)
        return typed
    if typed == []:
        return None
    return typed


def _iso_date(text: str) -> str:
    """dd/mm/aaaa (as people write dates in Peru) as the ISO date answers store; anything else
    as typed."""
    parts = text.split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
        day, month, year = (int(p) for p in parts)
        return f"{year:04d}-{month:02d}-{day:02d}"
    return text


def _number(text: str) -> Any:
    normalised = text.replace(",", ".") if text.count(",") == 1 and "." not in text else text
    try:
        return int(normalised)
    except ValueError:
        pass
    try:
        value = float(normalised)
    except ValueError:
        return text
    return value if value == value and abs(value) != float("inf") else text


def _answer_record(loaded: Instrument, visit_id: str, item_code: str,
                   parts: Mapping[str, Any]) -> dict[str, Any]:
    record: dict[str, Any] = {"visit_id": visit_id, "instrument": loaded.code,
                              "version": loaded.version, "item": item_code}
    item = loaded.item(item_code)
    for part, typed in parts.items():
        record[part] = typed_answer(item, typed) if item and part == "value" else typed
    return record


def _save(ctx: AppContext, visit_id: str, drafted: Mapping[str, Any],
          instruments: Mapping[InstrumentVersion, Instrument], *,
          close: bool = False) -> tuple[FormSave, list[FieldProblem]]:
    """Put the drafted fields given (and the status `cerrada` when closing), all or nothing;
    the fields written leave the draft."""
    visit_fields: dict[str, Any] = {}
    answers: dict[tuple[InstrumentVersion, str], dict[str, Any]] = {}
    names: dict[tuple[InstrumentVersion, str] | str, list[str]] = {}
    for name, value in drafted.items():
        target = _answer_field(name)
        if target is None:
            column = _visit_field_name(name) or ""
            visit_fields[column] = value
            names.setdefault(column, []).append(name)
        else:
            key = ((target.instrument, target.version), target.item)
            answers.setdefault(key, {})[target.part] = value
            names.setdefault(key, []).append(name)
    report, visit_report = PutReport(), PutReport()
    problems: list[FieldProblem] = []
    try:
        with ctx.recording() as rec:
            for (version_key, item_code), parts in sorted(answers.items()):
                record = _answer_record(instruments[version_key], visit_id, item_code, parts)
                try:
                    put_one(ctx, rec, kind_named("answers"), record, report)
                except MonitorError as refusal:
                    problems += [FieldProblem(n, refusal) for n in names[(version_key, item_code)]
                                 if _answer_field(n).part == _part_at_fault(refusal)]  # type: ignore[union-attr]
            if visit_fields or (close and not problems):
                problems += _put_visit(ctx, rec, visit_id, visit_fields, names, visit_report,
                                       close)
            if problems:
                raise _Refused
            drop_draft_values(ctx.store.conn, visit_id, drafted)
    except _Refused:
        return FormSave(problems=tuple(problems)), problems
    return FormSave(len(report.created) + len(report.updated)
                    + len(visit_report.created) + len(visit_report.updated), (),
                    report.changes("answers") | visit_report.changes("visits")), problems


def _part_at_fault(refusal: MonitorError) -> str:
    """The part of an answer a refusal is about (the value, unless it names another field)."""
    named = refusal.params.get("field")
    return named if named in ANSWER_PARTS else "value"


def _put_visit(ctx: AppContext, rec: Any, visit_id: str, fields: dict[str, Any],
               names: Mapping[Any, list[str]], report: PutReport, close: bool
               ) -> list[FieldProblem]:
    record = {"id": visit_id, **{name: _typed_visit_field(name, value)
                                 for name, value in fields.items()}}
    if close:
        record["status"] = CLOSED
    try:
        put_one(ctx, rec, VISITS, record, report)
    except MonitorError as refusal:
        named = refusal.params.get("field")
        at_fault: list[str | None] = list(names[named]) if named in fields else [None]
        return [FieldProblem(name, refusal) for name in at_fault]
    return []


def _typed_visit_field(name: str, value: Any) -> Any:
    if isinstance(value, str) and not value.strip() and name != "notes":
        return None
    if name in ("latitude", "longitude") and isinstance(value, str):
        return _number(value.strip())
    return value


def _instruments_of(ctx: AppContext, drafted: Mapping[str, Any],
                    extra: Iterable[InstrumentVersion] = ()) -> dict[InstrumentVersion, Instrument]:
    wanted = {(t.instrument, t.version) for name in drafted
              if (t := _answer_field(name)) is not None} | set(extra)
    return {key: instrument(ctx, *key) for key in sorted(wanted)}


def save_section(ctx: AppContext, visit_id: str, instrument_code: str, version: int,
                 section_code: str) -> FormSave:
    """Save the drafted answers of one section, and the visit's own drafted fields."""
    _live_visit(ctx, visit_id)
    loaded = instrument(ctx, instrument_code, version)
    section = next((s for s in loaded.sections if s.code == section_code), None)
    if section is None:
        raise ValueError(f"{instrument_code} v{version} has no section {section_code}")
    codes = {item.code for item in section.items}
    drafted = {name: value for name, value in visit_draft(ctx, visit_id).items()
               if (t := _answer_field(name)) is None
               or ((t.instrument, t.version) == (loaded.code, loaded.version) and t.item in codes)}
    saved, _ = _save(ctx, visit_id, drafted, {(loaded.code, loaded.version): loaded})
    return saved


# -- closing --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClosingGap:
    """What keeps a visit from closing: an item left unanswered, or an answer without the
    evidence its item requires."""

    instrument: str
    version: int
    section: str  # its title
    item: str
    text: str
    reason: str  # "required" | "evidence"


def closing_gaps(ctx: AppContext, visit_id: str,
                 filled_with: Iterable[InstrumentVersion] = ()) -> list[ClosingGap]:
    """Every gap of the saved answers, in each instrument's order: the instruments answered in
    the visit and those it is being filled with (`filled_with`), even with nothing answered."""
    covered = answered_items(ctx.store, visit_id)
    gaps: list[ClosingGap] = []
    for key in sorted(set(covered) | set(filled_with)):
        loaded = instrument(ctx, *key)
        answered, evidenced = covered.get(key, (set(), set()))
        missing = set(missing_required(loaded, answered))
        unproven = set(missing_evidence(loaded, evidenced, answered))
        for section in loaded.sections:
            for item in section.items:
                for reason, codes in (("required", missing), ("evidence", unproven)):
                    if item.code in codes:
                        gaps.append(ClosingGap(loaded.code, loaded.version, section.title,
                                               item.code, item.text, reason))
    return gaps


@dataclass(frozen=True)
class VisitClosing:
    """A close: closed, or the drafted fields refused and the gaps left (nothing written)."""

    closed: bool
    problems: tuple[FieldProblem, ...] = ()
    gaps: tuple[ClosingGap, ...] = ()
    changes: Changes = field(default_factory=Changes)


def close_visit(ctx: AppContext, visit_id: str,
                filled_with: Iterable[InstrumentVersion] = ()) -> VisitClosing:
    """Save the whole draft and close the visit, in one transaction; when a drafted value is
    refused or the instruments are incomplete, nothing is written and the answer says what is
    missing. The gaps are judged on the saved answers with the draft's valid values over them."""
    _live_visit(ctx, visit_id)
    filled_with = list(filled_with)
    drafted = visit_draft(ctx, visit_id)
    instruments = _instruments_of(ctx, drafted, filled_with)
    gaps: list[ClosingGap] = []
    try:
        with ctx.transaction():
            saved, problems = _save(ctx, visit_id, drafted, instruments)
            if problems:
                return VisitClosing(False, tuple(problems))
            gaps = closing_gaps(ctx, visit_id, instruments)
            if gaps:
                raise _Refused
            closing, problems = _save(ctx, visit_id, {}, instruments, close=True)
            if problems:
                raise _Refused
    except _Refused:
        return VisitClosing(False, tuple(problems), tuple(gaps))
    return VisitClosing(True, changes=saved.changes | closing.changes)
