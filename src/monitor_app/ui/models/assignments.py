"""The office's assignments page: specialists with how many schools they have, the schools
assigned to one, and the schools a search offers to assign."""

from __future__ import annotations

from PySide6.QtCore import QObject

from monitor_app.core.directory import School
from monitor_app.services.assignments import Assignment, SpecialistSchools
from monitor_app.ui.models.rows import Column, RowsModel
from monitor_app.ui.widgets.shown import iso_day_text

SPECIALIST, SCHOOL_COUNT = range(2)
CODE, SCHOOL_NAME, DISTRICT, SINCE = range(4)
CANDIDATE_CODE, CANDIDATE_NAME, CANDIDATE_LEVEL, CANDIDATE_DISTRICT = range(4)


def _code(cod_mod: str, anexo: str) -> str:
    return f"{cod_mod}-{anexo}"


class SpecialistModel(RowsModel[SpecialistSchools]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Especialista"), lambda s: s.name, tooltip=lambda s: s.device_id),
            Column(self.tr("IIEE asignadas"), lambda s: str(len(s.schools)),
                   sort=lambda s: len(s.schools)),
        ], parent)


class AssignedSchoolModel(RowsModel[Assignment]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Cód. modular"), lambda a: _code(a.cod_mod, a.anexo),
                   header_tip=self.tr("Código modular y anexo")),
            Column(self.tr("Nombre de la IE"), lambda a: a.school_name or "?"),
            Column(self.tr("Distrito"), lambda a: a.district),
            Column(self.tr("Asignada desde"), lambda a: iso_day_text(a.assigned_on or ""),
                   sort=lambda a: a.assigned_on or ""),
        ], parent)


class CandidateModel(RowsModel[School]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Cód. modular"), lambda s: _code(s.cod_mod, s.anexo),
                   header_tip=self.tr("Código modular y anexo")),
            Column(self.tr("Nombre de la IE"), lambda s: s.cen_edu),
            Column(self.tr("Nivel / modalidad"), lambda s: s.d_niv_mod),
            Column(self.tr("Distrito"), lambda s: s.d_dist),
        ], parent)
