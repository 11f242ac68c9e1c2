"""Run a core call off the GUI thread: progress, cancel, and the result back on the GUI thread.

    run_task(parent, lambda ctl: export_package(profile, out, ctl.progress, ctl.should_cancel),
             on_success=show_result, title=tr("Exporting…"))

The core function receives a `TaskControl` whose `progress(done, total)` and
`should_cancel()` are the plain callbacks the core services take. A progress dialog
appears only if the work lasts longer than a moment. Failures open the standard error
dialog unless `on_failure` is given; a cancelled task reports nothing.

A background task may have to ask the user something (the centre's trust prompt, a
mass deletion): the question is shown on the GUI thread inside `asking()`, and every
progress dialog gives way while it is open — hidden, and not shown when its delay
ends — so the question is never covered and keeps the focus. A progress dialog also
waits while any modal dialog opened after its task started is on screen (a question
asked without `asking()`). It comes back when the last question is answered.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ui.common.dialogs import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")

PROGRESS_DELAY_MS = 400
RETRY_MS = 150  # how often a progress dialog that gave way looks whether it may show
_running: set[Task] = set()
_questions = [0]  # questions open now (GUI thread only)


@contextlib.contextmanager
def asking() -> Iterator[None]:
    """Wrap a question shown on the GUI thread for a background task: while it is open,
    no progress dialog is on screen (those already shown are hidden, then shown again)."""
    _questions[0] += 1
    for task in list(_running):
        task.give_way()
    try:
        yield
    finally:
        _questions[0] -= 1
        if _questions[0] == 0:
            for task in list(_running):
                task.come_back()


def question_open() -> bool:
    return _questions[0] > 0


class _Probe(QObject):
    probed = Signal()


def _emit_drops_a_reference() -> bool:
    """PySide6 6.12.0's `Signal.emit` returns True without counting the reference it
    hands over: every emit from Python takes one from `True`, and after a few thousand
    progress reports `True` is freed and Python aborts ("bool_dealloc"). Measured once."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.probed.emit()
    return sys.getrefcount(True) < before


_DROPS_REFERENCE = _emit_drops_a_reference()


def emit(signal: Any, *args: object) -> None:
    """`signal.emit(*args)`, giving back the reference PySide takes (see above)."""
    result = signal.emit(*args)
    if _DROPS_REFERENCE and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


class TaskCancelledError(Exception):
    """Raised by `TaskControl.check()` when the user pressed Cancel."""


class TaskControl:
    """Handed to the background function: thread-safe progress and cancel callbacks."""

    def __init__(self, emit_progress: Callable[[int, int], None]) -> None:
        self._emit = emit_progress
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._emit(int(done), int(total))

    def should_cancel(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelledError


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any], signals: _Signals, ctl: TaskControl):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._ctl = ctl

    def run(self) -> None:
        try:
            result = self._fn(self._ctl)
        except BaseException as exc:
            self._deliver(self._signals.failed, exc)
        else:
            self._deliver(self._signals.succeeded, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        try:
            emit(signal, value)
        except RuntimeError:
            log.info("a background task finished after its window was closed")


class Task(QObject):
    """A running background call; lives on the GUI thread and owns its progress dialog.

    It deletes itself when it has delivered its result, and is forgotten when its window
    is closed first (Qt deletes it with its parent; the late result goes nowhere)."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[TaskControl], Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        title: str,
        cancellable: bool,
        error_title: str,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self._error_title = error_title
        self.done = False
        self.signals = _Signals()
        self.control = TaskControl(self._emit_progress)
        queued = Qt.ConnectionType.QueuedConnection
        self.signals.succeeded.connect(self._succeeded, queued)
        self.signals.failed.connect(self._failed, queued)
        self.signals.progressed.connect(self._progressed, queued)
        self.dialog: QProgressDialog | None = None
        self.dialog_due = False  # the delay has passed: shown unless a question is open
        self._modal_at_start = QApplication.activeModalWidget()
        self._progress: tuple[int, int] | None = None
        self.progress_seen = 0  # progress reports received (tests wait on it)
        if title:
            self.dialog = QProgressDialog(
                title, self.tr("Hủy") if cancellable else "", 0, 0, parent
            )
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if not cancellable:
                self.dialog.setCancelButton(None)
            self.dialog.canceled.connect(self.cancel)
            self.dialog.hide()
            self._stop_own_timers()
            QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show_dialog)
        self._runnable = _Runnable(fn, self.signals, self.control)
        self.destroyed.connect(functools.partial(_running.discard, self))

    def _emit_progress(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            emit(self.signals.progressed, done, total)

    def start(self) -> Task:
        _running.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    @Slot()
    def cancel(self) -> None:
        self.control.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Đang hủy…"))

    @property
    def cancelled(self) -> bool:
        return self.control.should_cancel()

    def _show_dialog(self) -> None:
        if self.done or self.dialog is None:
            return
        self.dialog_due = True
        if self._must_wait():
            QTimer.singleShot(RETRY_MS, self, self._show_dialog)
            return
        if not self.dialog.isVisible():
            self.dialog.show()
            self._apply_progress()

    def _must_wait(self) -> bool:
        """A question is open: one asked through `asking()`, or any modal dialog that
        appeared after this task started (and is not its own progress dialog)."""
        if question_open():
            return True
        modal = QApplication.activeModalWidget()
        return modal is not None and modal is not self.dialog and modal is not self._modal_at_start

    def _stop_own_timers(self) -> None:
        """QProgressDialog shows itself after 4 s by its own timer (and after its minimum
        duration): only this task decides when it is shown."""
        if self.dialog is not None:
            for timer in self.dialog.findChildren(QTimer):
                timer.stop()

    def give_way(self) -> None:
        """A question opens: the progress dialog leaves the screen for it."""
        self._stop_own_timers()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.hide()

    def come_back(self) -> None:
        """The question is answered: the progress dialog shows again if it was due."""
        if self.dialog_due and not self.done and self.dialog is not None:
            self._show_dialog()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self.dialog is None or self.done:
            return
        self.progress_seen += 1
        if total > 0:
            self._progress = (done, total)
            if self.dialog.isVisible():  # QProgressDialog.setValue would show it by itself
                self._apply_progress()

    def _apply_progress(self) -> None:
        if self.dialog is None or self._progress is None:
            return
        done, total = self._progress
        scale = max(1, total // 1_000_000)  # QProgressDialog counts in int32
        self.dialog.setMaximum(total // scale)
        self.dialog.setValue(min(done, total) // scale)

    def _finish(self) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        _running.discard(self)
        self.finished.emit()
        self.deleteLater()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if self.cancelled or isinstance(exc, TaskCancelledError):
            log.info("task cancelled: %s", exc)
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self._parent, self._error_title, exc)


def run_task(
    parent: QWidget | None,
    fn: Callable[[TaskControl], T],
    on_success: Callable[[T], None] | None = None,
    *,
    on_failure: Callable[[BaseException], None] | None = None,
    title: str = "",
    cancellable: bool = False,
    error_title: str = "",
) -> Task:
    """Start `fn(control)` on the thread pool; callbacks run on the GUI thread.

    `title` turns on the (delayed) progress dialog; `cancellable` gives it a Cancel button.
    `on_success` receives what `fn` returned, typed as such.
    """
    return Task(parent, fn, on_success, on_failure, title, cancellable, error_title).start()


def running_tasks() -> int:
    return len(_running)
