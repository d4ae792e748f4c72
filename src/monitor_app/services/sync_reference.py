"""A laptop and its office's reference bundle: checking it, joining with it, applying it."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from monitor_app.core import codes, hlc
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import OFFICE_ROLES, DeviceIdentity, Role, office_above
from monitor_app.services.context import AppContext, open_initialised
from monitor_app.services.demo_install import refuse_demo, refuse_demo_database
from monitor_app.services.instruments import add_published_instruments
from monitor_app.services.reporting import full_refresh_due, refresh_after_import
from monitor_app.services.setup import init_device
from monitor_app.services.sync_files import bundles_dir, store_bundle_photos
from monitor_app.storage.catalogues import upsert_catalogue_entries, upsert_national_drills
from monitor_app.storage.changes import WallClock, load_last_hlc, system_wall_ms
from monitor_app.storage.directory_snapshot import apply_snapshot
from monitor_app.storage.reference_snapshot import read_reference_data
from monitor_app.storage.change_replaces import ReplacesRow, save_replaces
from monitor_app.storage.replies import ReplyState, record_reply, record_upstream_acks
from monitor_app.storage.sync_registry import Office, advance_ack, load_office, pin_office
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_reader import OpenedBundle, open_bundle
from monitor_app.sync.change import Row
from monitor_app.sync.conflicts import list_conflicts
from monitor_app.sync.merge import MAX_TOUCHED_IDS, ClonedDevice, MergeResult, merge_relayed
from monitor_app.sync.relayed import read_relayed

REFERENCE = "reference"
REPLY = "reply"  # an office's reply to one device (services/sync_reply.py)


def office_in(path: Path, bundle: OpenedBundle) -> Office:
    """The office a reference bundle speaks for, checked against its own signature."""
    manifest = bundle.manifest
    extra = manifest.extra
    office: Any = extra.get("office")
    if (extra.get("kind") not in (REFERENCE, REPLY) or manifest.role not in OFFICE_ROLES
            or not isinstance(office, dict)
            or office.get("signing_public_key") != manifest.signing_public_key
            or office.get("device_id") != manifest.device_id):
        raise MonitorError(ErrorCode.NOT_AN_OFFICE_BUNDLE, path=str(path))
    try:
        return Office(str(office["device_id"]), str(office["name"]), str(office["ugel"]),
                      str(office["signing_public_key"]), str(office["encryption_public_key"]), 0)
    except KeyError:
        raise MonitorError(ErrorCode.NOT_AN_OFFICE_BUNDLE, path=str(path)) from None


def bundle_school(bundle: OpenedBundle) -> str | None:
    directory = bundle.manifest.extra.get("directory")
    return directory.get("school") if isinstance(directory, dict) else None


def check_office_level(role: Role, path: Path, bundle: OpenedBundle) -> None:
    """A laptop takes bundles from a UGEL only, a UGEL from a DRE only, a DRE from the national
    station only (a DRE's bundle at a laptop, the national station's at a UGEL, or a UGEL's at
    another UGEL, is refused here)."""
    expected = office_above(role)
    if bundle.manifest.role is not expected:
        raise MonitorError(ErrorCode.OFFICE_OF_WRONG_LEVEL, path=str(path),
                           bundle_role=bundle.manifest.role.value.upper(), role=role.value,
                           expected=expected.value.upper() if expected else "-")


def _check_office(ctx: AppContext, path: Path, bundle: OpenedBundle) -> None:
    check_office_level(ctx.require_identity().role, path, bundle)
    office = office_in(path, bundle)
    pinned = load_office(ctx.store)
    if pinned is None or pinned.signing_public_key != office.signing_public_key:
        raise MonitorError(ErrorCode.OFFICE_MISMATCH, path=str(path))


def check_reference(ctx: AppContext, path: Path, bundle: OpenedBundle) -> None:
    """A laptop accepts reference bundles only from the office it joined, for its own scope."""
    _check_office(ctx, path, bundle)
    school = ctx.require_identity().scope.cod_mod
    if school is not None and bundle_school(bundle) != school:
        raise MonitorError(ErrorCode.DIRECTOR_BUNDLE_MISMATCH, school=school,
                           bundle_school=bundle_school(bundle) or "-")


def check_from_office(ctx: AppContext, path: Path, bundle: OpenedBundle) -> None:
    """A laptop accepts from its pinned office a reference bundle, or a reply made for it."""
    extra = bundle.manifest.extra
    if extra.get("kind") != REPLY:
        check_reference(ctx, path, bundle)
        return
    _check_office(ctx, path, bundle)  # a reply is encrypted to this device: also say whose
    if extra.get("for") != ctx.require_identity().device_id:
        raise MonitorError(ErrorCode.REPLY_FOR_ANOTHER_DEVICE, path=str(path))


def apply_from_office(ctx: AppContext,
                      bundle: OpenedBundle) -> tuple[dict[str, int], dict[str, int]]:
    """A reference bundle, or a reply: its reference data, then the changes it relays and their
    photos, with how far this installation now has the office's replies — one transaction. A
    station numbers what the office above sent, so its own replies pass it on down. Returns the
    counts, and per kind (table) the records whose visible row changed (`records_changed`)."""
    if bundle.manifest.extra.get("kind") != REPLY:
        return apply_reference(ctx, bundle), {}
    names = relayed_blob_names(bundle)
    state = ReplyState.from_json(bundle.manifest.extra.get("reply_state"))
    source = bundle.manifest.device_id if ctx.require_identity().role in OFFICE_ROLES else None
    with ctx.transaction():
        counts = apply_reference(ctx, bundle)
        named: list[ReplacesRow] = []
        try:
            result = merge_relayed(ctx.store, relayed_rows(bundle, names, named), source=source)
        except ClonedDevice as clone:
            raise MonitorError(ErrorCode.BUNDLE_REFUSED, reason="cloned_device",
                               detail=f"{clone.device_id} {clone.seq}") from None
        save_replaces(ctx.store.conn, named)
        photos = store_bundle_photos(ctx, bundle)
        if state is not None:
            record_reply(ctx.store.conn, state)
    refresh_after_import(ctx, result)  # a PostgreSQL station's stored checklists (reporting)
    return {**counts, "new": result.new, "updated": result.applied,
            "unchanged": result.unchanged, "photos": photos,
            "conflicts": len(list_conflicts(ctx.store))}, records_changed(result)


def records_changed(result: MergeResult) -> dict[str, int]:
    """Per table, the records a merge changed; a table past the merge's tally counts as its
    limit (`MAX_TOUCHED_IDS`): at least that many."""
    changed = {table: len(ids) for table, ids in result.touched.items()}
    return {**changed, **{table: MAX_TOUCHED_IDS for table in result.touched_overflow}}


def relayed_blob_names(bundle: OpenedBundle) -> list[str]:
    """The blobs holding the changes a reply or a relay carries (`extra.relayed`)."""
    relayed = bundle.manifest.extra.get("relayed")
    names = relayed.get("blobs") if isinstance(relayed, dict) else None
    if not isinstance(names, list) or not all(n in bundle.blob_names() for n in names):
        raise BundleRefused(BundleProblem.CORRUPT, "relayed changes missing")
    return names


def relayed_rows(bundle: OpenedBundle, names: list[str],
                 named: list[ReplacesRow]) -> Iterator[Row]:
    """The relayed changes; what each replaced goes to `named` as they stream past."""
    for name in names:
        with bundle.open_blob(name) as blob:
            for row, replaced in read_relayed(blob):
                named += [(row[0], row[1], *pair) for pair in replaced]
                yield row


def _apply_reference_data(ctx: AppContext, bundle: OpenedBundle) -> dict[str, int]:
    """The office's instruments (versions this laptop lacks), catalogue entries and national
    drill dates (added or relabelled). A bundle published before they travelled has none."""
    reference = bundle.manifest.extra.get("reference_data")
    blob = reference.get("blob") if isinstance(reference, dict) else None
    if not isinstance(blob, str) or blob not in bundle.blob_names():
        return {}
    with bundle.open_blob(blob) as stream:
        try:
            data = read_reference_data(stream)
        except (ValueError, TypeError, OSError, EOFError) as exc:
            raise MonitorError(ErrorCode.BUNDLE_REFUSED, reason="corrupt",
                               detail=f"reference data: {exc}") from exc
    added, skipped = add_published_instruments(ctx, data.instruments)
    return {
        "instruments": added,
        "instruments_skipped": skipped,
        "catalogue_entries": upsert_catalogue_entries(ctx.store.conn, list(data.catalogue_entries)),
        "national_drills": upsert_national_drills(ctx.store.conn, list(data.national_drills)),
    }


def apply_reference(ctx: AppContext, bundle: OpenedBundle) -> dict[str, int]:
    """Directory rows, instruments and catalogues, our acknowledgement and the clock, in one
    transaction."""
    identity = ctx.require_identity()
    extra = bundle.manifest.extra
    directory = extra.get("directory") if isinstance(extra.get("directory"), dict) else {}
    acks = extra.get("acks") if isinstance(extra.get("acks"), dict) else {}
    with ctx.transaction():
        changed = 0
        blob = directory.get("blob")  # type: ignore[union-attr]
        if isinstance(blob, str) and blob in bundle.blob_names():
            with bundle.open_blob(blob) as stream:
                try:
                    changed = apply_snapshot(ctx.store, stream).changed
                except (ValueError, TypeError, KeyError, OSError, EOFError) as exc:
                    raise MonitorError(ErrorCode.BUNDLE_REFUSED, reason="corrupt",
                                       detail=f"directory: {exc}") from exc
        reference_counts = _apply_reference_data(ctx, bundle)
        if changed or reference_counts.get("catalogue_entries") or reference_counts.get(
                "national_drills"):
            full_refresh_due(ctx)
        acked = acks.get(identity.device_id, 0)  # type: ignore[union-attr]
        if isinstance(acked, int):
            advance_ack(ctx.store, acked)
        if identity.role in OFFICE_ROLES:  # from the office above: what it holds of each device
            record_upstream_acks(ctx.store.conn, {
                device: seq for device, seq in acks.items()  # type: ignore[union-attr]
                if isinstance(device, str) and type(seq) is int})
        office_clock = extra.get("office_hlc")
        seen = office_clock if isinstance(office_clock, int) else bundle.manifest.hlc_to
        stamp = hlc.receive(load_last_hlc(ctx.store), seen, ctx.wall_ms())
        ctx.store.conn.execute("UPDATE clock SET last_hlc = ? WHERE id = 1", [stamp])
    return {"schools": changed, "acknowledged": acked if isinstance(acked, int) else 0,
            **reference_counts}


def join_office(ctx: AppContext, path: Path, bundle: OpenedBundle) -> Office:
    """Pin the office of a reference bundle (first contact) and apply the bundle."""
    office = office_in(path, bundle)
    school = ctx.require_identity().scope.cod_mod
    if school is not None and bundle_school(bundle) != school:
        raise MonitorError(ErrorCode.DIRECTOR_BUNDLE_MISMATCH, school=school,
                           bundle_school=bundle_school(bundle) or "-")
    with ctx.transaction():
        pin_office(ctx.store, office)
        apply_reference(ctx, bundle)
    return office


def join_later(ctx: AppContext, office_file: Path) -> Office:
    """`join FILE`: an installation set up on its own (`init --ugel`) joins its office, keeping
    every record it holds. The office must be of its UGEL; a director's bundle, of its school."""
    identity = ctx.require_identity()
    refuse_demo(ctx)
    if office_above(identity.role) is None:
        raise MonitorError(ErrorCode.ROLE_FORBIDS, role=identity.role.value, action="join")
    joined = load_office(ctx.store)
    if joined is not None:
        raise MonitorError(ErrorCode.ALREADY_JOINED, office=joined.name, ugel=joined.ugel)
    path = Path(office_file)
    if not path.is_file():
        raise MonitorError(ErrorCode.FILE_NOT_FOUND, path=str(path))
    try:
        with open_bundle(path, temp_dir=bundles_dir(ctx, "temp")) as bundle:
            check_office_level(identity.role, path, bundle)
            office = office_in(path, bundle)
            if identity.role not in OFFICE_ROLES and office.ugel != identity.scope.ugel:
                raise MonitorError(ErrorCode.OFFICE_OF_ANOTHER_UGEL, ugel=identity.scope.ugel,
                                   office=office.name, office_ugel=office.ugel)
            return join_office(ctx, path, bundle)
    except BundleRefused as refusal:
        raise MonitorError(ErrorCode.BUNDLE_REFUSED, reason=refusal.reason.value,
                           detail=refusal.detail) from None


def enrol_with_office(db: Path, *, role: Role, name: str, office_file: Path,
                      school: str | None = None,
                      wall_ms: WallClock = system_wall_ms) -> tuple[DeviceIdentity, Office]:
    """`init --office FILE`: a laptop joins the office that published FILE. The bundle is
    checked whole before the database is touched; the UGEL code comes from it."""
    refuse_demo_database(db)
    with opened_office_bundle(role, office_file) as bundle:
        office = office_to_join(role, Path(office_file), bundle, school)
        identity = init_device(db, role=role, name=name, ugel=office.ugel, school=school,
                               wall_ms=wall_ms)
        ctx = open_initialised(db, wall_ms=wall_ms)
        try:
            join_office(ctx, Path(office_file), bundle)
        finally:
            ctx.close()
    return identity, office


@contextmanager
def opened_office_bundle(role: Role, office_file: Path) -> Iterator[OpenedBundle]:
    """An office's bundle, verified, for a laptop not set up yet; refusals as MonitorError."""
    if role in OFFICE_ROLES:  # an office is set up on its own, then joins the one above
        raise MonitorError(ErrorCode.ROLE_FORBIDS, role=role.value, action="init --office")
    if not Path(office_file).is_file():
        raise MonitorError(ErrorCode.FILE_NOT_FOUND, path=str(office_file))
    with tempfile.TemporaryDirectory() as temp:
        try:
            with open_bundle(Path(office_file), temp_dir=Path(temp)) as bundle:
                yield bundle
        except BundleRefused as refusal:
            raise MonitorError(ErrorCode.BUNDLE_REFUSED, reason=refusal.reason.value,
                               detail=refusal.detail) from None


def office_to_join(role: Role, path: Path, bundle: OpenedBundle, school: str | None) -> Office:
    """The office a new laptop would join with `bundle`: of the right level and, for a
    director, published for their school (for a specialist, for no single school)."""
    check_office_level(role, path, bundle)
    office = office_in(path, bundle)
    wanted = codes.cod_mod(school) if school else None
    if bundle_school(bundle) != wanted:
        raise MonitorError(ErrorCode.DIRECTOR_BUNDLE_MISMATCH, school=wanted or "-",
                           bundle_school=bundle_school(bundle) or "-")
    return office
