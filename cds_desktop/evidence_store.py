"""Content-addressed store for evidence files.

A file is streamed in (never read whole into memory), hashed with SHA-256 and written
atomically under its hash: temporary file in the profile, fsync, rename. The same
content is stored once however many activities use it.

The centre keeps the new evidence of each imported package in one *pack* instead: the
files one after the other in `packs/<name>.pack`, and beside it `packs/<name>.idx`, one
line `<sha256> <offset> <size>` per file. One file written and fsynced per package
instead of thousands is what makes an import fast (docs/benchmarks.md), on Windows
above all, where creating a file costs most. Readers ask for content by hash
(`contains`, `chunks`, `copy_to`, `read_bytes`) and do not care where it lies.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cds_desktop.errors import CdsError
from cds_desktop.files import fsync_directory, move_into_place
from cds_desktop.text import format_size

SHA256_HEX = re.compile(r"[0-9a-f]{64}")
"""How the store, the database and packages name an evidence file: its SHA-256, lowercase hex."""

MAX_EVIDENCE_BYTES = 256 * 1024 * 1024
"""Largest evidence file accepted (256 MiB): a long video belongs on a website, as a link."""

CHUNK = 1024 * 1024
PACKS = "packs"
INDEX_LINE = re.compile(r"([0-9a-f]{64}) (\d{1,15}) (\d{1,15})")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int


@dataclass(frozen=True)
class PackedFile:
    """Where a file of a pack lies."""

    pack: Path
    offset: int
    size: int


def check_readable(path: Path) -> int:
    """The size of a file a user offers as evidence, or a refusal that says what is wrong."""
    name = path.name
    try:
        if not path.exists():
            raise CdsError(f"evidence file {path} does not exist", "evidence_missing", name=name)
        if not path.is_file():
            raise CdsError(f"evidence {path} is not a file", "evidence_not_file", name=name)
        size = path.stat().st_size
        with path.open("rb") as handle:
            handle.read(1)
    except OSError as exc:
        reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror
        raise CdsError(
            f"evidence file {path} cannot be read: {reason or exc}",
            "evidence_unreadable",
            name=name,
        ) from exc
    if size == 0:
        raise CdsError(
            f"evidence file {path} is empty (0 bytes); attach the real file (a copy that "
            "did not finish, or a download that failed, is often empty)",
            "evidence_empty",
            name=name,
        )
    if size > MAX_EVIDENCE_BYTES:
        raise CdsError(
            f"evidence file {path} is {format_size(size, 'en')}; the limit is "
            f"{format_size(MAX_EVIDENCE_BYTES, 'en')} per file — publish it online and add a link",
            "evidence_too_large",
            name=name,
            size=size,
            limit=MAX_EVIDENCE_BYTES,
        )
    return size


class EvidenceStore:
    """Files under `root/ab/abcdef…` by SHA-256, written through `staging`, and packs
    under `root/packs/`."""

    def __init__(self, root: Path, staging: Path) -> None:
        self.root = root
        self.staging = staging
        self._packed: dict[str, PackedFile] = {}
        self._indexes_read: set[str] = set()
        self._packs_seen: int | None = None
        """The packs folder's modification time when it was last listed."""
        self._lock = threading.Lock()  # the importer's thread adds packs, the GUI reads

    @property
    def packs(self) -> Path:
        return self.root / PACKS

    def path_for(self, sha256: str) -> Path:
        if not SHA256_HEX.fullmatch(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root.joinpath(sha256[:2], sha256)

    def contains(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file() or self.packed(sha256) is not None

    def lacking(self, sha256s: Iterable[str]) -> set[str]:
        """Those of the files the store does not have (the indexes are read once)."""
        with self._lock:
            self._read_new_indexes()
            packed = set(self._packed)
        try:  # files lie in `ab/abcdef…`: none where the folder `ab` does not exist
            folders = {entry.name for entry in os.scandir(self.root) if entry.is_dir()}
        except FileNotFoundError:
            folders = set()
        return {
            s
            for s in sha256s
            if s not in packed and not (s[:2] in folders and self.path_for(s).is_file())
        }

    def packed(self, sha256: str) -> PackedFile | None:
        """Where the file lies in a pack, if it is in one (packs added by another process
        since the last look are read first)."""
        with self._lock:
            found = self._packed.get(sha256)
            if found is None:
                self._read_new_indexes()
                found = self._packed.get(sha256)
            return found

    def _read_new_indexes(self) -> None:
        """Read the indexes added since the folder was last listed (it is listed again
        only if it changed: an import asks about thousands of files it lacks)."""
        try:
            changed = self.packs.stat().st_mtime_ns
            if changed == self._packs_seen:
                return
            names = sorted(p.name for p in self.packs.iterdir() if p.suffix == ".idx")
        except FileNotFoundError:
            return
        # A change within the last seconds may share the folder's time with one still to
        # come (coarse file-system clocks): list again next time then.
        settled = time.time_ns() - changed > 2_000_000_000
        self._packs_seen = changed if settled else None
        for name in names:
            if name not in self._indexes_read:
                self._indexes_read.add(name)
                self._packed.update(read_pack_index(self.packs / name))

    def chunks(self, sha256: str) -> Iterator[bytes]:
        """The content of a stored file, in pieces; FileNotFoundError if it is not here."""
        path = self.path_for(sha256)
        if path.is_file():
            with path.open("rb") as handle:
                while chunk := handle.read(CHUNK):
                    yield chunk
            return
        blob = self.packed(sha256)
        if blob is None:
            raise FileNotFoundError(f"evidence {sha256} is not in the store")
        with blob.pack.open("rb") as handle:
            handle.seek(blob.offset)
            left = blob.size
            while left:
                chunk = handle.read(min(CHUNK, left))
                if not chunk:
                    raise OSError(f"pack {blob.pack.name} is shorter than its index says")
                left -= len(chunk)
                yield chunk

    def read_bytes(self, sha256: str) -> bytes:
        """The whole content (for a thumbnail; evidence files are at most 256 MiB)."""
        return b"".join(self.chunks(sha256))

    def copy_to(self, sha256: str, target: Path) -> None:
        """Write the content to `target` (a copy a user can open under its own name),
        through a temporary name, so `target` is never there half-written."""
        temp = target.with_name(target.name + ".part")
        try:
            with temp.open("wb") as out:
                for chunk in self.chunks(sha256):
                    out.write(chunk)
            move_into_place(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def add_pack(self, pack: Path, index: dict[str, tuple[int, int]]) -> None:
        """Move a complete, fsynced pack file into the store with its index
        ({sha256: (offset, size)}); both are durable when this returns.

        The pack is renamed into place before its index, so a reader never finds an index
        whose pack is missing; a crash in between leaves a pack nothing points to.
        """
        name = uuid.uuid4().hex
        new_folder = not self.packs.is_dir()
        self.packs.mkdir(parents=True, exist_ok=True)
        index_temp = self.staging / f"pack-{name}.idx.part"
        lines = "".join(f"{sha} {offset} {size}\n" for sha, (offset, size) in index.items())
        with index_temp.open("w", encoding="ascii", newline="\n") as out:
            out.write(lines)
            out.flush()
            os.fsync(out.fileno())
        pack_path = self.packs / f"{name}.pack"  # one path for all its files (inside the lock)
        try:
            move_into_place(pack, pack_path)
            move_into_place(index_temp, self.packs / f"{name}.idx")
        except BaseException:
            index_temp.unlink(missing_ok=True)
            raise
        fsync_directory(self.packs)
        if new_folder:  # the packs folder itself is a new entry of the store's folder
            fsync_directory(self.root)
        with self._lock:
            self._indexes_read.add(f"{name}.idx")
            for sha, (offset, size) in index.items():
                self._packed.setdefault(sha, PackedFile(pack_path, offset, size))

    def add_file(self, source: Path) -> StoredFile:
        """Copy a file in, checked and hashed while streaming; returns its hash and size."""
        check_readable(source)
        with source.open("rb") as handle:
            return self.add_stream(handle.read, limit=MAX_EVIDENCE_BYTES)

    def add_stream(
        self, read: Callable[[int], bytes], limit: int, expected_sha256: str | None = None
    ) -> StoredFile:
        """Store what `read(n)` yields; refuses more than `limit` bytes or a wrong hash."""
        self.staging.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, temp_name = tempfile.mkstemp(prefix="evidence-", suffix=".part", dir=self.staging)
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := read(CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise CdsError(
                            f"evidence is larger than the limit of {format_size(limit, 'en')}"
                        )
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha256 = digest.hexdigest()
            if expected_sha256 is not None and sha256 != expected_sha256:
                raise CdsError(f"evidence content does not match its hash {expected_sha256}")
            target = self.path_for(sha256)
            if target.is_file():
                temp.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                move_into_place(temp, target)
                fsync_directory(target.parent)
            return StoredFile(sha256, size)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise


STALE_AFTER = 6 * 3600
"""Seconds after its last write that a temporary file in the staging folder is surely
left over from a crash: a running import or save writes its file all the time."""


def remove_stale_temporary_files(staging: Path, now: float | None = None) -> int:
    """Delete `*.part` files a crashed save or import left in the staging folder (one can
    be as large as a package); returns how many. A file in use is left alone."""
    moment = time.time() if now is None else now
    removed = 0
    try:
        candidates = list(staging.glob("*.part"))
    except OSError:
        return 0
    for path in candidates:
        try:
            if moment - path.stat().st_mtime > STALE_AFTER:
                path.unlink()
                removed += 1
                log.info("removed %s, left over from an interrupted save or import", path.name)
        except OSError:  # gone meanwhile, or held open (Windows)
            continue
    return removed


def read_pack_index(path: Path) -> dict[str, PackedFile]:
    """The files a pack index lists; a line that is not as the store writes it is left
    out (and logged): that file then counts as missing, which `check --evidence` reports."""
    pack = path.with_suffix(".pack")
    found: dict[str, PackedFile] = {}
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("cannot read the pack index %s: %s", path, exc)
        return found
    for number, line in enumerate(text.splitlines(), start=1):
        match = INDEX_LINE.fullmatch(line)
        if match is None:
            log.warning("pack index %s, line %d is damaged; left out", path, number)
            continue
        found.setdefault(match[1], PackedFile(pack, int(match[2]), int(match[3])))
    return found
