"""The Ed25519 signature of a signed container, for every kind (package, later receipt, plan).

What is signed is not the tag manifest alone but a short header naming the format, the
kind and the format version, followed by the tag manifest's bytes. A signature made for
one kind or version therefore never verifies as another, even if the bytes after the
header were the same. The tag manifest holds the SHA-256 of every other tag file, and
the payload manifest holds the SHA-256 of every payload file, so every byte is covered.

The signer's public key travels in the signature file, but it proves only that the
container is intact; whether the key belongs to the unit is the centre's decision
(`trust`).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cds_desktop import keys
from cds_desktop.packages import strict_json
from cds_desktop.packages.format import (
    FORMAT_NAME,
    KNOWN_KINDS,
    SUPPORTED_VERSIONS,
    TAG_MANIFEST,
    PackageRejected,
)

ALGORITHM = "Ed25519"
SIGNATURE_KEYS = frozenset(
    {
        "algorithm",
        "format",
        "kind",
        "format_version",
        "public_key",
        "signer_fingerprint",
        "signed_file",
        "signature",
    }
)


def signed_message(kind: str, version: int, tag_manifest: bytes) -> bytes:
    """The exact bytes the Ed25519 signature is computed over."""
    header = (
        f"{FORMAT_NAME} signed container\n"
        f"kind: {kind}\n"
        f"format-version: {version}\n"
        f"signed-file: {TAG_MANIFEST}\n"
        "\n"
    )
    return header.encode("ascii") + tag_manifest


@dataclass(frozen=True)
class Signature:
    kind: str
    version: int
    public_key: bytes
    fingerprint: str
    value: bytes


def sign(private_key: Ed25519PrivateKey, kind: str, version: int, tag_manifest: bytes) -> bytes:
    """The signature file (`cds-signature.json`) for a container."""
    public = keys.public_key_bytes(private_key.public_key())
    value = private_key.sign(signed_message(kind, version, tag_manifest))
    return strict_json.dumps(
        {
            "algorithm": ALGORITHM,
            "format": FORMAT_NAME,
            "kind": kind,
            "format_version": version,
            "public_key": base64.b64encode(public).decode("ascii"),
            "signer_fingerprint": keys.fingerprint(public),
            "signed_file": TAG_MANIFEST,
            "signature": base64.b64encode(value).decode("ascii"),
        }
    )


def _base64(text: object, length: int, what: str) -> bytes:
    if not isinstance(text, str):
        raise PackageRejected(f"signature: {what} is not text")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise PackageRejected(f"signature: {what} is not base64") from None
    if len(raw) != length:
        raise PackageRejected(f"signature: {what} does not have {length} bytes")
    return raw


def parse_signature(data: bytes, expected_kind: str) -> Signature:
    """Read a signature file; its kind must be `expected_kind` in a supported version."""
    doc = strict_json.loads(data, "signature")
    if not isinstance(doc, dict) or set(doc) != SIGNATURE_KEYS:
        raise PackageRejected("signature: not the fields of a signature file")
    if doc["format"] != FORMAT_NAME or doc["algorithm"] != ALGORITHM:
        raise PackageRejected(
            "signature: not a CĐS Desktop Ed25519 signature", code="not_a_package"
        )
    kind = doc["kind"]
    if kind not in KNOWN_KINDS:
        raise PackageRejected(f"signature: unknown kind of file {str(kind)[:40]!r}")
    if kind != expected_kind:
        raise PackageRejected(f"this is a {kind}, not a {expected_kind}", code="not_a_package")
    version = doc["format_version"]
    if type(version) is not int or version not in SUPPORTED_VERSIONS[kind]:
        supported = ", ".join(str(v) for v in SUPPORTED_VERSIONS[kind])
        raise PackageRejected(
            f"unknown format version {str(version)[:20]} of {kind} (this program reads "
            f"version {supported}; a newer program may be needed)",
            code="newer_version",
        )
    if doc["signed_file"] != TAG_MANIFEST:
        raise PackageRejected("signature: it must cover the tag manifest")
    public_key = _base64(doc["public_key"], 32, "public key")
    fingerprint = keys.fingerprint(public_key)
    if doc["signer_fingerprint"] != fingerprint:
        raise PackageRejected("signature: the fingerprint does not belong to the public key")
    return Signature(kind, version, public_key, fingerprint, _base64(doc["signature"], 64, "value"))


def verify_signature(signature: Signature, tag_manifest: bytes) -> None:
    message = signed_message(signature.kind, signature.version, tag_manifest)
    try:
        Ed25519PublicKey.from_public_bytes(signature.public_key).verify(signature.value, message)
    except (InvalidSignature, ValueError):
        raise PackageRejected(
            "bad signature: the package was changed after it was signed, or is not genuine",
            code="damaged",
        ) from None
