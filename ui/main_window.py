"""The main window: navigation between activities, reports, export and settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from cds_desktop import __version__
from cds_desktop.profile import Profile
from cds_desktop.text import format_date, format_number
from ui.activities_page import ActivitiesPage
from ui.app import app_icon
from ui.export_page import ExportPage, last_export_text
from ui.i18n import current_language, set_language
from ui.reports_page import ReportsPage
from ui.settings_page import SettingsPage

PAGES = ("activities", "reports", "export", "settings")


class MainWindow(QMainWindow):
    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(900, 560))
        with profile.database.session() as session:
            campaign = profile.active_campaign(session)
            self.campaign = (campaign.code, campaign.name, campaign.start_date, campaign.end_date)
        self._build()
        geometry = QSettings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)

    # --- building (again after a language change) ----------------------------------------
    def _build(self) -> None:
        identity = self.profile.identity
        self.setWindowTitle(self.tr("CĐS Desktop — {unit}").format(unit=identity.unit_name))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(200)
        self.nav.setSpacing(2)
        style = self.style()
        entries = [
            (self.tr("Hoạt động"), QStyle.StandardPixmap.SP_FileDialogDetailedView),
            (self.tr("Báo cáo"), QStyle.StandardPixmap.SP_FileDialogContentsView),
            (self.tr("Xuất gói dữ liệu"), QStyle.StandardPixmap.SP_DialogSaveButton),
            (self.tr("Cài đặt"), QStyle.StandardPixmap.SP_FileDialogInfoView),
        ]
        for text, icon in entries:
            self.nav.addItem(QListWidgetItem(style.standardIcon(icon), text))
        self.activities = ActivitiesPage(self.profile)
        self.reports = ReportsPage(self.profile)
        self.export = ExportPage(self.profile)
        self.settings = SettingsPage(self.profile)
        self.stack = QStackedWidget()
        for page in (self.activities, self.reports, self.export, self.settings):
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._show_page)
        self.activities.changed.connect(self.update_status)
        self.activities.loaded.connect(self.update_status)
        self.export.exported.connect(self.update_status)
        self.settings.language_changed.connect(self.change_language)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 8px 6px; }"
            "QListWidget#navigation::item:selected { background: #b71c1c; color: white; }"
            "QPushButton#primary { font-weight: bold; }"
        )
        self._build_menus()
        self._build_status()
        self.nav.setCurrentRow(0)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        self._action(file_menu, self.tr("Lưu mẫu Excel…"), self.activities.save_template)
        self._action(file_menu, self.tr("Nhập hoạt động từ Excel…"), self.activities.import_xlsx)
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("Xuất gói dữ liệu…"),
            lambda: self.show_page("export"),
            QKeySequence("Ctrl+E"),
        )
        self._action(file_menu, self.tr("Mở thư mục dữ liệu"), self.open_data_folder)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Thoát"), self.close, QKeySequence.StandardKey.Quit)
        activity_menu = bar.addMenu(self.tr("&Hoạt động"))
        self._action(
            activity_menu,
            self.tr("Thêm hoạt động…"),
            self.activities.add_activity,
            QKeySequence.StandardKey.New,
        )
        self._action(activity_menu, self.tr("Sửa…"), self.activities.edit_selected)
        self._action(
            activity_menu,
            self.tr("Nhân bản…"),
            self.activities.duplicate_selected,
            QKeySequence("Ctrl+D"),
        )
        self._action(activity_menu, self.tr("Xóa"), self.activities.delete_selected)
        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        self._action(help_menu, self.tr("Giới thiệu CĐS Desktop"), self.about)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_status(self) -> None:
        bar = self.statusBar()
        for child in bar.findChildren(QLabel):
            bar.removeWidget(child)
            child.deleteLater()
        identity = self.profile.identity
        code, _name, start, end = self.campaign
        self.unit_label = QLabel(f"{identity.unit_code} — {identity.unit_name}")
        self.campaign_label = QLabel(
            self.tr("Đợt {code}: {start} – {end}").format(
                code=code, start=format_date(start), end=format_date(end)
            )
        )
        self.counts_label = QLabel()
        self.export_label = QLabel()
        for label in (self.unit_label, self.campaign_label, self.counts_label):
            label.setContentsMargins(6, 0, 10, 0)
            bar.addWidget(label)
        bar.addPermanentWidget(self.export_label)
        self.update_status()

    def update_status(self) -> None:
        model = self.activities.model
        rows = model.rows
        language = current_language()
        evidence = sum(r.evidence for r in rows)
        if self.activities.loading:
            counts = self.tr("đang đọc…")
        else:
            counts = self.tr("{n} hoạt động · {e} minh chứng").format(
                n=format_number(len(rows), language), e=format_number(evidence, language)
            )
        self.counts_label.setText(counts)
        self.export_label.setText(last_export_text(self.profile))

    # --- navigation ----------------------------------------------------------------------
    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(PAGES.index(name))

    def change_language(self, language: str) -> None:
        set_language(language)
        self.activities.save_layout()
        current = self.nav.currentRow()
        old = self.centralWidget()
        self._build()
        if old is not None:
            old.deleteLater()
        self.nav.setCurrentRow(current)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.profile.paths.root)))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu"),
            self.tr(
                "<b>CĐS Desktop {version}</b><br>Ghi nhận và báo cáo các hoạt động hưởng ứng "
                "Ngày Chuyển đổi số quốc gia (10/10).<br>Thư mục dữ liệu: {folder}"
            ).format(version=__version__, folder=self.profile.paths.root),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        self.activities.save_layout()
        super().closeEvent(event)
