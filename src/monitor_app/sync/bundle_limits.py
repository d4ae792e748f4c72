"""Names, versions and the limits a bundle must stay within (docs/bundle-format.md)."""

from __future__ import annotations

import re

FORMAT = "monitor-de-campo-bundle"
FORMAT_VERSION = 1
FILE_SUFFIX = ".mcbundle"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGES = "changes.jsonl"
BLOB_PREFIX = "blobs/"
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
KEY_ID_HEX = re.compile(r"[0-9a-f]{16}")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")  # table and column names
DEVICE_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,63}")

MAX_INT = 2**63 - 1  # SQLite INTEGER
MAX_ZIP_BYTES = 3 * 2**30  # whole ZIP; the exporter splits long before (FAT32 sticks)
MAX_BLOBS = 10_000
MAX_BLOB_BYTES = 128 * 2**20
MAX_CHANGES_BYTES = 2**31 - 1  # uncompressed changes.jsonl
MAX_RATIO = 200  # uncompressed / compressed, for deflated members above RATIO_FLOOR
RATIO_FLOOR = 2**20
MAX_MANIFEST_BYTES = 4 * 2**20
MAX_MANIFEST_DEPTH = 16
MAX_MANIFEST_TEXT = 256  # characters of a manifest string other than in `extra`
MAX_LINE_BYTES = 4 * 2**20  # one line of changes.jsonl
MAX_VALUE_CHARS = 1_000_000
MAX_VALUE_DEPTH = 32
MAX_PK_CHARS = 200
MAX_RECIPIENTS = 8
SIGNATURE_BYTES = 64
