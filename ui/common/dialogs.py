"""Standard message dialogs: what happened and what to do; unexpected errors are logged.

Tests replace these through `QMessageBox`'s static methods at class level.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from cds_desktop import environment
from cds_desktop.environment import classify
from cds_desktop.errors import CdsError, ValidationError
from cds_desktop.text import format_size
from ui.common.i18n import current_language

log = logging.getLogger(__name__)


def _environment_texts() -> dict[str, tuple[str, str]]:
    """(what happened, what to do) for each kind of environment problem."""
    return {
        environment.DISK_FULL: (
            QCoreApplication.translate("Dialogs", "Ổ đĩa đã đầy, không ghi được dữ liệu."),
            QCoreApplication.translate(
                "Dialogs", "Giải phóng dung lượng ổ đĩa (hoặc chọn ổ đĩa khác) rồi thử lại."
            ),
        ),
        environment.NO_PERMISSION: (
            QCoreApplication.translate("Dialogs", "Không có quyền ghi vào thư mục này."),
            QCoreApplication.translate(
                "Dialogs",
                "Chọn một thư mục của bạn (ví dụ Tài liệu) hoặc nhờ quản trị viên cấp quyền, "
                "rồi thử lại.",
            ),
        ),
        environment.READ_ONLY: (
            QCoreApplication.translate("Dialogs", "Ổ đĩa hoặc thư mục chỉ cho phép đọc."),
            QCoreApplication.translate(
                "Dialogs", "Chọn nơi ghi được (ví dụ USB không bị khóa) rồi thử lại."
            ),
        ),
        environment.IN_USE: (
            QCoreApplication.translate(
                "Dialogs", "Cơ sở dữ liệu đang được một cửa sổ CĐS Desktop khác sử dụng."
            ),
            QCoreApplication.translate("Dialogs", "Đóng cửa sổ CĐS Desktop kia rồi thử lại."),
        ),
        environment.DAMAGED: (
            QCoreApplication.translate("Dialogs", "Cơ sở dữ liệu bị hỏng."),
            QCoreApplication.translate(
                "Dialogs", "Khôi phục bản sao lưu gần nhất trong Cài đặt → Sao lưu."
            ),
        ),
        environment.MISSING: (
            QCoreApplication.translate("Dialogs", "Không tìm thấy tệp cần dùng."),
            QCoreApplication.translate(
                "Dialogs", "Kiểm tra tệp (USB còn cắm?) hoặc chọn lại tệp, rồi thử lại."
            ),
        ),
    }


def coded_message(exc: CdsError) -> str:
    """A refusal that carries a code, in the interface language; "" for the others."""
    params = dict(exc.params)
    for key in ("size", "limit"):
        value = params.get(key)
        if isinstance(value, int):
            params[key] = format_size(value, current_language())
    texts = {
        "evidence_missing": QCoreApplication.translate(
            "Dialogs", "Không tìm thấy tệp minh chứng «{name}»."
        ),
        "evidence_not_file": QCoreApplication.translate(
            "Dialogs", "«{name}» không phải là một tệp (có thể là thư mục)."
        ),
        "evidence_unreadable": QCoreApplication.translate(
            "Dialogs", "Không đọc được tệp minh chứng «{name}» (không có quyền hoặc tệp bị khóa)."
        ),
        "evidence_too_large": QCoreApplication.translate(
            "Dialogs",
            "Tệp «{name}» có dung lượng {size}, vượt giới hạn {limit} cho mỗi tệp minh chứng. "
            "Hãy đăng tệp lên mạng (ví dụ cổng thông tin của đơn vị) rồi thêm liên kết.",
        ),
        "evidence_empty": QCoreApplication.translate(
            "Dialogs",
            "Tệp minh chứng «{name}» rỗng (0 byte). Hãy chọn tệp thật (bản sao chép hoặc "
            "tải xuống chưa xong thường bị rỗng).",
        ),
        "evidence_not_in_activity": QCoreApplication.translate(
            "Dialogs", "Minh chứng «{name}» không thuộc hoạt động này."
        ),
        "evidence_ambiguous": QCoreApplication.translate(
            "Dialogs", "Có nhiều minh chứng cùng tên «{name}»; hãy chọn theo mã."
        ),
        "ambiguous_id": QCoreApplication.translate(
            "Dialogs", "Có nhiều hoạt động có mã bắt đầu bằng «{id}»; hãy nhập thêm ký tự."
        ),
        "data_dir_is_file": QCoreApplication.translate(
            "Dialogs",
            "Không dùng được thư mục dữ liệu: «{folder}» là một tệp, không phải thư mục. "
            "Hãy chọn thư mục khác (hoặc chuyển tệp đó đi nơi khác).",
        ),
        "data_dir_read_only": QCoreApplication.translate(
            "Dialogs",
            "Thư mục dữ liệu «{folder}» chỉ cho phép đọc nên không mở được. Dữ liệu không bị "
            "hỏng, đừng khôi phục bản sao lưu: hãy cấp lại quyền ghi cho thư mục (hoặc chép "
            "thư mục từ đĩa CD/USB sang Tài liệu) rồi mở lại.",
        ),
        "xlsx_is_report": QCoreApplication.translate(
            "Dialogs",
            "«{file}» là sổ Excel báo cáo (xuất từ Báo cáo → Excel): các hoạt động trong đó "
            "đã có sẵn, nhập vào sẽ bị trùng. Để thêm hoạt động, hãy điền mẫu nhập Excel "
            "(nút «Lưu mẫu Excel…», các trang «Hướng dẫn», «Hoạt động», «Danh mục») rồi nhập "
            "tệp đó.",
        ),
        "export_folder_is_file": QCoreApplication.translate(
            "Dialogs", "«{folder}» là một tệp, không phải thư mục; hãy chọn thư mục để lưu gói."
        ),
        "fingerprint_taken": QCoreApplication.translate(
            "Dialogs",
            "Mã khóa {fingerprint} đã được đăng ký cho đơn vị {unit}; mỗi đơn vị có khóa riêng. "
            "Hãy hỏi lại đơn vị mã khóa mà chương trình của họ hiển thị (thư mục dữ liệu sao "
            "chép từ máy khác mang khóa của đơn vị kia).",
        ),
        "xlsx_all_duplicates": QCoreApplication.translate(
            "Dialogs",
            "Mọi hoạt động trong «{file}» ({rows} dòng) đều đã có, nên không thêm gì. Tệp này "
            "có lẽ đã được nhập trước đây.",
        ),
        "sign_passphrase_wrong": QCoreApplication.translate(
            "Dialogs",
            "Không mở được tệp chứng thư số «{file}»: mật khẩu không đúng hoặc tệp không phải "
            "tệp .p12/.pfx. Hãy nhập lại mật khẩu.",
        ),
        "sign_no_private_key": QCoreApplication.translate(
            "Dialogs",
            "Tệp «{file}» chỉ có chứng thư số, không có khóa bí mật nên không ký được. Hãy xuất "
            "lại chứng thư số kèm khóa bí mật (.p12/.pfx).",
        ),
        "sign_file_missing": QCoreApplication.translate(
            "Dialogs", "Không tìm thấy tệp chứng thư số «{file}»."
        ),
        "sign_no_signature_block": QCoreApplication.translate(
            "Dialogs",
            "«{file}» không có phần chữ ký do chương trình tạo; hãy tạo lại báo cáo PDF rồi ký.",
        ),
        "sign_already_signed": QCoreApplication.translate(
            "Dialogs", "«{file}» đã có chữ ký số này; mỗi báo cáo chỉ ký một lần."
        ),
        "sign_pin_missing": QCoreApplication.translate(
            "Dialogs", "Cần mã PIN của USB token để ký."
        ),
        "sign_pin_wrong": QCoreApplication.translate(
            "Dialogs",
            "Mã PIN của USB token «{token}» không đúng. Hãy nhập lại (USB token sẽ bị khóa "
            "sau vài lần nhập sai).",
        ),
        "sign_pin_locked": QCoreApplication.translate(
            "Dialogs",
            "USB token «{token}» đã bị khóa do nhập sai mã PIN quá số lần cho phép; hãy liên "
            "hệ nhà cung cấp chứng thư số để mở khóa.",
        ),
        "sign_token_missing": QCoreApplication.translate(
            "Dialogs", "Không thấy USB token «{token}»; hãy cắm USB token rồi thử lại."
        ),
        "sign_pkcs11_missing": QCoreApplication.translate(
            "Dialogs", "Không tìm thấy thư viện PKCS#11 «{file}» của USB token."
        ),
        "sign_pkcs11_unusable": QCoreApplication.translate(
            "Dialogs",
            "Không dùng được «{file}» làm thư viện PKCS#11; hãy chọn thư viện (.dll) trong bộ "
            "cài trình điều khiển của USB token.",
        ),
        "sign_key_choice": QCoreApplication.translate(
            "Dialogs",
            "USB token «{token}» có {count} khóa bí mật; hãy nhập mã PIN, bấm «Đọc khóa» rồi "
            "chọn khóa dùng để ký.",
        ),
        "sign_token_no_key": QCoreApplication.translate(
            "Dialogs", "USB token «{token}» không có khóa và chứng thư số dùng được để ký."
        ),
        "sign_image_missing": QCoreApplication.translate(
            "Dialogs", "Không tìm thấy tệp ảnh «{file}»."
        ),
        "sign_image_too_large": QCoreApplication.translate(
            "Dialogs",
            "Ảnh «{file}» quá lớn; hãy dùng ảnh PNG chữ ký hoặc con dấu nhỏ hơn (tối đa 5 MB, "
            "16 megapixel).",
        ),
        "sign_image_unreadable": QCoreApplication.translate(
            "Dialogs",
            "Không đọc được ảnh «{file}»; hãy chọn ảnh PNG (nền trong suốt) của chữ ký hoặc "
            "con dấu.",
        ),
    }
    text = texts.get(exc.code)
    return text.format(**params) if text is not None else ""


def explain(exc: BaseException) -> tuple[str, str, bool]:
    """(what happened, what to do, expected?) for an exception from the core."""
    if isinstance(exc, ValidationError):
        from ui.unit.activity_editor import field_label, field_message  # it imports this module

        return (
            "\n".join(f"{field_label(e.field)}: {field_message(e)}" for e in exc.errors),
            QCoreApplication.translate(
                "Dialogs", "Sửa các ô được đánh dấu rồi thử lại. Chưa có gì được ghi."
            ),
            True,
        )
    if isinstance(exc, CdsError):
        coded = coded_message(exc)
        return (
            coded or str(exc),
            QCoreApplication.translate(
                "Dialogs", "Chưa có gì bị thay đổi. Làm theo hướng dẫn trên rồi thử lại."
            ),
            True,
        )
    problem = classify(exc)
    if problem is not None:
        what, todo = _environment_texts()[problem.kind]
        return f"{what}\n({problem.detail})", todo, True
    return (
        QCoreApplication.translate("Dialogs", "Đã xảy ra lỗi không mong muốn: {error}").format(
            error=f"{type(exc).__name__}: {exc}"
        ),
        QCoreApplication.translate(
            "Dialogs",
            "Chi tiết đã được ghi vào nhật ký (thư mục logs trong thư mục dữ liệu). "
            "Hãy gửi tệp nhật ký cho bộ phận hỗ trợ.",
        ),
        False,
    )


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    what, todo, expected = explain(exc)
    if expected:
        log.warning("%s: %s", title or "error", exc)
    else:
        log.error("unexpected error", exc_info=exc)
    QMessageBox.critical(
        parent, title or QCoreApplication.translate("Dialogs", "Lỗi"), f"{what}\n\n{todo}"
    )


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def unit_heading(unit_code: str, unit_name: str) -> QLabel:
    """A unit named large at the top of a question about it: "**SO-HNI** — Sở …"."""
    label = QLabel(f"<b>{unit_code}</b> — {unit_name}")
    label.setWordWrap(True)
    label.setStyleSheet("font-size: 13pt;")
    return label


def safe_default_buttons(
    dialog: QDialog, go: str, stay: str
) -> tuple[QPushButton, QPushButton, QHBoxLayout]:
    """The buttons of a question whose safe answer is the default: `go` accepts, `stay`
    (Enter) rejects; right-aligned, `stay` last."""
    go_button, stay_button = QPushButton(go), QPushButton(stay)
    stay_button.setDefault(True)
    stay_button.setAutoDefault(True)
    go_button.setAutoDefault(False)
    go_button.clicked.connect(dialog.accept)
    stay_button.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(go_button)
    row.addWidget(stay_button)
    return go_button, stay_button, row
