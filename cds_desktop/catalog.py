"""Bundled reference data from `resources/catalog/`: campaigns, vocabularies, unit catalog.

The files are data, not code, so the IT Centre can update them without a new program.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from cds_desktop.paths import resources_dir

ROLES = ("unit", "centre")
"""The two kinds of profile: a reporting unit, or the IT Centre that merges them."""


@dataclass(frozen=True)
class Term:
    """One entry of a controlled vocabulary (form, channel, topic, unit group)."""

    code: str
    vi: str
    en: str


@dataclass(frozen=True)
class CatalogUnit:
    code: str
    name: str
    group: str
    order: int


@dataclass(frozen=True)
class CatalogCampaign:
    code: str
    name: str
    theme: str
    plan: str
    start_date: dt.date
    end_date: dt.date
    active: bool
    plan_date: dt.date | None = None  # the day the plan was signed, cited with it


def _load(name: str) -> Any:
    path: Path = resources_dir() / "catalog" / name
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _terms(items: list[dict[str, str]]) -> tuple[Term, ...]:
    return tuple(Term(item["code"], item["vi"], item["en"]) for item in items)


@cache
def forms() -> tuple[Term, ...]:
    """Forms of activity, SPEC §3.2, in their report order."""
    return _terms(_load("vocabulary.json")["forms"])


@cache
def channels() -> tuple[Term, ...]:
    return _terms(_load("vocabulary.json")["channels"])


@cache
def topics() -> tuple[Term, ...]:
    return _terms(_load("vocabulary.json")["topics"])


@cache
def unit_groups() -> tuple[Term, ...]:
    return _terms(_load("units.json")["groups"])


@cache
def units() -> tuple[CatalogUnit, ...]:
    return tuple(
        CatalogUnit(u["code"], u["name"], u["group"], int(u["order"]))
        for u in _load("units.json")["units"]
    )


@cache
def campaigns() -> tuple[CatalogCampaign, ...]:
    return tuple(
        CatalogCampaign(
            code=c["code"],
            name=c["name"],
            theme=c["theme"],
            plan=c.get("plan", ""),
            start_date=dt.date.fromisoformat(c["start_date"]),
            end_date=dt.date.fromisoformat(c["end_date"]),
            active=bool(c.get("active", False)),
            plan_date=dt.date.fromisoformat(c["plan_date"]) if c.get("plan_date") else None,
        )
        for c in _load("campaigns.json")["campaigns"]
    )


def label(terms: tuple[Term, ...], code: str, language: str = "vi") -> str:
    """The label of a code in the given language; the code itself if unknown."""
    for term in terms:
        if term.code == code:
            return term.vi if language == "vi" else term.en
    return code


def catalog_unit(code: str) -> CatalogUnit | None:
    return next((u for u in units() if u.code == code), None)


def campaign_plan_date(code: str) -> dt.date | None:
    """The signing day of a campaign's plan, from the catalog (None when not known)."""
    return next((c.plan_date for c in campaigns() if c.code == code), None)
