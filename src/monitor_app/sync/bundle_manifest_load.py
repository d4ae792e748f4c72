"""Loading a manifest strictly: bounded JSON, canonical form, signature, then every field."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from monitor_app.core.codes import COD_MOD_LENGTH, CODOOII_LENGTH, is_code
from monitor_app.core.roles import UPPER_OFFICES, Role, Scope
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_json import canonical_bytes, parse_bounded
from monitor_app.sync.bundle_manifest import Manifest, Member

_EXPORTED_AT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
_FIELDS = frozenset({
    "format", "format_version", "schema_version", "app_version", "device_id", "role", "scope",
    "seq_from", "seq_to", "hlc_from", "hlc_to", "change_count", "exported_at",
    "signing_public_key", "recipient_key_ids", "last_office_seq_applied", "extra", "members",
})


def _corrupt(detail: str) -> BundleRefused:
    return BundleRefused(BundleProblem.CORRUPT, f"manifest: {detail}")


def _int(data: dict[str, Any], name: str, low: int = 0) -> int:
    value = data[name]
    if type(value) is not int or not low <= value <= lim.MAX_INT:
        raise _corrupt(f"bad {name}")
    return value


def _text(value: Any, name: str, pattern: re.Pattern[str] | None = None) -> str:
    if type(value) is not str or not 0 < len(value) <= lim.MAX_MANIFEST_TEXT:
        raise _corrupt(f"bad {name}")
    if not value.isprintable() or (pattern is not None and not pattern.fullmatch(value)):
        raise _corrupt(f"bad {name}")
    return value


def _open_json(raw: bytes) -> dict[str, Any]:
    if len(raw) > lim.MAX_MANIFEST_BYTES:
        raise BundleRefused(BundleProblem.TOO_LARGE, "manifest too large")
    data = parse_bounded(raw, "manifest", lim.MAX_MANIFEST_DEPTH, floats=False)
    if type(data) is not dict or data.get("format") != lim.FORMAT:
        raise BundleRefused(BundleProblem.NOT_A_BUNDLE, "manifest of another format")
    version = data.get("format_version")
    if type(version) is not int or version != lim.FORMAT_VERSION:
        raise BundleRefused(BundleProblem.UNSUPPORTED_FORMAT, f"format version {version!r}")
    if set(data) != _FIELDS:
        raise _corrupt("missing or unknown fields")
    if canonical_bytes(data) != raw:
        raise _corrupt("not in canonical form")
    return data


def _verify(raw: bytes, signature: bytes, key_hex: Any) -> str:
    key = _text(key_hex, "signing_public_key", lim.SHA256_HEX)
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(key)).verify(signature, raw)
    except (InvalidSignature, ValueError):
        raise BundleRefused(BundleProblem.BAD_SIGNATURE, "manifest signature invalid") from None
    return key


def _scope(value: Any, role: Role) -> Scope:
    """A UGEL code (a DRE may have none: its scope is the union of its UGELs'), and a
    director's school."""
    if type(value) is not dict or set(value) != {"ugel", "cod_mod"}:
        raise _corrupt("bad scope")
    ugel, school = value["ugel"], value["cod_mod"]
    if type(ugel) is not str or not (is_code(ugel, CODOOII_LENGTH)
                                     or (role in UPPER_OFFICES and ugel == "")):
        raise _corrupt("bad scope")
    if school is not None and (type(school) is not str or not is_code(school, COD_MOD_LENGTH)):
        raise _corrupt("bad scope")
    return Scope(ugel, school)


def _member(name: Any, entry: Any) -> Member:
    if type(entry) is not dict or set(entry) != {"sha256", "size"}:
        raise _corrupt("bad member entry")
    sha, size = entry["sha256"], entry["size"]
    if type(sha) is not str or not lim.SHA256_HEX.fullmatch(sha) or type(size) is not int:
        raise _corrupt("bad member entry")
    if name == lim.CHANGES:
        limit = lim.MAX_CHANGES_BYTES
    elif name == lim.BLOB_PREFIX + sha:
        limit = lim.MAX_BLOB_BYTES
    else:
        raise _corrupt("bad member name")
    if not 0 <= size <= limit:
        raise BundleRefused(BundleProblem.TOO_LARGE, "member too large")
    return Member(sha, size)


def _members(value: Any) -> dict[str, Member]:
    if type(value) is not dict or lim.CHANGES not in value:
        raise _corrupt("bad members")
    if len(value) > lim.MAX_BLOBS + 1:
        raise BundleRefused(BundleProblem.TOO_LARGE, "too many members")
    return {name: _member(name, entry) for name, entry in value.items()}


def _recipients(value: Any) -> tuple[str, ...]:
    if type(value) is not list or len(value) > lim.MAX_RECIPIENTS:
        raise _corrupt("bad recipient_key_ids")
    ids = tuple(_text(v, "recipient_key_ids", lim.KEY_ID_HEX) for v in value)
    if len(set(ids)) != len(ids):
        raise _corrupt("bad recipient_key_ids")
    return ids


def _role(value: Any) -> Role:
    if value not in {r.value for r in Role}:
        raise BundleRefused(BundleProblem.UNSUPPORTED_FORMAT, f"unknown role {value!r}")
    return Role(value)


def _check_ranges(m: Manifest) -> None:
    if m.change_count == 0:
        if (m.seq_from, m.seq_to, m.hlc_from, m.hlc_to) != (0, 0, 0, 0):
            raise _corrupt("ranges of an empty bundle must be 0")
    elif not (1 <= m.seq_from <= m.seq_to and m.change_count <= m.seq_to - m.seq_from + 1
              and m.hlc_from <= m.hlc_to):
        raise _corrupt("inconsistent seq or hlc range")


def _exported_at(value: Any) -> str:
    text = _text(value, "exported_at", _EXPORTED_AT)
    try:
        datetime.strptime(text[:19], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        raise _corrupt("bad exported_at") from None
    return text


def load_manifest(raw: bytes, signature: bytes) -> Manifest:
    """Parse with limits, check the signature by the key the manifest names, then every field.
    Whether that key belongs to an enrolled, non-revoked device is the caller's decision."""
    data = _open_json(raw)
    key = _verify(raw, signature, data["signing_public_key"])
    manifest = Manifest(
        schema_version=_int(data, "schema_version", 1),
        app_version=_text(data["app_version"], "app_version"),
        device_id=_text(data["device_id"], "device_id", lim.DEVICE_ID),
        role=_role(data["role"]), scope=_scope(data["scope"], _role(data["role"])),
        seq_from=_int(data, "seq_from"), seq_to=_int(data, "seq_to"),
        hlc_from=_int(data, "hlc_from"), hlc_to=_int(data, "hlc_to"),
        change_count=_int(data, "change_count"), exported_at=_exported_at(data["exported_at"]),
        signing_public_key=key, recipient_key_ids=_recipients(data["recipient_key_ids"]),
        last_office_seq_applied=_int(data, "last_office_seq_applied"),
        extra=_extra(data["extra"]), members=_members(data["members"]),
    )
    _check_ranges(manifest)
    return manifest


def _extra(value: Any) -> dict[str, Any]:
    if type(value) is not dict:
        raise _corrupt("extra is not an object")
    return value
