"""The QApplication: names, icon, language, font and the crash dialog."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from cds_desktop import APP_NAME, __version__
from cds_desktop.paths import resources_dir
from ui.i18n import install_language, saved_language

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "cds-desktop.svg"))


def create_app(qt_args: list[str], crash_dialog: bool = True) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(qt_args)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("CĐS Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QGuiApplication.setWindowIcon(app_icon())
    install_language(saved_language())
    if crash_dialog:
        sys.excepthook = _crash_hook
    return app


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    details = "".join(traceback.format_exception(kind, value, tb))
    return (
        f"CĐS Desktop {__version__} · Python {platform.python_version()} · "
        f"{platform.platform()}\n\n{details}"
    )


def _crash_hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    log.critical("unexpected error", exc_info=(kind, value, tb))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "CĐS Desktop",
        QApplication.translate(
            "Crash",
            "Chương trình gặp lỗi không mong muốn. Dữ liệu đã lưu không bị mất. "
            "Chi tiết đã được ghi vào nhật ký; bấm «Chi tiết» để xem và sao chép.",
        ),
    )
    box.setDetailedText(crash_report(kind, value, tb))
    box.exec()


class StartWindow(QMainWindow):
    """Shown at once while the database layer loads, where the main window will appear.

    Importing and opening the database takes most of a cold start; the user sees the
    window (and its message) instead of nothing. Imports only Qt.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("CĐS Desktop")
        self.setWindowIcon(app_icon())
        label = QLabel(QApplication.translate("StartWindow", "Đang mở dữ liệu…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #666; font-size: 14pt;")
        self.setCentralWidget(label)
        geometry = QSettings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)
