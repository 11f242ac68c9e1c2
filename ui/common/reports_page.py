"""The unit's report (W4): generate the PDF and preview it here, save, print; Excel too."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSettings, QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.profile import Profile
from ui.common.dialogs import inform
from ui.common.flow_layout import FlowLayout
from ui.common.tasks import TaskControl, run_task

if TYPE_CHECKING:  # loaded when the first preview is made or printed (issue 14)
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtPrintSupport import QPrinter

PREVIEW_NAME = "report-preview.pdf"


class ReportsPage(QWidget):
    document: QPdfDocument  # made with the first preview, see _preview()
    view: QPdfView

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self.preview_path = profile.paths.staging / PREVIEW_NAME
        title = QLabel(
            self.tr("Báo cáo tổng hợp của Bộ")
            if profile.is_centre
            else self.tr("Báo cáo của đơn vị")
        )
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Báo cáo tổng hợp kết quả của tất cả các đơn vị, theo thể thức văn bản hành "
                "chính (Nghị định 30/2020/NĐ-CP) để trình Lãnh đạo Bộ, và sổ tính Excel (kể cả "
                "tình hình gửi báo cáo và nhật ký nhập gói). Tiêu đề, số, nơi nhận, người ký "
                "được đặt trong «Cài đặt»."
            )
            if profile.is_centre
            else self.tr(
                "Báo cáo theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP) để thủ "
                "trưởng đơn vị ký, và sổ tính Excel. Tiêu đề, số, nơi nhận, người ký được "
                "đặt trong «Cài đặt»."
            )
        )
        intro.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Tạo báo cáo PDF"))
        self.pdf_button.setObjectName("primary")
        self.save_button = QPushButton(self.tr("Lưu PDF…"))
        self.print_button = QPushButton(self.tr("In…"))
        self.docx_button = QPushButton(self.tr("Xuất Word…"))
        self.docx_button.setToolTip(
            self.tr("Báo cáo dạng Word (.docx) để văn thư sửa, cấp số và in.")
        )
        self.xlsx_button = QPushButton(self.tr("Xuất Excel…"))
        self.sign_button = QPushButton(self.tr("Ký số…"))
        self.sign_button.setToolTip(
            self.tr("Ký số báo cáo PDF bằng tệp chứng thư số (.p12/.pfx) hoặc USB token rồi lưu.")
        )
        self.sign_button.clicked.connect(self.sign_pdf)
        self.sign_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.generate_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.docx_button.clicked.connect(self.save_docx)
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        # the campaign the report covers (issue 18): the active one unless chosen here
        self.campaign = QComboBox()
        self.campaign.setAccessibleName(self.tr("Đợt báo cáo"))
        self.campaign.setSizeAdjustPolicy(  # long names must not widen the window
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.campaign.setMinimumContentsLength(18)
        self.campaign.currentIndexChanged.connect(self._campaign_changed)
        self.picked = False
        """The officer chose a campaign here; else the report follows the active one."""
        self.campaign.activated.connect(lambda _index: setattr(self, "picked", True))
        self.fill_campaigns()
        chooser = QWidget()  # the label and its list wrap together
        chooser_row = QHBoxLayout(chooser)
        chooser_row.setContentsMargins(0, 0, 0, 0)
        chooser_row.addWidget(QLabel(self.tr("Đợt:")))
        chooser_row.addWidget(self.campaign)
        buttons = FlowLayout()  # wraps on a small screen instead of scrolling sideways
        buttons.addWidget(chooser)
        for button in (
            self.pdf_button,
            self.save_button,
            self.sign_button,
            self.docx_button,
            self.print_button,
            self.xlsx_button,
        ):
            buttons.addWidget(button)

        self.placeholder = QLabel(self.tr("Bấm «Tạo báo cáo PDF» để xem trước báo cáo ở đây."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #666; font-size: 12pt;")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.placeholder, 1)

    def _preview(self) -> QPdfDocument:
        """The preview's document, its view made the first time (QtPdf loads only then)."""
        if not hasattr(self, "document"):
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self.document = QPdfDocument(self)
            self.view = QPdfView()
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.addWidget(self.view, 4)
            self.view.hide()
        return self.document

    # --- the campaign ---------------------------------------------------------------------
    def fill_campaigns(self) -> None:
        """Every campaign of the profile, newest first; the one the officer chose here,
        else the active one."""
        from cds_desktop.plans import list_campaigns

        chosen = self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        active = None
        for c in reversed(list_campaigns(self.profile)):
            self.campaign.addItem(f"{c.code} — {c.name}", c.code)
            self.campaign.setItemData(
                self.campaign.count() - 1, c.name, Qt.ItemDataRole.ToolTipRole
            )
            if c.active:
                active = c.code
        index = self.campaign.findData(chosen) if self.picked else -1
        if index < 0:
            index = max(self.campaign.findData(active), 0)
        self.campaign.setCurrentIndex(index)
        self.campaign.blockSignals(False)
        # the box is narrow (the buttons keep their row); its list gives the names whole
        view = self.campaign.view()
        metrics = view.fontMetrics()
        texts = (self.campaign.itemText(i) for i in range(self.campaign.count()))
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        view.setMinimumWidth(widest + 2 * view.frameWidth() + 24)  # the item's margins
        self._name_campaign()

    def _name_campaign(self) -> None:
        """The box's tooltip gives the chosen campaign's name whole."""
        self.campaign.setToolTip(
            self.tr("Đợt báo cáo mà báo cáo này tổng hợp: {name}").format(
                name=self.campaign.currentText()
            )
        )

    def campaign_code(self) -> str | None:
        code = self.campaign.currentData()
        return str(code) if code is not None else None

    def _campaign_changed(self) -> None:
        """The preview showed another campaign: it must be made again before saving."""
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self._name_campaign()

    def showEvent(self, event: QShowEvent) -> None:
        self.fill_campaigns()  # a plan imported or a campaign added meanwhile
        super().showEvent(event)

    # --- PDF -----------------------------------------------------------------------------
    def generate_pdf(self) -> None:
        profile = self.profile
        campaign = self.campaign_code()
        out = self.preview_path
        self.pdf_button.setEnabled(False)
        self._preview().close()

        def work(ctl: TaskControl) -> Path:
            from cds_desktop.reports.pdf_report import write_pdf_report

            out.parent.mkdir(parents=True, exist_ok=True)
            write_pdf_report(
                profile,
                out,
                progress=ctl.progress,
                should_cancel=ctl.should_cancel,
                campaign_code=campaign,
            )
            return out

        def failed(exc: BaseException) -> None:
            self.pdf_button.setEnabled(True)
            from ui.common.dialogs import show_error

            show_error(self, self.tr("Không tạo được báo cáo PDF"), exc)

        run_task(
            self,
            work,
            self._show_pdf,
            on_failure=failed,
            title=self.tr("Đang tạo báo cáo PDF…"),
            cancellable=True,
        )

    def _show_pdf(self, path: object) -> None:
        self.pdf_button.setEnabled(True)
        self._preview().load(str(path))
        self.placeholder.hide()
        self.view.show()
        self.save_button.setEnabled(True)
        self.sign_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _target(self, title: str, name: str, pattern: str) -> Path | None:
        folder = QSettings().value("reports/folder")
        start = Path(folder) if isinstance(folder, str) and folder else Path.home()
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(start / name), pattern)
        if not chosen:
            return None
        path = Path(chosen)
        suffix = Path(name).suffix
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        QSettings().setValue("reports/folder", str(path.parent))
        return path

    def _file_name(self, suffix: str) -> str:
        if self.profile.is_centre:
            return f"bao-cao-tong-hop{suffix}"
        return f"bao-cao-{self.profile.identity.unit_code}{suffix}"

    def save_pdf(self) -> None:
        target = self._target(
            self.tr("Lưu báo cáo PDF"), self._file_name(".pdf"), self.tr("Tệp PDF (*.pdf)")
        )
        if target is None:
            return
        shutil.copyfile(self.preview_path, target)
        inform(
            self,
            self.tr("Đã lưu báo cáo"),
            self.tr("Đã lưu báo cáo vào {path}.").format(path=target),
        )

    def sign_pdf(self) -> None:
        """Sign the previewed report (issue 20), or a report PDF chosen in the dialog, as
        the signer or as the issuing body, with a .p12/.pfx file or a USB token."""
        from ui.common.sign_dialog import SignDialog

        request = SignDialog(self).ask()
        if request is None:
            return
        target = self._target(
            self.tr("Lưu báo cáo đã ký"),
            self._file_name("-da-ky.pdf"),
            self.tr("Tệp PDF (*.pdf)"),
        )
        if target is None:
            return
        source = request.source or self.preview_path

        def work(ctl: TaskControl) -> Path:
            from cds_desktop.reports.signing import sign_pdf

            with request.open_key() as key:
                return sign_pdf(source, target, key, body=request.body, image=request.image)

        def done(path: object) -> None:
            inform(
                self,
                self.tr("Đã ký số báo cáo"),
                self.tr("Đã lưu báo cáo đã ký số vào {path}.").format(path=path),
            )

        run_task(
            self,
            work,
            done,
            title=self.tr("Đang ký số báo cáo…"),
            error_title=self.tr("Không ký số được báo cáo"),
        )

    def save_docx(self) -> None:
        """The same report as an editable Word document, made in the background."""

        def write(*args: Any, **kwargs: Any) -> None:  # python-docx loads on the worker
            from cds_desktop.reports.docx_report import write_docx_report

            write_docx_report(*args, **kwargs)

        self._save_in_background(
            write,
            self.tr("Lưu báo cáo Word"),
            self._file_name(".docx"),
            self.tr("Tài liệu Word (*.docx)"),
            working=self.tr("Đang tạo báo cáo Word…"),
            failed=self.tr("Không tạo được báo cáo Word"),
            saved=self.tr("Đã lưu báo cáo Word"),
            saved_text=self.tr("Đã lưu báo cáo vào {path}."),
        )

    def save_xlsx(self) -> None:
        def write(*args: Any, **kwargs: Any) -> None:  # openpyxl loads on the worker
            from cds_desktop.reports.xlsx_report import write_xlsx_report

            write_xlsx_report(*args, **kwargs)

        self._save_in_background(
            write,
            self.tr("Lưu báo cáo Excel"),
            self._file_name(".xlsx"),
            self.tr("Sổ tính Excel (*.xlsx)"),
            working=self.tr("Đang tạo báo cáo Excel…"),
            failed=self.tr("Không tạo được báo cáo Excel"),
            saved=self.tr("Đã lưu báo cáo Excel"),
            saved_text=self.tr("Đã lưu sổ tính vào {path}."),
        )

    def _save_in_background(
        self,
        write: Callable[..., None],
        caption: str,
        name: str,
        file_filter: str,
        *,
        working: str,
        failed: str,
        saved: str,
        saved_text: str,
    ) -> None:
        """Ask where, then write the report there on the thread pool (cancellable)."""
        target = self._target(caption, name, file_filter)
        if target is None:
            return
        profile = self.profile
        campaign = self.campaign_code()

        def work(ctl: TaskControl) -> Path:
            write(
                profile,
                target,
                progress=ctl.progress,
                should_cancel=ctl.should_cancel,
                campaign_code=campaign,
            )
            return target

        def done(path: object) -> None:
            inform(self, saved, saved_text.format(path=path))

        run_task(self, work, done, title=working, cancellable=True, error_title=failed)

    def ask_printer(self, printer: QPrinter) -> bool:
        """The print dialog; tests replace this."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_pdf(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_name(".pdf"))
        if not self.ask_printer(printer):
            return
        render_pdf(self._preview(), printer)


def render_pdf(document: QPdfDocument, printer: QPrinter, max_dpi: int = 300) -> None:
    """Print every page as an image (at most `max_dpi`, plenty for text on paper)."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        device_dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page > 0:
                printer.newPage()
            points: QSizeF = document.pagePointSize(page)
            viewport = painter.viewport()
            target = QSizeF(points.width() * device_dpi / 72, points.height() * device_dpi / 72)
            target.scale(QSizeF(viewport.size()), Qt.AspectRatioMode.KeepAspectRatio)
            dpi = min(device_dpi, max_dpi)
            image = document.render(
                page, QSizeF(points.width() * dpi / 72, points.height() * dpi / 72).toSize()
            )
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
