"""Packages in parts, small enough for e-mail (`export --split-mb N`, issue 19).

The package is written as usual, then its bytes are cut into numbered byte ranges, each
sent in a *part*: a signed container of its own kind (`package-part`, same zip rules, tag
files and signature as a package) holding

* `data/part.json` — which package the part belongs to (id, unit, sequence, file name,
  the whole package file's size and SHA-256), which part it is (index, count) and where
  its bytes go (offset, size), and the signer's fingerprint;
* `data/content` — those bytes of the package file, stored.

Every part is signed by the unit's key and checks on its own (`verify_part`). The set is
bound by the package id and the whole file's SHA-256 in every part: parts of different
packages never make one, and the centre checks the SHA-256 of the bytes it put together
before it reads them as a package. `reassemble` writes the whole package file into a
staging folder, streaming (flat memory), after the cheap checks (all parts present, the
ranges follow each other, the disk has room); the importer and `verify` then read it as
any package, so every check of a package still applies (docs/package-format.md,
"Packages in parts").

No database here: `verify` of parts runs on any computer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cds_desktop import __version__
from cds_desktop.errors import CdsError
from cds_desktop.files import create_new, move_into_place
from cds_desktop.packages import strict_json
from cds_desktop.packages.background import CHUNK, BackgroundWriter, Worker
from cds_desktop.packages.container import (
    ContainerWriter,
    OpenContainer,
    container_bag_info,
    open_container,
)
from cds_desktop.packages.format import (
    BAG_INFO_TXT,
    BAGIT_TXT,
    BAGIT_TXT_CONTENT,
    CURRENT_VERSION,
    FORMAT_NAME,
    MAX_PACKAGE_FILE_BYTES,
    PACKAGE_SUFFIX,
    PART_KIND,
    Cancelled,
    PackageRejected,
    package_base_dir,
)
from cds_desktop.packages.reader import ZipReader, open_regular_file
from cds_desktop.packages.writer import STORED

PART_INFO = "data/part.json"
PART_CONTENT = "data/content"
MAX_PARTS = 999
MAX_PART_INFO_BYTES = 4 * 1024
"""`part.json` is about 400 bytes."""
PART_OVERHEAD = 16 * 1024
"""More than everything in a part but its content takes (zip headers and directory, tag
files, signature, `part.json`: about 3 KiB), so a part is never larger than asked."""
MIN_SPLIT_MB = 1
MAX_SPLIT_MB = 2048
DEFAULT_SPLIT_MB = 20
"""What the GUI offers first: e-mail services take attachments of 20-25 MB."""
MIB = 1024 * 1024
ROOM_FACTOR = 1.05
"""Free space the centre needs to put a package together, per byte of the package (the
evidence it lacks is then staged once more, which the importer checks itself)."""

UNIT_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]{1,31}")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
PART_FOLDER_IN_TAIL = re.compile(rb"-part\d{2,3}-of-\d{2,3}/cds-signature\.json")
PART_INFO_KEYS = frozenset(
    {"format", "kind", "format_version", "package", "index", "count", "offset", "size",
     "signer_fingerprint", "created_at"}
)  # fmt: skip
PACKAGE_KEYS = frozenset({"id", "unit_code", "sequence", "file_name", "size", "sha256"})

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


def _width(count: int) -> int:
    return max(2, len(str(count)))


def part_file_name(base: str, index: int, count: int) -> str:
    """`SO-HNI-000003.part02-of-05.cdspkg`: sorts in order, and a folder import finds it."""
    w = _width(count)
    return f"{base}.part{index:0{w}d}-of-{count:0{w}d}{PACKAGE_SUFFIX}"


def part_base_dir(base: str, index: int, count: int) -> str:
    """The bag folder inside a part: `SO-HNI-000003-part02-of-05`."""
    w = _width(count)
    return f"{base}-part{index:0{w}d}-of-{count:0{w}d}"


@dataclass(frozen=True)
class PackageRef:
    """The whole package a part belongs to."""

    package_id: str
    unit_code: str
    sequence: int
    file_name: str
    size: int
    sha256: str

    @property
    def name(self) -> str:
        return package_base_dir(self.unit_code, self.sequence)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.package_id,
            "unit_code": self.unit_code,
            "sequence": self.sequence,
            "file_name": self.file_name,
            "size": self.size,
            "sha256": self.sha256,
        }


@dataclass(frozen=True)
class PartInfo:
    """What a part's signed `part.json` and manifest say (its signature checked)."""

    path: Path
    package: PackageRef
    index: int
    count: int
    offset: int
    size: int
    content_sha256: str
    fingerprint: str
    public_key: bytes

    @property
    def set_key(self) -> tuple[object, ...]:
        """Equal for every part of one set; parts that differ here cannot be combined."""
        return (self.package, self.count, self.fingerprint, self.public_key)

    def describe(self) -> str:
        return (
            f"part {self.index} of {self.count} of package {self.package.name} "
            f"(id {self.package.package_id}, {self.package.size} bytes, "
            f"SHA-256 {self.package.sha256}), signed by key {self.fingerprint}"
        )


def part_sizes(total: int, limit: int) -> list[int]:
    """How many bytes of a `total`-byte package go into each part of at most `limit` bytes."""
    room = limit - PART_OVERHEAD
    if room <= 0:
        raise CdsError(f"parts of {limit} bytes are too small")
    count = max(1, math.ceil(total / room))
    if count > MAX_PARTS:
        raise CdsError(
            f"the package ({total} bytes) would need {count} parts of {limit // MIB} MiB; "
            f"at most {MAX_PARTS} are allowed: choose larger parts"
        )
    base, extra = divmod(total, count)
    return [base + 1] * extra + [base] * (count - extra)


def _range_chunks(handle: io.BufferedReader, offset: int, size: int) -> Iterator[bytes]:
    handle.seek(offset)
    left = size
    while left:
        chunk = handle.read(min(CHUNK, left))
        if not chunk:
            raise CdsError("the package became shorter while it was split")
        left -= len(chunk)
        yield chunk


def _write_part(
    out: Callable[[bytes], object],
    source: io.BufferedReader,
    package: PackageRef,
    unit_name: str,
    index: int,
    sizes: list[int],
    private_key: Ed25519PrivateKey,
    fingerprint: str,
    moment: dt.datetime,
) -> ContainerWriter:
    count = len(sizes)
    offset = sum(sizes[: index - 1])
    size = sizes[index - 1]
    version = CURRENT_VERSION[PART_KIND]
    info = strict_json.dumps(
        {
            "format": FORMAT_NAME,
            "kind": PART_KIND,
            "format_version": version,
            "package": package.to_json(),
            "index": index,
            "count": count,
            "offset": offset,
            "size": size,
            "signer_fingerprint": fingerprint,
            "created_at": moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    )
    writer = ContainerWriter(
        out, part_base_dir(package.name, index, count), PART_KIND, version, moment
    )
    writer.add_tag_file(BAGIT_TXT, BAGIT_TXT_CONTENT)
    writer.add_tag_file(
        BAG_INFO_TXT,
        container_bag_info(
            PART_KIND,
            version,
            moment,
            [len(info), size],
            [
                ("Source-Organization", unit_name),
                ("External-Identifier", package.package_id),
                ("Bag-Software-Agent", f"CDS Desktop {__version__}"),
            ],
        ),
    )
    writer.add_payload(PART_INFO, info)
    writer.add_payload_stream(PART_CONTENT, _range_chunks(source, offset, size), compress=False)
    writer.finish(private_key)
    return writer


def write_parts(
    source: Path,
    package: PackageRef,
    unit_name: str,
    private_key: Ed25519PrivateKey,
    fingerprint: str,
    folder: Path,
    limit: int,
    moment: dt.datetime,
    check_cancel: Callable[[], None] | None = None,
    file_base: str | None = None,
) -> list[tuple[Path, Path]]:
    """Split the package file `source` into signed parts of at most `limit` bytes each.

    Each part goes to a temporary name in `folder` (fsynced), named after `file_base`
    (default: the package's `<unit>-<sequence>`); returns (temporary, final) pairs for
    `move_parts_into_place`. On any failure the temporary files are removed.
    """
    sizes = part_sizes(package.size, limit)
    written: list[tuple[Path, Path]] = []
    try:
        with source.open("rb") as handle:
            for index in range(1, len(sizes) + 1):
                if check_cancel is not None:
                    check_cancel()
                final = folder / part_file_name(file_base or package.name, index, len(sizes))
                temp = final.with_name(f".{final.name}.{uuid.uuid4().hex[:12]}.part")
                written.append((temp, final))
                with (
                    create_new(temp, 0o666) as raw,
                    BackgroundWriter(raw, drop_cache=True, sha256=False) as out,
                ):  # the disk writes on a worker thread, as for the package itself
                    writer = _write_part(
                        out.write, handle, package, unit_name, index, sizes, private_key,
                        fingerprint, moment,
                    )  # fmt: skip
                    out.finish()  # written and fsynced
                if writer.zip.offset > limit:  # PART_OVERHEAD makes this impossible
                    raise CdsError(f"part {index} came out larger than {limit} bytes")
    except BaseException:
        for temp, _final in written:
            temp.unlink(missing_ok=True)
        raise
    return written


def move_parts_into_place(pieces: list[tuple[Path, Path]]) -> None:
    """Give every part its final name; if one cannot be, none keeps it."""
    moved: list[Path] = []
    try:
        for temp, final in pieces:
            move_into_place(temp, final)
            moved.append(final)
    except BaseException:
        for final in moved:
            final.unlink(missing_ok=True)
        for temp, _final in pieces:
            temp.unlink(missing_ok=True)
        raise


# --- reading parts ------------------------------------------------------------------------


def looks_like_part(path: Path) -> bool:
    """Whether a file is a package part rather than a whole package (or anything else).

    Only the last 4 KiB are read: a part's central directory, at the end of the file,
    names its bag folder `…-partNN-of-MM/`. A file that cannot be read is not a part here;
    reading it as a package says what is wrong with it.
    """
    try:
        with open_regular_file(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            handle.seek(max(0, size - 4096))
            tail = handle.read(4096)
    except (PackageRejected, OSError):
        return False
    return PART_FOLDER_IN_TAIL.search(tail) is not None


def _object(value: object, keys: frozenset[str], where: str) -> dict[str, object]:
    if not isinstance(value, dict) or set(value) != keys:
        raise PackageRejected(f"{where}: not the fields of a package part")
    return value


def _whole(value: object, where: str, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise PackageRejected(f"{where}: not a whole number from {low} to {high}")
    return value


def _parse_part(path: Path, container: OpenContainer) -> PartInfo:
    if set(container.members) != {PART_INFO, PART_CONTENT}:
        raise PackageRejected(f"a package part holds exactly {PART_INFO} and {PART_CONTENT}")
    doc = _object(
        strict_json.loads(container.read_payload(PART_INFO, MAX_PART_INFO_BYTES), "part.json"),
        PART_INFO_KEYS,
        "part.json",
    )
    signature = container.signature
    if doc["format"] != FORMAT_NAME or doc["kind"] != PART_KIND:
        raise PackageRejected("part.json: not a CĐS Desktop package part")
    if doc["format_version"] != signature.version:
        raise PackageRejected("part.json: format version differs from the signature's")
    if doc["signer_fingerprint"] != signature.fingerprint:
        raise PackageRejected("part.json: signer differs from the key that signed it")
    pkg = _object(doc["package"], PACKAGE_KEYS, "part.json: package")
    package_id, unit_code, file_name, sha256 = (
        pkg["id"], pkg["unit_code"], pkg["file_name"], pkg["sha256"]
    )  # fmt: skip
    if not isinstance(package_id, str) or len(package_id) != 36:
        raise PackageRejected("part.json: package id is not an id")
    try:
        if str(uuid.UUID(package_id)) != package_id:
            raise ValueError
    except ValueError:
        raise PackageRejected("part.json: package id is not an id in canonical form") from None
    if not isinstance(unit_code, str) or not UNIT_CODE.fullmatch(unit_code):
        raise PackageRejected("part.json: not a unit code")
    if not isinstance(sha256, str) or not SHA256_HEX.fullmatch(sha256):
        raise PackageRejected("part.json: package SHA-256 is not 64 hex digits")
    sequence = _whole(pkg["sequence"], "part.json: sequence", 1, 10**9)
    package_size = _whole(pkg["size"], "part.json: package size", 1, MAX_PACKAGE_FILE_BYTES)
    if file_name != package_base_dir(unit_code, sequence) + PACKAGE_SUFFIX:
        raise PackageRejected("part.json: file name is not the package's")
    count = _whole(doc["count"], "part.json: count", 1, MAX_PARTS)
    index = _whole(doc["index"], "part.json: index", 1, count)
    offset = _whole(doc["offset"], "part.json: offset", 0, package_size - 1)
    size = _whole(doc["size"], "part.json: size", 1, package_size - offset)
    content = container.members[PART_CONTENT]
    if content.size != size:
        raise PackageRejected(f"{PART_CONTENT}: its size is not the one part.json gives")
    if content.method != STORED:  # its bytes are copied as they are, never inflated
        raise PackageRejected(f"{PART_CONTENT}: must be stored, not compressed")
    package = PackageRef(package_id, unit_code, sequence, file_name, package_size, sha256)
    if container.base_dir != part_base_dir(package.name, index, count):
        raise PackageRejected("zip: bag folder name does not match the part")
    return PartInfo(
        path,
        package,
        index,
        count,
        offset,
        size,
        container.manifest[PART_CONTENT],
        signature.fingerprint,
        signature.public_key,
    )


@dataclass
class OpenPart:
    reader: ZipReader
    container: OpenContainer
    info: PartInfo

    def __enter__(self) -> OpenPart:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.reader.close()


def open_part(path: Path) -> OpenPart:
    """A part whose structure, signature and `part.json` are checked (not its content)."""
    reader = ZipReader(path)
    try:
        container = open_container(reader, PART_KIND)
        return OpenPart(reader, container, _parse_part(path, container))
    except BaseException:
        reader.close()
        raise


def read_part(path: Path) -> PartInfo:
    with open_part(path) as part:
        return part.info


def verify_part(path: Path, should_cancel: ShouldCancel | None = None) -> PartInfo:
    """Check one part completely: signature, `part.json` and its content's SHA-256."""
    with open_part(path) as part:
        for _chunk in part.container.payload_chunks(PART_CONTENT):
            if should_cancel is not None and should_cancel():
                raise Cancelled("cancelled")
        return part.info


@dataclass(frozen=True)
class RefusedPart:
    """A file that looks like a part but is not a genuine one (its signature, its form)."""

    path: Path
    error: PackageRejected


@dataclass
class PartSet:
    """The parts given for one package id, by index; duplicates kept out."""

    package: PackageRef
    parts: dict[int, PartInfo] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    """Every file given for this package id, duplicates and conflicting ones included."""
    conflicts: list[tuple[PartInfo, PartInfo]] = field(default_factory=list)
    others: list[PartSet] = field(default_factory=list)
    """The other packages whose parts were given in the same import."""

    @property
    def first(self) -> PartInfo:
        return self.parts[min(self.parts)]

    @property
    def count(self) -> int:
        return self.first.count

    @property
    def size(self) -> int:
        return sum(p.size for p in self.parts.values())

    def add(self, info: PartInfo) -> None:
        self.files.append(info.path)
        if self.parts and info.set_key != self.first.set_key:
            self.conflicts.append((self.first, info))
            return
        known = self.parts.get(info.index)
        if known is None:
            self.parts[info.index] = info
        elif known.content_sha256 != info.content_sha256 or known.offset != info.offset:
            self.conflicts.append((known, info))
        # else: the same part given twice; it is used once

    def missing(self) -> list[int]:
        return [i for i in range(1, self.count + 1) if i not in self.parts]

    def label(self) -> Path:
        """How the import log and the result table name the package: its first part's
        folder and the package's own file name, with how many parts made it."""
        first = self.first
        shown = f"{self.package.file_name} ({len(self.parts)} of {self.count} parts)"
        return first.path.parent / shown

    def problem(self) -> PackageRejected | None:
        """Why the parts cannot make the package, or None."""
        if self.conflicts:
            a, b = self.conflicts[0]
            return PackageRejected(
                f"{a.path.name} and {b.path.name} both claim to be part of package "
                f"{self.package.name} (id {self.package.package_id}) but belong to different "
                "sets (the package split twice, or a part changed and signed again); "
                "ask the unit to send all the parts of one export again",
                code="parts_mixed",
            )
        missing = self.missing()
        if not missing:
            return None
        given = ", ".join(sorted(p.path.name for p in self.parts.values()))
        text = (
            f"package {self.package.name} (id {self.package.package_id}): parts "
            f"{', '.join(str(i) for i in missing)} of {self.count} are missing "
            f"(given: {given}); nothing of it was imported"
        )
        others = [o for o in self.others if o.package != self.package]
        if others:
            names = ", ".join(sorted(p.path.name for o in others for p in o.parts.values())[:10])
            return PackageRejected(
                f"{text}; the files also hold parts of another package ({names}): parts of "
                "different packages cannot be put together",
                code="parts_mixed",
            )
        return PackageRejected(text, code="parts_missing")

    def reassemble(
        self,
        target: Path,
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> None:
        """Write the whole package file to `target` (a new file), from the parts in order.

        Cheapest first: every part present and the byte ranges following each other, the
        disk's room, then each part's signature again as its content is copied in chunks;
        finally the whole file's SHA-256 against the one every (signed) part names, which
        vouches for every byte. If it differs, each part's content is checked against its
        own signed SHA-256, so the rejection names the part and its file; `target` is
        then removed.
        """
        problem = self.problem()
        if problem is not None:
            raise problem
        package = self.package
        position = 0
        for index in range(1, self.count + 1):
            given = self.parts[index]
            if given.offset != position:
                raise PackageRejected(
                    f"part {index} of {self.count} ({given.path.name}): its bytes do not "
                    "follow the previous part's"
                )
            position += given.size
        if position != package.size:
            raise PackageRejected(f"the parts hold {position} bytes, the package {package.size}")
        try:
            free = shutil.disk_usage(target.parent).free
        except OSError:
            free = None
        if free is not None and free < package.size * ROOM_FACTOR:
            raise PackageRejected(
                f"not enough free disk space to put the package together ({package.size} "
                f"bytes needed, {free} free)",
                code="storage",
            )
        try:
            digest = self._copy(target, progress, should_cancel)
            if digest != package.sha256:
                self._name_the_damaged_part()
                raise PackageRejected(
                    f"the parts of package {package.name} put together do not give the "
                    "package they name (SHA-256 differs)",
                    code="damaged",
                )
        except OSError as exc:
            target.unlink(missing_ok=True)
            raise PackageRejected(
                f"could not put the package together: {exc.strerror or exc}", code="storage"
            ) from exc
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    def _copy(
        self, target: Path, progress: Progress | None, should_cancel: ShouldCancel | None
    ) -> str:
        """Each part's content, in order, into `target`; the SHA-256 of what was written.

        The reading thread reads and writes; a worker hashes (bounded queue: flat memory).
        Each part's signature and `part.json` are checked again as it is opened.
        """
        digest = hashlib.sha256()
        done = 0
        hasher = Worker("parts-sha256")
        try:
            with create_new(target, 0o600) as raw, io.BufferedWriter(raw, CHUNK) as out:
                for index in range(1, self.count + 1):
                    expected = self.parts[index]
                    try:
                        with open_part(expected.path) as part:
                            if part.info != expected:
                                raise PackageRejected("the file changed while it was read")
                            member = part.container.members[PART_CONTENT]
                            for chunk in part.reader.stream(member, None, check_crc=False):
                                if should_cancel is not None and should_cancel():
                                    raise Cancelled("cancelled; nothing was changed")
                                hasher.submit(digest.update, chunk, size=len(chunk))
                                out.write(chunk)
                                done += len(chunk)
                                if progress is not None:
                                    progress(done, self.package.size)
                    except PackageRejected as exc:
                        where = f"part {index} of {self.count} ({expected.path.name})"
                        raise PackageRejected(f"{where}: {exc}", code=exc.code) from None
            hasher.drain()
        finally:
            hasher.stop(discard=True)
        return digest.hexdigest()

    def _name_the_damaged_part(self) -> None:
        """The whole file's SHA-256 is wrong: which part's content differs from its signed
        SHA-256 (only on this path are the parts hashed one by one)."""
        for index in range(1, self.count + 1):
            part = self.parts[index]
            try:
                verify_part(part.path)
            except PackageRejected as exc:
                where = f"part {index} of {self.count} ({part.path.name})"
                raise PackageRejected(f"{where}: {exc}", code=exc.code) from None


Job = Path | PartSet | RefusedPart
"""What an import or a verify does with one thing it was given: a whole package file, a
package's parts, or a file that looked like a part and is not a genuine one."""


def list_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders give their `*.cdspkg` files (not recursively), by name."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                (p for p in path.iterdir() if p.suffix.lower() == PACKAGE_SUFFIX and p.is_file()),
                key=lambda p: p.name,
            )
        else:
            found.append(path)
    return found


def sort_out(files: Iterable[Path]) -> list[Job]:
    """Group the parts among `files` by package; whole packages stay as they are.

    Each package's parts take the place of the first of them. The same file given twice
    (or a copy of a part) counts once.
    """
    jobs: list[Job] = []
    sets: dict[str, PartSet] = {}
    seen: set[Path] = set()
    for path in files:
        if not looks_like_part(path):
            jobs.append(path)
            continue
        try:
            resolved = path.resolve()
        except OSError:
            resolved = path
        if resolved in seen:
            continue
        seen.add(resolved)
        try:
            info = read_part(path)
        except PackageRejected as exc:
            jobs.append(RefusedPart(path, exc))
            continue
        part_set = sets.get(info.package.package_id)
        if part_set is None:
            part_set = sets[info.package.package_id] = PartSet(info.package)
            jobs.append(part_set)
        part_set.add(info)
    incomplete = [s for s in sets.values() if s.missing()]
    for part_set in incomplete:
        part_set.others = [s for s in incomplete if s is not part_set]
    return jobs


def job_size(job: Job) -> int:
    if isinstance(job, PartSet):
        return job.size
    path = job.path if isinstance(job, RefusedPart) else job
    try:
        return path.stat().st_size
    except OSError:
        return 0


def refused_part_reason(refused: RefusedPart) -> str:
    return f"{refused.path.name} is not a genuine package part: {refused.error}"


@dataclass(frozen=True)
class VerifyOutcome:
    """One line of `verify` over several files."""

    file: Path
    ok: bool
    message: str


def verify_files(
    paths: Iterable[Path], verify_whole: Callable[[Path], str], scratch: Path | None = None
) -> list[VerifyOutcome]:
    """Verify whole packages, single parts and sets of parts (`verify FILE... | FOLDER`).

    A complete set is put together in `scratch` (a temporary folder by default) and
    verified as a package (`verify_whole` returns its one-line summary); an incomplete
    one has each of its parts verified and says which are missing.
    """
    outcomes: list[VerifyOutcome] = []
    for job in sort_out(list_files(paths)):
        if isinstance(job, RefusedPart):
            outcomes.append(VerifyOutcome(job.path, False, refused_part_reason(job)))
        elif isinstance(job, PartSet):
            outcomes += _verify_set(job, verify_whole, scratch)
        else:
            try:
                outcomes.append(VerifyOutcome(job, True, verify_whole(job)))
            except PackageRejected as exc:
                outcomes.append(VerifyOutcome(job, False, f"{job.name}: {exc}"))
    return outcomes


def _verify_set(
    part_set: PartSet, verify_whole: Callable[[Path], str], scratch: Path | None
) -> list[VerifyOutcome]:
    problem = part_set.problem()
    if problem is not None:
        outcomes = []
        for part in sorted(part_set.parts.values(), key=lambda p: p.index):
            try:
                info = verify_part(part.path)
                outcomes.append(VerifyOutcome(part.path, True, f"OK: {info.describe()}"))
            except PackageRejected as exc:
                outcomes.append(VerifyOutcome(part.path, False, f"{part.path.name}: {exc}"))
        return [*outcomes, VerifyOutcome(part_set.label(), False, str(problem))]
    with tempfile.TemporaryDirectory(prefix="cds-parts-", dir=scratch) as folder:
        whole = Path(folder) / part_set.package.file_name
        try:
            part_set.reassemble(whole)
            summary = verify_whole(whole)
        except PackageRejected as exc:
            return [VerifyOutcome(part_set.label(), False, str(exc))]
    return [
        VerifyOutcome(
            part_set.label(), True, f"{summary} (put together from {part_set.count} parts)"
        )
    ]
