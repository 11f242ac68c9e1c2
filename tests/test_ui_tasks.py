"""The background-task helper: results on the GUI thread, progress, cancel, error dialogs."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cds_desktop.errors import CdsError
from ui.common import tasks
from ui.common.tasks import TaskControl, run_task


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, parent: QWidget) -> None:
    seen: list[tuple[object, bool]] = []
    worker: list[object] = []

    def work(_ctl: TaskControl) -> int:
        worker.append(QThread.currentThread())
        return 42

    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    run_task(parent, work, lambda r: seen.append((r, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]
    assert worker[0] is not gui


def test_progress_dialog_appears_late_and_cancel_reaches_the_core(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 50)
    started = threading.Event()
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: errors.append(str(a[2])))

    def work(ctl: TaskControl) -> None:
        started.set()
        for n in range(1000):
            if ctl.should_cancel():
                raise CdsError("cancelled")
            ctl.progress(n, 1000)
            time.sleep(0.01)

    task = run_task(parent, work, title="Đang làm…", cancellable=True)
    assert task.dialog is not None and not task.dialog.isVisible()
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.value() > 0, timeout=3000)
    qtbot.mouseClick(task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert errors == []  # a cancelled task reports nothing


def test_failures_open_the_error_dialog_and_unexpected_ones_are_logged(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text: shown.append((title, text))
    )

    def refused(_ctl: TaskControl) -> None:
        raise CdsError("the folder E:/ does not exist")

    def bug(_ctl: TaskControl) -> None:
        raise ZeroDivisionError("division by zero")

    run_task(parent, refused, error_title="Không xuất được gói")
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0][0] == "Không xuất được gói"
    assert "E:/ does not exist" in shown[0][1] and "thử lại" in shown[0][1]
    with caplog.at_level("ERROR"):
        run_task(parent, bug)
        qtbot.waitUntil(lambda: len(shown) == 2)
    assert "ZeroDivisionError" in shown[1][1] and "nhật ký" in shown[1][1]
    assert any(r.exc_info for r in caplog.records)


def _slow_task(parent: QWidget, release: threading.Event) -> tasks.Task:
    def work(ctl: TaskControl) -> None:
        for n in range(1000):
            ctl.progress(n, 1000)
            if release.wait(0.02):
                return

    return run_task(parent, work, title="Đang làm…", cancellable=True)


def test_progress_dialog_gives_way_to_a_question_asked_for_a_task(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 20)
    release = threading.Event()
    task = _slow_task(parent, release)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
    with tasks.asking():  # a question opens while the dialog is on screen: it leaves
        assert task.dialog is not None and not task.dialog.isVisible()
        seen = task.progress_seen
        qtbot.waitUntil(lambda: task.progress_seen > seen + 3, timeout=3000)  # and retries
        qtbot.wait(tasks.RETRY_MS)
        assert not task.dialog.isVisible()
    assert task.dialog.isVisible()  # back once the question is answered
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)


def test_progress_dialog_waits_while_a_later_modal_dialog_is_open(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 20)
    release = threading.Event()
    task = _slow_task(parent, release)
    question = QMessageBox(QMessageBox.Icon.Question, "Câu hỏi", "Xóa tất cả?", parent=parent)
    question.setWindowModality(Qt.WindowModality.ApplicationModal)
    question.show()  # asked without `asking()`
    qtbot.waitUntil(lambda: task.dialog_due and task.progress_seen > 3, timeout=3000)
    qtbot.wait(tasks.RETRY_MS)
    assert QApplication.activeModalWidget() is question
    assert task.dialog is not None and not task.dialog.isVisible()
    question.close()
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)


def test_progress_dialog_stays_hidden_for_a_long_question(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QProgressDialog shows itself 4 s after it is made: not over an open question."""
    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 20)
    release = threading.Event()
    task = _slow_task(parent, release)
    with tasks.asking():
        qtbot.waitUntil(lambda: task.dialog_due, timeout=3000)
        assert task.dialog is not None and not task.dialog.isVisible()
        # no timer of its own is left to show it while the officer phones the unit
        assert [t for t in task.dialog.findChildren(QTimer) if t.isActive()] == []
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)


def test_emitting_progress_does_not_wear_out_true() -> None:
    """PySide6 6.12.0 loses a reference to True on every Python emit; thousands of
    progress reports would free it and abort the program."""
    probe = tasks._Probe()
    before = sys.getrefcount(True)
    for _ in range(2000):
        tasks.emit(probe.probed)
    assert sys.getrefcount(True) >= before


def test_finished_tasks_delete_themselves(qtbot: QtBot, parent: QWidget) -> None:
    seen: list[int] = []
    for n in range(20):
        run_task(parent, lambda _ctl, n=n: n, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 20, timeout=10_000)
    qtbot.waitUntil(lambda: not parent.findChildren(tasks.Task), timeout=5000)
    assert sorted(seen) == list(range(20)) and tasks.running_tasks() == 0


def test_a_task_whose_window_closed_is_forgotten(qtbot: QtBot) -> None:
    window = QWidget()
    release = threading.Event()
    seen: list[object] = []
    run_task(window, lambda _ctl: release.wait(10), seen.append)
    assert tasks.running_tasks() == 1
    window.deleteLater()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=5000)
    release.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    assert seen == []  # the late result went nowhere, and nothing failed
