"""The status bar's «last export» text, without loading the export page (issue 14)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def last_export_text(found: tuple[dt.datetime, int] | None) -> str:
    """`found`: when the last package was exported and its number (`last_export`)."""
    if found is None:
        return QCoreApplication.translate("ExportPage", "Chưa xuất gói dữ liệu")
    moment, sequence = found
    return QCoreApplication.translate("ExportPage", "Xuất gói lần cuối: {time} (số {n})").format(
        time=f"{moment.astimezone():%d/%m/%Y %H:%M}", n=sequence
    )
