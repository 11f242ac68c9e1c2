"""The enrolment sheet PDF and the text helpers the GUI and search use."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from cds_desktop.activities import ActivityService
from cds_desktop.enrolment import write_enrolment_sheet
from cds_desktop.profile import Profile
from cds_desktop.text import fold, format_date, format_number, format_size, matches


def test_fold_ignores_case_and_diacritics() -> None:
    assert fold("Hội thảo ĐỒNG Tháp") == "hoi thao dong thap"
    assert fold("Plain") == "plain"
    assert matches("hoi thao", "Hội thảo Kinh tế số")
    assert matches("KINH te", "Hội thảo Kinh tế số")
    assert not matches("toa dam", "Hội thảo Kinh tế số")
    assert fold("Ho\u0302\u0323i") == "hoi"  # decomposed input


def test_vietnamese_formatting() -> None:
    assert format_number(1234567) == "1.234.567"
    assert format_number(1234567, "en") == "1,234,567"
    assert format_date(dt.date(2024, 9, 5)) == "05/09/2024"
    assert format_date(None) == ""
    assert format_size(1536) == "1,5 KB"
    assert format_size(900) == "900 B"


def test_list_rows_counts_evidence_and_skips_deleted(unit_profile: Profile, tmp_path: Path) -> None:
    service = ActivityService(unit_profile)
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"jpeg")
    base = {"title": "Hội thảo", "form": "workshop", "start_date": "2024-10-01"}
    first = service.add(base, files=[]).activity_id
    second = service.add(base | {"start_date": "2024-10-05"}).activity_id
    gone = service.add(base).activity_id
    service.delete(gone)
    from cds_desktop.activities import LinkInput

    service.edit(first, {}, links=[LinkInput("https://example.gov.vn/a")])
    rows = service.list_rows()
    assert [r.id for r in rows] == [second, first]  # newest first, tombstone left out
    assert rows[1].evidence == 1 and rows[0].evidence == 0
    assert len(service.list_rows(limit=1)) == 1


def test_enrolment_sheet_shows_the_fingerprint(unit_profile: Profile, tmp_path: Path) -> None:
    out = write_enrolment_sheet(unit_profile, tmp_path / "phiếu.pdf", dt.date(2024, 9, 20))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert unit_profile.fingerprint() in text
    assert "Văn phòng Bộ" in text and "20/09/2024" in text
    assert not (tmp_path / "phiếu.pdf.partial").exists()
