"""Signing with a real PKCS#11 token (SoftHSM2): the USB token path of issue 20."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cds_desktop.errors import CdsError
from cds_desktop.profile import Profile
from cds_desktop.reports.pdf_report import write_pdf_report
from cds_desktop.reports.signing import list_tokens, pkcs11_signer, sign_pdf
from tests.conftest import CliResult
from tests.signing_support import SIGNER_NAME, SIGNER_ORG, Pki, check_signed, pdfsig, stamp_lines
from tests.softhsm_support import KEY_LABEL, Token, softhsm_token  # noqa: F401 (fixture)

Cli = Callable[..., CliResult]


def test_token_signs_a_report_that_validates(
    token: tuple[Token, Pki], unit_profile: Profile, tmp_path: Path
) -> None:
    tok, pki = token
    assert tok.label in list_tokens(tok.library)
    report = write_pdf_report(unit_profile, tmp_path / "r.pdf")
    with pkcs11_signer(tok.library, tok.label, tok.pin_file) as key:
        assert (key.name, key.organisation) == (SIGNER_NAME, SIGNER_ORG)
        out = sign_pdf(report, tmp_path / "đã ký.pdf", key)
    check_signed(out, pki)
    assert "Signature is Valid." in pdfsig(out)
    assert stamp_lines(out)[0] == f"Ký bởi: {SIGNER_NAME}"
    with pkcs11_signer(tok.library, tok.label, tok.pin_file, key_label=KEY_LABEL) as key:
        check_signed(sign_pdf(report, tmp_path / "2.pdf", key), pki)


def test_wrong_pin_and_unknown_token_are_refused(token: tuple[Token, Pki], tmp_path: Path) -> None:
    tok, _ = token
    wrong_pin = pytest.raises(CdsError, match="PIN of the token 'CDS Token' is wrong")
    with wrong_pin, pkcs11_signer(tok.library, tok.label, pin="000000"):
        pass
    unknown = pytest.raises(CdsError, match=r"no token labelled 'Khác'.*tokens found: CDS Token")
    with unknown, pkcs11_signer(tok.library, "Khác", tok.pin_file):
        pass
    no_library = pytest.raises(CdsError, match=r"PKCS#11 library .* does not exist")
    with no_library, pkcs11_signer(tmp_path / "none.dll", tok.label, tok.pin_file):
        pass


def test_cli_report_pdf_signed_with_the_token(
    token: tuple[Token, Pki], cli: Cli, tmp_path: Path
) -> None:
    tok, pki = token
    data = tmp_path / "profile"
    assert cli("--data-dir", str(data), "init", "--role", "unit", "--unit-code", "BO-VP",
               "--unit-name", "Văn phòng Bộ").code == 0  # fmt: skip
    out = tmp_path / "bc.pdf"
    wrong = tmp_path / "pin.txt"
    wrong.write_text("999999", encoding="utf-8")
    args = ["--data-dir", str(data), "report", "pdf", "--out", str(out), "--sign",
            "--sign-pkcs11-lib", str(tok.library), "--token-label", tok.label]  # fmt: skip
    bad = cli(*args, "--pin-file", str(wrong))
    assert bad.code == 1 and "PIN" in bad.err and not out.exists(), bad.err
    good = cli(*args, "--pin-file", str(tok.pin_file), "--key-label", KEY_LABEL)
    assert good.code == 0, good.err
    check_signed(out, pki)


def test_the_keys_on_a_token_are_listed_after_the_pin(token: tuple[Token, Pki]) -> None:
    from cds_desktop.reports.signing import TokenKey, list_token_keys

    tok, _ = token
    assert list_token_keys(tok.library, tok.label, tok.pin_file) == [
        TokenKey(KEY_LABEL, SIGNER_NAME, SIGNER_ORG)
    ]
    with pytest.raises(CdsError, match="PIN of the token 'CDS Token' is wrong"):
        list_token_keys(tok.library, tok.label, pin="000000")
    no_key = pytest.raises(CdsError, match="holds no key labelled 'Khác'")
    with no_key, pkcs11_signer(tok.library, tok.label, tok.pin_file, key_label="Khác"):
        pass
