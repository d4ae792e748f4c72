"""The office's replies: to each approved device, every applied change inside its scope that it
does not have yet — other laptops' records, the office's own edits and conflict resolutions —
with the reference data it lacks, signed and encrypted to that device.

What a device has is what its last bundle acknowledged (`storage/replies.py`): a position in
the order the office applied merged changes, and the office's own seq. A specialist's scope is
the whole UGEL (the office's assignments included: every specialist's, D33); a director's, their
school and its local, without assignments. The directory and the instruments and
catalogues travel as snapshots, and only when their digest differs from the one acknowledged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import monitor_app
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.office_kinds import OFFICE_KINDS
from monitor_app.core.roles import UPPER_OFFICES, Role
from monitor_app.services.context import AppContext
from monitor_app.services.sync_files import (
    SCHEMA_VERSION,
    bundles_dir,
    public_encryption_key,
    safe_file_part,
    signing_key,
    work_folder,
)
from monitor_app.services.sync_publish import office_acknowledgements, office_identity
from monitor_app.services.sync_relay import in_jurisdiction
from monitor_app.storage.change_replaces import REPLACES_SQL
from monitor_app.storage.changes import load_last_hlc, next_seq
from monitor_app.storage.directory_snapshot import write_snapshot
from monitor_app.storage.errors import writing
from monitor_app.storage.evidence_files import open_file
from monitor_app.storage.reference_snapshot import write_reference_data
from monitor_app.storage.replies import (
    ReplyState,
    device_encryption_key,
    device_reply_state,
    last_arrival,
)
from monitor_app.storage.sync_registry import Device, DeviceStatus, find_device, list_devices
from monitor_app.sync.admission import Admission
from monitor_app.sync.bundle_build import BlobSource
from monitor_app.sync.bundle_writer import BundleInfo, write_bundle
from monitor_app.sync.relayed import RelayedRow, write_relayed

REPLY = "reply"

_COLUMNS = ("changes.device_id, changes.seq, tbl, pk, col, value, hlc, base_hlc, "
            + REPLACES_SQL)
_MERGED_AFTER = (
    f"SELECT {_COLUMNS} FROM arrivals a "
    "JOIN changes ON changes.device_id = a.device_id AND changes.seq = a.seq "
    "WHERE a.position > ? AND a.device_id != ? AND a.source != ? ORDER BY a.position")
_OWN_AFTER = (f"SELECT {_COLUMNS} FROM changes "
              "WHERE changes.device_id = ? AND changes.seq > ? ORDER BY changes.seq")
_PHOTOS = ("SELECT DISTINCT e.sha256 FROM evidence e JOIN evidence_files f ON f.sha256 = e.sha256 "
           "WHERE e.id = ? AND e._deleted = 0")


@dataclass(frozen=True)
class Reply:
    device_id: str
    device_name: str
    info: BundleInfo
    changes: int
    photos: int


def _reply_rows(ctx: AppContext, device: Device, since: ReplyState) -> Iterator[RelayedRow]:
    """The applied changes the device lacks, inside its scope, in the order they were applied."""
    identity = ctx.require_identity()
    merged = ctx.store.conn.execute(_MERGED_AFTER, [since.position, device.device_id,
                                                    device.device_id])
    own = ctx.store.conn.execute(_OWN_AFTER, [identity.device_id, since.office_seq])
    if device.scope.cod_mod is None and identity.role is Role.UGEL:
        yield from merged  # a specialist: the whole jurisdiction of this office
        yield from own
        return
    if identity.role in UPPER_OFFICES:  # an office below: the schools its directory holds
        scope = Admission(ctx.store, lambda _: None, in_jurisdiction(ctx, device.device_id))
    else:  # a director: their school and its local, without the office's assignments (D33)
        scope = Admission(ctx.store, {device.device_id: device.scope}.get)
    for rows in (merged, own):
        for row in rows:
            if (row[2] not in OFFICE_KINDS or device.scope.cod_mod is None) and scope.holds(
                    device.device_id, (row[2], row[3])):
                yield row


def _photo_files(ctx: AppContext, evidence_ids: set[str]) -> list[str]:
    found: set[str] = set()
    for pk in sorted(evidence_ids):
        found.update(sha for (sha,) in ctx.store.conn.execute(_PHOTOS, [pk]))
    return sorted(found)


def reply_file_name(device: Device) -> str:
    """`respuesta-<name>-<device8>.mcbundle`, safe on Windows and FAT whatever the device
    called itself (its name is its own choice)."""
    return f"respuesta-{safe_file_part(device.name, 'equipo')}-{device.device_id[-8:]}.mcbundle"


def _approved(ctx: AppContext, device_id: str) -> Device:
    device = find_device(ctx.store, device_id)
    if device is None or device.status is not DeviceStatus.APPROVED:
        raise MonitorError(ErrorCode.DEVICE_NOT_FOUND, device=device_id)
    return device


def reply_to(ctx: AppContext, device_id: str, out: Path, *, photos: bool = False,
             acks: dict[str, int] | None = None) -> Reply:
    """Write the reply for one approved device to `out` (a file, or a folder to put it in).
    A director's reply carries their school's photos; a specialist's, only with `photos`.
    `acks`: the office's acknowledgements, when the caller has them already."""
    identity = ctx.require_office("publish --for")
    device = _approved(ctx, device_id)
    key = device_encryption_key(ctx.store.conn, device_id)
    if key is None:
        raise MonitorError(ErrorCode.DEVICE_WITHOUT_REPLY_KEY, device=device_id)
    target = Path(out) / reply_file_name(device) if Path(out).is_dir() else Path(out)
    since = device_reply_state(ctx.store.conn, device_id)
    temp = bundles_dir(ctx, "temp")
    with work_folder(ctx) as folder:
        with writing(temp):
            evidence: set[str] = set()
            rows = _reply_rows(ctx, device, since)
            relayed = write_relayed(_noting_evidence(rows, evidence), folder)
            dir_digest, dir_file, dir_rows = write_snapshot(ctx.store, folder, device.scope.cod_mod)
            data_digest, data_file, data_counts = write_reference_data(ctx.store, folder)
        blobs: list[tuple[str, BlobSource]] = [(digest, path) for digest, path, _ in relayed]
        extra = {
            "kind": REPLY, "for": device_id, "office": office_identity(ctx),
            "relayed": {"blobs": [digest for digest, _, _ in relayed],
                        "changes": sum(count for _, _, count in relayed)},
            "acks": office_acknowledgements(ctx) if acks is None else acks,
            "office_hlc": load_last_hlc(ctx.store),
            "reply_state": ReplyState(last_arrival(ctx.store.conn),
                                      next_seq(ctx.store, identity.device_id) - 1,
                                      (dir_digest, data_digest)).to_json(),
        }
        if dir_digest not in since.digests:
            extra["directory"] = {"blob": dir_digest, "rows": dir_rows,
                                  "school": device.scope.cod_mod}
            blobs.append((dir_digest, dir_file))
        if data_digest not in since.digests:
            extra["reference_data"] = {"blob": data_digest, **data_counts}
            blobs.append((data_digest, data_file))
        files = _photo_files(ctx, evidence) if photos or device.scope.cod_mod else []
        blobs += [(sha, lambda sha=sha: open_file(ctx.store, sha)) for sha in files]
        with writing(target):
            info = write_bundle(
                target, device_id=identity.device_id, role=identity.role, scope=identity.scope,
                schema_version=SCHEMA_VERSION, app_version=monitor_app.__version__, changes=(),
                blobs=blobs, signing_key=signing_key(ctx),
                recipients=[public_encryption_key(key)], extra=extra, temp_dir=temp)
    return Reply(device_id, device.name, info, extra["relayed"]["changes"], len(files))


def _noting_evidence(rows: Iterator[RelayedRow], evidence: set[str]) -> Iterator[RelayedRow]:
    for row in rows:
        if row[2] == "evidence":
            evidence.add(row[3])
        yield row


def waiting_for_a_key(ctx: AppContext) -> list[Device]:
    """Approved devices no reply can be made for yet: their bundles (from an earlier version)
    never named the key to encrypt to. Their next export does."""
    return [device for device in list_devices(ctx.store)
            if device.status is DeviceStatus.APPROVED
            and device_encryption_key(ctx.store.conn, device.device_id) is None]


def reply_to_all(ctx: AppContext, folder: Path, *, photos: bool = False) -> list[Reply]:
    """One reply per approved device that can receive one, in the folder (the others:
    `waiting_for_a_key`)."""
    ctx.require_office("publish --for all")
    if not Path(folder).is_dir():
        raise MonitorError(ErrorCode.REPORT_FOLDER_NOT_FOUND, path=str(folder))
    acks = office_acknowledgements(ctx)  # the same for every reply: read the log once
    return [reply_to(ctx, device.device_id, folder, photos=photos, acks=acks)
            for device in list_devices(ctx.store)
            if device.status is DeviceStatus.APPROVED
            and device_encryption_key(ctx.store.conn, device.device_id) is not None]
