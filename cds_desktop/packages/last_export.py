"""When the unit last exported a package, as the status bar shows it: a setting read
without loading the export itself (issue 14: the main window's start)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

LAST_EXPORT_SETTING = "last_export"
"""JSON {at, sequence, path} of the last package exported, whichever way."""
OLD_LAST_EXPORT_SETTING = "ui.last_export"
"""Where the GUI alone recorded it before (read when the new one is absent)."""


def last_export(setting: Callable[[str], str]) -> tuple[dt.datetime, int] | None:
    """When the last package was exported (UTC) and its sequence, by the GUI or the CLI;
    `setting(key)` is the value of a setting, "" when it has none (`Profile.get_setting`)."""
    raw = setting(LAST_EXPORT_SETTING) or setting(OLD_LAST_EXPORT_SETTING)
    try:
        info = json.loads(raw)
        return dt.datetime.fromisoformat(info["at"]), int(info["sequence"])
    except (ValueError, KeyError, TypeError):
        return None
