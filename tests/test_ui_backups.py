"""Backups, restore and recovery through the GUI; the crash dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop import backups
from cds_desktop.activities import ActivityService
from cds_desktop.profile import Profile, open_profile
from tests.ui_support import wait_for_tasks
from ui.app import CrashDialog, crash_report
from ui.common.backups_box import BackupsBox
from ui.recovery import RESTART, open_or_recover

BASE = {"form": "news", "start_date": "2024-10-01"}


def titles(data_dir: Path) -> list[str]:
    with open_profile(data_dir) as profile:
        return sorted(v.data.title for v in ActivityService(profile).list_activities())


def damage(database: Path) -> None:
    data = bytearray(database.read_bytes())
    data[4096 : 4096 * 3] = b"\x5a" * (4096 * 2)
    database.write_bytes(bytes(data))


@pytest.fixture
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, _t, text: shown.append(f"critical: {text}")
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    return shown


def test_backup_now_then_restore_it(
    qtbot: QtBot, unit_profile: Profile, data_dir: Path, quiet_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    ActivityService(unit_profile).add(BASE | {"title": "Trước khi sao lưu"})
    box = BackupsBox(unit_profile)
    qtbot.addWidget(box)
    before = box.list.count()
    qtbot.mouseClick(box.backup_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot)
    assert box.list.count() == before + 1
    assert any("sao lưu thủ công" in box.list.item(i).text() for i in range(box.list.count()))
    manual = next(
        i for i in range(box.list.count()) if "sao lưu thủ công" in box.list.item(i).text()
    )
    ActivityService(unit_profile).add(BASE | {"title": "Sau khi sao lưu"})

    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    box.list.setCurrentRow(manual)
    qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    assert exits == [RESTART]
    assert titles(data_dir) == ["Trước khi sao lưu"]
    assert any("Đã khôi phục" in text for text in quiet_dialogs)


def test_evidence_check_reports_through_a_dialog(
    qtbot: QtBot, unit_profile: Profile, quiet_dialogs: list[str]
) -> None:
    box = BackupsBox(unit_profile)
    qtbot.addWidget(box)
    qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(quiet_dialogs))
    assert quiet_dialogs == ["Cả 0 tệp minh chứng đều còn nguyên vẹn."]


def test_damaged_database_at_start_is_restored_from_the_newest_good_backup(
    qtbot: QtBot, unit_profile: Profile, data_dir: Path, quiet_dialogs: list[str]
) -> None:
    ActivityService(unit_profile).add(BASE | {"title": "Còn trong bản sao"})
    backups.make_backup(data_dir / "cds.sqlite3", data_dir / "backups", "manual")
    unit_profile.close()
    damage(data_dir / "cds.sqlite3")
    profile = open_or_recover(None, data_dir)
    assert profile is not None
    with profile:
        [view] = ActivityService(profile).list_activities()
    assert view.data.title == "Còn trong bản sao"
    kinds = [b.reason for b in backups.list_backups(data_dir / "backups")]
    assert "damaged" in kinds


def test_damaged_database_without_backup_is_explained(
    qtbot: QtBot, unit_profile: Profile, data_dir: Path, quiet_dialogs: list[str]
) -> None:
    unit_profile.close()
    for old in (data_dir / "backups").iterdir():
        old.unlink()
    damage(data_dir / "cds.sqlite3")
    assert open_or_recover(None, data_dir) is None
    [message] = quiet_dialogs
    assert message.startswith("critical: the database") and "no good backup" in message


def test_crash_dialog_shows_details_and_copies_them(qtbot: QtBot) -> None:
    try:
        raise ZeroDivisionError("chia cho 0")
    except ZeroDivisionError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert "ZeroDivisionError: chia cho 0" in dialog.details.toPlainText()
    assert "CĐS Desktop" in dialog.details.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
