"""Merging one verified package into the master (SPEC §4): the decision and the snapshot.

`decide` says what a package is to the master as it stands — a clash with another unit's
records or an unknown campaign (`PackageRejected`), a `duplicate`, `stale`, or to be
`imported` — and `apply_snapshot` makes the unit's activities and evidence rows equal to
the package's. The importer (`importer.py`) orchestrates: it verifies, stages the evidence,
and calls both inside one transaction that holds the database's write lock, so that the
decision and the write are one step no other importer comes between.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cds_desktop.bulk import among, id_batches, insert_rows
from cds_desktop.models import Activity, Base, Campaign, Evidence, ImportLog, Unit
from cds_desktop.packages.format import PackageRejected
from cds_desktop.packages.records import (
    ActivityRecord,
    EvidenceRecord,
    PackageMetadata,
    photo_columns,
    photo_fields,
)
from cds_desktop.packages.trust import key_is_registered, key_last_sequence
from cds_desktop.packages.verify import VerifiedPackage

IMPORTED = "imported"
DUPLICATE = "duplicate"
STALE = "stale"


@dataclass(frozen=True)
class Plan:
    outcome: str  # IMPORTED, DUPLICATE or STALE
    campaign_id: int
    known_key: bool
    unit_known: bool
    reason: str = ""


def decide(
    session: Session,
    meta: PackageMetadata,
    fingerprint: str,
    public_key: bytes,
    records: list[ActivityRecord],
) -> Plan:
    """Reject (`PackageRejected`), or what to do, as the master stands in `session`."""
    campaign = session.scalars(select(Campaign).where(Campaign.code == meta.campaign_code)).first()
    if campaign is None:
        raise PackageRejected(
            f"campaign {meta.campaign_code} is not known at this centre",
            code="unknown_campaign",
        )
    unit = session.get(Unit, meta.unit_code)
    known_key = key_is_registered(unit, fingerprint, public_key)
    duplicate = session.scalars(
        select(func.count())
        .select_from(ImportLog)
        .where(ImportLog.package_id == meta.package_id, ImportLog.status == IMPORTED)
    ).one()
    if duplicate:
        return Plan(DUPLICATE, campaign.id, known_key, unit is not None, "already imported")
    last = key_last_sequence(unit, fingerprint)  # sequences count per key
    if last is not None and meta.sequence <= last:
        return Plan(
            STALE,
            campaign.id,
            known_key,
            True,
            f"sequence {meta.sequence} is not newer than the last imported {last}",
        )
    check_ownership(session, records, meta.unit_code, campaign.id)
    return Plan(IMPORTED, campaign.id, known_key, unit is not None)


def check_ownership(
    session: Session, records: list[ActivityRecord], unit_code: str, campaign_id: int
) -> None:
    """No record of the package may overwrite another unit's (or campaign's) record."""
    activity_ids = [r.id for r in records]
    for batch in id_batches(session, activity_ids):
        rows = session.execute(
            select(Activity.id, Activity.unit_code, Activity.campaign_id).where(
                among(session, Activity.id, batch)
            )
        ).all()
        for activity_id, owner, campaign in rows:
            if owner != unit_code or campaign != campaign_id:
                raise PackageRejected(
                    f"activity {activity_id} belongs to unit {owner} in the master data",
                    code="other_unit_records",
                )
    evidence_ids = [e.id for r in records for e in r.evidence]
    own = set(activity_ids)
    for batch in id_batches(session, evidence_ids):
        evidence_rows = session.execute(
            select(Evidence.id, Evidence.activity_id, Activity.unit_code)
            .join(Activity, Evidence.activity_id == Activity.id)
            .where(among(session, Evidence.id, batch))
        ).all()
        for evidence_id, activity_id, owner in evidence_rows:
            if activity_id not in own:
                raise PackageRejected(
                    f"evidence {evidence_id} belongs to another activity of unit {owner}",
                    code="other_unit_records",
                )


def evidence_values(e: EvidenceRecord, position: int) -> dict[str, object]:
    return {
        "id": e.id,
        "position": position,
        "kind": e.kind,
        "sha256": e.sha256 if e.kind == "file" else None,
        "filename": e.filename,
        "media_type": e.media_type,
        "size": e.size,
        "url": e.url,
        "caption": e.caption,
    } | photo_columns(e)


def evidence_rows(record: ActivityRecord) -> list[Evidence]:
    return [
        Evidence(**evidence_values(e, position))
        for position, e in enumerate(record.evidence, start=1)
    ]


def evidence_key(items: Iterable[Evidence | EvidenceRecord]) -> list[tuple[object, ...]]:
    return [
        (e.id, e.kind, e.sha256, e.filename, e.media_type, e.size, e.url, e.caption, photo_key(e))
        for e in items
    ]


def photo_key(e: Evidence | EvidenceRecord) -> tuple[object, ...]:
    """The photo fields, compared like the rest: a unit that sends them for old evidence
    (or no longer sends them) changes the master's rows."""
    values = photo_fields(e) if isinstance(e, Evidence) else vars(e)
    return tuple(values[k] for k in ("taken_at", "gps", "pixels", "original"))


def record_values(record: ActivityRecord) -> dict[str, object]:
    return record.data.as_dict() | {
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "revision": record.revision,
        "deleted": record.deleted,
    }


def apply_snapshot(
    session: Session, package: VerifiedPackage, campaign_id: int
) -> tuple[int, int, int]:
    """Make the unit's rows equal the package; returns (added, updated, deleted)."""
    unit_code = package.unit_code
    existing = {
        a.id: a
        for a in session.scalars(
            select(Activity)
            .where(Activity.unit_code == unit_code, Activity.campaign_id == campaign_id)
            .options(selectinload(Activity.evidence))
        )
    }
    added = updated = deleted = 0
    new_activities: list[dict[str, object]] = []
    new_evidence: list[dict[str, object]] = []
    refill: list[tuple[Activity, ActivityRecord]] = []
    for record in package.records:
        values = record_values(record)
        activity = existing.pop(record.id, None)
        if activity is None:  # inserted in bulk below
            new_activities.append(
                {"id": record.id, "unit_code": unit_code, "campaign_id": campaign_id, **values}
            )
            new_evidence += [
                {"activity_id": record.id, **evidence_values(e, position)}
                for position, e in enumerate(record.evidence, start=1)
            ]
            added += not record.deleted
            continue
        same_evidence = evidence_key(activity.evidence) == evidence_key(record.evidence)
        changed = not same_evidence or any(
            getattr(activity, name) != value for name, value in values.items()
        )
        if not changed:
            continue
        if record.deleted and not activity.deleted:
            deleted += 1
        elif not record.deleted and activity.deleted:
            added += 1
        elif not record.deleted:
            updated += 1
        for name, value in values.items():
            setattr(activity, name, value)
        if not same_evidence:
            activity.evidence.clear()
            refill.append((activity, record))  # its new rows once every old one is gone
    for activity in existing.values():  # gone from the snapshot: gone from the master
        deleted += not activity.deleted
        session.delete(activity)
    session.flush()  # updates and deletions first: an evidence id may move to a new record
    for activity, record in refill:
        activity.evidence.extend(evidence_rows(record))
    session.flush()
    # Plain rows in bulk (PostgreSQL: COPY): the ORM's bulk path costs more than the database.
    insert_rows(session, Base.metadata.tables[Activity.__tablename__], new_activities)
    insert_rows(session, Base.metadata.tables[Evidence.__tablename__], new_evidence)
    return added, updated, deleted
