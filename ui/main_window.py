"""The main window: navigation, menus and status bar.

A unit's profile shows activities, reports, export and settings (W2–W5); the IT
Centre's profile shows import, units, dashboard, master data, reports and settings
(W6–W10). Packages dropped anywhere on the centre's window are imported.

Only the start page is built with the window; each other page is built the first time it
is shown or used (`page`; the attributes `activities`, `settings`, `dashboard`… build
theirs), so the window opens without importing or building what is not on screen.

At start-up main.py builds the window from the `StartView` read before the database layer
loaded, and gives it the profile with `attach` right after its first paint; until then the
GUI thread is busy opening it, so no click can reach a page that needs the profile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from cds_desktop import __version__
from cds_desktop.packages.last_export import last_export
from cds_desktop.start_view import StartView
from cds_desktop.text import format_date, format_number
from ui.app import app_icon
from ui.common import theme
from ui.common.i18n import current_language, set_language
from ui.common.keyboard import polish_page, polish_window
from ui.common.screen_fit import restore_window, scrolling, small_screen
from ui.common.tasks import run_task
from ui.unit.activities_page import ActivitiesPage
from ui.unit.export_status import last_export_text

if TYPE_CHECKING:
    from cds_desktop.dashboard import Dashboard
    from cds_desktop.profile import Profile
    from ui.centre.dashboard_page import DashboardPage
    from ui.centre.import_page import ImportPage
    from ui.centre.master_page import MasterPage
    from ui.centre.reports_page import CentreReportsPage
    from ui.centre.units_page import UnitsPage
    from ui.common.reports_page import ReportsPage
    from ui.common.settings_page import SettingsPage
    from ui.unit.export_page import ExportPage

log = logging.getLogger(__name__)

PAGES = ("activities", "reports", "export", "settings")
CENTRE_PAGES = ("import", "units", "dashboard", "master", "reports", "settings")
MIN_WIDTH, MIN_HEIGHT = 640, 420  # 1024×768 at 150 % leaves ~680×470


class MainWindow(QMainWindow):
    def __init__(self, opened: Profile | StartView) -> None:
        """For an open profile; or, at start-up, from the start view alone (`attach`)."""
        super().__init__()
        if isinstance(opened, StartView):
            view, profile = opened, None
        else:
            view, profile = opened.start_view(), opened
        self.view = view
        self.identity = view.identity
        self.is_centre = view.identity.is_centre
        self.campaign = view.campaign
        self.centre_totals: Dashboard | None = None  # the dashboard's figures, for the status bar
        self._profile: Profile | None = None
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(MIN_WIDTH, MIN_HEIGHT))
        self._build()
        restore_window(self, "main/geometry", QSize(1280, 780))
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)  # Ctrl+F
        if profile is not None:
            self.attach(profile)

    @property
    def profile(self) -> Profile:
        """The open profile, from `attach` on."""
        if self._profile is None:
            raise RuntimeError("the main window has no open profile yet")
        return self._profile

    @property
    def attached(self) -> bool:
        return self._profile is not None

    def attach(self, profile: Profile) -> None:
        """The open profile: the start page loads the rest of its data and may change it."""
        self._profile = profile
        if self.is_centre:
            if self.built("import"):
                self.import_page.attach(profile)
            self._reload_centre_totals()
        elif self.built("activities"):
            self.activities.attach(profile)
        self.update_status()

    # --- building (again after a language change) ----------------------------------------
    def _build(self) -> None:
        self._polished = False
        identity = self.identity
        # the system adds " — CĐS Desktop" (the application's display name) itself
        self.setWindowTitle(identity.unit_name)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        if self.is_centre:
            self._build_centre_pages()
        else:
            self._build_unit_pages()
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.nav)
        layout.addWidget(scrolling(self.stack), 1)
        self.setCentralWidget(body)
        self.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 8px 6px; }"
            "QPushButton#primary { font-weight: bold; }" + theme.style_sheet()
        )
        self._fit_navigation()  # after the style sheet: its font and padding count
        self._build_menus()
        self._build_status()
        self.nav.setCurrentRow(0)
        self.nav.setAccessibleName(self.tr("Các trang"))
        polish_window(self)  # Alt letters and accessible names, in the language shown
        self._polished = True

    def _fit_navigation(self) -> None:
        """200 px wide, or just as wide as its names on a small screen."""
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.ensurePolished()
        needed = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 16
        small = small_screen(self)
        self.nav.setWordWrap(small)  # a long name takes two lines rather than being cut
        self.nav.setFixedWidth(min(200, needed) if small else max(200, needed))

    def _add_nav(self, entries: list[tuple[str, str]]) -> None:
        for text, name in entries:
            self.nav.addItem(QListWidgetItem(theme.icon(name), text))

    def _build_unit_pages(self) -> None:
        self.page_names: tuple[str, ...] = PAGES
        self.setAcceptDrops(False)
        entries = [
            (self.tr("Hoạt động"), "activities"),
            (self.tr("Báo cáo"), "reports"),
            (self.tr("Xuất gói dữ liệu"), "export"),
            (self.tr("Cài đặt"), "settings"),
        ]
        self._add_nav(entries)
        self._empty_stack()
        self.nav.currentRowChanged.connect(self._show_page)

    def _build_centre_pages(self) -> None:
        self.page_names = CENTRE_PAGES
        self.setAcceptDrops(True)
        self._add_nav(
            [
                (self.tr("Nhập gói"), "import"),
                (self.tr("Đơn vị"), "units"),
                (self.tr("Tổng quan"), "dashboard"),
                (self.tr("Dữ liệu tổng hợp"), "master"),
                (self.tr("Báo cáo"), "reports"),
                (self.tr("Cài đặt"), "settings"),
            ]
        )
        self._empty_stack()
        self.nav.currentRowChanged.connect(self._show_page)

    # --- pages, each built when first shown (issue 14: the window opens sooner) ----------
    def _empty_stack(self) -> None:
        """One empty stand-in per page; `page` puts the page in its place when needed."""
        self._pages: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        for _name in self.page_names:
            self.stack.addWidget(QWidget())

    def built(self, name: str) -> bool:
        return name in self._pages

    def page(self, name: str) -> QWidget:
        """The page `name`, built (with its Alt letters and accessible names) on first use."""
        made = self._pages.get(name)
        if made is not None:
            return made
        index = self.page_names.index(name)
        made = self._make_centre_page(name) if self.is_centre else self._make_page(name)
        self._pages[name] = made
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, made)
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        if self._polished:  # else polish_window does it with the rest of the window
            polish_page(self, made)
        return made

    def _make_page(self, name: str) -> QWidget:
        if name == "activities":
            activities = ActivitiesPage(self._profile or self.view)
            activities.changed.connect(self.update_status)
            activities.loaded.connect(self.update_status)
            return activities
        if name == "reports":
            from ui.common.reports_page import ReportsPage

            return ReportsPage(self.profile)
        if name == "export":
            from ui.unit.export_page import ExportPage

            export = ExportPage(self.profile)
            export.exported.connect(self.update_status)
            return export
        return self._make_settings()

    def _make_settings(self) -> QWidget:
        from ui.common.settings_page import SettingsPage

        settings = SettingsPage(self.profile)
        settings.language_changed.connect(self.change_language)
        settings.campaign_changed.connect(self.reload_campaign)
        return settings

    def _make_centre_page(self, name: str) -> QWidget:
        if name == "import":
            from ui.centre.import_page import ImportPage

            import_page = ImportPage(self._profile)
            import_page.imported.connect(self._after_import)
            return import_page
        if name == "units":
            from ui.centre.units_page import UnitsPage

            units = UnitsPage(self.profile)
            units.changed.connect(self._reload_centre_totals)
            return units
        if name == "dashboard":
            from ui.centre.dashboard_page import DashboardPage

            dashboard = DashboardPage(self.profile)
            dashboard.loaded.connect(self._centre_totals_loaded)
            return dashboard
        if name == "master":
            from ui.centre.master_page import MasterPage

            return MasterPage(self.profile)
        if name == "reports":
            from ui.centre.reports_page import CentreReportsPage

            return CentreReportsPage(self.profile)
        return self._make_settings()

    @property
    def activities(self) -> ActivitiesPage:
        return cast(ActivitiesPage, self.page("activities"))

    @property
    def reports(self) -> ReportsPage:
        if self.is_centre:
            return self.centre_reports.report
        return cast("ReportsPage", self.page("reports"))

    @property
    def export(self) -> ExportPage:
        return cast("ExportPage", self.page("export"))

    @property
    def settings(self) -> SettingsPage:
        return cast("SettingsPage", self.page("settings"))

    @property
    def import_page(self) -> ImportPage:
        return cast("ImportPage", self.page("import"))

    @property
    def units(self) -> UnitsPage:
        return cast("UnitsPage", self.page("units"))

    @property
    def dashboard(self) -> DashboardPage:
        return cast("DashboardPage", self.page("dashboard"))

    @property
    def master(self) -> MasterPage:
        return cast("MasterPage", self.page("master"))

    @property
    def centre_reports(self) -> CentreReportsPage:
        return cast("CentreReportsPage", self.page("reports"))

    def _reload_centre_totals(self) -> None:
        """The status bar's figures: from the dashboard page once it is built (it reads
        them whenever it is shown), until then read here in the background."""
        if self.built("dashboard"):
            self.dashboard.reload()
            return
        profile = self.profile

        def work(_control: object) -> object:
            from cds_desktop.dashboard import load_dashboard

            return load_dashboard(profile)

        def failed(exc: BaseException) -> None:  # the dashboard page shows the error
            log.warning("could not read the status bar's totals: %s", exc)

        run_task(self, work, self._centre_totals_loaded, on_failure=failed)

    def _centre_totals_loaded(self, dashboard: object) -> None:
        self.centre_totals = cast("Dashboard", dashboard)
        self.update_status()

    def _after_import(self, _results: list[object]) -> None:
        """Everything that shows master data is read again (pages not built yet read it
        when they are)."""
        self._reload_centre_totals()
        if self.built("units"):
            self.units.reload()
        if self.built("master"):
            self.master.mark_stale()
            self.master.refresh()
        if self.built("reports"):
            self.centre_reports.log.reload()

    def import_paths(self, paths: list[Path]) -> None:
        self.show_page("import")
        self.import_page.import_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from ui.centre.import_page import dropped_paths

        if self.is_centre and dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from ui.centre.import_page import dropped_paths

        paths = dropped_paths(event) if self.is_centre else []
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        if self.is_centre:
            self._build_centre_menus()
            return
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

    def _import_files(self) -> None:
        self.show_page("import")
        self.import_page.choose_files()

    def _import_folder(self) -> None:
        self.show_page("import")
        self.import_page.choose_folder()

    def _build_centre_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        self._action(
            file_menu,
            self.tr("Nhập các gói…"),
            self._import_files,
            QKeySequence("Ctrl+I"),
        )
        self._action(
            file_menu,
            self.tr("Nhập cả thư mục…"),
            self._import_folder,
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("Xuất danh sách đơn vị chưa gửi…"),
            lambda: self.units.export_not_reported(),
        )
        self._action(file_menu, self.tr("Mở thư mục dữ liệu"), self.open_data_folder)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Thoát"), self.close, QKeySequence.StandardKey.Quit)
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
        identity = self.identity
        code, start, end = self.campaign.code, self.campaign.start_date, self.campaign.end_date
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
            label.setMinimumWidth(60)  # cut short rather than widen a small screen's window
            label.setToolTip(label.text())  # the whole text when it is cut short
            bar.addWidget(label)
        self.export_label.setMinimumWidth(60)
        bar.addPermanentWidget(self.export_label)
        self.update_status()

    def update_status(self) -> None:
        if self.is_centre:
            self._update_centre_status()
            return
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
        exported = self.view.last_export
        if self._profile is not None:
            exported = last_export(self._profile.get_setting)
        self.export_label.setText(last_export_text(exported))

    def _update_centre_status(self) -> None:
        language = current_language()
        dashboard = self.centre_totals
        if dashboard is None:
            self.counts_label.setText(self.tr("đang đọc…"))
        else:
            self.counts_label.setText(
                self.tr("{r}/{u} đơn vị đã gửi · {n} hoạt động · {e} minh chứng").format(
                    r=format_number(dashboard.units_reported, language),
                    u=format_number(dashboard.units_expected, language),
                    n=format_number(dashboard.totals.activities, language),
                    e=format_number(dashboard.totals.evidence, language),
                )
            )
        self.export_label.setText("")

    # --- navigation ----------------------------------------------------------------------
    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self.page_names[row])
        self.stack.setCurrentWidget(page)
        for n in range(self.stack.count()):  # only the page on screen sets the minimum size
            other = self.stack.widget(n)
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            if other is not None:
                other.setSizePolicy(policy, policy)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the page on screen, its text selected."""
        search = getattr(self.stack.currentWidget(), "search", None)
        if isinstance(search, QLineEdit):
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(self.page_names.index(name))

    def change_language(self, language: str) -> None:
        set_language(language)
        if not self.is_centre:
            self.activities.save_layout()
        current = self.nav.currentRow()
        old = self.centralWidget()
        self._build()
        if old is not None:
            old.deleteLater()
        self.nav.setCurrentRow(current)

    def reload_campaign(self) -> None:
        """A plan made another campaign the active one: every page shows it."""
        self.campaign = self.profile.campaign_view()
        self.change_language(current_language())

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
        if self.is_centre:
            if self.built("import"):
                self.import_page.broker.close()
        else:
            self.activities.save_layout()
        super().closeEvent(event)
