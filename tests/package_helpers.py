"""Building genuine, re-signed and hostile packages for the package tests."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import random
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from cds_desktop import keys
from cds_desktop.activities import ActivityService, FileInput, LinkInput
from cds_desktop.packages.container import ContainerWriter, container_bag_info
from cds_desktop.packages.export import export_package
from cds_desktop.packages.format import BAG_INFO_TXT, BAGIT_TXT, BAGIT_TXT_CONTENT, PACKAGE_KIND
from cds_desktop.packages.importer import ImportResult, import_packages
from cds_desktop.profile import Profile, create_profile
from tests.postgres_support import database_url

UNIT_NAMES = {
    "SO-HNI": "Sở Văn hóa và Thể thao Hà Nội",
    "SO-HCM": "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh",
    "BO-VP": "Văn phòng Bộ",
}


def make_unit(root: Path, code: str = "SO-HNI", seed: int = 1) -> Profile:
    """A unit with three activities: photos (stored), a text scan (deflated), links, a tombstone."""
    profile = create_profile(root / f"unit-{code}", "unit", code, UNIT_NAMES.get(code, code))
    rng = random.Random(seed)
    folder = root / f"files-{code}"
    folder.mkdir(parents=True, exist_ok=True)
    photo = folder / "Ảnh hội thảo.jpg"
    photo.write_bytes(rng.randbytes(20_000))
    scan = folder / "Biên bản.txt"
    scan.write_text("Biên bản hội nghị chuyển đổi số. " * (200 + seed), encoding="utf-8")
    service = ActivityService(profile)
    service.add(
        {"title": f"Hội thảo Kinh tế số {seed}", "form": "workshop", "start_date": "2024-10-08",
         "end_date": "2024-10-09", "location": "Hà Nội", "participants": 250, "reach": 12000,
         "channels": ["in_person"], "topics": ["digital_economy"]},
        [FileInput(photo, "Toàn cảnh"), FileInput(scan)],
        [LinkInput("https://bvhttdl.gov.vn/tin-1", "Tin trên cổng")],
    )  # fmt: skip
    service.add(
        {"title": "Tin bài Ngày Chuyển đổi số", "form": "news", "start_date": "2024-10-10",
         "urls": ["https://example.gov.vn/bai"]},
        [FileInput(photo)],
    )  # fmt: skip
    gone = service.add({"title": "Nhập nhầm", "form": "other", "start_date": "2024-10-01"})
    service.delete(gone.activity_id)
    return profile


def export(profile: Profile, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return export_package(profile, folder).path


def make_centre(root: Path, name: str = "centre", url: str | None = None) -> Profile:
    """A centre profile; its database at `url` (PostgreSQL) if given, else the SQLite file."""
    with database_url(url):
        return create_profile(root / name, "centre", "BO-TTCDS", "Trung tâm Chuyển đổi số")


def private_key(profile: Profile) -> Ed25519PrivateKey:
    return keys.load_private_key(profile.paths.private_key)


def read_members(path: Path) -> dict[str, bytes]:
    """Members of one of our own (trusted) packages, by name, in file order."""
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_zip(
    path: Path,
    members: list[tuple[str, bytes]] | dict[str, bytes],
    compress: bool = True,
    infos: dict[str, zipfile.ZipInfo] | None = None,
) -> Path:
    """A zip written by Python's `zipfile` (duplicate names allowed)."""
    items = list(members.items()) if isinstance(members, dict) else members
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED if compress else 0) as archive:
            for name, data in items:
                info = (infos or {}).get(name) or zipfile.ZipInfo(name, (2024, 10, 20, 8, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
                if not info.external_attr:
                    info.external_attr = 0o100644 << 16
                archive.writestr(info, data)
    return path


def split(members: dict[str, bytes]) -> tuple[str, dict[str, bytes]]:
    """(base directory, {payload path: bytes})."""
    base = next(iter(members)).split("/", 1)[0]
    payload = {
        name[len(base) + 1 :]: data
        for name, data in members.items()
        if name[len(base) + 1 :].startswith("data/")
    }
    return base, payload


def resign(
    source: Path,
    target: Path,
    key: Ed25519PrivateKey,
    edit: Callable[[dict[str, bytes]], None] | None = None,
    version: int = 1,
    base: str | None = None,
    kind: str = PACKAGE_KIND,
) -> Path:
    """A package rebuilt from `source`'s payload (after `edit`), correctly signed by `key`.

    This is what an attacker holding a key (or a buggy program) can make: everything but
    the content passes, so the content checks are what is tested.
    """
    original_base, payload = split(read_members(source))
    if edit is not None:
        edit(payload)
    moment = dt.datetime(2024, 10, 20, tzinfo=dt.UTC)
    buffer = io.BytesIO()
    writer = ContainerWriter(buffer.write, base or original_base, kind, version, moment)
    writer.add_tag_file(BAGIT_TXT, BAGIT_TXT_CONTENT)
    sizes = [len(v) for v in payload.values()]
    writer.add_tag_file(BAG_INFO_TXT, container_bag_info(kind, version, moment, sizes, []))
    for path, data in payload.items():
        writer.add_payload(path, data, compress=path.endswith(".json"))
    writer.finish(key)
    target.write_bytes(buffer.getvalue())
    return target


def master_digest(profile: Profile) -> str:
    """Every master row (not the import log) and every file of the evidence store and tmp/."""
    digest = hashlib.sha256()
    with profile.database.engine.connect() as connection:
        for table in ("setting", "campaign", "unit", "activity", "evidence"):
            rows = connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
            digest.update(repr(rows).encode())
    for folder in (profile.paths.evidence, profile.paths.staging):
        for path in sorted(folder.rglob("*")):
            digest.update(str(path.relative_to(profile.paths.root)).encode())
            if path.is_file():
                digest.update(path.read_bytes())
    return digest.hexdigest()


def content_digest(profile: Profile) -> str:
    """The master's units, activities and evidence rows (no import times); every evidence
    file they reference must be in the store."""
    digest = hashlib.sha256()
    with profile.database.engine.connect() as connection:
        for query in (
            "SELECT code, name, fingerprint, public_key, last_sequence FROM unit ORDER BY code",
            "SELECT * FROM activity ORDER BY id",
            "SELECT * FROM evidence ORDER BY id",
        ):
            digest.update(repr(connection.execute(text(query)).all()).encode())
        referenced = connection.execute(
            text("SELECT DISTINCT sha256 FROM evidence WHERE sha256 IS NOT NULL ORDER BY 1")
        ).scalars()
        for sha256 in referenced:  # superseded files may stay in the store, unreferenced
            assert profile.evidence.contains(sha256), sha256
    return digest.hexdigest()


def import_one(centre: Profile, path: Path, trust_new: bool = False) -> ImportResult:
    [result] = import_packages(centre, [path], trust_new=trust_new)
    return result


def flip_bit(data: bytes, position: int, bit: int = 0) -> bytes:
    mutable = bytearray(data)
    mutable[position] ^= 1 << bit
    return bytes(mutable)


def random_bytes(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size) if size else os.urandom(0)


def raw_zip(entries: list[dict[str, object]]) -> bytes:
    """A zip built field by field, to say things our writer never would.

    Each entry: name (str), data (bytes, already compressed if method 8), and optional
    method, crc, size (declared uncompressed size), offset (header offset written in
    the central directory; default: where the entry really is), mode, made_by, inline
    (False: the entry has no local header/data of its own, only a directory record).
    """
    import struct
    import zlib

    from cds_desktop.packages import writer as w

    body = bytearray()
    directory = bytearray()
    for entry in entries:
        name = str(entry["name"]).encode("utf-8")
        data = bytes(entry.get("data", b""))  # type: ignore[call-overload]
        method = int(entry.get("method", 0))  # type: ignore[call-overload]
        size = int(entry.get("size", len(data)))  # type: ignore[call-overload]
        crc = int(entry.get("crc", zlib.crc32(data) if method == 0 else 0))  # type: ignore[call-overload]
        flags = 0x800 if not str(entry["name"]).isascii() else 0
        real_offset = len(body)
        if entry.get("inline", True):
            body += w.LOCAL_HEADER.pack(w.LOCAL_SIGNATURE, 20, flags, method, 0, 0x5954, crc,
                                        len(data), size, len(name), 0) + name + data  # fmt: skip
        offset = int(entry.get("offset", real_offset))  # type: ignore[call-overload]
        mode = int(entry.get("mode", 0o100644))  # type: ignore[call-overload]
        made_by = int(entry.get("made_by", (3 << 8) | 20))  # type: ignore[call-overload]
        directory += w.CENTRAL_HEADER.pack(
            w.CENTRAL_SIGNATURE, made_by, 20, flags, method, 0, 0x5954, crc, len(data), size,
            len(name), 0, 0, 0, 0, (mode << 16) | int(entry.get("dos", 0)), offset,  # type: ignore[call-overload]
        ) + name  # fmt: skip
    count = len(entries)
    end = struct.pack("<IHHHHIIH", w.END_SIGNATURE, 0, 0, count, count, len(directory),
                      len(body), 0)  # fmt: skip
    return bytes(body + directory + end)


def deflate(data: bytes) -> bytes:
    import zlib

    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()
