"""The report as an Excel workbook: summaries, every activity, evidence, units, import log.

Sheets: "Theo hình thức" and "Theo đơn vị" (the report's indicator tables with a total
row), "Hoạt động" (one row per activity, real dates and numbers), "Minh chứng" (one row
per evidence item), "Đơn vị" (units and submission status) and, on the centre,
"Nhật ký nhập" (the package import log). Written in openpyxl's write-only mode, so
34,000 activities take seconds and little memory.
"""

from __future__ import annotations

from pathlib import Path

from cds_desktop import catalog
from cds_desktop.import_outcomes import STATUS_VI, reason_vi
from cds_desktop.profile import Profile
from cds_desktop.reports.progress import Progress, ReportCancelled, ShouldCancel
from cds_desktop.reports.report_data import (
    Indicators,
    load_evidence_rows,
    load_import_log,
    load_report_data,
)
from cds_desktop.reports.xlsx_sheets import Column, RowCounter, SheetWriter, atomic_workbook

FORM_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Hình thức", 42),
    Column("Mã", 18),
    Column("Số hoạt động", 14, "int"),
    Column("Số người tham gia", 18, "int"),
    Column("Lượt tiếp cận", 18, "int"),
    Column("Số minh chứng", 15, "int"),
]
UNIT_SUMMARY_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Mã đơn vị", 14),
    Column("Cơ quan, đơn vị", 50),
    Column("Đã gửi báo cáo", 15),
    Column("Số hoạt động", 14, "int"),
    Column("Số người tham gia", 18, "int"),
    Column("Lượt tiếp cận", 18, "int"),
    Column("Số minh chứng", 15, "int"),
]
ACTIVITY_COLUMNS = [
    Column("Mã hoạt động", 38),
    Column("Mã đơn vị", 14),
    Column("Cơ quan, đơn vị", 36),
    Column("Tên hoạt động", 60),
    Column("Hình thức", 28),
    Column("Kênh", 28),
    Column("Ngày bắt đầu", 14, "date"),
    Column("Ngày kết thúc", 14, "date"),
    Column("Địa điểm", 30),
    Column("Đơn vị chủ trì", 30),
    Column("Số người tham gia", 18, "int"),
    Column("Lượt tiếp cận", 16, "int"),
    Column("Số minh chứng", 15, "int"),
    Column("Chủ đề", 28),
    Column("Đường dẫn", 40),
    Column("Mô tả", 60),
    Column("Đơn vị phối hợp", 30),
    Column("Phiên bản", 11, "int"),
    Column("Cập nhật lúc", 18, "datetime"),
]
EVIDENCE_COLUMNS = [
    Column("Mã hoạt động", 38),
    Column("Mã đơn vị", 14),
    Column("Tên hoạt động", 50),
    Column("Loại", 10),
    Column("Tên tệp", 36),
    Column("Kiểu tệp", 24),
    Column("Dung lượng (byte)", 18, "int"),
    Column("SHA-256", 66),
    Column("Đường dẫn", 40),
    Column("Chú thích", 40),
]
STATUS_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Mã đơn vị", 14),
    Column("Cơ quan, đơn vị", 50),
    Column("Nhóm", 36),
    Column("Tình trạng", 18),
    Column("Gói gần nhất (số thứ tự)", 16, "int"),
    Column("Nhận lúc", 18, "datetime"),
    Column("Số hoạt động", 14, "int"),
]
IMPORT_LOG_COLUMNS = [
    Column("Thời gian", 18, "datetime"),
    Column("Tệp", 40),
    Column("Mã gói", 38),
    Column("SHA-256 của gói", 66),
    Column("Mã đơn vị", 14),
    Column("Mã nhận dạng khóa", 26),
    Column("Số thứ tự", 11, "int"),
    Column("Kết quả", 14),
    Column("Lý do", 36),
    Column("Chi tiết", 50),
    Column("Thêm", 9, "int"),
    Column("Sửa", 9, "int"),
    Column("Xóa", 9, "int"),
]


def _figures(ind: Indicators) -> list[object]:
    return [ind.activities, ind.participants, ind.reach, ind.evidence]


def write_xlsx_report(
    profile: Profile,
    out: Path,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    campaign_code: str | None = None,
) -> Path:
    """Write the workbook of the master (centre) or unit report of a campaign (default:
    the active one)."""
    data = load_report_data(profile, campaign_code)
    evidence = load_evidence_rows(profile, data.campaign.code)
    log = load_import_log(profile) if profile.is_centre else []
    names = data.unit_names()
    forms = {t.code: t.vi for t in catalog.forms()}
    channels = {t.code: t.vi for t in catalog.channels()}
    topics = {t.code: t.vi for t in catalog.topics()}
    groups = {t.code: t.vi for t in catalog.unit_groups()}
    total_rows = (
        len(data.forms) + 2 * len(data.units) + len(data.activities) + len(evidence) + len(log)
    )
    counter = RowCounter(
        total_rows,
        progress,
        should_cancel,
        lambda: ReportCancelled("the workbook was cancelled; no file was written"),
    )
    with atomic_workbook(Path(out)) as (workbook, _temp):
        sheet = SheetWriter(workbook.create_sheet("Theo hình thức"), FORM_COLUMNS)
        for i, f in enumerate(data.forms, 1):
            sheet.append([i, f.label, f.code, *_figures(f.totals)])
            counter.step()
        sheet.finish()
        sheet.append([None, "Tổng cộng", None, *_figures(data.totals)], total=True)

        sheet = SheetWriter(workbook.create_sheet("Theo đơn vị"), UNIT_SUMMARY_COLUMNS)
        for i, u in enumerate(data.units, 1):
            done = "Đã gửi" if u.reported else "Chưa gửi"
            sheet.append([i, u.code, u.name, done, *_figures(u.totals)])
            counter.step()
        sheet.finish()
        sheet.append([None, None, "Tổng cộng", None, *_figures(data.totals)], total=True)

        sheet = SheetWriter(workbook.create_sheet("Hoạt động"), ACTIVITY_COLUMNS)
        for a in data.activities:
            sheet.append(
                [
                    a.id,
                    a.unit_code,
                    names.get(a.unit_code, a.unit_code),
                    a.title,
                    forms.get(a.form, a.form),
                    "; ".join(channels.get(c, c) for c in a.channels),
                    a.start_date,
                    a.end_date,
                    a.location,
                    a.organiser,
                    a.participants,
                    a.reach,
                    a.evidence_count,
                    "; ".join(topics.get(t, t) for t in a.topics),
                    "\n".join(a.urls),
                    a.description,
                    a.partners,
                    a.revision,
                    a.updated_at,
                ]
            )
            counter.step()
        sheet.finish()

        sheet = SheetWriter(workbook.create_sheet("Minh chứng"), EVIDENCE_COLUMNS)
        for e in evidence:
            sheet.append(
                [
                    e.activity_id,
                    e.unit_code,
                    e.activity_title,
                    "Tệp" if e.kind == "file" else "Liên kết",
                    e.filename,
                    e.media_type,
                    e.size if e.kind == "file" else None,
                    e.sha256,
                    e.url,
                    e.caption,
                ]
            )
            counter.step()
        sheet.finish()

        sheet = SheetWriter(workbook.create_sheet("Đơn vị"), STATUS_COLUMNS)
        for i, u in enumerate(data.units, 1):
            sheet.append(
                [
                    i,
                    u.code,
                    u.name,
                    groups.get(u.group, u.group),
                    "Đã gửi báo cáo" if u.reported else "Chưa gửi báo cáo",
                    u.last_sequence,
                    u.last_import_at,
                    u.totals.activities,
                ]
            )
            counter.step()
        sheet.finish()

        from cds_desktop.reports.xlsx_evaluation import write_evaluation_sheets

        write_evaluation_sheets(
            workbook, profile, data.campaign.code
        )  # targets, year on year (issue 18)
        if profile.is_centre:
            sheet = SheetWriter(workbook.create_sheet("Nhật ký nhập"), IMPORT_LOG_COLUMNS)
            for r in log:
                sheet.append(
                    [
                        r.imported_at,
                        r.file_name,
                        r.package_id,
                        r.package_sha256,
                        r.unit_code,
                        r.signer_fingerprint,
                        r.sequence,
                        STATUS_VI.get(r.status, r.status),
                        reason_vi(r.status, r.reason_code),
                        r.reason,
                        r.added,
                        r.updated,
                        r.deleted,
                    ]
                )
                counter.step()
            sheet.finish()
    if progress is not None:
        progress(counter.total, counter.total)
    return Path(out)
