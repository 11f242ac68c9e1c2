"""Campaign plans with targets: edited and published at the centre, imported by units (SPEC §9).

The centre keeps each campaign in the `campaign` table (code, name, theme, plan, period,
active) and what the table has no column for — the plan's number and date, the forms,
channels and topics of the campaign, the targets and the last published plan version —
as JSON in its `setting` table under `plan:<campaign code>` (no schema change).
`publish_plan` (`plan publish --out FILE`) writes all of it with the unit catalog as a
signed file of kind `campaign-plan`, with a plan version one higher each time.
`import_plan` (`plan import FILE`) at a unit checks the centre's key (`centre_key`), that
the version is higher than the plan it has for the campaign, and that the program knows
every code; then, in one transaction, the campaign becomes the unit's active one.
Validation (period warnings, the plan's forms) and reports follow the active campaign.

Targets (đánh giá hiệu quả): per unit, per unit group or for every unit (`all`), plus
the Ministry's totals (`total`): at least N activities, participants, reach, and forms
that must be covered. `evaluate` judges each unit against the most specific target
that applies to it: met, partly or not.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cds_desktop import catalog
from cds_desktop.errors import CdsError
from cds_desktop.models import Activity, Campaign, Setting, Unit
from cds_desktop.packages.format import (
    CURRENT_VERSION,
    FORMAT_NAME,
    PLAN_KIND,
    PackageRejected,
)
from cds_desktop.profile import Profile
from cds_desktop.validation import ActivityData, validate_unit

# The signed file's modules (zip, signature, keys) are imported where a plan is written
# or read: `activities` imports this module for `plan_warnings`, and saving an activity
# must not wait for them.

log = logging.getLogger(__name__)

PLAN_SUFFIX = ".cdsplan"
CAMPAIGN_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]{1,31}")
SCOPES = ("unit", "group", "all", "total")
MAX_TARGETS = 2000
MAX_UNITS = 5000
PLAN_KEYS = frozenset(
    {
        "format",
        "kind",
        "format_version",
        "plan_version",
        "issued_at",
        "centre",
        "signer_fingerprint",
        "campaign",
        "targets",
        "units",
    }
)
CAMPAIGN_KEYS = frozenset(
    {
        "code",
        "name",
        "theme",
        "plan_number",
        "plan_date",
        "start_date",
        "end_date",
        "forms",
        "channels",
        "topics",
    }
)
TARGET_KEYS = frozenset({"scope", "code", "activities", "participants", "reach", "forms"})
UNIT_KEYS = frozenset({"code", "name", "group", "order"})
PARTY_KEYS = frozenset({"code", "name"})


def setting_key(campaign_code: str) -> str:
    return f"plan:{campaign_code}"


@dataclass(frozen=True)
class Target:
    scope: str
    """unit | group | all (each unit) | total (the sum over all units)"""
    code: str
    """The unit or group code; "" for all and total."""
    activities: int = 0
    participants: int = 0
    reach: int = 0
    forms: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.activities or self.participants or self.reach or self.forms)

    def to_json(self) -> dict[str, object]:
        return {
            "scope": self.scope,
            "code": self.code,
            "activities": self.activities,
            "participants": self.participants,
            "reach": self.reach,
            "forms": list(self.forms),
        }


@dataclass
class PlanDetails:
    """What a campaign's plan adds to its `campaign` row (kept as JSON in `setting`)."""

    plan_number: str = ""
    plan_date: dt.date | None = None
    forms: list[str] = field(default_factory=list)
    """The forms of activity of the campaign; empty: every form the program knows."""
    channels: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    version: int = 0
    """The last plan version published (centre) or imported (unit); 0: none."""

    def to_json(self) -> dict[str, object]:
        return {
            "plan_number": self.plan_number,
            "plan_date": self.plan_date.isoformat() if self.plan_date else "",
            "forms": self.forms,
            "channels": self.channels,
            "topics": self.topics,
            "targets": [t.to_json() for t in self.targets],
            "version": self.version,
        }

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> PlanDetails:
        plan_date = doc.get("plan_date") or ""
        return cls(
            plan_number=str(doc.get("plan_number", "")),
            plan_date=dt.date.fromisoformat(plan_date) if plan_date else None,
            forms=list(doc.get("forms", [])),
            channels=list(doc.get("channels", [])),
            topics=list(doc.get("topics", [])),
            targets=[
                Target(
                    str(t["scope"]),
                    str(t["code"]),
                    int(t["activities"]),
                    int(t["participants"]),
                    int(t["reach"]),
                    tuple(t["forms"]),
                )
                for t in doc.get("targets", [])
            ],
            version=int(doc.get("version", 0)),
        )


def load_details(session: Session, campaign_code: str) -> PlanDetails:
    setting = session.get(Setting, setting_key(campaign_code))
    if setting is None:
        return PlanDetails()
    try:
        return PlanDetails.from_json(json.loads(setting.value))
    except (ValueError, TypeError, AttributeError, CdsError) as exc:
        raise CdsError(
            f"the stored plan of campaign {campaign_code} is unreadable ({exc})"
        ) from exc


def _save_details(session: Session, campaign_code: str, details: PlanDetails) -> None:
    session.merge(
        Setting(
            key=setting_key(campaign_code),
            value=json.dumps(details.to_json(), ensure_ascii=False),
        )
    )


def plan_text(number: str, date: dt.date | None) -> str:
    """The `campaign.plan` column: "Quyết định số 1733/QĐ-BVHTTDL ngày 10/09/2024"."""
    text = number.strip()
    if date is not None:
        text = f"{text} ngày {date:%d/%m/%Y}".strip()
    return text


# --- codes -------------------------------------------------------------------------


def _check_codes(values: list[str], terms: tuple[catalog.Term, ...], what: str) -> list[str]:
    known = {t.code for t in terms}
    unknown = sorted(set(values) - known)
    if unknown:
        raise CdsError(
            f"{what} {unknown[0]!r} is not known to this program "
            f"(known: {', '.join(sorted(known))})"
        )
    return list(dict.fromkeys(values))


def _check_target(target: Target) -> Target:
    if target.scope not in SCOPES:
        raise CdsError(f"target scope must be one of {', '.join(SCOPES)}")
    if target.scope in ("all", "total") and target.code:
        raise CdsError(f"a target for {target.scope} names no unit or group")
    if target.scope == "group" and target.code not in {g.code for g in catalog.unit_groups()}:
        raise CdsError(f"unit group {target.code!r} is not known")
    if target.scope == "unit" and not target.code:
        raise CdsError("a unit target needs the unit code")
    for name in ("activities", "participants", "reach"):
        if getattr(target, name) < 0:
            raise CdsError(f"target {name}: a whole number ≥ 0")
    _check_codes(list(target.forms), catalog.forms(), "form")
    return target


# --- the centre: editing and publishing --------------------------------------------


def _require_centre(profile: Profile) -> None:
    if not profile.is_centre:
        raise CdsError("campaign plans are edited and published by the IT Centre")


@dataclass(frozen=True)
class CampaignInfo:
    code: str
    name: str
    theme: str
    plan: str
    start_date: dt.date
    end_date: dt.date
    active: bool
    details: PlanDetails

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "theme": self.theme,
            "plan": self.plan,
            "start_date": self.start_date.isoformat(),
            "end_date": self.end_date.isoformat(),
            "active": self.active,
            **self.details.to_json(),
        }


def list_campaigns(profile: Profile) -> list[CampaignInfo]:
    with profile.database.session() as session:
        rows = session.scalars(select(Campaign).order_by(Campaign.start_date)).all()
        return [
            CampaignInfo(
                c.code,
                c.name,
                c.theme,
                c.plan,
                c.start_date,
                c.end_date,
                c.active,
                load_details(session, c.code),
            )
            for c in rows
        ]


def _activate(session: Session, campaign: Campaign) -> None:
    for other in session.scalars(select(Campaign).where(Campaign.active)):
        if other.id != campaign.id:
            other.active = False
    session.flush()
    campaign.active = True


def save_campaign(
    profile: Profile,
    code: str,
    *,
    name: str | None = None,
    theme: str | None = None,
    plan_number: str | None = None,
    plan_date: dt.date | None = None,
    start_date: dt.date | None = None,
    end_date: dt.date | None = None,
    forms: list[str] | None = None,
    channels: list[str] | None = None,
    topics: list[str] | None = None,
    activate: bool = False,
) -> CampaignInfo:
    """Create a campaign or change the fields given (centre)."""
    _require_centre(profile)
    code = code.strip().upper()
    if not CAMPAIGN_CODE.fullmatch(code):
        raise CdsError(
            "campaign code: 2 to 32 letters A-Z, digits, - or _, starting with a letter or "
            "digit, e.g. CDS-2025"
        )
    with profile.database.session() as session:
        campaign = session.scalars(select(Campaign).where(Campaign.code == code)).first()
        if campaign is None:
            if not name or start_date is None or end_date is None:
                raise CdsError(f"campaign {code} is new: give --name, --start and --end")
            campaign = Campaign(code=code, name="", theme="", plan="", active=False)
            campaign.start_date, campaign.end_date = start_date, end_date
            session.add(campaign)
        details = load_details(session, code)
        if name is not None:
            campaign.name = name.strip()[:500]
        if theme is not None:
            campaign.theme = theme.strip()
        if start_date is not None:
            campaign.start_date = start_date
        if end_date is not None:
            campaign.end_date = end_date
        if campaign.end_date < campaign.start_date:
            raise CdsError("the campaign's end date is before its start date")
        if plan_number is not None:
            details.plan_number = plan_number.strip()
        if plan_date is not None:
            details.plan_date = plan_date
        if plan_number is not None or plan_date is not None:
            campaign.plan = plan_text(details.plan_number, details.plan_date)[:200]
        if forms is not None:
            details.forms = _check_codes(forms, catalog.forms(), "form")
        if channels is not None:
            details.channels = _check_codes(channels, catalog.channels(), "channel")
        if topics is not None:
            details.topics = _check_codes(topics, catalog.topics(), "topic")
        _save_details(session, code, details)
        if activate:
            _activate(session, campaign)
        session.flush()
        return CampaignInfo(
            campaign.code,
            campaign.name,
            campaign.theme,
            campaign.plan,
            campaign.start_date,
            campaign.end_date,
            campaign.active,
            details,
        )


def set_target(profile: Profile, campaign_code: str, target: Target) -> list[Target]:
    """Set (or, if it sets nothing, remove) the target of one scope (centre)."""
    _require_centre(profile)
    target = _check_target(target)
    code = campaign_code.strip().upper()
    with profile.database.session() as session:
        if session.scalars(select(Campaign).where(Campaign.code == code)).first() is None:
            raise CdsError(f"campaign {code} does not exist")
        if target.scope == "unit" and session.get(Unit, target.code) is None:
            raise CdsError(f"unit {target.code} is not in the unit list")
        details = load_details(session, code)
        kept = [t for t in details.targets if (t.scope, t.code) != (target.scope, target.code)]
        details.targets = kept if target.empty else [*kept, target]
        _save_details(session, code, details)
        return details.targets


def replace_targets(
    profile: Profile, campaign_code: str, scopes: tuple[str, ...], targets: list[Target]
) -> list[Target]:
    """Make the targets of `scopes` (e.g. unit and group: the dialog's table) exactly
    `targets`, in one transaction (centre); the other scopes' targets stay. A target that
    sets nothing is dropped; two for the same unit or group are refused."""
    _require_centre(profile)
    checked = [_check_target(t) for t in targets if not t.empty]
    for t in checked:
        if t.scope not in scopes:
            raise CdsError(f"a {t.scope} target is not among {', '.join(scopes)}")
    keys = [(t.scope, t.code) for t in checked]
    if len(keys) != len(set(keys)):
        twice = next(k for k in keys if keys.count(k) > 1)
        raise CdsError(f"two targets for {twice[0]} {twice[1]}")
    code = campaign_code.strip().upper()
    with profile.database.session() as session:
        if session.scalars(select(Campaign).where(Campaign.code == code)).first() is None:
            raise CdsError(f"campaign {code} does not exist")
        for t in checked:
            if t.scope == "unit" and session.get(Unit, t.code) is None:
                raise CdsError(f"unit {t.code} is not in the unit list")
        details = load_details(session, code)
        details.targets = [t for t in details.targets if t.scope not in scopes] + checked
        _save_details(session, code, details)
        return details.targets


def activate_campaign(profile: Profile, campaign_code: str) -> None:
    code = campaign_code.strip().upper()
    with profile.database.session() as session:
        campaign = session.scalars(select(Campaign).where(Campaign.code == code)).first()
        if campaign is None:
            raise CdsError(f"campaign {code} does not exist")
        _activate(session, campaign)


@dataclass(frozen=True)
class PublishedPlan:
    path: Path
    campaign_code: str
    version: int


def publish_plan(profile: Profile, out: Path, campaign_code: str | None = None) -> PublishedPlan:
    """Write the signed plan of a campaign (default: the active one) with the unit catalog."""
    from cds_desktop import keys
    from cds_desktop.packages.records import timestamp
    from cds_desktop.packages.signed_file import signed_json_bytes, write_file_atomically

    _require_centre(profile)
    private_key = keys.load_private_key(profile.paths.private_key)
    fingerprint = profile.fingerprint()
    centre = profile.identity
    now = dt.datetime.now(dt.UTC)
    with profile.database.session() as session:
        if campaign_code is None:
            campaign = profile.active_campaign(session)
        else:
            code = campaign_code.strip().upper()
            found = session.scalars(select(Campaign).where(Campaign.code == code)).first()
            if found is None:
                raise CdsError(f"campaign {code} does not exist")
            campaign = found
        details = load_details(session, campaign.code)
        version = details.version + 1
        units = session.scalars(select(Unit).order_by(Unit.sort_order, Unit.code)).all()
        doc = {
            "format": FORMAT_NAME,
            "kind": PLAN_KIND,
            "format_version": CURRENT_VERSION[PLAN_KIND],
            "plan_version": version,
            "issued_at": timestamp(now),
            "centre": {"code": centre.unit_code, "name": centre.unit_name},
            "signer_fingerprint": fingerprint,
            "campaign": {
                "code": campaign.code,
                "name": campaign.name,
                "theme": campaign.theme,
                "plan_number": details.plan_number or campaign.plan,
                "plan_date": details.plan_date.isoformat() if details.plan_date else "",
                "start_date": campaign.start_date.isoformat(),
                "end_date": campaign.end_date.isoformat(),
                "forms": details.forms,
                "channels": details.channels,
                "topics": details.topics,
            },
            "targets": [t.to_json() for t in details.targets],
            "units": [
                {"code": u.code, "name": u.name, "group": u.group, "order": u.sort_order}
                for u in units
                if u.code != centre.unit_code
            ],
        }
        campaign_code = campaign.code
    if out.is_dir():
        out = out / f"ke-hoach-{campaign_code}-v{version}{PLAN_SUFFIX}"
    data = signed_json_bytes(
        PLAN_KIND, f"{campaign_code}-plan-{version:04d}", doc, private_key, centre.unit_name, now
    )
    write_file_atomically(out, data)
    with profile.database.session() as session:
        details = load_details(session, campaign_code)
        details.version = max(details.version, version)
        _save_details(session, campaign_code, details)
    log.info("published plan %d of campaign %s to %s", version, campaign_code, out)
    return PublishedPlan(out, campaign_code, version)


# --- the unit: importing -----------------------------------------------------------


@dataclass(frozen=True)
class PlanUnit:
    code: str
    name: str
    group: str
    order: int


@dataclass(frozen=True)
class Plan:
    version: int
    issued_at: dt.datetime
    centre_code: str
    signer_fingerprint: str
    campaign_code: str
    campaign_name: str
    theme: str
    start_date: dt.date
    end_date: dt.date
    details: PlanDetails
    units: list[PlanUnit]


def _target(value: object, where: str) -> Target:
    from cds_desktop.packages.records import _object, _strings, _text, _whole

    d = _object(value, TARGET_KEYS, where)
    scope = _text(d["scope"], f"{where}.scope", 8)
    if scope not in SCOPES:
        raise PackageRejected(f"{where}.scope: unknown scope {scope!r}")
    return Target(
        scope=scope,
        code=_text(d["code"], f"{where}.code", 32),
        activities=_whole(d["activities"], f"{where}.activities"),
        participants=_whole(d["participants"], f"{where}.participants"),
        reach=_whole(d["reach"], f"{where}.reach"),
        forms=tuple(_strings(d["forms"], f"{where}.forms")),
    )


def parse_plan(doc: object) -> Plan:
    from cds_desktop.packages.records import _date, _object, _strings, _text, _time, _whole

    where = "campaign-plan.json"
    d = _object(doc, PLAN_KEYS, where)
    if d["format"] != FORMAT_NAME or d["kind"] != PLAN_KIND:
        raise PackageRejected(f"{where}: not a CĐS Desktop campaign plan")
    if d["format_version"] != CURRENT_VERSION[PLAN_KIND]:
        raise PackageRejected(f"{where}: format version differs from the signature's")
    centre = _object(d["centre"], PARTY_KEYS, f"{where} centre")
    c = _object(d["campaign"], CAMPAIGN_KEYS, f"{where} campaign")
    plan_date = _text(c["plan_date"], f"{where} campaign.plan_date", 10)
    start = _date(c["start_date"], f"{where} campaign.start_date")
    end = _date(c["end_date"], f"{where} campaign.end_date")
    if end < start:
        raise PackageRejected(f"{where} campaign: end date before start date")
    targets = d["targets"]
    if not isinstance(targets, list) or len(targets) > MAX_TARGETS:
        raise PackageRejected(f"{where} targets: not a list of at most {MAX_TARGETS}")
    units = d["units"]
    if not isinstance(units, list) or len(units) > MAX_UNITS:
        raise PackageRejected(f"{where} units: not a list of at most {MAX_UNITS}")
    plan_units = []
    for n, value in enumerate(units):
        u = _object(value, UNIT_KEYS, f"{where} units[{n}]")
        try:
            code, name = validate_unit(u["code"], u["name"])
        except CdsError as exc:
            raise PackageRejected(f"{where} units[{n}]: {exc}") from None
        group = _text(u["group"], f"{where} units[{n}].group", 32)
        plan_units.append(PlanUnit(code, name, group, _whole(u["order"], f"units[{n}].order")))
    campaign_code = _text(c["code"], f"{where} campaign.code", 32, allow_empty=False)
    if not CAMPAIGN_CODE.fullmatch(campaign_code):
        raise PackageRejected(f"{where} campaign.code: not a campaign code")
    return Plan(
        version=_whole(d["plan_version"], f"{where} plan_version", 1),
        issued_at=_time(d["issued_at"], f"{where} issued_at"),
        centre_code=_text(centre["code"], f"{where} centre.code", 32),
        signer_fingerprint=_text(d["signer_fingerprint"], f"{where} signer_fingerprint", 32),
        campaign_code=campaign_code,
        campaign_name=_text(c["name"], f"{where} campaign.name", 500, allow_empty=False),
        theme=_text(c["theme"], f"{where} campaign.theme", 2000),
        start_date=start,
        end_date=end,
        details=PlanDetails(
            plan_number=_text(c["plan_number"], f"{where} campaign.plan_number", 200),
            plan_date=_date(plan_date, f"{where} campaign.plan_date") if plan_date else None,
            forms=_strings(c["forms"], f"{where} campaign.forms"),
            channels=_strings(c["channels"], f"{where} campaign.channels"),
            topics=_strings(c["topics"], f"{where} campaign.topics"),
            targets=[_target(t, f"{where} targets[{n}]") for n, t in enumerate(targets)],
            version=0,
        ),
        units=plan_units,
    )


def _known_codes(plan: Plan) -> None:
    """Every code must be one this program knows; else a newer program is needed."""
    try:
        _check_codes(plan.details.forms, catalog.forms(), "form")
        _check_codes(plan.details.channels, catalog.channels(), "channel")
        _check_codes(plan.details.topics, catalog.topics(), "topic")
        for target in plan.details.targets:
            _check_codes(list(target.forms), catalog.forms(), "form")
    except CdsError as exc:
        raise PackageRejected(
            f"the plan uses a code this program does not know ({exc}); update CĐS Desktop",
            code="newer_version",
        ) from None


@dataclass(frozen=True)
class PlanImported:
    campaign_code: str
    campaign_name: str
    version: int
    start_date: dt.date
    end_date: dt.date
    targets: list[Target]
    """The targets that apply to this unit."""


def import_plan(
    profile: Profile, path: Path, confirm_fingerprint: str | None = None
) -> PlanImported:
    """Check a campaign plan from the centre and make its campaign the active one."""
    from cds_desktop.centre_key import check_centre_signer
    from cds_desktop.packages.signed_file import read_signed_json

    if profile.is_centre:
        raise CdsError("campaign plans are imported by units; this profile is the IT Centre's")
    signed = read_signed_json(path, PLAN_KIND)
    plan = parse_plan(signed.doc)
    if plan.signer_fingerprint != signed.signature.fingerprint:
        raise PackageRejected("campaign-plan.json: signer differs from the key that signed it")
    _known_codes(plan)
    check_centre_signer(
        profile, signed.signature.fingerprint, signed.signature.public_key, confirm_fingerprint
    )
    own = profile.identity.unit_code
    with profile.database.session() as session:
        details = load_details(session, plan.campaign_code)
        if plan.version <= details.version:
            raise PackageRejected(
                f"this is version {plan.version} of the plan of campaign {plan.campaign_code}, "
                f"but this unit already has version {details.version}; ask the IT Centre for "
                "its latest plan",
                code="older_plan",
            )
        campaign = session.scalars(
            select(Campaign).where(Campaign.code == plan.campaign_code)
        ).first()
        if campaign is None:
            campaign = Campaign(code=plan.campaign_code, active=False)
            session.add(campaign)
        campaign.name = plan.campaign_name
        campaign.theme = plan.theme
        campaign.plan = plan_text(plan.details.plan_number, plan.details.plan_date)[:200]
        campaign.start_date = plan.start_date
        campaign.end_date = plan.end_date
        session.flush()
        _activate(session, campaign)
        imported = PlanDetails(
            plan_number=plan.details.plan_number,
            plan_date=plan.details.plan_date,
            forms=plan.details.forms,
            channels=plan.details.channels,
            topics=plan.details.topics,
            targets=plan.details.targets,
            version=plan.version,
        )
        _save_details(session, plan.campaign_code, imported)
        mine = next((u for u in plan.units if u.code == own), None)
        unit = session.get(Unit, own)
        if mine is not None and unit is not None:
            unit.group = mine.group
            unit.sort_order = mine.order
        group = unit.group if unit is not None else ""
    log.info("imported plan %d of campaign %s", plan.version, plan.campaign_code)
    return PlanImported(
        plan.campaign_code,
        plan.campaign_name,
        plan.version,
        plan.start_date,
        plan.end_date,
        applicable_targets(imported.targets, own, group),
    )


# --- validation and evaluation -------------------------------------------------------


def plan_warnings(data: ActivityData, campaign: Campaign, session: Session) -> list[str]:
    """An activity whose form is not among the forms of the campaign's plan."""
    details = load_details(session, campaign.code)
    if details.forms and data.form not in details.forms:
        label = catalog.label(catalog.forms(), data.form)
        return [f"the form {label!r} is not among the forms of the campaign's plan"]
    return []


def applicable_targets(targets: list[Target], unit_code: str, group: str) -> list[Target]:
    """The most specific target for a unit: its own, else its group's, else `all`."""
    for scope, code in (("unit", unit_code), ("group", group), ("all", "")):
        found = [t for t in targets if t.scope == scope and t.code == code]
        if found:
            return found
    return []


@dataclass(frozen=True)
class Evaluation:
    """One unit (or the Ministry's total) against its target."""

    unit_code: str
    unit_name: str
    group: str
    activities: int
    participants: int
    reach: int
    forms: list[str]
    target: Target | None
    result: str
    """met | partly | not | "" (no target)"""
    checks: dict[str, bool]
    """{indicator: met} for every indicator the target sets."""

    def to_json(self) -> dict[str, object]:
        return {
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "group": self.group,
            "activities": self.activities,
            "participants": self.participants,
            "reach": self.reach,
            "forms": self.forms,
            "target": self.target.to_json() if self.target else None,
            "result": self.result,
            "checks": self.checks,
        }


def judge(
    target: Target | None, activities: int, participants: int, reach: int, forms: set[str]
) -> tuple[str, dict[str, bool]]:
    if target is None or target.empty:
        return "", {}
    checks: dict[str, bool] = {}
    if target.activities:
        checks["activities"] = activities >= target.activities
    if target.participants:
        checks["participants"] = participants >= target.participants
    if target.reach:
        checks["reach"] = reach >= target.reach
    if target.forms:
        checks["forms"] = set(target.forms) <= forms
    met = sum(checks.values())
    return ("met" if met == len(checks) else "partly" if met else "not"), checks


@dataclass(frozen=True)
class CampaignEvaluation:
    campaign_code: str
    units: list[Evaluation]
    total: Evaluation

    @property
    def has_targets(self) -> bool:
        return any(e.result for e in [*self.units, self.total])

    def to_json(self) -> dict[str, object]:
        return {
            "campaign": self.campaign_code,
            "units": [u.to_json() for u in self.units],
            "total": self.total.to_json(),
        }


def evaluate(profile: Profile, campaign_code: str | None = None) -> CampaignEvaluation:
    """Each unit's results against its target, and the totals against the Ministry's."""
    own = profile.identity.unit_code
    with profile.database.session() as session:
        if campaign_code is None:
            campaign = profile.active_campaign(session)
        else:
            found = session.scalars(
                select(Campaign).where(Campaign.code == campaign_code.strip().upper())
            ).first()
            if found is None:
                raise CdsError(f"campaign {campaign_code} does not exist")
            campaign = found
        details = load_details(session, campaign.code)
        live = (Activity.campaign_id == campaign.id, Activity.deleted.is_(False))
        sums = {
            code: (n, p or 0, r or 0)
            for code, n, p, r in session.execute(
                select(
                    Activity.unit_code,
                    func.count(),
                    func.sum(Activity.participants),
                    func.sum(Activity.reach),
                )
                .where(*live)
                .group_by(Activity.unit_code)
            )
        }
        forms: dict[str, set[str]] = {}
        for code, form in session.execute(select(Activity.unit_code, Activity.form).where(*live)):
            forms.setdefault(code, set()).add(form)
        units = session.scalars(select(Unit).order_by(Unit.sort_order, Unit.code)).all()
        rows = []
        for u in units:
            if profile.is_centre and u.code == own and u.code not in sums:
                continue
            n, p, r = sums.get(u.code, (0, 0, 0))
            applicable = applicable_targets(details.targets, u.code, u.group)
            target = applicable[0] if applicable else None
            result, checks = judge(target, n, p, r, forms.get(u.code, set()))
            rows.append(
                Evaluation(
                    u.code,
                    u.name,
                    u.group,
                    n,
                    p,
                    r,
                    sorted(forms.get(u.code, set())),
                    target,
                    result,
                    checks,
                )
            )
        totals = [t for t in details.targets if t.scope == "total"]
        total_target = totals[0] if totals else None
        all_forms = set().union(*forms.values()) if forms else set()
        n = sum(v[0] for v in sums.values())
        p = sum(v[1] for v in sums.values())
        r = sum(v[2] for v in sums.values())
        result, checks = judge(total_target, n, p, r, all_forms)
        total = Evaluation(
            "", "Toàn Bộ", "", n, p, r, sorted(all_forms), total_target, result, checks
        )
        return CampaignEvaluation(campaign.code, rows, total)


@dataclass(frozen=True)
class CampaignTotals:
    """One campaign's figures, for comparing campaigns year on year."""

    code: str
    name: str
    start_date: dt.date
    end_date: dt.date
    units: int
    """Units with at least one activity."""
    activities: int
    participants: int
    reach: int


def campaign_totals(profile: Profile) -> list[CampaignTotals]:
    """Every campaign that has activities, oldest first."""
    with profile.database.session() as session:
        live = Activity.deleted.is_(False)
        rows = session.execute(
            select(
                Campaign.code,
                Campaign.name,
                Campaign.start_date,
                Campaign.end_date,
                func.count(func.distinct(Activity.unit_code)),
                func.count(Activity.id),
                func.coalesce(func.sum(Activity.participants), 0),
                func.coalesce(func.sum(Activity.reach), 0),
            )
            .join(Activity, (Activity.campaign_id == Campaign.id) & live)
            .group_by(Campaign.id)
            .order_by(Campaign.start_date)
        ).all()
        return [CampaignTotals(*row) for row in rows]


def previous_campaign(
    totals: list[CampaignTotals], code: str, start_date: dt.date
) -> CampaignTotals | None:
    """The latest campaign before this one (by start date) that has activities."""
    earlier = [t for t in totals if t.code != code and t.start_date < start_date]
    return earlier[-1] if earlier else None
