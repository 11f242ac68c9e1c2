"""Submission status on the centre (W8): which units have reported, when, and how much."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from cds_desktop.models import Activity, Unit
from cds_desktop.profile import Profile


@dataclass(frozen=True)
class SubmissionStatus:
    unit_code: str
    unit_name: str
    group: str
    reported: bool
    last_sequence: int | None
    last_import_at: dt.datetime | None
    activities: int

    def to_json(self) -> dict[str, object]:
        return {
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "group": self.group,
            "reported": self.reported,
            "last_sequence": self.last_sequence,
            "last_import_at": self.last_import_at.isoformat() if self.last_import_at else None,
            "activities": self.activities,
        }


def submission_status(profile: Profile, campaign_code: str | None = None) -> list[SubmissionStatus]:
    """Every unit in catalog order; a unit has reported once a package of it was imported.

    The profile's own unit counts as reported when it has recorded activities itself.
    For a campaign other than the active one (a report of an earlier year), a unit has
    reported when it has activities in that campaign.
    """
    own = profile.identity.unit_code
    with profile.database.session() as session:
        campaign = profile.campaign(session, campaign_code)
        other = not campaign.active
        counts = dict(
            session.execute(
                select(Activity.unit_code, func.count())
                .where(Activity.campaign_id == campaign.id, Activity.deleted.is_(False))
                .group_by(Activity.unit_code)
            ).all()
        )
        units = session.scalars(select(Unit).order_by(Unit.sort_order, Unit.code)).all()
        return [
            SubmissionStatus(
                unit_code=u.code,
                unit_name=u.name,
                group=u.group,
                reported=(u.last_sequence is not None and not other)
                or ((u.code == own or other) and counts.get(u.code, 0) > 0),
                last_sequence=u.last_sequence,
                last_import_at=u.last_import_at,
                activities=counts.get(u.code, 0),
            )
            for u in units
        ]


def expected_units(profile: Profile) -> list[SubmissionStatus]:
    """The units that are expected to report, as the reports count them (x/68): every unit
    but the profile's own, which counts only once it has recorded activities itself."""
    own = profile.identity.unit_code
    return [s for s in submission_status(profile) if s.unit_code != own or s.reported]
