"""What the main window shows first, read with the standard library's sqlite3.

SQLAlchemy takes about 0.3 s of a cold start to import on a 2-core PC, more than the
rest of the window together (issue 14). So main.py reads these few values here, paints
the main window with them, and only then opens the profile the ordinary way
(`open_profile`: checks, migration, the day's backup), which the window then uses for
everything else. This read only shows: it never writes, and nothing is decided on it.

Only a local SQLite database whose schema is at `SCHEMA_HEAD` is read here. Anything
else — a server database, a schema to migrate, a file SQLite cannot read, a plan it
cannot parse — gives None, and the program opens the profile first, as before.
`Profile.start_view` reads the same values through the services; a test keeps the two
equal.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from dataclasses import dataclass

from cds_desktop.packages.last_export import last_export
from cds_desktop.paths import ProfilePaths
from cds_desktop.schema import SCHEMA_HEAD
from cds_desktop.views import ActivityRow, CampaignView, Identity, forms_in_plan_order

log = logging.getLogger(__name__)

FIRST_SCREEN = 200
"""Activities in the table when it is first painted (newest first); the rest follow."""

_FIRST_ROWS = """
SELECT a.id, a.title, a.form, a.start_date, a.end_date, a.location, a.organiser,
       a.participants, a.reach, coalesce(counts.n, 0), a.updated_at, a.unit_code
FROM activity AS a
LEFT OUTER JOIN (SELECT activity_id, count(*) AS n FROM evidence GROUP BY activity_id)
    AS counts ON counts.activity_id = a.id
WHERE a.campaign_id = ? AND a.deleted = 0
ORDER BY a.start_date DESC, a.title, a.id
LIMIT ?
"""


@dataclass(frozen=True)
class StartView:
    """The profile as its main window first shows it."""

    identity: Identity
    campaign: CampaignView
    first_rows: tuple[ActivityRow, ...]
    """A unit's newest `FIRST_SCREEN` live activities of the active campaign (none at
    the centre, whose first page lists no activities)."""
    last_export: tuple[dt.datetime, int] | None
    """When the unit last exported a package, and its number (None at the centre)."""


def read_start_view(paths: ProfilePaths) -> StartView | None:
    """The start view of the profile in `paths`, or None when only the ordinary way may
    open it (see the module's text)."""
    if not paths.database_url().startswith("sqlite:") or not paths.database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{paths.database.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read(connection)
    except (sqlite3.Error, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.info("the main window waits for the profile to open: %s", exc)
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection) -> StartView | None:
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if revision != [(SCHEMA_HEAD,)]:
        return None
    settings: dict[str, str] = dict(connection.execute("SELECT key, value FROM setting"))
    if "role" not in settings:
        return None
    identity = Identity(settings["role"], settings["unit_code"], settings["unit_name"])
    active = connection.execute(
        "SELECT id, code, name, start_date, end_date FROM campaign WHERE active = 1 LIMIT 1"
    ).fetchone()
    if active is None:
        return None
    campaign_id, code, name, start, end = active
    plan = json.loads(settings.get(f"plan:{code}", "{}"))
    planned, others = forms_in_plan_order(list(plan.get("forms", [])))
    campaign = CampaignView(
        code,
        name,
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end),
        tuple(planned),
        tuple(others),
    )
    if identity.is_centre:
        return StartView(identity, campaign, (), None)
    rows = tuple(
        ActivityRow(
            id,
            title,
            form,
            dt.date.fromisoformat(start_date),
            dt.date.fromisoformat(end_date),
            location,
            organiser,
            participants,
            reach,
            evidence,
            dt.datetime.fromisoformat(updated_at).replace(tzinfo=dt.UTC),
            unit_code,
        )
        for (
            id,
            title,
            form,
            start_date,
            end_date,
            location,
            organiser,
            participants,
            reach,
            evidence,
            updated_at,
            unit_code,
        ) in connection.execute(_FIRST_ROWS, (campaign_id, FIRST_SCREEN))
    )
    return StartView(identity, campaign, rows, last_export(lambda key: settings.get(key, "")))
