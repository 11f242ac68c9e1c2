"""The centre's registry of unit keys: which key may sign for which unit.

Trust never comes from a package. A key is registered in advance (`units trust`, from
the fingerprint the unit reads out over the phone), or at the first import of a unit
that has none, when the user accepts it (`--trust-new`, the GUI prompt). A registered
key is never replaced silently: a package signed with another key is rejected.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass

from sqlalchemy import select

from cds_desktop import keys
from cds_desktop.errors import CdsError
from cds_desktop.models import Unit
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


def trust_unit_key(profile: Profile, unit_code: str, fingerprint: str) -> str:
    """Register the key fingerprint of a unit in advance; returns it in canonical form."""
    require_centre(profile)
    canonical = keys.normalise_fingerprint(fingerprint)
    code = unit_code.strip().upper()
    with profile.database.session() as session:
        unit = session.get(Unit, code)
        if unit is None:
            raise CdsError(f"unit {code} is not in the unit list; add it first with `units add`")
        if unit.fingerprint == canonical:
            return canonical
        if unit.fingerprint is not None:
            raise CdsError(
                f"unit {code} already has the key {unit.fingerprint}; a registered key is "
                "never replaced silently"
            )
        holder = session.scalars(
            select(Unit.code).where(Unit.fingerprint == canonical, Unit.code != code)
        ).first()
        if holder is not None:
            raise CdsError(
                f"the key {canonical} is already registered for unit {holder}; each unit has a "
                f"key of its own — check with {code} which fingerprint its program shows "
                "(a copied data folder carries the other unit's key)",
                "fingerprint_taken",
                fingerprint=canonical,
                unit=holder,
            )
        unit.fingerprint = canonical
        unit.public_key = None
    log.info("registered key %s for unit %s", canonical, code)
    return canonical


def encoded_key(public_key: bytes) -> str:
    return base64.b64encode(public_key).decode("ascii")


def key_is_registered(unit: Unit | None, fingerprint: str, public_key: bytes) -> bool:
    """True if `unit` has this key; False if it has none; rejects a package with another key."""
    if unit is None or unit.fingerprint is None:
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
    """Store the key on the unit row (inside the import's transaction)."""
    unit.fingerprint = fingerprint
    unit.public_key = encoded_key(public_key)
