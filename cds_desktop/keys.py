"""The unit's Ed25519 signing key and its fingerprint.

A fingerprint is read out over the phone to the IT Centre, so it is short (20
characters, 100 bits of SHA-256 of the public key), grouped in fives of four, and
written in Crockford's base-32 alphabet, which has no I, L, O or U to confuse.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cds_desktop.errors import CdsError
from cds_desktop.files import create_new

FINGERPRINT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
FINGERPRINT_LENGTH = 20
FINGERPRINT_GROUP = 4
_READ_AS = {"O": "0", "I": "1", "L": "1"}


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization  # SSH, ciphers: ≈ 6 ms

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """`XXXX-XXXX-XXXX-XXXX-XXXX` from the 32 raw bytes of an Ed25519 public key."""
    digest = int.from_bytes(hashlib.sha256(public_key).digest(), "big")
    bits = digest >> (256 - 5 * FINGERPRINT_LENGTH)
    chars = [
        FINGERPRINT_ALPHABET[(bits >> (5 * (FINGERPRINT_LENGTH - 1 - i))) & 31]
        for i in range(FINGERPRINT_LENGTH)
    ]
    groups = [
        "".join(chars[i : i + FINGERPRINT_GROUP])
        for i in range(0, FINGERPRINT_LENGTH, FINGERPRINT_GROUP)
    ]
    return "-".join(groups)


def normalise_fingerprint(text: str) -> str:
    """Accept a fingerprint as typed (any case, spaces, O for 0) in its canonical form."""
    chars = [_READ_AS.get(c, c) for c in text.upper() if c not in " -\t"]
    if len(chars) != FINGERPRINT_LENGTH or any(c not in FINGERPRINT_ALPHABET for c in chars):
        raise CdsError(
            f"fingerprint {text!r} is not valid: it has {FINGERPRINT_LENGTH} characters "
            "from 0-9 and A-Z in groups of four, e.g. 7K2Q-M9XH-4TRB-ZP3D-W8NC"
        )
    return "-".join(
        "".join(chars[i : i + FINGERPRINT_GROUP])
        for i in range(0, FINGERPRINT_LENGTH, FINGERPRINT_GROUP)
    )


def encode_public_key(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def decode_public_key(text: str) -> bytes:
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return raw


def generate_key_pair(private_path: Path, public_path: Path) -> str:
    """Write a new key pair; the private key file is readable by its owner only."""
    from cryptography.hazmat.primitives import serialization  # SSH, ciphers: ≈ 6 ms

    private_key = Ed25519PrivateKey.generate()
    pem = private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    raw_public = public_key_bytes(private_key.public_key())
    private_path.parent.mkdir(parents=True, exist_ok=True)
    with create_new(private_path, 0o600) as raw, io.BufferedWriter(raw) as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    public_path.write_text(encode_public_key(raw_public) + "\n", encoding="ascii")
    return fingerprint(raw_public)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization  # SSH, ciphers: ≈ 6 ms

    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise CdsError(f"cannot read the signing key {path}: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise CdsError(f"{path} is not an Ed25519 signing key")
    return key


def load_public_key(path: Path) -> bytes:
    try:
        return decode_public_key(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError) as exc:
        raise CdsError(f"cannot read the public key {path}: {exc}") from exc
