"""Sentences of `acta_commands` (Spanish first, English); merged into cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "help_acta": ("datos del acta de visita (IE, respuestas por sección, fotos, compromisos) en JSON",
                  "a visit report's data (school, answers by section, photos, commitments) as JSON"),
    "help_acta_pdf": ("escribe el acta en PDF (A4) en FILE en vez de imprimir sus datos",
                      "write the acta as a PDF (A4) to FILE instead of printing its data"),
    "acta_pdf_written": ("Acta escrita en {file}.", "Acta written to {file}."),
    "help_acta_thumbnails": ("incluye las miniaturas JPEG en base64",
                             "include the JPEG thumbnails as base64"),
}
