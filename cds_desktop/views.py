"""Plain values the windows show: who the profile is, its active campaign, a line of the
activity table.

The services fill them through SQLAlchemy; at start-up `start_view` fills the same values
with the standard library's sqlite3, before the database layer has loaded. Nothing here
imports that layer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import NamedTuple

from cds_desktop import catalog


@dataclass(frozen=True)
class Identity:
    """Who this profile is: a unit or the IT Centre, and its own unit code and name."""

    role: str
    unit_code: str
    unit_name: str

    @property
    def is_centre(self) -> bool:
        return self.role == "centre"


@dataclass(frozen=True)
class CampaignView:
    """The active campaign as the windows show it, read once: no widget opens a session.

    `planned_forms` are the form codes of the campaign's plan (every form when the plan
    names none) and `other_forms` the rest, both in catalog order (issue 18)."""

    code: str
    name: str
    start_date: dt.date
    end_date: dt.date
    planned_forms: tuple[str, ...]
    other_forms: tuple[str, ...]

    @property
    def period(self) -> tuple[dt.date, dt.date]:
        return self.start_date, self.end_date


def forms_in_plan_order(planned: Collection[str]) -> tuple[list[str], list[str]]:
    """The form codes for choosing an activity's form: (the plan's forms, the others), both
    in catalog order; with no forms in the plan, every form is in the first list. The
    others stay choosable: a form outside the plan is a warning, not a refusal."""
    codes = [t.code for t in catalog.forms()]
    if not planned:
        return codes, []
    return [c for c in codes if c in planned], [c for c in codes if c not in planned]


class ActivityRow(NamedTuple):
    """One line of the activity table: only what a list shows, cheap for 100,000 rows."""

    id: str
    title: str
    form: str
    start_date: dt.date
    end_date: dt.date
    location: str
    organiser: str
    participants: int
    reach: int
    evidence: int
    updated_at: dt.datetime
    unit_code: str = ""
    """The unit the activity belongs to (the centre's master table filters on it)."""
