"""Streaming readers for the school directory (padrón de IIEE) as DBF, CSV or XLSX files."""

from __future__ import annotations

from monitor_app.storage.padron.detect import open_padron
from monitor_app.storage.padron.rows import Chunk, PadronReader, PadronRow, Record, RowScreen

__all__ = ["Chunk", "PadronReader", "PadronRow", "Record", "RowScreen", "open_padron"]
