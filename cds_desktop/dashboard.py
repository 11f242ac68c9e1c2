"""The centre's dashboard (W9): totals, activities by form, by unit, over the period.

Built on `reports.report_data.load_report_data`, so the dashboard and the master report
always show the same figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cds_desktop.plans import (
    CampaignEvaluation,
    CampaignTotals,
    campaign_totals,
    evaluate,
    previous_campaign,
)
from cds_desktop.profile import Profile
from cds_desktop.reports.report_data import CampaignInfo, Indicators, load_report_data

TOP_UNITS = 10
DAY = "day"
WEEK = "week"


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: `code` is a form or unit code, None for the "others" bar."""

    code: str | None
    label: str
    value: int


@dataclass(frozen=True)
class Dashboard:
    campaign: CampaignInfo
    units_expected: int
    units_reported: int
    totals: Indicators
    by_form: list[Bar]
    """Forms with at least one activity, most first."""
    by_unit: list[Bar]
    """The units with most activities (at most `TOP_UNITS`), then one bar for the others."""
    daily: list[tuple[dt.date, int]]
    """Activities by start date over the campaign period, every day listed."""
    outside_period: int
    evaluation: CampaignEvaluation | None = None
    """Units against their targets (issue 18); None when none was read."""
    previous: CampaignTotals | None = None
    """The campaign before this one that has activities (year on year), if any."""

    def timeline(self, step: str = DAY) -> list[tuple[dt.date, int]]:
        """Activities per day, or per week counted from the campaign's first day."""
        if step == DAY:
            return list(self.daily)
        if step != WEEK:
            raise ValueError(f"step must be {DAY!r} or {WEEK!r}")
        weeks: list[tuple[dt.date, int]] = []
        for n, (day, count) in enumerate(self.daily):
            if n % 7 == 0:
                weeks.append((day, count))
            else:
                first, total = weeks[-1]
                weeks[-1] = (first, total + count)
        return weeks

    def default_step(self) -> str:
        """Days for a campaign of up to two months, else weeks (bars stay readable)."""
        return DAY if len(self.daily) <= 62 else WEEK


def load_dashboard(profile: Profile, top_units: int = TOP_UNITS) -> Dashboard:
    data = load_report_data(profile)
    forms = sorted(
        (Bar(f.code, f.label, f.totals.activities) for f in data.forms if f.totals.activities),
        key=lambda b: -b.value,
    )
    units = sorted(
        (Bar(u.code, u.name, u.totals.activities) for u in data.units if u.totals.activities),
        key=lambda b: -b.value,
    )
    by_unit = units[:top_units]
    rest = sum(b.value for b in units[top_units:])
    if rest:
        by_unit.append(Bar(None, "Khác", rest))
    return Dashboard(
        campaign=data.campaign,
        units_expected=len(data.units),
        units_reported=len(data.reported_units),
        totals=data.totals,
        by_form=forms,
        by_unit=by_unit,
        daily=data.daily,
        outside_period=data.outside_period,
        evaluation=evaluate(profile, data.campaign.code),
        previous=previous_campaign(
            campaign_totals(profile), data.campaign.code, data.campaign.start_date
        ),
    )
