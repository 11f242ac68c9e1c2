"""A unit that loses its PC, through the widgets: the full backup from Settings and the
export page's reminder, the restore from the first-run wizard of a new PC, the centre's
export of a unit's data from the Units page and its loading in the unit's Settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.full_backup import last_full_backup
from cds_desktop.packages.importer import import_packages
from cds_desktop.profile import Profile, create_profile, open_profile
from tests.package_helpers import export, make_centre
from tests.ui_support import type_text, wait_for_tasks
from ui.common.backups_box import BackupsBox
from ui.common.recovery_flows import CentreFingerprintDialog, PassphraseDialog
from ui.recovery import RESTART
from ui.unit.export_page import ExportPage
from ui.wizard import SetupWizard

PASSPHRASE = "Hoa sen nở giữa hồ Gươm"
BASE = {"form": "news", "start_date": "2024-10-01"}


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box's text: the static ones and those built by `show_refusal`."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, _t, text: shown.append(f"critical: {text}")
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(f"box: {box.text()}") or 0)
    return shown


def with_evidence(profile: Profile, folder: Path, title: str) -> None:
    photo = folder / "Ảnh.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    ActivityService(profile).add(BASE | {"title": title}, [FileInput(photo)])


def titles(profile: Profile) -> list[str]:
    return sorted(v.data.title for v in ActivityService(profile).list_activities())


def make_backup_from_settings(
    qtbot: QtBot, profile: Profile, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = BackupsBox(profile)
    qtbot.addWidget(box)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda _c, _p, new: PASSPHRASE))
    qtbot.mouseClick(box.full_backup_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot)


def test_full_backup_in_settings_then_restore_in_the_wizard_of_a_new_pc(
    qtbot: QtBot,
    unit_profile: Profile,
    tmp_path: Path,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_evidence(unit_profile, tmp_path, "Hội thảo chuyển đổi số")
    out = tmp_path / "USB" / "sao-lưu"
    out.parent.mkdir()
    make_backup_from_settings(qtbot, unit_profile, out, monkeypatch)
    written = out.with_name("sao-lưu.cdsbackup")
    assert written.is_file()
    assert any("Đã lưu bản sao lưu đầy đủ" in text and "USB" in text for text in said)

    new_pc = tmp_path / "Máy mới"
    wizard = SetupWizard(new_pc)
    qtbot.addWidget(wizard)
    wizard.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(written), ""))
    qtbot.mouseClick(wizard.role_page.restore_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: wizard.profile is not None)
    restored = wizard.profile
    assert restored is not None
    try:
        assert wizard.result() == SetupWizard.DialogCode.Accepted
        assert restored.fingerprint() == unit_profile.fingerprint()
        assert titles(restored) == ["Hội thảo chuyển đổi số"]
        assert any("Đã khôi phục hồ sơ của BO-VP" in text for text in said)
    finally:
        restored.close()


def test_the_wizard_refuses_a_wrong_passphrase_and_creates_nothing(
    qtbot: QtBot,
    unit_profile: Profile,
    tmp_path: Path,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "sao-luu.cdsbackup"
    make_backup_from_settings(qtbot, unit_profile, out, monkeypatch)
    new_pc = tmp_path / "Máy mới"
    wizard = SetupWizard(new_pc)
    qtbot.addWidget(wizard)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(out), ""))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda _c, _p, new: "sai mật khẩu"))
    qtbot.mouseClick(wizard.role_page.restore_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: any(text.startswith("box: ") for text in said))
    assert any("Mật khẩu không đúng" in text for text in said)
    assert wizard.profile is None
    assert not new_pc.exists() or not any(new_pc.iterdir())


def test_the_passphrase_dialog_wants_two_equal_long_entries(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(None, new=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_text(dialog.first, "ngắn")
    assert "ít nhất 8" in dialog.problem.text() and not ok.isEnabled()
    type_text(dialog.first, " nhưng đủ dài")
    type_text(dialog.second, "khác hẳn")
    assert "không giống" in dialog.problem.text() and not ok.isEnabled()
    dialog.second.clear()
    type_text(dialog.second, "ngắn nhưng đủ dài")
    assert ok.isEnabled() and dialog.problem.text() == ""
    assert dialog.passphrase == "ngắn nhưng đủ dài"
    asking = PassphraseDialog(None, new=False)
    qtbot.addWidget(asking)
    type_text(asking.first, "x")
    assert asking.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_export_page_reminds_until_a_full_backup_is_made(
    qtbot: QtBot,
    unit_profile: Profile,
    tmp_path: Path,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ActivityService(unit_profile).add(BASE | {"title": "Tin bài"})
    page = ExportPage(unit_profile)
    qtbot.addWidget(page)
    page.folder.setText(str(tmp_path))
    assert not page.backup_reminder.isVisibleTo(page)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: page.result_box.isVisibleTo(page))
    assert page.backup_reminder.isVisibleTo(page)

    out = tmp_path / "usb.cdsbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda _c, _p, new: PASSPHRASE))
    qtbot.mouseClick(page.full_backup_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: not page.backup_reminder.isVisibleTo(page))
    assert out.is_file() and last_full_backup(unit_profile) is not None


def test_centre_exports_a_units_data_and_the_new_pc_loads_it(
    qtbot: QtBot,
    tmp_path: Path,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui.main_window import MainWindow

    old_pc = create_profile(tmp_path / "old", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    with_evidence(old_pc, tmp_path, "Hội thảo chuyển đổi số")
    package = export(old_pc, tmp_path / "packages")
    old_pc.close()
    centre = make_centre(tmp_path)
    try:
        [result] = import_packages(centre, [package], trust_new=True)
        assert result.status == "imported"
        window = MainWindow(centre)
        qtbot.addWidget(window)
        window.show()
        wait_for_tasks(qtbot)
        window.show_page("units")
        page = window.units
        type_text(page.search, "SO-HNI")
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
        page.table.selectRow(0)
        assert page.data_button.isEnabled()
        out = tmp_path / "du-lieu-SO-HNI"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
        shown: list[str] = []
        monkeypatch.setattr(
            CentreFingerprintDialog, "exec", lambda d: shown.append(d.fingerprint.text()) or 0
        )
        qtbot.mouseClick(page.data_button, Qt.MouseButton.LeftButton)
        wait_for_tasks(qtbot)
        qtbot.waitUntil(lambda: bool(shown))
        assert shown == [centre.fingerprint()]
        centre_fingerprint = centre.fingerprint()
    finally:
        centre.close()

    written = out.with_name("du-lieu-SO-HNI.cdsdata")
    new_pc = create_profile(tmp_path / "new", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    try:
        box = BackupsBox(new_pc)
        qtbot.addWidget(box)
        assert box.from_centre_button.isVisibleTo(box)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(written), ""))
        monkeypatch.setattr(
            QInputDialog, "getText", lambda *_a, **_k: (centre_fingerprint.lower(), True)
        )
        exits: list[int] = []
        monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
        qtbot.mouseClick(box.from_centre_button, Qt.MouseButton.LeftButton)
        wait_for_tasks(qtbot)
        qtbot.waitUntil(lambda: exits == [RESTART])
        assert any("Đã nạp 1 hoạt động" in text for text in said)
        assert titles(new_pc) == ["Hội thảo chuyển đổi số"]
    finally:
        new_pc.close()
    with open_profile(tmp_path / "new") as reopened:
        assert titles(reopened) == ["Hội thảo chuyển đổi số"]


def test_a_wrong_centre_fingerprint_in_settings_is_refused(
    qtbot: QtBot,
    tmp_path: Path,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cds_desktop.unit_data import export_unit_data

    old_pc = create_profile(tmp_path / "old", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    ActivityService(old_pc).add(BASE | {"title": "Tin bài"})
    package = export(old_pc, tmp_path / "packages")
    old_fingerprint = old_pc.fingerprint()
    old_pc.close()
    with make_centre(tmp_path) as centre:
        import_packages(centre, [package], trust_new=True)
        written = export_unit_data(centre, "SO-HNI", tmp_path).path
    with create_profile(tmp_path / "new", "unit", "SO-HNI", "Sở VHTT Hà Nội") as new_pc:
        box = BackupsBox(new_pc)
        qtbot.addWidget(box)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(written), ""))
        monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (old_fingerprint, True))
        qtbot.mouseClick(box.from_centre_button, Qt.MouseButton.LeftButton)
        wait_for_tasks(qtbot)
        qtbot.waitUntil(lambda: bool(said))
        assert any("không phải khóa của Trung tâm" in text for text in said)
        assert titles(new_pc) == []


def test_settings_sends_a_full_backup_to_the_wizard_of_a_new_pc(
    qtbot: QtBot,
    unit_profile: Profile,
    tmp_path: Path,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "sao-luu.cdsbackup"
    make_backup_from_settings(qtbot, unit_profile, out, monkeypatch)
    ActivityService(unit_profile).add(BASE | {"title": "Vẫn còn"})
    box = BackupsBox(unit_profile)
    qtbot.addWidget(box)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(out), ""))
    said.clear()
    qtbot.mouseClick(box.restore_file_button, Qt.MouseButton.LeftButton)
    assert len(said) == 1 and "máy mới" in said[0]
    assert titles(unit_profile) == ["Vẫn còn"]


def test_the_wizards_last_page_reminds_a_unit_of_the_full_backup(
    qtbot: QtBot, unit_profile: Profile, centre_profile: Profile, tmp_path: Path
) -> None:
    for profile, shown in ((unit_profile, True), (centre_profile, False)):
        wizard = SetupWizard(tmp_path / "unused")
        qtbot.addWidget(wizard)
        wizard.profile = profile
        page = wizard.fingerprint_page
        page.initializePage()
        assert page.backup_hint.isVisibleTo(page) is shown
        assert "USB" in page.backup_hint.text()
