"""GUI paths of the centre–unit loop (issue 18): the centre's key, receipts, plans."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop import keys
from cds_desktop.centre_key import check_centre_signer
from cds_desktop.profile import Profile
from tests.ui_support import wait_for_tasks
from ui.settings_page import SettingsPage


def test_centre_settings_show_its_key_and_save_the_key_sheet(
    qtbot: QtBot, centre_profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = SettingsPage(centre_profile)
    qtbot.addWidget(page)
    assert page.centre_fingerprint.text() == centre_profile.fingerprint()
    assert page.sheet_button is not None
    out = tmp_path / "mã khóa trung tâm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.sheet_button.click()
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(told))
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_unit_settings_show_the_centre_key_it_trusts(
    qtbot: QtBot, unit_profile: Profile, centre_profile: Profile
) -> None:
    page = SettingsPage(unit_profile)
    qtbot.addWidget(page)
    assert page.sheet_button is None
    assert page.centre_fingerprint.text() == "(chưa xác nhận)"
    public = keys.load_public_key(centre_profile.paths.public_key)
    fingerprint = centre_profile.fingerprint()
    check_centre_signer(unit_profile, fingerprint, public, fingerprint)
    page.refresh_centre_key()
    assert page.centre_fingerprint.text() == fingerprint
