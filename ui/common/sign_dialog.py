"""*Ký số…* on the report pages (issue 20): who signs (the signer, or the issuing body
over the seal's place), with what (a .p12/.pfx file and its passphrase, or a USB token:
its driver's PKCS#11 library, the token, the PIN and the key on it), which report PDF
(the previewed one or a file, e.g. one the head has signed already) and, optionally, the
signature or seal image. The dialog only collects; the report page signs in the
background with `cds_desktop.reports.signing`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.errors import CdsError
from ui.common.tasks import TaskControl, run_task

FILE, TOKEN = 0, 1


@dataclass(frozen=True)
class SignRequest:
    """What the officer chose: `open_key()` opens the key on the worker thread."""

    open_key: Callable[[], AbstractContextManager[Any]]
    body: bool
    image: Path | None
    source: Path | None
    """The report PDF to sign; None for the previewed report."""


def _path_row(field: QWidget, button: QPushButton) -> QWidget:
    """A field and its button on one line."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    return row


class SignDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ký số báo cáo"))
        self.keys_read_for: tuple[str, str, str] | None = None

        who = QGroupBox(self.tr("Ký với tư cách"))
        self.as_signer = QRadioButton(
            self.tr("Người ký: chữ ký số của người có thẩm quyền, tại vị trí ký")
        )
        self.as_body = QRadioButton(
            self.tr("Cơ quan ban hành: chữ ký số của cơ quan, trên vị trí đóng dấu")
        )
        self.as_signer.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.as_signer)
        group.addButton(self.as_body)
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.as_signer)
        who_layout.addWidget(self.as_body)

        self.report = QLineEdit()
        self.report.setPlaceholderText(self.tr("(báo cáo đang xem trước)"))
        self.report.setAccessibleName(self.tr("Tệp báo cáo PDF cần ký"))
        self.report.setToolTip(
            self.tr(
                "Để trống để ký báo cáo đang xem trước. Văn thư đóng dấu số chọn ở đây báo "
                "cáo lãnh đạo đã ký."
            )
        )
        self.report_button = QPushButton(self.tr("Chọn báo cáo…"))
        self.report_button.clicked.connect(self.choose_report)

        self.source = QComboBox()
        self.source.addItem(self.tr("Tệp chứng thư số (.p12/.pfx)"))
        self.source.addItem(self.tr("USB token (PKCS#11)"))
        self.source.setAccessibleName(self.tr("Ký bằng"))

        self.p12 = QLineEdit()
        self.p12.setAccessibleName(self.tr("Tệp chứng thư số"))
        self.p12_button = QPushButton(self.tr("Chọn tệp…"))
        self.p12_button.clicked.connect(self.choose_p12)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Mật khẩu chứng thư số"))
        self.library = QLineEdit()
        self.library.setAccessibleName(self.tr("Thư viện PKCS#11 của USB token"))
        self.library.setToolTip(
            self.tr("Tệp .dll trong bộ cài trình điều khiển của USB token (thường ở System32)")
        )
        self.library_button = QPushButton(self.tr("Chọn thư viện…"))
        self.library_button.clicked.connect(self.choose_library)
        self.token = QComboBox()
        self.token.setAccessibleName(self.tr("USB token"))
        self.find_button = QPushButton(self.tr("Tìm USB token"))
        self.find_button.clicked.connect(self.find_tokens)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Mã PIN của USB token"))
        self.key = QComboBox()
        self.key.setAccessibleName(self.tr("Khóa trên USB token"))
        self.keys_button = QPushButton(self.tr("Đọc khóa"))
        self.keys_button.setToolTip(self.tr("Liệt kê các khóa và chứng thư số trên USB token"))
        self.keys_button.clicked.connect(self.read_keys)
        self.image = QLineEdit()
        self.image.setAccessibleName(self.tr("Ảnh chữ ký hoặc con dấu"))
        self.image_button = QPushButton(self.tr("Chọn ảnh PNG…"))
        self.image_button.clicked.connect(self.choose_image)
        self.image_label = QLabel()

        form = self.form = QFormLayout()
        form.addRow(self.tr("Báo cáo:"), _path_row(self.report, self.report_button))
        form.addRow(self.tr("Ký bằng:"), self.source)
        self.file_rows: list[QWidget] = [
            _path_row(self.p12, self.p12_button),
            self.passphrase,
        ]
        form.addRow(self.tr("Tệp chứng thư số:"), self.file_rows[0])
        form.addRow(self.tr("Mật khẩu:"), self.passphrase)
        self.token_rows: list[QWidget] = [
            _path_row(self.library, self.library_button),
            _path_row(self.token, self.find_button),
            self.pin,
            _path_row(self.key, self.keys_button),
        ]
        form.addRow(self.tr("Thư viện PKCS#11:"), self.token_rows[0])
        form.addRow(self.tr("USB token:"), self.token_rows[1])
        form.addRow(self.tr("Mã PIN:"), self.pin)
        form.addRow(self.tr("Khóa:"), self.token_rows[3])
        form.addRow(self.image_label, _path_row(self.image, self.image_button))
        widest = max(
            self.fontMetrics().horizontalAdvance(text)
            for text in (self.tr("Ảnh chữ ký (PNG):"), self.tr("Ảnh con dấu (PNG):"))
        )
        self.image_label.setMinimumWidth(widest + 4)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = QPushButton(self.tr("Ký số"))
        self.sign_button.setObjectName("primary")
        self.sign_button.setAutoDefault(False)
        buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)

        saved = QSettings().value("reports/pkcs11-library")
        if isinstance(saved, str) and saved:
            self.library.setText(saved)
        for signal in (
            self.p12.textChanged,
            self.library.textChanged,
            self.pin.textChanged,
            self.image.textChanged,
        ):
            signal.connect(lambda _text: self._update())
        self.source.currentIndexChanged.connect(lambda _i: self._source_changed())
        self.token.currentIndexChanged.connect(lambda _i: self._forget_keys())
        self.library.textChanged.connect(lambda _t: self._forget_tokens())
        self.as_body.toggled.connect(lambda _on: self._role_changed())
        self._role_changed()
        self._source_changed()
        self.resize(640, self.sizeHint().height())

    # --- choices -------------------------------------------------------------------------
    def _source_changed(self) -> None:
        token = self.source.currentIndex() == TOKEN
        for row in self.file_rows:
            self.form.setRowVisible(row, not token)
        for row in self.token_rows:
            self.form.setRowVisible(row, token)
        self.problem.clear()
        if token and self.library.text().strip() and not self.token.count():
            self.find_tokens()  # the library chosen last time: list its tokens at once
        self._update()

    def _role_changed(self) -> None:
        body = self.as_body.isChecked()
        self.image_label.setText(
            self.tr("Ảnh con dấu (PNG):") if body else self.tr("Ảnh chữ ký (PNG):")
        )
        self.image.setPlaceholderText(
            self.tr("(không bắt buộc; không có ảnh thì ghi tên cơ quan và thời gian ký)")
            if body
            else self.tr("(không bắt buộc; không có ảnh thì ghi họ tên, cơ quan, thời gian ký)")
        )
        saved = QSettings().value("reports/seal-image" if body else "reports/signature-image")
        self.image.setText(saved if isinstance(saved, str) else "")
        self._update()

    def _open(self, title: str, setting: str, pattern: str, start: str = "") -> Path | None:
        folder = QSettings().value(setting)
        begin = folder if isinstance(folder, str) and folder else start or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, title, begin, pattern)
        if not chosen:
            return None
        QSettings().setValue(setting, str(Path(chosen).parent))
        return Path(chosen)

    def choose_report(self) -> None:
        chosen = self._open(
            self.tr("Chọn báo cáo PDF cần ký"), "reports/folder", self.tr("Tệp PDF (*.pdf)")
        )
        if chosen is not None:
            self.report.setText(str(chosen))

    def choose_p12(self) -> None:
        chosen = self._open(
            self.tr("Chọn tệp chứng thư số"),
            "reports/certificate-folder",
            self.tr("Chứng thư số (*.p12 *.pfx);;Mọi tệp (*)"),
        )
        if chosen is not None:
            self.p12.setText(str(chosen))
            self.passphrase.setFocus()

    def choose_library(self) -> None:
        chosen = self._open(
            self.tr("Chọn thư viện PKCS#11 của USB token (trong bộ cài trình điều khiển)"),
            "reports/pkcs11-folder",
            self.tr("Thư viện PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)"),
            "C:/Windows/System32",
        )
        if chosen is not None:
            self.library.setText(str(chosen))
            self.find_tokens()

    def choose_image(self) -> None:
        chosen = self._open(
            self.tr("Chọn ảnh con dấu") if self.as_body.isChecked() else self.tr("Chọn ảnh chữ ký"),
            "reports/image-folder",
            self.tr("Ảnh PNG (*.png);;Ảnh (*.png *.jpg *.jpeg);;Mọi tệp (*)"),
        )
        if chosen is not None:
            self.image.setText(str(chosen))

    def _forget_tokens(self) -> None:
        self.token.clear()
        self._forget_keys()

    def _forget_keys(self) -> None:
        self.key.clear()
        self.keys_read_for = None
        self._update()

    def find_tokens(self) -> None:
        """List the tokens the library sees (quick: no PIN yet)."""
        from cds_desktop.reports.signing import list_tokens

        self._forget_tokens()
        library = self.library.text().strip()
        if not library:
            return
        try:
            tokens = list_tokens(Path(library))
        except CdsError as exc:
            from ui.common.dialogs import coded_message

            self.problem.setText(coded_message(exc) or str(exc))
            return
        QSettings().setValue("reports/pkcs11-library", library)
        self.token.addItems(tokens)
        self.problem.setText(
            ""
            if tokens
            else self.tr("Không thấy USB token nào; hãy cắm USB token rồi bấm «Tìm USB token».")
        )
        self._update()

    def read_keys(self) -> None:
        """After the PIN: the keys (and certificates' names) on the token, on a worker."""
        library, token, pin = self.library.text().strip(), self.token.currentText(), self.pin.text()
        if not (library and token and pin):
            return
        self.keys_button.setEnabled(False)

        def work(_ctl: TaskControl) -> list[Any]:
            from cds_desktop.reports.signing import list_token_keys

            return list_token_keys(Path(library), token, pin=pin)

        def done(result: object) -> None:
            self.key.clear()
            for key in cast(list[Any], result):
                owner = ", ".join(p for p in (key.name, key.organisation) if p)
                self.key.addItem(f"{key.label} — {owner}" if owner else key.label, key.label)
            self.keys_read_for = (library, token, pin)
            self.problem.setText(
                "" if self.key.count() else self.tr("USB token không có khóa nào có tên để ký.")
            )
            self._update()

        def failed(exc: BaseException) -> None:
            from ui.common.dialogs import coded_message

            text = coded_message(exc) if isinstance(exc, CdsError) else ""
            self.problem.setText(text or str(exc))
            self._update()

        run_task(self, work, done, on_failure=failed)

    def _update(self) -> None:
        if self.source.currentIndex() == FILE:
            ready = bool(self.p12.text().strip())
        else:
            ready = bool(
                self.library.text().strip() and self.token.currentText() and self.pin.text()
            )
            self.keys_button.setEnabled(ready)
        self.sign_button.setEnabled(ready)

    # --- the answer ----------------------------------------------------------------------
    def request(self) -> SignRequest:
        body = self.as_body.isChecked()
        image_text = self.image.text().strip()
        image = Path(image_text) if image_text else None
        QSettings().setValue(
            "reports/seal-image" if body else "reports/signature-image", image_text
        )
        report_text = self.report.text().strip()
        source = Path(report_text) if report_text else None
        if self.source.currentIndex() == FILE:
            p12 = Path(self.p12.text().strip())
            secret = self.passphrase.text().encode("utf-8")

            @contextmanager
            def open_file_key() -> Iterator[Any]:
                from cds_desktop.reports.signing import load_pkcs12_signer

                yield load_pkcs12_signer(p12, passphrase=secret)

            return SignRequest(open_file_key, body, image, source)
        library = Path(self.library.text().strip())
        token, pin = self.token.currentText(), self.pin.text()
        label = self.key.currentData() if self.key.count() else None

        @contextmanager
        def open_token_key() -> Iterator[Any]:
            from cds_desktop.reports.signing import pkcs11_signer

            with pkcs11_signer(library, token, pin=pin, key_label=label) as key:
                yield key

        return SignRequest(open_token_key, body, image, source)

    def ask(self) -> SignRequest | None:
        """Show modally; tests drive the widgets and press the buttons instead."""
        return self.request() if self.exec() == QDialog.DialogCode.Accepted else None
