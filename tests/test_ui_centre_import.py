"""W7 through the widgets: import packages made by the core from test units — trusted,
unknown then trusted or rejected at the prompt, tampered, stale, duplicate — the result
table, saving it, drag and drop, and the pages refreshed after an import."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService
from cds_desktop.models import Unit
from cds_desktop.packages.trust import UnknownKey, trust_unit_key
from cds_desktop.profile import Profile
from cds_desktop.units import UnitService
from tests.centre_support import Packages, build_packages, copy_to, new_centre
from tests.ui_support import wait_for_tasks
from ui.centre.import_log_page import COLUMNS as LOG_COLUMNS
from ui.centre.import_page import ImportPage
from ui.centre.trust_prompt import TrustPrompt
from ui.common import tasks
from ui.main_window import MainWindow


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    return build_packages(tmp_path_factory.mktemp("units"))


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[Profile]:
    profile = new_centre(tmp_path)
    yield profile
    profile.close()


@pytest.fixture
def window(qtbot: QtBot, centre: Profile) -> MainWindow:
    window = MainWindow(centre)
    qtbot.addWidget(window)
    window.show()
    wait_for_tasks(qtbot)
    return window


class Prompts:
    """Answers the trust prompt with the next of `answers` (default: Trust) and records
    (unknown key, answer, asked on the GUI thread)."""

    def __init__(self) -> None:
        self.asked: list[tuple[UnknownKey, bool, bool]] = []
        self.answers: list[bool] = []

    def ask(self, prompt: TrustPrompt) -> bool:
        answer = self.answers.pop(0) if self.answers else True
        assert prompt.fingerprint.text() == prompt.unknown.fingerprint
        on_gui_thread = threading.current_thread() is threading.main_thread()
        self.asked.append((prompt.unknown, answer, on_gui_thread))
        return answer


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    recorder = Prompts()
    monkeypatch.setattr(TrustPrompt, "ask", lambda self: recorder.ask(self))
    return recorder


def run_import(qtbot: QtBot, window: MainWindow, *paths: Path) -> list[tuple[str, ...]]:
    page = window.import_page
    task = page.import_paths(list(paths))
    assert task is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    wait_for_tasks(qtbot)
    model = page.model
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_centre_window_shows_the_centre_navigation(window: MainWindow) -> None:
    names = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert names == ["Nhập gói", "Đơn vị", "Tổng quan", "Dữ liệu tổng hợp", "Báo cáo", "Cài đặt"]
    for name in ("units", "dashboard", "master", "reports", "settings", "import"):
        window.show_page(name)
    assert window.stack.currentWidget() is window.import_page
    assert window.acceptDrops()


def test_registered_key_imports_and_the_pages_refresh(
    qtbot: QtBot, window: MainWindow, centre: Profile, packages: Packages, prompts: Prompts
) -> None:
    trust_unit_key(centre, "SO-HNI", packages.hni_fingerprint.lower().replace("-", " "))
    rows = run_import(qtbot, window, packages.hni1)
    assert rows == [(packages.hni1.name, "SO-HNI", "1", "Đã nhập", "2", "0", "0", "")]
    assert prompts.asked == []
    assert "1 đã nhập" in window.import_page.summary.text()
    assert window.import_page.save_button.isEnabled()
    # the dashboard, the units and the status bar show the new data
    qtbot.waitUntil(lambda: window.dashboard.cards["activities"].value.text() == "2")
    expected = len(UnitService(centre).list_units()) - 1  # the centre itself is not counted
    assert window.dashboard.cards["units"].value.text() == f"1 / {expected}"
    assert window.dashboard.cards["participants"].value.text() == "250"
    assert window.dashboard.cards["reach"].value.text() == "12.000"
    assert window.dashboard.cards["evidence"].value.text() == "4"
    assert f"1/{expected} đơn vị đã gửi · 2 hoạt động" in window.counts_label.text()
    assert dict(window.dashboard.bar_values(window.dashboard.form_chart)) == {
        "Hội thảo": 1,
        "Tin, bài": 1,
    }
    # the unit's short name, not its code (SO-HNI means nothing to a leader)
    assert window.dashboard.bar_values(window.dashboard.unit_chart) == [("Sở VHTT Hà Nội", 2)]
    bars = window.dashboard.time_chart.series()[0].barSets()[0]  # type: ignore[attr-defined]
    days = [int(bars.at(i)) for i in range(bars.count())]
    assert len(days) == 47 and sum(days) == 2  # 15/09–31/10
    assert window.dashboard.time_points[23] == (dt.date(2024, 10, 8), 1) and days[23] == 1
    window.dashboard.step.setCurrentIndex(window.dashboard.step.findData("week"))
    weeks = window.dashboard.time_points
    assert len(weeks) == 7 and sum(v for _k, v in weeks) == 2
    units = window.units.model  # the page is built now, when first used (issue 14)
    qtbot.waitUntil(lambda: not window.units.loading, timeout=10_000)
    row = units.row_of("SO-HNI")
    assert row is not None
    assert units.index(row, 5).data() == "Đã gửi" and units.index(row, 6).data() == "1"


def test_unknown_key_trusted_at_the_prompt(
    qtbot: QtBot,
    window: MainWindow,
    centre: Profile,
    packages: Packages,
    prompts: Prompts,
) -> None:
    rows = run_import(qtbot, window, packages.hni1)
    assert [r[3] for r in rows] == ["Đã nhập"]
    [(unknown, answer, on_gui_thread)] = prompts.asked
    assert answer and on_gui_thread
    assert unknown.unit_code == "SO-HNI" and unknown.fingerprint == packages.hni_fingerprint
    units = {u.code: u for u in UnitService(centre).list_units()}
    assert units["SO-HNI"].fingerprint == packages.hni_fingerprint
    assert len(ActivityService(centre).list_rows()) == 2
    # the key is known now: the next package is not asked about
    rows = run_import(qtbot, window, packages.hni2)
    assert [r[3] for r in rows] == ["Đã nhập"] and len(prompts.asked) == 1


def test_unknown_key_rejected_at_the_prompt_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    centre: Profile,
    packages: Packages,
    prompts: Prompts,
    tmp_path: Path,
) -> None:
    prompts.answers.extend([True, False])  # a folder is read by name: SO-HCM, then SO-HNI
    folder = copy_to(tmp_path / "USB", packages.hni1, packages.hcm1)
    rows = run_import(qtbot, window, folder)
    by_unit = {r[1]: r for r in rows}
    assert by_unit["SO-HCM"][3] == "Đã nhập"
    assert by_unit["SO-HNI"][3] == "Bị từ chối"
    assert by_unit["SO-HNI"][7] == "Khóa ký chưa được đăng ký"
    assert [p[0].unit_code for p in prompts.asked] == ["SO-HCM", "SO-HNI"]
    units = {u.code: u for u in UnitService(centre).list_units()}
    assert units["SO-HNI"].fingerprint is None
    assert {r.unit_code for r in ActivityService(centre).list_rows()} == {"SO-HCM"}
    assert "1 đã nhập" in window.import_page.summary.text()
    assert "1 bị từ chối" in window.import_page.summary.text()


def test_rejected_key_is_asked_once_per_run(
    qtbot: QtBot,
    window: MainWindow,
    packages: Packages,
    prompts: Prompts,
) -> None:
    prompts.answers.append(False)
    rows = run_import(qtbot, window, packages.hni1, packages.hni2)
    assert [r[3] for r in rows] == ["Bị từ chối", "Bị từ chối"]
    assert len(prompts.asked) == 1


def test_tampered_stale_and_duplicate_packages(
    qtbot: QtBot,
    window: MainWindow,
    centre: Profile,
    packages: Packages,
    prompts: Prompts,
) -> None:
    rows = run_import(qtbot, window, packages.tampered)
    assert rows[0][3] == "Bị từ chối"
    assert rows[0][4:7] == ("–", "–", "–")  # nothing was read: no "0 0 0"
    assert rows[0][7] == "Tệp hỏng hoặc bị sửa đổi sau khi ký"  # said in the interface language
    tip = window.import_page.model.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert "gửi lại tệp gói" in tip  # what to do
    assert "Chi tiết kỹ thuật: " in tip and "SHA-256 does not match" in tip  # the core's detail
    advice = window.import_page.advice  # shown under the table without a click
    assert not advice.isHidden() and advice.text().startswith(packages.tampered.name + ": ")
    assert "gửi lại tệp gói" in advice.text() and "SHA-256 does not match" in advice.text()
    # The key is decided before any payload is read (docs/package-format.md, "Order of
    # the checks"): the intact signature is offered for trust, the damaged evidence found
    # after; trusting it registered nothing.
    assert len(prompts.asked) == 1
    assert ActivityService(centre).list_rows() == []
    with centre.database.session() as session:
        unit = session.get(Unit, "SO-HNI")
        assert unit is not None and unit.fingerprint is None

    rows = run_import(qtbot, window, packages.hni2)
    assert rows[0][2:4] == ("2", "Đã nhập")
    assert advice.isHidden()  # nothing to say about an imported package
    rows = run_import(qtbot, window, packages.hni1, packages.hni2)
    assert [r[3] for r in rows] == ["Cũ hơn (không thay đổi gì)", "Trùng lặp (đã nhập trước)"]
    assert [r[7] for r in rows] == ["Đã nhập gói mới hơn của đơn vị", "Gói đã được nhập trước đây"]
    window.import_page.table.selectRow(0)  # the officer asks what "stale" means
    assert "gói cũ không thay đổi gì" in advice.text() and not advice.isHidden()
    assert len(prompts.asked) == 2
    # the import log lists every package, rejected ones included
    window.show_page("reports")
    window.centre_reports.tabs.setCurrentWidget(window.centre_reports.log)
    wait_for_tasks(qtbot)
    log = window.centre_reports.log.model
    assert log.rowCount() == 4
    statuses = [log.index(r, LOG_COLUMNS.index("status")).data() for r in range(log.rowCount())]
    assert sorted(statuses) == sorted(
        ["Bị từ chối", "Đã nhập", "Cũ hơn (không thay đổi gì)", "Trùng lặp (đã nhập trước)"]
    )
    rejected = statuses.index("Bị từ chối")
    reason = LOG_COLUMNS.index("reason")
    assert log.index(rejected, reason).data() == "Tệp hỏng hoặc bị sửa đổi sau khi ký"
    assert "SHA-256 does not match" in log.index(rejected, reason).data(Qt.ItemDataRole.ToolTipRole)
    counts = [LOG_COLUMNS.index(c) for c in ("added", "updated", "deleted")]
    assert [log.index(rejected, c).data() for c in counts] == ["–", "–", "–"]


def test_result_table_is_saved_as_excel_and_csv(
    qtbot: QtBot,
    window: MainWindow,
    packages: Packages,
    prompts: Prompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_import(qtbot, window, packages.hni1, packages.tampered)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    xlsx = tmp_path / "kết quả"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx), ""))
    window.import_page.save_button.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=15_000)
    sheet = openpyxl.load_workbook(xlsx.with_name("kết quả.xlsx")).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:4] == ["Tệp", "Đơn vị", "Số thứ tự gói", "Kết quả"]
    assert [v[3] for v in values[1:]] == ["Đã nhập", "Bị từ chối"]
    assert values[0][7:9] == ["Lý do", "Chi tiết"]
    assert values[2][7] == "Tệp hỏng hoặc bị sửa đổi sau khi ký" and "SHA-256" in values[2][8]
    target = tmp_path / "kết quả.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.import_page.save_button.click()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=15_000)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[1][:5] == [packages.hni1.name, "SO-HNI", "1", "Đã nhập", "2"]


def test_packages_dropped_on_the_window_are_imported(
    qtbot: QtBot, window: MainWindow, packages: Packages, prompts: Prompts
) -> None:
    window.show_page("dashboard")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(packages.hcm1))])
    event = QDropEvent(
        QPointF(300, 300),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.stack.currentWidget() is window.import_page
    qtbot.waitUntil(lambda: window.import_page.task is None, timeout=30_000)
    wait_for_tasks(qtbot)
    assert window.import_page.model.rows[0].unit_code == "SO-HCM"
    assert window.import_page.model.rows[0].status == "imported"
    QApplication.processEvents()


def test_cancel_keeps_the_finished_packages(
    qtbot: QtBot,
    window: MainWindow,
    packages: Packages,
    prompts: Prompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = window.import_page
    original = TrustPrompt.ask

    asked: list[TrustPrompt] = []

    def cancel_then_trust(self: TrustPrompt) -> bool:
        asked.append(self)
        assert page.task is not None
        if len(asked) == 2:  # the officer presses Cancel while the second package is asked
            page.task.cancel()  # (its key is asked before its evidence is read)
        return original(self)

    monkeypatch.setattr(TrustPrompt, "ask", cancel_then_trust)
    run_import(qtbot, window, packages.hni1, packages.hcm1)
    assert page.cancelled
    assert [r.unit_code for r in page.model.rows] == ["SO-HNI"]
    assert "Đã hủy" in page.summary.text()


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


class RealPrompt:
    """Answers the real trust prompt from inside its own event loop, once the import's
    progress dialog is due, with real key presses or clicks; records what was on screen."""

    def __init__(self, qtbot: QtBot, page: ImportPage, answers: list[str]) -> None:
        self.qtbot = qtbot
        self.page = page
        self.answers = answers  # "keyboard-trust", "keyboard-reject", "mouse-trust", …
        self.seen: list[dict[str, object]] = []
        self.tries = 0
        QTimer.singleShot(0, self.poll)

    def poll(self) -> None:
        prompt = QApplication.activeModalWidget()
        task = self.page.task
        due = task is not None and task.dialog_due
        ready = isinstance(prompt, TrustPrompt) and prompt.isVisible() and due
        self.tries += 1
        if not ready or (QApplication.activeWindow() is not prompt and self.tries < 300):
            if self.answers:  # the window system activates the prompt a moment after showing
                QTimer.singleShot(10, self.poll)
            return
        assert isinstance(prompt, TrustPrompt)
        self.tries = 0
        assert task is not None and task.dialog is not None
        answer = self.answers.pop(0)
        try:
            label = prompt.fingerprint
            self.seen.append(
                {
                    "unit": prompt.unknown.unit_code,
                    "active_modal": QApplication.activeModalWidget() is prompt,
                    "progress_shown": task.dialog.isVisible(),
                    "focus": QApplication.focusWidget() is prompt.reject_button,
                    "whole_fingerprint": label.width() >= label.sizeHint().width()
                    and prompt.rect().contains(label.geometry()),
                }
            )
            if answer == "keyboard-trust":  # Shift+Tab from «Từ chối» to «Tin cậy», Space
                self.key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
                assert QApplication.focusWidget() is prompt.trust_button
                self.key(Qt.Key.Key_Space)
            elif answer == "keyboard-reject":  # Enter presses the default «Từ chối»
                self.key(Qt.Key.Key_Return)
            else:
                button = prompt.trust_button if answer == "mouse-trust" else prompt.reject_button
                self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        finally:
            if prompt.isVisible():  # never leave the import waiting on a failed test
                prompt.done(QDialog.DialogCode.Rejected)
                self.seen.append({"unanswered": answer})
            if self.answers:
                QTimer.singleShot(10, self.poll)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        focus = QApplication.focusWidget()
        assert focus is not None
        self.qtbot.keyClick(focus, key, modifier)


def test_the_prompt_is_never_covered_by_the_progress_dialog(
    qtbot: QtBot,
    window: MainWindow,
    centre: Profile,
    packages: Packages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 30)  # the progress dialog is due at once
    page = window.import_page
    folder = copy_to(tmp_path / "USB", packages.hni1, packages.hcm1)  # SO-HCM, then SO-HNI
    real = RealPrompt(qtbot, page, ["keyboard-trust", "mouse-reject"])
    rows = run_import(qtbot, window, folder)
    expected = {
        "active_modal": True,
        "progress_shown": False,
        "focus": True,
        "whole_fingerprint": True,
    }
    assert real.seen == [{"unit": "SO-HCM", **expected}, {"unit": "SO-HNI", **expected}]
    by_unit = {r[1]: r for r in rows}
    assert by_unit["SO-HCM"][3] == "Đã nhập"
    assert (by_unit["SO-HNI"][3], by_unit["SO-HNI"][7]) == (
        "Bị từ chối",
        "Khóa ký chưa được đăng ký",
    )
    units = {u.code: u for u in UnitService(centre).list_units()}
    assert units["SO-HCM"].fingerprint == packages.hcm_fingerprint
    assert units["SO-HNI"].fingerprint is None
    assert not page.cancelled


def test_the_prompt_answered_by_mouse_trusts_and_by_keyboard_rejects(
    qtbot: QtBot,
    window: MainWindow,
    centre: Profile,
    packages: Packages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 30)
    page = window.import_page
    real = RealPrompt(qtbot, page, ["keyboard-reject"])
    rows = run_import(qtbot, window, packages.hni1)
    assert [r[3] for r in rows] == ["Bị từ chối"] and len(real.seen) == 1
    assert real.seen[0]["active_modal"] and not real.seen[0]["progress_shown"]
    real = RealPrompt(qtbot, page, ["mouse-trust"])
    rows = run_import(qtbot, window, packages.hni1)
    assert [r[3] for r in rows] == ["Đã nhập"] and len(real.seen) == 1
    units = {u.code: u for u in UnitService(centre).list_units()}
    assert units["SO-HNI"].fingerprint == packages.hni_fingerprint
    assert len(ActivityService(centre).list_rows()) == 2


def test_master_report_as_word_from_the_centre_reports_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.centre_reports.report
    assert page.docx_button.text().replace("&", "") == "Xuất Word…"
    target = tmp_path / "tổng hợp.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page.docx_button.click()
    wait_for_tasks(qtbot, 30_000)
    import docx

    text = " ".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "3. Kết quả theo cơ quan, đơn vị" in text  # the master report
    assert "Các cơ quan, đơn vị chưa gửi báo cáo" in text
