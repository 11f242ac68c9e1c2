"""The master as a unit's off-site backup (`units export-data`, `restore-from-centre`).

At the centre, `export_unit_data` writes one unit's activities (ids, revisions, tombstones,
every campaign) and their evidence files as the master holds them into a signed container
of kind `unit-data`, signed by the centre's own key (docs/package-format.md, "Unit data").
It also carries the last package sequence the centre imported from the unit.

On the unit's new or reinstalled profile, `restore_from_centre` checks the container and
that it was signed by the key whose fingerprint the centre read out, then loads it: the
evidence files are checked and staged first, moved into the store, and the activities
are written in one transaction. An activity the unit changed since (a higher revision
on this PC) is kept; activities only on this PC are kept. The unit's next package
sequence is set above the centre's last imported one, so its next export is imported
and changes nothing at the centre but what the unit changed since.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from cds_desktop import __version__, keys
from cds_desktop.centre_key import check_centre_signer, trusted_centre_key
from cds_desktop.errors import CdsError
from cds_desktop.evidence_store import SHA256_HEX
from cds_desktop.files import fsync_directory, move_into_place, new_file_in_place
from cds_desktop.models import Activity, Campaign, Evidence, Setting, Unit
from cds_desktop.packages import strict_json
from cds_desktop.packages.background import BackgroundWriter
from cds_desktop.packages.container import (
    ContainerWriter,
    OpenContainer,
    container_bag_info,
    open_container,
)
from cds_desktop.packages.export import activity_record, format_version
from cds_desktop.packages.format import (
    BAG_INFO_TXT,
    BAGIT_TXT,
    BAGIT_TXT_CONTENT,
    EVIDENCE_DIR,
    FORMAT_NAME,
    MAX_EVIDENCE_FILE_BYTES,
    MAX_EVIDENCE_FILES,
    MAX_METADATA_BYTES,
    MAX_PAYLOAD_BYTES,
    MAX_RECORDS_BYTES,
    SUPPORTED_VERSIONS,
    UNIT_DATA_KIND,
    Cancelled,
    PackageRejected,
)
from cds_desktop.packages.merge import evidence_rows
from cds_desktop.packages.reader import ZipReader
from cds_desktop.packages.records import (
    ActivityRecord,
    _date,
    _object,
    _text,
    _time,
    _whole,
    check_photo_fields,
    parse_records,
    records_json,
    timestamp,
)
from cds_desktop.profile import Profile

log = logging.getLogger(__name__)

SUFFIX = ".cdsdata"
METADATA = "data/unit-data.json"
RECORDS_PREFIX = "data/records-"
"""One records file per campaign: `data/records-001.json`, …"""
SEQUENCE_SETTING = "package_sequence"  # the same setting as packages.export
METADATA_KEYS = frozenset(
    {
        "format",
        "kind",
        "format_version",
        "unit",
        "centre",
        "last_sequence",
        "created_at",
        "program_version",
        "campaigns",
    }
)
CAMPAIGN_KEYS = frozenset({"code", "name", "start_date", "end_date", "records"})
MAX_CAMPAIGNS = 100

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass(frozen=True)
class UnitDataResult:
    path: Path
    unit_code: str
    activities: int
    deleted: int
    evidence_files: int
    last_sequence: int | None
    centre_fingerprint: str


@dataclass(frozen=True)
class RestoredFromCentre:
    unit_code: str
    activities: int
    """Activities (tombstones included) loaded from the file."""
    kept_local: int
    """Activities this PC had changed since (a higher revision), kept as they were."""
    evidence_files: int
    next_sequence: int


def _records(session: Session, unit_code: str, campaign_id: int) -> list[ActivityRecord]:
    activities = session.scalars(
        select(Activity)
        .where(Activity.unit_code == unit_code, Activity.campaign_id == campaign_id)
        .options(selectinload(Activity.evidence))
        .order_by(Activity.id)
    ).all()
    return [activity_record(a, a.evidence) for a in activities]


def export_unit_data(
    profile: Profile,
    unit_code: str,
    out: Path,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> UnitDataResult:
    """Centre: write the unit's data as the master holds it, signed by the centre's key."""
    if not profile.is_centre:
        raise CdsError("a unit's data is exported by the IT Centre; this profile is a unit's")
    code = unit_code.strip().upper()
    private_key = keys.load_private_key(profile.paths.private_key)
    fingerprint = profile.fingerprint()
    with profile.database.session() as session:
        unit = session.get(Unit, code)
        if unit is None:
            raise CdsError(f"unit {code} is not in the unit list")
        unit_name, last_sequence = unit.name, unit.last_sequence
        campaigns = session.scalars(select(Campaign).order_by(Campaign.id)).all()
        per_campaign = [(c, _records(session, code, c.id)) for c in campaigns]
        per_campaign = [(c, r) for c, r in per_campaign if r]
        campaign_rows = [(c.code, c.name, c.start_date, c.end_date) for c, _ in per_campaign]
        record_lists = [r for _, r in per_campaign]
    evidence: dict[str, int] = {}
    for records in record_lists:
        for record in records:
            for e in record.evidence:
                if e.kind == "file" and e.sha256 is not None:
                    evidence.setdefault(e.sha256, e.size)
    for sha256 in evidence:
        if not profile.evidence.contains(sha256):
            raise CdsError(
                f"evidence file {sha256} is missing from the centre's evidence store; "
                "run `python -m cds_desktop check --evidence`",
                "unit_data_missing_evidence",
            )
    if len(evidence) > MAX_EVIDENCE_FILES or sum(evidence.values()) > MAX_PAYLOAD_BYTES:
        raise CdsError(
            f"unit {code} has more evidence than one file can hold ({MAX_EVIDENCE_FILES} "
            f"files, {MAX_PAYLOAD_BYTES // 1024**3} GiB)",
            "unit_data_too_large",
        )
    if out.is_dir():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        out = out / f"du-lieu-{code}-{stamp}{SUFFIX}"
    elif not out.parent.is_dir():
        raise CdsError(f"the folder {out.parent} does not exist")
    if out.exists():
        raise CdsError(f"{out} already exists; choose another name", "file_exists", name=out.name)

    now = dt.datetime.now(dt.UTC)
    version = format_version((r for records in record_lists for r in records), UNIT_DATA_KIND)
    records_files = [
        (f"{RECORDS_PREFIX}{i:03d}.json", strict_json.dumps(records_json(r)))
        for i, r in enumerate(record_lists, start=1)
    ]
    metadata = strict_json.dumps(
        {
            "format": FORMAT_NAME,
            "kind": UNIT_DATA_KIND,
            "format_version": version,
            "unit": {"code": code, "name": unit_name},
            "centre": {
                "code": profile.identity.unit_code,
                "name": profile.identity.unit_name,
                "fingerprint": fingerprint,
            },
            "last_sequence": last_sequence,
            "created_at": timestamp(now),
            "program_version": __version__,
            "campaigns": [
                {
                    "code": c_code,
                    "name": c_name,
                    "start_date": start.isoformat(),
                    "end_date": end.isoformat(),
                    "records": name,
                }
                for (c_code, c_name, start, end), (name, _) in zip(
                    campaign_rows, records_files, strict=True
                )
            ],
        }
    )
    sizes = [len(metadata), *(len(data) for _, data in records_files), *evidence.values()]
    total = sum(evidence.values())
    done = 0

    def counted(chunks: Iterator[bytes]) -> Iterator[bytes]:
        nonlocal done
        for chunk in chunks:
            if should_cancel is not None and should_cancel():
                raise Cancelled("cancelled; no file was written")
            done += len(chunk)
            if progress is not None:
                progress(done, total)
            yield chunk

    with new_file_in_place(out) as handle, BackgroundWriter(handle, sha256=False) as sink:
        base = f"{code}-unit-data"
        writer = ContainerWriter(sink.write, base, UNIT_DATA_KIND, version, now)
        writer.add_tag_file(BAGIT_TXT, BAGIT_TXT_CONTENT)
        writer.add_tag_file(
            BAG_INFO_TXT,
            container_bag_info(
                UNIT_DATA_KIND,
                version,
                now,
                sizes,
                [
                    ("Source-Organization", profile.identity.unit_name),
                    ("Bag-Software-Agent", f"CDS Desktop {__version__}"),
                ],
            ),
        )
        writer.add_payload(METADATA, metadata)
        for name, data in records_files:
            writer.add_payload(name, data)
        for sha256 in sorted(evidence):
            writer.add_payload_stream(
                EVIDENCE_DIR + sha256,
                counted(profile.evidence.chunks(sha256)),
                compress=False,
            )
        writer.finish(private_key)
        sink.finish()
    deleted = sum(r.deleted for records in record_lists for r in records)
    count = sum(len(records) for records in record_lists)
    log.info("exported the data of unit %s to %s", code, out)
    return UnitDataResult(
        out, code, count - deleted, deleted, len(evidence), last_sequence, fingerprint
    )


# --- the unit's side -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Campaign:
    code: str
    records: list[ActivityRecord]


@dataclass(frozen=True)
class _UnitData:
    unit_code: str
    last_sequence: int | None
    campaigns: list[_Campaign]
    evidence: dict[str, int]


def _parse(container: OpenContainer) -> _UnitData:
    where = "unit-data.json"
    if METADATA not in container.members:
        raise PackageRejected(f"{METADATA} is missing")
    doc = strict_json.loads(container.read_payload(METADATA, MAX_METADATA_BYTES), where)
    d = _object(doc, METADATA_KEYS, where)
    version = d["format_version"]
    if (d["format"], d["kind"]) != (FORMAT_NAME, UNIT_DATA_KIND) or version not in (
        SUPPORTED_VERSIONS[UNIT_DATA_KIND]
    ):
        raise PackageRejected(f"{where}: not the metadata of a unit's data")
    if version != container.signature.version:
        raise PackageRejected(f"{where}: format version differs from the signature's")
    unit = _object(d["unit"], frozenset({"code", "name"}), f"{where} unit")
    centre = _object(d["centre"], frozenset({"code", "name", "fingerprint"}), f"{where} centre")
    if centre["fingerprint"] != container.signature.fingerprint:
        raise PackageRejected(f"{where}: the centre's fingerprint is not the signer's")
    last = d["last_sequence"]
    last_sequence = None if last is None else _whole(last, f"{where} last_sequence")
    _time(d["created_at"], f"{where} created_at")
    items = d["campaigns"]
    if not isinstance(items, list) or len(items) > MAX_CAMPAIGNS:
        raise PackageRejected(f"{where}: campaigns is not a list of at most {MAX_CAMPAIGNS}")
    campaigns: list[_Campaign] = []
    used: set[str] = {METADATA}
    ids: set[str] = set()
    for i, item in enumerate(items, start=1):
        c = _object(item, CAMPAIGN_KEYS, f"{where} campaign {i}")
        code = _text(c["code"], f"{where} campaign {i} code", 32, False)
        _date(c["start_date"], f"{where} campaign {i} start_date")
        _date(c["end_date"], f"{where} campaign {i} end_date")
        name = c["records"]
        if name != f"{RECORDS_PREFIX}{i:03d}.json" or name not in container.members:
            raise PackageRejected(f"{where} campaign {i}: records file is missing or misnamed")
        used.add(name)
        records = parse_records(
            strict_json.loads(container.read_payload(name, MAX_RECORDS_BYTES), name)
        )
        check_photo_fields(version, records)
        for record in records:
            for item_id in (record.id, *(e.id for e in record.evidence)):
                if item_id in ids:
                    raise PackageRejected(f"{name}: id {item_id} is used twice")
                ids.add(item_id)
        campaigns.append(_Campaign(code, records))
    evidence: dict[str, int] = {}
    for path, member in container.members.items():
        if path in used:
            continue
        sha256 = path.removeprefix(EVIDENCE_DIR)
        if not path.startswith(EVIDENCE_DIR) or not SHA256_HEX.fullmatch(sha256):
            raise PackageRejected(f"{path[:80]}: not a file unit data holds")
        if container.manifest[path] != sha256:
            raise PackageRejected(f"{path}: the manifest gives it another SHA-256 than its name")
        if member.size > MAX_EVIDENCE_FILE_BYTES:
            raise PackageRejected(f"{path}: larger than the limit of {MAX_EVIDENCE_FILE_BYTES}")
        evidence[sha256] = member.size
    for campaign in campaigns:
        for record in campaign.records:
            for e in record.evidence:
                if e.kind == "file" and evidence.get(e.sha256 or "") != e.size:
                    raise PackageRejected(
                        f"activity {record.id}: evidence file {e.sha256} is not in the file"
                    )
    return _UnitData(str(unit["code"]), last_sequence, campaigns, evidence)


def restore_from_centre(
    profile: Profile,
    source: Path,
    centre_fingerprint: str,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> RestoredFromCentre:
    """Unit: load the data the centre exported for this unit (see the module's text)."""
    if profile.is_centre:
        raise CdsError("the centre's data is restored from the centre's own backups")
    expected = keys.normalise_fingerprint(centre_fingerprint)
    try:
        return _restore(profile, source, expected, progress, should_cancel)
    except PackageRejected as exc:
        if exc.code == "not_a_package":
            raise CdsError(
                f"{source.name} is not a unit's data file from the IT Centre ({exc}); "
                "nothing was changed",
                "unit_data_not_data",
            ) from None
        if exc.code == "unreadable":
            raise CdsError(str(exc), "file_unreadable", name=source.name) from None
        raise CdsError(
            f"{source.name} is damaged or was changed ({exc}); nothing was changed — ask "
            "the IT Centre for a new copy",
            "unit_data_damaged",
        ) from None


def _trust_centre(profile: Profile, source: Path, public_key: bytes, signer: str) -> None:
    """The fingerprint read out by phone confirmed the centre's key: the unit trusts it
    from now on (receipts, plans), as `centre_key` does; a unit that already trusts
    another centre key refuses the file."""
    try:
        check_centre_signer(profile, signer, public_key, signer)
    except PackageRejected as exc:
        trusted = trusted_centre_key(profile)
        raise CdsError(
            f"{source.name}: {exc}; nothing was changed",
            "centre_key_mismatch",
            signer=signer,
            expected=trusted.fingerprint if trusted is not None else signer,
        ) from None


def _restore(
    profile: Profile,
    source: Path,
    expected: str,
    progress: Progress | None,
    should_cancel: ShouldCancel | None,
) -> RestoredFromCentre:
    with ZipReader(source) as reader:
        container = open_container(reader, UNIT_DATA_KIND)
        signer = container.signature.fingerprint
        if signer != expected:
            raise CdsError(
                f"{source.name} is signed by the key {signer}, not by the centre's key "
                f"{expected} that you were given; nothing was changed — ask the IT Centre "
                "for the right file and read the fingerprint again",
                "centre_key_mismatch",
                signer=signer,
                expected=expected,
            )
        data = _parse(container)
        own = profile.identity.unit_code
        if data.unit_code != own:
            raise CdsError(
                f"{source.name} holds the data of unit {data.unit_code}, but this profile is "
                f"{own}'s; nothing was changed",
                "unit_data_other_unit",
                unit=data.unit_code,
            )
        _trust_centre(profile, source, container.signature.public_key, signer)
        staging = profile.paths.staging / f"unit-data-{uuid.uuid4().hex[:12]}"
        try:
            staged = _stage_evidence(
                profile, container, data.evidence, staging, progress, should_cancel
            )
            for sha256, path in staged.items():
                target = profile.evidence.path_for(sha256)
                if not target.is_file():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    move_into_place(path, target)
                    fsync_directory(target.parent)
            result = _apply(profile, data)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    log.info("loaded %d activities of %s from the centre's file %s", result.activities, own, source)
    return result


def _stage_evidence(
    profile: Profile,
    container: OpenContainer,
    evidence: dict[str, int],
    staging: Path,
    progress: Progress | None,
    should_cancel: ShouldCancel | None,
) -> dict[str, Path]:
    """Every evidence file the store lacks, checked against the signed manifest, in
    `staging`; none goes into the store before all are checked."""
    staging.mkdir(parents=True)
    wanted = sorted(
        (s for s in evidence if not profile.evidence.contains(s)),
        key=lambda s: container.members[EVIDENCE_DIR + s].header_offset,
    )
    total = sum(evidence[s] for s in wanted)
    done = 0
    staged: dict[str, Path] = {}
    for sha256 in wanted:
        path = staging / sha256
        digest = hashlib.sha256()
        with path.open("xb") as out:
            for chunk in container.payload_chunks(EVIDENCE_DIR + sha256):
                if should_cancel is not None and should_cancel():
                    raise Cancelled("cancelled; nothing was changed")
                digest.update(chunk)
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:  # payload_chunks checked it too
            raise PackageRejected(f"evidence {sha256} is damaged", code="damaged")
        staged[sha256] = path
    return staged


def _values(record: ActivityRecord) -> dict[str, object]:
    return record.data.as_dict() | {
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "revision": record.revision,
        "deleted": record.deleted,
    }


def _apply(profile: Profile, data: _UnitData) -> RestoredFromCentre:
    own = profile.identity.unit_code
    loaded = kept = 0
    try:
        with profile.database.session() as session:
            campaign_ids = {c.code: c.id for c in session.scalars(select(Campaign))}
            for campaign in data.campaigns:
                if campaign.code not in campaign_ids:
                    raise CdsError(
                        f"the file holds activities of campaign {campaign.code}, which this "
                        "program does not know; install the newest version first"
                    )
                campaign_id = campaign_ids[campaign.code]
                for record in campaign.records:
                    activity = session.get(Activity, record.id)
                    if activity is not None and activity.revision > record.revision:
                        kept += 1
                        continue
                    if activity is None:
                        activity = Activity(id=record.id, unit_code=own, campaign_id=campaign_id)
                        session.add(activity)
                    else:
                        activity.evidence.clear()
                        session.flush()
                    activity.campaign_id = campaign_id
                    for name, value in _values(record).items():
                        setattr(activity, name, value)
                    ids = [e.id for e in record.evidence]
                    if ids:  # an id this PC gave another activity's evidence (never expected)
                        session.execute(delete(Evidence).where(Evidence.id.in_(ids)))
                    activity.evidence.extend(evidence_rows(record))
                    loaded += 1
            setting = session.get(Setting, SEQUENCE_SETTING)
            current = int(setting.value) if setting is not None else 0
            sequence = max(current, data.last_sequence or 0)
            session.merge(Setting(key=SEQUENCE_SETTING, value=str(sequence)))
    except IntegrityError as exc:
        raise CdsError(
            f"the centre's data clashes with the data on this computer ({exc.orig}); "
            "nothing was changed"
        ) from exc
    return RestoredFromCentre(own, loaded, kept, len(data.evidence), sequence + 1)
