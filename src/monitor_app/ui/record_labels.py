"""Spanish labels (translated) for the fields and kinds of the GRD and library records."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


MONTHS = (
    QT_TRANSLATE_NOOP("RecordLabels", "Ene"), QT_TRANSLATE_NOOP("RecordLabels", "Feb"),
    QT_TRANSLATE_NOOP("RecordLabels", "Mar"), QT_TRANSLATE_NOOP("RecordLabels", "Abr"),
    QT_TRANSLATE_NOOP("RecordLabels", "May"), QT_TRANSLATE_NOOP("RecordLabels", "Jun"),
    QT_TRANSLATE_NOOP("RecordLabels", "Jul"), QT_TRANSLATE_NOOP("RecordLabels", "Ago"),
    QT_TRANSLATE_NOOP("RecordLabels", "Set"), QT_TRANSLATE_NOOP("RecordLabels", "Oct"),
    QT_TRANSLATE_NOOP("RecordLabels", "Nov"), QT_TRANSLATE_NOOP("RecordLabels", "Dic"),
)


def kind_label(kind: str) -> str:
    """One record of the kind, as a noun ("Brigada")."""
    names = {
        "grd_bodies": QCoreApplication.translate("RecordLabels", "Comité o comisión de GRD"),
        "grd_body_members": QCoreApplication.translate("RecordLabels", "Integrante del comité"),
        "grd_plans": QCoreApplication.translate("RecordLabels", "Plan de GRD"),
        "grd_plan_hazards": QCoreApplication.translate("RecordLabels", "Peligro del plan"),
        "brigades": QCoreApplication.translate("RecordLabels", "Brigada"),
        "brigade_members": QCoreApplication.translate("RecordLabels", "Integrante de brigada"),
        "drills": QCoreApplication.translate("RecordLabels", "Simulacro"),
        "safety_devices": QCoreApplication.translate("RecordLabels", "Dispositivo de seguridad"),
        "libraries": QCoreApplication.translate("RecordLabels", "Perfil de la biblioteca"),
        "library_copies": QCoreApplication.translate("RecordLabels", "Ejemplar"),
        "library_movements": QCoreApplication.translate("RecordLabels", "Movimiento del registro"),
        "library_loans": QCoreApplication.translate("RecordLabels", "Préstamo"),
    }
    return names.get(kind, kind)


def field_label(field: str) -> str:
    """A field's label; the same name means the same thing in every kind."""
    labels = {
        "body_type": QCoreApplication.translate("RecordLabels", "Tipo de órgano"),
        "rd_number": QCoreApplication.translate("RecordLabels", "Número de RD"),
        "rd_date": QCoreApplication.translate("RecordLabels", "Fecha de la RD"),
        "responsible_grd": QCoreApplication.translate("RecordLabels", "Responsable de GRD"),
        "name": QCoreApplication.translate(
            "RecordLabels", "Nombre (estudiantes: alias o iniciales)"),
        "role": QCoreApplication.translate("RecordLabels", "Cargo"),
        "year": QCoreApplication.translate("RecordLabels", "Año"),
        "status": QCoreApplication.translate("RecordLabels", "Estado"),
        "approval_rd": QCoreApplication.translate("RecordLabels", "RD de aprobación"),
        "approval_date": QCoreApplication.translate("RecordLabels", "Fecha de aprobación"),
        "updated_on": QCoreApplication.translate("RecordLabels", "Última actualización"),
        "has_risk_map": QCoreApplication.translate("RecordLabels", "Tiene mapa de riesgos"),
        "has_evacuation_map": QCoreApplication.translate(
            "RecordLabels", "Tiene mapa de evacuación"),
        "has_isie": QCoreApplication.translate("RecordLabels", "Tiene ISIE"),
        "protocol_first_aid": QCoreApplication.translate(
            "RecordLabels", "Protocolo de primeros auxilios"),
        "protocol_socioemotional": QCoreApplication.translate(
            "RecordLabels", "Protocolo de soporte socioemocional"),
        "protocol_student_handover": QCoreApplication.translate(
            "RecordLabels", "Protocolo de entrega de estudiantes"),
        "protocol_fire": QCoreApplication.translate("RecordLabels", "Protocolo contra incendios"),
        "hazard": QCoreApplication.translate("RecordLabels", "Peligro"),
        "months": QCoreApplication.translate("RecordLabels", "Meses de mayor riesgo"),
        "risk_level": QCoreApplication.translate("RecordLabels", "Nivel de riesgo"),
        "has_contingency": QCoreApplication.translate("RecordLabels", "Tiene plan de contingencia"),
        "contingency_notes": QCoreApplication.translate(
            "RecordLabels", "Notas del plan de contingencia"),
        "brigade_type": QCoreApplication.translate("RecordLabels", "Tipo de brigada"),
        "formed_on": QCoreApplication.translate("RecordLabels", "Fecha de conformación"),
        "member_type": QCoreApplication.translate("RecordLabels", "Integrante es"),
        "position": QCoreApplication.translate("RecordLabels", "Titular o alterno"),
        "trained_on": QCoreApplication.translate("RecordLabels", "Fecha de capacitación"),
        "date": QCoreApplication.translate("RecordLabels", "Fecha"),
        "shift": QCoreApplication.translate("RecordLabels", "Turno"),
        "time": QCoreApplication.translate("RecordLabels", "Hora (HH:MM)"),
        "national": QCoreApplication.translate("RecordLabels", "Simulacro nacional"),
        "students": QCoreApplication.translate("RecordLabels", "Estudiantes participantes"),
        "teachers": QCoreApplication.translate("RecordLabels", "Docentes participantes"),
        "staff": QCoreApplication.translate("RecordLabels", "Personal participante"),
        "parents": QCoreApplication.translate("RecordLabels", "Padres y madres participantes"),
        "evacuation_seconds": QCoreApplication.translate(
            "RecordLabels", "Tiempo de evacuación (segundos)"),
        "alarm_worked": QCoreApplication.translate("RecordLabels", "La alarma funcionó"),
        "observations": QCoreApplication.translate("RecordLabels", "Observaciones"),
        "reported": QCoreApplication.translate("RecordLabels", "Reportado"),
        "device_type": QCoreApplication.translate("RecordLabels", "Tipo de dispositivo"),
        "quantity": QCoreApplication.translate("RecordLabels", "Cantidad"),
        "state": QCoreApplication.translate("RecordLabels", "Estado"),
        "location": QCoreApplication.translate("RecordLabels", "Ubicación"),
        "expiry_date": QCoreApplication.translate("RecordLabels", "Fecha de vencimiento"),
        "library_type": QCoreApplication.translate("RecordLabels", "Tipo de biblioteca"),
        "dedicated_room": QCoreApplication.translate("RecordLabels", "Tiene ambiente propio"),
        "responsible": QCoreApplication.translate("RecordLabels", "Responsable"),
        "opening_hours": QCoreApplication.translate("RecordLabels", "Horario de atención"),
        "furniture": QCoreApplication.translate("RecordLabels", "Mobiliario"),
        "home_loans": QCoreApplication.translate("RecordLabels", "Presta libros a domicilio"),
        "plan_lector": QCoreApplication.translate("RecordLabels", "Tiene Plan Lector"),
        "inventory_date": QCoreApplication.translate("RecordLabels", "Fecha del inventario"),
        "space_set_up": QCoreApplication.translate("RecordLabels", "Espacio implementado"),
        "collection_organised": QCoreApplication.translate("RecordLabels", "Colección organizada"),
        "hours_posted": QCoreApplication.translate("RecordLabels", "Horario publicado"),
        "loan_register": QCoreApplication.translate("RecordLabels", "Lleva registro de préstamos"),
        "plan_lector_activities": QCoreApplication.translate(
            "RecordLabels", "Actividades del Plan Lector"),
        "enough_furniture": QCoreApplication.translate("RecordLabels", "Mobiliario suficiente"),
        "registration_number": QCoreApplication.translate("RecordLabels", "Número de registro"),
        "title": QCoreApplication.translate("RecordLabels", "Título"),
        "author": QCoreApplication.translate("RecordLabels", "Autor"),
        "publisher": QCoreApplication.translate("RecordLabels", "Editorial"),
        "isbn": QCoreApplication.translate("RecordLabels", "ISBN"),
        "copy_type": QCoreApplication.translate("RecordLabels", "Tipo de material"),
        "language": QCoreApplication.translate("RecordLabels", "Idioma"),
        "target_level": QCoreApplication.translate("RecordLabels", "Nivel al que se dirige"),
        "origin": QCoreApplication.translate("RecordLabels", "Procedencia"),
        "condition": QCoreApplication.translate("RecordLabels", "Estado de conservación"),
        "situation": QCoreApplication.translate("RecordLabels", "Situación"),
        "reason": QCoreApplication.translate("RecordLabels", "Motivo"),
        "note": QCoreApplication.translate("RecordLabels", "Nota"),
        "reader": QCoreApplication.translate("RecordLabels", "Lector (alias)"),
        "out_date": QCoreApplication.translate("RecordLabels", "Fecha de préstamo"),
        "due_date": QCoreApplication.translate("RecordLabels", "Fecha de devolución prevista"),
        "returned_date": QCoreApplication.translate("RecordLabels", "Fecha de devolución"),
    }
    return labels.get(field, field)


def month_names() -> list[str]:
    return [QCoreApplication.translate("RecordLabels", month) for month in MONTHS]
