"""The centre sees whether a unit's attached report PDF is signed and by whom (issue 20):
the core status, its budget and cache, and `check --signed-reports`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cds_desktop.reports import signature_status as status_module
from cds_desktop.reports.signature_status import (
    ALTERED,
    SIGNED,
    UNREADABLE,
    UNSIGNED,
    SignatureCache,
    check_pdf_bytes,
    check_stored_pdf,
    configured_trust_roots,
    signed_reports,
)
from tests.conftest import CliResult
from tests.signed_evidence_support import (
    BOTH_PDF,
    GARBAGE_PDF,
    SIGNED_PDF,
    TAMPERED_PDF,
    UNSIGNED_PDF,
    Master,
    master_with_reports,
)
from tests.signing_support import SIGNER_NAME, SIGNER_ORG, Pki, make_pki

Cli = Callable[..., CliResult]


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def master(tmp_path: Path, pki: Pki) -> Iterator[Master]:
    built = master_with_reports(tmp_path, pki)
    yield built
    built.centre.close()


def test_master_says_signed_by_whom_altered_unsigned_unreadable(master: Master) -> None:
    roots = configured_trust_roots(master.centre)
    assert len(roots.certificates) == 1 and not roots.skipped
    found = {item.filename: status for item, status in signed_reports(master.centre, roots)}
    assert set(found) == {SIGNED_PDF, BOTH_PDF, TAMPERED_PDF, UNSIGNED_PDF, GARBAGE_PDF}
    signed = found[SIGNED_PDF]
    assert signed.state == SIGNED and signed.trusted
    (signer,) = signed.signers
    assert (signer.name, signer.organisation) == (SIGNER_NAME, SIGNER_ORG)
    assert signer.signing_time[:4].isdigit() and signer.intact
    both = found[BOTH_PDF]
    assert both.state == SIGNED and [s.field for s in both.signers] == ["ChuKySo", "ChuKyCoQuan"]
    assert found[TAMPERED_PDF].state == ALTERED and found[TAMPERED_PDF].reason == "broken"
    assert found[TAMPERED_PDF].signers[0].name == SIGNER_NAME  # who signed what was changed
    assert found[UNSIGNED_PDF].state == UNSIGNED and not found[UNSIGNED_PDF].trusted
    assert found[GARBAGE_PDF].state == UNREADABLE and found[GARBAGE_PDF].reason == "damaged"


def test_without_trust_roots_a_signature_is_intact_but_not_trusted(
    tmp_path: Path, pki: Pki
) -> None:
    built = master_with_reports(tmp_path, pki, trust=False)
    try:
        roots = configured_trust_roots(built.centre)
        found = {i.filename: s for i, s in signed_reports(built.centre, roots)}
        assert found[SIGNED_PDF].state == SIGNED and not found[SIGNED_PDF].trusted
        # a stray file in the folder is skipped and named, not fatal
        built.centre.paths.trust_roots.mkdir()
        (built.centre.paths.trust_roots / "ghi chú.pem").write_text("không phải", "utf-8")
        assert configured_trust_roots(built.centre).skipped == ("ghi chú.pem",)
    finally:
        built.centre.close()


def test_damage_and_budget_never_raise(master: Master, monkeypatch: pytest.MonkeyPatch) -> None:
    signed = master.files[SIGNED_PDF].read_bytes()
    assert check_pdf_bytes(b"").state == UNREADABLE
    assert check_pdf_bytes(b"PK\x03\x04 a zip").reason == "not_pdf"
    for cut in (100, len(signed) // 2, len(signed) - 40):  # truncated anywhere
        assert check_pdf_bytes(signed[:cut]).state in (UNREADABLE, ALTERED), cut
    monkeypatch.setattr(status_module, "MAX_PDF_BYTES", len(signed) - 1)
    assert check_pdf_bytes(signed).reason == "too_large"
    monkeypatch.setattr(status_module, "MAX_PDF_BYTES", 10**9)
    monkeypatch.setattr(status_module, "TIME_BUDGET", -1.0)
    assert check_pdf_bytes(signed).reason == "too_slow"
    monkeypatch.setattr(status_module, "TIME_BUDGET", 20.0)
    monkeypatch.setattr(status_module, "MAX_SIGNATURES", 1)
    assert check_pdf_bytes(master.files[BOTH_PDF].read_bytes()).reason == "too_slow"
    missing = check_stored_pdf(master.centre.evidence, "0" * 64)
    assert missing.state == UNREADABLE and missing.reason == "missing"


def test_statuses_are_cached_by_sha256(master: Master, monkeypatch: pytest.MonkeyPatch) -> None:
    roots = configured_trust_roots(master.centre)
    cache = SignatureCache()
    first = signed_reports(master.centre, roots, cache)
    calls: list[bytes] = []
    monkeypatch.setattr(status_module, "check_pdf_bytes", lambda data, r: calls.append(data))
    again = signed_reports(master.centre, roots, cache)
    assert again == first and not calls


def test_cli_check_signed_reports(master: Master, cli: Cli) -> None:
    data = ["--data-dir", str(master.centre.paths.root)]
    result = cli(*data, "check", "--signed-reports", "--json")
    assert result.code == 0, result.err
    rows = {row["file"]: row for row in json.loads(result.out)}
    assert rows[SIGNED_PDF]["state"] == "signed" and rows[SIGNED_PDF]["trusted"] is True
    assert rows[SIGNED_PDF]["signers"][0]["name"] == SIGNER_NAME
    assert rows[SIGNED_PDF]["unit"] == "SO-HNI"
    assert rows[TAMPERED_PDF]["state"] == "altered"
    assert rows[UNSIGNED_PDF]["state"] == "unsigned"
    assert rows[GARBAGE_PDF]["state"] == "unreadable"
    text = cli(*data, "check", "--signed-reports")
    assert text.code == 0
    line = next(x for x in text.out.splitlines() if SIGNED_PDF in x)
    assert f"signed by {SIGNER_NAME} ({SIGNER_ORG})" in line and line.endswith("; trusted")
    assert "ALTERED (a signed byte was changed)" in text.out
    assert "PDF evidence files: 5" in text.out
