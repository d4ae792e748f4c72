"""The one error type the app raises for refusals: a code plus the values its message needs."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    DB_NOT_FOUND = "db_not_found"
    DB_NOT_MONITOR = "db_not_monitor"
    DB_NEWER_SCHEMA = "db_newer_schema"
    PG_PASSWORD_IN_ADDRESS = "pg_password_in_address"
    PG_DRIVER_MISSING = "pg_driver_missing"
    PG_UNREACHABLE = "pg_unreachable"
    PG_STATEMENT_FAILED = "pg_statement_failed"
    PG_ROLE_NOT_OFFICE = "pg_role_not_office"
    MOVE_NEEDS_SERVER = "move_needs_server"
    PG_NOT_IN_WINDOW = "pg_not_in_window"
    PG_NOT_A_STATION_YET = "pg_not_a_station_yet"
    NATIONAL_WITHOUT_CODE = "national_without_code"
    PG_DUMP_MISSING = "pg_dump_missing"
    PG_DUMP_FAILED = "pg_dump_failed"
    PG_BACKUP_RESTORE_MANUAL = "pg_backup_restore_manual"
    REPORTING_NEEDS_POSTGRES = "reporting_needs_postgres"
    REPORTING_ROLE_MISSING = "reporting_role_missing"
    DB_NOT_INITIALISED = "db_not_initialised"
    DB_READ_ONLY = "db_read_only"
    DB_LOCKED = "db_locked"
    DISK_FULL = "disk_full"
    ALREADY_INITIALISED = "already_initialised"
    SCHOOL_REQUIRED_FOR_DIRECTOR = "school_required_for_director"
    SCHOOL_NOT_ALLOWED_FOR_ROLE = "school_not_allowed_for_role"
    INVALID_UGEL_CODE = "invalid_ugel_code"
    INVALID_COD_MOD = "invalid_cod_mod"
    INVALID_NAME = "invalid_name"
    UNKNOWN_KIND = "unknown_kind"
    UNKNOWN_FIELD = "unknown_field"
    WRONG_TYPE = "wrong_type"
    INVALID_VALUE = "invalid_value"
    REQUIRED_FIELD = "required_field"
    READ_ONLY_FIELD = "read_only_field"
    MALFORMED_JSON = "malformed_json"
    NOT_AN_OBJECT = "not_an_object"
    RECORD_NOT_FOUND = "record_not_found"
    REFERENCE_NOT_FOUND = "reference_not_found"
    SCHOOL_NOT_FOUND = "school_not_found"
    LOCAL_NOT_FOUND = "local_not_found"
    OUT_OF_SCOPE = "out_of_scope"
    FILE_NOT_FOUND = "file_not_found"
    FILE_UNREADABLE = "file_unreadable"
    UNKNOWN_FILE_FORMAT = "unknown_file_format"
    DBF_BAD_HEADER = "dbf_bad_header"
    DBF_TRUNCATED = "dbf_truncated"
    MISSING_COLUMNS = "missing_columns"
    XLSX_INVALID = "xlsx_invalid"
    CSV_INVALID = "csv_invalid"
    CANCELLED = "cancelled"
    ROLE_FORBIDS = "role_forbids"
    BUNDLE_REFUSED = "bundle_refused"
    NOT_AN_OFFICE_BUNDLE = "not_an_office_bundle"
    OFFICE_MISMATCH = "office_mismatch"
    DIRECTOR_BUNDLE_MISMATCH = "director_bundle_mismatch"
    DEVICE_NOT_FOUND = "device_not_found"
    CONFLICT_NOT_FOUND = "conflict_not_found"
    NOT_IN_CONFLICT = "not_in_conflict"
    KEY_FIELD_CHANGED = "key_field_changed"
    DUPLICATE_RECORD = "duplicate_record"
    DATE_IN_FUTURE = "date_in_future"
    DATE_BEFORE = "date_before"
    OUT_OF_RANGE = "out_of_range"
    INVALID_ISBN = "invalid_isbn"
    NOT_IN_CATALOGUE = "not_in_catalogue"
    LOOKS_LIKE_DNI = "looks_like_dni"
    INSTRUMENT_NOT_FOUND = "instrument_not_found"
    INSTRUMENT_INVALID = "instrument_invalid"
    ITEM_NOT_FOUND = "item_not_found"
    ANSWER_OUT_OF_SCALE = "answer_out_of_scale"
    EVIDENCE_NOT_AN_IMAGE = "evidence_not_an_image"
    EVIDENCE_TOO_LARGE = "evidence_too_large"
    EVIDENCE_NOT_FOUND = "evidence_not_found"
    ATTACH_EXACTLY_ONE = "attach_exactly_one"
    QUANTITY_BELOW_ZERO = "quantity_below_zero"
    COPY_NOT_AVAILABLE = "copy_not_available"
    CATALOGUE_INVALID = "catalogue_invalid"
    INSTRUMENT_VERSION_EXISTS = "instrument_version_exists"
    REPORT_FOLDER_NOT_FOUND = "report_folder_not_found"
    REPORT_NOT_WRITTEN = "report_not_written"
    VISIT_INCOMPLETE = "visit_incomplete"
    # trust at the merge (issue 8)
    TEXT_NOT_ENCODABLE = "text_not_encodable"
    ID_NOT_FOR_NEW_RECORD = "id_not_for_new_record"
    NOT_JOINED = "not_joined"
    ALREADY_JOINED = "already_joined"
    OFFICE_OF_ANOTHER_UGEL = "office_of_another_ugel"
    REPLY_FOR_ANOTHER_DEVICE = "reply_for_another_device"
    DEVICE_WITHOUT_REPLY_KEY = "device_without_reply_key"
    SCHOOL_WITH_REPLY = "school_with_reply"
    UGEL_OR_OFFICE_REQUIRED = "ugel_or_office_required"
    OFFICE_OF_WRONG_LEVEL = "office_of_wrong_level"
    PHOTOS_ONLY_IN_REPLIES = "photos_only_in_replies"
    # device review and library ledger (review findings)
    DEVICE_REVOKED = "device_revoked"
    # bundles written where a person chose (disk faults on a stick)
    TARGET_NOT_WRITABLE = "target_not_writable"
    WRITE_FAILED = "write_failed"
    # bundles in parts for e-mail (issue 9 §4)
    PARTS_NEED_FOLDER = "parts_need_folder"
    PART_SIZE_TOO_SMALL = "part_size_too_small"
    TOO_MANY_PARTS = "too_many_parts"
    # a demo installation (issue 10 §1)
    DEMO_INSTALLATION = "demo_installation"
    # the merge station's devices (issue 11)
    DEVICE_NOT_HELD = "device_not_held"
    # assignments of schools to specialists (D33)
    NOT_A_SPECIALIST = "not_a_specialist"
    DEVICE_NAME_AMBIGUOUS = "device_name_ambiguous"
    NOT_ASSIGNED = "not_assigned"
    # the director's report of a kept commitment (D34)
    COMMITMENT_NOT_OPEN = "commitment_not_open"
    REPORT_BY_SCHOOL_OR_OFFICE = "report_by_school_or_office"
    # backups and restore (D38)
    DB_DAMAGED = "db_damaged"
    DB_DAMAGED_NO_BACKUP = "db_damaged_no_backup"
    BACKUP_NOT_FOUND = "backup_not_found"
    BACKUP_INCOMPLETE = "backup_incomplete"
    BACKUP_DAMAGED = "backup_damaged"
    RESTORE_NOT_CONFIRMED = "restore_not_confirmed"
    INVALID_RETENTION = "invalid_retention"
    # the installation itself (D37): a shipped file missing, keys under a passphrase
    INSTALLATION_INCOMPLETE = "installation_incomplete"
    PASSPHRASE_NEEDED = "passphrase_needed"
    WRONG_PASSPHRASE = "wrong_passphrase"
    PASSPHRASE_TOO_SHORT = "passphrase_too_short"
    PASSPHRASES_DIFFER = "passphrases_differ"


class MonitorError(Exception):
    """A refusal the user can act on. `line` points into the user's input when there is one."""

    def __init__(self, code: ErrorCode, line: int | None = None, **params: Any) -> None:
        super().__init__(code.value, params)
        self.code = code
        self.line = line
        self.params = params

    def at_line(self, line: int) -> MonitorError:
        """The same refusal, located at a line of the user's input."""
        return MonitorError(self.code, line=line, **self.params)

    def __repr__(self) -> str:
        return f"MonitorError({self.code.value}, line={self.line}, {self.params})"
