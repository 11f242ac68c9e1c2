"""The package's metadata (`data/package.json`) and records (`data/records.json`).

Both are written from the unit's database and read back with every field checked: exact
key sets (a field this version does not know is refused, see the versioning rule in
docs/package-format.md), exact types, and the same activity rules as the unit's own
input (`validation.validate_activity`), so the centre stores only what a unit could have
typed.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cds_desktop import keys
from cds_desktop.errors import CdsError, ValidationError
from cds_desktop.evidence_store import SHA256_HEX
from cds_desktop.packages import strict_json
from cds_desktop.packages.format import (
    FORMAT_NAME,
    MAX_ACTIVITIES,
    MAX_EVIDENCE_FILE_BYTES,
    MAX_EVIDENCE_PER_ACTIVITY,
    MAX_RECORDS_MEMORY,
    PACKAGE_KIND,
    PackageRejected,
)
from cds_desktop.validation import (
    FIELDS,
    MULTILINE_FIELDS,
    ActivityData,
    strip_control_characters,
    validate_activity,
    validate_caption,
    validate_link,
    validate_unit,
)

if TYPE_CHECKING:
    from cds_desktop.models import Evidence

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f]")
METADATA_KEYS = frozenset(
    {
        "format",
        "kind",
        "format_version",
        "package_id",
        "unit",
        "signer_fingerprint",
        "sequence",
        "created_at",
        "campaign",
        "program",
        "counts",
    }
)
UNIT_KEYS = frozenset({"code", "name"})
CAMPAIGN_KEYS = frozenset({"code", "name", "start_date", "end_date"})
PROGRAM_KEYS = frozenset({"name", "version"})
COUNT_KEYS = frozenset({"activities", "deleted", "evidence_files", "evidence_bytes"})
ACTIVITY_KEYS = frozenset(
    {*FIELDS, "id", "created_at", "updated_at", "revision", "deleted", "evidence"}
)
FILE_EVIDENCE_KEYS = frozenset(
    {"id", "kind", "sha256", "filename", "media_type", "size", "caption"}
)
LINK_EVIDENCE_KEYS = frozenset({"id", "kind", "url", "caption"})
PHOTO_KEYS = frozenset({"taken_at", "gps", "pixels", "original"})
"""Optional fields of a file item (format version 2): what a photo says about itself."""
PHOTO_FIELDS_VERSION = 2
"""The first package version whose file items may carry `PHOTO_KEYS`."""
GPS_KEYS = frozenset({"lat", "lon"})
PIXEL_KEYS = frozenset({"width", "height"})
ORIGINAL_KEYS = frozenset({"sha256", "size", "width", "height"})
NAIVE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")
MAX_PIXEL_SIDE = 1_000_000
MAX_ORIGINAL_BYTES = 2**40
GPS_DECIMALS = 6
MAX_FILENAME = 255
MAX_MEDIA_TYPE = 127


@dataclass(frozen=True)
class PackageMetadata:
    version: int
    package_id: str
    unit_code: str
    unit_name: str
    signer_fingerprint: str
    sequence: int
    created_at: dt.datetime
    campaign_code: str
    campaign_name: str
    campaign_start: dt.date
    campaign_end: dt.date
    program_name: str
    program_version: str
    activities: int
    deleted: int
    evidence_files: int
    evidence_bytes: int

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT_NAME,
            "kind": PACKAGE_KIND,
            "format_version": self.version,
            "package_id": self.package_id,
            "unit": {"code": self.unit_code, "name": self.unit_name},
            "signer_fingerprint": self.signer_fingerprint,
            "sequence": self.sequence,
            "created_at": timestamp(self.created_at),
            "campaign": {
                "code": self.campaign_code,
                "name": self.campaign_name,
                "start_date": self.campaign_start.isoformat(),
                "end_date": self.campaign_end.isoformat(),
            },
            "program": {"name": self.program_name, "version": self.program_version},
            "counts": {
                "activities": self.activities,
                "deleted": self.deleted,
                "evidence_files": self.evidence_files,
                "evidence_bytes": self.evidence_bytes,
            },
        }


@dataclass(frozen=True)
class EvidenceRecord:
    id: str
    kind: str
    caption: str
    sha256: str | None = None
    filename: str = ""
    media_type: str = ""
    size: int = 0
    url: str = ""
    taken_at: dt.datetime | None = None
    """EXIF time, camera-local (naive)."""
    gps: tuple[float, float] | None = None
    """(latitude, longitude) in decimal degrees."""
    pixels: tuple[int, int] | None = None
    """(width, height) as shown."""
    original: tuple[str, int, int, int] | None = None
    """A reduced photo's original: (sha256, size, width, height)."""

    @property
    def has_photo_fields(self) -> bool:
        return any(v is not None for v in (self.taken_at, self.gps, self.pixels, self.original))

    def to_json(self) -> dict[str, object]:
        if self.kind == "file":
            item: dict[str, object] = {
                "id": self.id,
                "kind": "file",
                "sha256": self.sha256,
                "filename": self.filename,
                "media_type": self.media_type,
                "size": self.size,
                "caption": self.caption,
            }
            return item | photo_json(self)
        return {"id": self.id, "kind": "link", "url": self.url, "caption": self.caption}


@dataclass(frozen=True)
class ActivityRecord:
    id: str
    data: ActivityData
    created_at: dt.datetime
    updated_at: dt.datetime
    revision: int
    deleted: bool
    evidence: list[EvidenceRecord] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        values = self.data.as_dict()
        values["start_date"] = self.data.start_date.isoformat()
        values["end_date"] = self.data.end_date.isoformat()
        return values | {
            "id": self.id,
            "created_at": timestamp(self.created_at),
            "updated_at": timestamp(self.updated_at),
            "revision": self.revision,
            "deleted": self.deleted,
            "evidence": [e.to_json() for e in self.evidence],
        }


def photo_json(e: EvidenceRecord) -> dict[str, object]:
    """The photo fields a file item carries (none for a file that is not a photo).

    JSON has no fractions here (strict_json refuses floats), so degrees travel as integers
    of millionths."""
    values: dict[str, object] = {}
    if e.taken_at is not None:
        values["taken_at"] = e.taken_at.replace(microsecond=0).isoformat()
    if e.gps is not None:
        lat, lon = e.gps
        values["gps"] = {"lat": round(lat * 10**GPS_DECIMALS), "lon": round(lon * 10**GPS_DECIMALS)}
    if e.pixels is not None:
        values["pixels"] = {"width": e.pixels[0], "height": e.pixels[1]}
    if e.original is not None:
        sha256, size, width, height = e.original
        values["original"] = {"sha256": sha256, "size": size, "width": width, "height": height}
    return values


def photo_fields(e: Evidence) -> dict[str, Any]:
    """An `Evidence` row's photo columns as `EvidenceRecord` keyword arguments."""
    gps = (e.gps_lat, e.gps_lon) if e.gps_lat is not None and e.gps_lon is not None else None
    pixels = (e.width, e.height) if e.width is not None and e.height is not None else None
    original = None
    if (
        e.original_sha256 is not None
        and e.original_size is not None
        and e.original_width is not None
        and e.original_height is not None
    ):
        original = (e.original_sha256, e.original_size, e.original_width, e.original_height)
    return {"taken_at": e.taken_at, "gps": gps, "pixels": pixels, "original": original}


def photo_columns(e: EvidenceRecord) -> dict[str, object]:
    """An `EvidenceRecord`'s photo fields as `Evidence` columns (the importer's rows)."""
    gps, pixels, original = e.gps, e.pixels, e.original
    return {
        "taken_at": e.taken_at,
        "gps_lat": gps[0] if gps else None,
        "gps_lon": gps[1] if gps else None,
        "width": pixels[0] if pixels else None,
        "height": pixels[1] if pixels else None,
        "original_sha256": original[0] if original else None,
        "original_size": original[1] if original else None,
        "original_width": original[2] if original else None,
        "original_height": original[3] if original else None,
    }


def timestamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def records_json(records: list[ActivityRecord]) -> dict[str, object]:
    return {"activities": [r.to_json() for r in records]}


# Reading: every helper raises PackageRejected with the path of the bad value.


def _object(value: object, keys_: frozenset[str], where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PackageRejected(f"{where}: not an object")
    if set(value) != keys_:
        unknown = sorted(set(value) - keys_)
        missing = sorted(keys_ - set(value))
        detail = f"unknown field {unknown[0][:40]!r}" if unknown else f"missing {missing[0]!r}"
        raise PackageRejected(f"{where}: {detail}")
    return value


def _text(value: object, where: str, limit: int, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise PackageRejected(f"{where}: not text")
    if len(value) > limit or (not allow_empty and not value):
        raise PackageRejected(f"{where}: empty or longer than {limit} characters")
    if CONTROL_CHARACTER.search(value):
        raise PackageRejected(f"{where}: control characters")
    return value


def _whole(value: object, where: str, minimum: int = 0) -> int:
    if type(value) is not int or value < minimum:
        raise PackageRejected(f"{where}: not a whole number ≥ {minimum}")
    return value


def _date(value: object, where: str) -> dt.date:
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        raise PackageRejected(f"{where}: not a date YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PackageRejected(f"{where}: not a date YYYY-MM-DD") from None


def _time(value: object, where: str) -> dt.datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise PackageRejected(f"{where}: not a time")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise PackageRejected(f"{where}: not a time") from None
    if moment.tzinfo is None:
        raise PackageRejected(f"{where}: time without time zone")
    return moment.astimezone(dt.UTC)


def _uuid(value: object, where: str) -> str:
    if not isinstance(value, str) or len(value) != 36:
        raise PackageRejected(f"{where}: not an id")
    try:
        canonical = str(uuid.UUID(value))
    except ValueError:
        raise PackageRejected(f"{where}: not an id") from None
    if canonical != value:
        raise PackageRejected(f"{where}: not an id in canonical form")
    return value


def _caption(value: object, where: str) -> str:
    return strip_control_characters(_text(value, f"{where} caption", 1000), allow_newlines=True)


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PackageRejected(f"{where}: not a list of text")
    return value


def parse_metadata(doc: object) -> PackageMetadata:
    where = "package.json"
    d = _object(doc, METADATA_KEYS, where)
    if d["format"] != FORMAT_NAME or d["kind"] != PACKAGE_KIND:
        raise PackageRejected(f"{where}: not the metadata of a CĐS Desktop package")
    unit = _object(d["unit"], UNIT_KEYS, f"{where} unit")
    campaign = _object(d["campaign"], CAMPAIGN_KEYS, f"{where} campaign")
    program = _object(d["program"], PROGRAM_KEYS, f"{where} program")
    counts = _object(d["counts"], COUNT_KEYS, f"{where} counts")
    try:
        code, name = validate_unit(
            _text(unit["code"], f"{where} unit code", 32),
            _text(unit["name"], f"{where} unit name", 300),
        )
    except ValidationError as exc:
        raise PackageRejected(f"{where}: {exc}") from None
    if (code, name) != (unit["code"], unit["name"]):
        raise PackageRejected(f"{where}: unit code or name is not in canonical form")
    fingerprint = _text(d["signer_fingerprint"], f"{where} signer_fingerprint", 24)
    try:
        canonical_fingerprint = keys.normalise_fingerprint(fingerprint)
    except CdsError:
        raise PackageRejected(f"{where}: signer_fingerprint is not a fingerprint") from None
    if canonical_fingerprint != fingerprint:
        raise PackageRejected(f"{where}: signer_fingerprint is not in canonical form")
    start = _date(campaign["start_date"], f"{where} campaign start_date")
    end = _date(campaign["end_date"], f"{where} campaign end_date")
    return PackageMetadata(
        version=_whole(d["format_version"], f"{where} format_version", 1),
        package_id=_uuid(d["package_id"], f"{where} package_id"),
        unit_code=code,
        unit_name=name,
        signer_fingerprint=fingerprint,
        sequence=_whole(d["sequence"], f"{where} sequence", 1),
        created_at=_time(d["created_at"], f"{where} created_at"),
        campaign_code=_text(campaign["code"], f"{where} campaign code", 32, False),
        campaign_name=_text(campaign["name"], f"{where} campaign name", 500),
        campaign_start=start,
        campaign_end=end,
        program_name=_text(program["name"], f"{where} program name", 100),
        program_version=_text(program["version"], f"{where} program version", 40),
        activities=_whole(counts["activities"], f"{where} counts activities"),
        deleted=_whole(counts["deleted"], f"{where} counts deleted"),
        evidence_files=_whole(counts["evidence_files"], f"{where} counts evidence_files"),
        evidence_bytes=_whole(counts["evidence_bytes"], f"{where} counts evidence_bytes"),
    )


def _evidence(value: object, where: str) -> EvidenceRecord:
    if not isinstance(value, dict):
        raise PackageRejected(f"{where}: not an object")
    kind = value.get("kind")
    try:
        if kind == "file":
            d = _object(value, FILE_EVIDENCE_KEYS | (PHOTO_KEYS & set(value)), where)
            sha256 = d["sha256"]
            if not isinstance(sha256, str) or not SHA256_HEX.fullmatch(sha256):
                raise PackageRejected(f"{where}: sha256 is not a SHA-256")
            size = _whole(d["size"], f"{where} size")
            if size > MAX_EVIDENCE_FILE_BYTES:
                raise PackageRejected(f"{where}: file larger than the limit")
            return EvidenceRecord(
                id=_uuid(d["id"], f"{where} id"),
                kind="file",
                caption=validate_caption(_caption(d["caption"], where)),
                sha256=sha256,
                filename=_text(d["filename"], f"{where} filename", MAX_FILENAME, False),
                media_type=_text(d["media_type"], f"{where} media_type", MAX_MEDIA_TYPE),
                size=size,
                **_photo(d, where),
            )
        if kind == "link":
            d = _object(value, LINK_EVIDENCE_KEYS, where)
            return EvidenceRecord(
                id=_uuid(d["id"], f"{where} id"),
                kind="link",
                caption=validate_caption(_caption(d["caption"], where)),
                url=validate_link(
                    strip_control_characters(_text(d["url"], f"{where} url", 2000, False))
                ),
            )
    except ValidationError as exc:
        raise PackageRejected(f"{where}: {exc}") from None
    raise PackageRejected(f"{where}: kind must be file or link")


def _photo(d: dict[str, Any], where: str) -> dict[str, Any]:
    """The optional photo fields of a file item, each checked (absent: None)."""
    values: dict[str, Any] = {}
    if "taken_at" in d:
        text = d["taken_at"]
        if not isinstance(text, str) or not NAIVE_TIME.fullmatch(text):
            raise PackageRejected(f"{where} taken_at: not a time YYYY-MM-DDTHH:MM:SS")
        try:
            values["taken_at"] = dt.datetime.fromisoformat(text)
        except ValueError:
            raise PackageRejected(f"{where} taken_at: not a time YYYY-MM-DDTHH:MM:SS") from None
    if "gps" in d:
        gps = _object(d["gps"], GPS_KEYS, f"{where} gps")
        scale = 10**GPS_DECIMALS
        lat, lon = gps["lat"], gps["lon"]
        if type(lat) is not int or abs(lat) > 90 * scale:
            raise PackageRejected(f"{where} gps lat: not millionths of a degree within ±90")
        if type(lon) is not int or abs(lon) > 180 * scale:
            raise PackageRejected(f"{where} gps lon: not millionths of a degree within ±180")
        values["gps"] = (lat / scale, lon / scale)
    if "pixels" in d:
        pixels = _object(d["pixels"], PIXEL_KEYS, f"{where} pixels")
        values["pixels"] = (
            _side(pixels["width"], f"{where} pixels width"),
            _side(pixels["height"], f"{where} pixels height"),
        )
    if "original" in d:
        original = _object(d["original"], ORIGINAL_KEYS, f"{where} original")
        sha256 = original["sha256"]
        if not isinstance(sha256, str) or not SHA256_HEX.fullmatch(sha256):
            raise PackageRejected(f"{where} original sha256: not a SHA-256")
        size = _whole(original["size"], f"{where} original size", 1)
        if size > MAX_ORIGINAL_BYTES:
            raise PackageRejected(f"{where} original size: larger than 1 TiB")
        values["original"] = (
            sha256,
            size,
            _side(original["width"], f"{where} original width"),
            _side(original["height"], f"{where} original height"),
        )
    return values


def _side(value: object, where: str) -> int:
    side = _whole(value, where, 1)
    if side > MAX_PIXEL_SIDE:
        raise PackageRejected(f"{where}: more than {MAX_PIXEL_SIDE} pixels")
    return side


def check_photo_fields(version: int, records: list[ActivityRecord]) -> None:
    """A version-1 package carries no photo fields (an older reader would refuse them)."""
    if version >= PHOTO_FIELDS_VERSION:
        return
    for record in records:
        for item in record.evidence:
            if item.has_photo_fields:
                raise PackageRejected(
                    f"activity {record.id}: photo fields (taken_at, gps, pixels, original) "
                    f"need format version {PHOTO_FIELDS_VERSION}"
                )


def _activity(value: object, where: str) -> ActivityRecord:
    d = _object(value, ACTIVITY_KEYS, where)
    activity_id = _uuid(d["id"], f"{where} id")
    where = f"activity {activity_id}"
    raw: dict[str, object] = {}
    for name in ("title", "form", "location", "organiser", "description", "partners"):
        if not isinstance(d[name], str):
            raise PackageRejected(f"{where} {name}: not text")
        # lengths and content: validate_activity below; control characters an older
        # version let through are dropped rather than refusing the unit's whole package
        raw[name] = strip_control_characters(d[name], allow_newlines=name in MULTILINE_FIELDS)
    for name in ("start_date", "end_date"):
        raw[name] = _date(d[name], f"{where} {name}")
    for name in ("participants", "reach"):
        raw[name] = _whole(d[name], f"{where} {name}")
    for name in ("channels", "urls", "topics"):
        raw[name] = [strip_control_characters(t) for t in _strings(d[name], f"{where} {name}")]
    try:
        data = validate_activity(raw)
    except ValidationError as exc:
        raise PackageRejected(f"{where}: {exc}") from None
    evidence = d["evidence"]
    if not isinstance(evidence, list) or len(evidence) > MAX_EVIDENCE_PER_ACTIVITY:
        raise PackageRejected(f"{where}: evidence is not a list of at most 1000 items")
    deleted = d["deleted"]
    if not isinstance(deleted, bool):
        raise PackageRejected(f"{where} deleted: not true or false")
    return ActivityRecord(
        id=activity_id,
        data=data,
        created_at=_time(d["created_at"], f"{where} created_at"),
        updated_at=_time(d["updated_at"], f"{where} updated_at"),
        revision=_whole(d["revision"], f"{where} revision", 1),
        deleted=deleted,
        evidence=[_evidence(e, f"{where} evidence {i + 1}") for i, e in enumerate(evidence)],
    )


def load_records(data: bytes | bytearray) -> list[ActivityRecord]:
    """`records.json` from its bytes, with the limits checked before and while parsing.

    A large file is parsed one activity at a time (`strict_json.items`, which checks the
    limits while scanning), each turned into its record at once, so the memory needed is
    that of the records, not of a JSON tree of the whole; up to `STREAM_FROM` bytes, the
    plain strict parser costs little whatever the content.
    """
    where = "records.json"
    if len(data) <= strict_json.STREAM_FROM:
        return parse_records(strict_json.loads(data, where))
    records: list[ActivityRecord] = []
    cost = 0
    for number, item in strict_json.items(data, where, "activities"):
        if number > MAX_ACTIVITIES:
            raise PackageRejected(f"{where}: more than {MAX_ACTIVITIES} activities")
        record = _activity(item, f"{where} activity {number}")
        cost += _memory(record)
        if cost > MAX_RECORDS_MEMORY:
            raise PackageRejected(
                f"{where}: the records would take more than {MAX_RECORDS_MEMORY // 2**20} MiB "
                f"of memory (at activity {number})"
            )
        records.append(record)
    _check_unique_ids(records)
    return records


def _memory(record: ActivityRecord) -> int:
    """About what `record` takes in memory: its texts as Python holds them (1, 2 or 4
    bytes a character: one emoji makes a long ASCII text take four times its bytes) and
    a measured 800 bytes of objects per activity, 300 per evidence item."""
    data = record.data
    texts = (data.title, data.location, data.organiser, data.description, data.partners)
    size = 800 + sum(map(sys.getsizeof, texts))
    size += sum(map(sys.getsizeof, (*data.urls, *data.channels, *data.topics)))
    for item in record.evidence:
        size += 300 + sum(map(sys.getsizeof, (item.caption, item.filename, item.url)))
        if item.has_photo_fields:
            size += 400  # a time, two tuples and their numbers
    return size


def parse_records(doc: object) -> list[ActivityRecord]:
    d = _object(doc, frozenset({"activities"}), "records.json")
    items = d["activities"]
    if not isinstance(items, list):
        raise PackageRejected("records.json: activities is not a list")
    if len(items) > MAX_ACTIVITIES:
        raise PackageRejected(f"records.json: more than {MAX_ACTIVITIES} activities")
    records = [_activity(item, f"records.json activity {i + 1}") for i, item in enumerate(items)]
    _check_unique_ids(records)
    return records


def _check_unique_ids(records: list[ActivityRecord]) -> None:
    ids: set[str] = set()
    for record in records:
        for item_id in (record.id, *(e.id for e in record.evidence)):
            if item_id in ids:
                raise PackageRejected(f"records.json: id {item_id} is used twice")
            ids.add(item_id)
