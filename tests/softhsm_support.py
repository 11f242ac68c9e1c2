"""A real PKCS#11 token for the tests: SoftHSM2 (Debian package softhsm2, installed by
.ci/run), initialised in a temporary folder with the test signer's key and certificates.

SoftHSM reads its configuration (SOFTHSM2_CONF) once per process when the library is
first loaded, so one token serves the whole test session. Where SoftHSM2 is absent the
tests say so and skip; in CI (.ci/run sets CDS_REQUIRE_SOFTHSM=1) that is a failure."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from tests.signing_support import Pki

TOKEN_LABEL = "CDS Token"
USER_PIN = "123456"
KEY_LABEL = "Nguyen Van An"
KEY_ID = b"\x01"
LIBRARIES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)


@dataclass(frozen=True)
class Token:
    library: Path
    label: str
    pin_file: Path


def softhsm_library() -> Path:
    """SoftHSM2's PKCS#11 library; skip (fail in CI) when it is not installed."""
    tool = shutil.which("softhsm2-util")
    found = next((Path(p) for p in LIBRARIES if Path(p).is_file()), None)
    if tool is None or found is None:
        if os.environ.get("CDS_REQUIRE_SOFTHSM") or os.environ.get("CI"):
            pytest.fail("SoftHSM2 (softhsm2) is missing; .ci/run installs it")
        pytest.skip("SoftHSM2 (Debian package softhsm2) is not installed on this machine")
    return found


def make_token(folder: Path, pki: Pki) -> Token:
    """Initialise a token in `folder` holding the signer's key, certificate and the CA."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    library = softhsm_library()
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n",
        encoding="utf-8",
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read when the library is first loaded
    run = ["softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL]
    subprocess.run([*run, "--so-pin", "12345678", "--pin", USER_PIN], check=True,
                   capture_output=True)  # fmt: skip
    key_pem = folder / "key.pem"
    key_pem.write_bytes(pki.key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    subprocess.run(
        ["softhsm2-util", "--import", str(key_pem), "--token", TOKEN_LABEL, "--label",
         KEY_LABEL, "--id", KEY_ID.hex(), "--pin", USER_PIN],
        check=True, capture_output=True,
    )  # fmt: skip
    key_pem.unlink()
    token = pkcs11.lib(str(library)).get_token(token_label=TOKEN_LABEL)
    with token.open(rw=True, user_pin=USER_PIN) as session:
        for cert, label, ident in ((pki.cert, KEY_LABEL, KEY_ID), (pki.ca, "CA", b"\x02")):
            session.create_object(
                {
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                    Attribute.TOKEN: True,
                    Attribute.LABEL: label,
                    Attribute.ID: ident,
                    Attribute.SUBJECT: cert.subject.public_bytes(),
                    Attribute.VALUE: cert.public_bytes(Encoding.DER),
                }
            )
    pin_file = folder / "pin.txt"
    pin_file.write_text(USER_PIN + "\n", encoding="utf-8")
    return Token(library, TOKEN_LABEL, pin_file)


@pytest.fixture(scope="session", name="token")
def softhsm_token(tmp_path_factory: pytest.TempPathFactory) -> tuple[Token, Pki]:
    """The session's SoftHSM2 token and the certificates on it."""
    from tests.signing_support import make_pki

    if not _made:  # test modules importing this fixture each get one: make the token once
        folder = tmp_path_factory.mktemp("softhsm")
        pki = make_pki(folder)
        _made.append((make_token(folder, pki), pki))
    return _made[0]


_made: list[tuple[Token, Pki]] = []
