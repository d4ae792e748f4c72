"""The school directory tables: bulk upserts that touch only changed rows, FTS5 search, scope.

The search index (`schools_fts`, external content) is rebuilt by whoever writes `schools`,
in the same transaction, with `rebuild_search_index`: per-row FTS triggers made the import of
a national padrón 3.6x slower, while a rebuild of 180,000 rows takes about a second.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from monitor_app.core.directory import PREMISES_FIELDS, SCHOOL_FIELDS, School, Values
from monitor_app.core.search import fts_query, words_of
from monitor_app.storage.database import Store
from monitor_app.storage.engine import table_indexes

SCHOOL_KEY_COLUMNS = ("cod_mod", "anexo")
PREMISES_KEY_COLUMNS = ("codlocal", "cod_mod")


@functools.cache
def _upsert_sql(table: str, fields: tuple[str, ...], key: tuple[str, ...],
                updated: tuple[str, ...]) -> str:
    """Insert, or update only when some `updated` field differs: an unchanged row is not touched,
    so the statement's change count tells how many rows were new or updated. Fields not in
    `updated` are written for a new row only; a known row keeps what it has."""
    columns = (*fields, "updated_hlc")
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    compared = [c for c in updated if c not in key]
    updates = ", ".join(f"{c} = excluded.{c}" for c in (*compared, "updated_hlc"))
    mine = ", ".join(f"{table}.{c}" for c in compared)
    theirs = ", ".join(f"excluded.{c}" for c in compared)
    return (
        f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT ({', '.join(key)}) "
        f"DO UPDATE SET {updates} WHERE ({mine}) IS NOT ({theirs})"
    )


def school_keys(store: Store) -> set[tuple[str, str]]:
    """(cod_mod, anexo) of every stored school: tells new rows from known ones."""
    return set(store.conn.execute("SELECT cod_mod, anexo FROM schools").fetchall())


def premises_keys(store: Store) -> set[tuple[str, str]]:
    return set(store.conn.execute("SELECT codlocal, cod_mod FROM premises").fetchall())


def directory_row(values: Values, hlc: int) -> tuple[Any, ...]:
    """A school's or premises' stored values plus the clock of this write, ready to upsert."""
    return (*values, hlc)


def upsert_schools(store: Store, rows: Iterable[tuple[Any, ...]],
                   updated: tuple[str, ...] = SCHOOL_FIELDS) -> int:
    """Write rows of every field, changing only the `updated` fields of a known school;
    returns how many were new or changed."""
    sql = _upsert_sql("schools", SCHOOL_FIELDS, SCHOOL_KEY_COLUMNS, updated)
    return store.conn.executemany(sql, rows).rowcount


def upsert_premises(store: Store, rows: Iterable[tuple[Any, ...]],
                    updated: tuple[str, ...] = PREMISES_FIELDS) -> int:
    sql = _upsert_sql("premises", PREMISES_FIELDS, PREMISES_KEY_COLUMNS, updated)
    return store.conn.executemany(sql, rows).rowcount


@contextmanager
def secondary_indexes_deferred(store: Store, table: str) -> Iterator[None]:
    """Drop a table's own indexes for a bulk load and build them again after, in the same
    transaction: loading 180,000 schools into an empty table is about twice as fast."""
    indexes = table_indexes(store.conn, table)
    for name, _ in indexes:
        store.conn.execute(f"DROP INDEX [{name}]")
    yield
    for _, sql in indexes:
        store.conn.execute(sql)


_SERVER_WORD_BREAK = re.compile("[^a-z0-9]+")  # the server's search words hold nothing else


def rebuild_search_index(store: Store) -> None:
    if store.server is None:  # PostgreSQL keeps its expression index itself (D44)
        store.conn.execute("INSERT INTO schools_fts (schools_fts) VALUES ('rebuild')")


def server_search(columns: str, text: str, limit: int) -> tuple[str, list[Any]]:
    """The search's statement and parameters on PostgreSQL (D44): every word the prefix of a
    word of the folded search text (`monitor_search_words`, under a full-text index: a prefix
    query), a word of the name counting before one elsewhere, as the FTS5 weights do, among the
    first MAX_RANKED matches as there."""
    words = [part for word in words_of(text) for part in _SERVER_WORD_BREAK.split(word) if part]
    if not words:  # only signs the server's words never hold
        return f"SELECT {columns} FROM schools s WHERE 0 = 1", []
    in_name = " AND ".join("monitor_fold(s.cen_edu) ~ ?" for _ in words)
    patterns = [f"(^|[^a-z0-9]){word}" for word in words]
    code = text.strip()
    sql = (f"SELECT {columns} FROM (SELECT * FROM schools WHERE monitor_search_words(cen_edu, "
           "cod_mod, codlocal, d_dist, cen_pob) @@ to_tsquery('simple', ?) LIMIT ?) s "
           f"ORDER BY (s.cod_mod = ? OR s.codlocal = ?) DESC, ({in_name}) DESC, "
           "s.cen_edu, s.cod_mod, s.anexo LIMIT ?")
    prefixes = " & ".join(f"{word}:*" for word in words)
    return sql, [prefixes, MAX_RANKED, code, code, *patterns, limit]


def school_codooii(store: Store, cod_mod: str, anexo: str) -> str | None:
    """The UGEL code of a school service, '' if the padrón lacked it, None if not in the directory."""
    row = store.conn.execute(
        "SELECT codooii FROM schools WHERE cod_mod = ? AND anexo = ?", [cod_mod, anexo]
    ).fetchone()
    return None if row is None else (row[0] or "")


def school_services(store: Store, cod_mod: str) -> list[str]:
    """The anexos the directory holds for a código modular (none: not in the directory)."""
    return [anexo for (anexo,) in store.conn.execute(
        "SELECT anexo FROM schools WHERE cod_mod = ? ORDER BY anexo", [cod_mod])]


def local_services(store: Store, codlocal: str) -> list[tuple[str, str]]:
    """The (cod_mod, codooii) of every service the directory places at a local."""
    return [
        (cod_mod, codooii or "")
        for cod_mod, codooii in store.conn.execute(
            "SELECT cod_mod, codooii FROM schools WHERE codlocal = ? ORDER BY cod_mod, anexo",
            [codlocal],
        )
    ]


def _to_school(row: Sequence[Any]) -> School:
    """A School from a row selected with the columns of SCHOOL_FIELDS, in that order."""
    return School(*row)


def school_by_code(store: Store, cod_mod: str, anexo: str) -> School | None:
    columns = ", ".join(SCHOOL_FIELDS)
    row = store.conn.execute(
        f"SELECT {columns} FROM schools WHERE cod_mod = ? AND anexo = ?", [cod_mod, anexo]
    ).fetchone()
    return None if row is None else _to_school(row)


def count_schools(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM schools").fetchone()[0])


# bm25 weights of the FTS columns (cen_edu, cod_mod, codlocal, d_dist, cen_pob): a word found in
# the school's name counts more than the same word in its district ("san juan").
_WEIGHTS = "10.0, 5.0, 5.0, 1.0, 1.0"
MAX_RANKED = 1000  # ranking every match of a common word ("san") costs tens of ms at 180,000 rows


def search_schools(store: Store, text: str, limit: int) -> list[School]:
    """Schools matching every word typed (name, código modular, código de local, district,
    populated centre): an exact code first, then by relevance among the first MAX_RANKED
    matches (people type more words to narrow a broad search). Empty text lists by name."""
    query = fts_query(text)
    columns = ", ".join(f"s.{name}" for name in SCHOOL_FIELDS)
    if query is not None and store.server is not None:
        cursor = store.conn.execute(*server_search(columns, text, limit))
    elif query is None:
        sql = f"SELECT {columns} FROM schools s ORDER BY s.cen_edu, s.cod_mod, s.anexo LIMIT ?"
        cursor = store.conn.execute(sql, [limit])
    else:
        sql = (
            f"WITH hits AS (SELECT rowid, bm25(schools_fts, {_WEIGHTS}) AS score FROM schools_fts "
            "WHERE schools_fts MATCH ? LIMIT ?) "
            f"SELECT {columns} FROM hits JOIN schools s ON s.rowid = hits.rowid "
            "ORDER BY (s.cod_mod = ? OR s.codlocal = ?) DESC, hits.score, s.cod_mod, s.anexo LIMIT ?"
        )
        code = text.strip()
        cursor = store.conn.execute(sql, [query, MAX_RANKED, code, code, limit])
    return [_to_school(row) for row in cursor]
