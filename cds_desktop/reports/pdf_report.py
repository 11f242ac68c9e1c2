"""The unit report and the master report as a PDF in Vietnamese administrative format.

One document for both (SPEC §6): on a centre profile it covers every unit and lists
those that have not reported; on a unit profile it covers the unit alone. Layout after
Nghị định 30/2020/NĐ-CP (see `pdf_layout`). The appendix lists every activity by unit on
landscape pages, numbered separately. The file is written next to its destination and
renamed into place, so a failed or cancelled report leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cds_desktop import __version__
from cds_desktop.duplicates import DuplicateGroup
from cds_desktop.errors import CdsError
from cds_desktop.files import move_into_place
from cds_desktop.plans import (
    CampaignEvaluation,
    CampaignTotals,
    Evaluation,
    campaign_totals,
    evaluate,
    previous_campaign,
)
from cds_desktop.profile import Profile
from cds_desktop.reports import charts
from cds_desktop.reports.fonts import SerifFamily, register_fonts
from cds_desktop.reports.pdf_layout import (
    APPENDIX_SIZE,
    LANDSCAPE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_NUMBER_SIZE,
    PORTRAIT,
    TABLE_SIZE,
    CentredRule,
    HeaderBlock,
    SignerPlace,
    Styles,
    header_lines,
    make_styles,
)
from cds_desktop.reports.progress import Progress, ReportCancelled, ShouldCancel
from cds_desktop.reports.report_data import (
    ActivityRow,
    Indicators,
    ReportData,
    load_report_data,
    load_reused_evidence,
)
from cds_desktop.reports.settings import ReportSettings, load_report_settings
from cds_desktop.reports.vi_format import (
    date_words,
    document_number,
    format_date,
    format_decimal,
    format_int,
    lower_first,
    nfc,
    number_line,
    place_date_line,
    upper_vi,
)

TABLE_START = 150.0  # heading, caption, header row and three rows of a table
APPENDIX_CHUNK = 1000  # rows per appendix table; very long tables split slower
GRID = colors.black
NBSP = "\u00a0"
RESULT_WORDS = {"met": "Đạt", "partly": "Đạt một phần", "not": "Chưa đạt"}
TARGET_HEADS = ["STT", "Cơ quan, đơn vị", "Hoạt động", "Người tham gia", "Lượt tiếp cận", "Kết quả"]
TARGET_CAPTION = "Kết quả so với chỉ tiêu (thực hiện/chỉ tiêu)"
COMPARISON_HEADING = "So sánh với các đợt trước"
REUSED_HEADING = "Minh chứng dùng lại"
REUSED_CAPTION = "Ảnh minh chứng được dùng cho nhiều hoạt động"
REUSED_HEADS = ["Nhóm", "Cơ quan, đơn vị", "Hoạt động", "Tệp minh chứng"]
REUSED_LISTED = 15
"""Groups listed in the report; the program's "Ảnh dùng lại" tab lists them all."""
PHOTO_HEADING = "Ảnh minh chứng chụp ngoài thời gian của đợt"
PHOTOS_LISTED = 30
COMPARISON_HEADS = ["STT", "Đợt", "Thời gian", "Số đơn vị có hoạt động", "Số hoạt động",
                    "Số người tham gia", "Lượt tiếp cận"]  # fmt: skip
COMPARISON_CAPTION = "Kết quả các đợt (so sánh qua các năm)"


def _p(text: str, style: Any) -> Paragraph:
    """A paragraph of plain text (escaped, NFC)."""
    return Paragraph(escape(nfc(text)), style)


@dataclass
class _Tracker:
    """Counts drawn table rows for progress and checks for cancellation."""

    total: int
    progress: Progress | None
    should_cancel: ShouldCancel | None
    done: int = 0

    def after_flowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Table):
            rows = len(getattr(flowable, "_cellvalues", ()))
            self.done += max(rows - int(getattr(flowable, "repeatRows", 0)), 0)
        else:
            self.done += 1
        if self.should_cancel is not None and self.should_cancel():
            raise ReportCancelled("the report was cancelled; no file was written")
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


class _ReportDoc(BaseDocTemplate):
    """Portrait body pages (numbered from page 2) and landscape appendix pages."""

    def __init__(self, filename: str, fonts: SerifFamily, tracker: _Tracker, **kw: Any) -> None:
        self.fonts = fonts
        self.tracker = tracker
        self.appendix_start: int | None = None
        super().__init__(filename, pagesize=PORTRAIT, **kw)
        portrait = self._frame(PORTRAIT)
        wide = self._frame(LANDSCAPE)
        self.addPageTemplates(
            [
                PageTemplate("first", [portrait], pagesize=PORTRAIT),
                PageTemplate("body", [portrait], onPage=self._body_number, pagesize=PORTRAIT),
                PageTemplate("appendix", [wide], onPage=self._appendix_number, pagesize=LANDSCAPE),
            ]
        )

    @staticmethod
    def _frame(size: tuple[float, float]) -> Frame:
        width, height = size
        return Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            width - MARGIN_LEFT - MARGIN_RIGHT,
            height - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def _draw_number(self, canvas: Canvas, number: int) -> None:
        width, height = getattr(canvas, "_pagesize", PORTRAIT)
        canvas.saveState()
        canvas.setFont(self.fonts.regular, PAGE_NUMBER_SIZE)
        text_centre = MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2
        canvas.drawCentredString(text_centre, height - MARGIN_TOP / 2 - 4, str(number))
        canvas.restoreState()

    def _body_number(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_number(canvas, doc.page)

    def _appendix_number(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Appendix pages are numbered on their own, from its second page."""
        if self.appendix_start is None:
            self.appendix_start = doc.page
        number = doc.page - self.appendix_start + 1
        if number > 1:
            self._draw_number(canvas, number)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab hook)
        self.tracker.after_flowable(flowable)


class _Builder:
    """Turns the report data and settings into the story (the list of flowables)."""

    def __init__(
        self, data: ReportData, settings: ReportSettings, day: dt.date, fonts: SerifFamily
    ) -> None:
        self.data = data
        self.settings = settings
        self.day = day
        self.fonts = fonts
        self.styles: Styles = make_styles(fonts)
        self.width = PORTRAIT[0] - MARGIN_LEFT - MARGIN_RIGHT
        self.wide_width = LANDSCAPE[0] - MARGIN_LEFT - MARGIN_RIGHT
        self.tables = 0
        self.figures = 0
        self.evaluation: CampaignEvaluation | None = None
        """Units against their targets (issue 18), set by `report_builder`."""
        self.years: list[CampaignTotals] = []
        """Every campaign with activities (year on year), set by `report_builder`."""
        self.reused: list[DuplicateGroup] = []
        """Photos used by several activities (issue 19), set by `report_builder`."""

    # -- text helpers ---------------------------------------------------------------
    @property
    def subject(self) -> str:
        custom = nfc(self.settings.subject).strip()
        if custom:
            return custom
        return f"Kết quả thực hiện Kế hoạch {lower_first(self.data.campaign.name)}"

    @property
    def issuer(self) -> str:
        """The issuing body in running text (as written, not in capitals)."""
        return self.data.unit_name

    def _paragraphs(self, text: str) -> list[Flowable]:
        """The officer's own text: one paragraph per line; dotted lines if empty."""
        lines = [line.strip() for line in nfc(text).splitlines() if line.strip()]
        if not lines:
            style = self.styles.plain
            dots = "." * int(self.width / stringWidth(".", style.fontName, style.fontSize) - 1)
            return [_p(dots, style), _p(dots, style), _p(dots, style)]
        return [_p(line, self.styles.body) for line in lines]

    # -- story ---------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        story: list[Flowable] = [NextPageTemplate("body")]
        story += self.header()
        story += self.basis()
        story += self.results()
        story += self.free_section("III. TỒN TẠI, HẠN CHẾ", self.settings.shortcomings)
        story += self.free_section("IV. NHIỆM VỤ, KIẾN NGHỊ", self.settings.proposals)
        closing = _p(self.closing_text(), self.styles.body)
        # the signature never stands alone on a page: it keeps the closing with it
        story.append(KeepTogether([closing, *self.signature()]))
        story += self.appendix()
        return story

    def header(self) -> list[Flowable]:
        s = self.settings
        subject_lines = [
            line.text for line in header_lines(self.subject, self.fonts.bold, 14, self.width * 0.8)
        ]
        widest = max((stringWidth(t, self.fonts.bold, 14) for t in subject_lines), default=0)
        return [
            HeaderBlock(
                self.fonts,
                upper_vi(s.governing_body),
                upper_vi(s.issuing_body or self.data.unit_name),
                number_line(s.number, s.number_symbol()),
                place_date_line(s.place, self.day),
            ),
            _p("BÁO CÁO", self.styles.title),
            Paragraph("<br/>".join(escape(t) for t in subject_lines), self.styles.subject),
            CentredRule(max(widest / 3, 60)),
        ]

    def plan_citation(self) -> str:
        """ "Quyết định số 1733/QĐ-BVHTTDL ngày 26/6/2024 của …" as cited in section I."""
        c = self.data.campaign
        plan = nfc(c.plan).strip()
        if plan and c.plan_date is not None:
            plan += f" ngày {c.plan_date.day:02d}/{c.plan_date.month:02d}/{c.plan_date.year}"
        return plan

    def basis_texts(self) -> list[str]:
        c = self.data.campaign
        plan = self.plan_citation()
        period = f"từ ngày {format_date(c.start_date)} đến ngày {format_date(c.end_date)}"
        opening = f"Thực hiện {plan} về việc ban hành Kế hoạch" if plan else "Thực hiện Kế hoạch"
        text = (
            f"{opening} {lower_first(nfc(c.name))} với chủ đề “{nfc(c.theme)}”, "
            f"thời gian thực hiện {period};"
        )
        if self.data.is_master:
            closing = (
                "Trên cơ sở báo cáo của các cơ quan, đơn vị gửi về (tổng hợp đến ngày "
                f"{format_date(self.day)}), {self.issuer} báo cáo kết quả thực hiện như sau:"
            )
        else:
            closing = f"{self.issuer} báo cáo kết quả thực hiện như sau:"
        return [text, closing]

    def closing_text(self) -> str:
        return f"Trên đây là báo cáo {lower_first(self.subject)} của {self.issuer}./."

    def basis(self) -> list[Flowable]:
        return [
            _p("I. CĂN CỨ", self.styles.heading1),
            *(_p(t, self.styles.body) for t in self.basis_texts()),
        ]

    def results(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [_p("II. KẾT QUẢ THỰC HIỆN", self.styles.heading1)]
        number = 0

        def section(text: str, *parts: list[Flowable]) -> None:
            """A numbered heading kept on one page with its first part (a sentence, a
            table's caption and first rows, a chart): never alone at a page's foot."""
            nonlocal number
            number += 1
            first, rest = (parts[0], parts[1:]) if parts else ([], ())
            if first and isinstance(first[1] if len(first) > 1 else None, Table):
                # a table may split (its header row repeats): the heading, the caption
                # and the table's first rows start it on the same page
                head = _p(f"{number}. {text}", self.styles.heading2_free)
                out.extend([CondPageBreak(TABLE_START), head, *first])
            else:
                head = _p(f"{number}. {text}", self.styles.heading2)
                out.append(KeepTogether([head, *first]))
            for part in rest:
                out.extend(part)

        def sentences(texts: list[str]) -> list[list[Flowable]]:
            """The first paragraph kept with the heading; the others free to flow."""
            paragraphs: list[Flowable] = [_p(t, self.styles.body) for t in texts]
            return [paragraphs[:1], paragraphs[1:]]

        section("Tình hình chung", *sentences(self.overview()))
        section(
            "Kết quả theo hình thức tuyên truyền",
            self.indicator_table(
                "Kết quả theo hình thức tuyên truyền",
                "Hình thức",
                [(f.label, f.totals) for f in d.forms],
            ),
            self.figure(
                "Số hoạt động theo hình thức tuyên truyền",
                charts.form_chart(
                    [f.label for f in d.forms],
                    [f.totals.activities for f in d.forms],
                    self.width,
                    self.fonts,
                ),
            ),
        )
        if d.is_master:
            section(
                "Kết quả theo cơ quan, đơn vị",
                self.indicator_table(
                    "Kết quả theo cơ quan, đơn vị",
                    "Cơ quan, đơn vị",
                    [(u.name, u.totals) for u in self.listed_units()],
                ),
            )
        if self.evaluation is not None and self.evaluation.has_targets:
            section("Đánh giá kết quả so với chỉ tiêu", self.target_section(self.evaluation))
        if self.comparison() is not None:
            section(COMPARISON_HEADING, self.comparison_section())
        # the sentence and the chart it describes stay with their heading
        section(
            "Diễn biến trong thời gian thực hiện Kế hoạch",
            [_p(t, self.styles.body) for t in self.period_text()]
            + self.figure(
                "Số hoạt động theo ngày bắt đầu trong thời gian thực hiện Kế hoạch",
                charts.period_chart(d.daily, self.width, self.fonts),
            ),
        )
        if d.is_master:
            section("Các cơ quan, đơn vị chưa gửi báo cáo", *sentences(self.not_reported_texts()))
            section(REUSED_HEADING, self.reused_section())
        if d.is_master and d.flagged_photos:
            section(PHOTO_HEADING, *sentences(self.photo_texts()))
        return out

    # -- reused evidence (issue 19) ----------------------------------------------------
    def reused_texts(self) -> list[str]:
        groups = self.reused
        if not groups:
            return ["Không phát hiện ảnh minh chứng nào được dùng cho nhiều hoạt động."]
        across = sum(g.across_units for g in groups)
        text = (
            f"Có {format_int(len(groups))} nhóm ảnh minh chứng được dùng cho nhiều hoạt động "
            f"({format_int(across)} nhóm giữa các cơ quan, đơn vị khác nhau): cùng một tệp "
            "ảnh, hoặc bản sao đã thu nhỏ, nén lại hay đổi định dạng; đề nghị các cơ quan, "
            "đơn vị liên quan rà soát lại."
        )
        if len(groups) > REUSED_LISTED:
            text += (
                f" Bảng dưới đây liệt kê {format_int(REUSED_LISTED)} nhóm đầu; danh sách đầy "
                "đủ xem trong chương trình (Dữ liệu tổng hợp, thẻ “Ảnh dùng lại”)."
            )
        return [text]

    def reused_rows(self) -> list[list[str]]:
        """One row per use: the group's number on its first row, unit, activity, file."""
        rows: list[list[str]] = []
        for number, group in enumerate(self.reused[:REUSED_LISTED], 1):
            for n, use in enumerate(group.uses):
                rows.append(
                    [
                        str(number) if n == 0 else "",
                        nfc(use.unit_name),
                        f"{nfc(use.title)} ({format_date(use.start_date)})",
                        nfc(use.filename),
                    ]
                )
        return rows

    def reused_section(self) -> list[Flowable]:
        st = self.styles
        out: list[Flowable] = [_p(t, st.body) for t in self.reused_texts()]
        rows = self.reused_rows()
        if not rows:
            return out
        self.tables += 1
        data: list[list[Any]] = [[Paragraph(h, st.table_head) for h in REUSED_HEADS]]
        for row in rows:
            data.append([row[0], *(_p(cell, st.table_cell) for cell in row[1:])])
        widths = [40.0, 150.0, 0.0, 120.0]
        widths[2] = self.width - sum(widths)
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(self._small_table_style())
        starts = [n for n, row in enumerate(rows, 1) if row[0]] + [len(rows) + 1]
        for first, following in itertools.pairwise(starts):
            table.setStyle([("SPAN", (0, first), (0, following - 1))])  # the group's number
        title = _p(f"Bảng {self.tables}. {REUSED_CAPTION}", st.caption)
        return [*out, CondPageBreak(90), title, table, Spacer(1, 8)]

    def listed_units(self) -> list[Any]:
        """The units in the master's table: those that reported or have activities."""
        return [u for u in self.data.units if u.reported or u.totals.activities]

    def overview(self) -> list[str]:
        d = self.data
        t = d.totals
        figures = (
            f"{format_int(t.activities)} hoạt động tuyên truyền với "
            f"{format_int(t.participants)} lượt người tham gia, {format_int(t.reach)} lượt "
            f"tiếp cận (lượt xem, lượt hiển thị, số bản phát hành) và "
            f"{format_int(t.evidence)} minh chứng kèm theo"
        )
        if d.is_master:
            reported = len(d.reported_units)
            first = (
                f"Đến ngày {format_date(self.day)}, {format_int(reported)}/"
                f"{format_int(len(d.units))} cơ quan, đơn vị đã gửi báo cáo. Các cơ quan, "
                f"đơn vị đã tổ chức {figures}."
            )
        else:
            first = f"{self.issuer} đã tổ chức {figures}."
        parts = []
        for codes, noun in (
            (("news",), "tin, bài"),
            (("portal_post",), "tin trên cổng/trang thông tin điện tử"),
            (("social_post",), "bài đăng trên mạng xã hội"),
            (("series", "column", "reportage"), "chuyên đề, chuyên mục, phóng sự"),
            (("conference", "workshop", "seminar"), "hội nghị, hội thảo, tọa đàm"),
        ):
            n = sum(d.form_totals(c).activities for c in codes)
            if n:
                parts.append(f"{format_int(n)} {noun}")
        training = d.form_totals("training")
        if training.activities:
            parts.append(
                f"{format_int(training.activities)} lớp tập huấn, hướng dẫn với "
                f"{format_int(training.participants)} lượt người tham gia"
            )
        support = d.form_totals("community_support")
        if support.activities:
            parts.append(
                f"{format_int(support.activities)} hoạt động hỗ trợ của Mạng lưới chuyển đổi "
                f"số cộng đồng với {format_int(support.participants)} lượt người được hỗ trợ"
            )
        texts = [first]
        if parts:
            texts.append("Trong đó: " + "; ".join(parts) + ".")
        return texts

    def period_text(self) -> list[str]:
        d = self.data
        texts = []
        most = max((n for _, n in d.daily), default=0)
        if most > 0:
            days = [day for day, n in d.daily if n == most]
            count = f"{format_int(most)} hoạt động"
            if len(days) == 1:
                texts.append(
                    f"Ngày có nhiều hoạt động bắt đầu nhất là ngày {format_date(days[0])} "
                    f"({count})."
                )
            elif len(days) <= 8:
                listed = ", ".join(format_date(day) for day in days[:-1])
                texts.append(
                    f"{format_int(len(days))} ngày cùng có nhiều hoạt động bắt đầu nhất "
                    f"({count} mỗi ngày): {listed} và {format_date(days[-1])}."
                )
            else:
                texts.append(
                    f"{format_int(len(days))} ngày cùng có nhiều hoạt động bắt đầu nhất "
                    f"({count} mỗi ngày), từ ngày {format_date(days[0])} đến ngày "
                    f"{format_date(days[-1])}."
                )
        if d.outside_period:
            texts.append(
                f"Có {format_int(d.outside_period)} hoạt động bắt đầu ngoài thời gian thực "
                "hiện Kế hoạch (không thể hiện trên biểu đồ)."
            )
        return texts

    def photo_texts(self) -> list[str]:
        """The master's photos taken outside the campaign or long before their activity
        (the first `PHOTOS_LISTED`, by unit and activity)."""
        photos = self.data.flagged_photos
        names = self.data.unit_names()
        out = [
            f"Có {format_int(len(photos))} ảnh minh chứng có thời điểm chụp (theo thông tin "
            "EXIF của ảnh) nằm ngoài thời gian thực hiện Kế hoạch hoặc quá sớm so với ngày "
            "diễn ra hoạt động, cần đơn vị xác minh:"
        ]
        for photo in photos[:PHOTOS_LISTED]:
            reason = (
                "ngoài thời gian Kế hoạch"
                if photo.flag == "outside_campaign"
                else "quá sớm so với hoạt động"
            )
            out.append(
                f"- {names.get(photo.unit_code, photo.unit_code)}: «{photo.activity_title}» "
                f"({format_date(photo.activity_start)}) — ảnh {photo.filename} chụp ngày "
                f"{format_date(photo.taken_at.date())}, {reason}."
            )
        if len(photos) > PHOTOS_LISTED:
            out.append(
                f"- Và {format_int(len(photos) - PHOTOS_LISTED)} ảnh khác (xem mục «Ảnh chụp "
                "ngoài thời gian của đợt» trong dữ liệu tổng hợp)."
            )
        return out

    def not_reported_texts(self) -> list[str]:
        missing = self.data.not_reported_units
        if not missing:
            return ["Tất cả các cơ quan, đơn vị đã gửi báo cáo."]
        out = [
            f"Có {format_int(len(missing))}/{format_int(len(self.data.units))} cơ quan, "
            "đơn vị chưa gửi báo cáo, gồm:"
        ]
        from cds_desktop import catalog

        for group in catalog.unit_groups():
            names = [u.name for u in missing if u.group == group.code]
            if names:
                out.append(f"- {group.vi} ({len(names)}): {'; '.join(names)}.")
        other = [u.name for u in missing if u.group not in {g.code for g in catalog.unit_groups()}]
        if other:
            out.append(f"- Đơn vị khác ({len(other)}): {'; '.join(other)}.")
        return out

    def free_section(self, title: str, text: str) -> list[Flowable]:
        return [_p(title, self.styles.heading1), *self._paragraphs(text)]

    # -- tables and figures ----------------------------------------------------------
    def indicator_table(
        self, caption: str, name_header: str, rows: Sequence[tuple[str, Indicators]]
    ) -> list[Flowable]:
        self.tables += 1
        st = self.styles
        heads = [
            "STT",
            name_header,
            "Số hoạt động",
            "Số người tham gia",
            "Lượt tiếp cận",
            "Số minh chứng",
        ]
        data: list[list[Any]] = [[Paragraph(h, st.table_head) for h in heads]]
        total = Indicators()
        for i, (name, ind) in enumerate(rows, 1):
            total = total + ind
            data.append([str(i), _p(name, st.table_cell), *self._figures(ind)])
        data.append(["", Paragraph("<b>Tổng cộng</b>", st.table_cell), *self._figures(total)])
        number_width = 66.0
        widths = [32.0, self.width - 32 - 4 * number_width] + [number_width] * 4
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.fonts.regular, TABLE_SIZE),
                    ("FONT", (0, -1), (-1, -1), self.fonts.bold, TABLE_SIZE),
                    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                    ("VALIGN", (0, 1), (-1, -1), "TOP"),
                    ("ALIGN", (0, 1), (0, -1), "CENTER"),
                    ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return [_p(f"Bảng {self.tables}. {caption}", self.styles.caption), table, Spacer(1, 8)]

    def judged_units(self, evaluation: CampaignEvaluation) -> list[Evaluation]:
        """The units with a target (in a unit report, the unit alone)."""
        own = [u for u in evaluation.units if u.result]
        if not self.data.is_master:
            own = [u for u in own if u.unit_code == self.data.unit_code]
        return own

    def target_texts(self, evaluation: CampaignEvaluation) -> list[str]:
        """The sentences before the target table (master report: the counts and the
        Ministry's total)."""
        if not self.data.is_master:
            return []
        own = self.judged_units(evaluation)
        counts = {key: sum(u.result == key for u in own) for key in RESULT_WORDS}
        texts = [
            f"Trong {format_int(len(own))} cơ quan, đơn vị có chỉ tiêu: "
            f"{format_int(counts['met'])} đạt, {format_int(counts['partly'])} đạt một "
            f"phần, {format_int(counts['not'])} chưa đạt."
        ]
        total = evaluation.total
        if total.result and total.target is not None and total.target.activities:
            texts.append(
                f"Chỉ tiêu toàn Bộ: {format_int(total.activities)}/"
                f"{format_int(total.target.activities)} hoạt động "
                f"({RESULT_WORDS[total.result].lower()})."
            )
        return texts

    def target_rows(self, evaluation: CampaignEvaluation) -> list[list[str]]:
        """The target table's rows: number, unit, activities, participants, reach (each
        "done/target" when the target sets it), result."""

        def pair(actual: int, goal: int) -> str:
            return f"{format_int(actual)}/{format_int(goal)}" if goal else format_int(actual)

        rows = []
        for i, u in enumerate(self.judged_units(evaluation), 1):
            t = u.target
            assert t is not None
            rows.append(
                [
                    str(i),
                    u.unit_name,
                    pair(u.activities, t.activities),
                    pair(u.participants, t.participants),
                    pair(u.reach, t.reach),
                    RESULT_WORDS[u.result],
                ]
            )
        return rows

    def target_section(self, evaluation: CampaignEvaluation) -> list[Flowable]:
        """Units (or, in a unit report, the unit) against their targets (issue 18)."""
        st = self.styles
        out: list[Flowable] = [_p(t, st.body) for t in self.target_texts(evaluation)]
        rows = self.target_rows(evaluation)
        if not rows:
            return out
        self.tables += 1
        data: list[list[Any]] = [[Paragraph(h, st.table_head) for h in TARGET_HEADS]]
        for row in rows:
            data.append([row[0], _p(row[1], st.table_cell), *row[2:]])
        number_width = 70.0
        widths = [32.0, self.width - 32 - 4 * number_width - 10] + [number_width] * 3
        widths.append(number_width + 10)
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(self._small_table_style())
        title = _p(f"Bảng {self.tables}. {TARGET_CAPTION}", st.caption)
        return [*out, CondPageBreak(90), title, table, Spacer(1, 8)]  # caption kept with it

    def _small_table_style(self) -> TableStyle:
        return TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.fonts.regular, TABLE_SIZE),
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (2, 1), (-2, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )

    # -- year on year (issue 18) -------------------------------------------------------
    def comparison(self) -> tuple[CampaignTotals, CampaignTotals, list[CampaignTotals]] | None:
        """(this campaign, the one before it, every campaign up to this one) when the
        master holds an earlier campaign with activities; None otherwise. The same
        figures as the dashboard and the workbook's sheet "So sánh các đợt"."""
        c = self.data.campaign
        if not self.data.is_master:
            return None
        previous = previous_campaign(self.years, c.code, c.start_date)
        if previous is None:
            return None
        current = next((y for y in self.years if y.code == c.code), None)
        if current is None:  # this campaign has no activities yet
            current = CampaignTotals(c.code, c.name, c.start_date, c.end_date, 0, 0, 0, 0)
        earlier = [y for y in self.years if y.code != c.code and y.start_date < c.start_date]
        return current, previous, [*earlier, current]

    def comparison_texts(self) -> list[str]:
        found = self.comparison()
        if found is None:
            return []
        current, previous, _ = found

        def change(before: int, now: int) -> str:
            if now == before:
                return f"không thay đổi ({format_int(now)})"
            word, direction = ("tăng", "lên") if now > before else ("giảm", "xuống")
            text = f"từ {format_int(before)} {direction} {format_int(now)}"
            if before:
                ratio = abs(now - before) / before * 100
                text += f" ({word} {format_decimal(ratio)}%)"
            return text

        return [
            f"So với đợt trước ({lower_first(nfc(previous.name))}, từ ngày "
            f"{format_date(previous.start_date)} đến ngày {format_date(previous.end_date)}): "
            f"số hoạt động {change(previous.activities, current.activities)}; số người "
            f"tham gia {change(previous.participants, current.participants)}; lượt tiếp cận "
            f"{change(previous.reach, current.reach)}; số cơ quan, đơn vị có hoạt động "
            f"{change(previous.units, current.units)}."
        ]

    def comparison_rows(self) -> list[list[str]]:
        """The year-on-year table: one row per campaign, oldest first, this one last."""
        found = self.comparison()
        if found is None:
            return []
        return [
            [
                str(i),
                f"{nfc(y.name)} ({y.code})",
                f"{format_date(y.start_date)} -\n{format_date(y.end_date)}",
                format_int(y.units),
                format_int(y.activities),
                format_int(y.participants),
                format_int(y.reach),
            ]
            for i, y in enumerate(found[2], 1)
        ]

    def comparison_section(self) -> list[Flowable]:
        st = self.styles
        out: list[Flowable] = [_p(t, st.body) for t in self.comparison_texts()]
        self.tables += 1
        data: list[list[Any]] = [[Paragraph(h, st.table_head) for h in COMPARISON_HEADS]]
        for row in self.comparison_rows():
            data.append([row[0], _p(row[1], st.table_cell), row[2], *row[3:]])
        number_width = 62.0
        date_width = 70.0
        widths = [32.0, self.width - 32 - date_width - 4 * number_width, date_width]
        widths += [number_width] * 4
        table = Table(data, colWidths=widths, repeatRows=1)
        style = self._small_table_style()
        style.add("ALIGN", (2, 1), (-1, -1), "RIGHT")
        style.add("ALIGN", (2, 1), (2, -1), "LEFT")
        table.setStyle(style)
        title = _p(f"Bảng {self.tables}. {COMPARISON_CAPTION}", st.caption)
        return [*out, CondPageBreak(90), title, table, Spacer(1, 8)]

    @staticmethod
    def _figures(ind: Indicators) -> list[str]:
        return [
            format_int(ind.activities),
            format_int(ind.participants),
            format_int(ind.reach),
            format_int(ind.evidence),
        ]

    def figure(self, caption: str, drawing: Flowable) -> list[Flowable]:
        self.figures += 1
        title = _p(f"Biểu đồ {self.figures}. {caption}", self.styles.caption)
        return [KeepTogether([Spacer(1, 4), drawing, title]), Spacer(1, 6)]

    # -- closing -----------------------------------------------------------------------
    def signature(self) -> list[Flowable]:
        st = self.styles
        recipients = self.settings.recipient_lines()
        left: list[Flowable] = [Paragraph("Nơi nhận:", st.recipients_head)]
        for i, name in enumerate(recipients):
            end = "." if i == len(recipients) - 1 else ";"
            left.append(_p(f"- {name}{end}", st.recipients))
        right: list[Flowable] = [_p(line, st.signer) for line in self.settings.signer_lines()]
        right.append(SignerPlace(70))  # the signature's place, recorded for signing
        if self.settings.signer_name.strip():
            right.append(_p(self.settings.signer_name.strip(), st.signer))
        half = self.width / 2
        table = Table([[left, right]], colWidths=[half - 20, half + 20])
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.fonts.regular, 11),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [Spacer(1, 10), table]

    # -- appendix ------------------------------------------------------------------------
    def appendix(self) -> list[Flowable]:
        d = self.data
        st = self.styles
        out: list[Flowable] = [
            NextPageTemplate("appendix"),
            PageBreak(),
            _p("Phụ lục I", st.appendix_title),
            _p("DANH SÁCH CÁC HOẠT ĐỘNG TUYÊN TRUYỀN", st.appendix_title),
            _p(
                self.appendix_note(),
                st.appendix_note,
            ),
        ]
        names = d.unit_names()
        groups: dict[str, list[ActivityRow]] = {}
        for a in d.activities:
            groups.setdefault(a.unit_code, []).append(a)
        if not groups:
            out.append(_p("Chưa có hoạt động nào được ghi nhận.", st.plain))
        for index, (code, rows) in enumerate(groups.items(), 1):
            title = f"{index}. {names.get(code, code)} ({format_int(len(rows))} hoạt động)"
            for start in range(0, len(rows), APPENDIX_CHUNK):
                heading = title if start == 0 else f"{title} (tiếp theo)"
                out.append(
                    self.activity_table(heading, rows[start : start + APPENDIX_CHUNK], start)
                )
        return out

    def appendix_note(self) -> str:
        number = nfc(self.settings.number).strip()
        ref = f"số {document_number(number) or NBSP * 8}/{self.settings.number_symbol()}"
        return f"(Kèm theo Báo cáo {ref} {date_words(self.day)} của {self.issuer})"

    def activity_table(self, title: str, rows: Sequence[ActivityRow], offset: int) -> Table:
        """One unit's activities under its name (repeated on every page).

        Plain wrapped strings, not Paragraphs, and LongTable: 34,000 rows must stay fast.
        """
        from cds_desktop import catalog

        regular = self.fonts.regular
        bold = self.fonts.bold
        size = APPENDIX_SIZE
        widths = [30.0, 62.0, 112.0, 0.0, 122.0, 50.0, 58.0, 40.0]
        widths[3] = self.wide_width - sum(widths)
        pad = 8.5
        form_labels = {t.code: t.vi for t in catalog.forms()}
        heads = [
            "STT",
            "Ngày",
            "Hình thức",
            "Tên hoạt động",
            "Địa điểm",
            "Số người\ntham gia",
            "Lượt\ntiếp cận",
            "Minh\nchứng",
        ]
        data: list[list[str]] = [[_wrap(title, bold, 12, self.wide_width)] + [""] * 7, heads]
        for i, a in enumerate(rows, offset + 1):
            when = format_date(a.start_date)
            if a.end_date != a.start_date:
                when += f" -\n{format_date(a.end_date)}"
            data.append(
                [
                    str(i),
                    when,
                    _wrap(form_labels.get(a.form, a.form), regular, size, widths[2] - pad),
                    _wrap(a.title, regular, size, widths[3] - pad),
                    _wrap(a.location, regular, size, widths[4] - pad),
                    format_int(a.participants),
                    format_int(a.reach),
                    format_int(a.evidence_count),
                ]
            )
        table = LongTable(data, colWidths=widths, repeatRows=2)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), regular, size, size * 1.2),
                    ("FONT", (0, 0), (-1, 0), bold, 12, 14.5),
                    ("FONT", (0, 1), (-1, 1), bold, size, size * 1.2),
                    # the unit's name runs across row 0 unclipped; a SPAN would make every
                    # page break of a long table recompute spans over all its rows
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, 0), 10),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                    ("GRID", (0, 1), (-1, -1), 0.5, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 1), (-1, 1), "CENTER"),
                    ("ALIGN", (0, 2), (0, -1), "CENTER"),
                    ("ALIGN", (5, 2), (-1, -1), "RIGHT"),
                    ("TOPPADDING", (0, 1), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
                    ("LEFTPADDING", (0, 1), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 1), (-1, -1), 4),
                    ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#E7E6E6")),
                ]
            )
        )
        return table


def _wrap(text: str, font: str, size: float, width: float) -> str:
    """Break text into lines that fit the column (a cheap stand-in for a Paragraph)."""
    text = nfc(text).replace("\r", " ").replace("\n", " ").strip()
    if not text or stringWidth(text, font, size) <= width:
        return text
    return "\n".join(simpleSplit(text, font, size, width))


def report_builder(
    profile: Profile,
    out: Path,
    suffix: str,
    report_date: dt.date | None,
    settings: ReportSettings | None,
    campaign_code: str | None,
) -> _Builder:
    """What the PDF and the Word report both say, read once, after the target file's
    checks: the data, the settings, the targets, the years and the reused photos."""
    if out.is_dir():
        raise CdsError(f"{out} is a folder; give a file name such as bao-cao.{suffix}")
    if not out.parent.is_dir():
        raise CdsError(f"the folder {out.parent} does not exist")
    fonts = register_fonts()
    data = load_report_data(profile, campaign_code)
    settings = settings or load_report_settings(profile)
    builder = _Builder(data, settings, report_date or dt.date.today(), fonts)
    builder.evaluation = evaluate(profile, data.campaign.code)  # targets (issue 18)
    builder.years = campaign_totals(profile)  # year on year (issue 18)
    builder.reused = load_reused_evidence(profile, data.campaign.code)  # issue 19
    return builder


def write_pdf_report(
    profile: Profile,
    out: Path,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    report_date: dt.date | None = None,
    settings: ReportSettings | None = None,
    campaign_code: str | None = None,
) -> Path:
    """Write the master report (centre profile) or the unit report (unit profile) of a
    campaign (default: the active one)."""
    out = Path(out)
    builder = report_builder(profile, out, "pdf", report_date, settings, campaign_code)
    data, settings, fonts = builder.data, builder.settings, builder.fonts
    story = builder.story()
    total = len(story) + len(data.activities)
    tracker = _Tracker(total, progress, should_cancel)
    if progress is not None:
        progress(0, total)
    handle, temp_name = tempfile.mkstemp(prefix=".report-", suffix=".pdf.part", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        doc = _ReportDoc(
            str(temp),
            fonts,
            tracker,
            title=f"Báo cáo {lower_first(builder.subject)}",
            author=nfc(settings.issuing_body or data.unit_name),
            subject=builder.subject,
            creator=f"CĐS Desktop {__version__}",
            initialFontName=fonts.regular,  # else every page names unembedded Helvetica
        )
        doc.build(story)
        move_into_place(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return out
