"""Signed receipts: the centre tells each unit what became of its package (SPEC §9).

At the centre, `write_receipts` (`receipts --out DIR [--since DATE]`, the import page's
button) writes one receipt per line of the import log that names a unit and a package:
unit, package id, sequence, the package's SHA-256, the result with its reason code, the
counts and the time, signed with the centre's own key (kind `receipt`,
docs/package-format.md). At the unit, `import_receipt` (`receipt import FILE`, the export
page) checks the signature against the centre key the unit trusts (`centre_key`), that
the receipt is for this unit and for a package this unit made, and keeps it.

The unit keeps what it needs in its `setting` table (no schema change): the packages it
exported (`exported_packages`, written by `packages.export`) and the receipts it was
given (`receipts`, the newest per package).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cds_desktop import keys
from cds_desktop.centre_key import check_centre_signer
from cds_desktop.errors import CdsError
from cds_desktop.packages.format import (
    CURRENT_VERSION,
    FORMAT_NAME,
    RECEIPT_KIND,
    PackageRejected,
)
from cds_desktop.packages.records import (
    _object,
    _text,
    _time,
    _uuid,
    _whole,
    timestamp,
)
from cds_desktop.packages.signed_file import (
    read_signed_json,
    signed_json_bytes,
    write_file_atomically,
)
from cds_desktop.profile import Profile
from cds_desktop.validation import validate_unit

log = logging.getLogger(__name__)

RECEIPT_SUFFIX = ".cdsreceipt"
EXPORTED_SETTING = "exported_packages"
"""JSON list of `{"package_id", "sequence", "sha256", "created_at"}`, oldest first."""
RECEIPTS_SETTING = "receipts"
"""JSON `{package_id: receipt JSON}`: the newest receipt for each package."""
MAX_EXPORTS_KEPT = 500
STATUSES = ("imported", "duplicate", "stale", "rejected")

RECEIPT_KEYS = frozenset(
    {
        "format",
        "kind",
        "format_version",
        "receipt_id",
        "centre",
        "signer_fingerprint",
        "unit",
        "package",
        "result",
        "counts",
        "received_at",
        "issued_at",
    }
)
PARTY_KEYS = frozenset({"code", "name"})
PACKAGE_KEYS = frozenset({"id", "sequence", "sha256"})
RESULT_KEYS = frozenset({"status", "reason_code", "reason"})
COUNT_KEYS = frozenset({"added", "updated", "deleted"})
SHA256_LENGTH = 64


@dataclass(frozen=True)
class Receipt:
    receipt_id: str
    centre_code: str
    centre_name: str
    signer_fingerprint: str
    unit_code: str
    unit_name: str
    package_id: str
    sequence: int
    package_sha256: str
    status: str
    """imported | duplicate | stale | rejected, as in the centre's import log."""
    reason_code: str
    reason: str
    added: int
    updated: int
    deleted: int
    received_at: dt.datetime
    """When the centre imported (or refused) the package."""
    issued_at: dt.datetime

    @property
    def accepted(self) -> bool:
        """The centre holds this package's data (now or from an earlier import)."""
        return self.status in ("imported", "duplicate")

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT_NAME,
            "kind": RECEIPT_KIND,
            "format_version": CURRENT_VERSION[RECEIPT_KIND],
            "receipt_id": self.receipt_id,
            "centre": {"code": self.centre_code, "name": self.centre_name},
            "signer_fingerprint": self.signer_fingerprint,
            "unit": {"code": self.unit_code, "name": self.unit_name},
            "package": {
                "id": self.package_id,
                "sequence": self.sequence,
                "sha256": self.package_sha256,
            },
            "result": {
                "status": self.status,
                "reason_code": self.reason_code,
                "reason": self.reason,
            },
            "counts": {"added": self.added, "updated": self.updated, "deleted": self.deleted},
            "received_at": timestamp(self.received_at),
            "issued_at": timestamp(self.issued_at),
        }

    def message(self) -> str:
        """One English line for the command line and the log."""
        when = f"{self.received_at.astimezone():%d/%m/%Y %H:%M}"
        if self.status == "imported":
            return (
                f"The IT Centre received package {self.sequence} at {when} and imported it "
                f"(+{self.added} ~{self.updated} -{self.deleted})"
            )
        if self.status == "duplicate":
            return f"The IT Centre received package {self.sequence} at {when}; it already had it"
        if self.status == "stale":
            return (
                f"The IT Centre received package {self.sequence} at {when} but had already "
                "imported a newer package of this unit; nothing changed"
            )
        return (
            f"The IT Centre refused package {self.sequence} at {when} ({self.reason_code}: "
            f"{self.reason}); fix the problem and export a new package"
        )


def parse_receipt(doc: object) -> Receipt:
    where = "receipt.json"
    d = _object(doc, RECEIPT_KEYS, where)
    if d["format"] != FORMAT_NAME or d["kind"] != RECEIPT_KIND:
        raise PackageRejected(f"{where}: not a CĐS Desktop receipt")
    if d["format_version"] != CURRENT_VERSION[RECEIPT_KIND]:
        raise PackageRejected(f"{where}: format version differs from the signature's")
    centre = _object(d["centre"], PARTY_KEYS, f"{where} centre")
    unit = _object(d["unit"], PARTY_KEYS, f"{where} unit")
    package = _object(d["package"], PACKAGE_KEYS, f"{where} package")
    result = _object(d["result"], RESULT_KEYS, f"{where} result")
    counts = _object(d["counts"], COUNT_KEYS, f"{where} counts")
    sha256 = _text(package["sha256"], f"{where} package.sha256", SHA256_LENGTH)
    if len(sha256) != SHA256_LENGTH or any(c not in "0123456789abcdef" for c in sha256):
        raise PackageRejected(f"{where} package.sha256: not a SHA-256")
    status = _text(result["status"], f"{where} result.status", 16)
    if status not in STATUSES:
        raise PackageRejected(f"{where} result.status: unknown status {status[:20]!r}")
    try:
        unit_code, unit_name = validate_unit(unit["code"], unit["name"])
    except CdsError as exc:
        raise PackageRejected(f"{where} unit: {exc}") from None
    return Receipt(
        receipt_id=_uuid(d["receipt_id"], f"{where} receipt_id"),
        centre_code=_text(centre["code"], f"{where} centre.code", 32, allow_empty=False),
        centre_name=_text(centre["name"], f"{where} centre.name", 300),
        signer_fingerprint=_text(d["signer_fingerprint"], f"{where} signer_fingerprint", 32),
        unit_code=unit_code,
        unit_name=unit_name,
        package_id=_uuid(package["id"], f"{where} package.id"),
        sequence=_whole(package["sequence"], f"{where} package.sequence", 1),
        package_sha256=sha256,
        status=status,
        reason_code=_text(result["reason_code"], f"{where} result.reason_code", 32),
        reason=_text(result["reason"], f"{where} result.reason", 2000),
        added=_whole(counts["added"], f"{where} counts.added"),
        updated=_whole(counts["updated"], f"{where} counts.updated"),
        deleted=_whole(counts["deleted"], f"{where} counts.deleted"),
        received_at=_time(d["received_at"], f"{where} received_at"),
        issued_at=_time(d["issued_at"], f"{where} issued_at"),
    )


# The centre: writing receipts from the import log.


@dataclass(frozen=True)
class ReceiptsWritten:
    written: list[Path]
    unchanged: int
    """Receipts already in the folder with the same content."""


def receipt_file_name(unit_code: str, sequence: int, log_id: int) -> str:
    return f"{unit_code}-{sequence:06d}-bien-nhan-{log_id}{RECEIPT_SUFFIX}"


def write_receipts(
    profile: Profile,
    out_dir: Path,
    since: dt.date | None = None,
    package_ids: Collection[str] | None = None,
) -> ReceiptsWritten:
    """One signed receipt per import-log line naming a unit and a package: imported on or
    after `since` (a day), and of `package_ids` if given (the import page's last run)."""
    from sqlalchemy import select

    from cds_desktop.models import ImportLog, Unit

    if not profile.is_centre:
        raise CdsError("receipts are written by the IT Centre; this profile is a unit's")
    if not out_dir.is_dir():
        raise CdsError(f"the folder {out_dir} does not exist; create it or choose another")
    private_key = keys.load_private_key(profile.paths.private_key)
    fingerprint = profile.fingerprint()
    centre = profile.identity
    now = dt.datetime.now(dt.UTC)
    query = select(ImportLog).where(
        ImportLog.unit_code.is_not(None),
        ImportLog.package_id.is_not(None),
        ImportLog.sequence.is_not(None),
        ImportLog.unit_code != centre.unit_code,
    )
    if since is not None:
        start = dt.datetime.combine(since, dt.time()).astimezone(dt.UTC)
        query = query.where(ImportLog.imported_at >= start)
    if package_ids is not None:
        query = query.where(ImportLog.package_id.in_(sorted(set(package_ids))))
    with profile.database.session() as session:
        rows = session.scalars(query.order_by(ImportLog.id)).all()
        names = {code: name for code, name in session.execute(select(Unit.code, Unit.name))}
        receipts = [
            (
                row.id,
                Receipt(
                    receipt_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"cds:{fingerprint}:{row.id}")),
                    centre_code=centre.unit_code,
                    centre_name=centre.unit_name,
                    signer_fingerprint=fingerprint,
                    unit_code=str(row.unit_code),
                    unit_name=names.get(str(row.unit_code), str(row.unit_code)),
                    package_id=str(row.package_id),
                    sequence=int(row.sequence or 0),
                    package_sha256=row.package_sha256,
                    status=row.status,
                    reason_code=row.reason_code,
                    reason=row.reason[:2000],
                    added=row.added,
                    updated=row.updated,
                    deleted=row.deleted,
                    received_at=row.imported_at,
                    issued_at=now,
                ),
            )
            for row in rows
        ]
    written: list[Path] = []
    unchanged = 0
    for log_id, receipt in receipts:
        target = out_dir / receipt_file_name(receipt.unit_code, receipt.sequence, log_id)
        if target.exists() and _same_receipt(target, receipt):
            unchanged += 1
            continue
        data = signed_json_bytes(
            RECEIPT_KIND,
            f"{receipt.unit_code}-{receipt.sequence:06d}-receipt",
            receipt.to_json(),
            private_key,
            centre.unit_name,
            now,
        )
        write_file_atomically(target, data)
        written.append(target)
    log.info("wrote %d receipt(s) to %s (%d unchanged)", len(written), out_dir, unchanged)
    return ReceiptsWritten(written, unchanged)


def _same_receipt(path: Path, receipt: Receipt) -> bool:
    """An existing receipt for the same import with the same result (time of issue aside)."""
    try:
        existing = parse_receipt(read_signed_json(path, RECEIPT_KIND).doc)
    except CdsError:
        return False
    return existing.to_json() | {"issued_at": ""} == receipt.to_json() | {"issued_at": ""}


# The unit: what it exported, and the receipts it was given.


def record_export(
    profile: Profile, package_id: str, sequence: int, sha256: str, created_at: dt.datetime
) -> None:
    """Remember an exported package, so a receipt can be matched to it.

    The package is already in place when this runs: a failure here is logged, not raised
    (its receipt will then be refused as `unknown_package`, and the next export is kept).
    """
    exported = exported_packages(profile)
    exported.append(
        {
            "package_id": package_id,
            "sequence": sequence,
            "sha256": sha256,
            "created_at": timestamp(created_at),
        }
    )
    try:
        profile.set_setting(EXPORTED_SETTING, json.dumps(exported[-MAX_EXPORTS_KEPT:]))
    except Exception:
        log.warning(
            "could not record exported package %d (%s)", sequence, package_id, exc_info=True
        )


def exported_packages(profile: Profile) -> list[dict[str, Any]]:
    raw = profile.get_setting(EXPORTED_SETTING)
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        value = []
    return value if isinstance(value, list) else []


def _stored_receipts(profile: Profile) -> dict[str, Any]:
    raw = profile.get_setting(RECEIPTS_SETTING)
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        value = {}
    return value if isinstance(value, dict) else {}


def stored_receipts(profile: Profile) -> list[Receipt]:
    """The newest receipt of each package, most recently received first."""
    receipts = []
    for doc in _stored_receipts(profile).values():
        try:
            receipts.append(parse_receipt(doc))
        except CdsError:
            continue
    return sorted(receipts, key=lambda r: (r.received_at, r.sequence), reverse=True)


def last_receipt(profile: Profile) -> Receipt | None:
    receipts = stored_receipts(profile)
    return receipts[0] if receipts else None


def _exported_before_records(
    profile: Profile, records: list[dict[str, Any]], receipt: Receipt
) -> bool:
    """A package numbered before the first one this unit recorded, and not after the last
    sequence it used: exported by an earlier release, which kept no package ids."""
    from cds_desktop.packages.export import SEQUENCE_SETTING

    used = int(profile.get_setting(SEQUENCE_SETTING, "0") or 0)
    sequences = [p.get("sequence") for p in records]
    first_recorded = min((s for s in sequences if isinstance(s, int)), default=used + 1)
    return receipt.sequence < first_recorded and receipt.sequence <= used


@dataclass(frozen=True)
class ReceiptImported:
    receipt: Receipt
    new: bool
    """False if the same receipt (or a newer one for the package) was already kept."""
    sha256_matches: bool | None
    """The centre's SHA-256 of the package is the one this unit exported; None for a
    package exported before this program kept the hashes (`_exported_before_records`)."""


def import_receipt(
    profile: Profile, path: Path, confirm_fingerprint: str | None = None
) -> ReceiptImported:
    """Check a receipt from the centre and keep it; `PackageRejected` with a code if not."""
    if profile.is_centre:
        raise CdsError("receipts are imported by units; this profile is the IT Centre's")
    signed = read_signed_json(path, RECEIPT_KIND)
    receipt = parse_receipt(signed.doc)
    if receipt.signer_fingerprint != signed.signature.fingerprint:
        raise PackageRejected("receipt.json: signer differs from the key that signed it")
    check_centre_signer(
        profile, signed.signature.fingerprint, signed.signature.public_key, confirm_fingerprint
    )
    own = profile.identity.unit_code
    if receipt.unit_code != own:
        raise PackageRejected(
            f"this receipt is for unit {receipt.unit_code}, not for this unit ({own}); "
            "give it to that unit",
            code="other_unit",
        )
    records = exported_packages(profile)
    made = {str(p.get("package_id")): p for p in records}
    exported = made.get(receipt.package_id)
    sha256_matches: bool | None = None
    if exported is not None and exported.get("sequence") == receipt.sequence:
        sha256_matches = exported.get("sha256") == receipt.package_sha256
    elif exported is not None or not _exported_before_records(profile, records, receipt):
        raise PackageRejected(
            f"this unit never exported package {receipt.sequence} with id "
            f"{receipt.package_id}; the receipt is not for a package of this computer",
            code="unknown_package",
        )
    stored = _stored_receipts(profile)
    previous = stored.get(receipt.package_id)
    new = True
    if previous is not None:
        try:
            old = parse_receipt(previous)
            new = (old.received_at, old.receipt_id) < (receipt.received_at, receipt.receipt_id)
        except CdsError:
            new = True
    if new:
        stored[receipt.package_id] = receipt.to_json()
        profile.set_setting(RECEIPTS_SETTING, json.dumps(stored, ensure_ascii=False))
        log.info("receipt for package %d: %s", receipt.sequence, receipt.status)
    return ReceiptImported(receipt, new, sha256_matches)
