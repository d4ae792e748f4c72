"""The visit report (acta de visita) of one visit, gathered for printing."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.kinds import kind_named
from monitor_app.core.validation import DELETED, stored_to_record
from monitor_app.reports.acta import Acta, ActaPhoto, ActaSchool, acta, acta_instrument
from monitor_app.services.context import AppContext
from monitor_app.services.evidence import evidence_for, thumbnail
from monitor_app.services.instruments import instrument
from monitor_app.services.records import check_place
from monitor_app.storage.catalogues import catalogue_entries
from monitor_app.storage.records import fetch_row, fetch_rows
from monitor_app.storage.schools import school_by_code

ANSWERS = kind_named("answers")


def _photos(ctx: AppContext, **attached_to: str) -> tuple[ActaPhoto, ...]:
    return tuple(
        ActaPhoto(e.sha256, e.caption, thumbnail(ctx, e.sha256) if e.has_file else None)
        for e in evidence_for(ctx, **attached_to)
    )


def _school(ctx: AppContext, cod_mod: str, anexo: str) -> ActaSchool:
    school = school_by_code(ctx.store, cod_mod, anexo)
    if school is None:  # a visit merged before the directory that lists its school
        return ActaSchool(cod_mod, anexo)
    return ActaSchool(cod_mod, anexo, school.cen_edu, school.codlocal, school.d_niv_mod,
                      school.d_dist, school.d_dreugel)


def visit_acta(ctx: AppContext, visit_id: str, lang: str = "es") -> Acta:
    """Everything the printed acta of a visit shows (the visit in scope; deleted ones are not
    printed)."""
    row = fetch_row(ctx.store, "visits", visit_id)
    if row is None or row[DELETED]:
        raise MonitorError(ErrorCode.RECORD_NOT_FOUND, kind="visits", id=visit_id)
    visit_kind = kind_named("visits")
    check_place(ctx, visit_kind, row)
    visit = stored_to_record(visit_kind, row)
    labels = {e.code: e.label(lang) for e in catalogue_entries(ctx.store, "visit_types")}
    visit["type"] = labels.get(visit["type"], visit["type"])
    by_instrument: dict[tuple[str, int], dict[str, dict[str, Any]]] = defaultdict(dict)
    for answer in fetch_rows(ctx.store, "answers", where=("visit_id", visit_id)):
        record = stored_to_record(ANSWERS, answer)
        by_instrument[(record["instrument"], record["version"])][record["item"]] = record
    pages = [
        acta_instrument(instrument(ctx, code, version), answers,
                        lambda answer_id: _photos(ctx, answer_id=answer_id), lang)
        for (code, version), answers in sorted(by_instrument.items())
    ]
    return acta(
        _school(ctx, visit["cod_mod"], visit["anexo"]), visit, pages,
        _photos(ctx, visit_id=visit_id),
        fetch_rows(ctx.store, "commitments", where=("visit_id", visit_id)),
        fetch_rows(ctx.store, "commitments", where=("verified_visit_id", visit_id)),
        lang,
    )
