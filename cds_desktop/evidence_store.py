"""Content-addressed store for evidence files.

A file is streamed in (never read whole into memory), hashed with SHA-256 and written
atomically under its hash: temporary file in the profile, fsync, rename. The same
content is stored once however many activities use it.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cds_desktop.errors import CdsError
from cds_desktop.text import format_size

SHA256_HEX = re.compile(r"[0-9a-f]{64}")
"""How the store, the database and packages name an evidence file: its SHA-256, lowercase hex."""

MAX_EVIDENCE_BYTES = 256 * 1024 * 1024
"""Largest evidence file accepted (256 MiB): a long video belongs on a website, as a link."""

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    sha256: str
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


def fsync_directory(folder: Path) -> None:
    """Make a rename durable; not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class EvidenceStore:
    """Files under `root/ab/abcdef…` by SHA-256, written through `staging`."""

    def __init__(self, root: Path, staging: Path) -> None:
        self.root = root
        self.staging = staging

    def path_for(self, sha256: str) -> Path:
        if not SHA256_HEX.fullmatch(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root.joinpath(sha256[:2], sha256)

    def contains(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

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
                temp.replace(target)
                fsync_directory(target.parent)
            return StoredFile(sha256, size)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
