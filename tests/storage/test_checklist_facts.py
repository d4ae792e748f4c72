"""The checklist's facts read back from records written through the services: by local and by
código modular, deleted records left out, one school and all schools alike."""

from __future__ import annotations

import datetime as dt

from monitor_app.core.checklist import (
    BrigadeFacts,
    BrigadeMemberFacts,
    CommitmentFacts,
    DeviceFacts,
    DrillFacts,
    GrdBodyFacts,
    LibraryFacts,
    PlanFacts,
    SchoolFacts,
)
from monitor_app.core.directory import School
from monitor_app.services.context import AppContext
from monitor_app.services.records import delete_record
from monitor_app.storage.checklist_facts import (
    all_facts,
    national_dates,
    school_facts,
    school_services,
)
from tests.checklist_records import put, record_school
from tests.conftest import SCHOOL_A, SCHOOL_B, add_schools

D = dt.date
# Another service (secundaria) sharing SCHOOL_A's premises.
SCHOOL_A_SECUNDARIA = School(cod_mod="0700001", anexo="0", codlocal=SCHOOL_A.codlocal,
                             cen_edu="017 SECUNDARIA", d_dist="EL AGUSTINO", codooii="150105")


def _service(ctx: AppContext, school: School):  # type: ignore[no-untyped-def]
    [service] = school_services(ctx.store, school.cod_mod)
    return service


def test_a_schools_facts_are_what_was_recorded(ctx: AppContext) -> None:
    record_school(ctx, SCHOOL_A)
    facts = school_facts(ctx.store, _service(ctx, SCHOOL_A))
    assert sorted(facts.plans, key=lambda p: p.year) == [
        PlanFacts(2023, "aprobado"), PlanFacts(2024, "aprobado", D(2024, 3, 15))]
    assert facts.grd_body == GrdBodyFacts("comite_condiciones_operativas", "RD 005-2024",
                                          D(2024, 3, 1), members=2)
    assert facts.brigades == (BrigadeFacts("educacion_ambiental_grd", (
        BrigadeMemberFacts("escolar", D(2024, 4, 10)), BrigadeMemberFacts("lider", D(2024, 4, 10)),
    )),)
    assert sorted(facts.drills, key=lambda d: d.date) == [DrillFacts(D(2024, 5, 31), True),
                                                          DrillFacts(D(2024, 8, 15), True)]
    assert sorted(facts.devices, key=lambda d: d.device_type) == [
        DeviceFacts("botiquin", 1, "operativo", None),
        DeviceFacts("extintor", 2, "operativo", D(2024, 11, 20))]
    assert facts.library == LibraryFacts(D(2024, 7, 1), frozenset({
        "space_set_up", "collection_organised", "hours_posted", "plan_lector_activities",
        "enough_furniture"}), "Prof. Rosa")
    assert sorted(facts.commitments, key=lambda c: c.status) == [
        CommitmentFacts("cumplido", D(2024, 6, 30)), CommitmentFacts("pendiente", D(2025, 1, 15))]


def test_a_school_without_records_has_empty_facts(ctx: AppContext) -> None:
    record_school(ctx, SCHOOL_A)
    assert school_facts(ctx.store, _service(ctx, SCHOOL_B)) == SchoolFacts()


def test_deleted_records_do_not_count(ctx: AppContext) -> None:
    written = record_school(ctx, SCHOOL_A)
    delete_record(ctx, "grd_plans", written.plan)
    delete_record(ctx, "grd_body_members", written.body_members[0])
    delete_record(ctx, "drills", written.drills[0])
    delete_record(ctx, "visits", written.visits[1])  # its open commitment goes with it
    delete_record(ctx, "libraries", written.library)
    facts = school_facts(ctx.store, _service(ctx, SCHOOL_A))
    assert [p.year for p in facts.plans] == [2023]
    assert facts.grd_body is not None and facts.grd_body.members == 1
    assert [d.date for d in facts.drills] == [D(2024, 8, 15)]
    assert facts.commitments == (CommitmentFacts("cumplido", D(2024, 6, 30)),)
    assert facts.library is None


def test_commitments_of_an_annulled_visit_do_not_count(ctx: AppContext) -> None:
    written = record_school(ctx, SCHOOL_A)
    put(ctx, "visits", {"id": written.visits[1], "status": "anulada"})
    facts = school_facts(ctx.store, _service(ctx, SCHOOL_A))
    assert [c.status for c in facts.commitments] == ["cumplido"]


def test_a_brigade_without_members_is_listed_empty(ctx: AppContext) -> None:
    put(ctx, "brigades", {"codlocal": SCHOOL_B.codlocal, "brigade_type": "primeros_auxilios"})
    facts = school_facts(ctx.store, _service(ctx, SCHOOL_B))
    assert facts.brigades == (BrigadeFacts("primeros_auxilios", ()),)


def test_services_sharing_a_local_share_its_facts_but_not_their_commitments(ctx: AppContext) -> None:
    add_schools(ctx, SCHOOL_A_SECUNDARIA)
    record_school(ctx, SCHOOL_A)
    primaria = school_facts(ctx.store, _service(ctx, SCHOOL_A))
    secundaria = school_facts(ctx.store, _service(ctx, SCHOOL_A_SECUNDARIA))
    assert secundaria.grd_body == primaria.grd_body and secundaria.library == primaria.library
    assert secundaria.commitments == () and len(primaria.commitments) == 2


def test_all_schools_at_once_give_each_school_the_same_facts(ctx: AppContext) -> None:
    add_schools(ctx, SCHOOL_A_SECUNDARIA)
    record_school(ctx, SCHOOL_A)
    put(ctx, "drills", {"codlocal": SCHOOL_B.codlocal, "date": "2024-10-01", "shift": "tarde",
                        "hazard": "sismo"})
    index = all_facts(ctx.store)
    for service in school_services(ctx.store):
        assert index.facts(service.codlocal, service.cod_mod) == school_facts(ctx.store, service)


def test_the_national_calendar_is_read_as_dates(ctx: AppContext) -> None:
    days = national_dates(ctx.store)
    assert D(2024, 8, 15) in days and list(days) == sorted(set(days))
