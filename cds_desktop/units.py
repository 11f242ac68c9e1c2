"""The unit list: the bundled catalog on the centre, plus units added by hand."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cds_desktop import catalog
from cds_desktop.errors import CdsError
from cds_desktop.models import Unit
from cds_desktop.profile import Profile
from cds_desktop.validation import validate_unit


@dataclass(frozen=True)
class UnitView:
    code: str
    name: str
    group: str
    sort_order: int
    fingerprint: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "unit_code": self.code,
            "unit_name": self.name,
            "group": self.group,
            "order": self.sort_order,
            "fingerprint": self.fingerprint,
        }


class UnitService:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile

    def list_units(self) -> list[UnitView]:
        """Units in catalog order (the order reports follow)."""
        with self.profile.database.session() as session:
            rows = session.scalars(select(Unit).order_by(Unit.sort_order, Unit.code))
            return [UnitView(u.code, u.name, u.group, u.sort_order, u.fingerprint) for u in rows]

    def add(self, code: str, name: str, group: str | None = None) -> UnitView:
        clean_code, clean_name = validate_unit(code, name)
        groups = [g.code for g in catalog.unit_groups()]
        chosen_group = group or groups[0]
        if chosen_group not in groups:
            raise CdsError(f"group must be one of {', '.join(groups)}")
        with self.profile.database.session() as session:
            if session.get(Unit, clean_code) is not None:
                raise CdsError(f"unit {clean_code} already exists")
            last = session.scalars(select(Unit.sort_order).order_by(Unit.sort_order.desc())).first()
            unit = Unit(
                code=clean_code,
                name=clean_name,
                group=chosen_group,
                sort_order=(last or 0) + 1,
            )
            session.add(unit)
            return UnitView(unit.code, unit.name, unit.group, unit.sort_order, None)
