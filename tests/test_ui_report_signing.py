"""*Ký số…* on the report page (unit and centre): a .p12 file and its passphrase sign the
previewed report in the background; a wrong passphrase says so and writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop.profile import Profile
from tests.signing_support import PASSPHRASE, Pki, check_signed, make_pki, stamp_lines
from tests.softhsm_support import USER_PIN, Token, softhsm_token  # noqa: F401 (fixture)
from ui.reports_page import ReportsPage


@pytest.mark.parametrize("role", ["unit_profile", "centre_profile"])
def test_sign_button_signs_the_previewed_report(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    role: str,
) -> None:
    page = ReportsPage(request.getfixturevalue(role))
    qtbot.addWidget(page)
    page.show()
    assert page.sign_button.text().replace("&", "") == "Ký số…"
    assert not page.sign_button.isEnabled()  # nothing to sign before the preview
    page.pdf_button.click()
    qtbot.waitUntil(page.sign_button.isEnabled, timeout=30_000)

    pki = make_pki(tmp_path)
    target = tmp_path / "báo cáo đã ký.pdf"
    asked: list[tuple[Any, ...]] = []

    def passphrase(answer: str) -> Any:
        def ask(*args: Any, **kwargs: Any) -> tuple[str, bool]:
            asked.append(args)
            return answer, True

        return ask

    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[0], True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pki.p12), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: errors.append(text))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))

    monkeypatch.setattr(QInputDialog, "getText", passphrase("sai mật khẩu"))
    page.sign_button.click()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=30_000)
    assert "mật khẩu không đúng" in errors[0] and "chữ ký.p12" in errors[0]
    assert "Traceback" not in errors[0]
    assert not target.exists() and not list(tmp_path.glob(".*part"))
    assert QLineEdit.EchoMode.Password in asked[0]  # the passphrase is not shown

    monkeypatch.setattr(QInputDialog, "getText", passphrase(PASSPHRASE))
    page.sign_button.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=30_000)
    assert str(target) in told[0] and not errors[1:]
    check_signed(target, pki)
    assert stamp_lines(target)[0] == "Ký bởi: Nguyễn Văn An"


def test_sign_with_a_usb_token_lists_the_tokens_and_asks_the_pin(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unit_profile: Profile,
    token: tuple[Token, Pki],
) -> None:
    tok, pki = token
    page = ReportsPage(unit_profile)
    qtbot.addWidget(page)
    page.show()
    page.pdf_button.click()
    qtbot.waitUntil(page.sign_button.isEnabled, timeout=30_000)
    target = tmp_path / "đã ký bằng token.pdf"
    offered: list[list[str]] = []

    def choose(_p: Any, _t: str, _l: str, items: list[str], *a: Any) -> tuple[str, bool]:
        offered.append(list(items))
        return (items[1] if "USB token (PKCS#11)" in items else items[0]), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tok.library), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    pins = iter(["000000", USER_PIN])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(pins), True))
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: errors.append(text))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))

    page.sign_button.click()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=30_000)
    assert "Mã PIN của USB token «CDS Token» không đúng" in errors[0]
    assert offered[1] == [tok.label] and not target.exists()
    page.sign_button.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=30_000)
    check_signed(target, pki)
