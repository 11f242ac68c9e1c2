"""Benchmark: perceptual hashes of photos and the search for reused ones (issue 19).

    python bench/bench_duplicates.py [--photos 6] [--rows 20000]

1. Which hash: imagehash's dHash and pHash of 12-megapixel JPEG photos (structured
   synthetic pictures with a little sensor-like grain): time per photo decoded whole and
   at reduced scale (`Image.draft`), and how many of the 64 bits move for resized and
   recompressed copies, a HEIC copy and a 2 % crop, against the distance between
   different photos.
2. Time per 12-megapixel HEIC photo (no reduced-scale decoding for HEIC).
3. `find_duplicates` on a centre whose evidence table holds `--rows` hashed photos
   (rows inserted in bulk, random hashes with one near copy in fifty), and
   `near_pairs` alone on 100,000 hashes.
4. The import of a package of `--import-photos` different 12 MP photos, and the part of
   it spent hashing them.

Figures go to docs/benchmarks.md ("Reused photos").
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def photo(seed: int) -> object:
    from PIL import Image

    from tests.duplicates_support import scene

    picture = scene(seed, 4000, 3000)
    grain = Image.effect_noise((4000, 3000), 20).convert("RGB")
    return Image.blend(picture, grain, 0.12)


def encode(image: object, kind: str, quality: int, longest: int | None = None) -> bytes:
    from PIL import Image

    assert isinstance(image, Image.Image)
    if longest is not None:
        image = image.copy()
        image.thumbnail((longest, longest))
    out = io.BytesIO()
    image.save(out, kind, quality=quality)
    return out.getvalue()


def hashed(data: bytes, name: str, draft: bool) -> object:
    import imagehash

    from cds_desktop.photos import open_image

    with open_image(io.BytesIO(data)) as image:
        if draft:
            image.draft("L", (256, 256))
        grey = image.convert("L")
        return imagehash.dhash(grey) if name == "dhash" else imagehash.phash(grey)


def which_hash(count: int) -> None:
    from PIL import ImageOps  # noqa: F401  (imported before timing)

    photos = [photo(seed) for seed in range(count)]
    originals = [encode(p, "JPEG", 92) for p in photos]
    print(f"12 MP JPEG at quality 92: {statistics.mean(len(o) for o in originals) / 1e6:.1f} MB")
    timings: dict[tuple[str, bool], list[float]] = {}
    for name in ("dhash", "phash"):
        hashed(originals[0], name, True)  # imports
    for _round in range(3):  # interleaved, the fastest of three: the machine is shared
        for data in originals:
            for name in ("dhash", "phash"):
                for draft in (False, True):
                    started = time.perf_counter()
                    hashed(data, name, draft)
                    elapsed = time.perf_counter() - started
                    timings.setdefault((name, draft), []).append(elapsed)
    for (name, draft), times in timings.items():
        best = sorted(times)[: len(originals)]
        each = statistics.median(best) * 1000
        print(f"{name} {'reduced scale' if draft else 'whole photo'}: {each:.0f} ms per photo")
    for name in ("dhash", "phash"):
        base = [hashed(o, name, True) for o in originals]
        copies: dict[str, list[int]] = {"resized+recompressed": [], "HEIC": [], "2 % crop": []}
        for image, first in zip(photos, base, strict=True):
            for longest, quality in ((2048, 85), (1600, 60), (1024, 40), (800, 30)):
                copy = hashed(encode(image, "JPEG", quality, longest), name, True)
                copies["resized+recompressed"].append(copy - first)  # type: ignore[operator]
            heic = hashed(encode(image, "HEIF", 70), name, True)
            copies["HEIC"].append(heic - first)  # type: ignore[operator]
            w, h = image.size  # type: ignore[attr-defined]
            cut = image.crop((w // 50, h // 50, w - w // 50, h - h // 50))  # type: ignore[attr-defined]
            copies["2 % crop"].append(hashed(encode(cut, "JPEG", 80, 1600), name, True) - first)  # type: ignore[operator]
        apart = [base[i] - base[j] for i in range(count) for j in range(i + 1, count)]  # type: ignore[operator]
        for what, bits in copies.items():
            print(f"  {name} {what}: {min(bits)}–{max(bits)} bits")
        print(f"  {name} different photos: {min(apart)}–{max(apart)} bits")


def heic_time() -> None:
    data = encode(photo(1), "HEIF", 70)
    hashed(data, "dhash", True)
    started = time.perf_counter()
    for _ in range(3):
        hashed(data, "dhash", True)
    each = (time.perf_counter() - started) / 3 * 1000
    print(f"12 MP HEIC ({len(data) / 1e6:.1f} MB): {each:.0f} ms per photo")


def grouping(rows: int) -> None:
    from sqlalchemy import insert

    from cds_desktop.duplicates import find_duplicates, near_pairs
    from cds_desktop.models import Activity, Base, Evidence
    from cds_desktop.profile import create_profile

    rnd = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        centre = create_profile(Path(folder) / "c", "centre", "BO-TTCDS", "Trung tâm")
        with centre.database.session() as session:
            campaign = centre.active_campaign(session).id
        acts, evidence, hashes = [], [], []
        for n in range(rows):
            aid = str(uuid.uuid4())
            acts.append({"id": aid, "unit_code": "BO-TTCDS", "campaign_id": campaign,
                         "title": f"Hoạt động {n}", "form": "news", "channels": [],
                         "start_date": dt.date(2024, 10, 1), "end_date": dt.date(2024, 10, 1),
                         "urls": [], "topics": []})  # fmt: skip
            value = rnd.getrandbits(64) if n % 50 or not hashes else hashes[-1] ^ 0b101
            hashes.append(value)
            evidence.append({"id": str(uuid.uuid4()), "activity_id": aid, "position": 1,
                             "kind": "file", "sha256": f"{n:064x}", "filename": f"{n}.jpg",
                             "media_type": "image/jpeg", "size": 1,
                             "phash": f"{value:016x}"})  # fmt: skip
        with centre.database.session() as session:
            session.execute(insert(Base.metadata.tables[Activity.__tablename__]), acts)
            session.execute(insert(Base.metadata.tables[Evidence.__tablename__]), evidence)
        started = time.perf_counter()
        groups = find_duplicates(centre)
        print(f"find_duplicates over {rows:,} photos: {time.perf_counter() - started:.2f} s, "
              f"{len(groups)} groups")  # fmt: skip
        centre.close()
    many = [rnd.getrandbits(64) for _ in range(100_000)]
    started = time.perf_counter()
    near_pairs(many)
    print(f"near_pairs over 100,000 hashes: {time.perf_counter() - started:.2f} s")


def import_cost(count: int) -> None:
    """A unit package of `count` different 12 MP JPEG photos imported: the whole import,
    and the part of it spent hashing the photos (after the commit)."""
    from PIL import ImageDraw
    from sqlalchemy import select, update

    from cds_desktop import duplicates
    from cds_desktop.activities import ActivityService, FileInput
    from cds_desktop.models import Evidence
    from cds_desktop.packages.export import export_package
    from cds_desktop.packages.importer import import_packages
    from cds_desktop.profile import create_profile

    base = photo(5)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        unit = create_profile(root / "u", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
        service = ActivityService(unit)
        for n in range(count):
            image = base.copy()  # type: ignore[attr-defined]
            ImageDraw.Draw(image).rectangle((n * 90, 0, n * 90 + 600, 900), fill=(n * 6, 90, 40))
            path = root / f"Ảnh {n}.jpg"
            path.write_bytes(encode(image, "JPEG", 90))
            service.add(
                {"title": f"Hoạt động {n}", "form": "news", "start_date": "2024-10-08"},
                [FileInput(path)],
            )
        package = export_package(unit, root).path
        unit.close()
        centre = create_profile(root / "c", "centre", "BO-TTCDS", "Trung tâm")
        started = time.perf_counter()
        import_packages(centre, [package], trust_new=True)
        whole = time.perf_counter() - started
        with centre.database.session() as session:
            shas = set(session.scalars(select(Evidence.sha256)))
            session.execute(update(Evidence).values(phash=None))
        started = time.perf_counter()
        duplicates.hash_new_evidence(centre, shas)
        hashing = time.perf_counter() - started
        centre.close()
    print(
        f"import of {count} 12 MP photos: {whole:.1f} s, of which hashing {hashing:.1f} s "
        f"({hashing / count * 1000:.0f} ms per photo)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=6)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--import-photos", type=int, default=40)
    args = parser.parse_args()
    which_hash(args.photos)
    heic_time()
    grouping(args.rows)
    import_cost(args.import_photos)


if __name__ == "__main__":
    main()
