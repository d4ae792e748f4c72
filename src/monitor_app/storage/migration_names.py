"""The names of every schema migration, in order, readable without importing sqlite-utils.

Start-up compares them with the applied ones to know whether anything is pending; only then is
sqlite-utils (about 75 ms of imports) loaded to apply them. `migrations.py` checks this list
against the migrations it registers.
"""

from __future__ import annotations

MIGRATION_SET = "monitor_app"
MIGRATIONS_TABLE = "_sqlite_migrations"
MIGRATION_NAMES: tuple[str, ...] = (
    "0001_device_clock_changes",
    "0002_visits_commitments",
    "0003_school_directory",
    "0004_sync_registry",
    "0005_field_records",
    "0006_merge_verdicts",
    "0007_demo_installation",
    "0008_visit_drafts",
    "0009_assignments",
    "0010_commitment_reports",
    "0011_bundle_photos",
)
