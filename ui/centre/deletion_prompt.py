"""The mass-deletion question: a package would delete most of its unit's activities.

Asked from the import's worker thread through `TrustBroker` (ui/centre/trust_prompt.py),
as the trust prompt is; the rule itself is the core's (`packages.deletions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.text import format_number
from ui.common import theme
from ui.common.dialogs import safe_default_buttons, unit_heading
from ui.common.i18n import current_language

if TYPE_CHECKING:
    from cds_desktop.packages.deletions import MassDeletion


class DeletionPrompt(QDialog):
    """How many of how many activities of which unit; «Không nhập» is the default."""

    def __init__(self, found: MassDeletion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(self.tr("Gói sẽ xóa nhiều hoạt động"))
        self.setModal(True)
        language = current_language()
        icon = QLabel()
        icon.setPixmap(theme.icon("warning").pixmap(48, 48))
        self.unit = unit_heading(found.unit_code, found.unit_name)
        self.numbers = QLabel(
            self.tr("Gói này sẽ xóa {deleting} trong số {existing} hoạt động của đơn vị.").format(
                deleting=format_number(found.deleting, language),
                existing=format_number(found.existing, language),
            )
        )
        self.numbers.setObjectName("numbers")
        self.numbers.setWordWrap(True)
        self.numbers.setStyleSheet("font-size: 15pt; font-weight: bold; color: #b71c1c;")
        heading = QVBoxLayout()
        heading.addWidget(self.unit)
        heading.addWidget(self.numbers)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        explanation = QLabel(
            self.tr(
                "Mỗi gói là toàn bộ dữ liệu của đơn vị: hoạt động không có trong gói sẽ bị "
                "xóa khỏi dữ liệu tổng hợp. Máy tính mới hoặc cài lại mà chưa khôi phục dữ "
                "liệu sẽ gửi gói gần như rỗng. Hãy gọi điện hỏi đơn vị trước. Chỉ bấm «Vẫn "
                "nhập và xóa» khi đơn vị xác nhận đã xóa các hoạt động này. Nếu bấm «Không "
                "nhập», gói bị từ chối và dữ liệu tổng hợp giữ nguyên."
            )
        )
        explanation.setWordWrap(True)
        self.apply_button, self.keep_button, buttons = safe_default_buttons(
            self, self.tr("Vẫn nhập và xóa"), self.tr("Không nhập")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(explanation)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(600, 300)

    def ask(self) -> bool:
        """Show modally; True if the package may delete them. Tests replace this."""
        return self.exec() == QDialog.DialogCode.Accepted
