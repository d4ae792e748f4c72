"""Evidence photos end to end: processing a 12-megapixel phone photo, attaching N of them, the
laptop's export with their files, and the office's import.

Run: python bench/bench_evidence.py [--photos 50]
The photos are synthetic but photo-like (gradients, texture and noise, 4032 × 3024 JPEG at
quality 92, about 2 MB), so stored sizes are close to real ones; flat test pictures would compress
to a few kilobytes and flatter the figures.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageFilter

from monitor_app.services.evidence import attach_photo
from monitor_app.services.sync_export import export_bundle
from monitor_app.services.sync_import import import_bundle
from monitor_app.storage.photos import process_photo
from tests.conftest import FakeWallClock
from tests.services.sync_world import VISIT, make_world, put

SIZE = (4032, 3024)


def phone_photo(seed: int) -> bytes:
    rng = random.Random(seed)
    small = Image.effect_noise((SIZE[0] // 16, SIZE[1] // 16), 60).convert("RGB")
    base = small.resize(SIZE, Image.Resampling.BICUBIC)  # broad shapes and shading
    tint = Image.new("RGB", SIZE, tuple(rng.randint(60, 200) for _ in range(3)))  # type: ignore[arg-type]
    grain = Image.effect_noise(SIZE, 18).convert("RGB").filter(ImageFilter.GaussianBlur(0.6))
    image = Image.blend(Image.blend(base, tint, 0.5), grain, 0.25)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=50)
    args = parser.parse_args()
    originals = [phone_photo(n) for n in range(args.photos)]
    start = time.perf_counter()
    stored = [process_photo(data, "bench.jpg") for data in originals[:10]]
    per_photo = (time.perf_counter() - start) / len(stored)
    print(f"original  {sum(map(len, originals)) / len(originals) / 2**20:.1f} MB average, "
          f"{SIZE[0]}×{SIZE[1]}")
    print(f"stored    {sum(p.size_bytes for p in stored) / len(stored) / 1024:.0f} KB average, "
          f"{stored[0].width}×{stored[0].height}; processing {per_photo * 1000:.0f} ms a photo")
    with tempfile.TemporaryDirectory() as tmp:
        world = make_world(Path(tmp), FakeWallClock(int(time.time() * 1000)))
        laptop = world.enrolled_laptop("ana")
        [visit] = put(laptop, "visits", VISIT)
        start = time.perf_counter()
        for data in originals:
            attach_photo(laptop, data, visit_id=visit)
        attached = time.perf_counter() - start
        out = Path(tmp) / "out"
        out.mkdir()
        start = time.perf_counter()
        info = export_bundle(laptop, out)
        exported = time.perf_counter() - start
        start = time.perf_counter()
        outcome = import_bundle(world.office, info.path)
        imported = time.perf_counter() - start
        assert outcome.counts["photos"] == args.photos, outcome
        print(f"attach    {args.photos} photos in {attached:.2f} s "
              f"({attached / args.photos * 1000:.0f} ms each, processing included)")
        print(f"export    {info.size / 2**20:.1f} MB bundle (encrypted, {info.blob_count} photos, "
              f"{info.change_count} changes) in {exported:.2f} s")
        print(f"import    at the office in {imported:.2f} s (verify, merge, keep the files)")


if __name__ == "__main__":
    main()
