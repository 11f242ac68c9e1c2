"""The QApplication: names, icon, language, font and the crash dialog."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cds_desktop import APP_NAME, __version__
from cds_desktop.paths import resources_dir
from ui.common.gui_gc import GuiThreadCollector, collect_on_gui_thread
from ui.common.i18n import install_language, saved_language
from ui.common.keyboard import install_focus_ring
from ui.common.screen_fit import install_dialog_fitter, restore_window
from ui.common.theme import install_theme

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
    if app.findChild(GuiThreadCollector) is None:
        collect_on_gui_thread(app)
    install_dialog_fitter(app)
    install_focus_ring(app)
    install_theme(app)
    if crash_dialog:
        sys.excepthook = _crash_hook
    return app


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    details = "".join(traceback.format_exception(kind, value, tb))
    return (
        f"CĐS Desktop {__version__} · Python {platform.python_version()} · "
        f"{platform.platform()}\n\n{details}"
    )


class CrashDialog(QDialog):
    """Says that something unexpected happened, with the details and a Copy button."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CĐS Desktop")
        self.resize(720, 460)
        message = QLabel(
            self.tr(
                "Chương trình gặp lỗi không mong muốn. Dữ liệu đã lưu không bị mất.\n"
                "Hãy bấm «Sao chép chi tiết» và gửi nội dung dưới đây cho bộ phận hỗ trợ; "
                "chi tiết cũng đã được ghi vào nhật ký (thư mục logs trong thư mục dữ liệu)."
            )
        )
        message.setWordWrap(True)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Chi tiết lỗi"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.copy_button = QPushButton(self.tr("Sao chép chi tiết"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        close = QPushButton(self.tr("Đóng"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)


def _crash_hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    log.critical("unexpected error", exc_info=(kind, value, tb))
    CrashDialog(crash_report(kind, value, tb)).exec()


class FirstPaint(QObject):
    """Calls `then()` once `widget` (or a widget in it) has been painted for the first time,
    from the event loop, after that paint is done. main.py logs the moment (how long the
    program took to start is in its log, on the PC where it ran, where a scanning
    antivirus shows; `bench/bench_frozen.py` reads it) and opens the profile then."""

    def __init__(self, app: QApplication, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)  # gone with the widget, if that is never painted
        self._app = app
        self._widget = widget
        self._then = then
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            widget = self._widget
            if watched is widget or widget.isAncestorOf(watched):
                self._app.removeEventFilter(self)
                QTimer.singleShot(0, self._then)
                self.deleteLater()
        return False


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
        restore_window(self, "main/geometry", QSize(1280, 780))
