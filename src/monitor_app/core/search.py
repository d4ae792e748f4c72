"""Turning what a person types into an FTS5 query: every word a prefix, accents ignored."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents, as the FTS tokenizer sees it ("Ñaña" -> "nana")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fts_query(text: str) -> str | None:
    """`"word1"* AND "word2"*`, or None when there is nothing to search for."""
    words = _WORD.findall(fold(text))
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)
