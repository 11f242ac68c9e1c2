"""Opening the profile at start-up, with a way out when the database is damaged: offer
the newest backup that passes SQLite's check, restore it, and open again."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cds_desktop.errors import CdsError, DatabaseDamagedError
from cds_desktop.profile import Profile, open_profile, restore_profile
from ui.common.dialogs import show_error

log = logging.getLogger(__name__)

RESTART = 64
"""Exit code of the event loop that asks main.py to reopen the profile (after a restore)."""


def open_or_recover(parent: QWidget | None, data_dir: Path) -> Profile | None:
    """The open profile, or None after telling the user why it cannot be opened."""
    try:
        return open_profile(data_dir)
    except DatabaseDamagedError as exc:
        log.error("damaged database: %s", exc)
        good = exc.backup
        if good is None:
            show_error(parent, QCoreApplication.translate("Recovery", "Cơ sở dữ liệu bị hỏng"), exc)
            return None
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Recovery", "Cơ sở dữ liệu bị hỏng"),
            QCoreApplication.translate(
                "Recovery",
                "Cơ sở dữ liệu trong thư mục {folder} bị hỏng và không mở được.\n\n"
                "Khôi phục bản sao lưu tốt gần nhất (lúc {when})? Những thay đổi sau thời "
                "điểm đó sẽ phải nhập lại. Bản bị hỏng vẫn được giữ lại trong thư mục backups.",
            ).format(folder=data_dir, when=f"{good.created:%d/%m/%Y %H:%M}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            restore_profile(data_dir, good.path)
            return open_profile(data_dir)
        except (CdsError, OSError) as restore_error:
            show_error(
                parent,
                QCoreApplication.translate("Recovery", "Không khôi phục được"),
                restore_error,
            )
            return None
    except CdsError as exc:
        show_error(parent, QCoreApplication.translate("Recovery", "Không mở được dữ liệu"), exc)
        return None
