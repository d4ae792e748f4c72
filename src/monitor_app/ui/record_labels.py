"""Spanish labels (translated) for the fields and kinds of the GRD and library records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordLabels", text)


def kind_label(kind: str) -> str:
    """One record of the kind, as a noun ("Brigada")."""
    names = {
        "grd_bodies": _t("Comité o comisión de GRD"),
        "grd_body_members": _t("Integrante del comité"),
        "grd_plans": _t("Plan de GRD"),
        "grd_plan_hazards": _t("Peligro del plan"),
        "brigades": _t("Brigada"),
        "brigade_members": _t("Integrante de brigada"),
        "drills": _t("Simulacro"),
        "safety_devices": _t("Dispositivo de seguridad"),
        "libraries": _t("Perfil de la biblioteca"),
        "library_copies": _t("Ejemplar"),
        "library_movements": _t("Movimiento del registro"),
        "library_loans": _t("Préstamo"),
    }
    return names.get(kind, kind)


def field_label(field: str) -> str:
    """A field's label; the same name means the same thing in every kind."""
    labels = {
        "body_type": _t("Tipo de órgano"),
        "rd_number": _t("Número de RD"),
        "rd_date": _t("Fecha de la RD"),
        "responsible_grd": _t("Responsable de GRD"),
        "name": _t("Nombre (estudiantes: alias o iniciales)"),
        "role": _t("Cargo"),
        "year": _t("Año"),
        "status": _t("Estado"),
        "approval_rd": _t("RD de aprobación"),
        "approval_date": _t("Fecha de aprobación"),
        "updated_on": _t("Última actualización"),
        "has_risk_map": _t("Tiene mapa de riesgos"),
        "has_evacuation_map": _t("Tiene mapa de evacuación"),
        "has_isie": _t("Tiene ISIE"),
        "protocol_first_aid": _t("Protocolo de primeros auxilios"),
        "protocol_socioemotional": _t("Protocolo de soporte socioemocional"),
        "protocol_student_handover": _t("Protocolo de entrega de estudiantes"),
        "protocol_fire": _t("Protocolo contra incendios"),
        "hazard": _t("Peligro"),
        "months": _t("Meses de mayor riesgo"),
        "risk_level": _t("Nivel de riesgo"),
        "has_contingency": _t("Tiene plan de contingencia"),
        "contingency_notes": _t("Notas del plan de contingencia"),
        "brigade_type": _t("Tipo de brigada"),
        "formed_on": _t("Fecha de conformación"),
        "member_type": _t("Integrante es"),
        "position": _t("Titular o alterno"),
        "trained_on": _t("Fecha de capacitación"),
        "date": _t("Fecha"),
        "shift": _t("Turno"),
        "time": _t("Hora (HH:MM)"),
        "national": _t("Simulacro nacional"),
        "students": _t("Estudiantes participantes"),
        "teachers": _t("Docentes participantes"),
        "staff": _t("Personal participante"),
        "parents": _t("Padres y madres participantes"),
        "evacuation_seconds": _t("Tiempo de evacuación (segundos)"),
        "alarm_worked": _t("La alarma funcionó"),
        "observations": _t("Observaciones"),
        "reported": _t("Reportado"),
        "device_type": _t("Tipo de dispositivo"),
        "quantity": _t("Cantidad"),
        "state": _t("Estado"),
        "location": _t("Ubicación"),
        "expiry_date": _t("Fecha de vencimiento"),
        "library_type": _t("Tipo de biblioteca"),
        "dedicated_room": _t("Tiene ambiente propio"),
        "responsible": _t("Responsable"),
        "opening_hours": _t("Horario de atención"),
        "furniture": _t("Mobiliario"),
        "home_loans": _t("Presta libros a domicilio"),
        "plan_lector": _t("Tiene Plan Lector"),
        "inventory_date": _t("Fecha del inventario"),
        "space_set_up": _t("Espacio implementado"),
        "collection_organised": _t("Colección organizada"),
        "hours_posted": _t("Horario publicado"),
        "loan_register": _t("Lleva registro de préstamos"),
        "plan_lector_activities": _t("Actividades del Plan Lector"),
        "enough_furniture": _t("Mobiliario suficiente"),
        "registration_number": _t("Número de registro"),
        "title": _t("Título"),
        "author": _t("Autor"),
        "publisher": _t("Editorial"),
        "isbn": _t("ISBN"),
        "copy_type": _t("Tipo de material"),
        "language": _t("Idioma"),
        "target_level": _t("Nivel al que se dirige"),
        "origin": _t("Procedencia"),
        "condition": _t("Estado de conservación"),
        "situation": _t("Situación"),
        "reason": _t("Motivo"),
        "note": _t("Nota"),
        "reader": _t("Lector (alias)"),
        "out_date": _t("Fecha de préstamo"),
        "due_date": _t("Fecha de devolución prevista"),
        "returned_date": _t("Fecha de devolución"),
    }
    return labels.get(field, field)


def month_names() -> list[str]:
    return [_t("Ene"), _t("Feb"), _t("Mar"), _t("Abr"), _t("May"), _t("Jun"), _t("Jul"),
            _t("Ago"), _t("Set"), _t("Oct"), _t("Nov"), _t("Dic")]
