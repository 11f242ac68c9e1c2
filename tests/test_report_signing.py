"""Signing a report PDF (PAdES, issue 20): validated by pyHanko, placed in the signature
block, refusals leave no file."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, pkcs12
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from cds_desktop.errors import CdsError
from cds_desktop.profile import Profile
from cds_desktop.reports.pdf_report import write_pdf_report
from cds_desktop.reports.settings import load_report_settings, save_report_settings
from cds_desktop.reports.signing import load_pkcs12_signer, sign_pdf, signer_place
from tests.conftest import CliResult
from tests.signing_support import (
    PASSPHRASE,
    SIGNER_NAME,
    SIGNER_ORG,
    Pki,
    appearance_images,
    check_signed,
    field,
    font_widths,
    make_pki,
    pdfsig,
    seal_png,
    signature_png,
    stamp_lines,
)

Cli = Callable[..., CliResult]
DAY = dt.date(2024, 11, 5)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def report(unit_profile: Profile, tmp_path: Path) -> Path:
    settings = load_report_settings(unit_profile)
    settings.signer_name = "Nguyễn Văn An"
    save_report_settings(unit_profile, settings)
    return write_pdf_report(unit_profile, tmp_path / "Báo cáo.pdf", report_date=DAY)


def test_signed_report_validates_and_sits_in_the_signature_block(
    report: Path, pki: Pki, tmp_path: Path
) -> None:
    place = signer_place(report)
    reader = PdfReader(report)
    assert 0 <= place.page < len(reader.pages)
    # the place lies under the signer's title and above the name, on the right half
    width = float(reader.pages[place.page].mediabox.width)
    x1, y1, x2, y2 = place.box
    assert x1 > width / 2 - 40 and x2 <= width and y2 - y1 == pytest.approx(70)
    key = load_pkcs12_signer(pki.p12, pki.passphrase_file)
    out = sign_pdf(report, tmp_path / "Báo cáo đã ký.pdf", key)
    check_signed(out, pki)
    independent = pdfsig(out)
    assert "Signature is Valid." in independent and "Total document signed" in independent
    assert f"Common Name: {SIGNER_NAME}" in independent
    page, rect = field(out)
    assert page == place.page
    fx1, fy1, fx2, fy2 = rect
    assert x1 <= fx1 < fx2 <= x2 and y1 <= fy1 < fy2 <= y2
    assert fx2 - fx1 > 100 and fy2 - fy1 > 60  # the whole place, not a dot
    # the signer's place is between the title and the name on that page
    text = PdfReader(out).pages[page].extract_text()
    assert text.index("Nguyễn Văn An") > 0
    # the visible stamp carries name, organisation and time (in the appearance stream)
    lines = stamp_lines(out)
    assert lines[0] == f"Ký bởi: {SIGNER_NAME}"
    assert lines[1] == f"Cơ quan: {SIGNER_ORG}"
    assert re.fullmatch(r"Thời gian ký: \d\d/\d\d/20\d\d \d\d:\d\d:\d\d [+-]\d{4}", lines[2])
    assert key.name == SIGNER_NAME and key.organisation == SIGNER_ORG
    # glyph widths in PDF units (thousandths of the size), not the font's 2048 per em:
    # otherwise the letters spread to twice their width and overflow the place
    widget = next(
        a.get_object() for a in PdfReader(out).pages[page]["/Annots"]
        if a.get_object().get("/FT") == "/Sig"
    )  # fmt: skip
    widths = font_widths(widget["/AP"]["/N"].get_object())
    assert widths and max(widths) <= 1000 and min(widths) > 0
    # the original report's bytes are untouched at the start of the signed file
    assert out.read_bytes().startswith(report.read_bytes())


def test_any_changed_byte_breaks_the_signature(report: Path, pki: Pki, tmp_path: Path) -> None:
    out = sign_pdf(report, tmp_path / "s.pdf", load_pkcs12_signer(pki.p12, pki.passphrase_file))
    data = bytearray(out.read_bytes())
    spot = len(report.read_bytes()) // 2
    data[spot] ^= 0x01
    bad = tmp_path / "changed.pdf"
    bad.write_bytes(bytes(data))
    with bad.open("rb") as handle:
        (sig,) = PdfFileReader(handle, strict=False).embedded_signatures
        root = asn1_x509.Certificate.load(pki.ca.public_bytes(Encoding.DER))
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[root]))
        assert not status.intact
    assert "Signature is Valid." not in pdfsig(bad) and "Signature is Valid." in pdfsig(out)


def test_wrong_passphrase_is_refused_and_nothing_written(
    report: Path, pki: Pki, tmp_path: Path
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("sai", encoding="utf-8")
    with pytest.raises(CdsError, match="passphrase is wrong"):
        load_pkcs12_signer(pki.p12, wrong)
    assert load_pkcs12_signer(pki.p12, passphrase=PASSPHRASE.encode()).name == SIGNER_NAME
    notepad = tmp_path / "notepad.txt"  # Windows Notepad's "UTF-8 with BOM", CRLF
    notepad.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    assert load_pkcs12_signer(pki.p12, notepad).name == SIGNER_NAME


def test_certificate_without_key_is_refused(pki: Pki, tmp_path: Path) -> None:
    bare = tmp_path / "chỉ chứng thư.p12"
    bare.write_bytes(
        pkcs12.serialize_key_and_certificates(b"c", None, pki.cert, None, NoEncryption())
    )
    with pytest.raises(CdsError, match="holds no private key"):
        load_pkcs12_signer(bare, passphrase=b"")


def test_a_pdf_without_signature_block_is_refused(pki: Pki, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    other = tmp_path / "khác.pdf"
    canvas = Canvas(str(other))
    canvas.drawString(100, 100, "x")
    canvas.save()
    out = tmp_path / "out.pdf"
    with pytest.raises(CdsError, match="no signature block"):
        sign_pdf(other, out, load_pkcs12_signer(pki.p12, pki.passphrase_file))
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["khác.pdf"]


def test_cli_report_pdf_sign(cli: Cli, pki: Pki, tmp_path: Path) -> None:
    data = tmp_path / "profile"
    assert cli("--data-dir", str(data), "init", "--role", "unit", "--unit-code", "BO-VP",
               "--unit-name", "Văn phòng Bộ").code == 0  # fmt: skip
    out = tmp_path / "bc.pdf"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("sai", encoding="utf-8")
    bad = cli("--data-dir", str(data), "report", "pdf", "--out", str(out), "--sign",
              "--sign-pkcs12", str(pki.p12), "--passphrase-file", str(wrong))  # fmt: skip
    assert bad.code == 1 and "passphrase is wrong" in bad.err, bad.err
    assert not out.exists() and not list(tmp_path.glob(".*part"))
    missing = cli("--data-dir", str(data), "report", "pdf", "--out", str(out), "--sign")
    assert missing.code != 0 and not out.exists()
    passphrase = str(pki.passphrase_file)
    good = cli("--data-dir", str(data), "report", "pdf", "--out", str(out), "--sign",
               "--sign-pkcs12", str(pki.p12), "--passphrase-file", passphrase)  # fmt: skip
    assert good.code == 0, good.err
    check_signed(out, pki)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["bc.pdf"]
    implied = tmp_path / "bc2.pdf"  # a key without --sign still signs: never silently unsigned
    assert cli("--data-dir", str(data), "report", "pdf", "--out", str(implied), "--sign-pkcs12",
               str(pki.p12), "--passphrase-file", passphrase).code == 0  # fmt: skip
    check_signed(implied, pki)


def test_a_configured_tsa_timestamps_the_signature(
    report: Path, pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a TSA URL the signature carries a timestamp token (a TSA stand-in: no network)."""
    import datetime as dt_

    from asn1crypto import keys as asn1_keys
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import PrivateFormat
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.sign.timestamps import DummyTimeStamper

    from cds_desktop.reports import signing

    now = dt_.datetime.now(dt_.UTC)
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")])
    tsa_cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(tsa_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt_.timedelta(days=1)).not_valid_after(now + dt_.timedelta(days=9))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(tsa_key, hashes.SHA256())
    )  # fmt: skip
    tsa_asn1 = asn1_x509.Certificate.load(tsa_cert.public_bytes(Encoding.DER))
    asked: list[str] = []

    def stand_in(url: str) -> DummyTimeStamper:
        asked.append(url)
        der = tsa_key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
        return DummyTimeStamper(tsa_cert=tsa_asn1, tsa_key=asn1_keys.PrivateKeyInfo.load(der))

    monkeypatch.setattr(signing, "HTTPTimeStamper", stand_in)
    key = load_pkcs12_signer(pki.p12, pki.passphrase_file)
    out = sign_pdf(report, tmp_path / "ts.pdf", key, tsa_url="http://tsa.example.vn/")
    assert asked == ["http://tsa.example.vn/"]
    root = asn1_x509.Certificate.load(pki.ca.public_bytes(Encoding.DER))
    with out.open("rb") as handle:
        (sig,) = PdfFileReader(handle).embedded_signatures
        context = ValidationContext(trust_roots=[root, tsa_asn1])
        status = validate_pdf_signature(sig, context, ts_validation_context=context)
        assert status.intact and status.valid and status.trusted
        assert status.timestamp_validity is not None and status.timestamp_validity.intact
    # without a TSA URL, no timestamp is asked for
    plain = sign_pdf(report, tmp_path / "plain.pdf", key)
    assert asked == ["http://tsa.example.vn/"] and plain.is_file()


def test_cli_verify_pdf(cli: Cli, report: Path, pki: Pki, tmp_path: Path) -> None:
    import json

    root = tmp_path / "ca.pem"
    root.write_bytes(pki.ca.public_bytes(Encoding.PEM))
    signed = sign_pdf(report, tmp_path / "ký.pdf", load_pkcs12_signer(pki.p12, pki.passphrase_file))
    good = cli("verify-pdf", str(signed), "--trust-root", str(root), "--json")
    assert good.code == 0, good.err
    (check,) = json.loads(good.out)
    assert check["signer"] == SIGNER_NAME and check["organisation"] == SIGNER_ORG
    assert check["intact"] and check["whole_document"] and check["trusted"] and check["ok"]
    assert check["signing_time"].startswith(str(dt.date.today().year))
    text = cli("verify-pdf", str(signed), "--trust-root", str(root))
    assert text.code == 0 and text.out.startswith(f"OK: ChuKySo signed by {SIGNER_NAME}")
    untrusted = cli("verify-pdf", str(signed))
    assert untrusted.code == 1 and "NOT TRUSTED" in untrusted.out
    data = bytearray(signed.read_bytes())
    data[len(report.read_bytes()) // 2] ^= 0x01
    changed = tmp_path / "sửa.pdf"
    changed.write_bytes(bytes(data))
    bad = cli("verify-pdf", str(changed), "--trust-root", str(root), "--json")
    assert bad.code == 1 and json.loads(bad.out)[0]["intact"] is False
    garbled = bytearray(signed.read_bytes())  # the signature value itself (its CMS)
    contents = re.search(rb"/Contents\s*<", bytes(garbled))
    assert contents is not None
    garbled[contents.end() + 10] ^= 0x01
    (tmp_path / "hỏng chữ ký.pdf").write_bytes(bytes(garbled))
    damaged = cli("verify-pdf", str(tmp_path / "hỏng chữ ký.pdf"))
    assert damaged.code == 1 and "cannot be read: the file is damaged" in damaged.err
    assert "unexpected" not in damaged.err
    unsigned = cli("verify-pdf", str(report))
    assert unsigned.code == 1 and "no digital signature" in unsigned.out
    missing = cli("verify-pdf", str(tmp_path / "không có.pdf"))
    assert missing.code == 1 and missing.err.startswith("error: ")


def test_the_issuing_bodys_signature_over_the_seal_place(
    cli: Cli, report: Path, pki: Pki, tmp_path: Path
) -> None:
    """The head signs, then the office adds the body's signature: both stay valid."""
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    from cds_desktop.reports.signing import BODY_FIELD_NAME, FIELD_NAME, SEAL_SIDE, seal_box

    key = ["--sign-pkcs12", str(pki.p12), "--passphrase-file", str(pki.passphrase_file)]
    head = tmp_path / "ký.pdf"
    assert cli("report", "sign", str(report), "--out", str(head), *key).code == 0
    again = cli("report", "sign", str(head), "--out", str(tmp_path / "x.pdf"), *key)
    assert again.code == 1 and "already carries the signer's signature" in again.err
    both = tmp_path / "ký và đóng dấu.pdf"
    result = cli("report", "sign", str(head), "--out", str(both), "--as-body", *key)
    assert result.code == 0, result.err
    root = asn1_x509.Certificate.load(pki.ca.public_bytes(Encoding.DER))
    with both.open("rb") as handle:
        signatures = PdfFileReader(handle).embedded_signatures
        assert [s.field_name for s in signatures] == [FIELD_NAME, BODY_FIELD_NAME]
        coverage = []
        for sig in signatures:
            status = validate_pdf_signature(sig, ValidationContext(trust_roots=[root]))
            assert status.intact and status.valid and status.trusted
            coverage.append(status.coverage)
        # the head's signature covers its revision; the body's covers the whole file
        assert coverage == [
            SignatureCoverageLevel.ENTIRE_REVISION,
            SignatureCoverageLevel.ENTIRE_FILE,
        ]
    place = signer_place(report)
    x1, y1, x2, y2 = seal_box(place)
    assert x2 - x1 == pytest.approx(SEAL_SIDE) and x2 == pytest.approx(
        place.box[0] + (place.box[2] - place.box[0]) / 3
    )  # over the left third of the signer's place, as the decree places the seal
    rects = {}
    for annot in PdfReader(both).pages[place.page]["/Annots"]:
        obj = annot.get_object()
        if obj.get("/FT") == "/Sig":
            rects[str(obj["/T"])] = [float(v) for v in obj["/Rect"]]
    bx1, by1, bx2, by2 = rects[BODY_FIELD_NAME]
    assert x1 <= bx1 < bx2 <= x2 and y1 <= by1 < by2 <= y2
    assert "Signature is Valid." in pdfsig(both)


def test_signature_and_seal_images_in_the_visible_signature(
    cli: Cli, report: Path, pki: Pki, tmp_path: Path, unit_profile: Profile
) -> None:
    """The signer's signature image beside the text, then the body's seal image over the
    seal's place: both drawn by the widgets' appearances, both signatures still valid."""
    from cds_desktop.reports.signing import BODY_FIELD_NAME, FIELD_NAME, IMAGE_SIDE

    key = ["--sign-pkcs12", str(pki.p12), "--passphrase-file", str(pki.passphrase_file)]
    signature = signature_png(tmp_path / "chữ ký.png")
    seal = seal_png(tmp_path / "con dấu.png")
    head = tmp_path / "ký.pdf"
    result = cli("report", "sign", str(report), "--out", str(head), "--signature-image",
                 str(signature), *key)  # fmt: skip
    assert result.code == 0, result.err
    assert appearance_images(head, FIELD_NAME) == [(600, 240)]
    lines = stamp_lines(head)
    assert lines[0] == f"Ký bởi: {SIGNER_NAME}" and "Thời gian ký:" in lines
    assert " ".join(lines).count("Du lịch") == 1  # the organisation, wrapped beside the image
    check_signed(head, pki)
    both = tmp_path / "ký và đóng dấu.pdf"
    result = cli("report", "sign", str(head), "--out", str(both), "--as-body", "--seal-image",
                 str(seal), *key)  # fmt: skip
    assert result.code == 0, result.err
    [(width, height)] = appearance_images(both, BODY_FIELD_NAME)
    assert width == height <= IMAGE_SIDE
    assert appearance_images(both, FIELD_NAME) == [(600, 240)]
    assert pdfsig(both).count("Signature is Valid.") == 2
    # the pdf made and signed in one step takes the signature image too
    made = tmp_path / "một bước.pdf"
    data = ["--data-dir", str(unit_profile.paths.root)]
    assert cli(*data, "report", "pdf", "--out", str(made), "--signature-image", str(signature),
               *key).code == 0  # fmt: skip
    assert appearance_images(made, FIELD_NAME) == [(600, 240)]


def test_unusable_images_are_refused_and_nothing_written(
    cli: Cli, report: Path, pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cds_desktop.reports import signing

    key = load_pkcs12_signer(pki.p12, pki.passphrase_file)
    out = tmp_path / "ký.pdf"
    garbage = tmp_path / "chữ ký.png"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 300)
    with pytest.raises(CdsError, match="not an image the program can read") as refused:
        sign_pdf(report, out, key, image=garbage)
    assert refused.value.code == "sign_image_unreadable"
    signature = signature_png(tmp_path / "to.png")
    monkeypatch.setattr(signing, "MAX_IMAGE_BYTES", 1000)
    with pytest.raises(CdsError, match="of at most") as refused:
        sign_pdf(report, out, key, image=signature)
    assert refused.value.code == "sign_image_too_large"
    monkeypatch.setattr(signing, "MAX_IMAGE_BYTES", 10**7)
    monkeypatch.setattr(signing, "MAX_IMAGE_PIXELS", 600 * 240 - 1)
    with pytest.raises(CdsError, match="600×240 pixels"):
        sign_pdf(report, out, key, image=signature)
    with pytest.raises(CdsError, match="does not exist"):
        sign_pdf(report, out, key, image=tmp_path / "không có.png")
    assert not out.exists() and not list(tmp_path.glob(".*part"))
    args = ["--sign-pkcs12", str(pki.p12), "--passphrase-file", str(pki.passphrase_file)]
    wrong = cli("report", "sign", str(report), "--out", str(out), "--seal-image",
                str(signature), *args)  # fmt: skip
    assert wrong.code == 1 and "--seal-image goes with --as-body" in wrong.err
    assert not out.exists()
