"""*Ký số…* on the report page (unit and centre): the signing dialog (who signs, a .p12
file or a USB token with its keys, the report, the signature or seal image) drives the
signing in the background; a wrong passphrase or PIN says so and writes nothing."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop.profile import Profile
from cds_desktop.reports.signing import BODY_FIELD_NAME, FIELD_NAME
from tests.signing_support import (
    PASSPHRASE,
    SIGNER_NAME,
    SIGNER_ORG,
    Pki,
    appearance_images,
    check_signed,
    make_pki,
    pdfsig,
    seal_png,
    signature_png,
    stamp_lines,
)
from tests.softhsm_support import KEY_LABEL, USER_PIN, Token, softhsm_token  # noqa: F401
from tests.ui_support import type_text, wait_for_tasks
from ui.common.reports_page import ReportsPage
from ui.common.sign_dialog import FILE, TOKEN, SignDialog, SignRequest

Driver = Callable[[SignDialog], None]


def previewed(qtbot: QtBot, profile: Profile) -> ReportsPage:
    page = ReportsPage(profile)
    qtbot.addWidget(page)
    page.show()
    assert page.sign_button.text().replace("&", "") == "Ký số…"
    assert not page.sign_button.isEnabled()  # nothing to sign before the preview
    page.pdf_button.click()
    qtbot.waitUntil(page.sign_button.isEnabled, timeout=30_000)
    return page


class Dialogs:
    """Messages the page shows, files the file dialogs answer, and the signing dialog
    driven by the test's function instead of a person."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
        self.errors: list[str] = []
        self.told: list[str] = []
        self.opened: list[str] = []  # answers to QFileDialog.getOpenFileName, in order
        self.save_as: Path | None = None
        self.drive: Driver | None = None
        self.qtbot = qtbot
        monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: self.errors.append(text))
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: self.told.append(text))
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *a, **k: (self.opened.pop(0), "")
        )
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(self.save_as), ""))
        monkeypatch.setattr(SignDialog, "ask", lambda dialog: self._ask(dialog))

    def _ask(self, dialog: SignDialog) -> SignRequest | None:
        assert self.drive is not None
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.drive(dialog)
        accepted = dialog.result() == SignDialog.DialogCode.Accepted
        return dialog.request() if accepted else None


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Dialogs:
    return Dialogs(monkeypatch, qtbot)


def click(qtbot: QtBot, button: Any) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("role", ["unit_profile", "centre_profile"])
def test_sign_with_a_certificate_file_and_a_signature_image(
    qtbot: QtBot, tmp_path: Path, dialogs: Dialogs, request: pytest.FixtureRequest, role: str
) -> None:
    page = previewed(qtbot, request.getfixturevalue(role))
    pki = make_pki(tmp_path)
    signature = signature_png(tmp_path / "chữ ký.png")
    dialogs.save_as = tmp_path / "báo cáo đã ký.pdf"

    def wrong_passphrase(dialog: SignDialog) -> None:
        assert dialog.as_signer.isChecked() and dialog.source.currentIndex() == FILE
        assert dialog.passphrase.isVisible() and not dialog.pin.isVisible()
        room = dialog.size()  # fits 1024×768 at 150 % (682×485 less the frame)
        assert room.width() <= 660 and room.height() <= 440, room
        if os.environ.get("CDS_SCREENSHOTS"):
            dialog.grab().save(str(Path(os.environ["CDS_SCREENSHOTS"]) / "sign-file.png"))
        assert dialog.image_label.text() == "Ảnh chữ ký (PNG):"
        assert not dialog.sign_button.isEnabled()  # no certificate file yet
        assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
        dialogs.opened.append(str(pki.p12))
        click(qtbot, dialog.p12_button)
        assert dialog.p12.text() == str(pki.p12)
        type_text(dialog.passphrase, "sai mật khẩu")
        click(qtbot, dialog.sign_button)

    dialogs.drive = wrong_passphrase
    page.sign_button.click()
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1, timeout=30_000)
    assert "mật khẩu không đúng" in dialogs.errors[0] and "chữ ký.p12" in dialogs.errors[0]
    assert "Traceback" not in dialogs.errors[0]
    assert not dialogs.save_as.exists() and not list(tmp_path.glob(".*part"))

    def right_passphrase(dialog: SignDialog) -> None:
        dialog.p12.setText(str(pki.p12))
        type_text(dialog.passphrase, PASSPHRASE)
        dialogs.opened.append(str(signature))
        click(qtbot, dialog.image_button)
        assert dialog.image.text() == str(signature)
        click(qtbot, dialog.sign_button)

    dialogs.drive = right_passphrase
    page.sign_button.click()
    qtbot.waitUntil(lambda: len(dialogs.told) == 1, timeout=30_000)
    assert str(dialogs.save_as) in dialogs.told[0] and not dialogs.errors[1:]
    check_signed(dialogs.save_as, pki)
    assert stamp_lines(dialogs.save_as)[0] == f"Ký bởi: {SIGNER_NAME}"
    assert appearance_images(dialogs.save_as, FIELD_NAME) == [(600, 240)]
    wait_for_tasks(qtbot)


def test_the_issuing_body_signs_a_signed_report_with_its_seal(
    qtbot: QtBot, tmp_path: Path, dialogs: Dialogs, unit_profile: Profile
) -> None:
    page = previewed(qtbot, unit_profile)
    pki = make_pki(tmp_path)
    head = tmp_path / "lãnh đạo đã ký.pdf"
    dialogs.save_as = head

    def head_signs(dialog: SignDialog) -> None:
        dialog.p12.setText(str(pki.p12))
        dialog.passphrase.setText(PASSPHRASE)
        click(qtbot, dialog.sign_button)

    dialogs.drive = head_signs
    page.sign_button.click()
    qtbot.waitUntil(lambda: len(dialogs.told) == 1, timeout=30_000)
    seal = seal_png(tmp_path / "con dấu.png")
    both = dialogs.save_as = tmp_path / "đã ký và đóng dấu.pdf"

    def office_seals(dialog: SignDialog) -> None:
        qtbot.mouseClick(dialog.as_body, Qt.MouseButton.LeftButton)
        assert dialog.as_body.isChecked()
        assert dialog.image_label.text() == "Ảnh con dấu (PNG):"
        dialogs.opened.append(str(head))
        click(qtbot, dialog.report_button)  # the report the head signed, not the preview
        dialog.p12.setText(str(pki.p12))
        dialog.passphrase.setText(PASSPHRASE)
        dialog.image.setText(str(seal))
        if os.environ.get("CDS_SCREENSHOTS"):
            dialog.grab().save(str(Path(os.environ["CDS_SCREENSHOTS"]) / "sign-body.png"))
        click(qtbot, dialog.sign_button)

    dialogs.drive = office_seals
    page.sign_button.click()
    qtbot.waitUntil(lambda: len(dialogs.told) == 2, timeout=30_000)
    assert not dialogs.errors
    assert pdfsig(both).count("Signature is Valid.") == 2
    [(width, height)] = appearance_images(both, BODY_FIELD_NAME)
    assert width == height
    wait_for_tasks(qtbot)


def test_sign_with_a_usb_token_lists_tokens_and_keys_after_the_pin(
    qtbot: QtBot, tmp_path: Path, dialogs: Dialogs, unit_profile: Profile,
    token: tuple[Token, Pki],
) -> None:  # fmt: skip
    tok, pki = token
    page = previewed(qtbot, unit_profile)
    dialogs.save_as = tmp_path / "đã ký bằng token.pdf"

    def token_dialog(dialog: SignDialog) -> None:
        dialog.source.setCurrentIndex(TOKEN)
        assert dialog.pin.isVisible() and not dialog.passphrase.isVisible()
        assert not dialog.sign_button.isEnabled()
        dialogs.opened.append(str(tok.library))
        click(qtbot, dialog.library_button)  # choosing the library lists its tokens
        assert [dialog.token.itemText(i) for i in range(dialog.token.count())] == [tok.label]
        assert not dialog.keys_button.isEnabled()  # no PIN yet
        type_text(dialog.pin, "000000")
        click(qtbot, dialog.keys_button)
        qtbot.waitUntil(lambda: bool(dialog.problem.text()), timeout=15_000)
        assert "Mã PIN của USB token «CDS Token» không đúng" in dialog.problem.text()
        assert dialog.key.count() == 0
        dialog.pin.clear()
        type_text(dialog.pin, USER_PIN)
        click(qtbot, dialog.keys_button)
        qtbot.waitUntil(lambda: dialog.key.count() == 1, timeout=15_000)
        assert dialog.key.itemText(0) == f"{KEY_LABEL} — {SIGNER_NAME}, {SIGNER_ORG}"
        assert dialog.key.currentData() == KEY_LABEL and not dialog.problem.text()
        if os.environ.get("CDS_SCREENSHOTS"):
            dialog.grab().save(str(Path(os.environ["CDS_SCREENSHOTS"]) / "sign-token.png"))
        click(qtbot, dialog.sign_button)

    dialogs.drive = token_dialog
    page.sign_button.click()
    qtbot.waitUntil(lambda: len(dialogs.told) == 1, timeout=30_000)
    assert not dialogs.errors
    check_signed(dialogs.save_as, pki)
    again = SignDialog(page)  # the library is remembered; its tokens are listed at once
    qtbot.addWidget(again)
    again.source.setCurrentIndex(TOKEN)
    assert again.library.text() == str(tok.library) and again.token.currentText() == tok.label
    wait_for_tasks(qtbot)


def test_cancelling_the_dialog_signs_nothing(
    qtbot: QtBot, tmp_path: Path, dialogs: Dialogs, unit_profile: Profile
) -> None:
    page = previewed(qtbot, unit_profile)
    dialogs.save_as = tmp_path / "không.pdf"
    dialogs.drive = lambda dialog: dialog.reject()
    page.sign_button.click()
    assert not dialogs.save_as.exists() and not dialogs.told and not dialogs.errors
