"""W1 through the wizard: unit found by typing without diacritics, key, fingerprint, sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from cds_desktop.profile import open_profile
from ui.wizard import SetupWizard


def type_text(widget: object, text: str) -> None:
    """Type any text, Vietnamese letters included (keyClicks would abort on them)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )  # type: ignore[arg-type]


def test_wizard_creates_a_unit_profile(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "Hồ sơ"
    wizard = SetupWizard(data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.role_page
    wizard.next()
    page = wizard.unit_page
    qtbot.keyClicks(page.search, "van hoa ha noi")
    visible = [page.units.item(i) for i in range(page.units.count())]
    shown = [i.text() for i in visible if not i.isHidden()]
    assert shown and all("Hà Nội" in text for text in shown)
    assert page.name.text().startswith("Sở Văn hóa") and "Hà Nội" in page.name.text()
    code = page.code.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.fingerprint_page, timeout=10_000)
    profile = wizard.profile
    assert profile is not None
    fingerprint = wizard.fingerprint_page.fingerprint.text()
    assert fingerprint == profile.fingerprint() and len(fingerprint) == 24

    qtbot.mouseClick(wizard.fingerprint_page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == fingerprint

    sheet = tmp_path / "phiếu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    qtbot.mouseClick(wizard.fingerprint_page.sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert sheet.with_suffix(".pdf").read_bytes().startswith(b"%PDF")

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    profile.close()
    with open_profile(data_dir) as reopened:
        assert reopened.identity.role == "unit" and reopened.identity.unit_code == code


def test_wizard_shows_a_bad_typed_code_next_to_the_field(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = SetupWizard(tmp_path / "p")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.unit_page
    page.code.setText("sở hà nội")
    type_text(page.name, "Sở Văn hóa")
    assert page.name.text() == "Sở Văn hóa"
    wizard.next()
    assert wizard.currentPage() is page
    assert page.code_error.isVisible() and "SO-HNI" in page.code_error.text()
    assert wizard.profile is None


def test_wizard_offers_the_centre_role(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = SetupWizard(tmp_path / "centre")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.centre_button.setChecked(True)
    wizard.next()
    assert wizard.unit_page.code.text() == "BO-TTCDS"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.profile is not None, timeout=10_000)
    assert wizard.profile is not None and wizard.profile.is_centre
    wizard.profile.close()
