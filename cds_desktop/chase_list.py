"""The list of units that have not reported yet, as an Excel workbook for chasing them
("đôn đốc", W8)."""

from __future__ import annotations

from pathlib import Path

from cds_desktop import catalog
from cds_desktop.profile import Profile
from cds_desktop.reports.xlsx_sheets import Column, SheetWriter, atomic_workbook
from cds_desktop.submissions import SubmissionStatus, submission_status
from cds_desktop.units import UnitService

COLUMNS = [
    Column("STT", 6, "int"),
    Column("Mã đơn vị", 14),
    Column("Tên đơn vị", 52),
    Column("Nhóm", 34),
    Column("Khóa đã đăng ký", 28),
    Column("Ghi chú đôn đốc", 40),
]


def not_reported(profile: Profile) -> list[SubmissionStatus]:
    """Units, in catalog order, of which no package has been imported (the centre's own
    unit left out)."""
    own = profile.identity.unit_code
    return [s for s in submission_status(profile) if not s.reported and s.unit_code != own]


def write_not_reported_xlsx(profile: Profile, out: Path) -> int:
    """Write the workbook; returns the number of units listed."""
    units = not_reported(profile)
    keys = {u.code: u.fingerprint for u in UnitService(profile).list_units()}
    groups = {t.code: t.vi for t in catalog.unit_groups()}
    with atomic_workbook(Path(out)) as (workbook, _temp):
        sheet = SheetWriter(workbook.create_sheet("Chưa gửi báo cáo"), COLUMNS)
        for n, status in enumerate(units, 1):
            key = keys.get(status.unit_code)
            sheet.append(
                [
                    n,
                    status.unit_code,
                    status.unit_name,
                    groups.get(status.group, status.group),
                    key or "Chưa đăng ký",
                    "",
                ]
            )
        sheet.finish()
    return len(units)
