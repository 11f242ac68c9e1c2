"""Windows that fit the screen: every window opens inside the screen's available area
(the screen less the taskbar) on first start and when restored from saved settings.

Office laptops are mostly 1366×768 or 1920×1080 at 125–150 % display scaling, which
leaves as little as ~910×480 logical pixels. A size saved on a big monitor is clamped
on a small one; a window is never placed under the taskbar. `available_geometry` is the
one place that asks Qt for the screen's area (tests replace it to play a small screen).

`DialogFitter`, installed on the application, clamps every dialog when it is shown, so
dialogs written later benefit too.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QScrollArea, QWidget

# the window manager's border and title bar, until the window is shown and they are known
FRAME = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The available area (logical pixels) of the widget's screen, else the primary."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def small_screen(widget: QWidget | None = None) -> bool:
    """Less than 1100 logical pixels wide: a laptop at 125–150 % (layouts tighten)."""
    return available_geometry(widget).width() < 1100


def frame_size(window: QWidget) -> QSize:
    """What the window manager adds around the window."""
    frame, inner = window.frameGeometry(), window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if window.isVisible() and extra.width() > 0 and extra.height() > 0:
        return extra
    return FRAME


def room(window: QWidget) -> QSize:
    """The largest size the window may have (frame excluded) on its screen."""
    area = available_geometry(window)
    frame = frame_size(window)
    return QSize(max(area.width() - frame.width(), 200), max(area.height() - frame.height(), 150))


def fits(window: QWidget) -> bool:
    """The window, frame included, lies inside the available area."""
    area = available_geometry(window)
    frame = frame_size(window)
    outer = QRect(window.pos(), window.size() + frame)
    return area.contains(outer) and window.minimumSize().boundedTo(room(window)) == (
        window.minimumSize()
    )


def fit_window(window: QWidget, preferred: QSize | None = None, center: bool = False) -> None:
    """Resize to `preferred` (or the current size) clamped to the available area, lower a
    minimum size that would not fit, and move the window inside the area."""
    space = room(window)
    if window.minimumSize().boundedTo(space) != window.minimumSize():
        window.setMinimumSize(window.minimumSize().boundedTo(space))
    size = (preferred if preferred is not None else window.size()).boundedTo(space)
    window.resize(size)
    area = available_geometry(window)
    frame = frame_size(window)
    outer = QSize(window.width() + frame.width(), window.height() + frame.height())
    if center:
        x = area.left() + (area.width() - outer.width()) // 2
        y = area.top() + (area.height() - outer.height()) // 2
    else:
        x, y = window.x(), window.y()
    x = max(area.left(), min(x, area.left() + area.width() - outer.width()))
    y = max(area.top(), min(y, area.top() + area.height() - outer.height()))
    window.move(x, y)


def restore_window(window: QWidget, key: str, preferred: QSize) -> None:
    """Restore the geometry saved under `key` and clamp it to this screen; first start:
    `preferred`, clamped, centred."""
    saved = QSettings().value(key)
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        if not (window.isMaximized() or window.isFullScreen()):
            fit_window(window)
        return
    fit_window(window, preferred, center=True)


class DialogFitter(QObject):
    """An application event filter: a dialog being shown is clamped to the screen and
    gets its Alt letters and accessible names (`ui.common.keyboard.polish_window`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            from ui.common.keyboard import polish_window

            polish_window(watched)
            if not fits(watched):
                fit_window(watched)
        return False


def install_dialog_fitter(app: QApplication) -> None:
    if app.findChild(DialogFitter) is None:
        app.installEventFilter(DialogFitter(app))


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: it fills the area when there is room and
    scrolls, instead of widening the window, when a small screen has none."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
