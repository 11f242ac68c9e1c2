"""`--self-test`: proves that a build (e.g. the frozen Windows program) has everything it
needs, without user input: profile, migrations, evidence, package, verify, report.

Each step prints one line; any failure raises, and the caller exits non-zero.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from cds_desktop.activities import ActivityService, FileInput, LinkInput
from cds_desktop.database import current_revision, head_revision
from cds_desktop.packages.export import export_package
from cds_desktop.packages.importer import import_packages
from cds_desktop.packages.verify import verify_package
from cds_desktop.profile import Profile, create_profile
from cds_desktop.reports.pdf_report import write_pdf_report
from cds_desktop.reports.xlsx_report import write_xlsx_report

# A tiny valid PNG (1×1 pixel), so the evidence is a real image file.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a2e8a1d80000000049454e44ae426082"
)


def run_self_test(
    say: Callable[[str], None] = print, extra: Callable[[Profile], str] | None = None
) -> None:
    """Run every step in a temporary folder that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="cds-self-test-") as scratch:
        root = Path(scratch)
        with create_profile(root / "Đơn vị", "unit", "BO-VP", "Văn phòng Bộ") as unit:
            revision = current_revision(unit.database.engine)
            if revision != head_revision():
                raise RuntimeError(f"schema at {revision}, expected {head_revision()}")
            say(f"ok  profile created, database migrated to {revision}")
            photo = root / "Ảnh hội thảo.png"
            photo.write_bytes(PNG)
            result = ActivityService(unit).add(
                {
                    "title": "Hội thảo “Chuyển đổi số trong văn hóa”",
                    "form": "workshop",
                    "start_date": "2024-10-10",
                    "participants": 120,
                    "reach": 3500,
                },
                files=[FileInput(photo, "Toàn cảnh")],
                links=[LinkInput("https://bvhttdl.gov.vn/", "Tin trên cổng")],
            )
            say(f"ok  activity recorded with evidence ({result.activity_id})")
            package = export_package(unit, root / "goi.cdspkg")
            say(f"ok  package exported ({package.size} bytes, sequence {package.sequence})")
            verified = verify_package(package.path)
            say(f"ok  package verified (signed by {verified.fingerprint})")
            pdf = write_pdf_report(unit, root / "bao-cao.pdf")
            if not pdf.read_bytes().startswith(b"%PDF"):
                raise RuntimeError("the report is not a PDF")
            say(f"ok  PDF report written ({pdf.stat().st_size} bytes)")
            from cds_desktop.reports.docx_report import write_docx_report

            docx = write_docx_report(unit, root / "bao-cao.docx")  # python-docx, PDFium
            if not docx.read_bytes().startswith(b"PK"):
                raise RuntimeError("the Word report is not a .docx")
            say(f"ok  Word report written ({docx.stat().st_size} bytes)")
        with create_profile(root / "Trung tâm", "centre", "BO-TTCDS", "Trung tâm") as centre:
            [imported] = import_packages(centre, [package.path], trust_new=True)
            if imported.status != "imported":
                raise RuntimeError(f"import: {imported.status} {imported.reason}")
            say(f"ok  package imported at the centre (+{imported.added})")
            workbook = write_xlsx_report(centre, root / "tong-hop.xlsx")
            say(f"ok  Excel workbook written ({workbook.stat().st_size} bytes)")
            if extra is not None:
                say(extra(centre))
    say("self-test passed")
