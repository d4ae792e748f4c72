"""How each kind of record (a table of the change log) reads on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls


def kind_label(table: str) -> str:
    """The kind's name in the window's language; an unknown table keeps its own name."""
    labels = {
        "visits": translate("KindNames", "Visitas"),
        "answers": translate("KindNames", "Respuestas de visitas"),
        "commitments": translate("KindNames", "Compromisos"),
        "commitment_reports": translate("KindNames", "Cumplimientos informados por la IE"),
        "evidence": translate("KindNames", "Evidencias (fotos)"),
        "grd_bodies": translate("KindNames", "Comisiones de GRD"),
        "grd_body_members": translate("KindNames", "Integrantes de comisiones"),
        "grd_plans": translate("KindNames", "Planes de GRD"),
        "grd_plan_hazards": translate("KindNames", "Peligros de los planes"),
        "brigades": translate("KindNames", "Brigadas"),
        "brigade_members": translate("KindNames", "Integrantes de brigadas"),
        "drills": translate("KindNames", "Simulacros"),
        "safety_devices": translate("KindNames", "Equipos de seguridad"),
        "libraries": translate("KindNames", "Bibliotecas"),
        "library_copies": translate("KindNames", "Ejemplares"),
        "library_movements": translate("KindNames", "Movimientos de ejemplares"),
        "library_loans": translate("KindNames", "Préstamos"),
    }
    return labels.get(table, table)
