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

    def edit(
        self,
        code: str,
        name: str | None = None,
        group: str | None = None,
        sort_order: int | None = None,
    ) -> UnitView:
        """Rename a unit, move it to another group or another place in the report order.

        The code never changes: packages and the import log refer to it.
        """
        with self.profile.database.session() as session:
            unit = session.get(Unit, code.strip().upper())
            if unit is None:
                raise CdsError(f"unit {code} is not in the unit list")
            if name is not None:
                _, unit.name = validate_unit(unit.code, name)
            if group is not None:
                groups = [g.code for g in catalog.unit_groups()]
                if group not in groups:
                    raise CdsError(f"group must be one of {', '.join(groups)}")
                unit.group = group
            if sort_order is not None:
                if not 1 <= sort_order <= 1_000_000:
                    raise CdsError("the order must be a whole number from 1 to 1000000")
                unit.sort_order = sort_order
            return UnitView(unit.code, unit.name, unit.group, unit.sort_order, unit.fingerprint)
