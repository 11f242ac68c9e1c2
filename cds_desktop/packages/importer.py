"""Importing packages at the IT Centre (W7, `import [--trust-new] [--json] PATH...`).

Each package is verified completely before anything changes, and is then applied all or
nothing:

1. the zip structure, the small tag files and the signature are checked; then, before
   any payload file is inflated, the signer's key is decided: the unit's registered key,
   another key (rejected), or none registered — trusted only if the caller says so
   (`trust_new`, the GUI's prompt), otherwise the package is rejected having cost only
   its small members (`_decide_key`);
2. the metadata and records are checked (`PackageCheck`), and the registry and the
   master are consulted read-only: a clash with another unit's records or an unknown
   campaign rejects the package; an already imported package id is a `duplicate`, a
   sequence not above the last imported one `stale` (both are still verified, and
   change nothing);
3. the evidence files are read once, hashed, and those the store lacks are written one
   after the other into a pack file in the profile's `tmp/` (`Staging`);
4. a package that would delete most of the unit's activities is applied only if the
   caller says so (`allow_deletions`; the key was decided in step 1);
5. one database transaction holding the write lock (`Database.write_session`: no other
   importer, in this process or another, comes between) takes step 2's decision again
   on the master as it now is, adds the pack to the store with its index, makes the
   unit's activities and evidence rows equal to the snapshot, advances the unit's
   sequence and writes the import log row.

A crash before step 5's commit leaves the database as it was (at most a pack in the
store that nothing points to); after it, the package is fully applied. Then the package's
photos get their perceptual hashes (`duplicates.hash_new_evidence`); one not made then
(a crash, a cancel) is made when reused photos are next looked for.
Every package, rejected ones included, gets a row in the import log.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from cds_desktop.errors import CdsError
from cds_desktop.evidence_store import EvidenceStore
from cds_desktop.files import create_new
from cds_desktop.models import ImportLog, Unit, utc_now
from cds_desktop.packages.background import BackgroundWriter, FileSha256
from cds_desktop.packages.container import OpenContainer
from cds_desktop.packages.deletions import DeletionDecision, confirm_deletions
from cds_desktop.packages.format import Cancelled, PackageRejected
from cds_desktop.packages.merge import IMPORTED, Plan, apply_snapshot, decide
from cds_desktop.packages.parts import (
    PartSet,
    RefusedPart,
    job_size,
    list_files,
    refused_part_reason,
    sort_out,
)
from cds_desktop.packages.trust import (
    UnknownKey,
    key_holder,
    key_is_registered,
    note_sequence,
    register_key,
    require_centre,
)
from cds_desktop.packages.verify import PackageCheck, VerifiedPackage
from cds_desktop.photos import HEAD_BYTES, looks_like_image
from cds_desktop.profile import Profile, backup_profile
from cds_desktop.validation import UNIT_CODE_PATTERN

log = logging.getLogger(__name__)

REJECTED = "rejected"

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
TrustDecision = bool | Callable[[UnknownKey], bool]
Waiting = Callable[[bool], None]


@dataclass(frozen=True)
class ImportResult:
    """What happened to one package (one row of the GUI's result table)."""

    file: Path
    status: str
    """imported | duplicate | stale | rejected"""
    unit_code: str | None = None
    sequence: int | None = None
    added: int = 0
    updated: int = 0
    deleted: int = 0
    reason: str = ""
    """What is wrong, in detail (English: for the log, the CLI and the IT staff)."""
    reason_code: str = ""
    """For a rejection: one of `REJECTION_CODES`, which the GUI says in its language."""
    package_id: str | None = None
    sha256: str = ""
    fingerprint: str | None = None
    part_count: int = 0
    """A package sent in parts (issue 19): how many parts it has (0: one whole file)."""
    missing_parts: tuple[int, ...] = ()
    """Which of its parts were not given (numbered from 1), if any."""

    def to_json(self) -> dict[str, object]:
        return {
            "file": str(self.file),
            "status": self.status,
            "unit_code": self.unit_code,
            "sequence": self.sequence,
            "added": self.added,
            "updated": self.updated,
            "deleted": self.deleted,
            "reason": self.reason,
            "reason_code": self.reason_code,
            "package_id": self.package_id,
            "sha256": self.sha256,
            "signer_fingerprint": self.fingerprint,
        }


class ImportCancelled(Cancelled):
    """The user cancelled; `results` are the packages finished before (they stay imported)."""

    def __init__(self, results: list[ImportResult]) -> None:
        super().__init__(
            f"import cancelled after {len(results)} package(s); the package being read "
            "was not changed"
        )
        self.results = results


class Staging:
    """The package's evidence files that the store lacks, appended to one pack file in
    the staging folder while they are verified; `commit()` makes it durable and adds it
    to the store (`EvidenceStore.add_pack`).

    The reading thread only reads and hashes: the bytes go to a writer thread in batches
    of a few MiB (`BackgroundWriter`), which releases the pages it has written. A file
    whose hash turns out wrong rejects the whole package, and `discard()` deletes the
    pack, so nothing of it ever reaches the store.
    """

    def __init__(self, store: EvidenceStore, evidence: Iterable[str]) -> None:
        """`evidence`: the SHA-256 of every evidence file of the package."""
        self.store = store
        self._lacking = store.lacking(evidence)
        self._index: dict[str, tuple[int, int]] = {}
        """{sha256: (offset, size)} of the files in the pack."""
        self._images: set[str] = set()
        """The staged files whose first bytes are an image's (`photos.looks_like_image`)."""
        self._head: bytes | None = None
        """The current file's first bytes, until there are `HEAD_BYTES` of them."""
        self._current = ""
        self._size = 0
        self._path: Path | None = None
        self._handle: BinaryIO | None = None
        self._writer: BackgroundWriter | None = None

    def begin(self, sha256: str, size: int) -> bool:
        if sha256 in self._index or sha256 not in self._lacking:
            return False  # deduplicated: the store (or this pack) has this content
        if self._writer is None:
            self.store.staging.mkdir(parents=True, exist_ok=True)
            self._path = self.store.staging / f"import-{uuid.uuid4().hex}.pack.part"
            self._handle = create_new(self._path, 0o600)
            self._writer = BackgroundWriter(self._handle, drop_cache=True, sha256=False)
        self._index[sha256] = (self._size, size)
        self._size += size
        self._current, self._head = sha256, b""
        return True

    def write(self, chunk: bytes) -> None:
        assert self._writer is not None
        if self._head is not None:
            self._head += chunk[: HEAD_BYTES - len(self._head)]
            if len(self._head) == HEAD_BYTES or len(self._head) == self._index[self._current][1]:
                if looks_like_image(self._head):
                    self._images.add(self._current)
                self._head = None
        self._writer.write(chunk)

    def photo_candidates(self, evidence: Iterable[str]) -> set[str]:
        """Of the package's files, those worth a perceptual hash: the staged ones that
        begin like an image, and those the store had already (read from the store)."""
        return self._images | (set(evidence) - self._index.keys())

    def commit(self) -> None:
        """The pack durable, then added to the store."""
        if self._writer is None:
            return
        assert self._handle is not None and self._path is not None
        self._writer.finish()
        self._writer.close()
        self._handle.close()
        self.store.add_pack(self._path, self._index)
        self._writer = self._handle = self._path = None

    def discard(self) -> None:
        """Remove whatever was staged and not committed."""
        if self._writer is not None:
            self._writer.close()
        if self._handle is not None:
            self._handle.close()
        if self._path is not None:
            self._path.unlink(missing_ok=True)


def _plan(profile: Profile, check: PackageCheck) -> Plan:
    """Read-only decisions before any evidence is written: reject, or what to do.

    Another importer may change the master before this one writes: `_apply` decides
    again under the write lock, and that decision is the one that counts."""
    meta = check.metadata
    signature = check.container.signature
    if meta.unit_code == profile.identity.unit_code:
        raise PackageRejected(
            f"the package claims to be from this centre's own unit code {meta.unit_code}",
            code="own_unit",
        )
    with profile.database.session() as session:
        return decide(session, meta, signature.fingerprint, signature.public_key, check.records)


def _apply(
    profile: Profile,
    package: VerifiedPackage,
    trusted_now: bool,
    file_name: str,
    sha256: str,
    staging: Staging,
    wait: _Wait,
) -> ImportResult:
    """Decide again and write, as one step no other importer can come between (the
    database's write lock, `Database.write_session`): what another import wrote
    meanwhile (a newer sequence, the same package, an activity id of another unit)
    gives the answer a one-by-one import would have given."""
    meta = package.metadata
    with profile.database.write_session(wait) as session:
        wait.resumed()
        now = utc_now()
        plan = decide(session, meta, package.fingerprint, package.public_key, package.records)
        if not plan.known_key and not trusted_now:
            raise PackageRejected(
                "the unit's key was removed during the import; import again", code="import_clash"
            )
        if plan.outcome != IMPORTED:  # another import got there first
            result = ImportResult(
                package.path, plan.outcome, meta.unit_code, meta.sequence, reason=plan.reason,
                package_id=meta.package_id, sha256=sha256, fingerprint=package.fingerprint,
            )  # fmt: skip
            session.add(_log_row(result, file_name, now))
            return result
        try:
            staging.commit()
        except OSError as exc:
            raise PackageRejected(
                f"could not store the evidence: {exc.strerror or exc}", code="storage"
            ) from exc
        unit = session.get(Unit, meta.unit_code)
        if unit is None:
            last = session.scalars(select(func.max(Unit.sort_order))).one()
            unit = Unit(
                code=meta.unit_code,
                name=meta.unit_name,
                group="ministry",
                sort_order=(last or 0) + 1,
                created_at=now,
            )
            session.add(unit)
        register_key(unit, package.fingerprint, package.public_key)  # `decide` checked it
        added, updated, deleted = apply_snapshot(session, package, plan.campaign_id)
        unit.last_sequence = meta.sequence
        note_sequence(unit, package.fingerprint, meta.sequence)
        unit.last_import_at = now
        result = ImportResult(
            file=package.path,
            status=IMPORTED,
            unit_code=meta.unit_code,
            sequence=meta.sequence,
            added=added,
            updated=updated,
            deleted=deleted,
            package_id=meta.package_id,
            sha256=sha256,
            fingerprint=package.fingerprint,
        )
        session.add(_log_row(result, file_name, now))
    return result


def _log_row(result: ImportResult, file_name: str, when: dt.datetime) -> ImportLog:
    return ImportLog(
        imported_at=when,
        file_name=file_name[:1000],
        package_id=result.package_id,
        package_sha256=result.sha256,
        unit_code=result.unit_code,
        signer_fingerprint=result.fingerprint,
        sequence=result.sequence,
        status=result.status,
        reason=result.reason,
        reason_code=result.reason_code,
        added=result.added,
        updated=result.updated,
        deleted=result.deleted,
    )


def _log(profile: Profile, result: ImportResult, wait: _Wait) -> None:
    with profile.database.write_session(wait) as session:
        wait.resumed()
        session.add(_log_row(result, str(result.file), utc_now()))


class _Wait:
    """Called while another importer holds the write lock: says so once (`waiting(True)`),
    goes on waiting unless the user cancels, and says when it goes on (`resumed`)."""

    def __init__(self, waiting: Waiting | None, should_cancel: ShouldCancel | None) -> None:
        self._waiting = waiting
        self._should_cancel = should_cancel
        self._said = False

    def __call__(self) -> None:
        if not self._said:
            self._said = True
            log.info("waiting for another import to finish")
            if self._waiting is not None:
                self._waiting(True)
        if self._should_cancel is not None and self._should_cancel():
            raise Cancelled("cancelled while waiting for another import")

    def resumed(self) -> None:
        if self._said:
            self._said = False
            if self._waiting is not None:
                self._waiting(False)


def _decide_trust(trust_new: TrustDecision, unknown: UnknownKey) -> bool:
    if callable(trust_new):
        return bool(trust_new(unknown))
    return trust_new


@dataclass
class _KeyDecision:
    """What step 1 learnt before the payload: who signs, for which unit, trusted now?"""

    unit_code: str | None = None
    sequence: int | None = None
    fingerprint: str | None = None
    trusted_now: bool = False
    done: bool = False


def _claimed_unit(base_dir: str) -> tuple[str, int]:
    """The unit code and sequence the bag folder's name claims (`SO-HNI-000003`).

    Not signed by itself, but `package.json` (signed) must say the same, or the package
    is refused; so a key is only ever trusted for the unit its package really names.
    """
    code, _, sequence = base_dir.rpartition("-")
    if not UNIT_CODE_PATTERN.match(code) or not sequence.isdigit() or len(sequence) < 6:
        raise PackageRejected(
            f"zip: bag folder name {base_dir[:40]!r} is not <unit code>-<sequence>"
        )
    return code, int(sequence)


def _decide_key(
    profile: Profile, container: OpenContainer, trust_new: TrustDecision, decision: _KeyDecision
) -> None:
    """Step 1: before any payload is inflated, is the signer's key the unit's?

    A key other than the registered one rejects the package; a unit without a key asks
    `trust_new`. Nothing but the small members has been read at this point.
    """
    signature = container.signature
    code, sequence = _claimed_unit(container.base_dir)
    decision.unit_code, decision.sequence = code, sequence
    decision.fingerprint = signature.fingerprint
    if code == profile.identity.unit_code:
        raise PackageRejected(
            f"the package claims to be from this centre's own unit code {code}", code="own_unit"
        )
    with profile.database.session() as session:
        unit = session.get(Unit, code)
        known = key_is_registered(unit, signature.fingerprint, signature.public_key)
        holder = None if known else key_holder(session, signature.fingerprint, code)
        unit_known = unit is not None
        name = unit.name if unit is not None else container.bag_info.get("Source-Organization")
    if holder is not None:
        raise PackageRejected(
            f"signed with key {signature.fingerprint}, which is registered for unit "
            f"{holder}, not {code} (a data folder copied from {holder}'s computer?); "
            "each unit makes its own key",
            code="key_mismatch",
        )
    if not known:
        unknown = UnknownKey(code, (name or code)[:300], signature.fingerprint, unit_known)
        if not _decide_trust(trust_new, unknown):
            raise PackageRejected(
                f"unit {code}'s key {signature.fingerprint} is not registered; "
                "compare it with the unit, then register it (`units trust`) or trust it "
                "at import (--trust-new)",
                code="key_not_trusted",
            )
        decision.trusted_now = True
    decision.done = True


def _import_one(
    profile: Profile,
    path: Path,
    trust_new: TrustDecision,
    progress: Progress | None,
    should_cancel: ShouldCancel | None,
    allow_deletions: DeletionDecision = False,
    wait: _Wait | None = None,
    label: Path | None = None,
) -> ImportResult:
    """`label`: how the result and the log name the file, if not `path` (a package put
    together from its parts in the staging folder, `_import_parts`)."""
    wait = wait if wait is not None else _Wait(None, should_cancel)
    shown = label if label is not None else path
    hasher = FileSha256(path)
    check: PackageCheck | None = None
    staging: Staging | None = None
    decision = _KeyDecision()
    try:
        check = PackageCheck(
            path, lambda container: _decide_key(profile, container, trust_new, decision)
        )
        meta = check.metadata
        plan = _plan(profile, check)
        if plan.outcome != IMPORTED:
            package = check.check_evidence(
                progress=progress, should_cancel=should_cancel, raw=hasher.feed
            )
            # Trusted now (`trust_new`) counts too: another officer may have registered the
            # key between this import's reads (each read sees the newest commit), and a
            # one-by-one import would then have found it registered and this package a
            # duplicate or stale. Registered at step 1 and gone now: the key was retired.
            if not plan.known_key and not decision.trusted_now:
                raise PackageRejected(
                    f"unit {meta.unit_code}'s key {package.fingerprint} is not trusted",
                    code="key_not_trusted",
                )
            result = ImportResult(
                shown, plan.outcome, meta.unit_code, meta.sequence, reason=plan.reason,
                package_id=meta.package_id, sha256=hasher.result(), fingerprint=package.fingerprint,
            )  # fmt: skip
            _log(profile, result, wait)
            return result
        if not plan.known_key and not decision.trusted_now:
            raise PackageRejected(
                "the unit's key was removed during the import; import again", code="import_clash"
            )
        staging = Staging(profile.evidence, check.evidence)
        try:
            package = check.check_evidence(staging, progress, should_cancel, hasher.feed)
        except OSError as exc:
            raise PackageRejected(
                f"could not store the evidence: {exc.strerror or exc}", code="storage"
            ) from exc
        confirm_deletions(profile, package, plan.campaign_id, allow_deletions)
        try:
            result = _apply(
                profile, package, decision.trusted_now, str(shown), hasher.result(), staging, wait
            )
            if label is not None:
                result = replace(result, file=label)
        except IntegrityError as exc:  # the write lock makes this impossible; never a crash
            log.exception("import of %s clashed in the database", path)
            raise PackageRejected(
                "another import changed the same records at the same time; import again",
                code="import_clash",
            ) from exc
        photos = staging.photo_candidates(check.evidence)
        if result.status == IMPORTED and photos:  # after the commit: never fails the import
            from cds_desktop.duplicates import hash_new_evidence  # Pillow: only for photos

            hash_new_evidence(profile, photos, should_cancel)
        log.info(
            "imported %s: unit %s sequence %s (+%d ~%d -%d)",
            path, result.unit_code, result.sequence, result.added, result.updated, result.deleted,
        )  # fmt: skip
        return result
    except PackageRejected as exc:
        meta_known = check.metadata if check is not None else None
        # A file that is not a regular file, or a package refused for its key before its
        # payload, is not read any further: not even for its SHA-256.
        small_only = exc.code == "unreadable" or (check is None and not decision.done)
        result = ImportResult(
            shown,
            REJECTED,
            meta_known.unit_code if meta_known else decision.unit_code,
            meta_known.sequence if meta_known else decision.sequence,
            reason=str(exc),
            reason_code=exc.code,
            package_id=meta_known.package_id if meta_known else None,
            sha256="" if small_only else hasher.result(),
            fingerprint=decision.fingerprint,
        )
        log.warning("rejected %s: %s", path, exc)
        if staging is not None:  # first free the disk (it may be full) for the log row
            staging.discard()
        _log(profile, result, wait)
        return result
    finally:
        hasher.cancel()
        if staging is not None:
            staging.discard()
        if check is not None:
            check.close()


def import_packages(
    profile: Profile,
    paths: Sequence[Path],
    trust_new: TrustDecision = False,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    allow_deletions: DeletionDecision = False,
    waiting: Waiting | None = None,
) -> list[ImportResult]:
    """Import packages one by one; each is imported, a duplicate, stale, or rejected.

    `trust_new` decides about a key the centre has not registered for a unit that has
    none: True trusts it, False rejects the package, a function is asked (GUI prompt).
    `allow_deletions` decides the same way about a package that would delete most of its
    unit's activities (`deletions.is_mass_deletion`); refused, it is `mass_deletion`.
    The master database is backed up first (a rotated automatic backup).
    Other processes (officers, PCs) may import into the same master at the same time:
    each package is decided and written under the database's write lock, so the master
    ends as if the packages had been imported one by one. `waiting(True)` is called when
    this import must wait for another one (the GUI says so), `waiting(False)` when it
    goes on.
    """
    require_centre(profile)
    files = list_files(paths)
    if not files:
        raise CdsError("no packages (*.cdspkg) found in the given folders")
    backup_profile(profile, "before-import")
    jobs = sort_out(files)  # a package sent in parts is one job (issue 19)
    sizes = [job_size(j) for j in jobs]
    total = sum(sizes)
    done = 0
    results: list[ImportResult] = []
    for job, size in zip(jobs, sizes, strict=True):
        if should_cancel is not None and should_cancel():
            raise ImportCancelled(results)

        def step(current: int, _total: int, before: int = done, cap: int = size) -> None:
            if progress is not None:
                progress(before + min(current, cap), total)

        try:
            wait = _Wait(waiting, should_cancel)
            how = (trust_new, step, should_cancel, allow_deletions, wait)
            if isinstance(job, Path):
                results.append(_import_one(profile, job, *how))
            else:
                results.append(_import_parts(profile, job, *how))
        except Cancelled:
            raise ImportCancelled(results) from None
        last = results[-1]
        if last.status == IMPORTED:  # PostgreSQL: plans made for the master's real size
            profile.database.refresh_statistics(last.added + last.updated + last.deleted)
        done += size
        if progress is not None:
            progress(done, total)
    return results


def _scaled(progress: Progress | None, start: int) -> Progress | None:
    """Half the progress of a package in parts each: putting it together, importing it."""
    if progress is None:
        return None
    report = progress
    return lambda done, total: report(start + done // 2, total)


def _import_parts(
    profile: Profile,
    job: PartSet | RefusedPart,
    trust_new: TrustDecision,
    progress: Progress | None,
    should_cancel: ShouldCancel | None,
    allow_deletions: DeletionDecision,
    wait: _Wait,
) -> ImportResult:
    """A package sent in parts: put together in the staging folder (`PartSet.reassemble`,
    streaming, after the cheap checks), then imported like any package file. A part that
    is not genuine, or a set that is not complete, is rejected; nothing of it changes."""
    if isinstance(job, RefusedPart):
        result = ImportResult(
            job.path, REJECTED, reason=refused_part_reason(job), reason_code=job.error.code
        )
        log.warning("rejected %s: %s", job.path, result.reason)
        _log(profile, result, wait)
        return result
    label = job.label()
    first = job.first
    staging = profile.evidence.staging
    whole = staging / f"parts-{uuid.uuid4().hex}.cdspkg.part"
    try:
        staging.mkdir(parents=True, exist_ok=True)
        job.reassemble(whole, _scaled(progress, 0), should_cancel)
    except (PackageRejected, OSError) as exc:
        rejected = (
            exc
            if isinstance(exc, PackageRejected)
            else PackageRejected(f"could not put the package together: {exc}", code="storage")
        )
        result = ImportResult(
            label, REJECTED, first.package.unit_code, first.package.sequence,
            reason=str(rejected), reason_code=rejected.code,
            package_id=first.package.package_id, sha256=first.package.sha256,
            fingerprint=first.fingerprint, part_count=job.count,
            missing_parts=tuple(job.missing()),
        )  # fmt: skip
        log.warning("rejected %s: %s", label, rejected)
        _log(profile, result, wait)
        return result
    try:
        result = _import_one(
            profile, whole, trust_new, _scaled(progress, job.size // 2), should_cancel,
            allow_deletions, wait, label,
        )  # fmt: skip
        return replace(result, part_count=job.count)
    finally:
        whole.unlink(missing_ok=True)
