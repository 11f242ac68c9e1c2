"""Verifying a package: everything that can be checked without the centre's key registry.

`verify_package` (the `verify` command, any profile or none) checks the zip structure,
the signature, both manifests, every payload file's size and SHA-256, the metadata and
records, and that records and evidence files agree. The importer uses the same
`PackageCheck` in two steps, so it can consult its registry after the small files are
verified and before the evidence is read (and staged).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cds_desktop.evidence_store import SHA256_HEX
from cds_desktop.packages import strict_json
from cds_desktop.packages.background import Worker
from cds_desktop.packages.container import OpenContainer, open_container
from cds_desktop.packages.format import (
    EVIDENCE_DIR,
    MAX_EVIDENCE_FILE_BYTES,
    MAX_EVIDENCE_FILES,
    MAX_METADATA_BYTES,
    MAX_RECORDS_BYTES,
    METADATA,
    PACKAGE_KIND,
    RECORDS,
    Cancelled,
    PackageRejected,
    package_base_dir,
)
from cds_desktop.packages.reader import RawBlocks, ZipReader
from cds_desktop.packages.records import (
    ActivityRecord,
    PackageMetadata,
    check_photo_fields,
    load_records,
    parse_metadata,
)

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


_CORES = os.cpu_count() or 1
HASHING_THREADS = _CORES if _CORES <= 2 else min(4, _CORES - 1)
"""Workers hashing evidence files at once (issue 14): one per core beside the reading
thread's, and on two cores one per core (reading from the page cache costs little).
Measured on the 2-core VM at rest, two workers took whole-process `verify` of 1 GiB from
1.18× to 0.87× `openssl dgst -sha256`, and the import's evidence check from 1.44 s to
≈ 1.1 s (under other work's load they gained nothing; docs/benchmarks.md, «Start-up and
whole-process commands»)."""


class EvidenceSink(Protocol):
    """Receives evidence files while they are verified (the importer stages them)."""

    def begin(self, sha256: str, size: int) -> bool:
        """True if this file's bytes are wanted."""

    def write(self, chunk: bytes) -> None: ...


@dataclass(frozen=True)
class VerifiedPackage:
    """A whole, intact package; who signed it is `fingerprint`, trusted or not."""

    path: Path
    metadata: PackageMetadata
    records: list[ActivityRecord]
    evidence: dict[str, int]
    """{sha256: size} of the evidence files in the package."""
    public_key: bytes
    fingerprint: str

    @property
    def unit_code(self) -> str:
        return self.metadata.unit_code

    @property
    def sequence(self) -> int:
        return self.metadata.sequence


BeforePayload = Callable[[OpenContainer], None]
"""Told the checked container (zip structure, tag files, signature) before any payload
file is inflated; the importer decides about the signer's key there, and may raise."""


class PackageCheck:
    """Opening checks everything but the evidence files' content; `check_evidence` does that.

    The order is the one of docs/package-format.md ("Order of the checks"): the zip
    structure and the small tag files, the signature, then `before_payload` (the trust
    decision at the centre), and only then `package.json` and `records.json`.
    """

    def __init__(self, path: Path, before_payload: BeforePayload | None = None) -> None:
        self.path = path
        self.reader = ZipReader(path)
        try:
            self.container = open_container(self.reader, PACKAGE_KIND)
            if before_payload is not None:
                before_payload(self.container)
            self.metadata, self.records, self.evidence = _check_payload(self.container)
        except BaseException:
            self.reader.close()
            raise

    def __enter__(self) -> PackageCheck:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.reader.close()

    @property
    def total_bytes(self) -> int:
        return sum(self.evidence.values())

    def check_evidence(
        self,
        sink: EvidenceSink | None = None,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
        raw: RawBlocks | None = None,
    ) -> VerifiedPackage:
        """Read and check every evidence file, in the order they are in the zip file.

        Files are hashed on `HASHING_THREADS` workers at once (files in turn; hashlib
        releases the GIL on large buffers), each worker's queue bounded in bytes so that
        memory stays flat. Only verified, each worker reads its own files on a handle of
        its own; with `sink` (given each wanted file's bytes in order) or `raw` (told every
        block read from the file, `ZipReader.stream`), this thread reads and hands the
        bytes over. The hashes are all checked before this returns, so a sink makes nothing
        lasting before then. The result is the one of checking file after file: the first
        damaged file in the zip's order, or the reader's own rejection when no earlier file
        was damaged.
        """
        members = self.container.members
        paths = sorted(
            (EVIDENCE_DIR + s for s in self.evidence), key=lambda p: members[p].header_offset
        )
        damaged: dict[int, PackageRejected] = {}
        alone = sink is None and raw is None
        readers: list[ZipReader] = []
        workers = [Worker(f"sha256-{n}") for n in range(HASHING_THREADS)]
        try:
            try:
                if alone:
                    for _worker in workers:
                        readers.append(self.container.reader.twin())
                    self._workers_read(paths, workers, readers, damaged, progress, should_cancel)
                else:
                    self._hand_over(paths, workers, damaged, sink, raw, progress, should_cancel)
            except PackageRejected:
                for worker in workers:
                    worker.drain()
                if damaged:  # an earlier file was damaged: that is the reason given
                    raise damaged[min(damaged)] from None
                raise
            for worker in workers:
                worker.drain()
        finally:
            for worker in workers:
                worker.stop(discard=True)
            for reader in readers:  # after the workers' last read
                reader.close()
        if damaged:
            raise damaged[min(damaged)]
        return self._verified()

    def _workers_read(
        self,
        paths: list[str],
        workers: list[Worker],
        readers: list[ZipReader],
        damaged: dict[int, PackageRejected],
        progress: Progress | None,
        should_cancel: ShouldCancel | None,
    ) -> None:
        """Each file is read and hashed whole by one worker, on its own handle: no bytes
        cross threads (on two cores, 0.25 GiB in 0.10 s instead of 0.13 s)."""
        container = self.container

        def check(reader: ZipReader, index: int, path: str) -> None:
            digest = hashlib.sha256()
            try:
                for _chunk in reader.stream(container.members[path], digest, check_crc=False):
                    pass
            except PackageRejected as exc:
                damaged[index] = exc
                return
            self._check_hash(damaged, index, path, digest)

        total, done = self.total_bytes, 0
        for index, path in enumerate(paths):
            if damaged:  # checking file after file would have stopped by now
                break
            if should_cancel is not None and should_cancel():
                raise Cancelled("cancelled; nothing was changed")
            size = self.evidence[path.removeprefix(EVIDENCE_DIR)]
            slot = index % len(workers)
            workers[slot].submit(check, readers[slot], index, path, size=size)
            done += size
            if progress is not None:
                progress(done, total)

    def _hand_over(
        self,
        paths: list[str],
        workers: list[Worker],
        damaged: dict[int, PackageRejected],
        sink: EvidenceSink | None,
        raw: RawBlocks | None,
        progress: Progress | None,
        should_cancel: ShouldCancel | None,
    ) -> None:
        """This thread reads every file, giving its bytes to the sink and to a worker (the
        last piece of a file goes with the check of its hash: one hand-over for most
        files)."""
        container = self.container

        def finish(index: int, path: str, digest: hashlib._Hash, last: bytes) -> None:
            digest.update(last)
            self._check_hash(damaged, index, path, digest)

        total, done = self.total_bytes, 0
        for index, path in enumerate(paths):
            if damaged:  # checking file after file would have stopped by now
                break
            sha256 = path.removeprefix(EVIDENCE_DIR)
            wanted = sink is not None and sink.begin(sha256, self.evidence[sha256])
            worker = workers[index % len(workers)]
            digest = hashlib.sha256()
            held = b""
            member = container.members[path]
            for chunk in container.reader.stream(member, check_crc=False, raw=raw):
                if should_cancel is not None and should_cancel():
                    raise Cancelled("cancelled; nothing was changed")
                if held:
                    worker.submit(digest.update, held, size=len(held))
                held = chunk
                if wanted:
                    assert sink is not None
                    sink.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            worker.submit(finish, index, path, digest, held, size=len(held))

    def _check_hash(
        self, damaged: dict[int, PackageRejected], index: int, path: str, digest: hashlib._Hash
    ) -> None:
        """On a worker: a file whose hash is not the manifest's is kept by its index."""
        try:
            self.container.check_sha256(path, digest.hexdigest())
        except PackageRejected as exc:
            damaged[index] = exc

    def _verified(self) -> VerifiedPackage:
        signature = self.container.signature
        return VerifiedPackage(
            self.path,
            self.metadata,
            self.records,
            dict(self.evidence),
            signature.public_key,
            signature.fingerprint,
        )


def _check_payload(
    container: OpenContainer,
) -> tuple[PackageMetadata, list[ActivityRecord], dict[str, int]]:
    evidence: dict[str, int] = {}
    for path, member in container.members.items():
        if path in (METADATA, RECORDS):
            continue
        name = path.removeprefix(EVIDENCE_DIR)
        if not path.startswith(EVIDENCE_DIR) or not SHA256_HEX.fullmatch(name):
            raise PackageRejected(f"{path[:80]}: not a file a package holds")
        if container.manifest[path] != name:
            raise PackageRejected(f"{path}: the manifest gives it another SHA-256 than its name")
        if member.size > MAX_EVIDENCE_FILE_BYTES:
            raise PackageRejected(f"{path}: larger than the limit of {MAX_EVIDENCE_FILE_BYTES}")
        evidence[name] = member.size
    if len(evidence) > MAX_EVIDENCE_FILES:
        raise PackageRejected(f"more than {MAX_EVIDENCE_FILES} evidence files")
    for required in (METADATA, RECORDS):
        if required not in container.members:
            raise PackageRejected(f"{required} is missing")

    metadata = parse_metadata(
        strict_json.loads(container.read_payload(METADATA, MAX_METADATA_BYTES), "package.json")
    )
    signature = container.signature
    if metadata.version != signature.version:
        raise PackageRejected("package.json: format version differs from the signature's")
    if metadata.signer_fingerprint != signature.fingerprint:
        raise PackageRejected("package.json: signer differs from the key that signed it")
    if container.base_dir != package_base_dir(metadata.unit_code, metadata.sequence):
        raise PackageRejected("zip: bag folder name does not match the unit and sequence")

    records = load_records(container.read_payload(RECORDS, MAX_RECORDS_BYTES))
    check_photo_fields(metadata.version, records)
    referenced: set[str] = set()
    for record in records:
        for item in record.evidence:
            if item.kind != "file":
                continue
            assert item.sha256 is not None
            if item.sha256 not in evidence:
                raise PackageRejected(
                    f"activity {record.id}: evidence file {item.sha256} is not in the package"
                )
            if item.size != evidence[item.sha256]:
                raise PackageRejected(f"activity {record.id}: evidence size differs from the file")
            referenced.add(item.sha256)
    unreferenced = set(evidence) - referenced
    if unreferenced:
        raise PackageRejected(f"evidence file {min(unreferenced)} is not used by any activity")
    deleted = sum(r.deleted for r in records)
    counts = (len(records) - deleted, deleted, len(evidence), sum(evidence.values()))
    declared = (
        metadata.activities,
        metadata.deleted,
        metadata.evidence_files,
        metadata.evidence_bytes,
    )
    if counts != declared:
        raise PackageRejected("package.json: counts do not match the records")
    return metadata, records, evidence


def verify_package(
    path: Path,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> VerifiedPackage:
    """Check a package completely; `PackageRejected` with a one-line reason if anything is off."""
    with PackageCheck(path) as check:
        return check.check_evidence(progress=progress, should_cancel=should_cancel)
