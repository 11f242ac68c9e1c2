"""Helpers for the GUI tests: typing Vietnamese, waiting for background tasks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.common.tasks import running_tasks


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Vietnamese letters included (qtbot.keyClicks aborts on them)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def wait_for_tasks(qtbot: QtBot, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=timeout)
    QThreadPool.globalInstance().waitForDone(timeout)
