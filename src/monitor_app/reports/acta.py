"""The data of a printable visit report (acta de visita): the school, the visit, the answers of
each instrument by section, the photos, the commitments agreed and followed up, the signature
lines. The GUI renders it to PDF; the command line prints it as JSON."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from monitor_app.core.instrument import Instrument, Item

YES_NO_WORDS = {"es": {"si": "Sí", "no": "No", "na": "No aplica"},
                "en": {"si": "Yes", "no": "No", "na": "Not applicable"}}
NO_ANSWER = {"es": "Sin respuesta", "en": "No answer"}
PHOTO_WORD = {"es": "Foto adjunta", "en": "Photo attached"}
SIGNATURES = {
    "es": ("Especialista que realizó la visita", "Director(a) de la IE"),
    "en": ("Specialist who made the visit", "Head of the school"),
}


@dataclass(frozen=True)
class ActaSchool:
    """The school service visited, as the directory names it ("" for what it lacks)."""

    cod_mod: str
    anexo: str
    name: str = ""
    codlocal: str = ""
    level: str = ""
    district: str = ""
    ugel: str = ""


@dataclass(frozen=True)
class ActaPhoto:
    sha256: str
    caption: str
    thumbnail_jpeg: bytes | None  # None when the photo's file has not reached this database


@dataclass(frozen=True)
class ActaAnswer:
    item_code: str
    item_text: str
    answer: str
    evidence_text: str
    note: str
    photos: tuple[ActaPhoto, ...] = ()


@dataclass(frozen=True)
class ActaSection:
    title: str
    answers: tuple[ActaAnswer, ...]


@dataclass(frozen=True)
class ActaInstrument:
    code: str
    version: int
    title: str
    sections: tuple[ActaSection, ...]
    missing_required: tuple[str, ...]


@dataclass(frozen=True)
class ActaCommitment:
    description: str
    responsible: str
    due_date: str | None
    status: str
    verification_note: str = ""


@dataclass(frozen=True)
class Acta:
    school: ActaSchool
    visit: Mapping[str, Any]  # the visit's fields, type as its label
    instruments: tuple[ActaInstrument, ...]
    photos: tuple[ActaPhoto, ...]  # attached to the visit itself
    commitments_agreed: tuple[ActaCommitment, ...]
    commitments_followed_up: tuple[ActaCommitment, ...]
    signature_lines: tuple[str, ...]


def answer_text(item: Item, value: Any, lang: str = "es") -> str:
    """An answer as the acta prints it: level labels, option labels, Sí/No."""
    if value is None:
        return NO_ANSWER[lang]
    match item.response:
        case "yes_no" | "yes_no_na":
            return YES_NO_WORDS[lang].get(value, str(value))
        case "level":
            level = next((lv for lv in item.levels if lv.value == value), None)
            return str(value) if level is None else level.label
        case "single_choice":
            return next((o.label for o in item.options if o.code == value), str(value))
        case "multiple_choice":
            labels = {o.code: o.label for o in item.options}
            return "; ".join(labels.get(code, code) for code in value)
        case "photo":
            return PHOTO_WORD[lang]
    return str(value)


def acta_instrument(instrument: Instrument, answers: Mapping[str, Mapping[str, Any]],
                    photos_of: Callable[[str], tuple[ActaPhoto, ...]], lang: str = "es"
                    ) -> ActaInstrument:
    """One instrument's page: every item in its section order (unanswered ones too, so the
    printed form shows what is missing), with the answer stored for it."""
    sections = []
    for section in instrument.sections:
        rows = []
        for item in section.items:
            answer = answers.get(item.code, {})
            rows.append(ActaAnswer(
                item.code, item.text, answer_text(item, answer.get("value"), lang),
                answer.get("evidence_text") or "", answer.get("note") or "",
                photos_of(answer["id"]) if answer.get("id") else (),
            ))
        sections.append(ActaSection(section.title, tuple(rows)))
    answered = {code for code, answer in answers.items() if answer.get("value") is not None}
    missing = tuple(item.code for item in instrument.items()
                    if item.required and item.code not in answered)
    return ActaInstrument(instrument.code, instrument.version, instrument.title, tuple(sections),
                          missing)


def acta_commitment(row: Mapping[str, Any]) -> ActaCommitment:
    return ActaCommitment(row["description"], row.get("responsible") or "", row.get("due_date"),
                          row["status"], row.get("verification_note") or "")


def acta(school: ActaSchool, visit: Mapping[str, Any],
         instruments: Sequence[ActaInstrument], photos: Sequence[ActaPhoto],
         agreed: Sequence[Mapping[str, Any]], followed_up: Sequence[Mapping[str, Any]],
         lang: str = "es") -> Acta:
    return Acta(school, visit, tuple(instruments), tuple(photos),
                tuple(acta_commitment(c) for c in agreed),
                tuple(acta_commitment(c) for c in followed_up), SIGNATURES[lang])
