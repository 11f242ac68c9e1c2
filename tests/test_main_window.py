"""The main window: navigation, status bar, remembered geometry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService
from cds_desktop.profile import Profile
from ui.common.keyboard import buttons_of, inputs_of, mnemonic
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)


def test_status_bar_shows_unit_campaign_and_counts(qtbot: QtBot, unit_profile: Profile) -> None:
    service = ActivityService(unit_profile)
    for n in range(3):
        service.add({"title": f"Tin {n}", "form": "news", "start_date": "2024-10-01"})
    window = MainWindow(unit_profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.activities.loading, timeout=10_000)
    assert window.unit_label.text() == "BO-VP — Văn phòng Bộ"
    assert "15/09/2024 – 31/10/2024" in window.campaign_label.text()
    assert window.counts_label.text() == "3 hoạt động · 0 minh chứng"
    assert "Chưa xuất" in window.export_label.text()
    assert "Văn phòng Bộ" in window.windowTitle()
    for name in ("reports", "export", "settings", "activities"):
        window.show_page(name)
        assert window.stack.currentIndex() == ("activities", "reports", "export", "settings").index(
            name
        )


def test_pages_are_built_when_first_shown_with_their_alt_letters_and_names(
    qtbot: QtBot, unit_profile: Profile
) -> None:
    """Issue 14: only the start page is built with the window; another page is built the
    first time it is shown, polished as if it had been there from the start."""
    window = MainWindow(unit_profile)
    qtbot.addWidget(window)
    window.show()
    assert [n for n in window.page_names if window.built(n)] == ["activities"]
    menu_letters = {mnemonic(a.text()) for a in window.menuBar().actions()}
    for name in ("export", "settings"):
        window.nav.setCurrentRow(window.page_names.index(name))  # as a click does
        page = window.stack.currentWidget()
        assert window.built(name) and page is window.page(name)
        assert window.stack.indexOf(page) == window.page_names.index(name)
        letters = [mnemonic(b.text()) for b in buttons_of(page) if b.text()]
        assert letters and None not in letters, name
        assert not menu_letters & set(letters), name  # no clash with Tệp, Hoạt động, Trợ giúp
        assert all(w.accessibleName() for w in inputs_of(page)), name
    window.show_page("settings")
    assert window.stack.currentWidget() is window.settings  # built once
    assert not window.built("reports")


def test_centre_status_totals_arrive_without_building_the_dashboard(
    qtbot: QtBot, centre_profile: Profile
) -> None:
    window = MainWindow(centre_profile)
    qtbot.addWidget(window)
    window.show()
    assert [n for n in window.page_names if window.built(n)] == ["import"]
    qtbot.waitUntil(lambda: "/68 đơn vị đã gửi" in window.counts_label.text(), timeout=15_000)
    assert window.counts_label.text().startswith("0/68 đơn vị đã gửi · 0 hoạt động")
    assert not window.built("dashboard")
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=15_000)


def test_geometry_and_table_layout_are_remembered(qtbot: QtBot, unit_profile: Profile) -> None:
    window = MainWindow(unit_profile)
    qtbot.addWidget(window)
    window.show()
    window.activities.table.setColumnWidth(1, 222)
    window.close()
    saved = QSettings().value("main/geometry")
    assert saved is not None
    again = MainWindow(unit_profile)
    qtbot.addWidget(again)
    again.show()
    assert again.activities.table.columnWidth(1) == 222


def test_main_starts_the_wizard_without_a_profile(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import main as entry
    from ui.wizard import SetupWizard

    opened: list[Path] = []

    def cancelled(self: SetupWizard) -> int:
        opened.append(self.data_dir)
        return 0

    monkeypatch.setattr(SetupWizard, "exec", cancelled)
    assert entry.main(["--data-dir", str(tmp_path / "mới"), "--no-crash-dialog"]) == 0
    assert opened == [tmp_path / "mới"]


def test_main_opens_the_window_for_a_profile(
    qtbot: QtBot, unit_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    import main as entry

    shown: list[str] = []

    def run(_app: object) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown.extend(w.windowTitle() for w in windows if w.isVisible())
        for w in windows:
            qtbot.addWidget(w)
        return 0

    monkeypatch.setattr(QApplication, "exec", run)
    root = unit_profile.paths.root
    assert entry.main(["--data-dir", str(root), "--no-crash-dialog"]) == 0
    assert any("Văn phòng Bộ" in title for title in shown)


def test_the_log_says_when_the_program_started_and_its_window_was_painted(
    qtbot: QtBot, unit_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """How long the start took on a PC is in its log (issue 14): the first paint of the
    main window's start page, after the program's start, and when it was ready."""
    from PySide6.QtWidgets import QApplication

    import main as entry
    from cds_desktop.logs import LOG_FILE

    log_file = unit_profile.paths.logs / LOG_FILE

    def lines() -> list[str]:
        return log_file.read_text(encoding="utf-8").splitlines() if log_file.exists() else []

    def run(_app: object) -> int:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                qtbot.addWidget(window)
        qtbot.waitUntil(lambda: any("main window painted" in line for line in lines()))
        return 0

    monkeypatch.setattr(QApplication, "exec", run)
    root = unit_profile.paths.root
    assert entry.main(["--data-dir", str(root), "--no-crash-dialog"]) == 0
    started = [n for n, line in enumerate(lines()) if "CĐS Desktop" in line and "starting" in line]
    painted = [n for n, line in enumerate(lines()) if "main window painted" in line]
    assert started and painted and started[-1] < painted[-1]
    assert len(painted) == 1  # once, at the first paint
    # then the profile opens behind the painted window, and the window takes input
    ready = [n for n, line in enumerate(lines()) if "main window ready" in line]
    assert ready and ready[-1] > painted[-1]


def test_the_window_painted_first_closes_when_its_profile_will_not_open(
    qtbot: QtBot, unit_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start view shows the data at once; the checks of `open_profile` run right after
    the paint. When they refuse (here SQLite's check finds damage and there is no backup),
    the user is told why and the program ends with 1, without a traceback."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import main as entry
    from cds_desktop import profile as profile_module

    root = unit_profile.paths.root
    unit_profile.close()
    monkeypatch.setattr(profile_module, "integrity_problem", lambda _db: "malformed page 7")
    told: list[str] = []
    monkeypatch.setattr(
        "ui.recovery.show_error", lambda _parent, title, exc: told.append(f"{title}: {exc}")
    )
    windows: list[MainWindow] = []

    def watch() -> None:
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    QTimer.singleShot(0, watch)  # from the event loop, once the window is shown
    guard = QTimer()  # ends a hang; stopped after, or it would end a later test's loops
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(60_000)
    try:
        code = entry.main(["--data-dir", str(root), "--no-crash-dialog"])
    finally:
        guard.stop()
    assert code == 1
    assert told and "malformed page 7" in told[0]
    [window] = windows
    qtbot.addWidget(window)
    assert not window.attached
    assert window.activities.model.rowCount() == 0  # the start view of an empty unit
