"""The evaluation sheets of the workbook (issue 18): units against their targets, and
the campaigns year on year. Written only when there is something to show."""

from __future__ import annotations

from typing import Any

from cds_desktop import catalog
from cds_desktop.plans import Evaluation, Target, campaign_totals, evaluate
from cds_desktop.profile import Profile
from cds_desktop.reports.xlsx_sheets import Column, SheetWriter

RESULT_VI = {"met": "Đạt", "partly": "Đạt một phần", "not": "Chưa đạt", "": "Không có chỉ tiêu"}
SCOPE_VI = {"unit": "Riêng đơn vị", "group": "Theo nhóm", "all": "Mọi đơn vị", "total": "Toàn Bộ"}
EVALUATION_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Mã đơn vị", 14),
    Column("Cơ quan, đơn vị", 44),
    Column("Chỉ tiêu áp dụng", 16),
    Column("Số hoạt động", 14, "int"),
    Column("Chỉ tiêu hoạt động", 14, "int"),
    Column("Số người tham gia", 16, "int"),
    Column("Chỉ tiêu người tham gia", 16, "int"),
    Column("Lượt tiếp cận", 16, "int"),
    Column("Chỉ tiêu lượt tiếp cận", 16, "int"),
    Column("Hình thức còn thiếu", 30),
    Column("Kết quả", 18),
]
YEARS_COLUMNS = [
    Column("Mã đợt", 14),
    Column("Tên đợt", 60),
    Column("Từ ngày", 14, "date"),
    Column("Đến ngày", 14, "date"),
    Column("Số đơn vị có hoạt động", 16, "int"),
    Column("Số hoạt động", 14, "int"),
    Column("Số người tham gia", 18, "int"),
    Column("Lượt tiếp cận", 18, "int"),
]


def _row(i: int | None, e: Evaluation) -> list[Any]:
    t: Target | None = e.target
    missing = sorted(set(t.forms) - set(e.forms)) if t is not None else []
    forms = "; ".join(catalog.label(catalog.forms(), f) for f in missing)
    return [
        i,
        e.unit_code or None,
        e.unit_name,
        SCOPE_VI.get(t.scope, t.scope) if t is not None else "",
        e.activities,
        t.activities if t is not None and t.activities else None,
        e.participants,
        t.participants if t is not None and t.participants else None,
        e.reach,
        t.reach if t is not None and t.reach else None,
        forms,
        RESULT_VI.get(e.result, e.result),
    ]


def write_evaluation_sheets(
    workbook: Any, profile: Profile, campaign_code: str | None = None
) -> None:
    """ "Đánh giá chỉ tiêu" if the active campaign has targets; "So sánh các đợt" if more
    than one campaign has activities."""
    result = evaluate(profile, campaign_code)
    if any(e.target is not None for e in [*result.units, result.total]):
        sheet = SheetWriter(workbook.create_sheet("Đánh giá chỉ tiêu"), EVALUATION_COLUMNS)
        for i, e in enumerate(result.units, 1):
            sheet.append(_row(i, e))
        sheet.finish()
        sheet.append(_row(None, result.total), total=True)
    years = campaign_totals(profile)
    if len(years) > 1:
        sheet = SheetWriter(workbook.create_sheet("So sánh các đợt"), YEARS_COLUMNS)
        for y in years:
            sheet.append(
                [y.code, y.name, y.start_date, y.end_date, y.units, y.activities,
                 y.participants, y.reach]
            )  # fmt: skip
        sheet.finish()
