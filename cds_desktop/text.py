"""Text helpers shared by the GUI, reports and search: folding and Vietnamese formatting.

`fold` makes search ignore case and diacritics, so "hoi thao" finds "Hội thảo" and
"dong thap" finds "Đồng Tháp". The formatters follow the Vietnamese administrative
conventions (DOMAIN.md): dates dd/mm/yyyy, thousands grouped with '.'.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache

_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})


def fold(text: str) -> str:
    """Lower case without diacritics: the key that search compares."""
    if text.isascii():
        return text.lower()
    return _fold(text)


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.translate(_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _fold(text: str) -> str:
    return " ".join(_fold_word(word) for word in text.split(" "))


def matches(query: str, *texts: str) -> bool:
    """True if every word of the query occurs (folded) in one of the texts."""
    words = fold(query).split()
    haystack = " ".join(fold(t) for t in texts)
    return all(w in haystack for w in words)


def format_number(value: int, language: str = "vi") -> str:
    """1234567 → "1.234.567" (Vietnamese) or "1,234,567" (English)."""
    text = f"{value:,}"
    return text.replace(",", ".") if language == "vi" else text


def format_date(value: dt.date | None) -> str:
    """dd/mm/yyyy in both languages, as the SPEC asks; "" for no date."""
    return "" if value is None else f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def format_size(size: int, language: str = "vi") -> str:
    """A file size for people: "1,5 MB" in Vietnamese, "1.5 MB" in English."""
    units = ("B", "KB", "MB", "GB", "TB")
    amount = float(size)
    unit = 0
    while amount >= 1024 and unit < len(units) - 1:
        amount /= 1024
        unit += 1
    text = f"{int(amount)} {units[unit]}" if unit == 0 else f"{amount:.1f} {units[unit]}"
    return text.replace(".", ",") if language == "vi" else text


_UNIT_ABBREVIATIONS = (
    ("Văn hóa, Thể thao và Du lịch", "VHTTDL"),
    ("Văn hóa và Thể thao", "VHTT"),
    ("Thể thao và Du lịch", "TTDL"),
    ("Thành phố ", "TP "),
)


def short_unit_name(name: str, limit: int = 30) -> str:
    """A unit's name short enough for a chart's axis, still readable by a leader:
    «Sở Văn hóa, Thể thao và Du lịch Đà Nẵng» → «Sở VHTTDL Đà Nẵng» (the ministry's usual
    abbreviations), then cut with «…» beyond `limit` characters."""
    short = unicodedata.normalize("NFC", name).strip()
    for long, abbreviation in _UNIT_ABBREVIATIONS:
        short = short.replace(long, abbreviation)
    return short if len(short) <= limit else short[: limit - 1].rstrip(" ,") + "…"
