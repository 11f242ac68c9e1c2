"""What a page or list shows while it has nothing: an icon, what it is, what to do first
and, where there is one, the button that does it. One helper for every empty state, so
they all look alike; `page_heading` gives every page the same title style."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.common import theme


class EmptyState(QWidget):
    def __init__(
        self,
        title: str,
        hint: str,
        action: str = "",
        icon: str = "empty",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        picture = QLabel()
        picture.setPixmap(theme.icon(icon, theme.MUTED).pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"font-size: 13pt; font-weight: bold; color: {theme.TEXT};")
        self.hint = QLabel(hint)
        self.hint.setObjectName("emptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {theme.MUTED}; font-size: 11pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(picture)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self.button: QPushButton | None = None
        if action:
            self.button = QPushButton(action)
            self.button.setObjectName("primary")
            self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


def page_heading(text: str) -> QLabel:
    """A page's title, as the centre's pages show theirs."""
    label = QLabel(text)
    label.setObjectName("pageHeading")
    label.setStyleSheet("font-size: 15pt; font-weight: bold;")
    return label
