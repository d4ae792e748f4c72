"""Sentences of `acta_commands` (Spanish first, English); merged into cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "help_acta": ("datos del acta de visita (IE, respuestas por sección, fotos, compromisos) en JSON",
                  "a visit report's data (school, answers by section, photos, commitments) as JSON"),
    "help_acta_thumbnails": ("incluye las miniaturas JPEG en base64",
                             "include the JPEG thumbnails as base64"),
}
