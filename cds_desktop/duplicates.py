"""The same photo used twice (issue 19, SPEC §9): exact and near duplicate evidence.

At the centre every image evidence file gets a perceptual hash (`evidence.phash`): when
the package that brought it is imported (`hash_new_evidence`), or on demand for masters
imported before (`fill_missing_hashes`, called by `evidence duplicates` and the GUI).

`find_duplicates` then lists the photos used by more than one activity (of one unit or
of several): the same file (same SHA-256) or files that look alike (hashes at most
`NEAR_BITS` of 64 bits apart: a copy resized, re-encoded, converted to HEIC or lightly
cropped). Each group lists every use side by side: unit, activity, date, file name.

Which hash: imagehash's difference hash (dHash, 8×8 = 64 bits) of the photo in grey,
turned upright by its EXIF orientation, the JPEG decoded at reduced scale
(`Image.draft`). Measured on 12 MP photos (bench/bench_duplicates.py,
docs/benchmarks.md): resized copies recompressed at JPEG quality 30 to 85 and HEIC
copies are 0–3 bits from the original, a 2 % crop 3–6, different photos 24 or more
apart; pHash did as well (0–2, 4–6, 24) but needs scipy and took a little longer (27
against 22 ms per photo; 90 ms either way decoded whole). `NEAR_BITS` = 6 catches every
copy measured and stays far below the distance between different photos. Plain
pictures (one colour, a blank slide) have hashes of almost only 0 bits and would all look
alike: they are matched by SHA-256 only (`PLAIN_BITS`).

imagehash and numpy are imported only when photos are hashed or compared.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, func, select, update

from cds_desktop import photos
from cds_desktop.bulk import among, id_batches
from cds_desktop.models import Activity, Base, Evidence, Unit
from cds_desktop.photos import HEAD_BYTES, PhotoError, looks_like_image, open_image

if TYPE_CHECKING:
    from cds_desktop.profile import Profile

log = logging.getLogger(__name__)

HASH_BITS = 64
NEAR_BITS = 6
"""Two images whose hashes differ in at most this many bits are near duplicates."""

PLAIN_BITS = 10
"""A hash with fewer than this many 1 bits, or 0 bits, is of a plain picture (one colour,
a blank slide: photos measured 21–35): such pictures look alike without being copies,
so they are matched as the same file only."""

MAX_HASHED_BYTES = 64 * 1024 * 1024
"""Larger files are not hashed (a 100-megapixel JPEG is far smaller; video is not a photo)."""

IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic", ".heif"}
)
MAX_DECODED_PIXELS = 50_000_000
"""Larger images after a JPEG's reduced-scale decoding (a 48 MP HEIC passes; a 100 MP
PNG, decoded whole at 400 MB, does not) get no hash: memory stays bounded."""

HASHING_THREADS = 2
"""Photos hashed at once (Pillow decodes without the GIL); at most two keep the memory
of two large decoded photos."""

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


def may_be_image(media_type: str, filename: str) -> bool:
    """From the record alone: worth reading the first bytes of?"""
    if media_type.lower().startswith("image/"):
        return True
    return PurePosixPath(filename.lower()).suffix in IMAGE_SUFFIXES


def image_hash(data: bytes, name: str = "") -> str | None:
    """The perceptual hash of an image as 16 hex digits; None if it is not an image the
    program can read within its budgets (damaged, too large, not an image)."""
    if not looks_like_image(data[:HEAD_BYTES]):
        return None
    try:
        import imagehash
        from PIL import ImageOps

        with open_image(io.BytesIO(data), name) as image:
            image.draft("L", (256, 256))  # JPEG: decoded at 1/8 scale, 4× faster
            if image.size[0] * image.size[1] > MAX_DECODED_PIXELS:
                log.info("no perceptual hash for %s: %s×%s pixels", name, *image.size)
                return None
            upright = ImageOps.exif_transpose(image)
            return str(imagehash.dhash(upright.convert("L")))
    except PhotoError as exc:
        log.info("no perceptual hash for %s: %s", name, exc)
    except (OSError, ValueError, SyntaxError, MemoryError, EOFError) as exc:  # damaged data
        log.info("no perceptual hash for %s: %s: %s", name, exc.__class__.__name__, exc)
    return None


def _head_and_size(profile: Profile, sha256: str) -> tuple[bytes, int]:
    """The first bytes of a stored file and its size, without reading the rest."""
    store = profile.evidence
    blob = store.packed(sha256)
    if blob is None:
        path = store.path_for(sha256)
        with path.open("rb") as handle:
            return handle.read(HEAD_BYTES), path.stat().st_size
    with blob.pack.open("rb") as handle:
        handle.seek(blob.offset)
        return handle.read(min(HEAD_BYTES, blob.size)), blob.size


def _file_hash(profile: Profile, sha256: str, name: str) -> str | None:
    try:
        head, size = _head_and_size(profile, sha256)
        if not looks_like_image(head) or size > MAX_HASHED_BYTES:
            return None  # not a photo: never decoded
        return image_hash(profile.evidence.read_bytes(sha256), name)
    except OSError as exc:  # missing from the store: the evidence check says so
        log.info("no perceptual hash for %s (%s): %s", name, sha256, exc)
        return None


def _fill(
    profile: Profile,
    only: set[str] | None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> int:
    """Hash the image files lacking a hash (all, or those of `only`); the number hashed."""
    if only is not None and not only:
        return 0  # a package without files
    query = select(Evidence.sha256, Evidence.media_type, Evidence.filename, Evidence.phash).where(
        Evidence.kind == "file", Evidence.sha256.is_not(None)
    )
    with profile.database.session() as session:
        if only is None:  # the images some row lacks a hash for (few once all are hashed)
            only = {
                sha256
                for sha256, media_type, filename, _phash in session.execute(
                    query.where(Evidence.phash.is_(None))
                )
                if sha256 is not None and may_be_image(media_type, filename)
            }
        if only:  # every row of those files (one array on PostgreSQL, else in batches)
            rows = [
                row
                for batch in id_batches(session, sorted(only))
                for row in session.execute(query.where(among(session, Evidence.sha256, batch)))
            ]
        else:
            rows = []
    known: dict[str, str] = {}
    wanted: dict[str, str] = {}  # sha256 -> a file name
    lacking: set[str] = set()
    for sha256, media_type, filename, phash in rows:
        if sha256 is None:
            continue
        if phash:
            known[sha256] = phash
        else:
            lacking.add(sha256)
            if may_be_image(media_type, filename):
                wanted.setdefault(sha256, filename)
    found = {s: known[s] for s in lacking if s in known}  # another row had it
    todo = sorted(s for s in wanted if s not in found)
    # Pillow decodes without the GIL: photos are hashed on a few threads.
    workers = max(1, min(HASHING_THREADS, os.cpu_count() or 1, len(todo)))
    with ThreadPoolExecutor(workers, thread_name_prefix="phash") as pool:
        for start in range(0, len(todo), 4 * workers):
            if should_cancel is not None and should_cancel():
                break
            if progress is not None:
                progress(start, len(todo))
            batch = todo[start : start + 4 * workers]
            values = pool.map(lambda s: _file_hash(profile, s, wanted[s]), batch)
            found.update((s, v) for s, v in zip(batch, values, strict=True) if v is not None)
    if progress is not None:
        progress(len(todo), len(todo))
    if not found:
        return 0
    table = Base.metadata.tables[Evidence.__tablename__]
    statement = (
        update(table)
        .where(table.c.sha256 == bindparam("s"), table.c.phash.is_(None))
        .values(phash=bindparam("h"))
    )
    with profile.database.write_session() as session:
        session.connection().execute(
            statement, [{"s": s, "h": h} for s, h in sorted(found.items())]
        )
    return len(found)


def hash_new_evidence(
    profile: Profile, sha256s: Iterable[str], should_cancel: ShouldCancel | None = None
) -> int:
    """After an import: the perceptual hashes of the package's image files that have none.

    Never fails the import (it is already committed): a hash not made now is made on
    demand later (`fill_missing_hashes`)."""
    try:
        return _fill(profile, set(sha256s), should_cancel=should_cancel)
    except Exception:  # the import stands; the hash is made later on demand
        log.exception("perceptual hashes after the import were not made")
        return 0


def fill_missing_hashes(
    profile: Profile,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> int:
    """Hash every image evidence file that has no perceptual hash yet (masters imported
    before hashes existed); the number of files hashed."""
    return _fill(profile, None, progress, should_cancel)


def thumbnail_png(profile: Profile, sha256: str, longest: int = 200) -> bytes | None:
    """A small upright PNG of a stored image (HEIC too), for the duplicates view; None
    if the file is not an image the program can read."""
    try:
        data = profile.evidence.read_bytes(sha256)
        if not looks_like_image(data[:HEAD_BYTES]):
            return None
        return photos.thumbnail_png(io.BytesIO(data), longest)
    except (PhotoError, OSError, ValueError, SyntaxError, MemoryError, EOFError) as exc:
        log.info("no thumbnail for %s: %s", sha256, exc)
        return None


@dataclass(frozen=True, slots=True)
class DuplicateUse:
    """One activity's use of a photo in a duplicate group."""

    unit_code: str
    unit_name: str
    activity_id: str
    title: str
    start_date: dt.date
    end_date: dt.date
    filename: str
    sha256: str
    phash: str
    distance: int
    """Bits between this file's hash and the group's first file (0: the same picture)."""

    def to_json(self) -> dict[str, object]:
        return {
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "activity_id": self.activity_id,
            "title": self.title,
            "start_date": self.start_date.isoformat(),
            "end_date": self.end_date.isoformat(),
            "filename": self.filename,
            "sha256": self.sha256,
            "phash": self.phash,
            "distance": self.distance,
        }


EXACT = "exact"
NEAR = "near"


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Photos that are one picture, used by more than one activity.

    `kind` is `exact` when every use is the same file (SHA-256), `near` when some are
    copies that differ (resized, re-encoded, another format)."""

    kind: str
    uses: tuple[DuplicateUse, ...]

    @property
    def unit_codes(self) -> list[str]:
        return list(dict.fromkeys(u.unit_code for u in self.uses))

    @property
    def activity_count(self) -> int:
        return len({u.activity_id for u in self.uses})

    @property
    def across_units(self) -> bool:
        return len(self.unit_codes) > 1

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "across_units": self.across_units,
            "units": self.unit_codes,
            "activities": self.activity_count,
            "uses": [u.to_json() for u in self.uses],
        }


def _has_detail(value: int) -> bool:
    ones = value.bit_count()
    return PLAIN_BITS <= ones <= HASH_BITS - PLAIN_BITS


def _hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def near_pairs(hashes: list[int], limit: int = NEAR_BITS) -> set[tuple[int, int]]:
    """Index pairs (i < j) of hashes at most `limit` bits apart.

    Pigeonhole: split the 64 bits into `limit + 1` pieces; two hashes within `limit`
    bits agree exactly on at least one piece, so only hashes sharing a piece are
    compared, a bucket at a time with numpy (docs/benchmarks.md: 20,000 photos in a
    fraction of a second)."""
    import numpy as np

    values = np.array(hashes, dtype=np.uint64)
    pieces = limit + 1
    bounds = [HASH_BITS * k // pieces for k in range(pieces + 1)]
    pairs: set[tuple[int, int]] = set()
    for k in range(pieces):
        mask = np.uint64((1 << (bounds[k + 1] - bounds[k])) - 1)
        keys = (values >> np.uint64(bounds[k])) & mask
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
        ends = np.append(starts[1:], len(order))
        for start, end in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
            members = order[start:end]
            block = values[members]
            for row in range(0, len(members), 512):  # memory stays small in a huge bucket
                near = np.bitwise_count(block[row : row + 512, None] ^ block[None, :]) <= limit
                first, second = np.nonzero(near)
                first = first + row
                keep = first < second
                pairs.update(
                    zip(
                        members[first[keep]].tolist(),
                        members[second[keep]].tolist(),
                        strict=True,
                    )
                )
    return {(i, j) if i < j else (j, i) for i, j in pairs}


@dataclass(frozen=True, slots=True)
class _Use:
    sort_order: int
    unit_code: str
    unit_name: str
    activity_id: str
    title: str
    start_date: dt.date
    end_date: dt.date
    position: int
    filename: str
    sha256: str
    phash: str


def _load_uses(profile: Profile, campaign_code: str | None) -> list[_Use]:
    with profile.database.session() as session:
        campaign = profile.campaign(session, campaign_code)
        query = (
            select(
                Unit.sort_order,
                Activity.unit_code,
                Unit.name,
                Activity.id,
                Activity.title,
                Activity.start_date,
                Activity.end_date,
                Evidence.position,
                Evidence.filename,
                func.coalesce(Evidence.sha256, ""),
                func.coalesce(Evidence.phash, ""),
            )
            .join(Activity, Activity.id == Evidence.activity_id)
            .join(Unit, Unit.code == Activity.unit_code)
            .where(
                Activity.campaign_id == campaign.id,
                Activity.deleted.is_(False),
                Evidence.kind == "file",
                Evidence.sha256.is_not(None),
            )
        )
        return [_Use(*row) for row in session.execute(query)]


def _find(index: dict[int, int], i: int) -> int:
    while index[i] != i:
        index[i] = index[index[i]]
        i = index[i]
    return i


def find_duplicates(
    profile: Profile, campaign_code: str | None = None, limit: int = NEAR_BITS
) -> list[DuplicateGroup]:
    """The photos of a campaign's activities (default: the active campaign) used by more
    than one activity: the same file, or files whose hashes are at most `limit` bits
    apart. Groups spanning several units come first; in a group, the uses by date.
    Files without a hash (not images, or not hashed yet: `fill_missing_hashes`) are
    matched by SHA-256 only."""
    uses = _load_uses(profile, campaign_code)
    files = sorted({u.sha256 for u in uses})
    number = {sha256: n for n, sha256 in enumerate(files)}
    parent = {n: n for n in range(len(files))}
    phash_of = {u.sha256: u.phash for u in uses if u.phash}
    values = sorted(set(phash_of.values()))
    by_value: dict[str, list[int]] = defaultdict(list)
    for sha256, value in phash_of.items():
        by_value[value].append(number[sha256])

    def join(a: int, b: int) -> None:
        ra, rb = _find(parent, a), _find(parent, b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    detailed = [v for v in values if _has_detail(int(v, 16))]
    for value in detailed:  # different files, the same look
        same = by_value[value]
        for other in same[1:]:
            join(same[0], other)
    for i, j in near_pairs([int(v, 16) for v in detailed], limit):
        join(by_value[detailed[i]][0], by_value[detailed[j]][0])

    members: dict[int, list[_Use]] = defaultdict(list)
    for use in uses:
        members[_find(parent, number[use.sha256])].append(use)
    groups: list[DuplicateGroup] = []
    for group in members.values():
        if len({u.activity_id for u in group}) < 2:
            continue  # one activity's own photos: not reuse
        group.sort(  # the earliest use first: most likely the original
            key=lambda u: (
                u.start_date,
                u.sort_order,
                u.unit_code,
                u.title,
                u.activity_id,
                u.position,
            )
        )
        first = int(group[0].phash, 16) if group[0].phash else None
        shown = tuple(
            DuplicateUse(
                u.unit_code,
                u.unit_name,
                u.activity_id,
                u.title,
                u.start_date,
                u.end_date,
                u.filename,
                u.sha256,
                u.phash,
                0
                if u.sha256 == group[0].sha256 or first is None or not u.phash
                else _hamming(first, int(u.phash, 16)),
            )
            for u in group
        )
        kind = EXACT if len({u.sha256 for u in group}) == 1 else NEAR
        groups.append(DuplicateGroup(kind, shown))
    groups.sort(
        key=lambda g: (
            -len(g.unit_codes),
            g.kind != EXACT,
            g.uses[0].start_date,
            g.uses[0].unit_code,
            g.uses[0].title,
        )
    )
    return groups
