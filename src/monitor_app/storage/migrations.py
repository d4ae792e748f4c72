"""Append-only schema migrations, run at start-up. Never edit one that has been released."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from monitor_app.storage.database import GATE_FUNCTION
from monitor_app.storage.migration_names import MIGRATION_NAMES, MIGRATION_SET
from monitor_app.storage.reference_defaults import install_defaults
from monitor_app.storage.stored_review import review_stored_values

migrations = Migrations(MIGRATION_SET)


def guard_triggers(table: str) -> str:
    """Triggers that refuse any write to a synced table made outside the change recorder."""
    refuse = f"SELECT RAISE(ABORT, 'monitor: {table} is written only through change capture')"
    return f"""
    CREATE TRIGGER {table}_guard_insert BEFORE INSERT ON {table}
      WHEN {GATE_FUNCTION}() = 0 BEGIN {refuse}; END;
    CREATE TRIGGER {table}_guard_update BEFORE UPDATE ON {table}
      WHEN {GATE_FUNCTION}() = 0 BEGIN {refuse}; END;
    CREATE TRIGGER {table}_guard_delete BEFORE DELETE ON {table}
      BEGIN SELECT RAISE(ABORT, 'monitor: {table} rows are never deleted, only marked _deleted'); END;
    """


@migrations(name="0001_device_clock_changes")
def m0001(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE device (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          device_id TEXT NOT NULL,
          role TEXT NOT NULL,
          name TEXT NOT NULL,
          ugel TEXT NOT NULL,
          cod_mod TEXT,
          signing_public_key TEXT NOT NULL,
          encryption_public_key TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE TABLE clock (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          last_hlc INTEGER NOT NULL
        );
        INSERT INTO clock (id, last_hlc) VALUES (1, 0);
        CREATE TABLE changes (
          device_id TEXT NOT NULL,
          seq INTEGER NOT NULL,
          tbl TEXT NOT NULL,
          pk TEXT NOT NULL,
          col TEXT NOT NULL,
          value TEXT NOT NULL,
          hlc INTEGER NOT NULL,
          base_hlc INTEGER NOT NULL,
          PRIMARY KEY (device_id, seq)
        ) WITHOUT ROWID;
        CREATE TRIGGER changes_append_only_update BEFORE UPDATE ON changes
          BEGIN SELECT RAISE(ABORT, 'monitor: the change log is append-only'); END;
        CREATE TRIGGER changes_append_only_delete BEFORE DELETE ON changes
          BEGIN SELECT RAISE(ABORT, 'monitor: the change log is append-only'); END;
        CREATE TABLE field_clock (
          tbl TEXT NOT NULL,
          pk TEXT NOT NULL,
          col TEXT NOT NULL,
          hlc INTEGER NOT NULL,
          device_id TEXT NOT NULL,
          seq INTEGER NOT NULL,
          PRIMARY KEY (tbl, pk, col)
        ) WITHOUT ROWID;
        """
    )


@migrations(name="0002_visits_commitments")
def m0002(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE visits (
          id TEXT PRIMARY KEY,
          cod_mod TEXT,
          anexo TEXT,
          date TEXT,
          type TEXT,
          status TEXT,
          notes TEXT,
          _deleted INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX visits_school ON visits (cod_mod, anexo);
        CREATE TABLE commitments (
          id TEXT PRIMARY KEY,
          visit_id TEXT,
          description TEXT,
          responsible TEXT,
          due_date TEXT,
          status TEXT,
          _deleted INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX commitments_visit ON commitments (visit_id);
        """
        + guard_triggers("visits")
        + guard_triggers("commitments")
    )


@migrations(name="0003_school_directory")
def m0003(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE schools (
          cod_mod TEXT NOT NULL, anexo TEXT NOT NULL, codlocal TEXT NOT NULL, cen_edu TEXT NOT NULL,
          niv_mod TEXT, d_niv_mod TEXT, d_forma TEXT, cod_car TEXT, d_cod_car TEXT,
          gestion TEXT, d_gestion TEXT, ges_dep TEXT, d_ges_dep TEXT,
          dir_cen TEXT, localidad TEXT, cen_pob TEXT, dareacenso TEXT,
          codgeo TEXT, d_dpto TEXT, d_prov TEXT, d_dist TEXT, d_region TEXT,
          codooii TEXT, d_dreugel TEXT, nlat_ie REAL, nlong_ie REAL,
          cod_tur TEXT, d_cod_tur TEXT, estado TEXT, d_estado TEXT,
          fechareg TEXT, fecha_act TEXT,
          director TEXT, telefono TEXT, email TEXT,
          updated_hlc INTEGER NOT NULL,
          PRIMARY KEY (cod_mod, anexo)
        );
        CREATE INDEX schools_codlocal ON schools (codlocal);
        CREATE INDEX schools_name ON schools (cen_edu);
        CREATE VIRTUAL TABLE schools_fts USING fts5 (
          cen_edu, cod_mod, codlocal, d_dist, cen_pob,
          content='schools', content_rowid='rowid',
          tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TABLE premises (
          codlocal TEXT NOT NULL, cod_mod TEXT NOT NULL,
          tipolocal TEXT, d_tipoloc TEXT, direccion TEXT, localidad TEXT, referencia TEXT,
          cen_pob TEXT, codgeo TEXT, nom_dpto TEXT, nom_prov TEXT, nom_dist TEXT,
          codugel TEXT, d_dreugel TEXT, d_codarea TEXT, nlatitud REAL, nlongitud REAL,
          statlocal TEXT, d_statloca TEXT,
          updated_hlc INTEGER NOT NULL,
          PRIMARY KEY (codlocal, cod_mod)
        );
        CREATE TABLE directory_imports (
          id INTEGER PRIMARY KEY,
          file_name TEXT NOT NULL,
          format TEXT NOT NULL,
          layout TEXT NOT NULL,
          imported_at TEXT NOT NULL,
          hlc INTEGER NOT NULL,
          new INTEGER NOT NULL, updated INTEGER NOT NULL, unchanged INTEGER NOT NULL,
          rejected INTEGER NOT NULL, out_of_scope INTEGER NOT NULL
        );
        """
    )


@migrations(name="0004_sync_registry")
def m0004(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE office (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          device_id TEXT NOT NULL,
          name TEXT NOT NULL,
          ugel TEXT NOT NULL,
          signing_public_key TEXT NOT NULL,
          encryption_public_key TEXT NOT NULL,
          acked_seq INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE devices (
          device_id TEXT PRIMARY KEY,
          role TEXT NOT NULL,
          name TEXT NOT NULL,
          ugel TEXT NOT NULL,
          cod_mod TEXT,
          signing_public_key TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('held', 'approved', 'revoked')),
          first_seen TEXT NOT NULL,
          changed_at TEXT NOT NULL
        );
        CREATE TABLE bundles (
          bundle_id TEXT PRIMARY KEY,
          device_id TEXT NOT NULL,
          file_name TEXT NOT NULL,
          seq_from INTEGER NOT NULL,
          seq_to INTEGER NOT NULL,
          received_at TEXT NOT NULL,
          outcome TEXT NOT NULL,
          reason TEXT NOT NULL DEFAULT '',
          kept_as TEXT,
          file_sha256 TEXT
        );
        CREATE INDEX bundles_device ON bundles (device_id, outcome);
        CREATE INDEX bundles_file ON bundles (file_sha256);
        """
    )


def synced_table(table: str, columns: str, *indexes: str) -> str:
    """A synced record table: text id, the given columns, the soft-delete mark and its guards.
    Columns have no declared type: a value is stored as the change recorder (and a merge) binds
    it, so numbers stay numbers and codes with leading zeros stay text. Each index is a column
    list, named after its first column."""
    index_sql = "".join(
        f"CREATE INDEX {table}_{cols.split(',')[0].strip()} ON {table} ({cols});\n"
        for cols in indexes
    )
    return (
        f"CREATE TABLE {table} (id TEXT PRIMARY KEY, {columns}, "
        "_deleted INTEGER NOT NULL DEFAULT 0);\n" + index_sql + guard_triggers(table)
    )


@migrations(name="0005_field_records")
def m0005(db: Database) -> None:
    db.executescript(
        """
        ALTER TABLE visits ADD COLUMN specialist;
        ALTER TABLE visits ADD COLUMN start_time;
        ALTER TABLE visits ADD COLUMN end_time;
        ALTER TABLE visits ADD COLUMN modality;
        ALTER TABLE visits ADD COLUMN latitude;
        ALTER TABLE visits ADD COLUMN longitude;
        ALTER TABLE visits ADD COLUMN acta_signed;
        CREATE INDEX visits_date ON visits (date);
        ALTER TABLE commitments ADD COLUMN cge;
        ALTER TABLE commitments ADD COLUMN verified_visit_id;
        ALTER TABLE commitments ADD COLUMN verified_on;
        ALTER TABLE commitments ADD COLUMN verification_note;

        CREATE TABLE catalogue_entries (
          catalogue TEXT NOT NULL, code TEXT NOT NULL,
          label_es TEXT NOT NULL, label_en TEXT NOT NULL,
          position INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1,
          PRIMARY KEY (catalogue, code)
        );
        CREATE TABLE national_drills (
          date TEXT NOT NULL, shift TEXT NOT NULL, time TEXT NOT NULL, hazard TEXT NOT NULL,
          label TEXT NOT NULL DEFAULT '',
          PRIMARY KEY (date, shift)
        );
        CREATE TABLE instruments (
          code TEXT NOT NULL, version INTEGER NOT NULL,
          title TEXT NOT NULL, definition TEXT NOT NULL, sha256 TEXT NOT NULL,
          loaded_at TEXT NOT NULL,
          PRIMARY KEY (code, version)
        );
        CREATE TABLE evidence_files (
          sha256 TEXT PRIMARY KEY, media_type TEXT NOT NULL, data BLOB NOT NULL
        );
        """
        + synced_table("answers", "visit_id, instrument, version, item, "
                       "value, evidence_text, note", "visit_id")
        + synced_table("evidence", "sha256, visit_id, answer_id, grd_plan_id, "
                       "safety_device_id, media_type, width, height, "
                       "size_bytes, caption, taken_on",
                       "visit_id", "answer_id", "grd_plan_id", "safety_device_id", "sha256")
        + synced_table("grd_bodies", "codlocal, body_type, rd_number, rd_date, "
                       "responsible_grd", "codlocal")
        + synced_table("grd_body_members", "body_id, name, role", "body_id")
        + synced_table("grd_plans", "codlocal, year, status, approval_rd, "
                       "approval_date, updated_on, has_risk_map, "
                       "has_evacuation_map, has_isie, protocol_first_aid, "
                       "protocol_socioemotional, protocol_student_handover, "
                       "protocol_fire", "codlocal, year")
        + synced_table("grd_plan_hazards", "plan_id, hazard, months, "
                       "risk_level, has_contingency, contingency_notes",
                       "plan_id")
        + synced_table("brigades", "codlocal, brigade_type, formed_on, "
                       "rd_number", "codlocal")
        + synced_table("brigade_members", "brigade_id, name, member_type, role, "
                       "position, trained_on", "brigade_id")
        + synced_table("drills", "codlocal, date, shift, time, hazard, "
                       "national, students, teachers, staff, "
                       "parents, evacuation_seconds, alarm_worked, "
                       "observations, reported", "codlocal, date")
        + synced_table("safety_devices", "codlocal, device_type, quantity, "
                       "state, location, expiry_date", "codlocal")
        + synced_table("libraries", "codlocal, library_type, dedicated_room, "
                       "responsible, opening_hours, furniture, home_loans, "
                       "plan_lector, inventory_date, space_set_up, "
                       "collection_organised, hours_posted, loan_register, "
                       "plan_lector_activities, enough_furniture", "codlocal")
        + synced_table("library_copies", "library_id, registration_number, title, "
                       "author, publisher, year, isbn, copy_type, "
                       "language, target_level, origin, condition, "
                       "situation", "library_id")
        + synced_table("library_movements", "copy_id, date, quantity, "
                       "reason, note", "copy_id")
        + synced_table("library_loans", "copy_id, reader, out_date, due_date, "
                       "returned_date", "copy_id")
    )
    install_defaults(db.conn)


@migrations(name="0006_merge_verdicts")
def m0006(db: Database) -> None:
    """Changes a merge keeps in the log without applying them (rejected, or waiting for the
    record's creation), where each merged record belongs, the order in which the office
    applied merged changes (what its replies carry on from), what each device acknowledged of
    them, and stored values the new merge rules would refuse (listed only)."""
    db.executescript(
        """
        CREATE TABLE change_verdicts (
          device_id TEXT NOT NULL,
          seq INTEGER NOT NULL,
          tbl TEXT NOT NULL,
          pk TEXT NOT NULL,
          col TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('pending', 'rejected')),
          reason TEXT NOT NULL,
          detail TEXT NOT NULL DEFAULT '',
          waiting_tbl TEXT,
          waiting_pk TEXT,
          PRIMARY KEY (device_id, seq)
        ) WITHOUT ROWID;
        CREATE INDEX change_verdicts_waiting ON change_verdicts (waiting_tbl, waiting_pk)
          WHERE status = 'pending';
        CREATE TABLE record_places (
          tbl TEXT NOT NULL,
          pk TEXT NOT NULL,
          cod_mod TEXT,
          anexo TEXT,
          codlocal TEXT,
          parent_tbl TEXT,
          parent_pk TEXT,
          identity TEXT NOT NULL DEFAULT '{}',
          PRIMARY KEY (tbl, pk)
        ) WITHOUT ROWID;
        CREATE TABLE change_replaces (
          device_id TEXT NOT NULL,
          seq INTEGER NOT NULL,
          replaced_device TEXT NOT NULL,
          replaced_seq INTEGER NOT NULL,
          PRIMARY KEY (device_id, seq, replaced_device, replaced_seq)
        ) WITHOUT ROWID;
        CREATE TABLE arrivals (
          position INTEGER PRIMARY KEY AUTOINCREMENT,
          device_id TEXT NOT NULL,
          seq INTEGER NOT NULL,
          source TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE upstream_acks (
          device_id TEXT PRIMARY KEY,
          seq INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE device_origins (
          device_id TEXT PRIMARY KEY,
          via TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE jurisdictions (
          cod_mod TEXT NOT NULL,
          anexo TEXT NOT NULL,
          ugel_device TEXT NOT NULL,
          PRIMARY KEY (cod_mod, anexo, ugel_device)
        ) WITHOUT ROWID;
        CREATE INDEX jurisdictions_ugel ON jurisdictions (ugel_device);
        ALTER TABLE devices ADD COLUMN encryption_public_key TEXT;
        ALTER TABLE devices ADD COLUMN reply_position INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE devices ADD COLUMN reply_office_seq INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE devices ADD COLUMN reply_digests TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE office ADD COLUMN reply_position INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE office ADD COLUMN reply_office_seq INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE office ADD COLUMN reply_digests TEXT NOT NULL DEFAULT '[]';
        CREATE TABLE stored_value_reviews (
          tbl TEXT NOT NULL,
          pk TEXT NOT NULL,
          col TEXT NOT NULL,
          value TEXT NOT NULL,
          reason TEXT NOT NULL,
          detail TEXT NOT NULL DEFAULT '',
          PRIMARY KEY (tbl, pk, col)
        ) WITHOUT ROWID;
        """
    )
    review_stored_values(db.conn)


@migrations(name="0007_demo_installation")
def m0007(db: Database) -> None:
    """An installation made to try the app with demo data: it never exports nor joins an
    office, so its invented records never reach one."""
    db.executescript("ALTER TABLE device ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;")


@migrations(name="0008_visit_drafts")
def m0008(db: Database) -> None:
    """What a specialist is typing into a visit, kept on this installation only: never in the
    change log, never in a bundle. A value may be half-typed or invalid; saving a section or
    closing the visit validates it into the synced records and drops it from here."""
    db.executescript(
        """
        CREATE TABLE visit_drafts (
          visit_id TEXT NOT NULL,
          field TEXT NOT NULL,
          value TEXT NOT NULL,
          saved_at TEXT NOT NULL,
          PRIMARY KEY (visit_id, field)
        ) WITHOUT ROWID;
        """
    )


@migrations(name="0009_assignments")
def m0009(db: Database) -> None:
    """Which specialist (enrolled device) is assigned which school: a synced record only the
    office writes (D33). Indexed by device, the question a specialist's search asks."""
    db.executescript(synced_table(
        "assignments", "cod_mod, anexo, device_id, specialist, assigned_on", "device_id"))


@migrations(name="0010_commitment_reports")
def m0010(db: Database) -> None:
    """The school's report that a commitment was kept, beside the specialist's verification
    (D34), and photos attached to a commitment (a new evidence target). Existing evidence
    keeps its id: the new key field counts only when set."""
    db.executescript(
        "ALTER TABLE evidence ADD COLUMN commitment_id;\n"
        "CREATE INDEX evidence_commitment_id ON evidence (commitment_id);\n"
        + synced_table("commitment_reports", "commitment_id, reported_on, note, reporter",
                       "commitment_id")
    )


@migrations(name="0011_bundle_photos")
def m0011(db: Database) -> None:
    """How many photo files each bundle received carried (the inbox lists them); 0 for those
    received before."""
    db.executescript("ALTER TABLE bundles ADD COLUMN photos INTEGER NOT NULL DEFAULT 0;")


def registered_migrations() -> list[Migrations._Migration]:
    """Every migration registered here, in order (all are pending on an empty database)."""
    return migrations.pending(Database(memory=True))


def registered_names() -> tuple[str, ...]:
    return tuple(m.name for m in registered_migrations())


if registered_names() != MIGRATION_NAMES:
    raise RuntimeError("storage/migration_names.py does not list the registered migrations")


def apply_migrations(db: Database) -> None:
    migrations.apply(db)
