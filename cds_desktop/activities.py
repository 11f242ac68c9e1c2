"""Recording activities and their evidence: the service behind the CLI and the GUI.

Every change validates all fields first, stores evidence files (content-addressed, so a
refused change leaves at most an unreferenced copy, never a broken record), then writes
the record in one transaction with its revision raised by one. Deleting leaves a
tombstone so the deletion travels in the next package.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session, selectinload

from cds_desktop.errors import CdsError, NotFoundError
from cds_desktop.evidence_store import StoredFile, check_readable
from cds_desktop.models import Activity, Campaign, Evidence, utc_now
from cds_desktop.plans import plan_warnings
from cds_desktop.profile import Profile
from cds_desktop.validation import (
    FIELDS,
    ActivityData,
    campaign_years,
    nfc,
    period_warnings,
    validate_activity,
    validate_caption,
    validate_link,
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class FileInput:
    """A file the user attaches as evidence."""

    path: Path
    caption: str = ""


@dataclass(frozen=True)
class LinkInput:
    """A web address the user attaches as evidence."""

    url: str
    caption: str = ""


@dataclass(frozen=True)
class EvidenceView:
    id: str
    kind: str
    sha256: str | None
    filename: str
    media_type: str
    size: int
    url: str
    caption: str


@dataclass(frozen=True)
class ActivityView:
    """An activity as the CLI, GUI and reports see it (plain data, no session needed)."""

    id: str
    unit_code: str
    campaign_code: str
    data: ActivityData
    revision: int
    deleted: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    evidence: list[EvidenceView] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        d = self.data
        return {
            "id": self.id,
            "unit_code": self.unit_code,
            "campaign": self.campaign_code,
            "title": d.title,
            "form": d.form,
            "channels": d.channels,
            "start_date": d.start_date.isoformat(),
            "end_date": d.end_date.isoformat(),
            "location": d.location,
            "organiser": d.organiser,
            "participants": d.participants,
            "reach": d.reach,
            "urls": d.urls,
            "description": d.description,
            "topics": d.topics,
            "partners": d.partners,
            "revision": self.revision,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "evidence": [
                {
                    "id": e.id,
                    "sha256": e.sha256,
                    "filename": e.filename,
                    "size": e.size,
                    "caption": e.caption,
                }
                if e.kind == "file"
                else {"id": e.id, "url": e.url, "caption": e.caption}
                for e in self.evidence
            ],
        }


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


@dataclass(frozen=True)
class SaveResult:
    activity_id: str
    revision: int
    warnings: list[str]
    changed: bool = True
    """False for an edit that changed nothing (no new revision, nothing for the centre)."""


ActivityKey = tuple[str, str, dt.date, dt.date, str, str]
"""What makes two records the same activity of a unit, even after one of them was edited:
title, form, dates, place and organiser (case and spacing ignored)."""


def _same(text: str) -> str:
    return " ".join(nfc(text).split()).casefold()


def _key_of(
    title: str, form: str, start: dt.date, end: dt.date, location: str, organiser: str
) -> ActivityKey:
    return (_same(title), form, start, end, _same(location), _same(organiser))


def activity_key(data: ActivityData) -> ActivityKey:
    d = data
    return _key_of(d.title, d.form, d.start_date, d.end_date, d.location, d.organiser)


def activity_data(activity: Activity) -> ActivityData:
    return ActivityData(**{name: getattr(activity, name) for name in FIELDS})


def to_view(activity: Activity, campaign_code: str) -> ActivityView:
    return ActivityView(
        id=activity.id,
        unit_code=activity.unit_code,
        campaign_code=campaign_code,
        data=activity_data(activity),
        revision=activity.revision,
        deleted=activity.deleted,
        created_at=activity.created_at,
        updated_at=activity.updated_at,
        evidence=[
            EvidenceView(e.id, e.kind, e.sha256, e.filename, e.media_type, e.size, e.url, e.caption)
            for e in activity.evidence
        ],
    )


def media_type_for(filename: str) -> str:
    guessed, _ = mimetypes.guess_type(filename, strict=False)
    return guessed or "application/octet-stream"


class ActivityService:
    """Add, edit, delete and list the activities of the profile's own unit."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile

    def add(
        self,
        raw: Mapping[str, object],
        files: Sequence[FileInput] = (),
        links: Sequence[LinkInput] = (),
        progress: Progress | None = None,
    ) -> SaveResult:
        data = validate_activity(raw, self.campaign_years())
        clean_links = [(validate_link(link.url), validate_caption(link.caption)) for link in links]
        stored = self._store_files(files, progress)
        now = utc_now()
        with self.profile.database.session() as session:
            campaign = self.profile.active_campaign(session)
            activity = Activity(
                id=str(uuid.uuid4()),
                unit_code=self.profile.identity.unit_code,
                campaign_id=campaign.id,
                created_at=now,
                updated_at=now,
                revision=1,
                deleted=False,
                evidence=[],
                **data.as_dict(),
            )
            session.add(activity)
            _append_evidence(activity, stored, clean_links)
            return SaveResult(activity.id, 1, _warnings(data, campaign))

    def add_many(self, raws: Sequence[Mapping[str, object]]) -> list[SaveResult]:
        """Add several activities (bulk entry): all are validated first, then all are
        written in one transaction, so a bad one leaves nothing saved."""
        years = self.campaign_years()
        checked = [validate_activity(raw, years) for raw in raws]
        now = utc_now()
        results: list[SaveResult] = []
        with self.profile.database.session() as session:
            campaign = self.profile.active_campaign(session)
            for data in checked:
                activity = Activity(
                    id=str(uuid.uuid4()),
                    unit_code=self.profile.identity.unit_code,
                    campaign_id=campaign.id,
                    created_at=now,
                    updated_at=now,
                    revision=1,
                    deleted=False,
                    **data.as_dict(),
                )
                session.add(activity)
                results.append(SaveResult(activity.id, 1, _warnings(data, campaign)))
        return results

    def campaign_years(self) -> range:
        """The years the active campaign's activities may fall in (`validation.campaign_years`)."""
        with self.profile.database.session() as session:
            return campaign_years(self.profile.active_campaign(session).start_date)

    def known_activities(self) -> dict[ActivityKey, tuple[str, bool]]:
        """{`activity_key`: (id, deleted)} of the own unit's activities in the active
        campaign, tombstones included: what a bulk import must not add a second time."""
        with self.profile.database.session() as session:
            campaign = self.profile.active_campaign(session)
            rows = session.execute(
                select(
                    Activity.id,
                    Activity.deleted,
                    Activity.title,
                    Activity.form,
                    Activity.start_date,
                    Activity.end_date,
                    Activity.location,
                    Activity.organiser,
                )
                .where(
                    Activity.campaign_id == campaign.id,
                    Activity.unit_code == self.profile.identity.unit_code,
                )
                .order_by(Activity.deleted, Activity.created_at)
            ).all()
        known: dict[ActivityKey, tuple[str, bool]] = {}
        for row in rows:
            key = _key_of(*row[2:])
            known.setdefault(key, (row.id, row.deleted))
        return known

    def edit(
        self,
        activity_id: str,
        changes: Mapping[str, object],
        files: Sequence[FileInput] = (),
        links: Sequence[LinkInput] = (),
        remove_evidence: Iterable[str] = (),
        progress: Progress | None = None,
    ) -> SaveResult:
        """Change the given fields (others keep their values) and the evidence list."""
        with self.profile.database.session() as session:
            own = self._own_activity(session, activity_id)
            current = activity_data(own)
            years = campaign_years(session.get_one(Campaign, own.campaign_id).start_date)
        merged = current.as_dict() | dict(changes)
        data = validate_activity(merged, years)
        clean_links = [(validate_link(link.url), validate_caption(link.caption)) for link in links]
        stored = self._store_files(files, progress)
        with self.profile.database.session() as session:
            activity = self._own_activity(session, activity_id)
            removed = {find_evidence(activity.evidence, ref).id for ref in remove_evidence}
            campaign = session.get_one(Campaign, activity.campaign_id)
            if not (removed or stored or clean_links) and data == activity_data(activity):
                return SaveResult(
                    activity.id, activity.revision, _warnings(data, campaign), changed=False
                )
            for evidence in [e for e in activity.evidence if e.id in removed]:
                activity.evidence.remove(evidence)
            session.flush()
            for name, value in data.as_dict().items():
                setattr(activity, name, value)
            _append_evidence(activity, stored, clean_links)
            activity.revision += 1
            activity.updated_at = utc_now()
            return SaveResult(activity.id, activity.revision, _warnings(data, campaign))

    def set_caption(self, activity_id: str, evidence_id: str, caption: str) -> SaveResult:
        text = validate_caption(caption)
        with self.profile.database.session() as session:
            activity = self._own_activity(session, activity_id)
            evidence = next((e for e in activity.evidence if e.id == evidence_id), None)
            if evidence is None:
                raise NotFoundError(f"evidence {evidence_id} is not part of this activity")
            if evidence.caption == text:  # nothing changed: no revision for the centre
                return SaveResult(activity.id, activity.revision, [], changed=False)
            evidence.caption = text
            activity.revision += 1
            activity.updated_at = utc_now()
            return SaveResult(activity.id, activity.revision, [])

    def delete(self, activity_id: str) -> SaveResult:
        """Mark as deleted (a tombstone that travels in the next package)."""
        with self.profile.database.session() as session:
            activity = self._own_activity(session, activity_id)
            activity.deleted = True
            activity.revision += 1
            activity.updated_at = utc_now()
            return SaveResult(activity.id, activity.revision, [])

    def get(self, activity_id: str) -> ActivityView:
        with self.profile.database.session() as session:
            activity = self._find(session, activity_id)
            campaign = session.get_one(Campaign, activity.campaign_id)
            return to_view(activity, campaign.code)

    def list_activities(
        self, unit_code: str | None = None, include_deleted: bool = False
    ) -> list[ActivityView]:
        """Activities of the active campaign, by date; on the centre, the merged master."""
        with self.profile.database.session() as session:
            campaign = self.profile.active_campaign(session)
            query = (
                select(Activity)
                .where(Activity.campaign_id == campaign.id)
                .options(selectinload(Activity.evidence))
                .order_by(Activity.start_date, Activity.unit_code, Activity.title, Activity.id)
            )
            if unit_code is not None:
                query = query.where(Activity.unit_code == unit_code.strip().upper())
            if not include_deleted:
                query = query.where(Activity.deleted.is_(False))
            return [to_view(a, campaign.code) for a in session.scalars(query)]

    def list_rows(self, limit: int | None = None) -> list[ActivityRow]:
        """The active campaign's live activities as plain rows with evidence counts.

        One query without ORM objects, newest first, so a table of 100,000 activities
        loads in a fraction of a second; `limit` gives the first screenful sooner.
        """
        counts = (
            select(Evidence.activity_id, func.count().label("n"))
            .group_by(Evidence.activity_id)
            .subquery()
        )
        with self.profile.database.session() as session:
            campaign = self.profile.active_campaign(session)
            query = (
                select(
                    Activity.id,
                    Activity.title,
                    Activity.form,
                    Activity.start_date,
                    Activity.end_date,
                    Activity.location,
                    Activity.organiser,
                    Activity.participants,
                    Activity.reach,
                    func.coalesce(counts.c.n, 0),
                    Activity.updated_at,
                    Activity.unit_code,
                )
                .outerjoin(counts, counts.c.activity_id == Activity.id)
                .where(Activity.campaign_id == campaign.id, Activity.deleted.is_(False))
                .order_by(Activity.start_date.desc(), Activity.title, Activity.id)
                .limit(limit)
            )
            return [ActivityRow(*row) for row in session.execute(query)]

    def _find(self, session: Session, activity_id: str) -> Activity:
        wanted = activity_id.strip().lower()
        activity = session.get(Activity, wanted)
        if activity is None and MIN_ID_PREFIX <= len(wanted) < FULL_ID_LENGTH:
            found = session.scalars(
                select(Activity).where(Activity.id.startswith(wanted, autoescape=True)).limit(2)
            ).all()
            if len(found) > 1:
                raise CdsError(
                    f"more than one activity has an id starting with {activity_id}; "
                    "type more of it (as `activity list` prints it)",
                    "ambiguous_id",
                    id=activity_id,
                )
            activity = found[0] if found else None
        if activity is None:
            raise NotFoundError(f"no activity with id {activity_id}")
        return activity

    def _own_activity(self, session: Session, activity_id: str) -> Activity:
        activity = self._find(session, activity_id)
        if activity.deleted:
            raise NotFoundError(f"activity {activity_id} was deleted")
        own = self.profile.identity.unit_code
        if activity.unit_code != own:
            raise CdsError(
                f"activity {activity_id} belongs to unit {activity.unit_code}; it comes from "
                "that unit's packages and can only be changed there"
            )
        return activity

    def _store_files(
        self, files: Sequence[FileInput], progress: Progress | None
    ) -> list[tuple[StoredFile, str, str]]:
        """Check every file first, then copy them into the evidence store."""
        checked = [(f, check_readable(f.path), validate_caption(f.caption)) for f in files]
        total = sum(size for _, size, _ in checked)
        done = 0
        stored: list[tuple[StoredFile, str, str]] = []
        for item, size, caption in checked:
            stored.append((self.profile.evidence.add_file(item.path), nfc(item.path.name), caption))
            done += size
            if progress is not None:
                progress(done, total)
        return stored


MIN_ID_PREFIX = 8
"""The shortest start of an id accepted for the whole id (as git accepts short hashes)."""
FULL_ID_LENGTH = 36


def find_evidence(items: Iterable[Evidence], reference: str) -> Evidence:
    """The evidence item a user names: by its id (or 8+ first characters), its file name,
    its SHA-256 (or 8+ first characters) or its web address; refused if none or several."""
    wanted = nfc(reference).strip()
    folded = wanted.casefold()
    items = list(items)
    exact = [e for e in items if e.id == folded or e.filename == wanted or e.url == wanted]
    if not exact and len(wanted) >= MIN_ID_PREFIX:
        exact = [
            e
            for e in items
            if e.id.startswith(folded)
            or (e.sha256 or "").startswith(folded)
            or (e.filename and e.filename.casefold() == folded)
        ]
    if len(exact) == 1:
        return exact[0]
    listed = "; ".join(
        f"{e.filename or e.url} (id {e.id[:MIN_ID_PREFIX]}, sha256 {(e.sha256 or '-')[:12]})"
        for e in items
    )
    if not exact:
        raise NotFoundError(
            f"evidence {reference!r} is not part of this activity; "
            + (f"it has: {listed}" if items else "it has no evidence"),
            "evidence_not_in_activity",
            name=reference,
        )
    raise CdsError(
        f"evidence {reference!r} names {len(exact)} items of this activity; give its id "
        f"instead ({listed})",
        "evidence_ambiguous",
        name=reference,
    )


def _append_evidence(
    activity: Activity,
    files: list[tuple[StoredFile, str, str]],
    links: list[tuple[str, str]],
) -> None:
    position = max((e.position for e in activity.evidence), default=0)
    for stored, filename, caption in files:
        position += 1
        activity.evidence.append(
            Evidence(
                id=str(uuid.uuid4()),
                position=position,
                kind="file",
                sha256=stored.sha256,
                filename=filename,
                media_type=media_type_for(filename),
                size=stored.size,
                caption=caption,
            )
        )
    for url, caption in links:
        position += 1
        activity.evidence.append(
            Evidence(id=str(uuid.uuid4()), position=position, kind="link", url=url, caption=caption)
        )


def _warnings(data: ActivityData, campaign: Campaign) -> list[str]:
    warnings = period_warnings(data, campaign.start_date, campaign.end_date)
    session = object_session(campaign)
    return warnings + (plan_warnings(data, campaign, session) if session is not None else [])
