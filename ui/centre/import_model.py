"""The per-package result table of an import (W7): one row per package file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from cds_desktop.import_outcomes import reason_key
from cds_desktop.text import format_number
from ui.common.list_table_model import Index, ListTableModel

COLUMNS = ("file", "unit", "sequence", "status", "added", "updated", "deleted", "reason")
NUMERIC = {"sequence", "added", "updated", "deleted"}
MISSING = "–"  # what a rejected (or unread) package does not have: no unit, no counts

STATUS_COLOURS = {
    "imported": "#1b5e20",
    "duplicate": "#616161",
    "stale": "#b34700",
    "rejected": "#c62828",
}


def status_text(status: str) -> str:
    texts = {
        "imported": QCoreApplication.translate("ImportResultModel", "Đã nhập"),
        "duplicate": QCoreApplication.translate("ImportResultModel", "Trùng lặp (đã nhập trước)"),
        "stale": QCoreApplication.translate("ImportResultModel", "Cũ hơn (không thay đổi gì)"),
        "rejected": QCoreApplication.translate("ImportResultModel", "Bị từ chối"),
    }
    return texts.get(status, status)


def reason_text(status: str, code: str) -> str:
    """Why, in a few words in the interface language; "" for an imported package."""
    texts = {
        "invalid": QCoreApplication.translate("ImportReasons", "Gói không đúng quy cách"),
        "damaged": QCoreApplication.translate(
            "ImportReasons", "Tệp hỏng hoặc bị sửa đổi sau khi ký"
        ),
        "not_a_package": QCoreApplication.translate("ImportReasons", "Không phải gói CĐS Desktop"),
        "unreadable": QCoreApplication.translate("ImportReasons", "Không đọc được tệp"),
        "newer_version": QCoreApplication.translate(
            "ImportReasons", "Gói của phiên bản chương trình mới hơn"
        ),
        "key_not_trusted": QCoreApplication.translate("ImportReasons", "Khóa ký chưa được đăng ký"),
        "key_mismatch": QCoreApplication.translate("ImportReasons", "Khóa ký khác khóa đã đăng ký"),
        "unknown_campaign": QCoreApplication.translate(
            "ImportReasons", "Đợt báo cáo chưa có tại Trung tâm"
        ),
        "own_unit": QCoreApplication.translate("ImportReasons", "Trùng mã đơn vị của Trung tâm"),
        "other_unit_records": QCoreApplication.translate(
            "ImportReasons", "Chứa dữ liệu của đơn vị khác"
        ),
        "import_clash": QCoreApplication.translate("ImportReasons", "Trùng với một lần nhập khác"),
        "storage": QCoreApplication.translate("ImportReasons", "Không lưu được tệp minh chứng"),
        "key_replaced": QCoreApplication.translate(
            "ImportReasons", "Khóa ký đã được thay bằng khóa mới"
        ),
        "key_revoked": QCoreApplication.translate("ImportReasons", "Khóa ký đã bị thu hồi"),
        "mass_deletion": QCoreApplication.translate(
            "ImportReasons", "Gói sẽ xóa phần lớn hoạt động của đơn vị"
        ),
        "duplicate": QCoreApplication.translate("ImportReasons", "Gói đã được nhập trước đây"),
        "stale": QCoreApplication.translate("ImportReasons", "Đã nhập gói mới hơn của đơn vị"),
        "parts_missing": QCoreApplication.translate(
            "ImportReasons", "Gói gửi thành nhiều phần còn thiếu phần"
        ),
        "parts_mixed": QCoreApplication.translate(
            "ImportReasons", "Các phần thuộc những gói khác nhau"
        ),
    }
    return texts.get(reason_key(status, code), "")


def parts_file_text(result: Any) -> str:
    """«SO-HNI-000001.cdspkg (3/4 phần)»: the package's name and how many parts were given."""
    name = result.file.name.split(" (", 1)[0]
    given = result.part_count - len(result.missing_parts)
    return QCoreApplication.translate("ImportResultModel", "{name} ({given}/{count} phần)").format(
        name=name, given=given, count=result.part_count
    )


def missing_parts_text(missing: tuple[int, ...], count: int) -> str:
    """«Thiếu phần 2, 4 trong 5»: which parts of a package sent in parts were not given."""
    return QCoreApplication.translate("ImportReasons", "Thiếu phần {parts} trong {count}").format(
        parts=", ".join(str(n) for n in missing), count=count
    )


def reason_help(status: str, code: str, detail: str) -> str:
    """What happened and what to do, then the core's detail (the tooltip of a reason)."""
    texts = {
        "invalid": QCoreApplication.translate(
            "ImportReasons",
            "Cấu trúc hoặc nội dung của gói vi phạm quy tắc của định dạng (gói do chương "
            "trình khác tạo ra, hoặc đã bị chỉnh sửa). Không có gì được nhập. Hãy đề nghị "
            "đơn vị xuất lại gói bằng CĐS Desktop.",
        ),
        "damaged": QCoreApplication.translate(
            "ImportReasons",
            "Tệp bị cắt cụt hoặc hỏng khi sao chép, tải về, hoặc đã bị sửa đổi sau khi đơn vị "
            "ký. Không có gì được nhập. Hãy đề nghị đơn vị gửi lại tệp gói.",
        ),
        "not_a_package": QCoreApplication.translate(
            "ImportReasons",
            "Tệp này không phải là gói báo cáo (.cdspkg) của CĐS Desktop. Hãy chọn đúng tệp "
            "đơn vị đã gửi.",
        ),
        "unreadable": QCoreApplication.translate(
            "ImportReasons",
            "Tệp không còn ở đó, là một thư mục, hoặc máy không có quyền đọc. Hãy kiểm tra "
            "tệp rồi nhập lại.",
        ),
        "newer_version": QCoreApplication.translate(
            "ImportReasons",
            "Gói được tạo bằng phiên bản CĐS Desktop mới hơn phiên bản đang dùng. Hãy cập "
            "nhật chương trình rồi nhập lại.",
        ),
        "key_not_trusted": QCoreApplication.translate(
            "ImportReasons",
            "Khóa ký của đơn vị chưa được đăng ký tại Trung tâm. Hãy đối chiếu mã khóa với "
            "đơn vị (qua điện thoại hoặc công văn), đăng ký khóa ở trang Đơn vị hoặc chấp "
            "nhận khi chương trình hỏi, rồi nhập lại.",
        ),
        "key_mismatch": QCoreApplication.translate(
            "ImportReasons",
            "Gói được ký bằng một khóa khác với khóa đã đăng ký cho đơn vị, nên không được "
            "nhập. Hãy gọi điện cho đơn vị (theo số Trung tâm đã có) và hỏi: nếu đơn vị "
            "dùng máy tính mới hoặc đã cài lại máy, đề nghị cán bộ đọc mã nhận dạng khóa "
            "mới trong «Cài đặt», rồi ở trang Đơn vị chọn đơn vị, bấm «Thay khóa…» và nhập "
            "lại gói. Nếu đơn vị không đổi máy, đừng thay khóa: gói này không do đơn vị ký.",
        ),
        "key_replaced": QCoreApplication.translate(
            "ImportReasons",
            "Gói được ký bằng khóa cũ mà Trung tâm đã thay bằng khóa mới của đơn vị, nên "
            "không được nhập. Nếu đơn vị vẫn gửi gói từ máy cũ, hãy đề nghị đơn vị xuất gói "
            "từ máy mới. Lịch sử khóa xem ở trang Đơn vị («Lịch sử khóa…»).",
        ),
        "key_revoked": QCoreApplication.translate(
            "ImportReasons",
            "Gói được ký bằng khóa mà Trung tâm đã thu hồi, nên không được nhập. Khi đơn vị "
            "có khóa mới, hãy đối chiếu mã khóa qua điện thoại rồi đăng ký khóa mới ở trang "
            "Đơn vị.",
        ),
        "mass_deletion": QCoreApplication.translate(
            "ImportReasons",
            "Gói này sẽ xóa tất cả, hoặc quá một nửa, hoạt động của đơn vị trong dữ liệu "
            "tổng hợp, và đã không được chấp nhận. Hãy gọi điện hỏi đơn vị: máy tính mới "
            "hoặc cài lại máy mà không khôi phục dữ liệu sẽ gửi gói rỗng. Nếu đơn vị thật sự "
            "đã xóa các hoạt động đó, hãy nhập lại gói và đồng ý khi chương trình hỏi.",
        ),
        "unknown_campaign": QCoreApplication.translate(
            "ImportReasons",
            "Gói thuộc một đợt báo cáo mà Trung tâm chưa có. Hãy cập nhật chương trình rồi "
            "nhập lại.",
        ),
        "own_unit": QCoreApplication.translate(
            "ImportReasons",
            "Gói mang mã đơn vị của chính Trung tâm. Hãy kiểm tra hồ sơ của máy đã xuất gói.",
        ),
        "other_unit_records": QCoreApplication.translate(
            "ImportReasons",
            "Gói chứa hoạt động hoặc minh chứng đã thuộc về đơn vị khác trong dữ liệu tổng "
            "hợp, nên không được nhập. Hãy liên hệ đơn vị để kiểm tra.",
        ),
        "import_clash": QCoreApplication.translate(
            "ImportReasons",
            "Một lần nhập khác của cùng đơn vị đã chạy cùng lúc. Hãy nhập lại gói.",
        ),
        "storage": QCoreApplication.translate(
            "ImportReasons",
            "Không lưu được tệp minh chứng (ổ đĩa đầy hoặc không có quyền ghi). Hãy giải "
            "phóng dung lượng hoặc kiểm tra quyền ghi của thư mục dữ liệu, rồi nhập lại.",
        ),
        "parts_missing": QCoreApplication.translate(
            "ImportReasons",
            "Gói được gửi thành nhiều phần (ví dụ qua thư điện tử) nhưng chưa có đủ các phần, "
            "nên chưa nhập gì. Hãy lưu tất cả các thư của đơn vị vào cùng một thư mục rồi nhập "
            "cả thư mục, hoặc đề nghị đơn vị gửi lại các phần còn thiếu.",
        ),
        "parts_mixed": QCoreApplication.translate(
            "ImportReasons",
            "Các tệp được chọn là các phần của những gói khác nhau (những lần xuất khác nhau), "
            "không ghép được thành một gói, nên không nhập gì. Hãy nhập đủ các phần của cùng "
            "một lần xuất; tên các tệp có trong chi tiết bên dưới.",
        ),
        "duplicate": QCoreApplication.translate(
            "ImportReasons", "Gói này đã được nhập trước đây; không có gì thay đổi."
        ),
        "stale": QCoreApplication.translate(
            "ImportReasons",
            "Trung tâm đã nhập một gói mới hơn của đơn vị này; gói cũ không thay đổi gì.",
        ),
    }
    text = texts.get(reason_key(status, code), "")
    if detail:
        label = QCoreApplication.translate("ImportReasons", "Chi tiết kỹ thuật: {detail}")
        text = f"{text}\n\n{label.format(detail=detail)}" if text else detail
    return text


def column_title(column: str) -> str:
    titles = {
        "file": QCoreApplication.translate("ImportResultModel", "Tệp"),
        "unit": QCoreApplication.translate("ImportResultModel", "Đơn vị"),
        "sequence": QCoreApplication.translate("ImportResultModel", "Số gói"),
        "status": QCoreApplication.translate("ImportResultModel", "Kết quả"),
        "added": QCoreApplication.translate("ImportResultModel", "Thêm"),
        "updated": QCoreApplication.translate("ImportResultModel", "Sửa"),
        "deleted": QCoreApplication.translate("ImportResultModel", "Xóa"),
        "reason": QCoreApplication.translate("ImportResultModel", "Lý do"),
    }
    return titles[column]


class ImportResultModel(ListTableModel):
    columns = COLUMNS

    def __init__(self, language: str = "vi") -> None:
        super().__init__()
        self.language = language

    def column_title(self, column: str) -> str:
        return column_title(column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        result = self.row_at(index)
        if result is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "file":
                if result.part_count:  # a package sent in parts: how many were given
                    return parts_file_text(result)
                return result.file.name
            if column == "unit":
                return result.unit_code or MISSING
            if column == "sequence":
                return MISSING if result.sequence is None else str(result.sequence)
            if column == "status":
                return status_text(result.status)
            if column == "reason":
                if result.reason_code == "parts_missing" and result.missing_parts:
                    return missing_parts_text(result.missing_parts, result.part_count)
                return reason_text(result.status, result.reason_code)
            if result.status == "rejected":  # nothing was read, so nothing to count
                return MISSING
            return format_number(getattr(result, column), self.language)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(STATUS_COLOURS.get(result.status, "#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "file":
                return str(result.file)
            if column == "reason" and result.status != "imported":
                return reason_help(result.status, result.reason_code, result.reason)
        if role == Qt.ItemDataRole.UserRole:
            return result.status
        return None

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for result in self.rows:
            found[result.status] = found.get(result.status, 0) + 1
        return found
