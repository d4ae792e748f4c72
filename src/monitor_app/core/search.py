"""Turning what a person types into an FTS5 query: every word a prefix, accents ignored."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents, as the FTS tokenizer sees it ("Ñaña" -> "nana")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fts_query(text: str) -> str | None:
    """`"word1"* AND "word2"*`, or None when there is nothing to search for."""
    words = words_of(text)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def words_of(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def unexplained_matches(text: str, shown: Mapping[str, str], hidden: Mapping[str, str]
                        ) -> tuple[str, ...]:
    """The `hidden` fields that hold a typed word (as a prefix, like the search) that no
    `shown` field holds: where a result matched that its reader cannot see."""
    def holds(value: str, word: str) -> bool:
        return any(token.startswith(word) for token in words_of(value))

    missing = [w for w in words_of(text) if not any(holds(v, w) for v in shown.values())]
    return tuple(name for name, value in hidden.items()
                 if any(holds(value, word) for word in missing))
