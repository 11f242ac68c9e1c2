"""The units page's key dialogs: replace a unit's key (a new PC), revoke it, its history.

A key is replaced only explicitly: the old and the new fingerprint are shown side by
side in large letters, a reason is required, and the officer confirms having checked
the new fingerprint with the unit by phone. The rules themselves (a retired key never
comes back, a reason is required) are the core's (`packages.trust`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cds_desktop import keys
from cds_desktop.errors import CdsError
from cds_desktop.packages.trust import KeyEntry
from cds_desktop.text import format_date
from ui.centre.units_model import UnitLine
from ui.common.fingerprint import big_fingerprint

NO_KEY = "—"


def _canonical(text: str) -> str | None:
    try:
        return keys.normalise_fingerprint(text)
    except CdsError:
        return None


def _side_label(fingerprint_text: str) -> QLabel:
    label = big_fingerprint(fingerprint_text)
    font = label.font()
    font.setPointSize(20)  # two of them, one above the other, in a dialog
    label.setFont(font)
    return label


class ReplaceKeyDialog(QDialog):
    """The unit, its registered key and the new one one above the other, the reason, the
    phone check; «Thay khóa» only when all are given."""

    def __init__(self, parent: QWidget | None, line: UnitLine) -> None:
        super().__init__(parent)
        self.line = line
        self.setWindowTitle(self.tr("Thay khóa của đơn vị"))
        unit = QLabel(f"<b>{line.code}</b> — {line.name}")
        unit.setWordWrap(True)
        unit.setStyleSheet("font-size: 13pt;")
        intro = QLabel(
            self.tr(
                "Khi đơn vị chuyển sang máy tính mới hoặc cài lại máy, chương trình của đơn "
                "vị có một khóa mới. Sau khi thay, Trung tâm chỉ nhận các gói ký bằng khóa "
                "mới (số gói của khóa mới bắt đầu lại từ 1); mọi gói ký bằng khóa cũ sẽ bị "
                "từ chối."
            )
        )
        intro.setWordWrap(True)
        self.old_fingerprint = _side_label(line.fingerprint or NO_KEY)
        self.old_fingerprint.setObjectName("oldFingerprint")
        self.new_fingerprint = _side_label(NO_KEY)
        self.new_fingerprint.setObjectName("newFingerprint")
        self.new_fingerprint.setStyleSheet(
            "QLabel { border: 2px solid #2e7d32; border-radius: 6px; padding: 14px; }"
        )
        # one above the other: each key always shows its 20 characters whole, whatever
        # the width a small screen leaves the dialog
        sides = QGridLayout()
        sides.addWidget(QLabel(self.tr("Khóa đang đăng ký (cũ):")), 0, 0)
        sides.addWidget(self.old_fingerprint, 0, 1)
        sides.addWidget(QLabel(self.tr("Khóa mới:")), 1, 0)
        sides.addWidget(self.new_fingerprint, 1, 1)
        sides.setColumnStretch(1, 1)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.fingerprint.setMaxLength(40)
        self.fingerprint.setAccessibleName(self.tr("Mã nhận dạng khóa mới"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(1000)
        self.reason.setPlaceholderText(self.tr("ví dụ: máy hỏng, đã cài lại Windows"))
        self.reason.setAccessibleName(self.tr("Lý do thay khóa"))
        form = QFormLayout()
        form.addRow(self.tr("Mã nhận dạng khóa mới:"), self.fingerprint)
        form.addRow(self.tr("Lý do:"), self.reason)
        self.phone_checked = QCheckBox(
            self.tr(
                "Tôi đã gọi điện cho đơn vị (theo số Trung tâm đã có) và đối chiếu đủ 20 ký "
                "tự của khóa mới"
            )
        )
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button = QPushButton(self.tr("Thay khóa"))
        self.replace_button.setObjectName("primary")
        self.replace_button.setAutoDefault(False)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(unit)
        layout.addWidget(intro)
        layout.addLayout(sides)
        layout.addLayout(form)
        layout.addWidget(self.phone_checked)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for signal in (self.fingerprint.textChanged, self.reason.textChanged):
            signal.connect(lambda _text: self._update())
        self.phone_checked.toggled.connect(lambda _on: self._update())
        self._update()
        self.resize(900, 380)

    def new_key(self) -> str | None:
        """The typed fingerprint in canonical form; None while it is not a fingerprint."""
        return _canonical(self.fingerprint.text())

    def _update(self) -> None:
        new = self.new_key()
        self.new_fingerprint.setText(new or NO_KEY)
        problem = ""
        if self.fingerprint.text().strip() and new is None:
            problem = self.tr("Mã nhận dạng khóa có 20 ký tự (chữ và số), chia thành 5 nhóm.")
        elif new is not None and new == self.line.fingerprint:
            problem = self.tr("Đây chính là khóa đang đăng ký của đơn vị.")
        self.problem.setText(problem)
        self.replace_button.setEnabled(
            new is not None
            and new != self.line.fingerprint
            and bool(self.reason.text().strip())
            and self.phone_checked.isChecked()
        )

    def ask(self) -> bool:
        """Show modally; tests drive the widgets and press the buttons instead."""
        return self.exec() == QDialog.DialogCode.Accepted


class RevokeKeyDialog(QDialog):
    """Revoke the unit's key (a lost or stolen PC): a reason is required."""

    def __init__(self, parent: QWidget | None, line: UnitLine) -> None:
        super().__init__(parent)
        self.line = line
        self.setWindowTitle(self.tr("Thu hồi khóa của đơn vị"))
        unit = QLabel(f"<b>{line.code}</b> — {line.name}")
        unit.setStyleSheet("font-size: 13pt;")
        self.fingerprint = _side_label(line.fingerprint or NO_KEY)
        text = QLabel(
            self.tr(
                "Sau khi thu hồi, mọi gói ký bằng khóa này đều bị từ chối cho đến khi "
                "Trung tâm đăng ký khóa mới của đơn vị. Dùng khi máy tính của đơn vị bị "
                "mất, bị đánh cắp hoặc khóa có thể đã lộ."
            )
        )
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(1000)
        self.reason.setAccessibleName(self.tr("Lý do thu hồi"))
        form = QFormLayout()
        form.addRow(self.tr("Lý do:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revoke_button = QPushButton(self.tr("Thu hồi khóa"))
        self.revoke_button.setAutoDefault(False)
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(unit)
        layout.addWidget(self.fingerprint)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(lambda t: self.revoke_button.setEnabled(bool(t.strip())))
        self.revoke_button.setEnabled(False)
        self.resize(560, 300)

    def ask(self) -> bool:
        return self.exec() == QDialog.DialogCode.Accepted


def key_refusal(exc: BaseException) -> str:
    """A refusal of the key registry in the interface language; "" for other errors."""
    if not isinstance(exc, CdsError):
        return ""
    texts = {
        "key_retired": QCoreApplication.translate(
            "KeyHistory",
            "Khóa {fingerprint} đã bị thay hoặc thu hồi trước đây; một khóa đã thôi dùng "
            "không bao giờ được đăng ký lại. Hãy đề nghị đơn vị đọc mã nhận dạng khóa mới.",
        ),
        "key_same": QCoreApplication.translate(
            "KeyHistory", "Khóa {fingerprint} chính là khóa đang đăng ký của đơn vị."
        ),
        "key_reason_missing": QCoreApplication.translate("KeyHistory", "Hãy ghi lý do."),
        "key_none": QCoreApplication.translate(
            "KeyHistory", "Đơn vị {unit} chưa có khóa nào đang đăng ký."
        ),
    }
    text = texts.get(exc.code)
    return text.format(**exc.params) if text is not None else ""


def status_text(status: str) -> str:
    texts = {
        "current": QCoreApplication.translate("KeyHistory", "Đang dùng"),
        "replaced": QCoreApplication.translate("KeyHistory", "Đã thay"),
        "revoked": QCoreApplication.translate("KeyHistory", "Đã thu hồi"),
    }
    return texts.get(status, status)


def how_text(how: str) -> str:
    texts = {
        "trust": QCoreApplication.translate("KeyHistory", "Đăng ký ở trang Đơn vị"),
        "import": QCoreApplication.translate("KeyHistory", "Tin cậy khi nhập gói"),
        "replace": QCoreApplication.translate("KeyHistory", "Thay khóa"),
        "migration": QCoreApplication.translate("KeyHistory", "Có từ trước"),
    }
    return texts.get(how, how)


class KeyHistoryDialog(QDialog):
    """Every key of the unit: fingerprint, state, since when, until when, why."""

    def __init__(self, parent: QWidget | None, line: UnitLine, entries: Sequence[KeyEntry]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lịch sử khóa của đơn vị"))
        unit = QLabel(f"<b>{line.code}</b> — {line.name}")
        headers = [
            self.tr("Mã nhận dạng khóa"),
            self.tr("Trạng thái"),
            self.tr("Đăng ký"),
            self.tr("Kết thúc"),
            self.tr("Số gói cuối"),
            self.tr("Lý do"),
        ]
        self.table = QTableWidget(len(entries), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, e in enumerate(entries):
            reason = e.ended_reason or e.registered_reason
            cells = [
                e.fingerprint,
                status_text(e.status),
                f"{format_date(e.registered_at.date())} · {how_text(e.registered_how)}",
                format_date(e.ended_at.date() if e.ended_at else None),
                "" if e.last_sequence is None else str(e.last_sequence),
                reason,
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("Đơn vị chưa có khóa nào được đăng ký."))
        self.empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(unit)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(860, 300)

    def ask(self) -> None:
        self.exec()
