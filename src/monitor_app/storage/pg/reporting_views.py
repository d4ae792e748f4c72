"""The `reporting` schema's views on a PostgreSQL station, for BI tools (docs/national.md).

Written here in PostgreSQL's own dialect (SQLite has no schemas, and nothing on a laptop reads
them). Each view shows live records only (`_deleted = 0`), dates as `date`, flags as `boolean`,
a catalogue code beside its Spanish label, and the school's (or the local's) names from the
padrón. Contacts of the padrón (director, phone, e-mail) are left out: a BI role has no need of
them. The column lists are documented in docs/national.md; a test checks both agree.
"""

from __future__ import annotations

from collections.abc import Iterable

SCHEMA = "reporting"
CHECKLIST_TABLE = "school_checklists"

# Built from the station's rows; derived, so a new definition drops and refills it.
CHECKLIST_TABLE_SQL = (
    f"CREATE TABLE {CHECKLIST_TABLE} ("
    'cod_mod TEXT COLLATE "C" NOT NULL, anexo TEXT COLLATE "C" NOT NULL, '
    'codlocal TEXT COLLATE "C" NOT NULL, position INTEGER NOT NULL, '
    'item TEXT COLLATE "C" NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL, '
    "status_word TEXT NOT NULL, reason TEXT NOT NULL, action TEXT NOT NULL, "
    "reason_key TEXT NOT NULL, action_key TEXT NOT NULL, params JSONB NOT NULL, "
    "as_of DATE NOT NULL, refreshed_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (cod_mod, anexo, item))"
)
CHECKLIST_COLUMNS = ("cod_mod", "anexo", "codlocal", "position", "item", "title", "status",
                     "status_word", "reason", "action", "reason_key", "action_key", "params",
                     "as_of", "refreshed_at")

FUNCTIONS = (
    # A stored ISO date as a date; anything else (never stored by validation, but a view must
    # not fail on one old value) as NULL.
    f"CREATE OR REPLACE FUNCTION {SCHEMA}.iso_date(value text) RETURNS date "
    "LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN "
    "IF value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN RETURN value::date; END IF; RETURN NULL; "
    "EXCEPTION WHEN others THEN RETURN NULL; END $$",
)


def _date(column: str) -> str:
    return f"{SCHEMA}.iso_date(t.{column})"


def _flag(column: str) -> str:
    return f"(t.{column} <> 0)"  # NULL (never said) stays NULL


def _label(column: str, catalogue: str) -> str:
    return (f"(SELECT e.label_es FROM catalogue_entries e WHERE e.catalogue = '{catalogue}' "
            f"AND e.code = t.{column})")


_SCHOOL_JOIN = ("LEFT JOIN schools s ON s.cod_mod = t.cod_mod "
                "AND s.anexo = coalesce(nullif(t.anexo, ''), '0')")
_SCHOOL = ("s.cen_edu AS school_name, s.d_niv_mod AS level, s.codooii AS ugel_code, "
           "s.d_dreugel AS ugel_name, s.d_region AS region, s.d_prov AS province, "
           "s.d_dist AS district")
_LOCAL = ("l.schools AS local_schools, l.ugel_code, l.ugel_name, l.region, l.province, "
          "l.district")


def _columns(*items: str | tuple[str, str]) -> str:
    """`t.name` for a plain name, `expression AS name` for a pair."""
    return ", ".join(f"t.{item}" if isinstance(item, str) else f"{item[0]} AS {item[1]}"
                     for item in items)


def _view(name: str, select: str) -> tuple[str, str]:
    return name, f"CREATE OR REPLACE VIEW {SCHEMA}.{name} AS {select}"


def _school_level(name: str, table: str, columns: str) -> tuple[str, str]:
    return _view(name, f"SELECT {columns}, {_SCHOOL} FROM {table} t {_SCHOOL_JOIN} "
                       "WHERE t._deleted = 0")


def _local_level(name: str, table: str, columns: str, join: str = "",
                 local: str = "t.codlocal") -> tuple[str, str]:
    """A record of a local (or of a record of one, `join`ed, whose `local` names it)."""
    return _view(name, f"SELECT {columns}, {_LOCAL} FROM {table} t {join} "
                       f"LEFT JOIN {SCHEMA}.locals l ON l.codlocal = {local} WHERE t._deleted = 0")


def _views() -> Iterable[tuple[str, str]]:
    yield _view("schools", (
        "SELECT t.cod_mod, t.anexo, t.codlocal, t.cen_edu AS school_name, t.niv_mod AS level_code, "
        "t.d_niv_mod AS level, t.d_forma AS form, t.d_gestion AS management, "
        "t.d_ges_dep AS dependency, t.d_cod_car AS characteristic, t.dir_cen AS address, "
        "t.cen_pob AS populated_centre, t.dareacenso AS area, t.codgeo AS ubigeo, "
        "t.d_dpto AS department, t.d_region AS region, t.d_prov AS province, "
        "t.d_dist AS district, t.codooii AS ugel_code, t.d_dreugel AS ugel_name, "
        "t.nlat_ie AS latitude, t.nlong_ie AS longitude, t.d_cod_tur AS shift, "
        "t.d_estado AS padron_status FROM schools t"))
    yield _view("locals", (
        "SELECT codlocal, string_agg(cen_edu || ' (' || cod_mod || '-' || anexo || ')', ' / ' "
        "ORDER BY cod_mod, anexo) AS schools, count(*) AS services, min(codooii) AS ugel_code, "
        "min(d_dreugel) AS ugel_name, min(d_region) AS region, min(d_prov) AS province, "
        "min(d_dist) AS district FROM schools GROUP BY codlocal"))
    yield _school_level("visits", "visits", _columns(
        "id", "cod_mod", "anexo", (_date("date"), "date"), "type",
        (_label("type", "visit_types"), "type_label"), "status", "modality", "specialist",
        "start_time", "end_time", "latitude", "longitude", (_flag("acta_signed"), "acta_signed"),
        "notes"))
    yield _view("commitments", (
        "SELECT t.id, t.visit_id, v.cod_mod, v.anexo, "
        f"{SCHEMA}.iso_date(v.date) AS visit_date, t.description, t.responsible, "
        f"{_date('due_date')} AS due_date, t.status, t.cge, {_label('cge', 'cge')} AS cge_label, "
        f"t.verified_visit_id, {_date('verified_on')} AS verified_on, t.verification_note, "
        f"(SELECT max({SCHEMA}.iso_date(r.reported_on)) FROM commitment_reports r "
        "WHERE r.commitment_id = t.id AND r._deleted = 0) AS reported_on, "
        f"{_SCHOOL} FROM commitments t JOIN visits v ON v.id = t.visit_id AND v._deleted = 0 "
        "LEFT JOIN schools s ON s.cod_mod = v.cod_mod "
        "AND s.anexo = coalesce(nullif(v.anexo, ''), '0') WHERE t._deleted = 0"))
    yield _view("commitment_reports", (
        f"SELECT t.id, t.commitment_id, v.cod_mod, v.anexo, {_date('reported_on')} AS reported_on, "
        f"t.reporter, t.note, {_SCHOOL} FROM commitment_reports t "
        "JOIN commitments c ON c.id = t.commitment_id AND c._deleted = 0 "
        "JOIN visits v ON v.id = c.visit_id AND v._deleted = 0 "
        "LEFT JOIN schools s ON s.cod_mod = v.cod_mod "
        "AND s.anexo = coalesce(nullif(v.anexo, ''), '0') WHERE t._deleted = 0"))
    yield _school_level("assignments", "assignments", _columns(
        "id", "cod_mod", "anexo", "device_id", "specialist", (_date("assigned_on"), "assigned_on")))
    yield _local_level("grd_plans", "grd_plans", _columns(
        "id", "codlocal", "year", "status", "approval_rd",
        (_date("approval_date"), "approval_date"),
        (_date("updated_on"), "updated_on"), *((_flag(f), f) for f in (
            "has_risk_map", "has_evacuation_map", "has_isie", "protocol_first_aid",
            "protocol_socioemotional", "protocol_student_handover", "protocol_fire"))))
    yield _local_level("grd_plan_hazards", "grd_plan_hazards", _columns(
        "id", "plan_id", ("p.codlocal", "codlocal"), ("p.year", "plan_year"), "hazard",
        (_label("hazard", "hazards"), "hazard_label"), "months", "risk_level",
        (_flag("has_contingency"), "has_contingency"), "contingency_notes"),
        join="JOIN grd_plans p ON p.id = t.plan_id AND p._deleted = 0", local="p.codlocal")
    yield _local_level("grd_bodies", "grd_bodies", _columns(
        "id", "codlocal", "body_type", (_label("body_type", "grd_body_types"), "body_type_label"),
        "rd_number", (_date("rd_date"), "rd_date"), "responsible_grd",
        ("(SELECT count(*) FROM grd_body_members m WHERE m.body_id = t.id AND m._deleted = 0)",
         "members")))
    yield _local_level("grd_body_members", "grd_body_members", _columns(
        "id", "body_id", ("b.codlocal", "codlocal"), ("b.body_type", "body_type"), "name", "role",
        (_label("role", "grd_body_roles"), "role_label")),
        join="JOIN grd_bodies b ON b.id = t.body_id AND b._deleted = 0", local="b.codlocal")
    yield _local_level("brigades", "brigades", _columns(
        "id", "codlocal", "brigade_type",
        (_label("brigade_type", "brigade_types"), "brigade_type_label"),
        (_date("formed_on"), "formed_on"), "rd_number",
        ("(SELECT count(*) FROM brigade_members m WHERE m.brigade_id = t.id AND m._deleted = 0)",
         "members")))
    yield _local_level("brigade_members", "brigade_members", _columns(
        "id", "brigade_id", ("b.codlocal", "codlocal"), ("b.brigade_type", "brigade_type"), "name",
        "member_type", "role", (_label("role", "brigade_roles"), "role_label"), "position",
        (_date("trained_on"), "trained_on")),
        join="JOIN brigades b ON b.id = t.brigade_id AND b._deleted = 0", local="b.codlocal")
    yield _local_level("drills", "drills", _columns(
        "id", "codlocal", (_date("date"), "date"), "shift", "time", "hazard",
        (_label("hazard", "hazards"), "hazard_label"), (_flag("national"), "national"),
        "students", "teachers", "staff", "parents", "evacuation_seconds",
        (_flag("alarm_worked"), "alarm_worked"), (_flag("reported"), "reported"), "observations"))
    yield _local_level("safety_devices", "safety_devices", _columns(
        "id", "codlocal", "device_type",
        (_label("device_type", "device_types"), "device_type_label"),
        "quantity", "state", "location", (_date("expiry_date"), "expiry_date")))
    yield _local_level("libraries", "libraries", _columns(
        "id", "codlocal", "library_type",
        (_label("library_type", "library_types"), "library_type_label"),
        "responsible", "opening_hours", "furniture", (_date("inventory_date"), "inventory_date"),
        *((_flag(f), f) for f in (
            "dedicated_room", "home_loans", "plan_lector", "space_set_up", "collection_organised",
            "hours_posted", "loan_register", "plan_lector_activities", "enough_furniture")),
        ("(SELECT count(*) FROM library_copies c WHERE c.library_id = t.id AND c._deleted = 0)",
         "copies")))
    yield _local_level("library_copies", "library_copies", _columns(
        "id", "library_id", ("b.codlocal", "codlocal"), "registration_number", "title", "author",
        "publisher", "year", "isbn", "copy_type",
        (_label("copy_type", "copy_types"), "copy_type_label"),
        "language", "target_level", "origin", (_label("origin", "copy_origins"), "origin_label"),
        "condition", "situation"),
        join="JOIN libraries b ON b.id = t.library_id AND b._deleted = 0", local="b.codlocal")
    yield _view("devices", (
        "SELECT t.device_id, t.role, t.name, t.ugel AS ugel_code, t.cod_mod, t.status, "
        "t.first_seen::timestamptz AS first_seen, t.changed_at::timestamptz AS changed_at, "
        "(SELECT max(b.received_at)::timestamptz FROM bundles b WHERE b.device_id = t.device_id "
        "AND b.outcome = 'merged') AS last_merged_at FROM devices t"))
    yield _view("bundles", (
        "SELECT t.bundle_id, t.device_id, d.name AS device_name, d.role AS device_role, "
        "t.file_name, t.seq_from, t.seq_to, t.received_at::timestamptz AS received_at, "
        "t.outcome, t.reason, t.photos FROM bundles t "
        "LEFT JOIN devices d ON d.device_id = t.device_id"))
    yield _view("checklist", (
        "SELECT t.cod_mod, t.anexo, t.codlocal, t.position AS item_position, t.item, "
        "t.title AS item_title, t.status, t.status_word, t.reason, t.action, t.reason_key, "
        f"t.action_key, t.params, t.as_of, t.refreshed_at, {_SCHOOL} "
        f"FROM {CHECKLIST_TABLE} t {_SCHOOL_JOIN}"))


VIEWS: tuple[tuple[str, str], ...] = tuple(_views())
