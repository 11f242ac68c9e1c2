"""The key enrolment sheet: a one-page PDF the unit hands (or faxes) to the IT Centre.

It names the unit and shows the key fingerprint large and grouped, so the centre can
register the key before the first package arrives, or compare it when it does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from cds_desktop import keys
from cds_desktop.files import move_into_place
from cds_desktop.profile import Profile
from cds_desktop.reports.fonts import register_fonts
from cds_desktop.text import format_date
from cds_desktop.validation import nfc

ROLE_NAMES = {"unit": "Đơn vị báo cáo", "centre": "Trung tâm tổng hợp"}
UNIT_GUIDANCE = (
    "Hướng dẫn: gửi phiếu này cho Trung tâm tổng hợp của Bộ (hoặc đọc mã qua điện thoại).",
    "Trung tâm đăng ký mã nhận dạng khóa cho đơn vị; chỉ các gói dữ liệu được ký bằng",
    "khóa có mã này mới được tiếp nhận. Mã gồm 20 ký tự, không có chữ I, L, O, U.",
    "Không gửi tệp khóa bí mật (signing-key.pem) cho bất kỳ ai.",
)
CENTRE_GUIDANCE = (
    "Hướng dẫn: đây là khóa của Trung tâm, dùng để ký biên nhận và kế hoạch gửi các đơn vị.",
    "Gửi phiếu cho các đơn vị hoặc đọc mã qua điện thoại; lần đầu nhập tệp của Trung tâm,",
    "đơn vị xác nhận đúng mã này. Mã gồm 20 ký tự, không có chữ I, L, O, U.",
    "Không gửi tệp khóa bí mật (signing-key.pem) cho bất kỳ ai.",
)


def write_enrolment_sheet(profile: Profile, out: Path, today: dt.date | None = None) -> Path:
    """Write the sheet to `out` (written to a temporary name, then renamed)."""
    fonts = register_fonts()
    public_key = keys.load_public_key(profile.paths.public_key)
    fingerprint = keys.fingerprint(public_key)
    identity = profile.identity
    with profile.database.session() as session:
        campaign = profile.active_campaign(session)
        campaign_name = nfc(campaign.name)
        period = f"{format_date(campaign.start_date)} – {format_date(campaign.end_date)}"
    day = today or dt.date.today()
    partial = out.with_name(out.name + ".partial")
    width, height = A4
    pdf = Canvas(str(partial), pagesize=A4, pageCompression=1)
    pdf.setTitle("Phiếu đăng ký khóa ký - " + identity.unit_code)
    heading = "MÃ KHÓA CỦA TRUNG TÂM" if profile.is_centre else "PHIẾU ĐĂNG KÝ KHÓA KÝ GÓI DỮ LIỆU"
    pdf.setAuthor(nfc(identity.unit_name))
    left = 30 * mm
    right = width - 20 * mm
    y = height - 25 * mm

    def centred(text: str, font: str, size: float, gap: float) -> None:
        nonlocal y
        pdf.setFont(font, size)
        pdf.drawCentredString((left + right) / 2, y, nfc(text))
        y -= gap

    def field(label: str, value: str) -> None:
        nonlocal y
        pdf.setFont(fonts.bold, 13)
        pdf.drawString(left, y, nfc(label))
        pdf.setFont(fonts.regular, 13)
        pdf.drawString(left + 45 * mm, y, nfc(value))
        y -= 8 * mm

    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fonts.bold, 13, 6 * mm)
    centred("Độc lập - Tự do - Hạnh phúc", fonts.bold, 13, 16 * mm)
    centred(heading, fonts.bold, 15, 7 * mm)
    centred(
        "Ứng dụng CĐS Desktop – báo cáo hưởng ứng Ngày Chuyển đổi số quốc gia",
        fonts.italic,
        12,
        14 * mm,
    )
    field("Vai trò:", ROLE_NAMES.get(identity.role, identity.role))
    field("Mã đơn vị:", identity.unit_code)
    field("Tên đơn vị:", identity.unit_name)
    lines = simpleSplit(campaign_name, fonts.regular, 13, right - left - 45 * mm)
    field("Đợt báo cáo:", lines[0] if lines else "")
    for line in lines[1:3]:
        pdf.drawString(left + 45 * mm, y + 2 * mm, line)
        y -= 6 * mm
    field("Thời gian:", period)
    field("Ngày lập phiếu:", format_date(day))
    y -= 4 * mm
    centred("MÃ NHẬN DẠNG KHÓA", fonts.bold, 13, 14 * mm)
    pdf.setFont("Courier-Bold", 26)
    pdf.drawCentredString((left + right) / 2, y, fingerprint)
    pdf.rect(left, y - 6 * mm, right - left, 18 * mm)
    y -= 18 * mm
    pdf.setFont(fonts.regular, 10)
    pdf.drawString(
        left, y, "Khóa công khai (Ed25519, base64): " + keys.encode_public_key(public_key)
    )
    y -= 10 * mm
    pdf.setFont(fonts.regular, 12)
    for line in CENTRE_GUIDANCE if profile.is_centre else UNIT_GUIDANCE:
        pdf.drawString(left, y, nfc(line))
        y -= 6 * mm
    y -= 12 * mm
    pdf.setFont(fonts.bold, 13)
    pdf.drawCentredString(left + 35 * mm, y, "NGƯỜI LẬP PHIẾU")
    pdf.drawCentredString(right - 40 * mm, y, "THỦ TRƯỞNG ĐƠN VỊ")
    pdf.setFont(fonts.italic, 12)
    y -= 6 * mm
    pdf.drawCentredString(left + 35 * mm, y, "(Ký, ghi rõ họ tên)")
    pdf.drawCentredString(right - 40 * mm, y, "(Ký, ghi rõ họ tên, đóng dấu)")
    pdf.showPage()
    pdf.save()
    move_into_place(partial, out)
    return out
