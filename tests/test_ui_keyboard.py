"""Keyboard-first use: an activity entered from start to save without the mouse, Tab in
reading order, Ctrl+F, Enter/F2/Delete on rows, the first row current on focus, unique
Alt letters in both languages, accessible names, a visible focus ring, text contrast."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QColor, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService
from cds_desktop.packages.trust import UnknownKey
from cds_desktop.profile import Profile
from tests.ui_support import type_text, wait_for_tasks
from ui.app import CrashDialog
from ui.centre.import_model import STATUS_COLOURS
from ui.centre.trust_prompt import TrustPrompt
from ui.common import keyboard, screen_fit
from ui.common.i18n import install_language
from ui.common.import_result import ImportResultDialog
from ui.common.sign_dialog import SignDialog
from ui.main_window import MainWindow
from ui.unit.activity_editor import ActivityEditor
from ui.wizard import SetupWizard

ROOT = Path(__file__).resolve().parent.parent
NO = Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def _polished_app() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    screen_fit.install_dialog_fitter(app)  # as create_app does
    keyboard.install_focus_ring(app)
    yield
    QThreadPool.globalInstance().waitForDone(15_000)
    install_language("vi")


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
    """A key press where the keyboard focus is, as the officer's keyboard sends it."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def window(qtbot: QtBot, unit_profile: Profile) -> MainWindow:
    service = ActivityService(unit_profile)
    for n in range(3):
        service.add(
            {"title": f"Tin số {n}", "form": "news", "start_date": "2024-10-0" + str(n + 1)}
        )
    window = MainWindow(unit_profile)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    qtbot.waitUntil(lambda: not window.activities.loading, timeout=10_000)
    wait_for_tasks(qtbot)
    return window


def test_an_activity_is_entered_from_start_to_save_without_the_mouse(
    qtbot: QtBot, window: MainWindow, unit_profile: Profile
) -> None:
    page = window.activities
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Thêm hoạt động
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ActivityEditor))
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, ActivityEditor)
    activate(qtbot, editor)
    editor.title.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title)
    visited: list[QWidget] = []
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    type_text(editor.title, "Tọa đàm gõ bằng bàn phím")
    for _ in range(60):
        focus = QApplication.focusWidget()
        assert focus is not None
        if not visited or visited[-1] is not focus:
            visited.append(focus)
        if focus is save:
            break
        if focus is editor.form:
            press(qtbot, Qt.Key.Key_Down)  # the first form: none is preset
        if focus is editor.urls:
            type_text(focus, "https://bvhttdl.gov.vn/tin")
        if focus is editor.description:
            type_text(focus, "Mô tả ngắn")
        press(qtbot, Qt.Key.Key_Tab)
    order = [
        editor.title,
        editor.form,
        editor.start_date,
        editor.end_date,
        editor.location,
        editor.organiser,
        editor.participants,
        editor.reach,
        editor.channels,
        editor.topics,
        editor.urls,
        editor.description,
        editor.partners,
        editor.evidence.list,
        editor.evidence.add_file_button,
        editor.evidence.add_link_button,
        save,
    ]
    assert visited == order  # reading order; the disabled evidence buttons are skipped
    assert "\t" not in editor.urls.toPlainText() + editor.description.toPlainText()
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is editor.evidence.add_link_button  # and back again
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # «Lưu»
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    wait_for_tasks(qtbot)
    saved = {r.title: r for r in ActivityService(unit_profile).list_rows()}
    assert "Tọa đàm gõ bằng bàn phím" in saved
    assert editor.form.currentData() == "series"  # chosen with ↓, not preset
    assert page.selected_id() == saved["Tọa đàm gõ bằng bàn phím"].id


def test_ctrl_f_enter_f2_delete_and_the_first_row_on_focus(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, unit_profile: Profile
) -> None:
    page = window.activities
    assert not page.edit_button.isEnabled()
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    assert page.selected_id() == page.model.id_at(0)  # the first row, without Space
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    page.table.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_F2):
        press(qtbot, key)
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, ActivityEditor) and editor.editing
        assert editor.title.text() == page.model.row_at(0).title
        editor.reject()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        page.table.setFocus()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a, **_k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    press(qtbot, Qt.Key.Key_Down)
    doomed = page.selected_id()
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: doomed not in [r.id for r in ActivityService(unit_profile).list_rows()])
    assert len(asked) == 1
    wait_for_tasks(qtbot)


def test_tab_from_the_navigation_enters_a_page_built_when_first_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Issue 14: a page built after the window comes next in the Tab order, as the start
    page (built with the window) does."""
    for name in ("activities", "export", "settings"):
        window.nav.setCurrentRow(window.page_names.index(name))
        window.nav.setFocus()
        qtbot.waitUntil(lambda: window.nav.hasFocus())
        press(qtbot, Qt.Key.Key_Tab)  # the scrolling frame around every page
        press(qtbot, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None and window.page(name).isAncestorOf(focus), (name, focus)


def windows(
    qtbot: QtBot, unit_profile: Profile, centre_profile: Profile, tmp: Path
) -> list[QWidget]:
    """Every kind of window, built (and shown) in the language installed now."""
    unit = MainWindow(unit_profile)
    centre = MainWindow(centre_profile)
    for main in (unit, centre):  # every page, each built when first shown (issue 14)
        for name in main.page_names:
            main.page(name)
    unknown = UnknownKey("SO-LDG", "Sở Văn hóa, Thể thao và Du lịch Lâm Đồng", "A" * 24, False)
    found: list[QWidget] = [
        unit,
        centre,
        ActivityEditor(unit_profile, parent=unit),
        TrustPrompt(unknown, centre),
        CrashDialog("Traceback…", unit),
        ImportResultDialog(unit, "Có lỗi", [("2", "B", "Thiếu tên")]),
        SetupWizard(tmp),
        SignDialog(unit),
    ]
    for window in found:
        qtbot.addWidget(window)
        window.show()
    QApplication.processEvents()
    return found


@pytest.mark.parametrize("language", ["vi", "en"])
def test_alt_letters_are_unique_per_window_in_both_languages(
    qtbot: QtBot,
    unit_profile: Profile,
    centre_profile: Profile,
    tmp_path: Path,
    language: str,
) -> None:
    install_language(language)
    for window in windows(qtbot, unit_profile, centre_profile, tmp_path / "mới"):
        for scope in keyboard.scopes(window):
            letters = [keyboard.mnemonic(text) for text in scope]
            name = type(window).__name__
            assert None not in letters, f"{name} ({language}): no Alt letter in {scope}"
            assert len(set(letters)) == len(letters), f"{name} ({language}): {scope}"
    wait_for_tasks(qtbot)


def test_the_english_window_has_english_alt_letters(qtbot: QtBot, unit_profile: Profile) -> None:
    install_language("en")
    window = MainWindow(unit_profile)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Activities", "&Help"]
    add = window.activities.add_button.text()
    assert add.replace("&", "") == "Add activity"
    assert keyboard.mnemonic(add) not in {"f", "a", "h", None}  # the menus have those
    wait_for_tasks(qtbot)


def test_every_input_and_list_has_an_accessible_name(
    qtbot: QtBot, unit_profile: Profile, centre_profile: Profile, tmp_path: Path
) -> None:
    for window in windows(qtbot, unit_profile, centre_profile, tmp_path / "mới"):
        unnamed = [
            f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
            for w in keyboard.inputs_of(window)
            if not w.accessibleName().strip()
        ]
        assert unnamed == [], f"{type(window).__name__}: {unnamed}"
    wait_for_tasks(qtbot)


def test_the_focus_ring_is_unlike_the_default_button(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    default, other = QPushButton("Lưu"), QPushButton("Hủy")
    default.setDefault(True)
    row = QHBoxLayout(dialog)
    row.setContentsMargins(20, 20, 20, 20)
    row.setSpacing(30)
    row.addWidget(default)
    row.addWidget(other)
    dialog.show()
    activate(qtbot, dialog)
    other.setFocus()
    qtbot.waitUntil(lambda: other.hasFocus())
    image = dialog.grab().toImage()
    ring = QColor(keyboard.FOCUS_COLOUR)

    def ring_pixels(button: QPushButton) -> int:
        box = button.geometry().adjusted(-keyboard.RING, -keyboard.RING, 0, 0)
        return sum(
            image.pixelColor(x, box.top() + 1) == ring
            for x in range(box.left(), box.right() + keyboard.RING)
        )

    assert ring_pixels(other) > other.width() // 2  # a ring around the focused button
    assert ring_pixels(default) == 0  # none around the default one
    default.setFocus()
    qtbot.waitUntil(lambda: default.hasFocus())
    image = dialog.grab().toImage()
    assert ring_pixels(default) > default.width() // 2


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""

    def luminance(colour: str) -> float:
        c = QColor(colour)
        channels = [c.redF(), c.greenF(), c.blueF()]
        lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_text_colours_reach_wcag_aa_contrast() -> None:
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48  # the formula, checked
    used: set[str] = set(STATUS_COLOURS.values()) | {keyboard.FOCUS_COLOUR}
    for source in sorted((ROOT / "ui").rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        used |= set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})", text))
        if source.name.endswith("_model.py"):  # the tables' foreground colours
            used |= set(re.findall(r'QColor\("(#[0-9a-fA-F]{6})"', text))
    assert "#b34700" in used  # «Cũ hơn»
    # white, the tables' alternate rows, the window's background (labels)
    for background in ("#ffffff", "#f7f7f7", "#efefef"):
        low = {c: round(contrast(c, background), 2) for c in used if contrast(c, background) < 4.5}
        assert low == {}, f"below 4.5:1 on {background}"


def shown_title(window: QWidget) -> str:
    """The title bar's text: Qt appends the display name unless the title ends with it."""
    title, name = window.windowTitle(), "CĐS Desktop"
    return title if title.endswith(name) else (f"{title} — {name}" if title else name)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_window_titles_name_the_program_once(
    qtbot: QtBot,
    unit_profile: Profile,
    centre_profile: Profile,
    tmp_path: Path,
    language: str,
) -> None:
    install_language(language)
    found = windows(qtbot, unit_profile, centre_profile, tmp_path / "mới")
    titles = [shown_title(w) for w in found]
    assert titles[0] == "Văn phòng Bộ — CĐS Desktop"
    assert [t for t in titles if t.count("CĐS Desktop") != 1] == []
    wait_for_tasks(qtbot)
