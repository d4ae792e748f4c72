"""Sentences of `reporting_commands` (Spanish first, English); merged into cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "help_reporting": (
        "vistas de reportes de una estación PostgreSQL (esquema reporting, para Power BI, "
        "Metabase, Superset)",
        "a PostgreSQL station's reporting views (the reporting schema, for Power BI, Metabase, "
        "Superset)",
    ),
    "help_reporting_refresh": (
        "guarda la lista de verificación de cada IE del ámbito (reporting.checklist); "
        "para cron, una vez al día",
        "stores the checklist of every school in scope (reporting.checklist); for cron, "
        "once a day",
    ),
    "help_reporting_grant": (
        "deja que un rol existente lea las vistas de reporting y nada más",
        "lets an existing role read the reporting views and nothing else",
    ),
    "help_reporting_role": ("rol de PostgreSQL (creado antes por el administrador)",
                            "PostgreSQL role (made beforehand by the administrator)"),
    "help_reporting_revoke": ("quita ese permiso en vez de darlo",
                              "takes that right away instead of giving it"),
    "reporting_refreshed": (
        "Lista de verificación guardada al {date}: {schools} IIEE, {rows} ítems.",
        "Checklist stored as of {date}: {schools} schools, {rows} items.",
    ),
    "reporting_granted": (
        "El rol {role} puede leer las vistas del esquema reporting (y nada más de la estación).",
        "The role {role} may read the views of the reporting schema (and nothing else of the "
        "station).",
    ),
    "reporting_revoked": ("El rol {role} ya no puede leer las vistas del esquema reporting.",
                          "The role {role} may no longer read the views of the reporting schema."),
}
