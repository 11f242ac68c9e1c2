"""A unit that loses its PC: the full backup (make, restore on a new PC), and the
centre's copy of a unit's data (export at the centre, load at the unit).

The work is the core's (`cds_desktop.full_backup`, `cds_desktop.unit_data`); these
functions ask for files and passphrases, run it in the background and say the result.
Tests replace `PassphraseDialog.ask` at class level, and `QFileDialog` / `QInputDialog`
static methods, as the other tests do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.errors import CdsError
from cds_desktop.full_backup import MIN_PASSPHRASE, FullBackupResult
from cds_desktop.full_backup import SUFFIX as BACKUP_SUFFIX
from cds_desktop.profile import Profile
from cds_desktop.unit_data import SUFFIX as DATA_SUFFIX
from cds_desktop.unit_data import RestoredFromCentre, UnitDataResult
from ui.common.dialogs import inform, show_error
from ui.common.fingerprint import big_fingerprint
from ui.common.tasks import TaskControl, run_task

T = TypeVar("T")


def where_to_keep() -> str:
    return QCoreApplication.translate(
        "Recovery",
        "Hãy cất bản sao lưu trên USB hoặc ổ đĩa khác (không để trên cùng ổ đĩa với máy "
        "này) và ghi mật khẩu ở nơi khác, an toàn. Không có mật khẩu thì không khôi phục "
        "được.",
    )


def reminder_text() -> str:
    """What the export page and the wizard's last page say about the full backup."""
    return (
        QCoreApplication.translate(
            "Recovery",
            "Nên tạo bản sao lưu đầy đủ (dữ liệu, tệp minh chứng và khóa ký) sau lần xuất gói "
            "đầu tiên và định kỳ: Cài đặt → Sao lưu → «Sao lưu đầy đủ…». Nếu máy hỏng, bản "
            "sao lưu này khôi phục toàn bộ hồ sơ trên máy mới. ",
        )
        + where_to_keep()
    )


def coded_text(exc: CdsError) -> str:
    """The refusals of a full backup or a centre's file in the interface language."""
    texts = {
        "full_backup_passphrase": QCoreApplication.translate(
            "Recovery",
            "Mật khẩu không đúng với bản sao lưu này. Chưa có gì được khôi phục; hãy nhập "
            "đúng mật khẩu đã dùng khi tạo bản sao lưu.",
        ),
        "full_backup_damaged": QCoreApplication.translate(
            "Recovery",
            "Bản sao lưu bị hỏng hoặc đã bị sửa đổi. Chưa có gì được khôi phục; hãy dùng "
            "một bản sao khác.",
        ),
        "full_backup_not_backup": QCoreApplication.translate(
            "Recovery", "Tệp này không phải là bản sao lưu đầy đủ của CĐS Desktop."
        ),
        "full_backup_newer": QCoreApplication.translate(
            "Recovery",
            "Bản sao lưu được tạo bằng phiên bản CĐS Desktop mới hơn; hãy cài phiên bản đó trước.",
        ),
        "full_backup_folder_not_empty": QCoreApplication.translate(
            "Recovery",
            "Thư mục dữ liệu không trống. Chỉ khôi phục bản sao lưu đầy đủ vào máy chưa có "
            "hồ sơ (thư mục dữ liệu trống).",
        ),
        "centre_key_mismatch": QCoreApplication.translate(
            "Recovery",
            "Tệp được ký bằng khóa {signer}, không phải khóa của Trung tâm {expected} mà bạn "
            "được đọc cho. Chưa có gì thay đổi; hãy gọi lại Trung tâm để đọc lại mã và gửi "
            "đúng tệp.",
        ),
        "unit_data_other_unit": QCoreApplication.translate(
            "Recovery",
            "Tệp chứa dữ liệu của đơn vị {unit}, không phải của đơn vị này. Chưa có gì thay đổi.",
        ),
        "unit_data_not_data": QCoreApplication.translate(
            "Recovery",
            "Tệp này không phải là tệp dữ liệu đơn vị do Trung tâm xuất. Chưa có gì thay đổi.",
        ),
        "unit_data_damaged": QCoreApplication.translate(
            "Recovery",
            "Tệp của Trung tâm bị hỏng hoặc đã bị sửa đổi. Chưa có gì thay đổi; hãy đề nghị "
            "Trung tâm gửi lại.",
        ),
    }
    texts |= {
        "full_backup_server": QCoreApplication.translate(
            "Recovery",
            "Cơ sở dữ liệu nằm trên máy chủ; hãy sao lưu bằng công cụ của máy chủ.",
        ),
        "full_backup_missing_evidence": QCoreApplication.translate(
            "Recovery",
            "Thiếu {n} tệp minh chứng trong kho. Hãy chạy «Kiểm tra tệp minh chứng» và đính "
            "kèm lại các tệp bị thiếu, rồi sao lưu lại.",
        ),
        "full_backup_too_large": QCoreApplication.translate(
            "Recovery",
            "Dữ liệu quá lớn cho một tệp sao lưu. Hãy đóng chương trình và chép cả thư mục dữ "
            "liệu sang USB hoặc ổ đĩa khác.",
        ),
        "unit_data_missing_evidence": QCoreApplication.translate(
            "Recovery",
            "Thiếu tệp minh chứng của đơn vị trong kho của Trung tâm. Hãy chạy kiểm tra tệp "
            "minh chứng rồi thử lại.",
        ),
        "unit_data_too_large": QCoreApplication.translate(
            "Recovery", "Dữ liệu của đơn vị quá lớn cho một tệp."
        ),
        "file_exists": QCoreApplication.translate(
            "Recovery", "Tệp «{name}» đã có; hãy chọn tên khác."
        ),
        "file_unreadable": QCoreApplication.translate(
            "Recovery",
            "Không đọc được tệp «{name}» (không còn ở đó, là thư mục hoặc không có quyền đọc).",
        ),
    }
    text = texts.get(exc.code)
    return text.format(**exc.params) if text is not None else ""


def show_refusal(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A refusal with its own text (and the English detail), else the standard dialog."""
    text = coded_text(exc) if isinstance(exc, CdsError) else ""
    if not text:
        show_error(parent, title, exc)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(str(exc))
    box.exec()


class PassphraseDialog(QDialog):
    """Asks for a passphrase; for a new backup twice, with the rules beside it."""

    def __init__(self, parent: QWidget | None, new: bool) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(QCoreApplication.translate("Recovery", "Mật khẩu bản sao lưu"))
        intro = QLabel(
            QCoreApplication.translate(
                "Recovery",
                "Đặt mật khẩu cho bản sao lưu (ít nhất {n} ký tự; một câu dễ nhớ là tốt "
                "nhất). Khóa ký của đơn vị trong bản sao lưu được mã hóa bằng mật khẩu này.",
            ).format(n=MIN_PASSPHRASE)
            if new
            else QCoreApplication.translate("Recovery", "Nhập mật khẩu đã đặt khi tạo bản sao lưu.")
        )
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Recovery", "Mật khẩu:"), self.first)
        if new:
            form.addRow(QCoreApplication.translate("Recovery", "Nhập lại:"), self.second)
        else:
            self.second.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        if new:
            keep = QLabel(where_to_keep())
            keep.setWordWrap(True)
            layout.addWidget(keep)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()
        self.resize(480, self.sizeHint().height())

    def _check(self) -> None:
        problem = ""
        text = self.first.text()
        if self.new and 0 < len(text) < MIN_PASSPHRASE:
            problem = QCoreApplication.translate(
                "Recovery", "Mật khẩu cần ít nhất {n} ký tự."
            ).format(n=MIN_PASSPHRASE)
        elif self.new and self.second.text() and self.second.text() != text:
            problem = QCoreApplication.translate("Recovery", "Hai lần nhập không giống nhau.")
        complete = bool(text) and (
            not self.new or (len(text) >= MIN_PASSPHRASE and self.second.text() == text)
        )
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(complete and not problem)

    @property
    def passphrase(self) -> str:
        return self.first.text()

    @classmethod
    def ask(cls, parent: QWidget | None, new: bool) -> str | None:
        dialog = cls(parent, new)
        return dialog.passphrase if dialog.exec() == QDialog.DialogCode.Accepted else None


def _in_background(
    parent: QWidget,
    work: Callable[[TaskControl], T],
    finished: Callable[[T], None],
    busy: str,
    refused: str,
) -> None:
    """Run `work` behind a progress dialog with Cancel; a refusal is shown as `refused`."""
    run_task(
        parent,
        work,
        finished,
        on_failure=lambda exc: show_refusal(parent, refused, exc),
        title=busy,
        cancellable=True,
    )


def make_full_backup(
    parent: QWidget, profile: Profile, done: Callable[[], None] = lambda: None
) -> None:
    """Ask where and with which passphrase, then write the full backup in the background."""
    from cds_desktop.full_backup import write_full_backup

    default = Path.home() / f"sao-luu-day-du-{profile.identity.unit_code}{BACKUP_SUFFIX}"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Recovery", "Lưu bản sao lưu đầy đủ (nên lưu vào USB)"),
        str(default),
        QCoreApplication.translate("Recovery", "Bản sao lưu đầy đủ CĐS (*{suffix})").format(
            suffix=BACKUP_SUFFIX
        ),
    )
    if not name:
        return
    out = Path(name)
    if out.suffix.lower() != BACKUP_SUFFIX:
        out = out.with_name(out.name + BACKUP_SUFFIX)
    passphrase = PassphraseDialog.ask(parent, new=True)
    if passphrase is None:
        return

    def work(ctl: TaskControl) -> FullBackupResult:
        return write_full_backup(profile, out, passphrase, ctl.progress, ctl.should_cancel)

    def finished(result: FullBackupResult) -> None:
        inform(
            parent,
            QCoreApplication.translate("Recovery", "Đã tạo bản sao lưu đầy đủ"),
            QCoreApplication.translate("Recovery", "Đã lưu bản sao lưu đầy đủ vào {path}.").format(
                path=result.path
            )
            + "\n\n"
            + where_to_keep(),
        )
        done()

    _in_background(
        parent,
        work,
        finished,
        QCoreApplication.translate("Recovery", "Đang tạo bản sao lưu đầy đủ…"),
        QCoreApplication.translate("Recovery", "Không tạo được bản sao lưu"),
    )


def restore_full_backup(parent: QWidget, data_dir: Path, done: Callable[[Profile], None]) -> None:
    """On a new PC (no profile yet): recreate the profile from a full backup, then open it."""
    from cds_desktop.full_backup import restore_full_backup as restore
    from cds_desktop.profile import open_profile

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Recovery", "Chọn bản sao lưu đầy đủ"),
        str(Path.home()),
        QCoreApplication.translate(
            "Recovery", "Bản sao lưu đầy đủ CĐS (*{suffix});;Mọi tệp (*)"
        ).format(suffix=BACKUP_SUFFIX),
    )
    if not name:
        return
    passphrase = PassphraseDialog.ask(parent, new=False)
    if passphrase is None:
        return

    def work(ctl: TaskControl) -> Profile:
        restore(data_dir, Path(name), passphrase, ctl.progress, ctl.should_cancel)
        return open_profile(data_dir)

    def finished(profile: Profile) -> None:
        inform(
            parent,
            QCoreApplication.translate("Recovery", "Đã khôi phục"),
            QCoreApplication.translate(
                "Recovery",
                "Đã khôi phục hồ sơ của {unit} cùng dữ liệu, tệp minh chứng và khóa ký. Gói "
                "dữ liệu tiếp theo sẽ nối tiếp số thứ tự cũ.",
            ).format(unit=f"{profile.identity.unit_code} — {profile.identity.unit_name}"),
        )
        done(profile)

    _in_background(
        parent,
        work,
        finished,
        QCoreApplication.translate("Recovery", "Đang khôi phục bản sao lưu đầy đủ…"),
        QCoreApplication.translate("Recovery", "Không khôi phục được"),
    )


def restore_from_centre(
    parent: QWidget, profile: Profile, done: Callable[[], None] = lambda: None
) -> None:
    """Unit: load the file the centre exported for this unit, after the fingerprint check."""
    from cds_desktop.unit_data import restore_from_centre as load

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Recovery", "Chọn tệp dữ liệu do Trung tâm gửi"),
        str(Path.home()),
        QCoreApplication.translate("Recovery", "Dữ liệu đơn vị (*{suffix});;Mọi tệp (*)").format(
            suffix=DATA_SUFFIX
        ),
    )
    if not name:
        return
    fingerprint, accepted = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Recovery", "Mã nhận dạng khóa của Trung tâm"),
        QCoreApplication.translate(
            "Recovery",
            "Gọi điện cho Trung tâm và nhập mã nhận dạng khóa của Trung tâm do cán bộ "
            "Trung tâm đọc (20 ký tự, ví dụ 7K2Q-M9XH-4TRB-ZP3D-W8NC):",
        ),
    )
    if not accepted or not fingerprint.strip():
        return

    def work(ctl: TaskControl) -> RestoredFromCentre:
        return load(profile, Path(name), fingerprint, ctl.progress, ctl.should_cancel)

    def finished(result: RestoredFromCentre) -> None:
        inform(
            parent,
            QCoreApplication.translate("Recovery", "Đã nạp dữ liệu từ Trung tâm"),
            QCoreApplication.translate(
                "Recovery",
                "Đã nạp {n} hoạt động của đơn vị như Trung tâm đang lưu. Gói tiếp theo mang "
                "số {seq} và chỉ thay đổi những gì đơn vị sửa từ nay.",
            ).format(n=result.activities, seq=result.next_sequence),
        )
        done()

    _in_background(
        parent,
        work,
        finished,
        QCoreApplication.translate("Recovery", "Đang nạp dữ liệu từ Trung tâm…"),
        QCoreApplication.translate("Recovery", "Không nạp được dữ liệu"),
    )


class CentreFingerprintDialog(QDialog):
    """After `export-data`: the file, and the centre's fingerprint to read out to the unit."""

    def __init__(self, parent: QWidget | None, unit: str, path: Path, fingerprint: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Recovery", "Đã xuất dữ liệu đơn vị"))
        text = QLabel(
            QCoreApplication.translate(
                "Recovery",
                "Đã lưu dữ liệu của {unit} vào {path}. Gửi tệp cho đơn vị, rồi gọi điện và "
                "đọc cho đơn vị mã nhận dạng khóa của Trung tâm dưới đây; đơn vị nhập mã này "
                "khi nạp tệp để chắc chắn tệp do Trung tâm gửi.",
            ).format(unit=unit, path=path)
        )
        text.setWordWrap(True)
        self.fingerprint = big_fingerprint(fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.fingerprint)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())


def export_unit_data(parent: QWidget, profile: Profile, unit_code: str) -> None:
    """Centre: write the unit's data as the master holds it, then show the fingerprint."""
    from cds_desktop.unit_data import export_unit_data as export

    default = Path.home() / f"du-lieu-{unit_code}{DATA_SUFFIX}"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Recovery", "Lưu dữ liệu của đơn vị {unit}").format(
            unit=unit_code
        ),
        str(default),
        QCoreApplication.translate("Recovery", "Dữ liệu đơn vị (*{suffix})").format(
            suffix=DATA_SUFFIX
        ),
    )
    if not name:
        return
    out = Path(name)
    if out.suffix.lower() != DATA_SUFFIX:
        out = out.with_name(out.name + DATA_SUFFIX)

    def work(ctl: TaskControl) -> UnitDataResult:
        return export(profile, unit_code, out, ctl.progress, ctl.should_cancel)

    def finished(result: UnitDataResult) -> None:
        CentreFingerprintDialog(parent, unit_code, result.path, result.centre_fingerprint).exec()

    _in_background(
        parent,
        work,
        finished,
        QCoreApplication.translate("Recovery", "Đang xuất dữ liệu của đơn vị…"),
        QCoreApplication.translate("Recovery", "Không xuất được dữ liệu"),
    )
