"""Whether a unit's report PDF, attached as evidence, is digitally signed, and by whom.

The centre's master data (ui/centre/master_page.py) and `check --signed-reports` show,
for each PDF evidence file, one short status: signed and intact, signed but altered, not
signed, or unreadable, with each signer's name, organisation and signing time, and
whether the certificate chain leads to a configured trust root (the certificates in the
profile's `trust-roots/` folder). The signatures are checked by the same code as
`verify-pdf` (signing.verify_pdf_stream), within a budget: a file larger than
`MAX_PDF_BYTES`, with more than `MAX_SIGNATURES` signatures or taking longer than
`TIME_BUDGET` seconds is not checked, and a damaged file is "unreadable", never an error.
Results are kept per SHA-256 (and trust roots) in a `SignatureCache` for the session.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_desktop.errors import CdsError
from cds_desktop.evidence_store import EvidenceStore

if TYPE_CHECKING:
    from cds_desktop.profile import Profile

MAX_PDF_BYTES = 50 * 1024 * 1024
"""Largest PDF whose signatures are checked (a report is a few hundred KiB)."""
MAX_SIGNATURES = 10
TIME_BUDGET = 20.0
"""Seconds one file's signatures may take to check."""
ROOT_SUFFIXES = (".pem", ".crt", ".cer", ".der")

SIGNED = "signed"  # every signature intact, nothing changed after the last one
ALTERED = "altered"  # a signature is broken, or the file was changed after signing
UNSIGNED = "unsigned"
UNREADABLE = "unreadable"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignerInfo:
    """One signature of the file."""

    name: str
    organisation: str
    signing_time: str  # ISO 8601 as the signature claims it, "" when absent
    intact: bool
    trusted: bool
    field: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "organisation": self.organisation,
            "signing_time": self.signing_time,
            "intact": self.intact,
            "trusted": self.trusted,
            "field": self.field,
        }


@dataclass(frozen=True)
class ReportSignature:
    """The short status of one PDF: `state` is SIGNED, ALTERED, UNSIGNED or UNREADABLE;
    `reason` says why a file is unreadable or altered (a code the GUI translates:
    missing, too_large, not_pdf, damaged, too_slow; broken, changed_after)."""

    state: str
    signers: tuple[SignerInfo, ...] = ()
    reason: str = ""

    @property
    def trusted(self) -> bool:
        """Every signature's chain leads to a configured trust root."""
        return bool(self.signers) and all(s.trusted for s in self.signers)

    def to_json(self) -> dict[str, object]:
        return {
            "state": self.state,
            "reason": self.reason,
            "trusted": self.trusted,
            "signers": [s.to_json() for s in self.signers],
        }

    def describe(self) -> str:
        """One line in English (the CLI)."""
        if self.state == UNSIGNED:
            return "not signed"
        if self.state == UNREADABLE:
            return f"unreadable ({REASONS.get(self.reason, self.reason)})"
        who = "; ".join(
            f"{s.name}" + (f" ({s.organisation})" if s.organisation else "")
            + (f" at {s.signing_time}" if s.signing_time else "")
            for s in self.signers
        )  # fmt: skip
        head = "signed" if self.state == SIGNED else f"ALTERED ({REASONS.get(self.reason, '')})"
        trust = "trusted" if self.trusted else "chain not trusted"
        return f"{head} by {who}; {trust}"


REASONS = {
    "missing": "the file is not in the evidence store",
    "too_large": f"larger than {MAX_PDF_BYTES // (1024 * 1024)} MiB, not checked",
    "not_pdf": "not a PDF file",
    "damaged": "a damaged PDF",
    "too_slow": "took too long to check",
    "broken": "a signed byte was changed",
    "changed_after": "changed after signing",
}


@dataclass(frozen=True)
class TrustRoots:
    """The configured trust roots, and the files in the folder that were not certificates."""

    certificates: tuple[Any, ...] = ()
    skipped: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Names this set of roots in the cache."""
        digest = hashlib.sha256()
        for cert in self.certificates:
            digest.update(cert.dump())
        return digest.hexdigest()


def configured_trust_roots(profile: Profile, extra: list[Path] | None = None) -> TrustRoots:
    """The certificates in the profile's `trust-roots/` folder (PEM or DER), plus `extra`
    (which must all be certificates). A file in the folder that is not one is skipped and
    named in `skipped`."""
    from cds_desktop.reports.signing import load_trust_roots

    certificates: list[Any] = []
    skipped: list[str] = []
    folder = profile.paths.trust_roots
    try:
        files = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError as exc:  # unreadable: nothing is trusted, and the CLI says why
        log.warning("trust roots folder %s unreadable: %s", folder, exc)
        files, skipped = [], [folder.name]
    for path in files:
        if not path.is_file() or path.suffix.lower() not in ROOT_SUFFIXES:
            continue
        try:
            certificates += load_trust_roots([path])
        except CdsError as exc:
            log.warning("trust root %s skipped: %s", path.name, exc)
            skipped.append(path.name)
    certificates += load_trust_roots(list(extra or []))
    return TrustRoots(tuple(certificates), tuple(skipped))


def check_pdf_bytes(data: bytes, roots: TrustRoots | None = None) -> ReportSignature:
    """The signature status of a PDF held in memory (never raises for a bad file)."""
    from cds_desktop.reports.signing import SignatureBudgetError, verify_pdf_stream

    if len(data) > MAX_PDF_BYTES:
        return ReportSignature(UNREADABLE, reason="too_large")
    if b"%PDF-" not in data[:1024]:
        return ReportSignature(UNREADABLE, reason="not_pdf")
    trust = list(roots.certificates) if roots is not None else []
    try:
        checks = verify_pdf_stream(
            BytesIO(data),
            trust,
            deadline=time.monotonic() + TIME_BUDGET,
            max_signatures=MAX_SIGNATURES,
        )
    except SignatureBudgetError:
        return ReportSignature(UNREADABLE, reason="too_slow")
    except Exception as exc:  # a damaged PDF, in any of the ways pyHanko can meet one
        log.info("a PDF's signatures could not be read: %s", exc)
        return ReportSignature(UNREADABLE, reason="damaged")
    if not checks:
        return ReportSignature(UNSIGNED)
    signers = tuple(
        SignerInfo(c.signer, c.organisation, c.signing_time, c.intact, c.trusted, c.field)
        for c in checks
    )
    if not all(c.intact for c in checks):
        return ReportSignature(ALTERED, signers, "broken")
    if not checks[-1].whole_document:
        return ReportSignature(ALTERED, signers, "changed_after")
    return ReportSignature(SIGNED, signers)


@dataclass
class SignatureCache:
    """Statuses already found this session, by (SHA-256, trust roots)."""

    found: dict[tuple[str, str], ReportSignature] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, sha256: str, roots: TrustRoots) -> ReportSignature | None:
        with self.lock:
            return self.found.get((sha256, roots.key))

    def put(self, sha256: str, roots: TrustRoots, status: ReportSignature) -> None:
        with self.lock:
            self.found[(sha256, roots.key)] = status


def check_stored_pdf(
    store: EvidenceStore,
    sha256: str,
    roots: TrustRoots | None = None,
    cache: SignatureCache | None = None,
) -> ReportSignature:
    """The signature status of a PDF in the evidence store (a file of its own or in a
    pack), from `cache` when it was checked before."""
    roots = roots or TrustRoots()
    if cache is not None:
        known = cache.get(sha256, roots)
        if known is not None:
            return known
    status = _check_stored(store, sha256, roots)
    if cache is not None:
        cache.put(sha256, roots, status)
    return status


def _check_stored(store: EvidenceStore, sha256: str, roots: TrustRoots) -> ReportSignature:
    parts: list[bytes] = []
    size = 0
    try:
        for chunk in store.chunks(sha256):
            size += len(chunk)
            if size > MAX_PDF_BYTES:
                return ReportSignature(UNREADABLE, reason="too_large")
            parts.append(chunk)
    except FileNotFoundError:
        return ReportSignature(UNREADABLE, reason="missing")
    except (OSError, ValueError):
        return ReportSignature(UNREADABLE, reason="damaged")
    return check_pdf_bytes(b"".join(parts), roots)


def is_pdf(filename: str, media_type: str) -> bool:
    """An evidence file that should be a PDF (by its media type or its name)."""
    return media_type == "application/pdf" or filename.lower().endswith(".pdf")


@dataclass(frozen=True)
class PdfEvidence:
    """A PDF evidence file of an activity in the master (or the unit's own data)."""

    unit_code: str
    activity_id: str
    activity_title: str
    filename: str
    sha256: str
    size: int


def pdf_evidence(profile: Profile) -> list[PdfEvidence]:
    """Every PDF evidence file of the activities not deleted, by unit and activity."""
    from sqlalchemy import select

    from cds_desktop.models import Activity, Evidence

    with profile.database.session() as session:
        rows = session.execute(
            select(
                Activity.unit_code,
                Activity.id,
                Activity.title,
                Evidence.filename,
                Evidence.media_type,
                Evidence.sha256,
                Evidence.size,
            )
            .join(Evidence, Evidence.activity_id == Activity.id)
            .where(Activity.deleted.is_(False), Evidence.kind == "file")
            .order_by(Activity.unit_code, Activity.start_date, Activity.id, Evidence.position)
        ).all()
    return [
        PdfEvidence(unit, activity, title, name, sha, size)
        for unit, activity, title, name, media, sha, size in rows
        if sha is not None and is_pdf(name, media)
    ]


def signed_reports(
    profile: Profile, roots: TrustRoots, cache: SignatureCache | None = None
) -> list[tuple[PdfEvidence, ReportSignature]]:
    """The signature status of every PDF evidence file (`check --signed-reports`)."""
    return [
        (item, check_stored_pdf(profile.evidence, item.sha256, roots, cache))
        for item in pdf_evidence(profile)
    ]
