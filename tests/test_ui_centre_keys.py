"""A unit's new key and the mass-deletion question, through the centre's widgets: the
replace-key dialog on the Units page (old and new fingerprints side by side, reason,
phone check), revoke and history, the import page's advice for a foreign key, and the
question asked from the import's worker thread before a package deletes most of a
unit's activities."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService
from cds_desktop.packages.importer import import_packages
from cds_desktop.packages.trust import key_history
from cds_desktop.profile import Profile
from tests.centre_support import new_centre
from tests.package_helpers import export, make_unit
from tests.ui_support import type_text, wait_for_tasks
from ui.centre.deletion_prompt import DeletionPrompt
from ui.centre.key_dialogs import KeyHistoryDialog, ReplaceKeyDialog, RevokeKeyDialog
from ui.centre.unit_dialogs import KeyDialog
from ui.centre.units_model import COLUMNS
from ui.main_window import MainWindow


@dataclass
class Packages:
    """SO-HNI's first package (`old1`), its second with every activity deleted
    (`emptied`), and SO-HNI's first package from a reinstalled PC with a new key."""

    old1: Path
    emptied: Path
    new1: Path
    old_fingerprint: str
    new_fingerprint: str


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    root = tmp_path_factory.mktemp("keys")
    old = make_unit(root / "old", "SO-HNI", seed=1)
    old1 = export(old, root / "first")
    service = ActivityService(old)
    for row in service.list_activities():
        service.delete(row.id)
    emptied = export(old, root / "second")
    new = make_unit(root / "new", "SO-HNI", seed=5)
    new1 = export(new, root / "new-pc")
    found = Packages(old1, emptied, new1, old.fingerprint(), new.fingerprint())
    old.close()
    new.close()
    return found


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)


@pytest.fixture
def centre(tmp_path: Path, packages: Packages) -> Iterator[Profile]:
    """A centre that has imported SO-HNI's first package (its key trusted at import)."""
    profile = new_centre(tmp_path)
    [result] = import_packages(profile, [packages.old1], trust_new=True)
    assert result.status == "imported"
    yield profile
    profile.close()


@pytest.fixture
def window(qtbot: QtBot, centre: Profile) -> MainWindow:
    window = MainWindow(centre)
    qtbot.addWidget(window)
    window.show()
    assert window.units is not None  # built when first used (issue 14): read its list now
    wait_for_tasks(qtbot)
    return window


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    return messages


def select_unit(qtbot: QtBot, window: MainWindow, code: str) -> None:
    window.show_page("units")
    page = window.units
    row = page.model.row_of(code)
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.selected_code() == code)


def key_cell(window: MainWindow, code: str) -> str:
    model = window.units.model
    row = model.row_of(code)
    assert row is not None
    return str(model.index(row, COLUMNS.index("key")).data())


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


def test_a_new_pc_key_replaces_the_old_one_through_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    centre: Profile,
    packages: Packages,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the import page says what to do about the new PC's package
    rows = run_import(qtbot, window, packages.new1)
    assert rows[0][3] == "Bị từ chối" and rows[0][7] == "Khóa ký khác khóa đã đăng ký"
    advice = window.import_page.advice.text()
    assert "gọi điện cho đơn vị" in advice and "«Thay khóa…»" in advice

    select_unit(qtbot, window, "SO-HNI")
    page = window.units
    assert not page.key_button.isEnabled()  # a registered key is not registered again
    assert page.replace_key_button.isEnabled() and page.revoke_key_button.isEnabled()
    seen: list[str] = []

    def drive(dialog: ReplaceKeyDialog) -> bool:
        assert dialog.line.code == "SO-HNI"
        assert dialog.old_fingerprint.text() == packages.old_fingerprint
        assert not dialog.replace_button.isEnabled()
        type_text(dialog.fingerprint, packages.new_fingerprint.lower().replace("-", " "))
        assert dialog.new_fingerprint.text() == packages.new_fingerprint  # beside the old
        for label in (dialog.old_fingerprint, dialog.new_fingerprint):  # all 20 characters
            whole = label.fontMetrics().horizontalAdvance(label.text())
            assert label.contentsRect().width() >= whole, label.objectName()
        assert not dialog.replace_button.isEnabled()  # no reason, no phone check yet
        type_text(dialog.reason, "Máy hỏng, đã cài lại Windows")
        assert not dialog.replace_button.isEnabled()
        qtbot.mouseClick(dialog.phone_checked, Qt.MouseButton.LeftButton)
        assert dialog.phone_checked.isChecked() and dialog.replace_button.isEnabled()
        seen.append(dialog.new_fingerprint.text())
        qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
        return dialog.result() == ReplaceKeyDialog.DialogCode.Accepted

    monkeypatch.setattr(ReplaceKeyDialog, "ask", drive)
    page.replace_key_button.click()
    assert seen == [packages.new_fingerprint]
    assert told and packages.new_fingerprint in told[0]
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: key_cell(window, "SO-HNI") == packages.new_fingerprint)
    history = key_history(centre, "SO-HNI")
    assert [(k.fingerprint, k.status) for k in history] == [
        (packages.old_fingerprint, "replaced"),
        (packages.new_fingerprint, "current"),
    ]
    assert history[0].ended_reason == "Máy hỏng, đã cài lại Windows"

    # the new key's first package is accepted (its sequence starts again at 1)
    [result] = import_packages(centre, [packages.new1], allow_deletions=True)
    assert (result.status, result.sequence) == ("imported", 1)
    # and the old key's packages are now refused, as the import page explains
    rows = run_import(qtbot, window, packages.emptied)
    assert rows[0][3] == "Bị từ chối" and rows[0][7] == "Khóa ký đã được thay bằng khóa mới"


def test_the_old_fingerprint_typed_again_is_not_accepted(
    qtbot: QtBot, window: MainWindow, centre: Profile, packages: Packages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    select_unit(qtbot, window, "SO-HNI")

    def drive(dialog: ReplaceKeyDialog) -> bool:
        dialog.fingerprint.setText(packages.old_fingerprint)
        dialog.reason.setText("nhầm")
        dialog.phone_checked.setChecked(True)
        assert "chính là khóa đang đăng ký" in dialog.problem.text()
        assert not dialog.replace_button.isEnabled()
        dialog.fingerprint.setText("ABCD-1234")
        assert dialog.problem.text() and not dialog.replace_button.isEnabled()
        dialog.reject()
        return dialog.result() == ReplaceKeyDialog.DialogCode.Accepted

    monkeypatch.setattr(ReplaceKeyDialog, "ask", drive)
    window.units.replace_key_button.click()
    assert [k.status for k in key_history(centre, "SO-HNI")] == ["current"]


def test_revoke_then_register_a_new_key_and_see_the_history(
    qtbot: QtBot,
    window: MainWindow,
    centre: Profile,
    packages: Packages,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    select_unit(qtbot, window, "SO-HNI")
    page = window.units

    def revoke(dialog: RevokeKeyDialog) -> bool:
        assert not dialog.revoke_button.isEnabled()
        type_text(dialog.reason, "Máy bị mất cắp")
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
        return dialog.result() == RevokeKeyDialog.DialogCode.Accepted

    monkeypatch.setattr(RevokeKeyDialog, "ask", revoke)
    page.revoke_key_button.click()
    assert told and packages.old_fingerprint in told[0]
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: key_cell(window, "SO-HNI") == "chưa đăng ký")
    select_unit(qtbot, window, "SO-HNI")
    assert page.key_button.isEnabled() and not page.replace_key_button.isEnabled()
    rows = run_import(qtbot, window, packages.emptied)
    assert rows[0][7] == "Khóa ký đã bị thu hồi"
    # the revoked key cannot come back through «Đăng ký khóa…»
    monkeypatch.setattr(
        KeyDialog, "ask", lambda self: self.fingerprint.setText(packages.old_fingerprint) or True
    )
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: errors.append(text))
    select_unit(qtbot, window, "SO-HNI")
    page.key_button.click()
    assert errors and "không bao giờ được đăng ký lại" in errors[0]
    assert packages.old_fingerprint in errors[0]

    shown: list[list[str]] = []

    def history(dialog: KeyHistoryDialog) -> None:
        table = dialog.table
        shown.extend(
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        )

    monkeypatch.setattr(KeyHistoryDialog, "ask", history)
    select_unit(qtbot, window, "SO-HNI")
    page.keys_button.click()
    [entry] = shown
    assert entry[0] == packages.old_fingerprint and entry[1] == "Đã thu hồi"
    assert entry[4] == "1" and entry[5] == "Máy bị mất cắp"


class Answers:
    """Answers the mass-deletion question by clicking the real dialog's buttons."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.yes: list[bool] = []
        self.asked: list[tuple[str, bool]] = []

    def ask(self, prompt: DeletionPrompt) -> bool:
        on_gui_thread = threading.current_thread() is threading.main_thread()
        self.asked.append((prompt.numbers.text(), on_gui_thread))
        assert prompt.keep_button.isDefault()
        button = prompt.apply_button if self.yes.pop(0) else prompt.keep_button
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return prompt.result() == DeletionPrompt.DialogCode.Accepted


def test_mass_deletion_is_asked_with_the_numbers(
    qtbot: QtBot,
    window: MainWindow,
    centre: Profile,
    packages: Packages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(qtbot)
    monkeypatch.setattr(DeletionPrompt, "ask", lambda self: answers.ask(self))
    answers.yes.append(False)
    rows = run_import(qtbot, window, packages.emptied)
    assert answers.asked == [("Gói này sẽ xóa 2 trong số 2 hoạt động của đơn vị.", True)]
    assert rows[0][3] == "Bị từ chối"
    assert rows[0][7] == "Gói sẽ xóa phần lớn hoạt động của đơn vị"
    assert "gọi điện hỏi đơn vị" in window.import_page.advice.text()
    assert len(ActivityService(centre).list_rows()) == 2  # the master is unchanged

    answers.yes.append(True)
    rows = run_import(qtbot, window, packages.emptied)
    assert len(answers.asked) == 2
    assert rows[0][2:7] == ("2", "Đã nhập", "0", "0", "2")
    assert ActivityService(centre).list_rows() == []


def test_the_mass_deletion_question_is_a_real_modal_dialog(
    qtbot: QtBot, window: MainWindow, centre: Profile, packages: Packages
) -> None:
    """Not replaced: the broker shows the dialog modally while the worker waits, and a
    click on its «Không nhập» button answers."""
    seen: list[tuple[str, bool]] = []

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, DeletionPrompt) and widget.isVisible() and not seen:
                seen.append((widget.numbers.text(), widget.isModal()))
                widget.keep_button.click()

    timer = QTimer(window)
    timer.timeout.connect(answer)
    timer.start(50)
    rows = run_import(qtbot, window, packages.emptied)
    timer.stop()
    assert seen == [("Gói này sẽ xóa 2 trong số 2 hoạt động của đơn vị.", True)]
    assert rows[0][3] == "Bị từ chối" and rows[0][7] == "Gói sẽ xóa phần lớn hoạt động của đơn vị"
    assert len(ActivityService(centre).list_rows()) == 2
