"""Vietnamese formatting for reports: numbers, dates and the administrative date line.

Numbers group thousands with "." and use "," for decimals ("1.234.567,5"); dates are
dd/mm/yyyy. The place-and-date line of an administrative document follows Nghị định
30/2020: the day gets a leading zero below 10, the month only for January and February
("ngày 05 tháng 01 năm 2020", but "tháng 6").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata


def nfc(text: str) -> str:
    """Composed Unicode: decomposed accents render detached in PDFs."""
    return unicodedata.normalize("NFC", text)


def format_int(number: int) -> str:
    """1234567 → "1.234.567"."""
    return f"{number:,}".replace(",", ".")


def format_decimal(number: float, places: int = 1) -> str:
    """1234.5 → "1.234,5"."""
    text = f"{number:,.{places}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_date(day: dt.date) -> str:
    """dd/mm/yyyy, the form used in tables."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def format_datetime(moment: dt.datetime) -> str:
    """dd/mm/yyyy hh:mm in the computer's local time."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"


def format_size(size: int) -> str:
    """A file size for people: "512 B", "1,5 MB"."""
    units = ("B", "KB", "MB", "GB")
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            return f"{int(value)} {unit}" if unit == "B" else f"{format_decimal(value)} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def date_words(day: dt.date) -> str:
    """ "ngày 05 tháng 01 năm 2020": day padded below 10, month only for 1 and 2."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date_line(place: str, day: dt.date) -> str:
    """ "Hà Nội, ngày 05 tháng 01 năm 2020"."""
    place = nfc(place).strip()
    return f"{place}, {date_words(day)}" if place else date_words(day).capitalize()


def document_number(number: str) -> str:
    """The number part of "Số: 05/BC-…": numbers under 10 get a leading zero.

    An empty number leaves room for the clerk, who assigns it when the report is issued.
    """
    text = nfc(number).strip()
    if text.isdigit():
        return f"{int(text):02d}"
    return text


def number_line(number: str, symbol: str) -> str:
    """ "Số: 05/BC-TTCNTT", or "Số:        /BC-TTCNTT" when the number is not yet known."""
    num = document_number(number)
    symbol = nfc(symbol).strip()
    return f"Số: {num or ' ' * 8}/{symbol}" if symbol else f"Số: {num}"


def upper_vi(text: str) -> str:
    """Capitals for headings ("Văn phòng Bộ" → "VĂN PHÒNG BỘ"); NFC before and after."""
    return nfc(nfc(text).upper())


def lower_first(text: str) -> str:
    """ "Tuyên truyền về …" → "tuyên truyền về …" to continue a sentence."""
    return text[:1].lower() + text[1:] if text else text


NBSP = "\u00a0"
# Word groups a clerk never breaks across lines in a heading or a subject: compound words
# (Vietnamese writes each syllable apart) and a year with its "năm". Longest first.
_UNBROKEN = re.compile(
    r"chuyển đổi số|chuyển đổi|văn hóa|thể thao|du lịch|kế hoạch|tuyên truyền|quốc gia"
    r"|trung tâm|công nghệ|thông tin|kết quả|thực hiện|cơ quan|đơn vị|hoạt động|xã hội"
    r"|chủ nghĩa|việt nam|ủy ban|nhân dân|thành phố|hạnh phúc|năm \d{4}",
    re.IGNORECASE,
)


def glue_phrases(text: str) -> str:
    """Non-breaking spaces inside the word groups of `_UNBROKEN` ("Chuyển đổi số")."""
    return _UNBROKEN.sub(lambda m: m.group(0).replace(" ", NBSP), nfc(text))
