"""Receipts in the GUI: the centre saves them after an import, a unit imports and shows them.

`save_receipts` is the import page's «Lưu biên nhận…»; `ReceiptBox` is the export page's
box: what the centre made of the unit's last package, and «Nhập biên nhận…».
`ask_centre_fingerprint` is the first-time confirmation of the centre's key (also for
campaign plans). The rules are in `cds_desktop.receipts` and `cds_desktop.centre_key`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cds_desktop import catalog
from cds_desktop.errors import CdsError
from cds_desktop.profile import Profile
from cds_desktop.text import format_number
from ui.common.dialogs import inform, show_error
from ui.common.i18n import current_language
from ui.common.tasks import TaskControl, run_task

if TYPE_CHECKING:
    from cds_desktop.receipts import ReceiptImported, ReceiptsWritten

T = TypeVar("T")


def ask_centre_fingerprint(parent: QWidget | None) -> str | None:
    """The centre's key fingerprint as the centre reads it out by phone; None if cancelled.

    The signer's fingerprint is deliberately not shown: the user types what the centre
    reads out, so a file from anyone else cannot be accepted by copying its own key."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Receipts", "Xác nhận khóa của Trung tâm"),
        QCoreApplication.translate(
            "Receipts",
            "Đây là tệp đầu tiên đơn vị nhận từ Trung tâm. Hãy gọi điện cho Trung tâm, đề "
            "nghị đọc mã khóa của Trung tâm (20 ký tự), rồi nhập mã đó vào đây. Chỉ nhập "
            "mã do Trung tâm đọc, không chép từ tệp.",
        ),
        QLineEdit.EchoMode.Normal,
        "",
    )
    return (text.strip() or None) if ok else None


def run_with_centre_confirmation(
    parent: QWidget,
    work: Callable[[str | None], T],
    done: Callable[[T], None],
    error_title: str,
) -> None:
    """Run `work(confirm_fingerprint)` in the background; if the centre's key is not yet
    trusted, ask for its fingerprint and run it once more with it."""

    def failed(exc: BaseException, confirmed: str | None = None) -> None:
        if confirmed is None and isinstance(exc, CdsError) and exc.code == "key_not_trusted":
            typed = ask_centre_fingerprint(parent)
            if typed is not None:
                start(typed)
            return
        text = refusal_text(exc.code) if isinstance(exc, CdsError) else ""
        if text:
            QMessageBox.critical(parent, error_title, f"{text}\n\n({exc})")
        else:
            show_error(parent, error_title, exc)

    def start(confirmed: str | None) -> None:
        run_task(
            parent,
            lambda _ctl: work(confirmed),
            done,
            on_failure=lambda exc: failed(exc, confirmed),
        )

    start(None)


def refusal_text(code: str) -> str:
    """Why a file from the centre was refused and what to do; "" for other errors."""
    texts = {
        "key_not_trusted": QCoreApplication.translate(
            "Receipts",
            "Chưa xác nhận khóa của Trung tâm. Hãy gọi Trung tâm để được đọc mã khóa, rồi "
            "nhập lại tệp và gõ mã đó khi chương trình hỏi.",
        ),
        "key_mismatch": QCoreApplication.translate(
            "Receipts",
            "Tệp được ký bằng một khóa khác với khóa của Trung tâm mà đơn vị đã xác nhận: "
            "tệp không phải do Trung tâm gửi. Không dùng tệp này; hãy gọi Trung tâm.",
        ),
        "other_unit": QCoreApplication.translate(
            "Receipts",
            "Tệp này dành cho một đơn vị khác. Hãy chuyển tệp cho đúng đơn vị, hoặc đề nghị "
            "Trung tâm gửi tệp của đơn vị mình.",
        ),
        "unknown_package": QCoreApplication.translate(
            "Receipts",
            "Biên nhận này là của một gói không do máy này xuất. Hãy nhập biên nhận trên máy "
            "đã xuất gói, hoặc hỏi lại Trung tâm.",
        ),
        "older_plan": QCoreApplication.translate(
            "Receipts",
            "Kế hoạch này không mới hơn kế hoạch đơn vị đang dùng, nên không được nhập. Hãy "
            "đề nghị Trung tâm gửi kế hoạch mới nhất.",
        ),
        "damaged": QCoreApplication.translate(
            "Receipts",
            "Tệp bị hỏng hoặc đã bị sửa đổi sau khi Trung tâm ký. Hãy đề nghị Trung tâm gửi "
            "lại tệp.",
        ),
        "not_a_package": QCoreApplication.translate(
            "Receipts", "Đây không phải loại tệp cần nhập ở đây. Hãy chọn đúng tệp."
        ),
        "newer_version": QCoreApplication.translate(
            "Receipts",
            "Tệp được tạo bằng phiên bản CĐS Desktop mới hơn. Hãy cập nhật chương trình.",
        ),
        "invalid": QCoreApplication.translate(
            "Receipts", "Tệp không đúng quy cách. Hãy đề nghị Trung tâm gửi lại tệp."
        ),
        "unreadable": QCoreApplication.translate(
            "Receipts", "Không đọc được tệp. Hãy kiểm tra tệp rồi thử lại."
        ),
    }
    return texts.get(code, "")


def save_receipts(parent: QWidget, profile: Profile, package_ids: Collection[str]) -> None:
    """Ask for a folder and write the signed receipts of these packages into it."""
    start = QSettings().value("receipts/folder")
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("Receipts", "Chọn thư mục lưu biên nhận"),
        start if isinstance(start, str) and start else str(Path.home()),
    )
    if not folder:
        return
    QSettings().setValue("receipts/folder", folder)
    ids = list(package_ids)

    def work(_ctl: TaskControl) -> ReceiptsWritten:
        from cds_desktop.receipts import write_receipts

        return write_receipts(profile, Path(folder), package_ids=ids)

    def done(result: ReceiptsWritten) -> None:
        inform(
            parent,
            QCoreApplication.translate("Receipts", "Đã lưu biên nhận"),
            QCoreApplication.translate(
                "Receipts",
                "Đã lưu {n} biên nhận vào {path} ({same} biên nhận đã có sẵn). Gửi mỗi tệp "
                ".cdsreceipt cho đơn vị có tên trong tên tệp.",
            ).format(n=len(result.written), path=folder, same=result.unchanged),
        )

    run_task(
        parent,
        work,
        done,
        error_title=QCoreApplication.translate("Receipts", "Không lưu được biên nhận"),
    )


def receipt_text(receipt: Any, language: str) -> str:
    """What the centre made of a package, and what to do about it, for the unit."""
    when = f"{receipt.received_at.astimezone():%H:%M %d/%m/%Y}"
    values = {
        "n": receipt.sequence,
        "time": when,
        "added": format_number(receipt.added, language),
        "updated": format_number(receipt.updated, language),
        "deleted": format_number(receipt.deleted, language),
    }
    if receipt.status == "imported":
        return QCoreApplication.translate(
            "Receipts",
            "Trung tâm đã nhận gói số {n} lúc {time} và đã nhập: {added} hoạt động mới, "
            "{updated} sửa đổi, {deleted} xóa.",
        ).format(**values)
    if receipt.status == "duplicate":
        return QCoreApplication.translate(
            "Receipts",
            "Trung tâm đã nhận gói số {n} lúc {time}; dữ liệu của gói này đã có tại Trung tâm.",
        ).format(**values)
    if receipt.status == "stale":
        return QCoreApplication.translate(
            "Receipts",
            "Trung tâm đã nhận gói số {n} lúc {time}, nhưng đã có gói mới hơn của đơn vị nên "
            "gói này không thay đổi gì. Không cần làm gì thêm.",
        ).format(**values)
    from ui.centre.import_model import reason_text

    todo = {
        "key_not_trusted": QCoreApplication.translate(
            "Receipts",
            "Hãy gọi Trung tâm, đọc mã khóa của đơn vị (trang Cài đặt) để Trung tâm đăng "
            "ký, rồi gửi lại gói.",
        ),
        "key_mismatch": QCoreApplication.translate(
            "Receipts",
            "Khóa của máy này khác khóa Trung tâm đã đăng ký cho đơn vị. Hãy gọi Trung tâm để "
            "xác minh và đăng ký lại khóa, rồi gửi lại gói.",
        ),
        "damaged": QCoreApplication.translate(
            "Receipts", "Tệp bị hỏng trên đường gửi. Hãy gửi lại tệp gói."
        ),
        "newer_version": QCoreApplication.translate(
            "Receipts", "Trung tâm cần cập nhật chương trình; hãy liên hệ Trung tâm."
        ),
        "unknown_campaign": QCoreApplication.translate(
            "Receipts", "Trung tâm cần cập nhật đợt báo cáo; hãy liên hệ Trung tâm."
        ),
    }.get(
        receipt.reason_code,
        QCoreApplication.translate(
            "Receipts", "Hãy liên hệ Trung tâm, sửa theo hướng dẫn, rồi xuất và gửi gói mới."
        ),
    )
    return QCoreApplication.translate(
        "Receipts", "Trung tâm đã từ chối gói số {n} lúc {time}: {reason}. {todo}"
    ).format(**values, reason=reason_text("rejected", receipt.reason_code), todo=todo)


class ReceiptBox(QGroupBox):
    """The export page's receipts: the newest one, and importing a receipt file."""

    receipt_imported = Signal()

    def __init__(self, profile: Profile) -> None:
        super().__init__(QCoreApplication.translate("Receipts", "Biên nhận của Trung tâm"))
        self.profile = profile
        self.language = current_language()
        self.status = QLabel()
        self.status.setObjectName("receipt_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(QCoreApplication.translate("Receipts", "Nhập biên nhận…"))
        self.import_button.clicked.connect(self.choose_file)
        self.progress = QLabel()  # the unit's progress against its targets
        self.progress.setObjectName("target_progress")
        self.progress.setWordWrap(True)
        self.progress.hide()
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        self.refresh()

    def refresh_progress(self) -> None:
        from cds_desktop.plans import evaluate

        try:
            evaluation = evaluate(self.profile)
        except CdsError:
            self.progress.hide()
            return
        own = self.profile.identity.unit_code
        mine = next((u for u in evaluation.units if u.unit_code == own), None)
        if mine is None or mine.target is None or not mine.result:
            self.progress.hide()
            return
        target = mine.target
        n = self.language
        parts = []
        for actual, goal, text in (
            (
                mine.activities,
                target.activities,
                QCoreApplication.translate("Receipts", "{a} / {t} hoạt động"),
            ),
            (
                mine.participants,
                target.participants,
                QCoreApplication.translate("Receipts", "{a} / {t} người tham gia"),
            ),
            (
                mine.reach,
                target.reach,
                QCoreApplication.translate("Receipts", "{a} / {t} lượt tiếp cận"),
            ),
        ):
            if goal:
                parts.append(text.format(a=format_number(actual, n), t=format_number(goal, n)))
        missing = [f for f in target.forms if f not in mine.forms]
        if missing:
            labels = ", ".join(catalog.label(catalog.forms(), f, n) for f in missing)
            parts.append(
                QCoreApplication.translate("Receipts", "còn thiếu hình thức: {forms}").format(
                    forms=labels
                )
            )
        result = {
            "met": QCoreApplication.translate("Receipts", "Đạt"),
            "partly": QCoreApplication.translate("Receipts", "Đạt một phần"),
            "not": QCoreApplication.translate("Receipts", "Chưa đạt"),
        }[mine.result]
        self.progress.setText(
            QCoreApplication.translate(
                "Receipts", "Tiến độ so với chỉ tiêu: {parts}. Kết quả: {result}."
            ).format(parts="; ".join(parts), result=result)
        )
        self.progress.show()

    def refresh(self) -> None:
        from cds_desktop.receipts import last_receipt

        self.refresh_progress()

        receipt = last_receipt(self.profile)
        if receipt is None:
            self.status.setText(
                QCoreApplication.translate(
                    "Receipts",
                    "Chưa có biên nhận nào. Sau khi nhập gói, Trung tâm gửi lại một tệp biên "
                    "nhận (.cdsreceipt); hãy nhập tệp đó để biết Trung tâm đã nhận gói chưa.",
                )
            )
            return
        self.status.setText(receipt_text(receipt, self.language))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Receipts", "Chọn tệp biên nhận"),
            str(Path.home()),
            QCoreApplication.translate("Receipts", "Biên nhận CĐS (*.cdsreceipt);;Mọi tệp (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        profile = self.profile

        def work(confirmed: str | None) -> ReceiptImported:
            from cds_desktop.receipts import import_receipt

            return import_receipt(profile, path, confirmed)

        run_with_centre_confirmation(
            self,
            work,
            self._imported,
            QCoreApplication.translate("Receipts", "Không nhập được biên nhận"),
        )

    def _imported(self, imported: ReceiptImported) -> None:
        self.refresh()
        text = receipt_text(imported.receipt, self.language)
        if imported.sha256_matches is False:
            text += "\n\n" + QCoreApplication.translate(
                "Receipts", "Lưu ý: mã SHA-256 Trung tâm nhận được khác mã của gói đơn vị đã xuất."
            )
        inform(self, QCoreApplication.translate("Receipts", "Đã nhập biên nhận"), text)
        self.receipt_imported.emit()
