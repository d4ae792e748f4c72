"""A local's library: its profile, copies (with a ledger of quantity movements) and loans."""

from __future__ import annotations

from monitor_app.core.kind_spec import FieldSpec, FieldType, KindSpec, flag
from monitor_app.core.record_rules import no_dni, not_before, not_in_future, not_zero

CONDITIONS = ("bueno", "regular", "malo")
SITUATIONS = ("disponible", "prestado", "de_baja", "extraviado")
FUNCTIONAL_ITEMS = (
    "space_set_up",
    "collection_organised",
    "hours_posted",
    "loan_register",
    "plan_lector_activities",
    "enough_furniture",
)


LIBRARIES = KindSpec(
    "libraries",
    (
        FieldSpec("codlocal", FieldType.CODLOCAL, required=True),
        FieldSpec("library_type", FieldType.CATALOGUE, required=True, catalogue="library_types"),
        flag("dedicated_room"),
        FieldSpec("responsible", FieldType.TEXT, default="", max_length=120),
        FieldSpec("opening_hours", FieldType.TEXT, default="", max_length=200),
        FieldSpec("furniture", FieldType.TEXT, default="", max_length=500),
        flag("home_loans"),
        flag("plan_lector"),
        FieldSpec("inventory_date", FieldType.DATE),
        *(flag(name) for name in FUNCTIONAL_ITEMS),
    ),
    natural_key=("codlocal",),
    rules=(not_in_future("inventory_date"),),
)

LIBRARY_COPIES = KindSpec(
    "library_copies",
    (
        FieldSpec("library_id", FieldType.REFERENCE, required=True, references="libraries"),
        FieldSpec("registration_number", FieldType.TEXT, required=True, max_length=40),
        FieldSpec("title", FieldType.TEXT, required=True, max_length=300),
        FieldSpec("author", FieldType.TEXT, default="", max_length=200),
        FieldSpec("publisher", FieldType.TEXT, default="", max_length=200),
        FieldSpec("year", FieldType.INTEGER, minimum=1450, maximum=2100),
        FieldSpec("isbn", FieldType.ISBN),
        FieldSpec("copy_type", FieldType.CATALOGUE, catalogue="copy_types"),
        FieldSpec("language", FieldType.CATALOGUE, catalogue="languages", default="castellano"),
        FieldSpec("target_level", FieldType.TEXT, default="", max_length=60),
        FieldSpec("origin", FieldType.CATALOGUE, catalogue="copy_origins"),
        FieldSpec("condition", FieldType.CHOICE, choices=CONDITIONS, default="bueno"),
        FieldSpec("situation", FieldType.CHOICE, choices=SITUATIONS, default="disponible"),
    ),
    natural_key=("library_id", "registration_number"),
    unique=True,
)

LIBRARY_MOVEMENTS = KindSpec(
    "library_movements",
    (
        FieldSpec("copy_id", FieldType.REFERENCE, required=True, references="library_copies"),
        FieldSpec("date", FieldType.DATE, required=True),
        FieldSpec("quantity", FieldType.INTEGER, required=True, minimum=-100_000,
                  maximum=100_000),
        FieldSpec("reason", FieldType.CATALOGUE, required=True, catalogue="movement_reasons"),
        FieldSpec("note", FieldType.TEXT, default=""),
    ),
    rules=(not_in_future("date"), not_zero("quantity")),
)

LIBRARY_LOANS = KindSpec(
    "library_loans",
    (
        FieldSpec("copy_id", FieldType.REFERENCE, required=True, references="library_copies"),
        FieldSpec("reader", FieldType.TEXT, required=True, max_length=80),
        FieldSpec("out_date", FieldType.DATE, required=True),
        FieldSpec("due_date", FieldType.DATE, required=True),
        FieldSpec("returned_date", FieldType.DATE),
    ),
    rules=(
        no_dni("reader"),
        not_in_future("out_date"),
        not_in_future("returned_date"),
        not_before("due_date", "out_date"),
        not_before("returned_date", "out_date"),
    ),
)
