"""Digital signatures on a finished report PDF (PAdES, Nghị định 30/2020 Phụ lục I).

The report builder (pdf_report.py, via pdf_layout.SignerPlace) records where the signer's
place in the signature block is drawn: the blank between the title (chức vụ) and the name.
`sign_pdf` appends a PAdES signature with a visible appearance exactly there (the
signer's name, organisation and signing time) as an incremental update, so the report's
own bytes stay as they were; the certificate chain from the key file is embedded, and a
timestamp is requested when a TSA URL is given. Nothing is written unless signing
succeeds: the signed file is made next to the target and renamed into place.

Keys come from a PKCS#12 file (.p12/.pfx) and its passphrase (`load_pkcs12_signer`), or
from a PKCS#11 token (the USB tokens officers hold) through its driver's library, the
token's label and the PIN (`pkcs11_signer`); `list_tokens` names the tokens a library sees.
"""

from __future__ import annotations

import io
import math
import os
import tempfile
import textwrap
import time
from codecs import BOM_UTF8
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    pkcs12,
)
from cryptography.x509 import Certificate, NameOID
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.generic import ArrayObject, DictionaryObject, StreamObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.stamp import BaseStampStyle, StaticStampStyle, TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from cds_desktop.errors import CdsError
from cds_desktop.files import move_into_place
from cds_desktop.reports.fonts import fonts_dir
from cds_desktop.reports.pdf_layout import SIGNER_PLACE_KEY

FIELD_NAME = "ChuKySo"  # "chữ ký số", the signer's signature field
BODY_FIELD_NAME = "ChuKyCoQuan"  # the issuing body's signature, over the seal's place
SEAL_SIDE = 36 * 72 / 25.4  # a 36 mm round seal, the common size
SEAL_RED = (0.8, 0.0, 0.0)
STAMP_FONT = "LiberationSerif-Regular.ttf"
STAMP_SIZE = 9
TIME_FORMAT = "%d/%m/%Y %H:%M:%S %z"
MAX_IMAGE_BYTES = 5 * 1024 * 1024  # a signature or seal PNG is some tens of KiB
MAX_IMAGE_PIXELS = 16_000_000
IMAGE_SIDE = 1000  # pixels on the long side, plenty for a 36 mm seal at 600 dpi


@dataclass(frozen=True)
class SignerPlace:
    """Where the builder drew the signer's place: page index (from 0) and rectangle."""

    page: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class KeySigner:
    """A signing key with its certificate chain, and the names shown in the stamp."""

    signer: signers.Signer
    name: str
    organisation: str


def _read_text(path: Path, what: str) -> bytes:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise CdsError(f"the {what} file {path} does not exist") from None
    except OSError as exc:
        raise CdsError(f"cannot read the {what} file {path}: {exc.strerror}") from None
    return data.rstrip(b"\r\n")


def _subject(cert: Certificate, oid: object) -> str:
    values = cert.subject.get_attributes_for_oid(oid)  # type: ignore[arg-type]
    return str(values[0].value) if values else ""


def load_pkcs12_signer(
    p12: Path, passphrase_file: Path | None = None, *, passphrase: bytes | None = None
) -> KeySigner:
    """The key, certificate and chain of a PKCS#12 file, opened with its passphrase.

    The passphrase comes from `passphrase_file` (its first line) or `passphrase`.
    A wrong passphrase, a damaged file or a file without a private key is refused.
    """
    p12 = Path(p12)
    if not p12.is_file():
        raise CdsError(
            f"the certificate file {p12} does not exist; choose the .p12/.pfx file",
            "sign_file_missing",
            file=p12.name,
        )
    data = p12.read_bytes()
    if passphrase is None:
        passphrase = _read_text(Path(passphrase_file), "passphrase") if passphrase_file else b""
        passphrase = passphrase.removeprefix(BOM_UTF8)  # Notepad's "UTF-8 with BOM"
        passphrase = passphrase.splitlines()[0] if passphrase else b""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase or None)
    except ValueError:
        raise CdsError(
            f"cannot open the certificate file {p12}: the passphrase is wrong or the file "
            "is not a PKCS#12 (.p12/.pfx) file",
            "sign_passphrase_wrong",
            file=p12.name,
        ) from None
    if key is None:
        raise CdsError(
            f"the certificate file {p12} holds no private key; export the certificate "
            "together with its private key (.p12/.pfx)",
            "sign_no_private_key",
            file=p12.name,
        )
    if cert is None:
        raise CdsError(f"the certificate file {p12} holds no signing certificate")
    key_der = key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    chain = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in extra]
    signing_cert = asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))
    signer = signers.SimpleSigner(
        signing_cert=signing_cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([signing_cert, *chain]),  # type: ignore[no-untyped-call]
    )
    return KeySigner(
        signer=signer,
        name=_subject(cert, NameOID.COMMON_NAME),
        organisation=_subject(cert, NameOID.ORGANIZATION_NAME),
    )


def _pin(pin_file: Path | None, pin: str | None) -> str:
    if pin is not None:
        return pin
    if pin_file is None:
        raise CdsError("the token needs its PIN (--pin-file F)", "sign_pin_missing")
    lines = _read_text(Path(pin_file), "PIN").removeprefix(BOM_UTF8).decode("utf-8").splitlines()
    return lines[0] if lines else ""


def _load_pkcs11(lib: Path) -> Any:
    import pkcs11

    if not Path(lib).is_file():
        raise CdsError(
            f"the PKCS#11 library {lib} does not exist; give the token driver's library "
            "(a .dll on Windows)",
            "sign_pkcs11_missing",
            file=Path(lib).name,
        )
    try:
        return pkcs11.lib(str(lib))
    except (OSError, RuntimeError, pkcs11.PKCS11Error) as exc:
        raise CdsError(
            f"cannot load the PKCS#11 library {lib} ({exc}); give the token driver's library",
            "sign_pkcs11_unusable",
            file=Path(lib).name,
        ) from None


def list_tokens(lib: Path) -> list[str]:
    """The labels of the tokens present in the slots of a PKCS#11 library."""
    import pkcs11

    labels = []
    for slot in _load_pkcs11(lib).get_slots(token_present=True):
        try:
            label = str(slot.get_token().label).strip()
        except pkcs11.PKCS11Error:
            continue
        if label:  # an empty slot SoftHSM and some drivers offer for a new token
            labels.append(label)
    return labels


def _open_session(lib: Path, token_label: str, secret: str) -> Any:
    """A logged-in session on the token labelled `token_label` (the caller closes it)."""
    import pkcs11

    library = _load_pkcs11(lib)
    present = list_tokens(lib)
    if token_label.strip() not in present:
        raise CdsError(
            f"no token labelled {token_label!r} is plugged in (tokens found: "
            f"{', '.join(present) or 'none'}); plug in the token or check its label",
            "sign_token_missing",
            token=token_label,
        )
    label = token_label.strip()
    try:
        token = next(
            slot.get_token()
            for slot in library.get_slots(token_present=True)
            if str(slot.get_token().label).strip() == label
        )
        return token.open(user_pin=secret)
    except (pkcs11.PinIncorrect, pkcs11.PinInvalid, pkcs11.PinLenRange):
        raise CdsError(
            f"the PIN of the token {token_label!r} is wrong; type it again (tokens lock "
            "after a few wrong PINs)",
            "sign_pin_wrong",
            token=token_label,
        ) from None
    except pkcs11.PinLocked:
        raise CdsError(
            f"the token {token_label!r} is locked after too many wrong PINs; ask the "
            "certificate provider to unlock it",
            "sign_pin_locked",
            token=token_label,
        ) from None


@dataclass(frozen=True)
class TokenKey:
    """A private key on a token, named by its label, with its certificate's names."""

    label: str
    name: str
    organisation: str


def list_token_keys(
    lib: Path, token_label: str, pin_file: Path | None = None, *, pin: str | None = None
) -> list[TokenKey]:
    """The labelled private keys on a token (after the PIN), each with the names of the
    certificate that has the same id, for choosing the key to sign with."""
    import pkcs11
    from pkcs11 import Attribute, ObjectClass

    session = _open_session(lib, token_label, _pin(pin_file, pin))
    try:
        names: dict[bytes, tuple[str, str]] = {}
        for cert in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
            try:
                subject = asn1_x509.Certificate.load(bytes(cert[Attribute.VALUE])).subject.native
                ident = bytes(cert[Attribute.ID])
            except (pkcs11.PKCS11Error, ValueError):
                continue
            names[ident] = (
                str(subject.get("common_name", "")),
                str(subject.get("organization_name", "")),
            )
        found = []
        for key in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}):
            try:
                label = str(key[Attribute.LABEL])
                ident = bytes(key[Attribute.ID])
            except pkcs11.PKCS11Error:
                continue
            if label:
                name, organisation = names.get(ident, ("", ""))
                found.append(TokenKey(label, name, organisation))
        return found
    finally:
        session.close()


@contextmanager
def pkcs11_signer(
    lib: Path,
    token_label: str,
    pin_file: Path | None = None,
    *,
    pin: str | None = None,
    key_label: str | None = None,
) -> Iterator[KeySigner]:
    """The signing key on a PKCS#11 token, for the length of the `with` block.

    Without `key_label`, the token must hold exactly one private key; its certificate is
    the one with the same id. Every certificate on the token goes into the chain."""
    import pkcs11
    from pkcs11 import Attribute, ObjectClass
    from pyhanko.sign.pkcs11 import PKCS11Signer

    session = _open_session(lib, token_label, _pin(pin_file, pin))
    try:
        query: dict[Any, Any] = {Attribute.CLASS: ObjectClass.PRIVATE_KEY}
        if key_label is not None:
            query[Attribute.LABEL] = key_label
        keys = list(session.get_objects(query))
        if key_label is not None and not keys:
            raise CdsError(
                f"the token {token_label!r} holds no key labelled {key_label!r}",
                "sign_token_no_key",
                token=token_label,
            )
        if key_label is None and len(keys) != 1:
            raise CdsError(
                f"the token {token_label!r} holds {len(keys)} private keys; choose one "
                "with --key-label",
                "sign_key_choice",
                token=token_label,
                count=len(keys),
            )
        key_id = bytes(keys[0][Attribute.ID])  # its certificate is the one with its id
        signer = PKCS11Signer(
            session,
            key_label=key_label,
            other_certs_to_pull=None,
            key_id=key_id,
            cert_id=key_id,
        )
        try:
            cert = signer.signing_cert
        except pkcs11.PKCS11Error as exc:
            raise CdsError(
                f"no usable key and certificate on the token {token_label!r} ({exc})",
                "sign_token_no_key",
                token=token_label,
            ) from None
        subject = cert.subject.native
        yield KeySigner(
            signer=signer,
            name=str(subject.get("common_name", "")),
            organisation=str(subject.get("organization_name", "")),
        )
    finally:
        session.close()


def signer_place(pdf: Path) -> SignerPlace:
    """The signer's place the report builder recorded in `pdf`."""
    with Path(pdf).open("rb") as handle:
        try:
            reader = PdfFileReader(handle, strict=False)
            entry = reader.root.get("/" + SIGNER_PLACE_KEY)
            if entry is None:
                raise CdsError(
                    f"{pdf} has no signature block made by this program; create the report "
                    "again and sign that file",
                    "sign_no_signature_block",
                    file=Path(pdf).name,
                )
            entry = entry.get_object()
            assert isinstance(entry, DictionaryObject)
            page = int(entry["/Page"]) - 1
            rect = entry["/Rect"]
            assert isinstance(rect, ArrayObject)
            x1, y1, x2, y2 = (float(v) for v in rect)
        except (PdfError, KeyError, ValueError, AssertionError):
            raise CdsError(f"{pdf} is not a report PDF this program can sign") from None
    return SignerPlace(page, (x1, y1, x2, y2))


class _Glyphs(GlyphAccumulator):
    """pyHanko's glyph accumulator in PDF glyph space (1000 units per em).

    pyHanko 0.38 writes a TrueType font's advances in the font's own units (2048 per em
    for Liberation Serif) where PDF expects thousandths, which spreads the letters to
    twice their width; harfbuzz is scaled to 1000 and the widths converted here."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._font_units = self.units_per_em
        self.hb_font.scale = (1000, 1000)
        self.units_per_em = 1000

    def _get_cid_and_width(self, glyph_id: int) -> tuple[int, int]:
        known = glyph_id in self._glyphs
        cid, width = super()._get_cid_and_width(glyph_id)
        if not known:
            width = round(width * 1000 / self._font_units)
            self._glyphs[glyph_id] = (cid, width)
        return cid, width


class _FontInMemory(GlyphAccumulatorFactory):
    """pyHanko's OpenType font factory, reading the font into memory (its own leaves
    the font file open), with the glyph widths in PDF units (`_Glyphs`)."""

    def create_font_engine(
        self, writer: BasePdfFileWriter, obj_stream: StreamObject | None = None
    ) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()  # type: ignore[no-untyped-call]
        return _Glyphs(
            writer=writer,
            font_handle=io.BytesIO(Path(self.font_file).read_bytes()),
            font_size=self.font_size,
            obj_stream=obj_stream,
        )


def _whole(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    """The field rectangle in whole points, inside the recorded place."""
    x1, y1, x2, y2 = box
    return math.ceil(x1), math.ceil(y1), math.floor(x2), math.floor(y2)


def seal_box(place: SignerPlace) -> tuple[float, float, float, float]:
    """The issuing body's place: a seal-sized square over the left third of the signer's
    place, reaching left of it (Nghị định 30/2020, Phụ lục I)."""
    x1, y1, x2, y2 = place.box
    right = x1 + (x2 - x1) / 3
    middle = (y1 + y2) / 2
    return right - SEAL_SIDE, middle - SEAL_SIDE / 2, right, middle + SEAL_SIDE / 2


def load_stamp_image(path: Path, what: str = "signature") -> Any:
    """The officer's signature image or the body's seal image (`what`), for the visible
    signature: a PNG (transparent background) or another image the program reads, at most
    `MAX_IMAGE_BYTES` and `MAX_IMAGE_PIXELS`, reduced to `IMAGE_SIDE` pixels at most."""
    from PIL import Image

    from cds_desktop.photos import PhotoError, open_image

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise CdsError(
            f"the {what} image {path} does not exist", "sign_image_missing", file=path.name
        ) from None
    if size > MAX_IMAGE_BYTES:
        raise CdsError(
            f"the {what} image {path.name} is {size // 1024} KiB; use a PNG of at most "
            f"{MAX_IMAGE_BYTES // (1024 * 1024)} MiB",
            "sign_image_too_large",
            file=path.name,
        )
    try:
        with path.open("rb") as handle:
            image = open_image(handle, path.name)
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise CdsError(
                    f"the {what} image {path.name} has {width}×{height} pixels; use one of "
                    f"at most {MAX_IMAGE_PIXELS // 1_000_000} megapixels",
                    "sign_image_too_large",
                    file=path.name,
                )
            image.thumbnail((IMAGE_SIDE, IMAGE_SIDE))
            modes = ("RGB", "RGBA", "L", "LA")
            image = image.copy() if image.mode in modes else image.convert("RGBA")
    except PhotoError:
        raise CdsError(
            f"{path.name} is not an image the program can read; give the {what} as a PNG",
            "sign_image_unreadable",
            file=path.name,
        ) from None
    except (OSError, ValueError, Image.DecompressionBombError):
        raise CdsError(
            f"the {what} image {path.name} is damaged; give the {what} as a PNG",
            "sign_image_unreadable",
            file=path.name,
        ) from None
    return image


def _stamp(
    key: KeySigner,
    body: bool = False,
    image: Any = None,
    box: tuple[float, float, float, float] = (0, 0, 0, 0),
) -> BaseStampStyle:
    """The visible signature: text (name, organisation, time), and with `image` the
    signature image on the left half of the place (the text on the right half). For the
    issuing body, the seal image alone fills the seal's place, as a seal is stamped (the
    body's name and the time are in the signature, shown by readers and `verify-pdf`);
    without an image, its name and the time in red in a seal-sized frame."""
    from pyhanko.pdf_utils.images import PdfImage
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule

    name = key.name.replace("%", "%%") or "%(signer)s"
    organisation = key.organisation.replace("%", "%%")
    width = round(box[2] - box[0])
    if body:  # the issuing body's signature: its name and time, in the seal's red
        lines = [*textwrap.wrap(organisation or name, 24), "Thời gian ký:", "%(ts)s"]
    else:
        wrap = 30 if image is not None else 200  # beside the image: half the width
        lines = textwrap.wrap(f"Ký bởi: {name}", wrap)
        if organisation:
            lines += textwrap.wrap(f"Cơ quan: {organisation}", wrap)
        lines += ["Thời gian ký:", "%(ts)s"] if image is not None else ["Thời gian ký: %(ts)s"]
    font = _FontInMemory(str(fonts_dir() / STAMP_FONT), font_size=STAMP_SIZE)
    colour = SEAL_RED if body else (0.0, 0.0, 0.0)
    extra: dict[str, Any] = {}
    if image is not None and body:  # the seal image alone, as a seal is stamped
        return StaticStampStyle(
            background=PdfImage(image),
            background_opacity=1.0,
            background_layout=SimpleBoxLayoutRule(
                x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID
            ),
            border_width=0,
        )
    if image is not None:  # the signature on the left half, the text on the right
        half = width // 2
        extra = {
            "background": PdfImage(image),
            "background_opacity": 1.0,
            "background_layout": SimpleBoxLayoutRule(
                x_align=AxisAlignment.ALIGN_MID,
                y_align=AxisAlignment.ALIGN_MID,
                margins=Margins(left=2, right=width - half + 2, top=2, bottom=2),
            ),
            "inner_content_layout": SimpleBoxLayoutRule(
                x_align=AxisAlignment.ALIGN_MIN,
                y_align=AxisAlignment.ALIGN_MID,
                margins=Margins(left=half + 4, right=2, top=2, bottom=2),
            ),
        }
    return TextStampStyle(
        stamp_text="\n".join(lines),
        text_box_style=TextBoxStyle(
            font=font, font_size=STAMP_SIZE, leading=STAMP_SIZE + 2, text_color=colour
        ),
        timestamp_format=TIME_FORMAT,
        border_width=1 if body and image is None else 0,
        border_color=SEAL_RED if body and image is None else None,
        **extra,
    )


def sign_pdf(
    pdf: Path,
    out: Path,
    key: KeySigner,
    tsa_url: str | None = None,
    *,
    body: bool = False,
    image: Path | None = None,
) -> Path:
    """Sign the report `pdf` into `out` (may be the same file) with `key`: the signer's
    signature at the signer's place, or with `body` the issuing body's over the seal's
    place (usually added by the office to the report its head has signed). `image` is the
    signer's signature image, or with `body` the seal image (`load_stamp_image`)."""
    pdf, out = Path(pdf), Path(out)
    if out.is_dir():
        raise CdsError(f"{out} is a folder; give a file name such as bao-cao-da-ky.pdf")
    if not out.parent.is_dir():
        raise CdsError(f"the folder {out.parent} does not exist")
    picture = load_stamp_image(image, "seal" if body else "signature") if image else None
    place = signer_place(pdf)
    field_name = BODY_FIELD_NAME if body else FIELD_NAME
    box = seal_box(place) if body else place.box
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        subfilter=fields.SigSeedSubFilter.PADES,
        name=key.name or None,
        location=None,
        reason="Ký số báo cáo",
    )
    timestamper = HTTPTimeStamper(tsa_url) if tsa_url else None
    pdf_signer = signers.PdfSigner(
        meta,
        signer=key.signer,
        stamp_style=_stamp(key, body, picture, _whole(box)),
        timestamper=timestamper,
    )
    handle, temp_name = tempfile.mkstemp(prefix=".signed-", suffix=".pdf.part", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        with pdf.open("rb") as source, temp.open("wb") as target:
            writer = IncrementalPdfFileWriter(source, strict=False)
            if list(fields.enumerate_sig_fields(writer, with_name=field_name)):
                who = "the issuing body" if body else "the signer"
                raise CdsError(
                    f"{pdf.name} already carries {who}'s signature; sign the report once",
                    "sign_already_signed",
                    file=pdf.name,
                )
            spec = fields.SigFieldSpec(field_name, on_page=place.page, box=_whole(box))
            fields.append_signature_field(writer, spec)
            pdf_signer.sign_pdf(writer, output=target)
        move_into_place(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out


@dataclass(frozen=True)
class SignatureCheck:
    """What `verify_pdf` found about one signature of a PDF."""

    field: str
    signer: str
    organisation: str
    signing_time: str  # ISO 8601, as the signature claims it ("" when absent)
    intact: bool  # the signed bytes are unchanged and the signature value is right
    whole_document: bool  # nothing was added after signing
    trusted: bool  # the chain leads to one of the trust roots given
    timestamped: bool

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted

    def to_json(self) -> dict[str, object]:
        return {
            "field": self.field,
            "signer": self.signer,
            "organisation": self.organisation,
            "signing_time": self.signing_time,
            "intact": self.intact,
            "whole_document": self.whole_document,
            "trusted": self.trusted,
            "timestamped": self.timestamped,
            "ok": self.ok,
        }


def load_trust_roots(paths: list[Path]) -> list[Any]:
    """Certificates (PEM or DER files) to trust as roots when verifying."""
    from cryptography.x509 import load_der_x509_certificate, load_pem_x509_certificates

    roots = []
    for path in paths:
        data = _read_text(Path(path), "trust root certificate") + b"\n"
        try:
            if b"-----BEGIN" in data:
                certs = load_pem_x509_certificates(data)
            else:
                certs = [load_der_x509_certificate(data.strip())]
        except ValueError:
            raise CdsError(f"{path} is not a certificate (PEM or DER)") from None
        roots += [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in certs]
    return roots


def verify_pdf(pdf: Path, trust_roots: list[Any] | None = None) -> list[SignatureCheck]:
    """Check every signature of `pdf`: integrity, signer, chain to `trust_roots`, time.

    Works offline (no revocation fetching); without trust roots nothing is trusted."""
    pdf = Path(pdf)
    if not pdf.is_file():
        raise CdsError(f"the file {pdf} does not exist")
    with pdf.open("rb") as handle:
        try:
            return verify_pdf_stream(handle, trust_roots)
        except PdfError as exc:
            raise CdsError(f"{pdf} is not a readable PDF ({exc})") from None
        except (ValueError, KeyError, TypeError, IndexError) as exc:  # e.g. a garbled CMS
            raise CdsError(
                f"the signatures of {pdf} cannot be read: the file is damaged "
                f"({exc.__class__.__name__})"
            ) from None


def verify_pdf_stream(
    handle: BinaryIO,
    trust_roots: list[Any] | None = None,
    *,
    deadline: float | None = None,
    max_signatures: int | None = None,
) -> list[SignatureCheck]:
    """`verify_pdf` on an open PDF (a file or bytes in memory). With `deadline` (a
    `time.monotonic()` value) or `max_signatures`, the signatures past either are not
    checked and `SignatureBudgetError` is raised instead."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    checks = []
    reader = PdfFileReader(handle, strict=False)
    signatures = reader.embedded_signatures
    if max_signatures is not None and len(signatures) > max_signatures:
        raise SignatureBudgetError(f"{len(signatures)} signatures")
    for sig in signatures:
        if deadline is not None and time.monotonic() > deadline:
            raise SignatureBudgetError("time")
        context = ValidationContext(trust_roots=list(trust_roots or []), allow_fetching=False)
        try:
            status = validate_pdf_signature(sig, context, ts_validation_context=context)
        except Exception:  # a signature so damaged it cannot be checked: not valid
            checks.append(_unreadable_signature(sig))
            continue
        subject = status.signing_cert.subject.native
        when = status.signer_reported_dt
        coverage = getattr(status.coverage, "name", "")
        checks.append(
            SignatureCheck(
                field=str(sig.field_name),
                signer=str(subject.get("common_name", "")),
                organisation=str(subject.get("organization_name", "")),
                signing_time=when.isoformat() if when is not None else "",
                intact=bool(status.intact and status.valid),
                whole_document=coverage == "ENTIRE_FILE",
                trusted=bool(status.trusted),
                timestamped=status.timestamp_validity is not None,
            )
        )
    return checks


def _unreadable_signature(sig: Any) -> SignatureCheck:
    """A signature whose value or certificates cannot be read: named if it can be."""
    try:
        subject = sig.signer_cert.subject.native
    except Exception:  # the certificates are damaged too
        subject = {}
    return SignatureCheck(
        field=str(sig.field_name),
        signer=str(subject.get("common_name", "")),
        organisation=str(subject.get("organization_name", "")),
        signing_time="",
        intact=False,
        whole_document=False,
        trusted=False,
        timestamped=False,
    )


class SignatureBudgetError(Exception):
    """A PDF took more than its budget (time, number of signatures) to check."""
