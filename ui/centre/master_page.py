"""The merged master data at the centre: every unit's activities, read-only, with a unit
filter, search, and the selected activity's details and evidence (thumbnails, open)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cds_desktop import catalog
from cds_desktop.activities import ActivityService, ActivityView
from cds_desktop.profile import Profile
from cds_desktop.reports.signature_status import (
    ALTERED,
    UNREADABLE,
    UNSIGNED,
    ReportSignature,
    SignatureCache,
    SignerInfo,
    is_pdf,
)
from cds_desktop.text import format_date, format_number
from cds_desktop.units import UnitService, UnitView
from cds_desktop.views import ActivityRow
from ui.centre.duplicates_view import DuplicatesView
from ui.centre.master_model import UNIT_COLUMN, MasterActivityModel
from ui.common import theme
from ui.common.empty_state import EmptyState
from ui.common.i18n import current_language
from ui.common.list_view import list_view, sortable, title_width
from ui.common.screen_fit import small_screen
from ui.common.tasks import TaskControl, run_task
from ui.unit.activity_model import COLUMNS, search_key
from ui.unit.evidence_panel import EvidencePanel

COLUMN_WIDTHS = {
    "title": 300,
    "form": 150,
    "start_date": 92,
    "end_date": 92,
    "location": 120,
    "participants": 100,
    "reach": 100,
    "evidence": 80,
}


class ActivityDetail(QWidget):
    """Every field of one activity and its evidence; nothing can be changed here."""

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self.language = current_language()
        self.title = QLabel(self.tr("Chọn một hoạt động để xem chi tiết."))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.fields: dict[str, QLabel] = {}
        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "unit": self.tr("Đơn vị:"),
            "form": self.tr("Hình thức:"),
            "dates": self.tr("Thời gian:"),
            "location": self.tr("Địa điểm:"),
            "organiser": self.tr("Đơn vị chủ trì:"),  # the editor's term
            "participants": self.tr("Người tham gia:"),
            "reach": self.tr("Lượt tiếp cận:"),
            "channels": self.tr("Kênh thực hiện:"),
            "topics": self.tr("Chủ đề:"),
            "urls": self.tr("Đường dẫn:"),
            "partners": self.tr("Đơn vị phối hợp:"),
            "description": self.tr("Mô tả:"),
            "revision": self.tr("Phiên bản:"),
        }
        for name, text in labels.items():
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            value.setOpenExternalLinks(name == "urls")
            self.fields[name] = value
            form.addRow(text, value)
        self.evidence_title = QLabel(self.tr("Minh chứng"))
        self.evidence_title.setStyleSheet("font-weight: bold;")
        self.evidence_box = QVBoxLayout()
        self.evidence: EvidencePanel | None = None
        self.signatures = SignatureMarks(self)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.title)
        inner.addLayout(form)
        inner.addWidget(self.evidence_title)
        inner.addLayout(self.evidence_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.show_activity(None)

    def show_activity(self, view: ActivityView | None, unit_name: str = "") -> None:
        if self.evidence is not None:
            self.evidence.setParent(None)
            self.evidence.deleteLater()
            self.evidence = None
        for label in self.fields.values():
            label.clear()
        self.evidence_title.setVisible(view is not None)
        for label in self.fields.values():
            self.form.setRowVisible(label, view is not None)
        if view is None:
            self.title.setText(self.tr("Chọn một hoạt động để xem chi tiết."))
            return
        d = view.data
        lang = self.language
        self.title.setText(d.title)
        f = self.fields
        f["unit"].setText(f"{view.unit_code} — {unit_name}" if unit_name else view.unit_code)
        f["form"].setText(catalog.label(catalog.forms(), d.form, lang))
        dates = format_date(d.start_date)
        if d.end_date != d.start_date:
            dates += f" – {format_date(d.end_date)}"
        f["dates"].setText(dates)
        f["location"].setText(d.location)
        f["organiser"].setText(d.organiser)
        f["participants"].setText(format_number(d.participants, lang))
        f["reach"].setText(format_number(d.reach, lang))
        f["channels"].setText(
            ", ".join(catalog.label(catalog.channels(), c, lang) for c in d.channels)
        )
        f["topics"].setText(", ".join(catalog.label(catalog.topics(), t, lang) for t in d.topics))
        f["urls"].setText("<br>".join(f'<a href="{_escape(u)}">{_escape(u)}</a>' for u in d.urls))
        f["partners"].setText(d.partners)
        f["description"].setText(d.description)
        f["revision"].setText(str(view.revision))
        for name, label in f.items():  # no empty labels; a first version is not news
            shown = bool(label.text()) and not (name == "revision" and view.revision <= 1)
            self.form.setRowVisible(label, shown)
        self.evidence = EvidencePanel(self.profile.evidence, view.evidence, read_only=True)
        self.evidence.setMinimumHeight(180)
        self.evidence_box.addWidget(self.evidence)
        self.signatures.mark(self.evidence)


class SignatureMarks(QObject):
    """Beside each PDF evidence file of the shown activity (a unit's report): whether it is
    digitally signed and by whom (issue 20), added to its line in the evidence list;
    checked on a worker and remembered for the session."""

    def __init__(self, detail: ActivityDetail) -> None:
        super().__init__(detail)
        self.detail = detail
        self.profile = detail.profile
        self.cache = SignatureCache()
        self.found: dict[str, ReportSignature] = {}

    def mark(self, panel: EvidencePanel) -> None:
        rows = {
            row: entry.stored.sha256
            for row, entry in enumerate(panel.entries)
            if entry.stored is not None
            and entry.stored.kind == "file"
            and entry.stored.sha256
            and is_pdf(entry.stored.filename, entry.stored.media_type)
        }
        self.found = {}
        if not rows:
            return
        names = {row: panel.list.item(row).text() for row in rows}
        self._show(panel, rows, names)
        profile, cache = self.profile, self.cache
        wanted = sorted(set(rows.values()))

        def work(_ctl: TaskControl) -> dict[str, ReportSignature]:
            from cds_desktop.reports.signature_status import (
                check_stored_pdf,
                configured_trust_roots,
            )

            roots = configured_trust_roots(profile)
            return {sha: check_stored_pdf(profile.evidence, sha, roots, cache) for sha in wanted}

        def done(result: dict[str, ReportSignature]) -> None:
            if self.detail.evidence is panel:  # still the same activity
                self.found = result
                self._show(panel, rows, names)

        def failed(exc: BaseException) -> None:  # e.g. the evidence folder unreadable
            if self.detail.evidence is panel:
                self.found = {sha: ReportSignature(UNREADABLE, reason="damaged") for sha in wanted}
                self._show(panel, rows, names)

        run_task(self.detail, work, done, on_failure=failed)

    def _show(self, panel: EvidencePanel, rows: dict[int, str], names: dict[int, str]) -> None:
        for row, sha in rows.items():
            status = self.found.get(sha)
            item = panel.list.item(row)
            line = self.describe(status)
            item.setText(f"{names[row]}\n{line}")
            item.setToolTip(f"{panel.entries[row].name}\n{line}")
            colour = {ALTERED: theme.ERROR, UNREADABLE: theme.WARNING}.get(
                status.state if status is not None else ""
            )
            if colour is not None:
                item.setForeground(QColor(colour))

    def describe(self, status: ReportSignature | None) -> str:
        """One status in words."""
        if status is None:
            return self.tr("Chữ ký số: đang kiểm tra…")
        if status.state == UNSIGNED:
            return self.tr("Chữ ký số: chưa ký số")
        if status.state == UNREADABLE:
            reasons = {
                "missing": self.tr("tệp không có trong kho minh chứng"),
                "too_large": self.tr("tệp quá lớn, không kiểm tra"),
                "not_pdf": self.tr("không phải tệp PDF"),
                "too_slow": self.tr("kiểm tra quá lâu, đã dừng"),
            }
            reason = reasons.get(status.reason, self.tr("tệp PDF bị hỏng"))
            return self.tr("Chữ ký số: không đọc được ({reason})").format(reason=reason)
        signers = "; ".join(self._signer(s) for s in status.signers)
        if status.state == ALTERED:
            return self.tr("✘ Có chữ ký số của {signers} nhưng tệp đã bị sửa sau khi ký").format(
                signers=signers
            )
        if status.trusted:
            return self.tr("✔ Đã ký số bởi {signers}; nguyên vẹn; chứng thư số tin cậy").format(
                signers=signers
            )
        return self.tr(
            "✔ Đã ký số bởi {signers}; nguyên vẹn; chứng thư số chưa được tin cậy (không "
            "dẫn tới chứng thư gốc nào trong thư mục trust-roots)"
        ).format(signers=signers)

    def _signer(self, signer: SignerInfo) -> str:
        text = signer.name or self.tr("(không rõ tên)")
        if signer.organisation:
            text += f" ({signer.organisation})"
        when = _signing_time(signer.signing_time)
        if when:
            text += " " + self.tr("lúc {time}").format(time=when)
        return text


def _signing_time(iso: str) -> str:
    """dd/mm/yyyy HH:MM:SS of the time the signature claims, in this computer's time zone."""
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M:%S")
    except ValueError:
        return iso


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


class MasterPage(QWidget):
    loaded = Signal()

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self.service = ActivityService(profile)
        self.language = current_language()
        self.loading = False
        self._stale = False
        self.unit_names: dict[str, str] = {}

        title = QLabel(self.tr("Dữ liệu tổng hợp của các đơn vị"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        note = QLabel(
            self.tr("Chỉ xem: dữ liệu của mỗi đơn vị chỉ thay đổi khi nhập gói mới của đơn vị đó.")
        )
        note.setStyleSheet("color: #555;")
        note.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên, địa điểm… (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.unit_filter = QComboBox()  # long unit names: as narrow as the screen needs
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_filter.setMinimumContentsLength(16)
        self.unit_filter.addItem(self.tr("Tất cả đơn vị"), None)
        self.form_filter = QComboBox()
        self.form_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.form_filter.setMinimumContentsLength(12)
        self.unit_filter.setAccessibleName(self.tr("Lọc theo đơn vị"))
        self.form_filter.setAccessibleName(self.tr("Lọc theo hình thức"))
        self.form_filter.addItem(self.tr("Tất cả hình thức"), None)
        for term in catalog.forms():
            self.form_filter.addItem(term.vi if self.language == "vi" else term.en, term.code)
        self.flagged_ids: set[str] = set()
        self.photo_filter = QCheckBox(self.tr("Ảnh chụp ngoài thời gian của đợt"))
        self.photo_filter.setToolTip(
            self.tr(
                "Chỉ hiện hoạt động có ảnh minh chứng chụp ngoài thời gian của đợt hoặc "
                "quá sớm so với ngày hoạt động (theo thời điểm chụp ghi trong ảnh)."
            )
        )
        self.photo_filter.toggled.connect(lambda _on: self._apply_photo_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.unit_filter, 2)
        filters.addWidget(self.form_filter, 1)
        self.photo_count = QLabel()
        photo_row = QHBoxLayout()  # a row of its own: the filters fit a small laptop
        photo_row.addWidget(self.photo_filter)
        photo_row.addWidget(self.photo_count)
        photo_row.addStretch(1)

        self.model = MasterActivityModel(self.language)
        self.table = list_view(
            self.model, [COLUMN_WIDTHS[c] for c in COLUMNS], single_selection=True, row_height=26
        )
        self.table.setAccessibleName(self.tr("Dữ liệu tổng hợp"))
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(UNIT_COLUMN, max(90, title_width(self.table, UNIT_COLUMN)))
        header.moveSection(UNIT_COLUMN, 0)  # the unit first, as the reports list it
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        newest_first = Qt.SortOrder.DescendingOrder
        sortable(self.table, self.model.sort, COLUMNS.index("start_date"), newest_first)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.count_label = QLabel()

        self.detail = ActivityDetail(profile)
        splitter = self.splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 420])
        if small_screen(self):  # a laptop at 125–150 %: the detail below the table
            splitter.setOrientation(Qt.Orientation.Vertical)

        activities = QWidget()
        activities_layout = QVBoxLayout(activities)
        activities_layout.setContentsMargins(0, 0, 0, 0)
        activities_layout.addLayout(filters)
        activities_layout.addLayout(photo_row)
        activities_layout.addWidget(splitter, 1)
        self.duplicates = DuplicatesView(profile)  # issue 19: reused photos
        self.tabs = QTabWidget()
        self.tabs.addTab(activities, self.tr("Hoạt động"))
        self.tabs.addTab(self.duplicates, self.tr("Ảnh dùng lại"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        self.empty_state = EmptyState(
            self.tr("Chưa có dữ liệu của đơn vị nào"),
            self.tr(
                "Dữ liệu tổng hợp là các hoạt động trong những gói đã nhập, chỉ để xem. "
                "Nhập gói dữ liệu của các đơn vị ở trang «Nhập gói»."
            ),
            icon="master",
        )
        self.empty_state.hide()
        layout.addWidget(self.empty_state, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.form_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.unit_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_unit(self.unit_filter.currentData())
        )
        self.model.filtered.connect(self._update_count)
        self.model.set_sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.reload()

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        if self.loading:
            self._stale = True
            return
        self.loading = True
        service = self.service
        units = UnitService(self.profile)

        profile = self.profile

        def work(
            _ctl: TaskControl,
        ) -> tuple[list[ActivityRow], list[str], list[UnitView], set[str]]:
            from cds_desktop.reports.report_data import load_flagged_photos

            rows = service.list_rows()
            flagged = {p.activity_id for p in load_flagged_photos(profile)}
            return rows, [search_key(r) for r in rows], units.list_units(), flagged

        def done(result: tuple[list[ActivityRow], list[str], list[UnitView], set[str]]) -> None:
            rows, keys, unit_list, flagged = result
            self.loading = False
            self.flagged_ids = flagged
            self.photo_count.setText(f"({len(flagged)})")  # the box keeps its Alt letter
            self._apply_photo_filter()
            self.unit_names = {u.code: u.name for u in unit_list}
            self.model.unit_names = self.unit_names
            self._fill_units(unit_list, {r.unit_code for r in rows})
            selected = self.selected_id()
            self.model.set_rows(rows, keys)
            if selected is not None:
                row = self.model.row_of(selected)
                if row is not None:
                    self.table.selectRow(row)
            self.loaded.emit()
            if self._stale:
                self._stale = False
                self.reload()

        def failed(exc: BaseException) -> None:
            self.loading = False
            from ui.common.dialogs import show_error

            show_error(self, self.tr("Không đọc được dữ liệu tổng hợp"), exc)

        run_task(self, work, done, on_failure=failed)

    def refresh(self) -> None:
        """Called when the page is shown: read again only after an import changed data."""
        if self._stale and not self.loading:
            self._stale = False
            self.reload()

    def mark_stale(self) -> None:
        self._stale = True
        self.duplicates.mark_stale()

    def _fill_units(self, units: list[UnitView], with_data: set[str]) -> None:
        current = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Tất cả đơn vị"), None)
        for unit in units:
            if unit.code in with_data:
                self.unit_filter.addItem(f"{unit.code} — {unit.name}", unit.code)
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(current)))
        self.unit_filter.blockSignals(False)
        self.model.set_unit(self.unit_filter.currentData())

    def _apply_photo_filter(self) -> None:
        self.model.set_only(self.flagged_ids if self.photo_filter.isChecked() else None)

    def apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), self.form_filter.currentData())

    def _update_count(self) -> None:
        self.count_label.setText(self.model.count_text())
        empty = self.model.total == 0 and not self.loading
        self.empty_state.setVisible(empty)  # instead of blank grids and details
        self.tabs.setVisible(not empty)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        selected = self.selected_id()
        if selected is None:
            self.detail.show_activity(None)
            return
        view = self.service.get(selected)
        self.detail.show_activity(view, self.unit_names.get(view.unit_code, ""))
