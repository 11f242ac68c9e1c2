"""Small dialogs of the units page: add or edit a unit, register a unit's key."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cds_desktop import catalog
from ui.centre.units_model import UnitLine
from ui.common.i18n import current_language


class UnitDialog(QDialog):
    """Code, name, group and place in the report order; the code is fixed once added."""

    def __init__(self, parent: QWidget | None, line: UnitLine | None = None) -> None:
        super().__init__(parent)
        self.line = line
        self.setWindowTitle(self.tr("Sửa đơn vị") if line else self.tr("Thêm đơn vị"))
        self.code = QLineEdit(line.code if line else "")
        self.code.setPlaceholderText(self.tr("ví dụ: SO-HNI"))
        self.code.setReadOnly(line is not None)
        self.name = QLineEdit(line.name if line else "")
        self.name.setMinimumWidth(420)
        self.group = QComboBox()
        language = current_language()
        for term in catalog.unit_groups():
            self.group.addItem(term.vi if language == "vi" else term.en, term.code)
        if line is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(line.group)))
        self.order = QSpinBox()
        self.order.setRange(1, 1_000_000)
        self.order.setValue(line.order if line else 1)
        self.order.setEnabled(line is not None)  # a new unit goes to the end
        form = QFormLayout()
        form.addRow(self.tr("Mã đơn vị:"), self.code)
        form.addRow(self.tr("Tên đơn vị:"), self.name)
        form.addRow(self.tr("Nhóm:"), self.group)
        form.addRow(self.tr("Thứ tự trong báo cáo:"), self.order)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def ask(self) -> bool:
        """Show modally; tests replace this."""
        return self.exec() == QDialog.DialogCode.Accepted


class KeyDialog(QDialog):
    """Type the fingerprint the unit reads out over the phone (or from its sheet)."""

    def __init__(self, parent: QWidget | None, line: UnitLine) -> None:
        super().__init__(parent)
        self.line = line
        self.setWindowTitle(self.tr("Đăng ký khóa của đơn vị"))
        unit = QLabel(f"<b>{line.code}</b> — {line.name}")
        unit.setWordWrap(True)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(18)
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint.setFont(font)
        self.fingerprint.setMaxLength(40)
        hint = QLabel(
            self.tr(
                "Nhập mã nhận dạng khóa (20 ký tự) mà đơn vị đọc qua điện thoại hoặc ghi "
                "trên phiếu đăng ký có chữ ký. Không phân biệt chữ hoa, chữ thường; dấu "
                "gạch và khoảng trắng có thể bỏ qua. Sau khi đăng ký, chỉ các gói ký bằng "
                "khóa này mới được nhập."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(unit)
        layout.addWidget(self.fingerprint)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(560, 220)

    def ask(self) -> bool:
        """Show modally; tests replace this."""
        return self.exec() == QDialog.DialogCode.Accepted
