"""Every window fits the screen's available area on office laptops: 1366×768, 1280×720
and 1024×768 at 100 %, 125 % and 150 % display scaling, on first start and when a size
saved on a big monitor is restored; the activity editor reflows instead of overflowing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from cds_desktop.packages.trust import UnknownKey
from cds_desktop.profile import Profile
from tests.ui_support import wait_for_tasks
from ui.app import CrashDialog, StartWindow
from ui.centre.trust_prompt import TrustPrompt
from ui.common import screen_fit
from ui.common.import_result import ImportResultDialog
from ui.common.sign_dialog import TOKEN, SignDialog
from ui.main_window import MainWindow
from ui.unit.activity_editor import ActivityEditor
from ui.wizard import SetupWizard

TASKBAR = 40  # physical pixels, as on Windows
SCREENS = [
    (width, height, scale)
    for width, height in ((1366, 768), (1280, 720), (1024, 768))
    for scale in (1.0, 1.25, 1.5)
]


def area(width: int, height: int, scale: float) -> QRect:
    """The available area in logical pixels, as Qt reports it at that scaling."""
    return QRect(0, 0, int(width / scale), int((height - TASKBAR) / scale))


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)


def play_screen(monkeypatch: pytest.MonkeyPatch, rect: QRect) -> None:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: rect)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    screen_fit.install_dialog_fitter(app)  # as create_app does


def assert_fits(window: QWidget, rect: QRect) -> None:
    QApplication.processEvents()
    frame = screen_fit.frame_size(window)
    outer = QRect(window.pos(), window.size() + frame)
    name = type(window).__name__
    assert rect.contains(outer), f"{name} {outer} is not inside {rect}"
    for button in window.findChildren(QPushButton):  # no visible button is cut off
        if button.isVisibleTo(window) and button.window() is window:
            corner = button.mapTo(window, QPoint(button.width(), button.height()))
            inside = window.rect().contains(corner - QPoint(1, 1))
            assert inside or scrolled(button), f"{name}: «{button.text()}» is off the window"


def scrolled(widget: QWidget) -> bool:
    """Inside a scroll area (reachable by scrolling)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_every_window_fits_the_laptop_screen(
    qtbot: QtBot,
    unit_profile: Profile,
    centre_profile: Profile,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    width: int,
    height: int,
    scale: float,
) -> None:
    rect = area(width, height, scale)
    play_screen(monkeypatch, rect)
    windows: list[QWidget] = []
    main = MainWindow(unit_profile)
    centre = MainWindow(centre_profile)
    windows += [main, centre]
    windows.append(StartWindow())
    windows.append(ActivityEditor(unit_profile, parent=main))
    unknown = UnknownKey("SO-LDG", "Sở Văn hóa, Thể thao và Du lịch Lâm Đồng", "A" * 24, False)
    windows.append(TrustPrompt(unknown, main))
    windows.append(CrashDialog("Traceback…\n" * 200, main))
    windows.append(ImportResultDialog(main, "Có lỗi", [("2", "B", "Thiếu tên")] * 50))
    windows.append(SetupWizard(tmp_path / "mới"))
    signing = SignDialog(main)
    signing.source.setCurrentIndex(TOKEN)  # the taller of its two forms
    windows.append(signing)
    for window in windows:
        qtbot.addWidget(window)
        window.show()
        assert_fits(window, rect)
    for window in (main, centre):
        for page in window.page_names:  # every page, at the size the window has
            window.show_page(page)
            assert_fits(window, rect)
    wait_for_tasks(qtbot)


@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, 1.5), (1024, 768, 1.25)])
def test_sizes_saved_on_a_big_monitor_are_clamped(
    qtbot: QtBot,
    unit_profile: Profile,
    monkeypatch: pytest.MonkeyPatch,
    width: int,
    height: int,
    scale: float,
) -> None:
    play_screen(monkeypatch, QRect(0, 0, 2560, 1400))
    big = MainWindow(unit_profile)
    qtbot.addWidget(big)
    big.show()
    big.setGeometry(300, 200, 1900, 1100)
    editor = ActivityEditor(unit_profile, parent=big)
    qtbot.addWidget(editor)
    editor.show()
    editor.setGeometry(400, 250, 1700, 1000)
    editor.reject()
    big.close()
    wait_for_tasks(qtbot)
    assert QSettings().value("main/geometry") is not None
    rect = area(width, height, scale)
    play_screen(monkeypatch, rect)
    for make in (lambda: MainWindow(unit_profile), StartWindow):
        window = make()
        qtbot.addWidget(window)
        window.show()
        assert_fits(window, rect)
    again = ActivityEditor(unit_profile, parent=None)
    qtbot.addWidget(again)
    again.show()
    assert_fits(again, rect)
    wait_for_tasks(qtbot)


def test_the_editor_puts_the_evidence_beside_or_below_the_fields(
    qtbot: QtBot, unit_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    play_screen(monkeypatch, area(1920, 1080, 1.0))
    editor = ActivityEditor(unit_profile)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.wide  # a big screen: side by side
    fields, evidence = editor.fields.geometry(), editor.evidence_box.geometry()
    assert evidence.left() > fields.right()
    editor.resize(880, 470)  # 1366×768 at 150 %
    qtbot.waitUntil(lambda: not editor.wide)
    QApplication.processEvents()
    fields, evidence = editor.fields.geometry(), editor.evidence_box.geometry()
    assert evidence.top() > fields.bottom()  # below, reached by scrolling
    assert editor.evidence_box.height() >= 200  # the evidence list stays usable
    save = editor.buttons.buttons()[0]
    assert editor.rect().contains(save.mapTo(editor, save.rect().bottomRight()))
    assert editor.scroll_area.widget().minimumSizeHint().width() <= editor.width()


@pytest.mark.parametrize(("width", "height", "scale", "narrow"), [
    (1920, 1080, 1.0, False),
    (1366, 768, 1.0, False),
    (1024, 768, 1.5, True),
])  # fmt: skip
def test_the_activity_page_reflows_instead_of_scrolling_sideways(
    qtbot: QtBot,
    unit_profile: Profile,
    monkeypatch: pytest.MonkeyPatch,
    width: int,
    height: int,
    scale: float,
    narrow: bool,
) -> None:
    play_screen(monkeypatch, area(width, height, scale))
    window = MainWindow(unit_profile)
    qtbot.addWidget(window)
    window.show()
    page = window.activities
    qtbot.waitUntil(lambda: page.narrow == narrow)
    QApplication.processEvents()
    scroll = page.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert isinstance(scroll, QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()  # everything within the width
    for widget in (page.import_button, page.date_to, page.search):
        corner = widget.mapTo(page, QPoint(widget.width(), widget.height()))
        assert page.rect().contains(corner - QPoint(1, 1))
    wait_for_tasks(qtbot)


@pytest.mark.parametrize(("width", "height", "scale", "columns"), [
    (1920, 1080, 1.0, 5),
    (1366, 768, 1.5, 3),
    (1024, 768, 1.5, 2),
])  # fmt: skip
def test_the_dashboard_puts_fewer_cards_in_a_row_on_a_narrow_screen(
    qtbot: QtBot,
    centre_profile: Profile,
    monkeypatch: pytest.MonkeyPatch,
    width: int,
    height: int,
    scale: float,
    columns: int,
) -> None:
    play_screen(monkeypatch, area(width, height, scale))
    window = MainWindow(centre_profile)
    qtbot.addWidget(window)
    window.show()
    window.show_page("dashboard")
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.card_columns == columns)
    wait_for_tasks(qtbot)
    QApplication.processEvents()
    for scroll in dashboard.findChildren(QScrollArea):
        assert not scroll.horizontalScrollBar().isVisible()


def test_the_editor_never_scrolls_sideways_on_the_smallest_laptop(
    qtbot: QtBot, unit_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    rect = area(1024, 768, 1.5)  # 682×485
    play_screen(monkeypatch, rect)
    editor = ActivityEditor(unit_profile)
    qtbot.addWidget(editor)
    editor.show()
    assert_fits(editor, rect)
    QApplication.processEvents()
    assert not editor.wide
    assert editor.lists.direction() == editor.lists.Direction.TopToBottom  # lists stacked
    assert not editor.scroll_area.horizontalScrollBar().isVisible()
    assert editor.scroll_area.verticalScrollBar().isVisible()  # the rest is below


@pytest.mark.parametrize("role", ["unit", "centre"])
def test_no_page_scrolls_sideways_on_the_smallest_laptop(
    qtbot: QtBot,
    unit_profile: Profile,
    centre_profile: Profile,
    monkeypatch: pytest.MonkeyPatch,
    role: str,
) -> None:
    """1024×768 at 150 %: every page's content is within the window's width (it may
    scroll down, never sideways)."""
    play_screen(monkeypatch, area(1024, 768, 1.5))
    window = MainWindow(unit_profile if role == "unit" else centre_profile)
    qtbot.addWidget(window)
    window.show()
    wide = []
    for name in window.page_names:
        window.show_page(name)
        wait_for_tasks(qtbot)
        QApplication.processEvents()
        for scroll in window.findChildren(QScrollArea):
            if scroll.isVisible() and scroll.horizontalScrollBar().isVisible():
                inner = scroll.widget()
                wide.append(
                    f"{name}: {inner.minimumSizeHint().width()} > {scroll.viewport().width()}"
                )
    assert wide == []
