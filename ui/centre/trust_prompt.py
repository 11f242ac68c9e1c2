"""The trust prompt: a package signed by a key the centre has not registered for its unit.

The import runs on a worker thread, but a dialog may only be shown on the GUI thread.
`TrustBroker.decider()` gives the importer a plain `trust_new(unknown) -> bool` callback:
called on the worker, it posts the question to the GUI thread through a queued signal
and waits on a `threading.Event` until the officer has answered (the worker is paused,
the GUI is not). The importer asks right after the package's signature is checked and
before any payload is inflated (docs/package-format.md, "Order of the checks"). While the
prompt is open, the import's progress dialog gives way (`ui.common.tasks.asking`). The
mass-deletion question (`deletion_decider()`, ui/centre/deletion_prompt.py) goes the
same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.centre.deletion_prompt import DeletionPrompt
from ui.common import theme
from ui.common.dialogs import safe_default_buttons, unit_heading
from ui.common.fingerprint import big_fingerprint
from ui.common.tasks import asking, emit

if TYPE_CHECKING:  # the package checks load with the first import, not at start
    from cds_desktop.packages.deletions import MassDeletion
    from cds_desktop.packages.trust import UnknownKey


class TrustPrompt(QDialog):
    """Shows the unit and the fingerprint large and grouped; Trust or Reject."""

    def __init__(self, unknown: UnknownKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unknown = unknown
        self.setWindowTitle(self.tr("Khóa ký chưa được đăng ký"))
        self.setModal(True)
        icon = QLabel()
        icon.setPixmap(theme.icon("warning").pixmap(48, 48))
        heading = QLabel(
            self.tr(
                "Gói dữ liệu của đơn vị dưới đây được ký bằng một khóa mà Trung tâm chưa đăng ký."
            )
        )
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 11pt;")
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading, 1)
        self.unit = unit_heading(unknown.unit_code, unknown.unit_name)
        self.new_unit = QLabel(
            self.tr("Đơn vị này chưa có trong danh sách; nếu tin cậy, đơn vị sẽ được thêm vào.")
        )
        self.new_unit.setWordWrap(True)
        self.new_unit.setVisible(not unknown.unit_in_list)
        self.fingerprint = big_fingerprint(unknown.fingerprint)
        instruction = QLabel(
            self.tr(
                "Gọi điện cho cán bộ của đơn vị (theo số điện thoại Trung tâm đã có, không "
                "dùng số ghi trong thư gửi kèm gói) và đề nghị đọc mã nhận dạng khóa trong "
                "«Cài đặt» của chương trình. Chỉ bấm «Tin cậy khóa này» khi cả 20 ký tự "
                "trùng khớp. Nếu khác, bấm «Từ chối»: gói sẽ không được nhập."
            )
        )
        instruction.setWordWrap(True)
        self.trust_button, self.reject_button, buttons = safe_default_buttons(
            self, self.tr("Tin cậy khóa này"), self.tr("Từ chối")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.unit)
        layout.addWidget(self.new_unit)
        layout.addSpacing(6)
        layout.addWidget(self.fingerprint)
        layout.addSpacing(6)
        layout.addWidget(instruction)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(620, 400)

    def showEvent(self, event: QShowEvent) -> None:
        """On top of the window and with the keyboard focus (Enter = «Từ chối»)."""
        super().showEvent(event)
        self.activateWindow()
        self.reject_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def ask(self) -> bool:
        """Show modally; True if the officer trusts the key. Tests replace this."""
        return self.exec() == QDialog.DialogCode.Accepted


def _prompt(subject: UnknownKey | MassDeletion, parent: QWidget) -> TrustPrompt | DeletionPrompt:
    """The dialog that asks about `subject`."""
    from cds_desktop.packages.deletions import MassDeletion

    if isinstance(subject, MassDeletion):
        return DeletionPrompt(subject, parent)
    return TrustPrompt(subject, parent)


@dataclass
class _Question:
    unknown: UnknownKey | MassDeletion
    answered: threading.Event = field(default_factory=threading.Event)
    trusted: bool = False


class TrustBroker(QObject):
    """Lives on the GUI thread; lets a worker thread ask the trust question."""

    _asked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._closed = threading.Event()
        self._asked.connect(self._ask, Qt.ConnectionType.QueuedConnection)
        closed = self._closed
        self.destroyed.connect(lambda *_: closed.set())

    def decider(self) -> Callable[[UnknownKey], bool]:
        """A `trust_new` callback for one import run: a key rejected once is not asked
        about again in the same run (several packages of one unit)."""
        rejected: set[tuple[str, str]] = set()

        def decide(unknown: UnknownKey) -> bool:
            key = (unknown.unit_code, unknown.fingerprint)
            if key in rejected:
                return False
            trusted = self._question(unknown)
            if not trusted:
                rejected.add(key)
            return trusted

        return decide

    def deletion_decider(self) -> Callable[[MassDeletion], bool]:
        """An `allow_deletions` callback: asks, with the numbers, whether a package may
        delete most of its unit's activities."""
        return self._question

    def _question(self, unknown: UnknownKey | MassDeletion) -> bool:
        question = _Question(unknown)
        if threading.current_thread() is threading.main_thread():
            self._ask(question)
            return question.trusted
        try:
            emit(self._asked, question)
        except RuntimeError:  # the window is gone
            return False
        while not question.answered.wait(0.1):
            if self._closed.is_set():
                return False
        return question.trusted

    def close(self) -> None:
        """Release a waiting worker (its package is then rejected)."""
        self._closed.set()

    @Slot(object)
    def _ask(self, question: _Question) -> None:
        prompt = _prompt(question.unknown, self._window)
        try:
            with asking():  # the import's progress dialog gives way while the prompt is open
                question.trusted = prompt.ask()
        finally:
            question.answered.set()
            prompt.deleteLater()
