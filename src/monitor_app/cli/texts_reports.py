"""Sentences of `report_commands` (Spanish first, English); merged into cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "help_checklist": (
        "lista de verificación de una IE: cada ítem con su estado, motivo y qué hacer",
        "a school's checklist: each item with its status, reason and what to do",
    ),
    "help_checklist_anexo": ("anexo del servicio (por defecto el menor, normalmente 0)",
                             "the service's anexo (by default the lowest, usually 0)"),
    "help_as_of": ("fecha de corte AAAA-MM-DD (por defecto, hoy)",
                   "as of this date, YYYY-MM-DD (default: today)"),
    "help_report": ("informes", "reports"),
    "help_report_coverage": ("hoja de cálculo de cobertura (XLSX): IIEE, distritos y resumen",
                             "coverage spreadsheet (XLSX): schools, districts and summary"),
    "checklist_heading": (
        "Lista de verificación de la IE {cod_mod}-{anexo} {name} (local {codlocal}) al {date}",
        "Checklist of school {cod_mod}-{anexo} {name} (premises {codlocal}) as of {date}",
    ),
    "checklist_action": ("Qué hacer: {action}", "What to do: {action}"),
    "coverage_written": (
        "Informe de cobertura guardado en {file}: {schools} IIEE, {visited} visitadas este trimestre.",
        "Coverage report saved to {file}: {schools} schools, {visited} visited this quarter.",
    ),
}
