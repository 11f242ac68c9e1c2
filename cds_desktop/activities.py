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
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session, selectinload

from cds_desktop.errors import CdsError, NotFoundError
from cds_desktop.evidence_store import StoredFile, check_readable
from cds_desktop.models import Activity, Campaign, Evidence, utc_now
from cds_desktop.photos import (
    PhotoError,
    PhotoInfo,
    ReducedPhoto,
    Reduction,
    is_image,
    load_photo_settings,
    period_flag,
    period_flag_text,
    read_photo_info,
    reduce_photo,
    reduced_name,
)
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
from cds_desktop.views import ActivityRow

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
    taken_at: dt.datetime | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    width: int | None = None
    height: int | None = None
    original_sha256: str | None = None
    original_size: int | None = None
    original_width: int | None = None
    original_height: int | None = None
    period_flag: str = ""
    """`photos.period_flag` of the photo's time against its activity ("" if it fits)."""

    @property
    def reduced(self) -> bool:
        return self.original_sha256 is not None


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
                | _photo_json(e)
                if e.kind == "file"
                else {"id": e.id, "url": e.url, "caption": e.caption}
                for e in self.evidence
            ],
        }


def _photo_json(e: EvidenceView) -> dict[str, object]:
    """What a photo says about itself, for `activity list --json` (only what is known)."""
    values: dict[str, object] = {}
    if e.taken_at is not None:
        values["taken_at"] = e.taken_at.isoformat()
    if e.gps_lat is not None and e.gps_lon is not None:
        values["gps"] = {"lat": e.gps_lat, "lon": e.gps_lon}
    if e.width is not None and e.height is not None:
        values["pixels"] = {"width": e.width, "height": e.height}
    if e.original_sha256 is not None:
        values["original"] = {
            "sha256": e.original_sha256,
            "size": e.original_size,
            "width": e.original_width,
            "height": e.original_height,
        }
    if e.period_flag:
        values["period_flag"] = e.period_flag
    return values


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


def evidence_view(e: Evidence, flag: str = "") -> EvidenceView:
    return EvidenceView(
        e.id,
        e.kind,
        e.sha256,
        e.filename,
        e.media_type,
        e.size,
        e.url,
        e.caption,
        taken_at=e.taken_at,
        gps_lat=e.gps_lat,
        gps_lon=e.gps_lon,
        width=e.width,
        height=e.height,
        original_sha256=e.original_sha256,
        original_size=e.original_size,
        original_width=e.original_width,
        original_height=e.original_height,
        period_flag=flag,
    )


def to_view(
    activity: Activity, campaign_code: str, campaign: Campaign | None = None, days_before: int = 30
) -> ActivityView:
    """With `campaign`, each photo's time is checked against it (`photos.period_flag`)."""

    def flag(e: Evidence) -> str:
        if campaign is None:
            return ""
        return period_flag(
            e.taken_at, campaign.start_date, campaign.end_date, activity.start_date, days_before
        )

    return ActivityView(
        id=activity.id,
        unit_code=activity.unit_code,
        campaign_code=campaign_code,
        data=activity_data(activity),
        revision=activity.revision,
        deleted=activity.deleted,
        created_at=activity.created_at,
        updated_at=activity.updated_at,
        evidence=[evidence_view(e, flag(e)) for e in activity.evidence],
    )


HEIF_MEDIA_TYPES = {".heic": "image/heic", ".heif": "image/heif"}
"""Not known to Python's mimetypes on every system (Windows reads its registry)."""


def media_type_for(filename: str) -> str:
    heif = HEIF_MEDIA_TYPES.get(Path(filename).suffix.lower())
    if heif is not None:
        return heif
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
        reduction: Reduction | Literal["setting"] | None = "setting",
    ) -> SaveResult:
        """`reduction`: how photos are reduced before they are stored (None: kept as they
        are; by default the profile's setting, `photos.load_photo_settings`)."""
        data = validate_activity(raw, self.campaign_years())
        clean_links = [(validate_link(link.url), validate_caption(link.caption)) for link in links]
        stored = self._store_files(files, progress, reduction)
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
            warnings = _warnings(data, campaign) + self._photo_warnings(activity, campaign, stored)
            return SaveResult(activity.id, 1, warnings)

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
        reduction: Reduction | Literal["setting"] | None = "setting",
    ) -> SaveResult:
        """Change the given fields (others keep their values) and the evidence list."""
        with self.profile.database.session() as session:
            own = self._own_activity(session, activity_id)
            current = activity_data(own)
            years = campaign_years(session.get_one(Campaign, own.campaign_id).start_date)
        merged = current.as_dict() | dict(changes)
        data = validate_activity(merged, years)
        clean_links = [(validate_link(link.url), validate_caption(link.caption)) for link in links]
        stored = self._store_files(files, progress, reduction)
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
            warnings = _warnings(data, campaign) + self._photo_warnings(activity, campaign, stored)
            return SaveResult(activity.id, activity.revision, warnings)

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
            return to_view(activity, campaign.code, campaign, self.days_before())

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
            days = self.days_before()
            return [to_view(a, campaign.code, campaign, days) for a in session.scalars(query)]

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

    def days_before(self) -> int:
        """How many days before its activity a photo may be taken (a setting)."""
        return load_photo_settings(self.profile).days_before

    def _photo_warnings(
        self, activity: Activity, campaign: Campaign, stored: Sequence[_StoredEvidence]
    ) -> list[str]:
        days = self.days_before()
        warnings = []
        for item in stored:
            when = item.info.taken_at if item.info is not None else None
            flag = period_flag(
                when, campaign.start_date, campaign.end_date, activity.start_date, days
            )
            if flag:
                warnings.append(period_flag_text(flag, when, item.filename))
        return warnings

    def _store_files(
        self,
        files: Sequence[FileInput],
        progress: Progress | None,
        reduction: Reduction | Literal["setting"] | None = "setting",
    ) -> list[_StoredEvidence]:
        """Check every file first, then copy them into the evidence store: photos with
        their EXIF time, place and size, reduced first if asked (the original's hash, size
        and pixel size kept in the record)."""
        if reduction == "setting":
            reduction = load_photo_settings(self.profile).reduction
        checked = [(f, check_readable(f.path), validate_caption(f.caption)) for f in files]
        total = sum(size for _, size, _ in checked)
        done = 0
        stored: list[_StoredEvidence] = []
        for item, size, caption in checked:
            stored.append(self._store_one(item.path, caption, reduction))
            done += size
            if progress is not None:
                progress(done, total)
        return stored

    def _store_one(self, path: Path, caption: str, reduction: Reduction | None) -> _StoredEvidence:
        name = nfc(path.name)
        info: PhotoInfo | None = None
        if is_image(name):
            try:
                info = read_photo_info(path, name)
            except PhotoError:
                info = None  # kept as a plain file, as any other the program cannot show
        reduced = None
        if info is not None and reduction is not None:
            try:
                reduced = reduce_photo(path, reduction, self.profile.evidence.staging, name)
            except PhotoError:
                reduced = None  # header readable, pixels damaged: kept as it is, not lost
        if reduced is None:
            return _StoredEvidence(self.profile.evidence.add_file(path), name, caption, info)
        try:
            stored_file = self.profile.evidence.add_file(reduced.path)
            small = read_photo_info(reduced.path, name)
        finally:
            reduced.path.unlink(missing_ok=True)
        assert info is not None
        return _StoredEvidence(
            stored_file,
            reduced_name(name),
            caption,
            PhotoInfo(small.width, small.height, info.taken_at, info.gps_lat, info.gps_lon),
            reduced,
        )


@dataclass(frozen=True)
class _StoredEvidence:
    """A file copied into the store, with what the record says about it."""

    stored: StoredFile
    filename: str
    caption: str
    info: PhotoInfo | None = None
    original: ReducedPhoto | None = None


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
    files: list[_StoredEvidence],
    links: list[tuple[str, str]],
) -> None:
    position = max((e.position for e in activity.evidence), default=0)
    for item in files:
        position += 1
        info, original = item.info, item.original
        activity.evidence.append(
            Evidence(
                id=str(uuid.uuid4()),
                position=position,
                kind="file",
                sha256=item.stored.sha256,
                filename=item.filename,
                media_type=media_type_for(item.filename),
                size=item.stored.size,
                caption=item.caption,
                taken_at=info.taken_at if info else None,
                gps_lat=info.gps_lat if info else None,
                gps_lon=info.gps_lon if info else None,
                width=info.width if info else None,
                height=info.height if info else None,
                original_sha256=original.original_sha256 if original else None,
                original_size=original.original_size if original else None,
                original_width=original.original_width if original else None,
                original_height=original.original_height if original else None,
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
