"""The signing key pair and the fingerprint read out over the phone."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cds_desktop import keys
from cds_desktop.errors import CdsError

FINGERPRINT = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$")


def test_fingerprint_is_short_grouped_and_unambiguous() -> None:
    for _ in range(50):
        raw = keys.public_key_bytes(Ed25519PrivateKey.generate().public_key())
        text = keys.fingerprint(raw)
        assert FINGERPRINT.match(text), text
        assert not set(text) & set("ILOU")


def test_fingerprint_depends_on_every_key() -> None:
    a = keys.public_key_bytes(Ed25519PrivateKey.generate().public_key())
    b = bytes([a[0] ^ 1]) + a[1:]
    assert keys.fingerprint(a) != keys.fingerprint(b)
    assert keys.fingerprint(a) == keys.fingerprint(bytes(a))


def test_typed_fingerprints_are_normalised() -> None:
    assert keys.normalise_fingerprint("5r1w d163 oa1b 7anb gvyh") == "5R1W-D163-0A1B-7ANB-GVYH"
    assert keys.normalise_fingerprint("5R1WD1630AIB7ANBGVYH") == "5R1W-D163-0A1B-7ANB-GVYH"
    with pytest.raises(CdsError, match="fingerprint"):
        keys.normalise_fingerprint("5R1W-D163")
    with pytest.raises(CdsError, match="fingerprint"):
        keys.normalise_fingerprint("5R1W-D163-0A1B-7ANB-GVY*")


def test_generated_key_pair_round_trips(tmp_path: Path) -> None:
    private, public = tmp_path / "k" / "key.pem", tmp_path / "k" / "key.pub"
    fingerprint = keys.generate_key_pair(private, public)
    signing_key = keys.load_private_key(private)
    raw_public = keys.load_public_key(public)
    assert keys.public_key_bytes(signing_key.public_key()) == raw_public
    assert keys.fingerprint(raw_public) == fingerprint
    signing_key.public_key().verify(signing_key.sign(b"x"), b"x")


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_private_key_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    private = tmp_path / "key.pem"
    keys.generate_key_pair(private, tmp_path / "key.pub")
    assert private.stat().st_mode & 0o777 == 0o600


def test_existing_key_is_never_overwritten(tmp_path: Path) -> None:
    private = tmp_path / "key.pem"
    keys.generate_key_pair(private, tmp_path / "key.pub")
    before = private.read_bytes()
    with pytest.raises(FileExistsError):
        keys.generate_key_pair(private, tmp_path / "key.pub")
    assert private.read_bytes() == before
