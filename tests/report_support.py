"""Test data for the report tests: a centre with merged activities of a few units."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cds_desktop.models import Activity, Evidence, Unit
from cds_desktop.profile import Profile

# Names with the letters Liberation Serif 1.07 lacked (ạ ậ Ể Ệ Ị Ộ ự).
TITLES = (
    "Hội thảo “Ứng dụng số trong bảo tàng” — Ể Ệ Ị Ộ ự ạ ậ",
    "Tập huấn kỹ năng số cho cán bộ thư viện",
    "Bài đăng: Phổ cập hạ tầng số",
)
FORMS = ("workshop", "training", "social_post")


def seed_centre(
    profile: Profile, units: int = 3, per_unit: int = 4, reported: int | None = None
) -> list[str]:
    """Activities for the first `units` catalog units; the first `reported` have reported.

    Returns the unit codes used. Each activity has one file and one link as evidence.
    """
    reported = units if reported is None else reported
    now = dt.datetime.now(dt.UTC)
    with profile.database.session() as session:
        campaign = profile.active_campaign(session)
        rows = session.scalars(
            select(Unit).where(Unit.code != profile.identity.unit_code).order_by(Unit.sort_order)
        ).all()[:units]
        for index, unit in enumerate(rows):
            if index < reported:
                unit.last_sequence = 1
                unit.last_import_at = now
            for i in range(per_unit):
                day = campaign.start_date + dt.timedelta(days=(index * 3 + i * 7) % 40)
                activity_id = str(uuid.uuid4())
                session.add(
                    Activity(
                        id=activity_id,
                        unit_code=unit.code,
                        campaign_id=campaign.id,
                        title=f"{TITLES[i % 3]} {i + 1}",
                        form=FORMS[i % 3],
                        channels=["in_person", "social"],
                        start_date=day,
                        end_date=day + dt.timedelta(days=i % 2),
                        location="Nhà hát Lớn Hà Nội",
                        participants=100 * (i + 1),
                        reach=1500 * (i + 1),
                        topics=["digital_economy"],
                        urls=["https://bvhttdl.gov.vn/tin"],
                        revision=1,
                        deleted=False,
                        evidence=[
                            Evidence(
                                id=str(uuid.uuid4()),
                                position=1,
                                kind="file",
                                sha256="ab" * 32,
                                filename="Ảnh hội thảo.jpg",
                                media_type="image/jpeg",
                                size=123_456,
                                caption="Toàn cảnh",
                            ),
                            Evidence(
                                id=str(uuid.uuid4()),
                                position=2,
                                kind="link",
                                url="https://bvhttdl.gov.vn/anh",
                                caption="",
                            ),
                        ],
                    )
                )
        return [u.code for u in rows]


def libreoffice_pdf(source: Path, out_dir: Path) -> Path:
    """Convert a .docx or .xlsx to PDF with LibreOffice, as an office would print it.

    CI installs LibreOffice (.ci/run); only a developer's machine without it skips.
    """
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is missing; .ci/run installs it")
        pytest.skip("LibreOffice (soffice) is not installed on this machine")
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / "lo-profile"  # a private profile: parallel runs never share one
    result = subprocess.run(
        [program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out_dir), str(source)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    pdf = out_dir / (source.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice made no PDF: {result.stdout} {result.stderr}"
    return pdf


def pdf_page_texts(pdf: Path) -> list[str]:
    """Each page's text as pdftotext reads it (layout kept: columns stay side by side)."""
    count = len(PdfReader(pdf).pages)
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, count + 1)
    ]
