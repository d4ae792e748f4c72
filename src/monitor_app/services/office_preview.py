"""What an office's reference bundle says about itself, shown before a laptop joins with it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.sync_reference import opened_office_bundle, office_to_join
from monitor_app.storage.directory_snapshot import schools_in
from monitor_app.storage.keys import fingerprint
from monitor_app.sync.bundle_reader import OpenedBundle

SCHOOL_SERVICES_SHOWN = 20  # a school's services (anexos, levels) are few


@dataclass(frozen=True)
class BundleSchool:
    cod_mod: str
    name: str
    levels: tuple[str, ...]  # its services' levels, e.g. ("Primaria", "Secundaria")


@dataclass(frozen=True)
class OfficePreview:
    """The office to confirm by phone (its name, UGEL code and key fingerprint) and, in a
    director's bundle, the school it was published for."""

    path: Path
    office_name: str
    ugel: str
    fingerprint: str
    school: BundleSchool | None


def preview_office_bundle(path: Path, *, role: Role, school: str | None = None) -> OfficePreview:
    """Check `path` as `init --office` does (signature, level, a director's school) without
    touching any database, and say whom it comes from."""
    with opened_office_bundle(role, Path(path)) as bundle:
        office = office_to_join(role, Path(path), bundle, school)
        return OfficePreview(Path(path), office.name, office.ugel,
                             fingerprint(office.signing_public_key),
                             _school(bundle) if school else None)


def _school(bundle: OpenedBundle) -> BundleSchool | None:
    directory = bundle.manifest.extra.get("directory")
    blob = directory.get("blob") if isinstance(directory, dict) else None
    if not isinstance(blob, str) or blob not in bundle.blob_names():
        return None
    with bundle.open_blob(blob) as stream:
        try:
            services = schools_in(stream, SCHOOL_SERVICES_SHOWN)
        except (ValueError, TypeError, KeyError, OSError, EOFError) as exc:
            raise MonitorError(ErrorCode.BUNDLE_REFUSED, reason="corrupt",
                               detail=f"directory: {exc}") from exc
    if not services:
        return None
    levels = tuple(dict.fromkeys(s.d_niv_mod for s in services if s.d_niv_mod))
    return BundleSchool(services[0].cod_mod, services[0].cen_edu, levels)
