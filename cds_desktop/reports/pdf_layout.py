"""Page geometry, text styles and the drawn header parts of an administrative document.

Follows Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins top/bottom 20 mm, left 30 mm,
right 15 mm; Quốc hiệu and Tiêu ngữ top right with a rule under the Tiêu ngữ as long as
the text; the governing and issuing bodies top left with a short rule under the issuing
body; the number line under them and the place-and-date line level with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from cds_desktop.reports.fonts import SerifFamily
from cds_desktop.reports.vi_format import NBSP, glue_phrases

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
PAGE_NUMBER_SIZE = 13.0
BODY_SIZE = 14.0
BODY_LEADING = 18.0
TABLE_SIZE = 12.0
APPENDIX_SIZE = 10.5
RULE_WIDTH = 0.6
HEADER_OUTDENT = 5 * mm  # how far the header's left column reaches into the left margin


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    plain: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading2_free: ParagraphStyle  # heading2 without keepWithNext (before a long table)
    title: ParagraphStyle
    subject: ParagraphStyle
    caption: ParagraphStyle
    table_head: ParagraphStyle
    table_cell: ParagraphStyle
    table_bold: ParagraphStyle
    recipients_head: ParagraphStyle
    recipients: ParagraphStyle
    signer: ParagraphStyle
    appendix_title: ParagraphStyle
    appendix_note: ParagraphStyle
    appendix_unit: ParagraphStyle


def make_styles(fonts: SerifFamily) -> Styles:
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        alignment=TA_JUSTIFY,
        firstLineIndent=1 * cm,
        spaceAfter=6,
    )
    centred_bold = ParagraphStyle(
        "centred_bold",
        parent=body,
        fontName=fonts.bold,
        alignment=TA_CENTER,
        firstLineIndent=0,
    )
    cell = ParagraphStyle(
        "cell",
        fontName=fonts.regular,
        fontSize=TABLE_SIZE,
        leading=TABLE_SIZE * 1.2,
        alignment=TA_LEFT,
    )
    return Styles(
        body=body,
        plain=ParagraphStyle("plain", parent=body, firstLineIndent=0),
        heading1=ParagraphStyle(
            "heading1", parent=body, fontName=fonts.bold, spaceBefore=6, keepWithNext=True
        ),
        heading2=ParagraphStyle(
            "heading2", parent=body, fontName=fonts.bold, keepWithNext=True, spaceAfter=4
        ),
        heading2_free=ParagraphStyle(
            "heading2_free", parent=body, fontName=fonts.bold, keepWithNext=False, spaceAfter=4
        ),
        title=ParagraphStyle("title", parent=centred_bold, spaceBefore=22, spaceAfter=0),
        subject=ParagraphStyle("subject", parent=centred_bold, spaceAfter=0),
        caption=ParagraphStyle(
            "caption",
            parent=body,
            fontName=fonts.bold_italic,
            fontSize=TABLE_SIZE + 1,
            leading=(TABLE_SIZE + 1) * 1.25,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceBefore=4,
            spaceAfter=4,
        ),
        table_head=ParagraphStyle(
            "table_head", parent=cell, fontName=fonts.bold, alignment=TA_CENTER
        ),
        table_cell=cell,
        table_bold=ParagraphStyle("table_bold", parent=cell, fontName=fonts.bold),
        recipients_head=ParagraphStyle(
            "recipients_head", fontName=fonts.bold_italic, fontSize=12, leading=15
        ),
        recipients=ParagraphStyle("recipients", fontName=fonts.regular, fontSize=11, leading=13),
        signer=ParagraphStyle(
            "signer", fontName=fonts.bold, fontSize=BODY_SIZE, leading=17, alignment=TA_CENTER
        ),
        appendix_title=ParagraphStyle(
            "appendix_title", parent=centred_bold, spaceAfter=2, keepWithNext=True
        ),
        appendix_note=ParagraphStyle(
            "appendix_note",
            parent=body,
            fontName=fonts.italic,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=10,
        ),
        appendix_unit=ParagraphStyle(
            "appendix_unit",
            fontName=fonts.bold,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=True,
        ),
    )


@dataclass(frozen=True)
class Line:
    text: str
    font: str
    size: float


def _width(line: Line) -> float:
    return stringWidth(line.text, line.font, line.size)


def _fill(words: list[str], font: str, size: float, width: float) -> list[str]:
    """Greedy lines of whole words (a word may hold non-breaking spaces)."""
    lines: list[str] = []
    for word in words:
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def header_lines(text: str, font: str, size: float, width: float) -> list[Line]:
    """Lines of an agency name or a subject as a clerk would break them.

    Explicit line breaks in the setting are kept. Word groups ("Chuyển đổi số", "Văn
    hóa", "năm 2024") are never split. A name too long for one line breaks before "VÀ"
    or after a comma when both parts fit ("BỘ VĂN HÓA, THỂ THAO / VÀ DU LỊCH"); otherwise
    into lines of balanced length.
    """
    if "\n" in text:
        return [
            line
            for part in text.splitlines()
            if part.strip()
            for line in header_lines(part.strip(), font, size, width)
        ]
    text = " ".join(text.split())
    words = glue_phrases(text).split(" ")
    if stringWidth(text, font, size) <= width or len(words) < 2:
        return [Line(text, font, size)]
    candidates = [i for i in range(len(words) - 1, 0, -1) if words[i].upper() == "VÀ"]
    candidates += [i for i in range(len(words) - 1, 0, -1) if words[i - 1].endswith(",")]
    for i in candidates:
        first, rest = " ".join(words[:i]), " ".join(words[i:])
        if stringWidth(first, font, size) <= width and stringWidth(rest, font, size) <= width:
            return [Line(t.replace(NBSP, " "), font, size) for t in (first, rest)]
    count = len(_fill(words, font, size, width))
    low = max(stringWidth(w, font, size) for w in words)
    high = max(width, low)
    for _ in range(20):  # the narrowest width that still needs no more lines
        middle = (low + high) / 2
        if len(_fill(words, font, size, middle)) <= count:
            high = middle
        else:
            low = middle
    return [Line(t.replace(NBSP, " "), font, size) for t in _fill(words, font, size, high)]


class HeaderBlock(Flowable):
    """The two header columns and the number / place-and-date line, drawn exactly."""

    def __init__(
        self,
        fonts: SerifFamily,
        governing_body: str,
        issuing_body: str,
        number_line: str,
        date_line: str,
    ) -> None:
        super().__init__()
        self.fonts = fonts
        self.governing_body = governing_body
        self.issuing_body = issuing_body
        self.number_line = number_line
        self.date_line = date_line
        self.national = Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fonts.bold, 12)
        self.motto = Line("Độc lập - Tự do - Hạnh phúc", fonts.bold, 13)
        self.date = Line(date_line, fonts.italic, 13)
        self.number = Line(number_line, fonts.regular, 13)
        self.height = 0.0
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        right = min(max(_width(self.national), _width(self.date)) + 2, avail_width * 0.6)
        self.right_width = right
        self.left_width = avail_width - right
        self.right_width = right
        # as in the offices' Word templates, the left column reaches a little into the
        # left margin, so that "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" fits on one line
        text_width = self.left_width + HEADER_OUTDENT - 10
        self.left_top = header_lines(self.governing_body, self.fonts.regular, 12, text_width)
        self.left_bold = header_lines(self.issuing_body, self.fonts.bold, 12, text_width)
        left_lines = len(self.left_top) + len(self.left_bold)
        self.body_height = max(left_lines, 2) * 15.5 + 6
        self.height = self.body_height + 24
        return avail_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        left_centre = (self.left_width - HEADER_OUTDENT) / 2
        right_centre = self.left_width + self.right_width / 2
        y = top - 12
        for line in self.left_top:
            canvas.setFont(line.font, line.size)
            canvas.drawCentredString(left_centre, y, line.text)
            y -= 15.5
        widest = 0.0
        for line in self.left_bold:
            canvas.setFont(line.font, line.size)
            canvas.drawCentredString(left_centre, y, line.text)
            widest = max(widest, _width(line))
            y -= 15.5
        canvas.setLineWidth(RULE_WIDTH)
        rule_y = y + 15.5 - 5.5
        short = max(widest / 3, 40)
        canvas.line(left_centre - short / 2, rule_y, left_centre + short / 2, rule_y)

        y = top - 12
        canvas.setFont(self.national.font, self.national.size)
        canvas.drawCentredString(right_centre, y, self.national.text)
        y -= 15.5
        canvas.setFont(self.motto.font, self.motto.size)
        canvas.drawCentredString(right_centre, y, self.motto.text)
        motto_width = _width(self.motto)
        rule_y = y - 4.5
        canvas.line(right_centre - motto_width / 2, rule_y, right_centre + motto_width / 2, rule_y)

        baseline = top - self.body_height - 14
        canvas.setFont(self.number.font, self.number.size)
        canvas.drawCentredString(left_centre, baseline, self.number.text)
        canvas.setFont(self.date.font, self.date.size)
        canvas.drawCentredString(right_centre, baseline, self.date.text)


class CentredRule(Flowable):
    """A short solid line under a centred title (the trích yếu)."""

    def __init__(self, length: float, space_before: float = 3, space_after: float = 12) -> None:
        super().__init__()
        self.length = length
        self.space_before = space_before
        self.space_after = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, self.space_before + self.space_after

    def draw(self) -> None:
        y = self.space_after
        left = (self.avail - self.length) / 2
        self.canv.setLineWidth(RULE_WIDTH)
        self.canv.line(left, y, left + self.length, y)


# the catalog entry that tells the signing step where the signer's place is drawn
SIGNER_PLACE_KEY = "CdsSignerPlace"


class SignerPlace(Flowable):
    """The blank between the signer's title and name, where the signature goes.

    Draws nothing; it records its page (from 1) and its rectangle in page coordinates
    in the PDF catalog (``/CdsSignerPlace << /Page n /Rect [x1 y1 x2 y2] >>``) so that
    the signing step (reports/signing.py) places the visible signature exactly here.
    """

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height
        self.avail = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary

        canvas = self.canv
        x, y = canvas.absolutePosition(0, 0)
        rect = [round(v, 2) for v in (x, y, x + self.avail, y + self.height)]
        entry = PDFDictionary({"Page": canvas.getPageNumber(), "Rect": PDFArray(rect)})
        canvas.setCatalogEntry(SIGNER_PLACE_KEY, entry)
        # reportlab writes only the catalog keys it knows; add ours for this document
        catalog = canvas._doc.Catalog  # type: ignore[attr-defined]
        known = list(catalog.__NoDefault__)
        if SIGNER_PLACE_KEY not in known:
            catalog.__NoDefault__ = [*known, SIGNER_PLACE_KEY]
