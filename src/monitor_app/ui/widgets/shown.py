"""How values read in the window: dates as dd/mm/aaaa, the records' choice codes as words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale


def day_text(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def iso_day_text(value: str | None) -> str:
    return day_text(dt.date.fromisoformat(value)) if value else ""


def day_sort(day: dt.date | None) -> int:
    return day.toordinal() if day else 0


def number_text(value: int) -> str:
    return QLocale().toString(value)


def code_word(code: str) -> str:
    """A choice code of the records (visit status, plan status, shift...) in the window's
    language; an unknown code is shown as it is."""
    words = {
        "planificada": QCoreApplication.translate("CodeWords", "Planificada"),
        "en_curso": QCoreApplication.translate("CodeWords", "En curso"),
        "cerrada": QCoreApplication.translate("CodeWords", "Cerrada"),
        "anulada": QCoreApplication.translate("CodeWords", "Anulada"),
        "pendiente": QCoreApplication.translate("CodeWords", "Pendiente"),
        "en_proceso": QCoreApplication.translate("CodeWords", "En proceso"),
        "cumplido": QCoreApplication.translate("CodeWords", "Cumplido"),
        "no_cumplido": QCoreApplication.translate("CodeWords", "No cumplido"),
        "anulado": QCoreApplication.translate("CodeWords", "Anulado"),
        "no_tiene": QCoreApplication.translate("CodeWords", "No tiene"),
        "en_elaboracion": QCoreApplication.translate("CodeWords", "En elaboración"),
        "aprobado": QCoreApplication.translate("CodeWords", "Aprobado"),
        "actualizado": QCoreApplication.translate("CodeWords", "Actualizado"),
        "manana": QCoreApplication.translate("CodeWords", "Mañana"),
        "tarde": QCoreApplication.translate("CodeWords", "Tarde"),
        "noche": QCoreApplication.translate("CodeWords", "Noche"),
        "operativo": QCoreApplication.translate("CodeWords", "Operativo"),
        "por_reponer": QCoreApplication.translate("CodeWords", "Por reponer"),
        "vencido": QCoreApplication.translate("CodeWords", "Vencido"),
        "bueno": QCoreApplication.translate("CodeWords", "Bueno"),
        "regular": QCoreApplication.translate("CodeWords", "Regular"),
        "malo": QCoreApplication.translate("CodeWords", "Malo"),
        "disponible": QCoreApplication.translate("CodeWords", "Disponible"),
        "prestado": QCoreApplication.translate("CodeWords", "Prestado"),
        "de_baja": QCoreApplication.translate("CodeWords", "De baja"),
        "extraviado": QCoreApplication.translate("CodeWords", "Extraviado"),
        "bajo": QCoreApplication.translate("CodeWords", "Bajo"),
        "medio": QCoreApplication.translate("CodeWords", "Medio"),
        "alto": QCoreApplication.translate("CodeWords", "Alto"),
        "muy_alto": QCoreApplication.translate("CodeWords", "Muy alto"),
        "docente": QCoreApplication.translate("CodeWords", "Docente"),
        "personal": QCoreApplication.translate("CodeWords", "Personal"),
        "estudiante": QCoreApplication.translate("CodeWords", "Estudiante"),
        "padre_madre": QCoreApplication.translate("CodeWords", "Padre o madre"),
        "titular": QCoreApplication.translate("CodeWords", "Titular"),
        "alterno": QCoreApplication.translate("CodeWords", "Alterno"),
    }
    return words.get(code, code)
