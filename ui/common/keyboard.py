"""Keyboard-first use: Alt mnemonics, accessible names and a visible focus ring.

* `give_mnemonics(window)`: every button and menu item without an Alt mnemonic gets one,
  unique within what one Alt key press can reach (a dialog; the main window's menu bar
  plus the page on screen; one menu). Letters already chosen in the source strings or
  translations (`&Tệp`) are kept; the others are taken from the start of a word when
  possible, ASCII only (an officer types Alt+X, not Alt+ư). Run after translation, so
  both languages get them.
* `name_inputs(window)`: an input or list without an accessible name is named after its
  label (the form's buddy label), else its placeholder or tooltip.
* `tab_leaves_text_boxes(window)`: Tab in a multi-line box goes to the next field.
* `FocusRing`: a 2 px ring in its own colour around the widget that has the keyboard
  focus, clearly unlike the default button's border.

`polish_window` does the first three; the main window calls it after building, and every
dialog gets it when shown (`ui.common.screen_fit.DialogFitter`).
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

FOCUS_COLOUR = "#0b57d0"  # a strong blue, 7.1:1 on white; the default button is not ringed
RING = 3  # pixels outside the widget
INPUTS: tuple[type[QWidget], ...] = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)
_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text (lower case), None without one (`&&` is a literal &)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def with_mnemonic(text: str, taken: set[str]) -> str:
    """`text` with `&` before the first free ASCII letter or digit, word starts first."""
    if not text or mnemonic(text) is not None:
        return text
    starts = [i for i, ch in enumerate(text) if i == 0 or not text[i - 1].isalnum()]
    others = [i for i in range(len(text)) if i not in starts]
    for i in starts + others:
        ch = text[i]
        if ch.isascii() and ch.isalnum() and ch.lower() not in taken:
            taken.add(ch.lower())
            return text[:i] + "&" + text[i:]
    return text


def _internal(widget: QWidget) -> bool:
    """Part of a composite widget (a spin box's line edit, a calendar's buttons)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def buttons_of(root: QWidget) -> list[QAbstractButton]:
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if b.text() and not _internal(b) and not isinstance(b.parentWidget(), QTabBar)
    ]


def _first_served(button: QAbstractButton) -> int:
    if isinstance(button, QPushButton) and button.isDefault():
        return 0
    return 1 if isinstance(button.parentWidget(), QDialogButtonBox) else 2


def _give(buttons: list[QAbstractButton], taken: set[str]) -> None:
    taken.update(m for m in (mnemonic(b.text()) for b in buttons) if m is not None)
    # the default button and a dialog's own buttons (Lưu, Hủy) choose first
    for button in sorted(buttons, key=_first_served):
        button.setText(with_mnemonic(button.text(), taken))


def _give_actions(actions: list[QAction], taken: set[str]) -> None:
    taken.update(m for m in (mnemonic(a.text()) for a in actions) if m is not None)
    for action in actions:
        action.setText(with_mnemonic(action.text(), taken))


def _menus(window: QMainWindow) -> list[QAction]:
    return [a for a in window.menuBar().actions() if a.menu() is not None]


def _menu_items(menu_action: QAction) -> list[QAction]:
    menu = menu_action.menu()
    if not isinstance(menu, QMenu):
        return []
    return [a for a in menu.actions() if not a.isSeparator() and a.text()]


def _pages(window: QMainWindow) -> list[QWidget]:
    stack = getattr(window, "stack", None)
    if isinstance(stack, QStackedWidget):
        return [w for w in (stack.widget(i) for i in range(stack.count())) if w is not None]
    return [window]


def scopes(window: QWidget) -> list[list[str]]:
    """The texts one Alt press chooses among, per scope: a dialog; the main window's menu
    bar with one page; one menu."""
    if not isinstance(window, QMainWindow):
        return [[b.text() for b in buttons_of(window)]]
    bar = [a.text() for a in _menus(window)]
    found = [bar + [b.text() for b in buttons_of(page)] for page in _pages(window)]
    found += [[a.text() for a in _menu_items(m)] for m in _menus(window)]
    return found


def give_mnemonics(window: QWidget) -> None:
    if not isinstance(window, QMainWindow):
        _give(buttons_of(window), set())
        return
    taken: set[str] = set()
    _give_actions(_menus(window), taken)
    for page in _pages(window):
        _give(buttons_of(page), set(taken))
    for menu in _menus(window):
        _give_actions(_menu_items(menu), set())


def inputs_of(root: QWidget) -> list[QWidget]:
    """Inputs and lists (a table's header is part of its table)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INPUTS) and not isinstance(w, QHeaderView) and not _internal(w)
    ]


def name_inputs(window: QWidget) -> None:
    buddies: dict[int, str] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            buddies[id(buddy)] = label.text()
    for widget in inputs_of(window):
        if widget.accessibleName():
            continue
        text = buddies.get(id(widget), "")
        if not text and isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            text = widget.placeholderText()
        text = text or widget.toolTip()
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        text = text.strip().rstrip("*").strip().rstrip(":").strip()
        if text:
            widget.setAccessibleName(text)


def tab_leaves_text_boxes(window: QWidget) -> None:
    """Tab in a multi-line box moves on to the next field instead of typing a tab."""
    for box in window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit):
        if not box.isReadOnly():
            box.setTabChangesFocus(True)


def polish_window(window: QWidget) -> None:
    give_mnemonics(window)
    name_inputs(window)
    tab_leaves_text_boxes(window)


def polish_page(window: QMainWindow, page: QWidget) -> None:
    """A main window's page built after the window (when first shown): Alt letters that
    do not clash with the menu bar's, accessible names, Tab out of text boxes."""
    taken = {m for m in (mnemonic(a.text()) for a in _menus(window)) if m is not None}
    _give(buttons_of(page), taken)
    name_inputs(page)
    tab_leaves_text_boxes(page)


class FocusRing(QWidget):
    """Drawn around the focused widget, inside the widget's parent; ignores the mouse."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, target: QWidget) -> None:
        self.target = target
        self.setGeometry(target.geometry().adjusted(-RING, -RING, RING, RING))
        self.setVisible(target.isVisible())
        self.raise_()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(FOCUS_COLOUR))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRoundedRect(QRect(1, 1, self.width() - 2, self.height() - 2), 4, 4)


class FocusRings(QObject):
    """Moves one ring to whichever widget takes the keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        self.target: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        ring = self.ring if self.ring is not None and shiboken6.isValid(self.ring) else None
        if new is None or not isinstance(new, (QAbstractButton, *INPUTS)) or new.isWindow():
            if ring is not None:
                ring.hide()
            return
        parent = new.parentWidget()
        if parent is None or isinstance(parent, QSplitter | QMainWindow):
            if ring is not None:  # a splitter would take the ring for a pane of its own
                ring.hide()
            return
        if ring is None or ring.parentWidget() is not parent:
            if ring is not None:
                ring.deleteLater()
            ring = FocusRing(parent)
        self.ring = ring
        self.target = new
        new.installEventFilter(self)
        ring.follow(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)
        ring = self.ring
        if (
            event.type() in kinds
            and watched is self.target
            and ring is not None
            and shiboken6.isValid(ring)
            and isinstance(watched, QWidget)
        ):
            ring.follow(watched)
        return False


def install_focus_ring(app: QApplication) -> FocusRings:
    existing = app.findChild(FocusRings)
    return existing if isinstance(existing, FocusRings) else FocusRings(app)
