"""Sentences of `evidence_commands` (Spanish first, English); merged into cli/texts.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "help_evidence": ("evidencias: fotos de visitas, respuestas, planes y dispositivos",
                      "evidence: photos of visits, answers, plans and devices"),
    "help_evidence_add": (("adjunta una foto (se guarda derecha, a 1600 px como máximo y sin "
                          "metadatos: ni GPS ni datos de la cámara)"),
                          ("attach a photo (kept upright, at most 1600 px and without metadata: "
                          "no GPS, no camera data)")),
    "help_evidence_list": ("lista las evidencias (todas, o las de un registro)",
                           "list evidence (all, or one record's)"),
    "help_evidence_export": ("guarda una foto en un archivo", "save a photo to a file"),
    "help_evidence_missing": ("evidencias cuyo archivo de foto aún no llegó",
                              "evidence whose photo file has not arrived yet"),
    "help_evidence_file": ("la foto (JPEG, PNG, WEBP…; hasta 25 MB)",
                           "the photo (JPEG, PNG, WEBP…; up to 25 MB)"),
    "help_evidence_visit": ("id de la visita", "the visit's id"),
    "help_evidence_answer": ("id de la respuesta de una ficha", "the id of an instrument's answer"),
    "help_evidence_plan": ("id del plan de GRD", "the GRD plan's id"),
    "help_evidence_device": ("id del dispositivo de seguridad", "the safety device's id"),
    "help_evidence_commitment": ("id del compromiso (lo que muestra que se cumplió)",
                                 "the commitment's id (what shows it was kept)"),
    "help_evidence_caption": ("leyenda de la foto", "the photo's caption"),
    "help_evidence_taken_on": ("fecha de la foto (AAAA-MM-DD); por defecto la de la cámara",
                               "the photo's date (YYYY-MM-DD); by default the camera's"),
    "help_evidence_with_answers": ("con --visit: también las fotos de sus respuestas",
                                   "with --visit: also its answers' photos"),
    "help_evidence_out": ("archivo o carpeta de destino", "file or folder to write to"),
    "evidence_target_visit_id": ("visita", "visit"),
    "evidence_target_answer_id": ("respuesta", "answer"),
    "evidence_target_grd_plan_id": ("plan de GRD", "GRD plan"),
    "evidence_target_safety_device_id": ("dispositivo", "safety device"),
    "evidence_target_commitment_id": ("compromiso", "commitment"),
    "evidence_attached": (
        ("Foto adjuntada ({target} {target_id}): evidencia {id}, {width}×{height} px, {kb} KB, "
         "archivo {sha256}."),
        ("Photo attached ({target} {target_id}): evidence {id}, {width}×{height} px, {kb} KB, "
         "file {sha256}."),
    ),
    "evidence_line": (("{id}  {target} {target_id}  {width}×{height}  {taken_on}  {caption}\n"
                      "    archivo {sha256}{missing}"),
                      ("{id}  {target} {target_id}  {width}×{height}  {taken_on}  {caption}\n"
                      "    file {sha256}{missing}")),
    "evidence_no_file": ("  [falta el archivo]", "  [file missing]"),
    "evidence_none": ("No hay evidencias.", "There is no evidence."),
    "evidence_exported": ("Foto guardada en {path}.", "Photo saved to {path}."),
    "evidence_nothing_missing": ("No falta ningún archivo de foto.", "No photo file is missing."),
}
