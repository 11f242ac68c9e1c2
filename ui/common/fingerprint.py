"""How a key fingerprint is shown big: fixed-width, bold, framed, selectable. The unit's
wizard and the centre's trust prompt use the same label, so the two officers reading it
over the phone compare like with like."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel

from ui.common import theme


def big_fingerprint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("fingerprint")
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(26)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        f"QLabel {{ border: 2px solid {theme.BORDER}; border-radius: 6px; padding: 14px; }}"
    )
    return label
