"""The SQL the storage layer writes once (SQLite's dialect), as PostgreSQL reads it (D44).

Pure functions over a token list, no driver: every statement of `storage/`, `sync/` and the
migrations is written for SQLite and translated here, so there is one definition of the schema
and of the merge. What differs, and the answer:
- placeholders `?` → `%s` (and a literal `%` doubled); `[name]` → `"name"`;
- `INSERT OR IGNORE` → `ON CONFLICT DO NOTHING`; `INSERT OR REPLACE` → an upsert on the key;
- the scalar `max(a, b)` / `min(a, b)` → `GREATEST` / `LEAST`; `group_concat` → `string_agg`;
- `a IS [NOT] b` → `a IS [NOT] DISTINCT FROM b`;
- `ORDER BY` puts NULLs where SQLite does (first ascending, last descending);
- `BEGIN IMMEDIATE` → `BEGIN`;
- DDL: `INTEGER` → `BIGINT` (clocks are 64-bit), `REAL` → `DOUBLE PRECISION`, `BLOB` → `BYTEA`,
  text in the C collation (SQLite compares bytes), an id `INTEGER PRIMARY KEY` → an identity,
  `WITHOUT ROWID` dropped, a column without a type (D23) typed from its kind's field, the guard
  triggers as PL/pgSQL, FTS5 tables left to the search's own index.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
      (?P<space>\s+|--[^\n]*)
    | (?P<string>'(?:[^']|'')*')
    | (?P<quoted>"(?:[^"]|"")*"|\[[^\]]*\])
    | (?P<word>[A-Za-z_][A-Za-z_0-9]*)
    | (?P<number>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
    | (?P<op>\|\||<=|>=|<>|!=|==|.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str

    @property
    def upper(self) -> str:
        return self.text.upper() if self.kind == "word" else self.text


def tokens(sql: str) -> list[Token]:
    return [Token(m.lastgroup or "op", m.group()) for m in _TOKEN.finditer(sql)]


def _significant(items: list[Token], start: int) -> int:
    """The index of the first token at or after `start` that is not space, or len(items)."""
    while start < len(items) and items[start].kind == "space":
        start += 1
    return start


def _closing(items: list[Token], opening: int) -> int:
    """The index of the `)` that closes the `(` at `opening`."""
    depth = 0
    for index in range(opening, len(items)):
        text = items[index].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError("unbalanced parentheses in SQL")


def _top_level_commas(items: list[Token], start: int, end: int) -> list[int]:
    depth, commas = 0, []
    for index in range(start, end):
        text = items[index].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif text == "," and depth == 0:
            commas.append(index)
    return commas


def _render(items: list[Token]) -> str:
    return "".join(item.text for item in items)


_FUNCTIONS = {"MAX": "GREATEST", "MIN": "LEAST"}
_ORDER_ENDS = {"LIMIT", "OFFSET", "UNION", "EXCEPT", "INTERSECT", "ON", "RETURNING", "WINDOW"}


def _rename_functions(items: list[Token]) -> None:
    for index, item in enumerate(items):
        name = item.upper
        if item.kind != "word" or name not in (*_FUNCTIONS, "GROUP_CONCAT"):
            continue
        opening = _significant(items, index + 1)
        if opening >= len(items) or items[opening].text != "(":
            continue
        if name == "GROUP_CONCAT":
            items[index] = Token("word", "string_agg")
        elif _top_level_commas(items, opening + 1, _closing(items, opening)):
            items[index] = Token("word", _FUNCTIONS[name])


def _order_terms(items: list[Token]) -> Iterator[tuple[int, int]]:
    """(start, end) of each term of every `ORDER BY` list."""
    index = 0
    while index < len(items):
        if items[index].upper == "ORDER":
            by = _significant(items, index + 1)
            if by < len(items) and items[by].upper == "BY":
                start = by + 1
                depth = 0
                cursor = start
                while cursor < len(items):
                    item = items[cursor]
                    if item.text == "(":
                        depth += 1
                    elif item.text == ")":
                        if depth == 0:
                            break
                        depth -= 1
                    elif depth == 0 and (item.text in (",", ";") or item.upper in _ORDER_ENDS):
                        yield start, cursor
                        if item.text != ",":
                            break
                        start = cursor + 1
                    cursor += 1
                else:
                    yield start, cursor
                    index = cursor
                    continue
                if cursor < len(items) and items[cursor].text == ")":
                    yield start, cursor
                index = cursor
        index += 1


def _nulls_as_sqlite(items: list[Token]) -> list[Token]:
    inserts: list[tuple[int, str]] = []
    for start, end in _order_terms(items):
        words = [item.upper for item in items[start:end] if item.kind == "word"]
        if "NULLS" in words:
            continue
        last = end
        while last > start and items[last - 1].kind == "space":
            last -= 1
        inserts.append((last, " NULLS LAST" if words and words[-1] == "DESC" else " NULLS FIRST"))
    for position, text in sorted(inserts, reverse=True):
        items.insert(position, Token("word", text))
    return items


_IS_LITERALS = {"NULL", "TRUE", "FALSE", "NOT", "DISTINCT"}


def _is_comparisons(items: list[Token]) -> None:
    """SQLite's `a IS b` / `a IS NOT b` compare any values, NULL included: PostgreSQL's
    `IS [NOT] DISTINCT FROM` (its own `IS` takes only NULL, TRUE, FALSE)."""
    for index, item in enumerate(items):
        if item.upper != "IS":
            continue
        following = _significant(items, index + 1)
        if following >= len(items):
            continue
        if items[following].upper == "NOT":
            operand = _significant(items, following + 1)
            if operand < len(items) and items[operand].upper not in _IS_LITERALS:
                items[index] = Token("word", "IS DISTINCT FROM")
                items[following] = Token("space", "")
        elif items[following].upper not in _IS_LITERALS:
            items[index] = Token("word", "IS NOT DISTINCT FROM")


def _insert_or(items: list[Token], primary_key: Callable[[str], tuple[str, ...]]) -> list[Token]:
    first = _significant(items, 0)
    if first >= len(items) or items[first].upper != "INSERT":
        return items
    second = _significant(items, first + 1)
    if second >= len(items) or items[second].upper != "OR":
        return items
    action = _significant(items, second + 1)
    verb = items[action].upper
    into = _significant(items, action + 1)
    table_at = _significant(items, into + 1)
    table = _identifier(items[table_at])
    rest = items[into:]
    if verb == "IGNORE":
        return [*items[:first], Token("word", "INSERT "), *rest,
                Token("word", " ON CONFLICT DO NOTHING")]
    if verb != "REPLACE":
        raise ValueError(f"INSERT OR {verb} has no PostgreSQL form")
    opening = _significant(items, table_at + 1)
    closing = _closing(items, opening)
    columns = [_identifier(item) for item in items[opening:closing]
               if item.kind in ("word", "quoted")]
    key = primary_key(table)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in key)
    action_sql = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    keys = ", ".join(f'"{c}"' for c in key)
    return [*items[:first], Token("word", "INSERT "), *rest,
            Token("word", f" ON CONFLICT ({keys}) {action_sql}")]


def _identifier(item: Token) -> str:
    if item.kind == "quoted":
        return item.text[1:-1].replace('""', '"')
    return item.text.lower()


def _placeholders(items: list[Token]) -> list[Token]:
    out = []
    for item in items:
        if item.text == "?" and item.kind == "op":
            out.append(Token("op", "%s"))
        elif "%" in item.text and item.kind in ("op", "string", "quoted"):
            out.append(Token(item.kind, item.text.replace("%", "%%")))
        elif item.kind == "quoted" and item.text.startswith("["):
            out.append(Token("quoted", '"' + item.text[1:-1] + '"'))
        else:
            out.append(item)
    return out


def _translate(sql: str, primary_key: Callable[[str], tuple[str, ...]]) -> str:
    stripped = sql.strip().upper()
    if stripped in ("BEGIN IMMEDIATE", "BEGIN DEFERRED", "BEGIN EXCLUSIVE"):
        return "BEGIN"
    items = _insert_or(tokens(sql), primary_key)
    _rename_functions(items)
    _is_comparisons(items)
    items = _nulls_as_sqlite(items)
    return _render(_placeholders(items))


def translate(sql: str, primary_key: Callable[[str], tuple[str, ...]]) -> str:
    """One statement, as PostgreSQL (through psycopg, parameters always given) reads it.
    `primary_key` names a table's key columns (only `INSERT OR REPLACE` asks)."""
    if _REPLACE.match(sql):  # two statements of the project: not worth a cache that would
        return _translate(sql, primary_key)  # hold on to every connection's `primary_key`
    return _translated(sql)


_REPLACE = re.compile(r"\s*INSERT\s+OR\s+REPLACE\b", re.IGNORECASE)


def _no_key(table: str) -> tuple[str, ...]:
    raise AssertionError(f"INSERT OR REPLACE INTO {table} reached the cache")


@functools.lru_cache(maxsize=4096)
def _translated(sql: str) -> str:
    """Every other statement, translated once per process."""
    return _translate(sql, _no_key)
