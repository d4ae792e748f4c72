"""The school directory tables: bulk upsert by content hash, FTS5 search, scope lookups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from monitor_app.core.directory import PREMISES_FIELDS, SCHOOL_FIELDS, Premises, School
from monitor_app.core.ids import school_id
from monitor_app.core.search import fts_query
from monitor_app.storage.database import Store

_SCHOOL_COLUMNS = ("id", *SCHOOL_FIELDS, "content_hash", "updated_hlc")
_PREMISES_COLUMNS = (*PREMISES_FIELDS, "content_hash", "updated_hlc")


def _upsert_sql(table: str, columns: Sequence[str], key: str) -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("id",))
    return f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT ({key}) DO UPDATE SET {updates}"


_SCHOOL_UPSERT = _upsert_sql("schools", _SCHOOL_COLUMNS, "id")
_PREMISES_UPSERT = _upsert_sql("premises", _PREMISES_COLUMNS, "codlocal, cod_mod")


def school_hashes(store: Store) -> dict[tuple[str, str], str]:
    """(cod_mod, anexo) -> content hash of every stored school: tells new, updated, unchanged."""
    rows = store.db.execute("SELECT cod_mod, anexo, content_hash FROM schools")
    return {(cod_mod, anexo): digest for cod_mod, anexo, digest in rows}


def premises_hashes(store: Store) -> dict[tuple[str, str], str]:
    rows = store.db.execute("SELECT codlocal, cod_mod, content_hash FROM premises")
    return {(codlocal, cod_mod): digest for codlocal, cod_mod, digest in rows}


def school_row(school: School, digest: str, hlc: int) -> tuple[Any, ...]:
    values = tuple(getattr(school, name) for name in SCHOOL_FIELDS)
    return (school_id(school.cod_mod, school.anexo), *values, digest, hlc)


def premises_row(premises: Premises, digest: str, hlc: int) -> tuple[Any, ...]:
    return (*(getattr(premises, name) for name in PREMISES_FIELDS), digest, hlc)


def upsert_schools(store: Store, rows: Sequence[tuple[Any, ...]]) -> None:
    store.db.conn.executemany(_SCHOOL_UPSERT, rows)


def upsert_premises(store: Store, rows: Sequence[tuple[Any, ...]]) -> None:
    store.db.conn.executemany(_PREMISES_UPSERT, rows)


def school_codooii(store: Store, cod_mod: str, anexo: str) -> str | None:
    """The UGEL code of a school service, '' if the padrón lacked it, None if not in the directory."""
    row = store.db.execute(
        "SELECT codooii FROM schools WHERE cod_mod = ? AND anexo = ?", [cod_mod, anexo]
    ).fetchone()
    return None if row is None else (row[0] or "")


def _to_school(names: Sequence[str], row: Sequence[Any]) -> School:
    data = dict(zip(names, row))
    return School(**{name: data[name] for name in SCHOOL_FIELDS})


def count_schools(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM schools").fetchone()[0])


def search_schools(store: Store, text: str, limit: int) -> list[School]:
    """Schools matching every word typed (name, código modular, código de local, district,
    populated centre); an exact código modular comes first. Empty text lists by name."""
    query = fts_query(text)
    columns = ", ".join(f"s.{name}" for name in SCHOOL_FIELDS)
    if query is None:
        sql = f"SELECT {columns} FROM schools s ORDER BY s.cen_edu, s.cod_mod, s.anexo LIMIT ?"
        cursor = store.db.execute(sql, [limit])
    else:
        sql = (
            f"SELECT {columns} FROM schools_fts f JOIN schools s ON s.rowid = f.rowid "
            "WHERE schools_fts MATCH ? "
            "ORDER BY (s.cod_mod = ? OR s.codlocal = ?) DESC, f.rank, s.cod_mod, s.anexo LIMIT ?"
        )
        code = text.strip()
        cursor = store.db.execute(sql, [query, code, code, limit])
    return [_to_school(SCHOOL_FIELDS, row) for row in cursor]


def school_by_code(store: Store, cod_mod: str, anexo: str = "0") -> School | None:
    columns = ", ".join(SCHOOL_FIELDS)
    row = store.db.execute(
        f"SELECT {columns} FROM schools WHERE cod_mod = ? AND anexo = ?", [cod_mod, anexo]
    ).fetchone()
    return None if row is None else _to_school(SCHOOL_FIELDS, row)
