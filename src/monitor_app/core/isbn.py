"""ISBN check digits: ISBN-10 and ISBN-13 in, ISBN-13 out (what a barcode scanner reads)."""

from __future__ import annotations


def _digits(raw: str) -> str:
    """The characters that matter: a scanner's trailing Enter, spaces and hyphens dropped."""
    return "".join(ch for ch in raw.strip().upper() if ch not in " -")


def _isbn13_check(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def _isbn10_valid(code: str) -> bool:
    if len(code) != 10 or not code[:9].isdigit() or not (code[9].isdigit() or code[9] == "X"):
        return False
    values = [int(d) for d in code[:9]] + [10 if code[9] == "X" else int(code[9])]
    return sum(v * (10 - i) for i, v in enumerate(values)) % 11 == 0


def isbn13(raw: str) -> str | None:
    """The ISBN-13 of a valid ISBN-10 or ISBN-13, or None when the check digit is wrong."""
    code = _digits(raw)
    if len(code) == 13 and code.isdigit() and code[:3] in ("978", "979"):
        return code if _isbn13_check(code[:12]) == code[12] else None
    if _isbn10_valid(code):
        first12 = "978" + code[:9]
        return first12 + _isbn13_check(first12)
    return None
