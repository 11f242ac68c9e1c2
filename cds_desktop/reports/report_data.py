"""The figures a report shows, gathered once and shared by the PDF and the Excel workbook.

On a centre profile the data covers every unit (the merged master); on a unit profile
only the unit itself. Activities are read with plain column queries (no ORM objects),
so 34,000 of them load in well under a second.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select

from cds_desktop import catalog
from cds_desktop.duplicates import DuplicateGroup, fill_missing_hashes, find_duplicates
from cds_desktop.models import Activity, Evidence, ImportLog, Unit
from cds_desktop.profile import Profile
from cds_desktop.submissions import submission_status


@dataclass(frozen=True, slots=True)
class Indicators:
    """The four figures reported for a form, a unit or the whole campaign."""

    activities: int = 0
    participants: int = 0
    reach: int = 0
    evidence: int = 0

    def __add__(self, other: Indicators) -> Indicators:
        return Indicators(
            self.activities + other.activities,
            self.participants + other.participants,
            self.reach + other.reach,
            self.evidence + other.evidence,
        )


@dataclass(frozen=True, slots=True)
class CampaignInfo:
    code: str
    name: str
    theme: str
    plan: str
    start_date: dt.date
    end_date: dt.date
    plan_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class FormRow:
    code: str
    label: str
    totals: Indicators


@dataclass(frozen=True, slots=True)
class UnitRow:
    code: str
    name: str
    group: str
    reported: bool
    last_sequence: int | None
    last_import_at: dt.datetime | None
    totals: Indicators


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """One activity as reports list it (a flat row, no session needed)."""

    id: str
    unit_code: str
    title: str
    form: str
    channels: list[str]
    start_date: dt.date
    end_date: dt.date
    location: str
    organiser: str
    participants: int
    reach: int
    urls: list[str]
    description: str
    topics: list[str]
    partners: str
    revision: int
    updated_at: dt.datetime
    evidence_count: int


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    activity_id: str
    unit_code: str
    activity_title: str
    kind: str
    filename: str
    media_type: str
    size: int
    sha256: str
    url: str
    caption: str


@dataclass(frozen=True, slots=True)
class FlaggedPhoto:
    """A photo whose EXIF time does not fit its activity (`photos.period_flag`)."""

    unit_code: str
    activity_id: str
    activity_title: str
    activity_start: dt.date
    filename: str
    taken_at: dt.datetime
    flag: str


@dataclass(frozen=True, slots=True)
class ImportLogRow:
    imported_at: dt.datetime
    file_name: str
    package_id: str
    package_sha256: str
    unit_code: str
    signer_fingerprint: str
    sequence: int | None
    status: str
    reason: str
    reason_code: str
    added: int
    updated: int
    deleted: int


@dataclass
class ReportData:
    """Everything a unit or master report shows."""

    is_master: bool
    unit_code: str
    unit_name: str
    campaign: CampaignInfo
    forms: list[FormRow]
    units: list[UnitRow]
    totals: Indicators
    daily: list[tuple[dt.date, int]]
    outside_period: int
    activities: list[ActivityRow]
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    flagged_photos: list[FlaggedPhoto] = field(default_factory=list)
    """The master's photos taken outside the campaign or long before their activity."""

    @property
    def reported_units(self) -> list[UnitRow]:
        return [u for u in self.units if u.reported]

    @property
    def not_reported_units(self) -> list[UnitRow]:
        return [u for u in self.units if not u.reported]

    def unit_names(self) -> dict[str, str]:
        return {u.code: u.name for u in self.units}

    def form_totals(self, code: str) -> Indicators:
        return next((f.totals for f in self.forms if f.code == code), Indicators())


def load_report_data(profile: Profile, campaign_code: str | None = None) -> ReportData:
    """Gather the figures of a campaign (default: the active one) for a master (centre)
    or unit report."""
    own = profile.identity.unit_code
    master = profile.is_centre
    with profile.database.session() as session:
        campaign = profile.campaign(session, campaign_code)
        info = CampaignInfo(
            campaign.code,
            campaign.name,
            campaign.theme,
            campaign.plan,
            campaign.start_date,
            campaign.end_date,
            catalog.campaign_plan_date(campaign.code),
        )
        evidence_counts = (
            select(Evidence.activity_id, func.count(Evidence.id).label("n"))
            .group_by(Evidence.activity_id)
            .subquery()
        )
        query = (
            select(
                Activity.id,
                Activity.unit_code,
                Activity.title,
                Activity.form,
                Activity.channels,
                Activity.start_date,
                Activity.end_date,
                Activity.location,
                Activity.organiser,
                Activity.participants,
                Activity.reach,
                Activity.urls,
                Activity.description,
                Activity.topics,
                Activity.partners,
                Activity.revision,
                Activity.updated_at,
                func.coalesce(evidence_counts.c.n, 0),
            )
            .join(Unit, Unit.code == Activity.unit_code)
            .outerjoin(evidence_counts, evidence_counts.c.activity_id == Activity.id)
            .where(Activity.campaign_id == campaign.id, Activity.deleted.is_(False))
            .order_by(Unit.sort_order, Unit.code, Activity.start_date, Activity.title, Activity.id)
        )
        if not master:
            query = query.where(Activity.unit_code == own)
        activities = [ActivityRow(*tuple(row)) for row in session.execute(query)]

    by_form: dict[str, Indicators] = {}
    by_unit: dict[str, Indicators] = {}
    days: Counter[dt.date] = Counter()
    for a in activities:
        one = Indicators(1, a.participants, a.reach, a.evidence_count)
        by_form[a.form] = by_form.get(a.form, Indicators()) + one
        by_unit[a.unit_code] = by_unit.get(a.unit_code, Indicators()) + one
        days[a.start_date] += 1

    forms = [FormRow(t.code, t.vi, by_form.get(t.code, Indicators())) for t in catalog.forms()]
    known_forms = {t.code for t in catalog.forms()}
    for code in sorted(set(by_form) - known_forms):  # a form from a newer vocabulary
        forms.append(FormRow(code, code, by_form[code]))

    statuses = submission_status(profile, info.code)
    units = [
        UnitRow(
            s.unit_code,
            s.unit_name,
            s.group,
            s.reported,
            s.last_sequence,
            s.last_import_at,
            by_unit.get(s.unit_code, Indicators()),
        )
        for s in statuses
        if _in_report(s.unit_code, own, master, s.unit_code in by_unit)
    ]

    period = (info.end_date - info.start_date).days + 1
    daily = [
        (info.start_date + dt.timedelta(days=i), days.get(info.start_date + dt.timedelta(i), 0))
        for i in range(max(period, 0))
    ]
    outside = sum(n for day, n in days.items() if not info.start_date <= day <= info.end_date)
    totals = sum((f.totals for f in forms), Indicators())
    return ReportData(
        is_master=master,
        unit_code=own,
        unit_name=profile.identity.unit_name,
        campaign=info,
        forms=forms,
        units=units,
        totals=totals,
        daily=daily,
        outside_period=outside,
        activities=activities,
        flagged_photos=load_flagged_photos(profile, info.code) if master else [],
    )


def _in_report(code: str, own: str, master: bool, has_activities: bool) -> bool:
    """The master covers every unit (the centre itself only if it recorded activities);
    a unit report covers the unit alone."""
    if code == own:
        return has_activities or not master
    return master


def load_evidence_rows(profile: Profile, campaign_code: str | None = None) -> list[EvidenceRow]:
    """Every evidence item of the report's activities, in report order."""
    with profile.database.session() as session:
        campaign = profile.campaign(session, campaign_code)
        query = (
            select(
                Evidence.activity_id,
                Activity.unit_code,
                Activity.title,
                Evidence.kind,
                Evidence.filename,
                Evidence.media_type,
                Evidence.size,
                func.coalesce(Evidence.sha256, ""),
                Evidence.url,
                Evidence.caption,
            )
            .join(Activity, Activity.id == Evidence.activity_id)
            .join(Unit, Unit.code == Activity.unit_code)
            .where(Activity.campaign_id == campaign.id, Activity.deleted.is_(False))
            .order_by(
                Unit.sort_order,
                Unit.code,
                Activity.start_date,
                Activity.title,
                Activity.id,
                Evidence.position,
            )
        )
        if not profile.is_centre:
            query = query.where(Activity.unit_code == profile.identity.unit_code)
        return [EvidenceRow(*tuple(row)) for row in session.execute(query)]


def load_reused_evidence(
    profile: Profile, campaign_code: str | None = None
) -> list[DuplicateGroup]:
    """The master report's "Minh chứng dùng lại" (issue 19): photos used by more than one
    activity of the campaign. Photos of older imports are hashed first (once)."""
    if not profile.is_centre:
        return []
    fill_missing_hashes(profile)
    return find_duplicates(profile, campaign_code)


def load_flagged_photos(profile: Profile, campaign_code: str | None = None) -> list[FlaggedPhoto]:
    """The photos of the campaign's live activities whose time does not fit (the rule:
    `photos.period_flag`, with the profile's days setting), in report order; on a unit
    profile only its own."""
    from cds_desktop.photos import load_photo_settings, period_flag

    days = load_photo_settings(profile).days_before
    with profile.database.session() as session:
        campaign = profile.campaign(session, campaign_code)
        start, end = campaign.start_date, campaign.end_date
        query = (
            select(
                Activity.unit_code,
                Activity.id,
                Activity.title,
                Activity.start_date,
                Evidence.filename,
                Evidence.taken_at,
            )
            .join(Activity, Activity.id == Evidence.activity_id)
            .join(Unit, Unit.code == Activity.unit_code)
            .where(
                Activity.campaign_id == campaign.id,
                Activity.deleted.is_(False),
                Evidence.taken_at.is_not(None),
            )
            .order_by(
                Unit.sort_order, Unit.code, Activity.start_date, Activity.title, Evidence.position
            )
        )
        if not profile.is_centre:
            query = query.where(Activity.unit_code == profile.identity.unit_code)
        rows = session.execute(query).all()
    flagged = []
    for unit, activity_id, title, activity_start, filename, taken in rows:
        flag = period_flag(taken, start, end, activity_start, days)
        if flag and taken is not None:
            flagged.append(
                FlaggedPhoto(unit, activity_id, title, activity_start, filename, taken, flag)
            )
    return flagged


def load_import_log(profile: Profile) -> list[ImportLogRow]:
    """The centre's import log, newest first."""
    with profile.database.session() as session:
        rows = session.scalars(select(ImportLog).order_by(ImportLog.imported_at.desc()))
        return [
            ImportLogRow(
                r.imported_at,
                r.file_name,
                r.package_id or "",
                r.package_sha256,
                r.unit_code or "",
                r.signer_fingerprint or "",
                r.sequence,
                r.status,
                r.reason,
                r.reason_code,
                r.added,
                r.updated,
                r.deleted,
            )
            for r in rows
        ]
