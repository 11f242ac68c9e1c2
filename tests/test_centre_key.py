"""The centre's key at a unit: confirmed once by fingerprint, then required (SPEC §9)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader

from cds_desktop import keys
from cds_desktop.centre_key import check_centre_signer, trusted_centre_key
from cds_desktop.enrolment import write_enrolment_sheet
from cds_desktop.errors import CdsError
from cds_desktop.packages.format import PackageRejected
from cds_desktop.profile import Profile


def _centre_key(profile: Profile) -> tuple[str, bytes]:
    public = keys.load_public_key(profile.paths.public_key)
    return keys.fingerprint(public), public


def _other_key() -> tuple[str, bytes]:
    public = keys.public_key_bytes(Ed25519PrivateKey.generate().public_key())
    return keys.fingerprint(public), public


def test_first_use_needs_the_fingerprint_read_out_by_the_centre(
    unit_profile: Profile, centre_profile: Profile
) -> None:
    fingerprint, public = _centre_key(centre_profile)
    assert trusted_centre_key(unit_profile) is None
    with pytest.raises(PackageRejected, match="--centre-fingerprint") as refused:
        check_centre_signer(unit_profile, fingerprint, public, None)
    assert refused.value.code == "key_not_trusted"
    assert trusted_centre_key(unit_profile) is None

    other, _ = _other_key()
    with pytest.raises(PackageRejected, match="does not come from your centre") as wrong:
        check_centre_signer(unit_profile, fingerprint, public, other)
    assert wrong.value.code == "key_mismatch"
    assert trusted_centre_key(unit_profile) is None

    typed = fingerprint.lower().replace("-", " ")  # as typed from the phone call
    key = check_centre_signer(unit_profile, fingerprint, public, typed)
    assert key.fingerprint == fingerprint and key.public_key == public
    stored = trusted_centre_key(unit_profile)
    assert stored is not None and stored.fingerprint == fingerprint


def test_later_files_must_carry_the_same_key(
    unit_profile: Profile, centre_profile: Profile
) -> None:
    fingerprint, public = _centre_key(centre_profile)
    check_centre_signer(unit_profile, fingerprint, public, fingerprint)
    assert check_centre_signer(unit_profile, fingerprint, public, None).fingerprint == fingerprint

    other, other_public = _other_key()
    with pytest.raises(PackageRejected, match="does not come from your centre") as refused:
        check_centre_signer(unit_profile, other, other_public, None)
    assert refused.value.code == "key_mismatch"
    # confirming the other key does not replace the trusted one either
    with pytest.raises(PackageRejected) as again:
        check_centre_signer(unit_profile, other, other_public, other)
    assert again.value.code == "key_mismatch"
    stored = trusted_centre_key(unit_profile)
    assert stored is not None and stored.public_key == public


def test_a_fingerprint_that_is_not_the_keys_is_refused(
    unit_profile: Profile, centre_profile: Profile
) -> None:
    fingerprint, _ = _centre_key(centre_profile)
    _, other_public = _other_key()
    with pytest.raises(PackageRejected):
        check_centre_signer(unit_profile, fingerprint, other_public, fingerprint)


def test_the_centre_does_not_trust_a_centre_key(centre_profile: Profile) -> None:
    fingerprint, public = _centre_key(centre_profile)
    with pytest.raises(CdsError, match="imported by units"):
        check_centre_signer(centre_profile, fingerprint, public, fingerprint)


def test_the_centres_key_sheet_shows_its_fingerprint(
    centre_profile: Profile, tmp_path: Path
) -> None:
    out = write_enrolment_sheet(centre_profile, tmp_path / "mã khóa.pdf", dt.date(2024, 9, 20))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert centre_profile.fingerprint() in text
    assert "MÃ KHÓA CỦA TRUNG TÂM" in text and "Trung tâm tổng hợp" in text
