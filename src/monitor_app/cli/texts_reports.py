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
    "help_report_panel": (
        "panel de la oficina: visitas, lista de verificación, GRD, brigadas, bibliotecas",
        "the office's panel: visits, checklist, GRD, brigades, libraries",
    ),
    "help_filter_district": ("solo las IIEE de este distrito (como en el padrón)",
                             "only the schools of this district (as in the padrón)"),
    "help_filter_level": ("solo las IIEE de este nivel o modalidad (como en el padrón)",
                          "only the schools of this level (as in the padrón)"),
    "help_filter_area": ("solo las IIEE de esta área: Rural o Urbana",
                         "only the schools of this area: Rural or Urbana"),
    "help_filter_management": ("solo las IIEE de esta gestión (como en el padrón)",
                               "only the schools under this management (as in the padrón)"),
    "panel_heading": (
        "{schools} IIEE; {visited} visitadas este trimestre; {visits} visitas en los últimos "
        "12 meses.",
        "{schools} schools; {visited} visited this quarter; {visits} visits in the last "
        "12 months.",
    ),
    "panel_library": (
        "{locals} locales; {copies} ejemplares en sus bibliotecas, {loans} préstamos activos.",
        "{locals} premises; {copies} copies in their libraries, {loans} loans out.",
    ),
    "panel_expiring_device": ("  {date}  {device} ×{quantity}  local {codlocal}: {schools}",
                              "  {date}  {device} ×{quantity}  premises {codlocal}: {schools}"),
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
