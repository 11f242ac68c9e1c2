"""How the outcome of a package import reads in the Vietnamese documents the centre saves
(the result table of an import, the import log sheet of the master workbook).

The GUI says the same in the interface language (`ui/centre/import_model.py`); the core's
messages (`ImportResult.reason`) stay as the detail for the IT staff.
"""

from __future__ import annotations

from cds_desktop.packages.format import REJECTION_CODES

STATUS_VI = {
    "imported": "Đã nhập",
    "duplicate": "Trùng lặp",
    "stale": "Cũ hơn",
    "rejected": "Bị từ chối",
}

REASON_VI = {
    "invalid": "Gói không đúng quy cách",
    "damaged": "Tệp hỏng hoặc bị sửa đổi sau khi ký",
    "not_a_package": "Không phải gói CĐS Desktop",
    "unreadable": "Không đọc được tệp",
    "newer_version": "Gói của phiên bản chương trình mới hơn",
    "key_not_trusted": "Khóa ký chưa được đăng ký",
    "key_mismatch": "Khóa ký khác khóa đã đăng ký",
    "unknown_campaign": "Đợt báo cáo chưa có tại Trung tâm",
    "own_unit": "Trùng mã đơn vị của Trung tâm",
    "other_unit_records": "Chứa dữ liệu của đơn vị khác",
    "import_clash": "Trùng với một lần nhập khác",
    "storage": "Không lưu được tệp minh chứng",
    "key_replaced": "Khóa ký đã được thay bằng khóa mới",
    "key_revoked": "Khóa ký đã bị thu hồi",
    "mass_deletion": "Gói sẽ xóa phần lớn hoạt động của đơn vị",
    "other_unit": "Tệp dành cho đơn vị khác",
    "unknown_package": "Gói không do đơn vị này tạo",
    "older_plan": "Kế hoạch không mới hơn kế hoạch đang có",
    "parts_missing": "Gói gửi thành nhiều phần còn thiếu phần",
    "parts_mixed": "Các phần thuộc những gói khác nhau",
    "duplicate": "Gói đã được nhập trước đây",
    "stale": "Đã nhập gói mới hơn của đơn vị",
}
"""By rejection code (`packages.format.REJECTION_CODES`), and for the two statuses that
change nothing."""


def reason_key(status: str, code: str) -> str:
    """Which reason explains a result: a rejection's code (a missing or unknown one reads
    as "invalid"), "duplicate" or "stale"; "" for an imported package."""
    if status == "rejected":
        return code if code in REJECTION_CODES else "invalid"
    return status if status in ("duplicate", "stale") else ""


def reason_vi(status: str, code: str) -> str:
    """The reason in a few Vietnamese words; "" for an imported package."""
    return REASON_VI.get(reason_key(status, code), "")
