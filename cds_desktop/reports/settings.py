"""The report header and closing texts: profile settings with sensible defaults.

Who issues the report, its number, place, signer, recipients and the officer's own text
(shortcomings, proposals) are the profile's data, stored in the `setting` table under
`report.*` keys. Nothing here is written into the report code: a field never saved gets
a default derived from the profile (its unit name, code and group).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields

from sqlalchemy import select

from cds_desktop.errors import CdsError
from cds_desktop.models import Setting, Unit
from cds_desktop.profile import Profile
from cds_desktop.reports.vi_format import nfc, upper_vi

KEY_PREFIX = "report."
SIGNER_PREFIXES = ("", "TM.", "KT.", "Q.", "TL.", "TUQ.")
MINISTRY = "Bộ Văn hóa, Thể thao và Du lịch"

# Title of the head of a unit, from the first word(s) of its name (editable afterwards).
HEAD_TITLES = (
    ("Văn phòng", "Chánh Văn phòng"),
    ("Thanh tra", "Chánh Thanh tra"),
    ("Vụ", "Vụ trưởng"),
    ("Cục", "Cục trưởng"),
    ("Viện", "Viện trưởng"),
    ("Trường", "Hiệu trưởng"),
    ("Ban", "Trưởng ban"),
    ("Báo", "Tổng Biên tập"),
    ("Tạp chí", "Tổng Biên tập"),
    ("Liên đoàn", "Tổng Giám đốc"),
)
DEFAULT_HEAD_TITLE = "Giám đốc"
CITIES = ("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ")
_DEPARTMENT_PREFIX = re.compile(
    r"^Sở Văn hóa(?:, Thể thao)?(?: và Thể thao)?(?: và Du lịch)?\s+", re.IGNORECASE
)


@dataclass
class ReportSettings:
    """What the header, closing and signature of a report say."""

    governing_body: str = upper_vi(MINISTRY)
    issuing_body: str = ""
    number: str = ""
    symbol_suffix: str = ""
    place: str = "Hà Nội"
    signer_prefix: str = ""
    signer_title: str = upper_vi(DEFAULT_HEAD_TITLE)
    signer_subtitle: str = ""
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)
    drafting_unit: str = ""  # who drafted it, after "Lưu: VT," in the Nơi nhận
    subject: str = ""
    shortcomings: str = ""
    proposals: str = ""

    def number_symbol(self) -> str:
        """The symbol after the number: "BC-TTCNTT"."""
        suffix = nfc(self.symbol_suffix).strip().removeprefix("BC-")
        return f"BC-{suffix}" if suffix else "BC"

    def recipient_lines(self) -> list[str]:
        """The Nơi nhận entries without end marks, the filing line last and completed:
        "Lưu: VT, TTCDS" (the drafting unit after the clerical office, Nghị định 30/2020).

        A filing line the officer already completed ("Lưu: VT, KHTC") is kept as written.
        """
        entries = [nfc(r).strip().rstrip(";.").strip() for r in self.recipients if r.strip()]
        filing = [e for e in entries if e.lower().startswith("lưu")]
        others = [e for e in entries if not e.lower().startswith("lưu")]
        drafting = nfc(self.drafting_unit).strip().rstrip(";.")
        line = filing[0] if filing else "Lưu: VT"
        if drafting and line.replace(" ", "").lower() in {"lưu:vt", "lưu"}:
            line = f"Lưu: VT, {drafting}"
        return [*others, line]

    def signer_lines(self) -> list[str]:
        """The capitalised authority lines above the signature, e.g. "KT. GIÁM ĐỐC"."""
        prefix = self.signer_prefix.strip()
        title = upper_vi(self.signer_title.strip())
        first = f"{prefix} {title}".strip()
        lines = [first] if first else []
        if self.signer_subtitle.strip():
            lines.append(upper_vi(self.signer_subtitle.strip()))
        return lines


def _head_title(unit_name: str) -> str:
    for start, title in HEAD_TITLES:
        if unit_name == start or unit_name.startswith(start + " "):
            return title
    return DEFAULT_HEAD_TITLE


def _governing_body(unit_name: str, group: str) -> str:
    """The Ministry, or for a provincial department its People's Committee."""
    if group == "province":
        place = _DEPARTMENT_PREFIX.sub("", unit_name).strip()
        if place and place != unit_name:
            if place.startswith("Thành phố ") or place.startswith("Tỉnh "):
                area = place
            elif place in CITIES:
                area = f"Thành phố {place}"
            else:
                area = f"Tỉnh {place}"
            return upper_vi(f"Ủy ban nhân dân {area}")
    return upper_vi(MINISTRY)


def _symbol_suffix(unit_code: str) -> str:
    """ "BO-TTCNTT" → "TTCNTT"; the clerk corrects it once in the settings if needed."""
    return unit_code.split("-", 1)[1] if "-" in unit_code else unit_code


def default_report_settings(profile: Profile) -> ReportSettings:
    identity = profile.identity
    with profile.database.session() as session:
        unit = session.get(Unit, identity.unit_code)
        group = unit.group if unit is not None else "ministry"
    if profile.is_centre:
        recipients = ["Bộ trưởng (để báo cáo)", "Các Thứ trưởng (để biết)", "Lưu: VT"]
    else:
        recipients = [f"{MINISTRY} (để tổng hợp)", "Lưu: VT"]
    return ReportSettings(
        governing_body=_governing_body(identity.unit_name, group),
        issuing_body=upper_vi(identity.unit_name),
        symbol_suffix=_symbol_suffix(identity.unit_code),
        drafting_unit=_symbol_suffix(identity.unit_code),
        signer_title=upper_vi(_head_title(identity.unit_name)),
        recipients=recipients,
    )


def load_report_settings(profile: Profile) -> ReportSettings:
    """Saved settings over the profile's defaults."""
    settings = default_report_settings(profile)
    with profile.database.session() as session:
        saved = {
            s.key.removeprefix(KEY_PREFIX): s.value
            for s in session.scalars(select(Setting).where(Setting.key.startswith(KEY_PREFIX)))
        }
    for f in fields(ReportSettings):
        if f.name not in saved:
            continue
        value = saved[f.name]
        if f.name == "recipients":
            try:
                items = json.loads(value)
            except json.JSONDecodeError:
                continue
            if isinstance(items, list):
                settings.recipients = [nfc(str(i)) for i in items]
        else:
            setattr(settings, f.name, nfc(value))
    return settings


def save_report_settings(profile: Profile, settings: ReportSettings) -> None:
    """Store every field (one transaction), so later defaults never change a saved text."""
    if settings.signer_prefix.strip() not in SIGNER_PREFIXES:
        raise CdsError(
            f"signer prefix {settings.signer_prefix!r} must be one of: "
            + ", ".join(p for p in SIGNER_PREFIXES if p)
        )
    with profile.database.session() as session:
        for name, value in asdict(settings).items():
            if name == "recipients":
                text = json.dumps([nfc(str(v)).strip() for v in value], ensure_ascii=False)
            else:
                text = nfc(str(value))
            session.merge(Setting(key=KEY_PREFIX + name, value=text))
