"""Sentences of `demo_commands` (Spanish first, English); merged into cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "help_demo": (
        "llena la base con una UGEL de demostración (visitas, GRD, bibliotecas…)",
        "fill the database with a demo UGEL (visits, GRD, libraries…)",
    ),
    "help_demo_seed": (
        "semilla: la misma semilla el mismo día da los mismos datos (por defecto: 1)",
        "seed: the same seed on the same day gives the same data (default: 1)",
    ),
    "demo_directory": (
        "Padrón de demostración (UGEL 05 Lima) importado: {rows} IIEE.",
        "Demo directory (UGEL 05 Lima) imported: {rows} schools.",
    ),
    "demo_no_schools": (
        "No hay IIEE activas en su ámbito: no se creó nada.",
        "There are no active schools in your scope: nothing was created.",
    ),
    "demo_filled": (
        "Demostración (semilla {seed}): {services} IIEE en {locals} locales.",
        "Demo (seed {seed}): {services} schools on {locals} premises.",
    ),
    "demo_capped": (
        "Hay {in_scope} IIEE activas en su ámbito; la demostración llena a lo más {cap}.",
        "There are {in_scope} active schools in your scope; the demo fills at most {cap}.",
    ),
    "demo_unchanged": (
        "Sin cambios: la demostración con la semilla {seed} ya estaba cargada.",
        "Unchanged: the demo with seed {seed} was already loaded.",
    ),
}
