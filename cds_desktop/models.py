"""The database tables, as SQLAlchemy 2 typed ORM classes (SPEC §3.1).

Only portable column types are used (no SQLite-only SQL), so a centre database on
PostgreSQL is a matter of `CDS_DATABASE_URL`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores timezone-aware UTC times the same way on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    """Profile settings: role, own unit, report header texts, counters."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Campaign(Base):
    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    theme: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=False)


class Unit(Base):
    """A reporting unit. On the centre, `fingerprint`/`public_key` hold its trusted key."""

    __tablename__ = "unit"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    group: Mapped[str] = mapped_column(String(32), default="ministry")
    sort_order: Mapped[int] = mapped_column(Integer, default=1000)
    fingerprint: Mapped[str | None] = mapped_column(String(32), default=None)
    public_key: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    last_sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    last_import_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)

    keys: Mapped[list[UnitKey]] = relationship(order_by="UnitKey.id")


class UnitKey(Base):
    """The centre's key history of a unit: every key ever registered for it, the current
    one (also on `Unit.fingerprint`) and those replaced or revoked, with when and why.

    Sequence numbers are counted per key: a unit on a new computer with a new key starts
    again at 1, so `last_sequence` is the last package of *this* key that was imported.
    """

    __tablename__ = "unit_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(32))
    public_key: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(16), default="current")
    """current | replaced | revoked"""
    registered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    registered_how: Mapped[str] = mapped_column(String(16), default="trust")
    """trust (`units trust`) | import (trusted at an import) | replace | migration"""
    registered_reason: Mapped[str] = mapped_column(Text, default="")
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    ended_reason: Mapped[str] = mapped_column(Text, default="")
    last_sequence: Mapped[int | None] = mapped_column(Integer, default=None)


class Activity(Base):
    __tablename__ = "activity"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"), index=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    form: Mapped[str] = mapped_column(String(32))
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(500), default="")
    organiser: Mapped[str] = mapped_column(String(500), default="")
    participants: Mapped[int] = mapped_column(Integer, default=0)
    reach: Mapped[int] = mapped_column(Integer, default=0)
    urls: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    partners: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="activity",
        cascade="all, delete-orphan",
        order_by="Evidence.position",
    )


class Evidence(Base):
    """A file (stored once by SHA-256 in the evidence store) or a link, for one activity."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("activity_id", "position"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    activity_id: Mapped[str] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # "file" or "link"
    sha256: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    filename: Mapped[str] = mapped_column(String(255), default="")
    media_type: Mapped[str] = mapped_column(String(127), default="")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    url: Mapped[str] = mapped_column(String(2000), default="")
    caption: Mapped[str] = mapped_column(String(1000), default="")
    # What a photo says about itself: EXIF time (the camera's local clock, naive) and place,
    # and its pixel size.
    taken_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    gps_lat: Mapped[float | None] = mapped_column(Float, default=None)
    gps_lon: Mapped[float | None] = mapped_column(Float, default=None)
    width: Mapped[int | None] = mapped_column(Integer, default=None)
    height: Mapped[int | None] = mapped_column(Integer, default=None)
    # Set when the unit reduced the photo: what the original was.
    original_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    original_size: Mapped[int | None] = mapped_column(BigInteger, default=None)
    original_width: Mapped[int | None] = mapped_column(Integer, default=None)
    original_height: Mapped[int | None] = mapped_column(Integer, default=None)
    # The centre's perceptual hash of an image (16 hex digits), to find reused photos.
    phash: Mapped[str | None] = mapped_column(String(16), default=None, index=True)

    activity: Mapped[Activity] = relationship(back_populates="evidence")


class ImportLog(Base):
    """One line per package the centre was given, whatever the result (SPEC §4)."""

    __tablename__ = "import_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    file_name: Mapped[str] = mapped_column(String(1000))
    package_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    package_sha256: Mapped[str] = mapped_column(String(64), index=True)
    unit_code: Mapped[str | None] = mapped_column(String(32), default=None)
    signer_fingerprint: Mapped[str | None] = mapped_column(String(32), default=None)
    sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[str] = mapped_column(String(16))  # imported, duplicate, stale, rejected
    reason: Mapped[str] = mapped_column(Text, default="")
    reason_code: Mapped[str] = mapped_column(String(32), default="", server_default="")
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[int] = mapped_column(Integer, default=0)
