"""Exporting the unit's signed package (W5, `export --out FILE`).

A package is a full snapshot of the unit's activities in the active campaign, tombstones
included, with every evidence file they use. It is streamed into a temporary file next
to the destination, fsynced, and only then given its sequence number's place: the
sequence is committed and the file renamed to its final name. A cancelled or failed
export leaves no file under the final name and does not use up a sequence number.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from cds_desktop import __version__, keys
from cds_desktop.activities import activity_data
from cds_desktop.errors import CdsError
from cds_desktop.files import create_new, fsync_directory, move_into_place
from cds_desktop.models import Activity, Evidence, Setting
from cds_desktop.packages import strict_json
from cds_desktop.packages.background import CHUNK, BackgroundWriter
from cds_desktop.packages.container import ContainerWriter, container_bag_info
from cds_desktop.packages.format import (
    BAG_INFO_TXT,
    BAGIT_TXT,
    BAGIT_TXT_CONTENT,
    CURRENT_VERSION,
    EVIDENCE_DIR,
    MAX_EVIDENCE_FILES,
    MAX_PAYLOAD_BYTES,
    METADATA,
    PACKAGE_KIND,
    PACKAGE_SUFFIX,
    RECORDS,
    Cancelled,
    default_package_name,
    is_compressed_media,
    package_base_dir,
)
from cds_desktop.packages.last_export import LAST_EXPORT_SETTING as LAST_EXPORT_SETTING
from cds_desktop.packages.last_export import OLD_LAST_EXPORT_SETTING as OLD_LAST_EXPORT_SETTING
from cds_desktop.packages.last_export import last_export as last_export
from cds_desktop.packages.records import (
    PHOTO_FIELDS_VERSION,
    ActivityRecord,
    EvidenceRecord,
    PackageMetadata,
    photo_fields,
    records_json,
)
from cds_desktop.profile import Profile
from cds_desktop.receipts import record_export

SEQUENCE_SETTING = "package_sequence"
"""The last sequence number this unit used for a package (absent: none yet)."""
PROGRAM_NAME = "CĐS Desktop"

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass(frozen=True)
class ExportSummary:
    """What the next package will hold, shown before exporting."""

    activities: int
    deleted: int
    evidence_files: int
    evidence_bytes: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    sha256: str
    """SHA-256 of the package file, as the centre's import log records it."""
    fingerprint: str
    sequence: int
    package_id: str
    activities: int
    deleted: int
    evidence_files: int
    evidence_bytes: int
    parts: tuple[Path, ...] = ()
    """With `split_bytes`, the part files in order (`path` is the first); empty when the
    package was not split (it fitted in one part)."""


@dataclass(frozen=True)
class _Snapshot:
    records: list[ActivityRecord]
    evidence: dict[str, tuple[int, str]]
    """{sha256: (size, media type)} of every file the live activities use."""
    campaign: tuple[str, str, dt.date, dt.date]

    def summary(self) -> ExportSummary:
        deleted = sum(r.deleted for r in self.records)
        return ExportSummary(
            activities=len(self.records) - deleted,
            deleted=deleted,
            evidence_files=len(self.evidence),
            evidence_bytes=sum(size for size, _ in self.evidence.values()),
        )


def _snapshot(profile: Profile) -> _Snapshot:
    with profile.database.session() as session:
        campaign = profile.active_campaign(session)
        activities = session.scalars(
            select(Activity)
            .where(
                Activity.unit_code == profile.identity.unit_code,
                Activity.campaign_id == campaign.id,
            )
            .options(selectinload(Activity.evidence))
            .order_by(Activity.id)
        ).all()
        records: list[ActivityRecord] = []
        evidence: dict[str, tuple[int, str]] = {}
        for a in activities:
            items = [] if a.deleted else a.evidence  # a tombstone needs no files
            for e in items:
                if e.kind == "file" and e.sha256 is not None:
                    evidence.setdefault(e.sha256, (e.size, e.media_type))
            records.append(activity_record(a, items))
        return _Snapshot(
            records,
            evidence,
            (campaign.code, campaign.name, campaign.start_date, campaign.end_date),
        )


def activity_record(a: Activity, items: Sequence[Evidence]) -> ActivityRecord:
    """An activity and the evidence `items` given, as they travel in a package (or in a
    unit's data from the centre)."""
    return ActivityRecord(
        id=a.id,
        data=activity_data(a),
        created_at=a.created_at,
        updated_at=a.updated_at,
        revision=a.revision,
        deleted=a.deleted,
        evidence=[
            EvidenceRecord(
                id=e.id,
                kind=e.kind,
                caption=e.caption,
                sha256=e.sha256,
                filename=e.filename,
                media_type=e.media_type,
                size=e.size,
                url=e.url,
                **(photo_fields(e) if e.kind == "file" else {}),
            )
            for e in items
        ],
    )


def format_version(records: Iterable[ActivityRecord], kind: str) -> int:
    """Version 1 unless a photo field travels (then 2, which older programs refuse as newer
    rather than as invalid): files without photo data stay readable by every version."""
    if any(e.has_photo_fields for r in records for e in r.evidence):
        return PHOTO_FIELDS_VERSION
    return CURRENT_VERSION[kind]


def _damaged(sha256: str, what: str) -> CdsError:
    return CdsError(
        f"evidence file {sha256} in the evidence store is damaged ({what}); "
        "run `python -m cds_desktop check --evidence`"
    )


def _read_evidence(
    path: Path, sha256: str, size: int, counted: Callable[[int], None]
) -> Iterator[bytes]:
    """A stored evidence file's content, trusted to match its name (the store is
    content-addressed and write-once), with its size checked: the cheap safety net.

    Hashing it again would cost a full SHA-256 pass per export; bit rot that keeps the
    size is found by `check --evidence` and, at the latest, by the centre, which verifies
    every file's SHA-256 against the manifest (docs/package-format.md, "Export").
    """
    with path.open("rb", buffering=0) as source:
        if os.fstat(source.fileno()).st_size != size:
            raise _damaged(sha256, "its size no longer matches its record")
        left = size
        while left:
            chunk = source.read(min(CHUNK, left))
            if not chunk:
                raise _damaged(sha256, "it is shorter than its record")
            left -= len(chunk)
            counted(len(chunk))
            yield chunk


def _write_new_file(
    path: Path, fill: Callable[[Callable[[bytes], None]], int], to_split: bool = False
) -> tuple[int, str]:
    """Create `path`, let `fill` write it, fsync it; its size and SHA-256.

    The package file's SHA-256 and the disk writes run on two worker threads while
    `fill` reads the evidence and computes the zip's CRC-32. A file written `to_split`
    stays in the page cache, to be read again at once, and is not fsynced: only its parts
    are kept (`_made_durable` if it turns out small enough to stay whole).
    """
    handle = create_new(path, 0o666)  # a document, not a program: rw-r--r-- after the umask
    try:
        with BackgroundWriter(handle, drop_cache=not to_split) as out:
            size = fill(out.write)
            return size, out.finish(sync=not to_split)
    finally:
        handle.close()


def _made_durable(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _require_unit(profile: Profile) -> None:
    if profile.is_centre:
        raise CdsError("packages are exported by units; this profile is the IT Centre's")


def export_summary(profile: Profile) -> ExportSummary:
    _require_unit(profile)
    return _snapshot(profile).summary()


def next_sequence(profile: Profile) -> int:
    return int(profile.get_setting(SEQUENCE_SETTING, "0")) + 1


def _destination(profile: Profile, out: Path, sequence: int) -> Path:
    if out.is_dir():
        return out / default_package_name(profile.identity.unit_code, sequence)
    if not out.parent.is_dir():
        raise CdsError(f"the folder {out.parent} does not exist")
    if out.suffix.lower() != PACKAGE_SUFFIX:  # the centre's folder import looks for .cdspkg
        return out.with_name(out.name + PACKAGE_SUFFIX)
    return out


_PART_FILE = re.compile(r"\..+\.[0-9a-f]{12}\.part")
STALE_PART_SECONDS = 120
"""A temporary package file older than this at a destination was left by an export that
was killed (power cut, USB stick pulled); a running export writes to its own every moment."""


def remove_stale_partial_exports(folder: Path) -> list[Path]:
    """Delete what killed exports left in `folder`; the files removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        candidates = [p for p in folder.iterdir() if _PART_FILE.fullmatch(p.name)]
    except OSError:
        return removed
    for path in candidates:
        try:
            if path.is_file() and now - path.stat().st_mtime > STALE_PART_SECONDS:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # in use or read-only: the export itself will say so if it matters
    return removed


def _commit_sequence(profile: Profile, sequence: int, target: Path) -> None:
    """Use up `sequence`, unless another export took it meanwhile, and record the export
    (`LAST_EXPORT_SETTING`) so the GUI and the command line tell the same."""
    with profile.database.session() as session:
        setting = session.get(Setting, SEQUENCE_SETTING)
        current = int(setting.value) if setting is not None else 0
        if current != sequence - 1:
            raise CdsError("another export ran at the same time; export again")
        session.merge(Setting(key=SEQUENCE_SETTING, value=str(sequence)))
        record = {"at": dt.datetime.now(dt.UTC).isoformat(), "sequence": sequence}
        session.merge(
            Setting(key=LAST_EXPORT_SETTING, value=json.dumps(record | {"path": str(target)}))
        )


def export_package(
    profile: Profile,
    out: Path,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    split_bytes: int | None = None,
) -> ExportResult:
    """Write the unit's signed package to `out` (a file, or a folder for the default name).

    With `split_bytes`, a package larger than that is written as signed parts of at most
    that many bytes each, next to where the package would have gone (`packages.parts`).
    """
    _require_unit(profile)
    private_key = keys.load_private_key(profile.paths.private_key)
    fingerprint = profile.fingerprint()
    snapshot = _snapshot(profile)
    summary = snapshot.summary()
    if summary.evidence_files > MAX_EVIDENCE_FILES or summary.evidence_bytes > MAX_PAYLOAD_BYTES:
        raise CdsError(
            "the evidence is more than one package can hold "
            f"({MAX_EVIDENCE_FILES} files, {MAX_PAYLOAD_BYTES // 1024**3} GiB); "
            "publish large videos online and add them as links"
        )
    for sha256 in snapshot.evidence:
        if not profile.evidence.contains(sha256):
            raise CdsError(f"evidence file {sha256} is missing from the evidence store")

    sequence = next_sequence(profile)
    target = _destination(profile, out, sequence)
    unit = profile.identity
    now = dt.datetime.now(dt.UTC)
    campaign_code, campaign_name, start, end = snapshot.campaign
    metadata = PackageMetadata(
        version=format_version(snapshot.records, PACKAGE_KIND),
        package_id=str(uuid.uuid4()),
        unit_code=unit.unit_code,
        unit_name=unit.unit_name,
        signer_fingerprint=fingerprint,
        sequence=sequence,
        created_at=now,
        campaign_code=campaign_code,
        campaign_name=campaign_name,
        campaign_start=start,
        campaign_end=end,
        program_name=PROGRAM_NAME,
        program_version=__version__,
        activities=summary.activities,
        deleted=summary.deleted,
        evidence_files=summary.evidence_files,
        evidence_bytes=summary.evidence_bytes,
    )
    metadata_bytes = strict_json.dumps(metadata.to_json())
    records_bytes = strict_json.dumps(records_json(snapshot.records))
    sizes = [len(metadata_bytes), len(records_bytes)]
    sizes += [size for size, _ in snapshot.evidence.values()]

    remove_stale_partial_exports(target.parent)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part")
    done = 0
    total = summary.evidence_bytes

    def check_cancel() -> None:
        if should_cancel is not None and should_cancel():
            raise Cancelled("export cancelled; no package was written")

    def counted(length: int) -> None:
        nonlocal done
        check_cancel()
        done += length
        if progress is not None:
            progress(done, total)

    def fill(write: Callable[[bytes], None]) -> int:
        writer = ContainerWriter(
            write, package_base_dir(unit.unit_code, sequence), PACKAGE_KIND, metadata.version, now
        )
        writer.add_tag_file(BAGIT_TXT, BAGIT_TXT_CONTENT)
        writer.add_tag_file(
            BAG_INFO_TXT,
            container_bag_info(
                PACKAGE_KIND,
                metadata.version,
                now,
                sizes,
                [
                    ("Source-Organization", unit.unit_name),
                    ("External-Identifier", metadata.package_id),
                    ("Bag-Software-Agent", f"CDS Desktop {__version__}"),
                ],
            ),
        )
        writer.add_payload(METADATA, metadata_bytes)
        writer.add_payload(RECORDS, records_bytes)
        for sha256 in sorted(snapshot.evidence):
            size, media_type = snapshot.evidence[sha256]
            writer.add_payload_stream(
                EVIDENCE_DIR + sha256,
                _read_evidence(profile.evidence.path_for(sha256), sha256, size, counted),
                compress=not is_compressed_media(media_type),
                sha256=sha256,
            )
        writer.finish(private_key)
        return writer.zip.offset

    pieces: list[tuple[Path, Path]] = []
    try:
        package_size, package_sha256 = _write_new_file(temp, fill, split_bytes is not None)
        check_cancel()
        if split_bytes is not None and package_size <= split_bytes:  # it stays whole
            _made_durable(temp)
        elif split_bytes is not None:
            pieces = _split(
                temp, metadata, target, (package_size, package_sha256), split_bytes,
                private_key, check_cancel,
            )  # fmt: skip
        previous_export = profile.get_setting(LAST_EXPORT_SETTING)
        _commit_sequence(profile, sequence, pieces[0][1] if pieces else target)
        try:
            if pieces:
                from cds_desktop.packages.parts import move_parts_into_place

                move_parts_into_place(pieces)
            else:
                move_into_place(temp, target)
        except OSError:
            profile.set_setting(SEQUENCE_SETTING, str(sequence - 1))
            profile.set_setting(LAST_EXPORT_SETTING, previous_export)
            raise
        fsync_directory(target.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        for piece, _final in pieces:
            piece.unlink(missing_ok=True)
        raise CdsError(f"cannot write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        for piece, _final in pieces:
            piece.unlink(missing_ok=True)
        raise
    if pieces:  # the parts are in place: the whole file was only their source
        with contextlib.suppress(OSError):
            temp.unlink()
    record_export(profile, metadata.package_id, sequence, package_sha256, now)
    return ExportResult(
        path=pieces[0][1] if pieces else target,
        size=package_size,
        sha256=package_sha256,
        fingerprint=fingerprint,
        sequence=sequence,
        package_id=metadata.package_id,
        activities=summary.activities,
        deleted=summary.deleted,
        evidence_files=summary.evidence_files,
        evidence_bytes=summary.evidence_bytes,
        parts=tuple(final for _temp, final in pieces),
    )


def _split(
    whole: Path,
    metadata: PackageMetadata,
    target: Path,
    written: tuple[int, str],
    split_bytes: int,
    private_key: Ed25519PrivateKey,
    check_cancel: Callable[[], None],
) -> list[tuple[Path, Path]]:
    """The written package `whole` as signed parts next to `target` (temporary names)."""
    from cds_desktop.packages.parts import PackageRef, write_parts

    package = PackageRef(
        metadata.package_id,
        metadata.unit_code,
        metadata.sequence,
        default_package_name(metadata.unit_code, metadata.sequence),
        *written,
    )
    return write_parts(
        whole,
        package,
        metadata.unit_name,
        private_key,
        metadata.signer_fingerprint,
        target.parent,
        split_bytes,
        metadata.created_at,
        check_cancel,
        target.name[: -len(PACKAGE_SUFFIX)],  # the name given: SO-HNI.part01-of-03.cdspkg
    )
