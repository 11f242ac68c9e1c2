"""The unit report and the master report as an editable Word document (.docx).

The same report as the PDF (`pdf_report`), with the same sentences, tables and charts,
made with Word's own means so that a clerk can change a sentence, number it and print it:
A4 with the margins of Nghị định 30/2020, Times New Roman (every Windows office has it),
the two header blocks and the signature block as borderless tables, real tables whose
header row repeats on every page, the charts as pictures, the page number as a PAGE
field in the header from page 2, and the appendix in a landscape section numbered on
its own. The file is written next to its destination and renamed into place.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
import uuid
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Mm, Pt, RGBColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from cds_desktop import __version__
from cds_desktop.errors import CdsError
from cds_desktop.files import move_into_place
from cds_desktop.profile import Profile
from cds_desktop.reports import charts
from cds_desktop.reports.fonts import SerifFamily
from cds_desktop.reports.pdf_layout import header_lines
from cds_desktop.reports.pdf_report import (
    COMPARISON_CAPTION,
    COMPARISON_HEADING,
    COMPARISON_HEADS,
    PHOTO_HEADING,
    REUSED_CAPTION,
    REUSED_HEADING,
    REUSED_HEADS,
    TARGET_CAPTION,
    TARGET_HEADS,
    _Builder,
    report_builder,
)
from cds_desktop.reports.progress import Progress, ReportCancelled, ShouldCancel
from cds_desktop.reports.report_data import (
    ActivityRow,
    Indicators,
)
from cds_desktop.reports.settings import ReportSettings
from cds_desktop.reports.vi_format import (
    format_date,
    format_int,
    lower_first,
    nfc,
    number_line,
    place_date_line,
    upper_vi,
)

FONT = "Times New Roman"
PAGE_WIDTH = Mm(210)
PAGE_HEIGHT = Mm(297)
MARGIN_TOP = Mm(20)
MARGIN_BOTTOM = Mm(20)
MARGIN_LEFT = Mm(30)
MARGIN_RIGHT = Mm(15)
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
WIDE_WIDTH = PAGE_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT
HEADER_OUTDENT = Mm(5)  # the header table reaches a little into the left margin
CHART_DPI = 200
ROWS_PER_CHECK = 200
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
HEAD_FILL = "E7E6E6"


def _twips(length: int) -> int:
    """EMU → twentieths of a point, Word's table unit."""
    return round(length / 635)


def _text(value: str) -> str:
    return _XML_ILLEGAL.sub("", nfc(value))


def _set_fonts(rpr: Any, name: str = FONT) -> None:
    """All four font slots named (no theme font), so Word never falls back to Calibri."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        if attribute.endswith("Theme"):
            del fonts.attrib[attribute]
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{slot}"), name)


class _Writer:
    """Builds the document from the PDF builder's texts and the report data."""

    def __init__(
        self,
        builder: _Builder,
        settings: ReportSettings,
        day: dt.date,
        fonts: SerifFamily,
        progress: Progress | None,
        should_cancel: ShouldCancel | None,
    ) -> None:
        self.b = builder
        self.data = builder.data
        self.settings = settings
        self.day = day
        self.fonts = fonts
        self.progress = progress
        self.should_cancel = should_cancel
        self.total = len(self.data.activities) + 10
        self.done = 0
        self.tables = 0
        self.figures = 0
        self.doc: Any = Document()
        self.appendix_tables: list[_Pending] = []
        self.nonce = uuid.uuid4().hex
        self._styles()

    # -- progress ----------------------------------------------------------------------
    def step(self, count: int = 1) -> None:
        self.done += count
        if self.should_cancel is not None and self.should_cancel():
            raise ReportCancelled("the report was cancelled; no file was written")
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    # -- styles --------------------------------------------------------------------------
    def _styles(self) -> None:
        doc = self.doc
        defaults = doc.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
            if rpr is not None:
                _set_fonts(rpr)
                lang = rpr.find(qn("w:lang"))  # Word checks the spelling in Vietnamese
                if lang is None:
                    lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
                    rpr.append(lang)
                lang.set(qn("w:val"), "vi-VN")
        styles = doc.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(14)
        _set_fonts(normal.element.get_or_add_rPr())
        fmt = normal.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(6)
        fmt.line_spacing = 1.15
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt.first_line_indent = Cm(1)
        fmt.widow_control = True

        def style(name: str, base: str = "Normal", size: float = 14, **kw: Any) -> Any:
            s = styles.add_style(name, 1)  # 1: paragraph style
            s.base_style = styles[base]
            s.font.size = Pt(size)
            s.font.bold = kw.get("bold", False)
            s.font.italic = kw.get("italic", False)
            _set_fonts(s.element.get_or_add_rPr())
            f = s.paragraph_format
            f.first_line_indent = kw.get("indent", Cm(0))
            f.alignment = kw.get("align", WD_ALIGN_PARAGRAPH.LEFT)
            f.space_before = Pt(kw.get("before", 0))
            f.space_after = Pt(kw.get("after", 0))
            f.keep_with_next = kw.get("keep", False)
            if "spacing" in kw:
                f.line_spacing = kw["spacing"]
            return s

        for name, level in (("Heading 1", 1), ("Heading 2", 2)):
            heading = styles[name]
            heading.base_style = normal
            heading.font.size = Pt(14)
            heading.font.bold = True
            heading.font.italic = False
            heading.font.color.rgb = RGBColor(0, 0, 0)
            _set_fonts(heading.element.get_or_add_rPr())
            f = heading.paragraph_format
            f.first_line_indent = Cm(1)
            f.alignment = WD_ALIGN_PARAGRAPH.LEFT
            f.space_before = Pt(6 if level == 1 else 0)
            f.space_after = Pt(6 if level == 1 else 4)
            f.keep_with_next = True
            f.line_spacing = 1.15
        centred = WD_ALIGN_PARAGRAPH.CENTER
        style("CDS Header", size=12, align=centred, spacing=1.0)
        style("CDS Title", bold=True, align=centred, before=18, spacing=1.0, keep=True)
        style("CDS Subject", bold=True, align=centred, spacing=1.0, keep=True)
        style("CDS Caption", size=13, bold=True, italic=True, align=centred, before=4, after=4)
        style("CDS Table", size=12, spacing=1.0)
        style("CDS Table Head", base="CDS Table", size=12, bold=True, align=centred)
        style("CDS Appendix Cell", size=11, spacing=1.0)
        style("CDS Appendix Head", size=11, bold=True, align=centred, spacing=1.0)
        style("CDS Recipients Head", size=12, bold=True, italic=True, spacing=1.0)
        style("CDS Recipients", size=11, spacing=1.0)
        style("CDS Signer", bold=True, align=centred, spacing=1.0)
        style("CDS Appendix Title", bold=True, align=centred, spacing=1.0, keep=True)
        style("CDS Appendix Note", italic=True, align=centred, after=10, keep=True)
        style("CDS Appendix Unit", size=12, bold=True, before=8, after=4, keep=True)
        style("CDS Page Number", size=13, align=centred, spacing=1.0)

    # -- page set-up -----------------------------------------------------------------------
    def _page(self, section: Any, landscape: bool) -> None:
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = PAGE_HEIGHT, PAGE_WIDTH
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.top_margin = MARGIN_TOP
        section.bottom_margin = MARGIN_BOTTOM
        section.left_margin = MARGIN_LEFT
        section.right_margin = MARGIN_RIGHT
        section.header_distance = Mm(10)
        section.footer_distance = Mm(10)
        # no number on a section's first page; from its second page a PAGE field on top
        section.different_first_page_header_footer = True
        section.header.is_linked_to_previous = False
        section.first_page_header.is_linked_to_previous = False
        header = section.header.paragraphs[0]
        header.style = self.doc.styles["CDS Page Number"]
        for run in list(header.runs):
            run._r.getparent().remove(run._r)
        self._field(header, "PAGE")
        section.first_page_header.paragraphs[0].text = ""

    @staticmethod
    def _field(paragraph: Any, instruction: str) -> None:
        """A Word field (PAGE): begin, instruction, separator, a shown value, end."""
        p = paragraph._p
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
        p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instruction} '
                "</w:instrText></w:r>"
            )
        )
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
        p.append(parse_xml(f"<w:r {nsdecls('w')}><w:t>2</w:t></w:r>"))
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))

    # -- small helpers -------------------------------------------------------------------------
    def para(self, text: str = "", style: str = "Normal", container: Any = None) -> Any:
        """A paragraph; line breaks in `text` become Word line breaks."""
        target = container if container is not None else self.doc
        paragraph = target.add_paragraph(style=self.doc.styles[style])
        for i, line in enumerate(_text(text).split("\n")):
            if i:
                paragraph.add_run().add_break(WD_BREAK.LINE)
            paragraph.add_run(line)
        return paragraph

    @staticmethod
    def _rule(paragraph: Any, side: str, width: int, available: int) -> None:
        """A solid line of `width` above or below a paragraph, centred in `available`:
        the paragraph's border, narrowed by equal indents."""
        indent = max((available - width) // 2, 0)
        fmt = paragraph.paragraph_format
        fmt.left_indent = Emu(indent)
        fmt.right_indent = Emu(indent)
        fmt.first_line_indent = Emu(0)
        ppr = paragraph._p.get_or_add_pPr()
        border = parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="6" w:space="1" '
            'w:color="000000"/></w:pBdr>'
        )
        # pBdr comes before spacing/ind/jc in CT_PPr's order
        anchor = ppr.find(qn("w:spacing"))
        if anchor is None:
            anchor = ppr.find(qn("w:ind"))
        if anchor is not None:
            anchor.addprevious(border)
        else:
            ppr.append(border)

    def _rule_paragraph(self, container: Any, width: int, available: int) -> None:
        """An empty, tiny paragraph whose top border is a short centred rule."""
        paragraph = container.add_paragraph(style=self.doc.styles["CDS Header"])
        paragraph.paragraph_format.space_before = Pt(3)
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run("")
        run.font.size = Pt(2)
        paragraph.paragraph_format.line_spacing = Pt(2)
        self._rule(paragraph, "top", width, available)

    @staticmethod
    def _borderless(table: Any, widths: Sequence[int], indent: int = 0) -> None:
        tbl = table._tbl
        tblpr = tbl.tblPr
        for tag in ("w:tblBorders", "w:tblStyle", "w:tblInd", "w:tblLayout", "w:tblCellMar"):
            for old in tblpr.findall(qn(tag)):
                tblpr.remove(old)
        tblpr.append(
            parse_xml(
                f"<w:tblBorders {nsdecls('w')}>"
                + "".join(
                    f'<w:{s} w:val="nil"/>'
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV")
                )
                + "</w:tblBorders>"
            )
        )
        tblpr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
        tblpr.append(
            parse_xml(
                f'<w:tblCellMar {nsdecls("w")}><w:left w:w="40" w:type="dxa"/>'
                '<w:right w:w="40" w:type="dxa"/></w:tblCellMar>'
            )
        )
        if indent:
            tblpr.append(parse_xml(f'<w:tblInd {nsdecls("w")} w:w="{indent}" w:type="dxa"/>'))
        _order_tblpr(tblpr)
        grid = tbl.tblGrid
        for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
            col.set(qn("w:w"), str(_twips(width)))
        for row in table.rows:
            row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Emu(width)

    def _append(self, element: Any) -> None:
        """A block element at the end of the body (before its closing section properties)."""
        body = self.doc.element.body
        closing = body.find(qn("w:sectPr"))
        if closing is not None:
            closing.addprevious(element)
        else:
            body.append(element)

    @staticmethod
    def _clear(cell: Any) -> None:
        for p in list(cell.paragraphs):
            p._p.getparent().remove(p._p)

    # -- the document ------------------------------------------------------------------------
    def build(self) -> Any:
        doc = self.doc
        self._page(doc.sections[0], landscape=False)
        self.header()
        self.step()
        self.basis()
        self.results()
        self.step()
        for title, text in (
            ("III. TỒN TẠI, HẠN CHẾ", self.settings.shortcomings),
            ("IV. NHIỆM VỤ, KIẾN NGHỊ", self.settings.proposals),
        ):
            self.para(title, "Heading 1")
            self.officer_text(text)
        closing = self.para(self.b.closing_text())
        closing.paragraph_format.keep_with_next = True
        self.signature()
        self.step()
        self.appendix()
        props = doc.core_properties
        props.title = f"Báo cáo {lower_first(self.b.subject)}"
        props.subject = self.b.subject
        props.author = nfc(self.settings.issuing_body or self.data.unit_name)
        props.comments = f"CĐS Desktop {__version__}"
        props.language = "vi-VN"
        return doc

    def header(self) -> None:
        s = self.settings
        left_width = TEXT_WIDTH + HEADER_OUTDENT - Mm(92)
        right_width = Mm(92)
        table = self.doc.add_table(rows=2, cols=2)
        self._borderless(table, [left_width, right_width], indent=-_twips(HEADER_OUTDENT))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        cells = table.rows[0].cells
        inner_left = left_width - Pt(4)
        inner_right = right_width - Pt(4)
        # left: governing body (regular) over issuing body (bold), a short rule under it
        self._clear(cells[0])
        text_pt = inner_left / 12700 - 2
        governing = header_lines(upper_vi(s.governing_body), self.fonts.regular, 12, text_pt)
        issuing_text = upper_vi(s.issuing_body or self.data.unit_name)
        issuing = header_lines(issuing_text, self.fonts.bold, 12, text_pt)
        if governing and governing[0].text:
            self.para("\n".join(line.text for line in governing), "CDS Header", cells[0])
        body = self.para("\n".join(line.text for line in issuing), "CDS Header", cells[0])
        for run in body.runs:
            run.bold = True
        widest = max((stringWidth(t.text, self.fonts.bold, 12) for t in issuing), default=0)
        self._rule_paragraph(cells[0], int(Pt(max(widest / 3, 40))), inner_left)
        # right: the national name and motto, a rule as long as the motto under it
        self._clear(cells[1])
        national = self.para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CDS Header", cells[1])
        national.runs[0].bold = True
        motto = self.para("Độc lập - Tự do - Hạnh phúc", "CDS Header", cells[1])
        motto.runs[0].bold = True
        motto.runs[0].font.size = Pt(13)
        motto_width = stringWidth("Độc lập - Tự do - Hạnh phúc", self.fonts.bold, 13)
        self._rule(motto, "bottom", int(Pt(motto_width + 2)), inner_right)
        # second row: Số … and the italic place-and-date line, level with each other
        number, date = table.rows[1].cells
        self._clear(number)
        self._clear(date)
        p = self.para(number_line(s.number, s.number_symbol()), "CDS Header", number)
        p.paragraph_format.space_before = Pt(6)
        p.runs[0].font.size = Pt(13)
        p = self.para(place_date_line(s.place, self.day), "CDS Header", date)
        p.paragraph_format.space_before = Pt(6)
        p.runs[0].font.size = Pt(13)
        p.runs[0].italic = True
        self.para("BÁO CÁO", "CDS Title")
        subject_lines = [
            line.text
            for line in header_lines(self.b.subject, self.fonts.bold, 14, TEXT_WIDTH / 12700 * 0.8)
        ]
        subject = self.para("\n".join(subject_lines), "CDS Subject")
        subject.paragraph_format.keep_with_next = True
        widest = max((stringWidth(t, self.fonts.bold, 14) for t in subject_lines), default=0)
        rule = self.doc.add_paragraph(style=self.doc.styles["CDS Header"])
        rule.paragraph_format.space_after = Pt(12)
        rule.paragraph_format.space_before = Pt(2)
        rule.paragraph_format.line_spacing = Pt(2)
        rule.add_run("").font.size = Pt(2)
        self._rule(rule, "top", int(Pt(max(widest / 3, 60))), TEXT_WIDTH)

    def officer_text(self, text: str) -> None:
        lines = [line.strip() for line in nfc(text).splitlines() if line.strip()]
        if not lines:
            for _ in range(3):  # dotted lines to write on: a tab with a dotted leader
                line = self.para()
                line.paragraph_format.first_line_indent = Cm(0)
                line.paragraph_format.tab_stops.add_tab_stop(
                    Emu(TEXT_WIDTH), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
                )
                line.add_run().add_tab()
            return
        for line in lines:
            self.para(line)

    def basis(self) -> None:
        self.para("I. CĂN CỨ", "Heading 1")
        for text in self.b.basis_texts():
            self.para(text)

    def results(self) -> None:
        d = self.data
        self.para("II. KẾT QUẢ THỰC HIỆN", "Heading 1")
        number = 0

        def heading(text: str) -> None:
            nonlocal number
            number += 1
            self.para(f"{number}. {text}", "Heading 2")

        heading("Tình hình chung")
        for text in self.b.overview():
            self.para(text)
        heading("Kết quả theo hình thức tuyên truyền")
        self.indicator_table(
            "Kết quả theo hình thức tuyên truyền",
            "Hình thức",
            [(f.label, f.totals) for f in d.forms],
        )
        self.figure(
            "Số hoạt động theo hình thức tuyên truyền",
            charts.form_chart(
                [f.label for f in d.forms],
                [f.totals.activities for f in d.forms],
                self.b.width,
                self.fonts,
            ),
        )
        if d.is_master:
            heading("Kết quả theo cơ quan, đơn vị")
            self.indicator_table(
                "Kết quả theo cơ quan, đơn vị",
                "Cơ quan, đơn vị",
                [(u.name, u.totals) for u in self.b.listed_units()],
            )
        evaluation = self.b.evaluation
        if evaluation is not None and evaluation.has_targets:
            heading("Đánh giá kết quả so với chỉ tiêu")
            for text in self.b.target_texts(evaluation):
                self.para(text)
            self.small_table(
                TARGET_CAPTION,
                TARGET_HEADS,
                [32, 0, 70, 70, 70, 80],
                self.b.target_rows(evaluation),
                ["center", "left", "right", "right", "right", "left"],
            )
        if self.b.comparison() is not None:
            heading(COMPARISON_HEADING)
            for text in self.b.comparison_texts():
                self.para(text)
            self.small_table(
                COMPARISON_CAPTION,
                COMPARISON_HEADS,
                [32, 0, 70, 62, 62, 62, 62],
                self.b.comparison_rows(),
                ["center", "left", "left", "right", "right", "right", "right"],
            )
        heading("Diễn biến trong thời gian thực hiện Kế hoạch")
        for text in self.b.period_text():
            self.para(text).paragraph_format.keep_with_next = True  # with its chart
        self.figure(
            "Số hoạt động theo ngày bắt đầu trong thời gian thực hiện Kế hoạch",
            charts.period_chart(d.daily, self.b.width, self.fonts),
        )
        if d.is_master:
            heading("Các cơ quan, đơn vị chưa gửi báo cáo")
            for text in self.b.not_reported_texts():
                self.para(text)
            heading(REUSED_HEADING)  # issue 19
            for text in self.b.reused_texts():
                self.para(text)
            self.small_table(
                REUSED_CAPTION,
                REUSED_HEADS,
                [40, 150, 0, 120],
                self.b.reused_rows(),
                ["center", "left", "left", "left"],
            )
        if d.is_master and d.flagged_photos:
            heading(PHOTO_HEADING)
            for text in self.b.photo_texts():
                self.para(text)

    def indicator_table(
        self, caption: str, name_header: str, rows: Sequence[tuple[str, Indicators]]
    ) -> None:
        self.tables += 1
        self.para(
            f"Bảng {self.tables}. {caption}", "CDS Caption"
        ).paragraph_format.keep_with_next = True
        heads = ["STT", name_header, "Số hoạt động", "Số người tham gia", "Lượt tiếp cận",
                 "Số minh chứng"]  # fmt: skip
        number = Pt(66)
        widths = [Pt(32), TEXT_WIDTH - Pt(32) - 4 * number] + [number] * 4
        body: list[list[str]] = []
        total = Indicators()
        for i, (name, ind) in enumerate(rows, 1):
            total = total + ind
            body.append([str(i), name, *_figures(ind)])
        body.append(["", "Tổng cộng", *_figures(total)])
        aligns = ["center", "left", "right", "right", "right", "right"]
        self._append(_table_xml([int(w) for w in widths], heads, body, aligns, bold_last=True))
        self.para("", "CDS Table").paragraph_format.space_after = Pt(4)

    def small_table(
        self,
        caption: str,
        heads: Sequence[str],
        points: Sequence[int],
        rows: Sequence[Sequence[str]],
        aligns: Sequence[str],
    ) -> None:
        """A captioned table like the PDF's (issue 18: targets, year on year); the column
        given 0 points takes the rest of the text width."""
        if not rows:
            return
        self.tables += 1
        self.para(
            f"Bảng {self.tables}. {caption}", "CDS Caption"
        ).paragraph_format.keep_with_next = True
        widths = [int(Pt(w)) for w in points]
        rest = widths.index(0)
        widths[rest] = int(TEXT_WIDTH) - sum(widths)
        self._append(_table_xml(widths, heads, rows, aligns))
        self.para("", "CDS Table").paragraph_format.space_after = Pt(4)

    def figure(self, caption: str, drawing: Any) -> None:
        self.figures += 1
        picture = self.doc.add_paragraph(style=self.doc.styles["CDS Caption"])
        picture.paragraph_format.keep_with_next = True
        picture.paragraph_format.space_before = Pt(6)
        picture.add_run().add_picture(io.BytesIO(chart_png(drawing)), width=Emu(TEXT_WIDTH))
        self.para(
            f"Biểu đồ {self.figures}. {caption}", "CDS Caption"
        ).paragraph_format.space_after = Pt(10)

    def signature(self) -> None:
        table = self.doc.add_table(rows=1, cols=2)
        half = TEXT_WIDTH // 2
        self._borderless(table, [half - Pt(20), half + Pt(20)])
        left, right = table.rows[0].cells
        self._clear(left)
        self._clear(right)
        first = self.para("Nơi nhận:", "CDS Recipients Head", left)
        first.paragraph_format.space_before = Pt(10)
        recipients = self.settings.recipient_lines()
        for i, name in enumerate(recipients):
            end = "." if i == len(recipients) - 1 else ";"
            self.para(f"- {name}{end}", "CDS Recipients", left)
        lines = self.settings.signer_lines() or [""]
        for i, line in enumerate(lines):
            p = self.para(line, "CDS Signer", right)
            if i == 0:
                p.paragraph_format.space_before = Pt(10)
        signed = self.para("", "CDS Signer", right)
        signed.paragraph_format.space_after = Pt(70)  # room for the signature and seal
        if self.settings.signer_name.strip():
            self.para(self.settings.signer_name.strip(), "CDS Signer", right)

    # -- appendix ------------------------------------------------------------------------------
    def appendix(self) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self._page(section, landscape=True)
        number_type = section._sectPr.find(qn("w:pgNumType"))
        if number_type is None:
            number_type = parse_xml(f"<w:pgNumType {nsdecls('w')}/>")
            section._sectPr.append(number_type)
            _order_sectpr(section._sectPr)
        number_type.set(qn("w:start"), "1")  # the appendix is numbered on its own
        self.para("Phụ lục I", "CDS Appendix Title")
        self.para("DANH SÁCH CÁC HOẠT ĐỘNG TUYÊN TRUYỀN", "CDS Appendix Title")
        self.para(self.b.appendix_note(), "CDS Appendix Note")
        groups: dict[str, list[ActivityRow]] = {}
        for a in self.data.activities:
            groups.setdefault(a.unit_code, []).append(a)
        if not groups:
            self.para("Chưa có hoạt động nào được ghi nhận.", "CDS Table")
        names = self.data.unit_names()
        for index, (code, rows) in enumerate(groups.items(), 1):
            title = f"{index}. {names.get(code, code)} ({format_int(len(rows))} hoạt động)"
            self.para(title, "CDS Appendix Unit")
            self.activity_table(rows)

    def activity_table(self, rows: Sequence[ActivityRow]) -> None:
        from cds_desktop import catalog

        form_labels = {t.code: t.vi for t in catalog.forms()}
        heads = ["STT", "Ngày", "Hình thức", "Tên hoạt động", "Địa điểm", "Số người tham gia",
                 "Lượt tiếp cận", "Minh chứng"]  # fmt: skip
        widths = [int(Pt(w)) for w in (30, 66, 112, 0, 122, 56, 58, 50)]
        widths[3] = WIDE_WIDTH - sum(widths)
        body: list[list[str]] = []
        for i, a in enumerate(rows, 1):
            if i % ROWS_PER_CHECK == 0:
                self.step(ROWS_PER_CHECK // 2)
            when = format_date(a.start_date)
            if a.end_date != a.start_date:
                when += f" -\n{format_date(a.end_date)}"
            body.append(
                [
                    str(i),
                    when,
                    form_labels.get(a.form, a.form),
                    a.title,
                    a.location,
                    format_int(a.participants),
                    format_int(a.reach),
                    format_int(a.evidence_count),
                ]
            )
        aligns = ["center", "left", "left", "left", "left", "right", "right", "right"]
        # the table goes in at saving time (`_splice`): its XML never becomes a tree
        token = f"CDS-APPENDIX-TABLE-{len(self.appendix_tables)}-{self.nonce}"
        self._append(parse_xml(f"<w:p {nsdecls('w')}><w:r><w:t>{token}</w:t></w:r></w:p>"))
        self.appendix_tables.append(
            _Pending(token, widths, heads, body, aligns, ("CDSAppendixHead", "CDSAppendixCell"))
        )
        self.para("", "CDS Table")


def _figures(ind: Indicators) -> list[str]:
    return [
        format_int(ind.activities),
        format_int(ind.participants),
        format_int(ind.reach),
        format_int(ind.evidence),
    ]


def _cell_xml(
    text: str, style: str, align: str = "left", bold: bool = False, head: str = ""
) -> str:
    """One cell, as small as Word allows (34,000 appendix rows must fit in memory): the
    widths come from the table grid, the font from the paragraph style; only a header
    cell (`head`: its width and shading) has cell properties."""
    run_pr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    runs = "".join(
        f'<w:r>{run_pr}{"<w:br/>" if i else ""}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
        for i, line in enumerate(_text(text).replace("\r", "").split("\n"))
    )
    jc = f'<w:jc w:val="{align}"/>' if align != "left" else ""
    return f'<w:tc>{head}<w:p><w:pPr><w:pStyle w:val="{style}"/>{jc}</w:pPr>{runs}</w:p></w:tc>'


@dataclass
class _Pending:
    """An appendix table waiting for `_splice`: its placeholder and its rows."""

    token: str
    widths: list[int]
    heads: list[str]
    rows: list[list[str]]
    aligns: list[str]
    styles: tuple[str, str]


def _table_xml(
    widths: Sequence[int],
    heads: Sequence[str],
    rows: Sequence[Sequence[str]],
    aligns: Sequence[str],
    bold_last: bool = False,
    styles: tuple[str, str] = ("CDSTableHead", "CDSTable"),
) -> Any:
    """A real Word table (see `_table_parts`) as an element."""
    return parse_xml(
        "".join(_table_parts(widths, heads, rows, aligns, bold_last, styles, nsdecls("w")))
    )


def _table_parts(
    widths: Sequence[int],
    heads: Sequence[str],
    rows: Sequence[Sequence[str]],
    aligns: Sequence[str],
    bold_last: bool = False,
    styles: tuple[str, str] = ("CDSTableHead", "CDSTable"),
    namespaces: str = "",
) -> Iterator[str]:
    """A real Word table as XML text, a row at a time: grid lines, a shaded header row
    repeated on every page, rows never split across pages."""
    border = 'w:val="single" w:sz="4" w:space="0" w:color="000000"'
    head_style, cell_style = styles
    parts = [
        f'<w:tbl {namespaces}><w:tblPr><w:tblW w:w="{sum(_twips(w) for w in widths)}" '
        'w:type="dxa"/><w:tblBorders>'
        + "".join(
            f"<w:{side} {border}/>"
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>'
        '<w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
        + "".join(f'<w:gridCol w:w="{_twips(w)}"/>' for w in widths)
        + "</w:tblGrid>"
    ]
    parts.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
    parts += [
        _cell_xml(
            h,
            head_style,
            head=f'<w:tcPr><w:tcW w:w="{_twips(w)}" w:type="dxa"/>'
            f'<w:shd w:val="clear" w:color="auto" w:fill="{HEAD_FILL}"/></w:tcPr>',
        )
        for h, w in zip(heads, widths, strict=True)
    ]
    parts.append("</w:tr>")
    last = len(rows) - 1
    for index, row in enumerate(rows):
        bold = bold_last and index == last
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        parts += [
            _cell_xml(value, cell_style, align, bold)
            for value, align in zip(row, aligns, strict=True)
        ]
        parts.append("</w:tr>")
        yield "".join(parts)
        parts.clear()
    parts.append("</w:tbl>")
    yield "".join(parts)


def _splice(source: io.BytesIO, target: Path, tables: Sequence[_Pending], step: Any) -> None:
    """Copy the saved document to `target`, each placeholder paragraph of document.xml
    replaced by its table's XML, streamed row by row into the zip entry."""
    with (
        zipfile.ZipFile(source) as zin,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename != "word/document.xml" or not tables:
                zout.writestr(info, data)
                continue
            text = data.decode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with zout.open(entry, "w", force_zip64=True) as stream:
                position = 0
                for table in tables:
                    marker = f"<w:p><w:r><w:t>{table.token}</w:t></w:r></w:p>"
                    found = text.find(marker, position)
                    if found < 0:
                        raise CdsError("the Word report could not be assembled; try again")
                    stream.write(text[position:found].encode("utf-8"))
                    for n, part in enumerate(
                        _table_parts(
                            table.widths,
                            table.heads,
                            table.rows,
                            table.aligns,
                            styles=table.styles,
                        )
                    ):
                        stream.write(part.encode("utf-8"))
                        if n % ROWS_PER_CHECK == 0:
                            step(min(ROWS_PER_CHECK, len(table.rows)) // 2)
                    position = found + len(marker)
                stream.write(text[position:].encode("utf-8"))


_TBLPR_ORDER = [
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
    "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
    "tblLayout", "tblCellMar", "tblLook",
]  # fmt: skip
_SECTPR_ORDER = [
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
    "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
    "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
    "printerSettings", "sectPrChange",
]  # fmt: skip


def _order(element: Any, order: Sequence[str]) -> None:
    """Children in the order the schema demands (Word refuses a misordered file)."""
    rank = {qn(f"w:{name}"): i for i, name in enumerate(order)}
    children = list(element)
    children.sort(key=lambda child: rank.get(child.tag, len(order)))
    for child in children:
        element.append(child)


def _order_tblpr(tblpr: Any) -> None:
    _order(tblpr, _TBLPR_ORDER)


def _order_sectpr(sectpr: Any) -> None:
    _order(sectpr, _SECTPR_ORDER)


def chart_png(drawing: Any, dpi: int = CHART_DPI) -> bytes:
    """A reportlab chart as a PNG picture: drawn to a one-page PDF by reportlab, then
    rasterised by PDFium (wheels for Windows and Linux, no system library needed)."""
    import pypdfium2  # type: ignore[import-untyped]
    from reportlab.graphics import renderPDF

    pdf = pypdfium2.PdfDocument(renderPDF.drawToString(drawing))
    try:
        page = pdf[0]
        image = page.render(scale=dpi / 72).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", dpi=(dpi, dpi))
        return buffer.getvalue()
    finally:
        pdf.close()


def write_docx_report(
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
    builder = report_builder(profile, out, "docx", report_date, settings, campaign_code)
    settings, day, fonts = builder.settings, builder.day, builder.fonts
    writer = _Writer(builder, settings, day, fonts, progress, should_cancel)
    if progress is not None:
        progress(0, writer.total)
    document = writer.build()
    handle, temp_name = tempfile.mkstemp(prefix=".report-", suffix=".docx.part", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        saved = io.BytesIO()
        document.save(saved)
        _splice(saved, temp, writer.appendix_tables, writer.step)
        move_into_place(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(writer.total, writer.total)
    return out
