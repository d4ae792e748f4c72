"""Schools found by the search box: the padrón's columns, the follow-up, and why each matched."""

from __future__ import annotations

from PySide6.QtCore import QObject

from monitor_app.services.schools import SchoolMatch
from monitor_app.ui.models.rows import Column, RowsModel
from monitor_app.ui.widgets.shown import iso_day_text

COD_MOD, ANEXO, CODLOCAL, NAME, LEVEL, DISTRICT, FOLLOW_UP, ASSIGNED = range(8)
COLUMN_COUNT = 8
# The directory fields the table shows; a search match elsewhere is said after the name.
SHOWN_FIELDS = ("cod_mod", "anexo", "codlocal", "cen_edu", "d_niv_mod", "d_dist")


def _anexo_number(match: SchoolMatch) -> int:
    return int(match.school.anexo) if match.school.anexo.isdigit() else -1


class SchoolMatchModel(RowsModel[SchoolMatch]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._field_names = {"cen_pob": self.tr("centro poblado"), "d_dist": self.tr("distrito"),
                             "cen_edu": self.tr("nombre"), "cod_mod": self.tr("código modular"),
                             "codlocal": self.tr("código de local")}
        super().__init__([
            Column(self.tr("Cód. modular"), lambda m: m.school.cod_mod,
                   header_tip=self.tr("Código modular")),
            Column(self.tr("Anexo"), lambda m: m.school.anexo, sort=_anexo_number),
            Column(self.tr("Cód. local"), lambda m: m.school.codlocal,
                   header_tip=self.tr("Código de local")),
            Column(self.tr("Nombre de la IE"), self.name_text, tooltip=self.name_tooltip),
            Column(self.tr("Nivel / modalidad"), lambda m: m.school.d_niv_mod),
            Column(self.tr("Distrito"), lambda m: m.school.d_dist),
            Column(self.tr("Seguimiento"), self.follow_up, sort=self._follow_up_rank,
                   header_tip=self.tr("Compromisos abiertos y última visita")),
            Column(self.tr("Asignada"), self.assigned_text, sort=lambda m: m.assigned,
                   header_tip=self.tr("Asignada a usted por la UGEL")),
        ], parent)

    def name_text(self, match: SchoolMatch) -> str:
        """The name, and where the search matched when no column shown holds it."""
        if not match.hidden_matches:
            return match.school.cen_edu
        where = ", ".join(self._field_names.get(n, n) for n in match.hidden_matches)
        return self.tr("{name} — coincide en: {where}").format(name=match.school.cen_edu,
                                                                where=where)

    def name_tooltip(self, match: SchoolMatch) -> str:
        if not match.hidden_matches:
            return match.school.cen_edu
        return self.tr("{name}\nCoincide en: {where}").format(name=match.school.cen_edu,
                                                              where=self.matched_in(match))

    def follow_up(self, match: SchoolMatch) -> str:
        parts = []
        if match.open_commitments:
            parts.append(self.tr("%n compromiso(s)", "", match.open_commitments))
        if match.last_visit:
            parts.append(self.tr("visita {date}").format(date=iso_day_text(match.last_visit)))
        return " · ".join(parts)

    def assigned_text(self, match: SchoolMatch) -> str:
        return "✓ " + self.tr("Asignada") if match.assigned else ""

    @staticmethod
    def _follow_up_rank(match: SchoolMatch) -> tuple[int, str]:
        return (match.open_commitments, match.last_visit or "")

    def matched_in(self, match: SchoolMatch) -> str:
        return "; ".join(f"{self._field_names.get(name, name)}: {getattr(match.school, name)}"
                         for name in match.hidden_matches)
