"""The rules every activity must pass, the same for the CLI, the GUI and Excel import.

`validate_activity` takes raw values (text typed on a command line or read from a cell,
or typed values from widgets) and returns clean typed data, or raises a
`ValidationError` that names every refused field.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from cds_desktop import catalog
from cds_desktop.catalog import Term
from cds_desktop.errors import FieldError, ValidationError

TEXT_LIMITS = {
    "title": 500,
    "location": 500,
    "organiser": 500,
    "description": 20_000,
    "partners": 2_000,
    "caption": 1_000,
}
MAX_URL_LENGTH = 2_000
MAX_WHOLE_NUMBER = 2**53 - 1
UNIT_CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")


@dataclass
class ActivityData:
    """A validated activity, ready to be stored."""

    title: str
    form: str
    start_date: dt.date
    end_date: dt.date
    channels: list[str] = field(default_factory=list)
    location: str = ""
    organiser: str = ""
    participants: int = 0
    reach: int = 0
    urls: list[str] = field(default_factory=list)
    description: str = ""
    topics: list[str] = field(default_factory=list)
    partners: str = ""

    def as_dict(self) -> dict[str, object]:
        """Field by field; lists copied (cheaper than `dataclasses.asdict`'s deep copy)."""
        values = {name: getattr(self, name) for name in FIELDS}
        return {name: list(v) if isinstance(v, list) else v for name, v in values.items()}


FIELDS = tuple(ActivityData.__dataclass_fields__)


def nfc(text: str) -> str:
    """Composed Unicode, so "ộ" typed on any system compares and prints the same."""
    return unicodedata.normalize("NFC", text)


class _Checker:
    """Collects field errors so one refusal lists every problem at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(
        self, name: str, code: str, message: str, value: object = "", allowed: object = ""
    ) -> None:
        self.errors.append(FieldError(name, code, message, _shown(value), str(allowed)))

    def text(self, name: str, value: object, required: bool = False) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            value = str(value)
        text = nfc(value).strip()
        if name not in MULTILINE_FIELDS:  # a line break typed in an Excel cell: a space
            text = _LINE_BREAKS.sub(" ", text)
        control = first_control_character(text, allow_newlines=name in MULTILINE_FIELDS)
        if control is not None:
            self.fail(
                name,
                "control_character",
                f"contains an invisible control character ({control}); remove it "
                "(it often comes with text pasted from another program)",
            )
        if required and not text:
            self.fail(name, "required", "is required")
        limit = TEXT_LIMITS[name]
        if len(text) > limit:
            self.fail(
                name,
                "too_long",
                f"is too long ({len(text)} characters, at most {limit})",
                len(text),
                limit,
            )
        return text

    def date(self, name: str, value: object, required: bool = False) -> dt.date | None:
        if value is None or value == "":
            if required:
                self.fail(name, "required", "is required (a date such as 2024-10-10)")
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            parsed = parse_date(value)
            if parsed is not None:
                return parsed
        self.fail(
            name,
            "bad_date",
            f"{_shown(value)!r} is not a date; write 10/10/2024 (dd/mm/yyyy) or 2024-10-10",
            value,
        )
        return None

    def year(self, name: str, day: dt.date | None, years: range | None) -> None:
        """A date in a year the campaign cannot have (1900, 2999: a typing slip) is refused."""
        if day is None or years is None or day.year in years:
            return
        self.fail(
            name,
            "bad_year",
            f"{day:%d/%m/%Y} is not in {' or '.join(map(str, years))} (the campaign's years); "
            "check the year",
            f"{day:%d/%m/%Y}",
            ", ".join(map(str, years)),
        )

    def whole_number(self, name: str, value: object) -> int:
        if value is None or value == "":
            return 0
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        elif isinstance(value, str):
            number = parse_whole_number(value)
        if number is not None and number > MAX_WHOLE_NUMBER:
            self.fail(
                name,
                "too_large",
                f"{_shown(value)} is too large (at most {MAX_WHOLE_NUMBER:,})",
                value,
                f"{MAX_WHOLE_NUMBER:,}",
            )
            return 0
        if number is None or number < 0:
            self.fail(
                name,
                "not_whole_number",
                f"{_shown(value)!r} is not a whole number ≥ 0 (write 1500, 1.500 or 1 500)",
                value,
            )
            return 0
        return number

    def term(self, name: str, terms: tuple[Term, ...], value: object) -> str:
        code = resolve_term(terms, value)
        if code is None:
            known = ", ".join(t.code for t in terms)
            if value is None or value == "":
                self.fail(name, "required", f"is required; one of: {known}", "", known)
            else:
                self.fail(
                    name, "unknown_code", f"{_shown(value)!r} is not one of: {known}", value, known
                )
            return ""
        return code

    def terms(self, name: str, terms: tuple[Term, ...], values: object) -> list[str]:
        codes: list[str] = []
        for value in _as_list(values):
            code = self.term(name, terms, value)
            if code and code not in codes:
                codes.append(code)
        return codes

    def urls(self, name: str, values: object) -> list[str]:
        urls: list[str] = []
        for value in _as_list(values):
            url = nfc(str(value)).strip()
            if not url:
                continue
            if first_control_character(url) is not None or not is_web_url(url):
                self.fail(
                    name, "bad_url", f"{url!r} is not a web address (http:// or https://)", url
                )
            elif url not in urls:
                urls.append(url)
        return urls


MULTILINE_FIELDS = frozenset({"description", "partners", "caption"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*")
_CONTROL_IN_LINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def first_control_character(text: str, allow_newlines: bool = False) -> str | None:
    """The first control character (bell, escape, …) in `text` as "U+001B", or None.

    A tab is allowed (it shows as a space); line breaks only where `allow_newlines`."""
    found = (_CONTROL if allow_newlines else _CONTROL_IN_LINE).search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


def strip_control_characters(text: str, allow_newlines: bool = False) -> str:
    """`text` without the control characters `first_control_character` refuses: for data
    written by an older version that let them through (packages), kept rather than lost."""
    return (_CONTROL if allow_newlines else _CONTROL_IN_LINE).sub("", text)


def _shown(value: object) -> str:
    """A refused value as the user typed it, shortened for a one-line message."""
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:([., \u00a0])\d{3})(?:\1\d{3})*")


def parse_whole_number(text: str) -> int | None:
    """A whole number as Vietnamese users write it: 1500, 1.500 or 1 500 (and 1,500 as
    Excel in English writes it); None for anything else (1,5 is not a whole number)."""
    text = text.strip()
    if re.fullmatch(r"\d+", text):
        return int(text)
    if _GROUPED_NUMBER.fullmatch(text):
        return int(re.sub(r"\D", "", text))
    return None


def _as_list(values: object) -> list[object]:
    if values is None or values == "":
        return []
    if isinstance(values, str):
        return [part for part in re.split(r"[;\n]", values) if part.strip()]
    if isinstance(values, Iterable):
        return list(values)
    return [values]


def parse_date(text: str) -> dt.date | None:
    """ISO (2024-10-10) or Vietnamese (10/10/2024); None if neither."""
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def is_web_url(url: str) -> bool:
    if len(url) > MAX_URL_LENGTH or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError:
        return False
    host = parts.hostname or ""
    return parts.scheme in ("http", "https") and ("." in host or host == "localhost")


def resolve_term(terms: tuple[Term, ...], value: object) -> str | None:
    """A vocabulary code from its code or its Vietnamese or English label (any case)."""
    if not isinstance(value, str):
        return None
    wanted = nfc(value).strip().casefold()
    for term in terms:
        if wanted in (term.code.casefold(), term.vi.casefold(), term.en.casefold()):
            return term.code
    return None


def campaign_years(start: dt.date) -> range:
    """The years an activity of a campaign starting on `start` may fall in: its own and the
    next (a campaign that runs over the new year)."""
    return range(start.year, start.year + 2)


def validate_activity(raw: Mapping[str, object], years: range | None = None) -> ActivityData:
    """Clean typed data from raw values, or a `ValidationError` naming each bad field.

    `years` (see `campaign_years`): the years a date may be in; None checks no year."""
    unknown = set(raw) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown activity fields: {sorted(unknown)}")
    check = _Checker()
    title = check.text("title", raw.get("title"), required=True)
    form = check.term("form", catalog.forms(), raw.get("form"))
    start = check.date("start_date", raw.get("start_date"), required=True)
    check.year("start_date", start, years)
    given_end = check.date("end_date", raw.get("end_date"))
    check.year("end_date", given_end, years)
    end = given_end or start
    if start is not None and end is not None and end < start:
        check.fail(
            "end_date",
            "end_before_start",
            f"{end.isoformat()} is before the start date {start.isoformat()}",
        )
    data = ActivityData(
        title=title,
        form=form,
        start_date=start or dt.date.min,
        end_date=end or dt.date.min,
        channels=check.terms("channels", catalog.channels(), raw.get("channels")),
        location=check.text("location", raw.get("location")),
        organiser=check.text("organiser", raw.get("organiser")),
        participants=check.whole_number("participants", raw.get("participants")),
        reach=check.whole_number("reach", raw.get("reach")),
        urls=check.urls("urls", raw.get("urls")),
        description=check.text("description", raw.get("description")),
        topics=check.terms("topics", catalog.topics(), raw.get("topics")),
        partners=check.text("partners", raw.get("partners")),
    )
    if check.errors:
        raise ValidationError(check.errors)
    return data


def validate_caption(caption: object) -> str:
    check = _Checker()
    text = check.text("caption", caption)
    if check.errors:
        raise ValidationError(check.errors)
    return text


def validate_link(url: object) -> str:
    check = _Checker()
    urls = check.urls("url", url)
    if not check.errors and not urls:
        check.fail("url", "required", "is required")
    if check.errors:
        raise ValidationError(check.errors)
    return urls[0]


def validate_unit(code: object, name: object) -> tuple[str, str]:
    """A unit code (capitals, digits, '-' or '_') and a name."""
    errors: list[FieldError] = []
    code_text = nfc(str(code or "")).strip().upper()
    name_text = nfc(str(name or "")).strip()
    if not UNIT_CODE_PATTERN.fullmatch(code_text):
        errors.append(
            FieldError(
                "unit_code",
                "bad_unit_code",
                f"{code!r} is not a unit code: 2 to 32 letters A-Z, digits, '-' or '_', "
                "e.g. SO-HNI",
            )
        )
    control = first_control_character(name_text)
    if control is not None:
        errors.append(
            FieldError(
                "unit_name",
                "control_character",
                f"contains an invisible control character ({control}); remove it",
            )
        )
    elif not name_text:
        errors.append(FieldError("unit_name", "required", "is required"))
    elif len(name_text) > 300:
        errors.append(FieldError("unit_name", "too_long", "is too long (at most 300 characters)"))
    if errors:
        raise ValidationError(errors)
    return code_text, name_text


def period_warnings(data: ActivityData, start: dt.date, end: dt.date) -> list[str]:
    """Dates outside the campaign period are allowed, but the user should see it."""
    warnings = []
    if data.start_date < start or data.start_date > end:
        warnings.append(
            f"start date {data.start_date:%d/%m/%Y} is outside the campaign period "
            f"{start:%d/%m/%Y}–{end:%d/%m/%Y}"
        )
    if data.end_date != data.start_date and (data.end_date < start or data.end_date > end):
        warnings.append(
            f"end date {data.end_date:%d/%m/%Y} is outside the campaign period "
            f"{start:%d/%m/%Y}–{end:%d/%m/%Y}"
        )
    return warnings
