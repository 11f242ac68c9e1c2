"""A throw-away CA and signer certificate made in the tests (no network), and the checks
of a signed PDF shared by the signing tests."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader
from pypdf.generic import ContentStream

SIGNER_NAME = "Nguyễn Văn An"
SIGNER_ORG = "Văn phòng Bộ Văn hóa, Thể thao và Du lịch"
PASSPHRASE = "mật-khẩu 123"


@dataclass(frozen=True)
class Pki:
    ca: x509.Certificate
    cert: x509.Certificate
    key: rsa.RSAPrivateKey
    p12: Path
    passphrase_file: Path


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def make_pki(folder: Path) -> Pki:
    """A CA, a signer certificate it issued, and a .p12 holding key, cert and CA."""
    now = dt.datetime.now(dt.UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = _name("CĐS Test Root CA", "CĐS Test")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), True
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(SIGNER_NAME, SIGNER_ORG))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(ca_key, hashes.SHA256())
    )
    p12 = folder / "chữ ký.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"signer",
            key,
            cert,
            [ca],
            serialization.BestAvailableEncryption(PASSPHRASE.encode()),
        )
    )
    passphrase_file = folder / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return Pki(ca, cert, key, p12, passphrase_file)


def check_signed(path: Path, pki: Pki) -> None:
    """Intact, covering the whole file, trusted through the embedded chain to the CA."""
    root = asn1_x509.Certificate.load(pki.ca.public_bytes(Encoding.DER))
    with path.open("rb") as handle:
        reader = PdfFileReader(handle)
        (sig,) = reader.embedded_signatures
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[root]))
        assert status.intact and status.valid, status.pretty_print_details()
        assert status.coverage.name == "ENTIRE_FILE"
        assert status.trusted, status.pretty_print_details()
        embedded = {c.chosen.subject.human_friendly for c in sig.signed_data["certificates"]}
        assert any("Root CA" in name for name in embedded), embedded  # the chain is embedded
        assert SIGNER_NAME in status.signing_cert.subject.human_friendly


def field(path: Path) -> tuple[int, list[float]]:
    """The page index and rectangle of the signature field's widget."""
    reader = PdfReader(path)
    for index, page in enumerate(reader.pages):
        for annot in page.get("/Annots") or []:
            obj = annot.get_object()
            if obj.get("/FT") == "/Sig" or obj.get("/Parent", {}).get("/FT") == "/Sig":
                return index, [float(v) for v in obj["/Rect"]]
    raise AssertionError("no signature widget")


def actual_texts(xobject: Any, reader: PdfReader) -> list[str]:
    """The /ActualText spans of a form XObject and the forms it draws, in order."""
    lines: list[str] = []
    for operands, operator in ContentStream(xobject, reader).operations:
        if operator == b"BDC" and "/ActualText" in operands[1]:
            lines.append(str(operands[1]["/ActualText"]))
    for inner in (xobject.get("/Resources") or {}).get("/XObject", {}).values():
        if inner.get_object().get("/Subtype") != "/Image":  # a signature or seal image
            lines += actual_texts(inner.get_object(), reader)
    return lines


def font_widths(xobject: Any) -> list[float]:
    """The glyph widths (/W) of the CID fonts a form XObject and its inner forms use."""
    widths: list[float] = []
    resources = xobject.get("/Resources") or {}
    for font in (resources.get("/Font") or {}).values():
        for descendant in font.get_object().get("/DescendantFonts", []):
            for entry in descendant.get_object().get("/W", []):
                if isinstance(entry, list):
                    widths += [float(w) for w in entry]
    for inner in (resources.get("/XObject") or {}).values():
        widths += font_widths(inner.get_object())
    return widths


def stamp_lines(path: Path) -> list[str]:
    """The text lines of the visible signature's appearance."""
    reader = PdfReader(path)
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            obj = annot.get_object()
            if obj.get("/FT") == "/Sig":
                return actual_texts(obj["/AP"]["/N"].get_object(), reader)
    raise AssertionError("no signature appearance")


def pdfsig(path: Path) -> str:
    """poppler's pdfsig, a checker independent of pyHanko (CI installs poppler-utils)."""
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    return result.stdout + result.stderr


def signature_png(path: Path) -> Path:
    """A handwritten-looking signature: blue strokes on a transparent background."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    blue = (20, 40, 170, 255)
    draw.line([(40, 170), (120, 60), (170, 190), (250, 70), (300, 180), (380, 90)], blue, 12)
    draw.arc((330, 40, 560, 220), 200, 520, blue, 10)
    image.save(path)
    return path


def seal_png(path: Path) -> Path:
    """A round red seal on a transparent background."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (500, 500), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (200, 20, 20, 255)
    draw.ellipse((10, 10, 490, 490), outline=red, width=18)
    draw.ellipse((70, 70, 430, 430), outline=red, width=6)
    draw.regular_polygon((250, 250, 80), 5, fill=red)
    image.save(path)
    return path


def appearance_images(path: Path, field_name: str) -> list[tuple[int, int]]:
    """The (width, height) of the image XObjects drawn by a signature field's widget
    appearance (directly or in the forms it draws)."""
    reader = PdfReader(path)

    def images(xobject: Any) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for inner in ((xobject.get("/Resources") or {}).get("/XObject") or {}).values():
            obj = inner.get_object()
            if obj.get("/Subtype") == "/Image":
                found.append((int(obj["/Width"]), int(obj["/Height"])))
            else:
                found += images(obj)
        return found

    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            obj = annot.get_object()
            if obj.get("/FT") == "/Sig" and str(obj.get("/T")) == field_name:
                return images(obj["/AP"]["/N"].get_object())
    raise AssertionError(f"no signature field {field_name}")
