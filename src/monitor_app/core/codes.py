"""Official codes (código modular, código de local, UGEL) as text with their leading zeros."""

from __future__ import annotations

from monitor_app.core.errors import ErrorCode, MonitorError

COD_MOD_LENGTH = 7
MAX_DROPPED_ZEROS = 2  # spreadsheets drop one or two; "12" is a typo, not code 0000012
CODLOCAL_LENGTH = 6
CODOOII_LENGTH = 6


def pad_code(raw: str, length: int) -> str:
    """Restore leading zeros that spreadsheets drop ("335273" -> "0335273"); '' stays ''."""
    text = raw.strip()
    if text.endswith(".0") and text[:-2].isdigit():  # a code that went through a float column
        text = text[:-2]
    if text.isdigit() and length - MAX_DROPPED_ZEROS <= len(text) < length:
        return text.zfill(length)
    return text


def is_code(text: str, length: int) -> bool:
    return len(text) == length and text.isascii() and text.isdigit()


def normalise_anexo(raw: str) -> str:
    text = raw.strip()
    return text if text else "0"


def cod_mod(raw: str) -> str:
    """A valid código modular or a refusal."""
    code = pad_code(raw, COD_MOD_LENGTH)
    if not is_code(code, COD_MOD_LENGTH):
        raise MonitorError(ErrorCode.INVALID_COD_MOD, value=raw)
    return code


def codooii(raw: str) -> str:
    """A valid UGEL/DRE code (codooii) or a refusal."""
    code = pad_code(raw, CODOOII_LENGTH)
    if not is_code(code, CODOOII_LENGTH):
        raise MonitorError(ErrorCode.INVALID_UGEL_CODE, value=raw)
    return code
