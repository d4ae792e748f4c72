"""The GRD tab of a school page: the plan and its hazards, the committee and its members,
brigades and their members, drills and safety devices, each table with a filter and editors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from monitor_app.services.context import AppContext
from monitor_app.services.local_records import records_of_local
from monitor_app.services.school_page import school_grd
from monitor_app.ui.editing.record_editing import RecordEditing
from monitor_app.ui.editing.record_panel import RecordPanel
from monitor_app.ui.editing.records_tab import RecordsTab
from monitor_app.ui.models.grd import BrigadeModel, DeviceModel, DrillModel, PlanModel
from monitor_app.ui.models.records import RecordsModel
from monitor_app.ui.widgets.shown import code_word, day_text


class GrdTab(RecordsTab):
    catalogues = ("grd_body_types", "grd_body_roles", "hazards", "brigade_roles")

    def __init__(self, context: Callable[[], AppContext], lang: str,
                 editing: RecordEditing | None, parent: QWidget | None = None) -> None:
        super().__init__(context, lang, editing, parent)
        editable = self.editable
        self.plan_model, self.brigade_model = PlanModel(self), BrigadeModel(self)
        self.drill_model, self.device_model = DrillModel(self), DeviceModel(self)
        self.plans = RecordPanel(self.tr("Planes de GRD"), self.plan_model, {"grd_plans"},
                                 stretch=2, editable=editable)
        self.hazards = RecordPanel(
            self.tr("Peligros del plan seleccionado"),
            RecordsModel("grd_plan_hazards", ("hazard", "risk_level", "months",
                                              "has_contingency", "contingency_notes"), self),
            {"grd_plan_hazards"}, stretch=4, editable=editable)
        self.bodies = RecordPanel(
            self.tr("Comité o comisión de GRD"),
            RecordsModel("grd_bodies", ("body_type", "rd_number", "rd_date", "responsible_grd"),
                         self),
            {"grd_bodies"}, stretch=3, editable=editable)
        self.body_members = RecordPanel(
            self.tr("Integrantes del comité"),
            RecordsModel("grd_body_members", ("name", "role"), self),
            {"grd_body_members"}, stretch=0, editable=editable)
        self.brigades = RecordPanel(self.tr("Brigadas"), self.brigade_model,
                                    {"brigades", "brigade_members"}, stretch=0,
                                    editable=editable)
        self.brigade_members = RecordPanel(
            self.tr("Integrantes de la brigada seleccionada"),
            RecordsModel("brigade_members", ("name", "member_type", "role", "position",
                                             "trained_on"), self),
            {"brigade_members"}, stretch=0, editable=editable)
        self.drills = RecordPanel(self.tr("Simulacros"), self.drill_model, {"drills"},
                                  stretch=2, editable=editable)
        self.devices = RecordPanel(self.tr("Dispositivos de seguridad"), self.device_model,
                                   {"safety_devices"}, stretch=3, editable=editable)
        self._bind()
        self.page(self.tr("&Plan y peligros"), (self.plans, 1), (self.hazards, 2))
        self.page(self.tr("Co&mité"), (self.bodies, 1), (self.body_members, 2))
        self.page(self.tr("&Brigadas"), (self.brigades, 1), (self.brigade_members, 2))
        self.page(self.tr("&Simulacros"), (self.drills, 1))
        self.page(self.tr("&Dispositivos"), (self.devices, 1))

    def _bind(self) -> None:
        lang = self._lang
        self.local_panel(self.plans, "grd_plans",
                         lambda ctx, s: school_grd(ctx, s, lang).plans, lambda p: str(p.year))
        self.detail_panel(self.hazards, "grd_plan_hazards", self.plans,
                          lambda h: self.catalogue_labels["hazards"].get(h["hazard"], ""))
        self.local_panel(self.bodies, "grd_bodies",
                         lambda ctx, s: records_of_local(ctx, s, "grd_bodies"),
                         lambda b: b["rd_number"] or self.tr("sin RD"))
        self.detail_panel(self.body_members, "grd_body_members", self.bodies,
                          lambda m: m["name"])
        self.local_panel(self.brigades, "brigades",
                         lambda ctx, s: school_grd(ctx, s, lang).brigades,
                         lambda b: b.brigade_type)
        self.detail_panel(self.brigade_members, "brigade_members", self.brigades,
                          lambda m: m["name"])
        self.local_panel(self.drills, "drills",
                         lambda ctx, s: school_grd(ctx, s, lang).drills,
                         lambda d: day_text(d.date) + " · " + code_word(d.shift))
        self.local_panel(self.devices, "safety_devices",
                         lambda ctx, s: school_grd(ctx, s, lang).devices,
                         lambda d: d.device_type + " · " + d.location)
