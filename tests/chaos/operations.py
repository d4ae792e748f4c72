"""The operations the crash harness kills, one entry each, and the scenes they start from:
an office importing a large bundle, a laptop exporting it, an office loading a padrón, a laptop
taking 20,000 records from standard input, an office writing its coverage workbook, a laptop
backing itself up, and a laptop restoring a backup (which gives it a new identity)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.identity import mint_id
from monitor_app.core.roles import Role
from monitor_app.core.visit_kinds import VISITS
from monitor_app.services.context import AppContext
from monitor_app.services.directory_import import import_directory
from monitor_app.services.setup import init_device
from monitor_app.storage.evidence_files import store_file
from monitor_app.storage.backup_files import backups_dir_for, list_backups
from tests.chaos.harness import Operation, Site, new_file_in
from tests.conftest import PADRON, FakeWallClock
from tests.services.sync_world import make_world

REPO = Path(__file__).resolve().parents[2]
DB = "monitor.db"
PLACE = {"cod_mod": "0335273", "anexo": "0"}
# The columns whose values are the moment of the run: the clocks of changes written (a put, a
# padrón row's update), when something was received or loaded, and the number of a run.
CLOCKS = frozenset({"*.hlc", "clock.last_hlc", "schools.updated_hlc", "premises.updated_hlc",
                    "directory_imports.imported_at", "directory_imports.id", "bundles.received_at",
                    "arrivals.position"})
NAMES = ("import", "export", "padron", "records_put", "report", "backup", "restore")
# A restored laptop takes a new identity: its id, keys and their moment differ from run to run.
NEW_IDENTITY = frozenset({"device.device_id", "device.signing_public_key",
                          "device.encryption_public_key", "device.created_at"})


@dataclass(frozen=True)
class Sizes:
    """How big each operation's work is: big enough that a kill lands inside it."""

    bundle_visits: int = 6000
    bundle_photos: int = 12
    padron_rows: int = 40_000
    put_records: int = 20_000


def _copy_installation(db: Path, template: Path) -> None:
    """`db` with its keys and bundle folders, as `template/monitor.db`."""
    template.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm", ".keys", ".bundles"):
        source = Path(f"{db}{suffix}")
        target = template / f"{DB}{suffix}"
        if source.is_dir():
            shutil.copytree(source, target)
        elif source.exists():
            shutil.copy2(source, target)


def _visit(n: int) -> dict[str, str]:
    return {**PLACE, "date": "2024-05-02", "type": "monitoreo", "notes": f"visita {n}"}


def _photos(ctx: AppContext, visit: str, count: int) -> None:
    """Photos that do not compress (1 MiB each), so that sealing the bundle takes its time."""
    with ctx.recording() as rec:
        for n in range(count):
            data = os.urandom(2**20)
            sha256 = hashlib.sha256(data).hexdigest()
            rec.put("evidence", mint_id(VISITS, PLACE, basis=f"photo {n}"),
                    {"sha256": sha256, "visit_id": visit, "media_type": "image/jpeg",
                     "size_bytes": len(data)})
            store_file(ctx.store, sha256, "image/jpeg", len(data), [data])


def _sync_scenes(root: Path, sizes: Sizes) -> tuple[Path, Path, Path]:
    """An office and a laptop holding `bundle_visits` visits and photos, and the laptop's bundle.
    Returns the office's template, the laptop's and the bundle."""
    world = make_world(root / "world", FakeWallClock(int(time.time() * 1000)))
    laptop = world.laptop("ana")
    world.enrol(laptop)
    with laptop.recording() as rec:
        first = mint_id(VISITS, PLACE, basis="visita 0")
        for n in range(sizes.bundle_visits):
            rec.put("visits", mint_id(VISITS, PLACE, basis=f"visita {n}"), _visit(n))
    _photos(laptop, first, sizes.bundle_photos)
    bundle = world.export(laptop, "big")
    laptop.close()
    world.office.close()
    _copy_installation(world.root / "office.db", root / "import")
    _copy_installation(world.root / "ana.db", root / "export")
    shutil.copy2(bundle, root / "import" / "big.mcbundle")
    return root / "import", root / "export", root / "import" / "big.mcbundle"


def _office(template: Path, directory: Path | None) -> None:
    template.mkdir(parents=True)
    init_device(template / DB, role=Role.UGEL, name="UGEL 05", ugel="150105")
    if directory is not None:
        from monitor_app.services.context import initialised

        with initialised(template / DB) as ctx:
            import_directory(ctx, directory)


def _padron_scene(root: Path, sizes: Sizes) -> Path:
    template = root / "padron"
    _office(template, None)
    subprocess.run([sys.executable, str(REPO / "bench" / "make_padron.py"),
                    str(template / "padron.dbf"), "--rows", str(sizes.padron_rows)],
                   check=True, capture_output=True)
    return template


def _put_scene(root: Path, sizes: Sizes) -> Path:
    template = root / "put"
    template.mkdir(parents=True)
    init_device(template / DB, role=Role.ESPECIALISTA, name="Ana", ugel="150105")
    from monitor_app.services.context import initialised

    with initialised(template / DB) as ctx:
        import_directory(ctx, PADRON / "padron_ugel05_lima.dbf")
    with (template / "visits.jsonl").open("w", encoding="utf-8") as lines:
        for n in range(sizes.put_records):
            record = {"id": mint_id(VISITS, PLACE, basis=f"put {n}"), **_visit(n)}
            lines.write(json.dumps(record) + "\n")
    return template


def _report_scene(root: Path) -> Path:
    template = root / "report"
    _office(template, PADRON / "padron_ugel05_lima.dbf")
    return template


def _backups_made(site: Site) -> list[str]:
    """What a person finds among the backups: each one listed (its note written last) must
    pass its check; an unfinished one is listed nowhere and the next backup removes it."""
    made = list_backups(site.db)
    return ["a good backup"] if made and all(info.good for info in made) else [
        f"{info.backup_id}: check failed" for info in made if not info.good]


def _restore_scene(root: Path, laptop: Path) -> tuple[Path, str]:
    """The laptop backed up, then 500 more visits recorded: restoring takes them away."""
    from monitor_app.services.backups import make_backup
    from monitor_app.services.context import initialised

    template = root / "restore"
    shutil.copytree(laptop, template)
    with initialised(template / DB) as ctx:
        backup = make_backup(ctx).backup_id
        with ctx.recording() as rec:
            for n in range(500):
                rec.put("visits", mint_id(VISITS, PLACE, basis=f"after {n}"), _visit(n))
    return template, backup


def operations(root: Path, sizes: Sizes = Sizes()) -> list[Operation]:
    """The table of operations, their scenes built under `root`."""
    office, laptop, bundle = _sync_scenes(root, sizes)
    padron, put = _padron_scene(root, sizes), _put_scene(root, sizes)
    report = _report_scene(root)
    restore, backup_id = _restore_scene(root, laptop)
    return [
        Operation("import", office, lambda s: ["import", str(s.root / bundle.name)],
                  busy=lambda s: new_file_in(s.temp), volatile=CLOCKS),
        Operation("export", laptop, lambda s: ["export", "--out", str(s.out)],
                  busy=lambda s: new_file_in(s.out), volatile=CLOCKS),
        Operation("padron", padron, lambda s: ["schools", "import", str(s.root / "padron.dbf")],
                  volatile=CLOCKS, logs=frozenset({"directory_imports"})),
        Operation("records_put", put, lambda s: ["records", "put", "visits"],
                  stdin=put / "visits.jsonl", volatile=CLOCKS),
        Operation("report", report,
                  lambda s: ["report", "coverage", "--out", str(s.out / "cobertura.xlsx"),
                             "--date", "2024-10-27"],
                  busy=lambda s: new_file_in(s.out), volatile=CLOCKS),
        Operation("backup", laptop, lambda s: ["backup", "create"],
                  busy=lambda s: new_file_in(s.out), volatile=CLOCKS, out=backups_dir_for,
                  outputs=_backups_made),
        Operation("restore", restore, lambda s: ["backup", "restore", backup_id, "--yes"],
                  volatile=CLOCKS | NEW_IDENTITY),
    ]
