"""`monitor-app publish|export|verify|import|devices|conflicts|gaps|rebuild`: sync bundles."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from monitor_app.cli.output import Output
from monitor_app.cli.texts import level_name, text
from monitor_app.core.roles import Role, office_above

# Handlers import their services when they run: parsing stays cheap for the window's start-up.
from monitor_app.services.context import initialised  # light: no sqlite-utils, no Qt

NAMES = ("publish", "export", "verify", "import", "join", "devices", "conflicts", "gaps",
         "rebuild")


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    publish = commands.add_parser("publish", help=text("help_publish", lang))
    publish.add_argument("--out", type=Path, required=True)
    publish.add_argument("--school", help=text("help_publish_school", lang))
    publish.add_argument("--for", dest="for_device", metavar="DEVICE_ID|all",
                         help=text("help_publish_for", lang))
    publish.add_argument("--photos", action="store_true", help=text("help_publish_photos", lang))
    publish.add_argument("--json", action="store_true", help=text("help_json", lang))
    publish.set_defaults(handler=run_publish)
    export = commands.add_parser("export", help=text("help_export", lang))
    export.add_argument("--out", type=Path, required=True)

    def megabytes(value: str) -> float:
        try:
            number = float(value.replace(",", "."))
        except ValueError:
            number = -1.0
        if not 0 < number < float("inf"):
            raise argparse.ArgumentTypeError(text("split_mb_invalid", lang, value=value))
        return number

    export.add_argument("--split-mb", type=megabytes, metavar="N", help=text("help_split_mb", lang))
    export.add_argument("--photos", action="store_true", help=text("help_export_photos", lang))
    export.add_argument("--resend", action="store_true", help=text("help_resend", lang))
    export.add_argument("--json", action="store_true", help=text("help_json", lang))
    export.set_defaults(handler=run_export)
    verify = commands.add_parser("verify", help=text("help_verify", lang))
    verify.add_argument("file", type=Path)
    verify.add_argument("--json", action="store_true", help=text("help_json", lang))
    verify.set_defaults(handler=run_verify)
    importing = commands.add_parser("import", help=text("help_import", lang))
    importing.add_argument("files", type=Path, nargs="+")
    importing.add_argument("--accept-clock-ahead", action="store_true",
                           help=text("help_accept_clock", lang))
    importing.add_argument("--json", action="store_true", help=text("help_json", lang))
    importing.set_defaults(handler=run_import)
    join = commands.add_parser("join", help=text("help_join", lang))
    join.add_argument("file", type=Path, help=text("help_office", lang))
    join.set_defaults(handler=run_join)
    _add_devices(commands, lang)
    _add_conflicts(commands, lang)
    gaps = commands.add_parser("gaps", help=text("help_gaps", lang))
    gaps.add_argument("--json", action="store_true", help=text("help_json", lang))
    gaps.set_defaults(handler=run_gaps)
    rebuild = commands.add_parser("rebuild", help=text("help_rebuild", lang))
    rebuild.add_argument("--check", action="store_true", required=True)
    rebuild.set_defaults(handler=run_rebuild)


def _add_devices(commands: argparse._SubParsersAction, lang: str) -> None:
    devices = commands.add_parser("devices", help=text("help_devices", lang))
    actions = devices.add_subparsers(dest="action", required=True,
                                     metavar="{list,approve,refuse,revoke}")
    listing = actions.add_parser("list")
    listing.add_argument("--json", action="store_true", help=text("help_json", lang))
    listing.set_defaults(handler=run_devices_list)
    for name, handler in (("approve", run_devices_approve), ("refuse", run_devices_refuse),
                          ("revoke", run_devices_revoke)):
        action = actions.add_parser(name)
        action.add_argument("device_id")
        action.add_argument("--json", action="store_true", help=text("help_json", lang))
        action.set_defaults(handler=handler)
        if name == "approve":
            action.add_argument("--reinstate", action="store_true",
                                help=text("help_reinstate", lang))


def _add_conflicts(commands: argparse._SubParsersAction, lang: str) -> None:
    conflicts = commands.add_parser("conflicts", help=text("help_conflicts", lang))
    actions = conflicts.add_subparsers(dest="action", required=True, metavar="{list,resolve}")
    listing = actions.add_parser("list")
    listing.add_argument("--json", action="store_true", help=text("help_json", lang))
    listing.set_defaults(handler=run_conflicts_list)
    resolve = actions.add_parser("resolve")
    resolve.add_argument("conflict_id")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", metavar="DEVICE:SEQ")
    choice.add_argument("--value", metavar="JSON")
    resolve.set_defaults(handler=run_conflicts_resolve)


def _info(info: Any) -> dict[str, Any]:
    """A written bundle as the command line reports it; its changes include those it relays
    (a reply's, a UGEL's relay to its DRE)."""
    relayed = info.manifest.extra.get("relayed")
    carried = relayed.get("changes", 0) if isinstance(relayed, dict) else 0
    return {"bundle_id": info.bundle_id, "file": str(info.path), "size": info.size,
            "changes": info.change_count + carried, "blobs": info.blob_count,
            "encrypted": info.encrypted}


def run_publish(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.core.errors import ErrorCode, MonitorError
    from monitor_app.services.sync_publish import publish_bundle

    if args.for_device is not None:
        if args.school:
            raise MonitorError(ErrorCode.SCHOOL_WITH_REPLY)
        return _publish_replies(args, db, out)
    if args.photos:
        raise MonitorError(ErrorCode.PHOTOS_ONLY_IN_REPLIES)
    with initialised(db) as ctx:
        info = publish_bundle(ctx, args.out, school=args.school)
    out.data(_info(info)) if out.as_json else out.say("published", **_info(info))
    return 0


def _publish_replies(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.sync_reply import reply_to, reply_to_all, waiting_for_a_key

    skipped = []
    with initialised(db) as ctx:
        if args.for_device == "all":
            replies = reply_to_all(ctx, args.out, photos=args.photos)
            skipped = waiting_for_a_key(ctx)
        else:
            replies = [reply_to(ctx, args.for_device, args.out, photos=args.photos)]
    found = [{**_info(r.info), "device_id": r.device_id, "device_name": r.device_name,
              "relayed": r.changes, "photos": r.photos} for r in replies]
    if out.as_json:
        out.data(found)
    for reply in [] if out.as_json else found:
        out.say("reply_written", **reply)
    for device in [] if out.as_json else skipped:
        out.say("reply_skipped", device_id=device.device_id, device_name=device.name)
    if not replies and not out.as_json:
        out.say("no_replies")
    return 0


def run_join(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.sync_reference import join_later
    from monitor_app.storage.keys import fingerprint

    with initialised(db) as ctx:
        office = join_later(ctx, args.file)
        level = level_name(office_above(ctx.require_identity().role) or Role.UGEL, out.lang)
    out.say("joined_office", level=level, office=office.name,
            ugel=f" ({office.ugel})" if office.ugel else "")
    out.say("office_fingerprint", level=level,
            fingerprint=fingerprint(office.signing_public_key))
    return 0


def run_export(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.sync_export import export_bundle, export_in_parts
    from monitor_app.services.sync_parts import MB

    if args.resend:  # the outbox (D38)
        from monitor_app.cli.backup_commands import run_resend

        return run_resend(args, db, out)
    if args.split_mb is None:
        with initialised(db) as ctx:
            info = export_bundle(ctx, args.out, photos=args.photos, progress=out.progress)
        out.data(_info(info)) if out.as_json else out.say("exported", **_info(info))
        return 0
    with initialised(db) as ctx:
        split = export_in_parts(ctx, args.out, int(args.split_mb * MB), progress=out.progress)
    data = {**_info(split.bundle), "file": None, "whole_name": split.bundle.path.name,
            "export_id": split.export_id, "part_limit": split.part_limit,
            "parts": [str(p) for p in split.parts]}
    if out.as_json:
        out.data(data)
        return 0
    out.say("exported_parts", **data, count=len(split.parts), limit_mb=f"{args.split_mb:g}")
    for part in split.parts:
        out.line(f"  {part}")
    out.say("exported_parts_hint")
    return 0


def _outcome_data(outcome: Any) -> dict[str, Any]:
    data = asdict(outcome)
    data["outcome"] = outcome.outcome.value
    return data


def _say_outcome(out: Output, outcome: Any) -> None:
    from monitor_app.services.sync_messages import describe_reason
    from monitor_app.services.sync_outcome import PartOutcome

    data = _outcome_data(outcome)
    data["reason"] = describe_reason(outcome.reason, out.lang)
    data["detail"] = f" ({outcome.detail})" if outcome.detail else ""
    if isinstance(outcome, PartOutcome) and not _say_part(out, outcome, data):
        return
    key = "outcome_reference" if outcome.reference else f"outcome_{outcome.outcome.value}"
    counts = data["counts"]
    level = level_name(Role(outcome.role) if outcome.role else Role.UGEL, out.lang)
    out.say(key, **data, level=level, **{k: counts.get(k, 0) for k in
            ("new", "updated", "unchanged", "conflicts", "schools", "acknowledged", "instruments",
             "catalogue_entries", "national_drills")})
    if outcome.reference and "new" in counts:  # a reply: the changes it brought
        out.say("reply_merged", level=level, new=counts["new"], updated=counts.get("updated", 0),
                photos=counts.get("photos", 0), conflicts=counts.get("conflicts", 0))
    if counts.get("rejected") or counts.get("pending"):
        out.say("import_rejected", rejected=counts.get("rejected", 0),
                pending=counts.get("pending", 0))
    if counts.get("inconsistencies"):
        out.say("import_inconsistencies", inconsistencies=counts["inconsistencies"])


def _say_part(out: Output, outcome: Any, data: dict[str, Any]) -> bool:
    """A part's lines; True when the whole export's outcome line follows (the part completed
    it), with `data` then describing the whole."""
    which = text("part_which", out.lang, part=outcome.part, count=outcome.count,
                 export=outcome.export_id[:16], whole=outcome.whole_name) if outcome.part else ""
    shown = {**data, "which": which}
    state = outcome.outcome.value
    if outcome.completed_by == outcome.file:
        out.say("part_completes", **shown)
        data["file"] = outcome.whole_name
        return True
    if outcome.completed_by:
        out.say("part_joined", **shown)
    elif state == "incomplete":
        received = text("part_repeated" if outcome.repeated else "part_received", out.lang)
        out.say("part_incomplete", **{**shown, "received": received,
                "missing": _missing_words(outcome.missing, outcome.count, out.lang)})
        for other in outcome.other_exports:
            out.say("part_other_export", export=other["export_id"][:16],
                    whole=other["whole_name"],
                    missing=_missing_words(other["missing"], other["count"], out.lang))
    elif state == "refused":
        key = "parts_dropped" if outcome.reason == "parts_do_not_join" else "part_refused"
        out.say(key, **{**shown, "which": f" ({which})" if which else ""})
    else:  # verified, already imported
        out.say(f"part_{state}", **shown)
    return False


def _missing_words(missing: list[int], count: int, lang: str) -> str:
    """"faltan las partes 2, 4 y 7–9 de 12" / "parts 2, 4 and 7–9 of 12 are missing"."""
    runs: list[list[int]] = []
    for index in missing:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    words = [f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs]
    listed = ", ".join(words)
    if len(missing) == 1:
        return text("missing_one", lang, parts=listed, count=count)
    head, _, last = listed.rpartition(", ")
    listed = f"{head} {text('word_and', lang)} {last}" if head else listed
    return text("missing_many", lang, parts=listed, count=count)


def run_verify(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.sync_import import import_bundle, manifest_of
    from monitor_app.services.sync_outcome import PartOutcome

    with initialised(db) as ctx:
        outcome = import_bundle(ctx, args.file, dry_run=True)
        whole = outcome.outcome.value != "refused" and not isinstance(outcome, PartOutcome)
        manifest = manifest_of(ctx, args.file) if whole else None  # a part carries no manifest
    if out.as_json:
        out.data({**_outcome_data(outcome), "manifest": manifest})
    else:
        _say_outcome(out, outcome)
    return 0 if outcome.outcome.value in ("verified", "already_imported") else 1


def run_import(args: argparse.Namespace, db: Path, out: Output) -> int:
    """Each file gets its own outcome: one bad file does not stop the others."""
    from monitor_app.core.errors import MonitorError
    from monitor_app.services.messages import describe
    from monitor_app.services.sync_outcome import seen_before

    outcomes, failed = [], 0
    with initialised(db) as ctx:
        for path in args.files:
            try:
                seen = seen_before(ctx, path)  # the same bytes again: no sync machinery loaded
                if seen is None:
                    from monitor_app.services.sync_import import import_bundle

                    seen = import_bundle(ctx, path, accept_clock=args.accept_clock_ahead)
                outcomes.append(seen)
            except MonitorError as refusal:
                failed += 1
                sys.stderr.write(f"{path.name}: {describe(refusal, out.lang)}\n")
    if out.as_json:
        out.data([_outcome_data(o) for o in outcomes])
    else:
        for outcome in outcomes:
            _say_outcome(out, outcome)
    return 0 if not failed and all(o.ok for o in outcomes) else 1


def _device_data(device: Any) -> dict[str, Any]:
    from monitor_app.storage.keys import fingerprint

    return {"device_id": device.device_id, "name": device.name, "role": device.role.value,
            "ugel": device.scope.ugel, "school": device.scope.cod_mod,
            "status": device.status.value, "fingerprint": fingerprint(device.signing_public_key),
            "first_seen": device.first_seen, "changed_at": device.changed_at}


def run_devices_list(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.sync_admin import devices

    from monitor_app.services.rejected import rejected_by_device

    with initialised(db) as ctx:
        rejected = rejected_by_device(ctx)
        found = [{**_device_data(d), "rejected": rejected.get(d.device_id, 0)}
                 for d in devices(ctx)]
    if out.as_json:
        out.data(found)
    for device in [] if out.as_json else found:
        out.say("device_line", **device)
        if device["rejected"]:
            out.say("device_flag", rejected=device["rejected"])
    return 0


def run_devices_approve(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.sync_admin import approve_device, devices
    from monitor_app.storage.sync_registry import DeviceStatus

    with initialised(db) as ctx:
        before = next((d.status for d in devices(ctx) if d.device_id == args.device_id), None)
        device, outcomes = approve_device(ctx, args.device_id, reinstate=args.reinstate)
    out.say("device_line", **_device_data(device))
    if before is DeviceStatus.APPROVED:
        out.say("device_already_approved", device_id=device.device_id)
    elif before is DeviceStatus.REVOKED:
        out.say("device_reinstated", device_id=device.device_id)
    for outcome in outcomes:
        _say_outcome(out, outcome)
    return 0 if all(o.ok for o in outcomes) else 1


def run_devices_refuse(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.sync_admin import refuse_device

    with initialised(db) as ctx:
        device = refuse_device(ctx, args.device_id)
    if out.as_json:
        out.data(_device_data(device))
        return 0
    out.say("device_line", **_device_data(device))
    return 0


def run_devices_revoke(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.sync_admin import revoke_device

    with initialised(db) as ctx:
        device = revoke_device(ctx, args.device_id)
    out.say("device_line", **_device_data(device))
    return 0


def _conflict_data(conflict: Any) -> dict[str, Any]:
    def side(change: Any) -> dict[str, Any]:
        return {"value_id": f"{change.device_id}:{change.seq}", "device_id": change.device_id,
                "seq": change.seq, "value": change.value, "hlc": change.hlc}

    return {"id": conflict.id, "kind": conflict.kind.value, "table": conflict.table,
            "record_id": conflict.record_id, "column": conflict.column,
            "winner": side(conflict.winner), "losers": [side(c) for c in conflict.losers]}


def run_conflicts_list(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.sync_admin import conflicts

    with initialised(db) as ctx:
        found = [_conflict_data(c) for c in conflicts(ctx)]
    if out.as_json:
        out.data(found)
        return 0
    if not found:
        out.say("no_conflicts")
    for conflict in found:
        losers = ", ".join(f"{c['value']} ({c['value_id']})" for c in conflict["losers"])
        out.say("conflict_line", **conflict, shown=conflict["winner"]["value"],
                shown_id=conflict["winner"]["value_id"], others=losers)
    return 0


def run_conflicts_resolve(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.sync_admin import resolve_conflict

    with initialised(db) as ctx:
        resolve_conflict(ctx, args.conflict_id, keep=args.keep, value_json=args.value)
    out.say("conflict_resolved", id=args.conflict_id)
    return 0


def run_gaps(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.sync.gaps import gaps

    with initialised(db) as ctx:
        found = gaps(ctx.store)
    data = [{"device_id": g.device_id, "high_water": g.high_water, "last_seq": g.last_seq,
             "missing": [list(r) for r in g.missing]} for g in found]
    if out.as_json:
        out.data(data)
        return 0
    for device in data:
        missing = ", ".join(f"{a}-{b}" for a, b in device["missing"]) or "-"
        out.say("gaps_line", **device, ranges=missing)
    return 0


def run_rebuild(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.sync.rebuild import check_rebuild

    with initialised(db) as ctx:
        differences = check_rebuild(ctx.store)
    if not differences:
        out.say("rebuild_ok")
        return 0
    for difference in differences[:50]:
        out.line(str(difference))
    out.say("rebuild_differences", count=len(differences))
    return 1
