"""The guard against mass deletion at the centre (docs/package-format.md).

A unit's package is a full snapshot: what it lacks is deleted from the master. A unit
profile that lost its data (a reinstalled PC, an empty database) would therefore delete
everything the unit ever reported. So a package that would delete all of a unit's
activities at the centre (when it has at least one), or more than half of them when it
has at least `MASS_DELETION_MINIMUM`, is applied only when the caller allows it: the
CLI's `import --allow-deletions`, the GUI's question with the numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from cds_desktop.models import Activity
from cds_desktop.packages.format import PackageRejected
from cds_desktop.packages.verify import VerifiedPackage
from cds_desktop.profile import Profile

MASS_DELETION_MINIMUM = 10
"""From this many activities on, deleting more than half of them is a mass deletion."""


@dataclass(frozen=True)
class MassDeletion:
    """A package that would delete `deleting` of the `existing` activities of its unit."""

    unit_code: str
    unit_name: str
    deleting: int
    existing: int


DeletionDecision = bool | Callable[[MassDeletion], bool]


def is_mass_deletion(deleting: int, existing: int) -> bool:
    """All of at least one, or more than half of at least `MASS_DELETION_MINIMUM`."""
    if deleting <= 0:
        return False
    return deleting >= existing or (existing >= MASS_DELETION_MINIMUM and 2 * deleting > existing)


def count_deletions(profile: Profile, package: VerifiedPackage, campaign_id: int) -> MassDeletion:
    """How many of the unit's live activities in the master the package would delete."""
    kept = {r.id for r in package.records if not r.deleted}
    with profile.database.session() as session:
        live = session.scalars(
            select(Activity.id).where(
                Activity.unit_code == package.unit_code,
                Activity.campaign_id == campaign_id,
                Activity.deleted.is_(False),
            )
        ).all()
    deleting = sum(1 for activity_id in live if activity_id not in kept)
    return MassDeletion(package.unit_code, package.metadata.unit_name, deleting, len(live))


def confirm_deletions(
    profile: Profile, package: VerifiedPackage, campaign_id: int, allow: DeletionDecision
) -> None:
    """Reject a mass deletion (`mass_deletion`) unless `allow` says yes (or is True)."""
    if allow is True:
        return
    found = count_deletions(profile, package, campaign_id)
    if not is_mass_deletion(found.deleting, found.existing):
        return
    if callable(allow) and allow(found):
        return
    raise PackageRejected(
        f"the package would delete {found.deleting} of the {found.existing} activities of "
        f"unit {found.unit_code} at the centre; if the unit really deleted them, import it "
        "again with --allow-deletions (ask the unit first: a reinstalled PC sends an empty "
        "package)",
        code="mass_deletion",
        deleting=found.deleting,
        existing=found.existing,
    )
