"""The centre's registry of unit keys: which key may sign for which unit.

Trust never comes from a package. A key is registered in advance (`units trust`, from
the fingerprint the unit reads out over the phone), or at the first import of a unit
that has none, when the user accepts it (`--trust-new`, the GUI prompt). A registered
key is never replaced silently: a package signed with another key is rejected
(`key_mismatch`). A unit on a new computer has a new key; the centre replaces the
registered one explicitly (`units replace-key`, with a reason, after a phone check), or
revokes it (`units revoke-key`). Every key stays in the unit's history (`UnitKey`):
packages of a replaced or revoked key are rejected (`key_replaced`, `key_revoked`), and
sequence numbers count per key, so the new key's first package is sequence 1 again.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cds_desktop import keys
from cds_desktop.errors import CdsError
from cds_desktop.models import Unit, UnitKey, utc_now
from cds_desktop.packages.format import PackageRejected
from cds_desktop.profile import Profile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UnknownKey:
    """A package signed by a key the centre has not registered for its unit (trust prompt)."""

    unit_code: str
    unit_name: str
    fingerprint: str
    unit_in_list: bool
    """False if the unit is not in the centre's unit list yet (it will be added)."""


def require_centre(profile: Profile) -> None:
    if not profile.is_centre:
        raise CdsError("packages are imported at the IT Centre; this profile is a unit's")


CURRENT = "current"
REPLACED = "replaced"
REVOKED = "revoked"
MAX_REASON_CHARS = 1000


@dataclass(frozen=True)
class KeyEntry:
    """One key of a unit's history (`units keys`)."""

    fingerprint: str
    status: str
    """current | replaced | revoked"""
    registered_at: dt.datetime
    registered_how: str
    """trust | import | replace | migration"""
    registered_reason: str
    ended_at: dt.datetime | None
    ended_reason: str
    last_sequence: int | None

    def to_json(self) -> dict[str, object]:
        return {
            "fingerprint": self.fingerprint,
            "status": self.status,
            "registered_at": self.registered_at.isoformat(),
            "registered_how": self.registered_how,
            "registered_reason": self.registered_reason,
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "ended_reason": self.ended_reason,
            "last_sequence": self.last_sequence,
        }


@dataclass(frozen=True)
class KeyReplacement:
    unit_code: str
    old_fingerprint: str | None
    new_fingerprint: str


def _unit(session: Session, unit_code: str) -> Unit:
    code = unit_code.strip().upper()
    unit = session.get(Unit, code)
    if unit is None:
        raise CdsError(f"unit {code} is not in the unit list; add it first with `units add`")
    return unit


def _reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise CdsError(
            "give the reason (--reason), e.g. 'new computer, checked by phone'",
            code="key_reason_missing",
        )
    if len(text) > MAX_REASON_CHARS:
        raise CdsError(f"the reason is longer than {MAX_REASON_CHARS} characters")
    return text


def _retired(unit: Unit, fingerprint: str) -> UnitKey | None:
    retired = (k for k in unit.keys if k.fingerprint == fingerprint and k.status != CURRENT)
    return next(retired, None)


def _current_row(unit: Unit) -> UnitKey | None:
    return next((k for k in unit.keys if k.status == CURRENT), None)


def _refuse_retired(unit: Unit, fingerprint: str) -> None:
    old = _retired(unit, fingerprint)
    if old is not None:
        raise CdsError(
            f"the key {fingerprint} of unit {unit.code} was {old.status} on "
            f"{old.ended_at:%Y-%m-%d}; a key once retired is never registered again — "
            "ask the unit for its new key's fingerprint",
            code="key_retired",
            fingerprint=fingerprint,
        )


def _add_key(session: Session, unit: Unit, fingerprint: str, how: str, reason: str = "") -> UnitKey:
    row = UnitKey(
        unit_code=unit.code,
        fingerprint=fingerprint,
        status=CURRENT,
        registered_at=utc_now(),
        registered_how=how,
        registered_reason=reason,
        ended_reason="",
    )
    session.add(row)
    unit.keys.append(row)
    unit.fingerprint = fingerprint
    unit.public_key = None
    return row


def _end_current(unit: Unit, status: str, reason: str) -> str | None:
    """Retire the unit's current key; returns its fingerprint (None if it had none)."""
    old = unit.fingerprint
    if old is None:
        return None
    row = _current_row(unit)
    if row is None:  # a key registered before the history existed
        row = UnitKey(
            unit_code=unit.code, fingerprint=old, public_key=unit.public_key,
            registered_at=unit.created_at, registered_how="migration", registered_reason="",
            last_sequence=unit.last_sequence,
        )  # fmt: skip
        unit.keys.append(row)
    row.status = status
    row.ended_at = utc_now()
    row.ended_reason = reason
    unit.fingerprint = None
    unit.public_key = None
    return old


def trust_unit_key(profile: Profile, unit_code: str, fingerprint: str) -> str:
    """Register the key fingerprint of a unit that has none; returns it in canonical form."""
    require_centre(profile)
    canonical = keys.normalise_fingerprint(fingerprint)
    with profile.database.session() as session:
        unit = _unit(session, unit_code)
        if unit.fingerprint == canonical:
            return canonical
        if unit.fingerprint is not None:
            raise CdsError(
                f"unit {unit.code} already has the key {unit.fingerprint}; a registered key is "
                "never replaced silently: if the unit has a new computer, replace it with "
                "`units replace-key` after checking the new fingerprint by phone"
            )
        holder = key_holder(session, canonical, unit.code)
        if holder is not None:
            raise CdsError(
                f"the key {canonical} is already registered for unit {holder}; each unit has a "
                f"key of its own — check with {unit.code} which fingerprint its program shows "
                "(a copied data folder carries the other unit's key)",
                "fingerprint_taken",
                fingerprint=canonical,
                unit=holder,
            )
        _refuse_retired(unit, canonical)
        _add_key(session, unit, canonical, "trust")
        code = unit.code
    log.info("registered key %s for unit %s", canonical, code)
    return canonical


def replace_unit_key(
    profile: Profile, unit_code: str, fingerprint: str, reason: str
) -> KeyReplacement:
    """Replace a unit's registered key by a new one (or register one after a revocation).

    From now on only the new key's packages are accepted, its sequence starting again;
    the old key's packages are rejected as `key_replaced`.
    """
    require_centre(profile)
    canonical = keys.normalise_fingerprint(fingerprint)
    why = _reason(reason)
    with profile.database.session() as session:
        unit = _unit(session, unit_code)
        if unit.fingerprint == canonical:
            raise CdsError(
                f"{canonical} is already the registered key of unit {unit.code}",
                code="key_same",
                fingerprint=canonical,
            )
        _refuse_retired(unit, canonical)
        old = _end_current(unit, REPLACED, why)
        session.flush()
        _add_key(session, unit, canonical, "replace", why)
        result = KeyReplacement(unit.code, old, canonical)
    log.warning(
        "replaced key %s of unit %s by %s: %s", result.old_fingerprint, result.unit_code,
        canonical, why,
    )  # fmt: skip
    return result


def revoke_unit_key(profile: Profile, unit_code: str, reason: str) -> str:
    """Revoke a unit's key: its packages are rejected (`key_revoked`) until a new key is
    registered. Returns the revoked fingerprint."""
    require_centre(profile)
    why = _reason(reason)
    with profile.database.session() as session:
        unit = _unit(session, unit_code)
        old = _end_current(unit, REVOKED, why)
        if old is None:
            raise CdsError(
                f"unit {unit.code} has no registered key to revoke", code="key_none", unit=unit.code
            )
        code = unit.code
    log.warning("revoked key %s of unit %s: %s", old, code, why)
    return old


def key_history(profile: Profile, unit_code: str) -> list[KeyEntry]:
    """Every key of the unit, oldest first."""
    require_centre(profile)
    with profile.database.session() as session:
        unit = _unit(session, unit_code)
        return [_entry(k) for k in unit.keys]


def _entry(k: UnitKey) -> KeyEntry:
    return KeyEntry(
        fingerprint=k.fingerprint,
        status=k.status,
        registered_at=k.registered_at,
        registered_how=k.registered_how,
        registered_reason=k.registered_reason,
        ended_at=k.ended_at,
        ended_reason=k.ended_reason,
        last_sequence=k.last_sequence,
    )


def encoded_key(public_key: bytes) -> str:
    return base64.b64encode(public_key).decode("ascii")


def key_holder(session: Session, fingerprint: str, unit_code: str) -> str | None:
    """The other unit this key is registered for, if any: one key never signs for two
    units (a data folder copied from another unit's computer carries that unit's key)."""
    return session.scalars(
        select(Unit.code).where(Unit.fingerprint == fingerprint, Unit.code != unit_code)
    ).first()


def key_is_registered(unit: Unit | None, fingerprint: str, public_key: bytes) -> bool:
    """True if `unit` has this key; False if it has none; rejects a package with another key
    or with a key that was replaced or revoked."""
    if unit is None:
        return False
    retired = _retired(unit, fingerprint)
    if retired is not None:
        when = f"{retired.ended_at:%Y-%m-%d}" if retired.ended_at else "earlier"
        if retired.status == REVOKED:
            raise PackageRejected(
                f"signed with key {fingerprint}, which the centre revoked for unit {unit.code} "
                f"on {when} ({retired.ended_reason}); a new key must be registered first",
                code="key_revoked",
            )
        raise PackageRejected(
            f"signed with key {fingerprint}, which the centre replaced for unit {unit.code} "
            f"on {when} ({retired.ended_reason}); only the new key's packages are accepted",
            code="key_replaced",
        )
    if unit.fingerprint is None:
        return False
    if unit.fingerprint != fingerprint or (
        unit.public_key is not None and unit.public_key != encoded_key(public_key)
    ):
        raise PackageRejected(
            f"signed with key {fingerprint}, but the key registered for unit {unit.code} is "
            f"{unit.fingerprint} (a registered key is never replaced by a package)",
            code="key_mismatch",
        )
    return True


def register_key(unit: Unit, fingerprint: str, public_key: bytes) -> None:
    """Store the key on the unit row and in its history (inside the import's transaction)."""
    row = _current_row(unit)
    if row is None or row.fingerprint != fingerprint:
        row = UnitKey(
            unit_code=unit.code, fingerprint=fingerprint, status=CURRENT,
            registered_at=utc_now(), registered_how="import", registered_reason="",
            ended_reason="",
            last_sequence=unit.last_sequence if unit.fingerprint == fingerprint else None,
        )  # fmt: skip
        unit.keys.append(row)
    unit.fingerprint = fingerprint
    unit.public_key = row.public_key = encoded_key(public_key)


def key_last_sequence(unit: Unit | None, fingerprint: str) -> int | None:
    """The last imported sequence of this key of the unit (None: none yet).

    Sequences count per key: a new key's first package is 1 again."""
    if unit is None:
        return None
    row = next((k for k in unit.keys if k.fingerprint == fingerprint), None)
    if row is not None:
        return row.last_sequence
    return unit.last_sequence if not unit.keys else None


def note_sequence(unit: Unit, fingerprint: str, sequence: int) -> None:
    """The key's last imported sequence (inside the import's transaction)."""
    for row in unit.keys:
        if row.fingerprint == fingerprint:
            row.last_sequence = sequence
