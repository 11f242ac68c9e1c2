"""A centre whose master holds a unit's report PDFs attached as evidence: signed,
signed by signer and issuing body, tampered after signing, unsigned, and garbage; the
unit signed them with the test PKI and sent them in a package (issue 20)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding

from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.profile import Profile
from cds_desktop.reports.pdf_report import write_pdf_report
from cds_desktop.reports.signing import load_pkcs12_signer, sign_pdf
from tests.package_helpers import export, import_one, make_centre, make_unit
from tests.signing_support import Pki

SIGNED_PDF = "Báo cáo đã ký.pdf"
BOTH_PDF = "Báo cáo ký và đóng dấu.pdf"
TAMPERED_PDF = "Báo cáo bị sửa.pdf"
UNSIGNED_PDF = "Báo cáo chưa ký.pdf"
GARBAGE_PDF = "Hỏng.pdf"
ACTIVITY = "Báo cáo quý IV"


@dataclass(frozen=True)
class Master:
    centre: Profile
    files: dict[str, Path]  # the unit's files by name


def unit_report_files(unit: Profile, folder: Path, pki: Pki) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    report = write_pdf_report(unit, folder / UNSIGNED_PDF)
    key = load_pkcs12_signer(pki.p12, pki.passphrase_file)
    signed = sign_pdf(report, folder / SIGNED_PDF, key)
    both = sign_pdf(signed, folder / BOTH_PDF, key, body=True)
    data = bytearray(signed.read_bytes())
    data[len(report.read_bytes()) // 2] ^= 0x01  # a byte of the signed report changed
    tampered = folder / TAMPERED_PDF
    tampered.write_bytes(bytes(data))
    garbage = folder / GARBAGE_PDF
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    return {
        SIGNED_PDF: signed,
        BOTH_PDF: both,
        TAMPERED_PDF: tampered,
        UNSIGNED_PDF: report,
        GARBAGE_PDF: garbage,
    }


def master_with_reports(root: Path, pki: Pki, *, trust: bool = True) -> Master:
    """The centre after importing the unit's package; the test CA configured as a trust
    root unless `trust` is False."""
    unit = make_unit(root, "SO-HNI")
    files = unit_report_files(unit, root / "reports", pki)
    ActivityService(unit).add(
        {"title": ACTIVITY, "form": "other", "start_date": "2024-11-05"},
        [FileInput(path) for path in files.values()],
    )
    package = export(unit, root / "out")
    unit.close()
    centre = make_centre(root)
    result = import_one(centre, package, trust_new=True)
    assert result.status == "imported", result
    if trust:
        centre.paths.trust_roots.mkdir()
        (centre.paths.trust_roots / "Root CA.pem").write_bytes(pki.ca.public_bytes(Encoding.PEM))
    return Master(centre, files)
