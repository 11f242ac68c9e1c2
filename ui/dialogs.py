"""Standard message dialogs: what happened and what to do; unexpected errors are logged.

Tests replace these through `QMessageBox`'s static methods at class level.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError

from cds_desktop.errors import CdsError, ValidationError

log = logging.getLogger(__name__)


def explain(exc: BaseException) -> tuple[str, str, bool]:
    """(what happened, what to do, expected?) for an exception from the core."""
    if isinstance(exc, ValidationError):
        return (
            "\n".join(str(e) for e in exc.errors),
            QCoreApplication.translate(
                "Dialogs", "Sửa các ô được đánh dấu rồi thử lại. Chưa có gì được ghi."
            ),
            True,
        )
    if isinstance(exc, CdsError):
        return (
            str(exc),
            QCoreApplication.translate(
                "Dialogs", "Chưa có gì bị thay đổi. Làm theo hướng dẫn trên rồi thử lại."
            ),
            True,
        )
    if isinstance(exc, OSError):
        return (
            str(exc),
            QCoreApplication.translate(
                "Dialogs",
                "Kiểm tra ổ đĩa hoặc thư mục (còn chỗ trống, có quyền ghi, USB còn cắm) "
                "rồi thử lại.",
            ),
            True,
        )
    if isinstance(exc, OperationalError | sqlite3.OperationalError):
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return (
                QCoreApplication.translate(
                    "Dialogs", "Cơ sở dữ liệu đang bận (có thể chương trình đang mở ở cửa sổ khác)."
                ),
                QCoreApplication.translate("Dialogs", "Đóng cửa sổ CĐS Desktop khác rồi thử lại."),
                True,
            )
        if "disk" in text or "full" in text:
            return (
                QCoreApplication.translate("Dialogs", "Ổ đĩa đã đầy, không ghi được dữ liệu."),
                QCoreApplication.translate("Dialogs", "Giải phóng dung lượng ổ đĩa rồi thử lại."),
                True,
            )
    return (
        QCoreApplication.translate("Dialogs", "Đã xảy ra lỗi không mong muốn: {error}").format(
            error=f"{type(exc).__name__}: {exc}"
        ),
        QCoreApplication.translate(
            "Dialogs",
            "Chi tiết đã được ghi vào nhật ký (thư mục logs trong thư mục dữ liệu). "
            "Hãy gửi tệp nhật ký cho bộ phận hỗ trợ.",
        ),
        False,
    )


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    what, todo, expected = explain(exc)
    if expected:
        log.warning("%s: %s", title or "error", exc)
    else:
        log.error("unexpected error", exc_info=exc)
    QMessageBox.critical(
        parent, title or QCoreApplication.translate("Dialogs", "Lỗi"), f"{what}\n\n{todo}"
    )


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
