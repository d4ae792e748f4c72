"""The catalogue file: the codes and labels of every catalogue, and the national drill calendar.

The app ships one (`resources/catalogues/defaults.json`); a UGEL extends them by importing
another in the same format. Codes are keys and never change; labels may.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError

FORMAT = "monitor-catalogues"
SUPPORTED_VERSION = 1
_CODE = re.compile(r"[a-z0-9_]{1,64}")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
SHIFTS = ("manana", "tarde", "noche")


@dataclass(frozen=True)
class CatalogueCode:
    catalogue: str
    code: str
    label_es: str
    label_en: str
    position: int


@dataclass(frozen=True)
class NationalDrill:
    date: str
    shift: str
    time: str
    hazard: str
    label: str


@dataclass(frozen=True)
class CatalogueFile:
    codes: tuple[CatalogueCode, ...]
    national_drills: tuple[NationalDrill, ...]


def _refuse(name: str, problem: str) -> MonitorError:
    return MonitorError(ErrorCode.CATALOGUE_INVALID, file=name, problem=problem)


def _label(entry: dict[str, Any], lang: str, where: str, name: str) -> str:
    label = entry.get(lang)
    if not isinstance(label, str) or not label.strip() or len(label) > 200:
        raise _refuse(name, f"{where}: falta la etiqueta «{lang}»")
    return label.strip()


def _codes(catalogue: str, entries: Any, name: str) -> list[CatalogueCode]:
    if not _CODE.fullmatch(catalogue) or not isinstance(entries, list):
        raise _refuse(name, f"catálogo «{catalogue}»: se espera una lista de códigos")
    seen: set[str] = set()
    codes = []
    for position, entry in enumerate(entries):
        where = f"{catalogue}[{position}]"
        if not isinstance(entry, dict) or not _CODE.fullmatch(str(entry.get("code", ""))):
            raise _refuse(name, f"{where}: código no válido (minúsculas, dígitos y _)")
        if entry["code"] in seen:
            raise _refuse(name, f"{where}: código repetido «{entry['code']}»")
        seen.add(entry["code"])
        codes.append(CatalogueCode(catalogue, entry["code"], _label(entry, "es", where, name),
                                   _label(entry, "en", where, name), position))
    return codes


def _drill(entry: Any, index: int, name: str) -> NationalDrill:
    where = f"national_drills[{index}]"
    if not isinstance(entry, dict):
        raise _refuse(name, f"{where}: se espera un objeto")
    try:
        date = dt.date.fromisoformat(str(entry.get("date"))).isoformat()
    except ValueError:
        raise _refuse(name, f"{where}: fecha no válida (AAAA-MM-DD)") from None
    if entry.get("shift") not in SHIFTS:
        raise _refuse(name, f"{where}: turno no válido ({', '.join(SHIFTS)})")
    if not _TIME.fullmatch(str(entry.get("time", ""))):
        raise _refuse(name, f"{where}: hora no válida (HH:MM)")
    if not _CODE.fullmatch(str(entry.get("hazard", ""))):
        raise _refuse(name, f"{where}: peligro no válido")
    return NationalDrill(date, entry["shift"], entry["time"], entry["hazard"],
                         str(entry.get("label", ""))[:200])


def parse_catalogue_file(document: Any, name: str) -> CatalogueFile:
    """Every code and drill date of a catalogue file, or one refusal naming what is wrong."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refuse(name, f"no es un archivo de catálogos («format»: «{FORMAT}»)")
    if document.get("version") != SUPPORTED_VERSION:
        raise _refuse(name, f"versión {document.get('version')!r} no soportada; actualice la app")
    catalogues = document.get("catalogues", {})
    drills = document.get("national_drills", [])
    if not isinstance(catalogues, dict) or not isinstance(drills, list):
        raise _refuse(name, "«catalogues» debe ser un objeto y «national_drills» una lista")
    codes = [code for catalogue, entries in catalogues.items()
             for code in _codes(catalogue, entries, name)]
    # A drill's hazard is checked against the catalogues once this file is merged with the
    # stored ones: a file may add a drill for a hazard it does not list itself.
    parsed = [_drill(entry, i, name) for i, entry in enumerate(drills)]
    return CatalogueFile(tuple(codes), tuple(parsed))
