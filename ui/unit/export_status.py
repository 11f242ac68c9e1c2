"""The status bar's «last export» text, without loading the export page (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cds_desktop.packages.last_export import last_export
from cds_desktop.profile import Profile


def last_export_text(profile: Profile) -> str:
    found = last_export(profile)
    if found is None:
        return QCoreApplication.translate("ExportPage", "Chưa xuất gói dữ liệu")
    moment, sequence = found
    return QCoreApplication.translate("ExportPage", "Xuất gói lần cuối: {time} (số {n})").format(
        time=f"{moment.astimezone():%d/%m/%Y %H:%M}", n=sequence
    )
