"""The activity editor (W2): every field of an activity, its evidence, inline validation.

The rules are the core's: the dialog sends the values to `ActivityService`, and a
`ValidationError` comes back naming the refused fields, which are then marked here.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cds_desktop import catalog
from cds_desktop.activities import ActivityService, ActivityView, SaveResult
from cds_desktop.catalog import Term
from cds_desktop.errors import FieldError, ValidationError
from cds_desktop.profile import Profile
from cds_desktop.text import format_number
from cds_desktop.validation import ActivityData, period_warnings
from ui.common import theme
from ui.common.dates import DATE_FORMAT, from_qdate, to_qdate
from ui.common.dialogs import show_error
from ui.common.i18n import current_language
from ui.common.screen_fit import restore_window, scrolling
from ui.common.tasks import TaskControl, run_task

MAX_SPIN = 2_147_483_647
WIDE_EDITOR = 980  # the evidence goes beside the fields from this width of the form on
LISTS_SIDE_BY_SIDE = 760  # below this width the channel and topic lists are stacked
EVIDENCE_HEIGHT = 260  # the evidence list's height when it is below the fields


def _allowed_labels(field: str) -> str:
    """The values a vocabulary field accepts, as the user sees them in the lists."""
    terms = {"form": catalog.forms(), "channels": catalog.channels(), "topics": catalog.topics()}
    language = current_language()
    return "; ".join(t.vi if language == "vi" else t.en for t in terms.get(field, ()))


def field_label(field: str) -> str:
    """A field as the user sees it in the program (its label), in the interface language."""
    labels = {
        "title": QCoreApplication.translate("ActivityEditor", "Tên hoạt động"),
        "form": QCoreApplication.translate("ActivityEditor", "Hình thức"),
        "start_date": QCoreApplication.translate("ActivityEditor", "Ngày bắt đầu"),
        "end_date": QCoreApplication.translate("ActivityEditor", "Ngày kết thúc"),
        "location": QCoreApplication.translate("ActivityEditor", "Địa điểm"),
        "organiser": QCoreApplication.translate("ActivityEditor", "Đơn vị chủ trì"),
        "participants": QCoreApplication.translate("ActivityEditor", "Người tham gia"),
        "reach": QCoreApplication.translate("ActivityEditor", "Lượt tiếp cận"),
        "channels": QCoreApplication.translate("ActivityEditor", "Kênh thực hiện"),
        "topics": QCoreApplication.translate("ActivityEditor", "Chủ đề"),
        "urls": QCoreApplication.translate("ActivityEditor", "Đường dẫn (URL)"),
        "description": QCoreApplication.translate("ActivityEditor", "Mô tả, kết quả"),
        "partners": QCoreApplication.translate("ActivityEditor", "Đơn vị phối hợp"),
        "url": QCoreApplication.translate("ActivityEditor", "Liên kết minh chứng"),
        "caption": QCoreApplication.translate("ActivityEditor", "Chú thích"),
        "unit_code": QCoreApplication.translate("ActivityEditor", "Mã đơn vị"),
        "unit_name": QCoreApplication.translate("ActivityEditor", "Tên đơn vị"),
    }
    return labels.get(field, field)


def field_message(error: FieldError) -> str:
    """The core's error code in the interface language, with the refused value and what
    is allowed (the core's own text as fallback)."""
    value = error.value
    messages = {
        "required": QCoreApplication.translate("ActivityEditor", "Bắt buộc phải nhập."),
        "too_long": QCoreApplication.translate(
            "ActivityEditor", "Quá dài ({value} ký tự, tối đa {allowed})."
        ),
        "bad_date": QCoreApplication.translate(
            "ActivityEditor",
            "«{value}» không phải là ngày; hãy viết dd/mm/yyyy, ví dụ 10/10/2024.",
        ),
        "bad_year": QCoreApplication.translate(
            "ActivityEditor",
            "Ngày {value} không thuộc năm {allowed} của đợt báo cáo; hãy kiểm tra lại năm.",
        ),
        "end_before_start": QCoreApplication.translate(
            "ActivityEditor", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu."
        ),
        "not_whole_number": QCoreApplication.translate(
            "ActivityEditor",
            "«{value}» không phải số nguyên không âm (viết 1500, 1.500 hoặc 1 500).",
        ),
        "too_large": QCoreApplication.translate(
            "ActivityEditor", "Số {value} quá lớn (tối đa {allowed})."
        ),
        "unknown_code": QCoreApplication.translate(
            "ActivityEditor", "«{value}» không có trong danh mục; chọn một trong: {allowed}."
        ),
        "bad_url": QCoreApplication.translate(
            "ActivityEditor",
            "«{value}» không phải địa chỉ web (phải bắt đầu bằng http:// hoặc https://).",
        ),
        "control_character": QCoreApplication.translate(
            "ActivityEditor",
            "Có ký tự điều khiển không nhìn thấy (thường lẫn vào khi dán từ chương trình "
            "khác); hãy xóa nó.",
        ),
    }
    text = messages.get(error.code)
    if text is None:
        return error.message
    allowed = _allowed_labels(error.field) if error.code == "unknown_code" else error.allowed
    if error.code == "too_large":
        allowed = format_number(int(error.allowed.replace(",", "")), current_language())
        value = format_number(int(value), current_language()) if value.isdigit() else value
    return text.format(value=value, allowed=allowed)


class TermList(QListWidget):
    """A multi-select vocabulary (channels, topics) as a list of check boxes."""

    def __init__(self, terms: tuple[Term, ...], language: str) -> None:
        super().__init__()
        for term in terms:
            item = QListWidgetItem(term.vi if language == "vi" else term.en)
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setFixedHeight(self.sizeHintForRow(0) * len(terms) + 2 * self.frameWidth() + 4)
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 4)  # no cut
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def codes(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class ActivityEditor(QDialog):
    """Add (`view` None), edit, or duplicate (`duplicate=True`) an activity."""

    def __init__(
        self,
        profile: Profile,
        view: ActivityView | None = None,
        duplicate: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.view = view
        self.editing = view is not None and not duplicate
        self.saved: SaveResult | None = None
        self.on_saved: Callable[[SaveResult], None] | None = None
        language = current_language()
        campaign = profile.campaign_view()
        self.period = campaign.period
        planned, others = campaign.planned_forms, campaign.other_forms  # issue 18
        if self.editing:
            self.setWindowTitle(self.tr("Sửa hoạt động"))
        elif duplicate:
            self.setWindowTitle(self.tr("Nhân bản hoạt động"))
        else:
            self.setWindowTitle(self.tr("Thêm hoạt động"))

        self.title = QLineEdit()
        self.form = QComboBox()
        # no preset: a form chosen by nobody would be saved unnoticed; the core refuses ""
        self.form.addItem(self.tr("— Chọn hình thức —"), "")
        terms = {t.code: t for t in catalog.forms()}
        for code in planned:  # the plan's forms first; the others after a line
            self.form.addItem(terms[code].vi if language == "vi" else terms[code].en, code)
        if others and planned:
            self.form.insertSeparator(self.form.count())
        for code in others:
            self.form.addItem(terms[code].vi if language == "vi" else terms[code].en, code)
        self.channels = TermList(catalog.channels(), language)
        self.topics = TermList(catalog.topics(), language)
        self.start_date = self._date_edit()
        self.end_date = self._date_edit()
        self.location = QLineEdit()
        self.organiser = QLineEdit()
        self.participants = self._spin()
        self.reach = self._spin()
        self.urls = QPlainTextEdit()
        self.urls.setPlaceholderText(
            self.tr("Nơi đã đăng tải hoạt động, mỗi dòng một địa chỉ: https://bvhttdl.gov.vn/…")
        )
        self.urls.setMaximumHeight(70)
        self.urls.setToolTip(
            self.tr(
                "Nơi hoạt động đã được đăng tải (bài viết, video, trang tin). Tệp, ảnh và "
                "liên kết làm bằng chứng thì thêm ở khung «Minh chứng»."
            )
        )
        self.urls.setTabChangesFocus(True)  # Tab goes on to the next field
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(90)
        self.description.setTabChangesFocus(True)
        self.partners = QLineEdit()
        self.partners.setPlaceholderText(self.tr("Các cơ quan, tổ chức phối hợp"))
        self.period_warning = QLabel()
        self.period_warning.setStyleSheet(f"color: {theme.WARNING};")
        self.period_warning.setWordWrap(True)
        # its row keeps its height while hidden: the fields below do not jump as dates change
        policy = self.period_warning.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.period_warning.setSizePolicy(policy)
        self.period_warning.hide()

        self.start_date.setAccessibleName(self.tr("Ngày bắt đầu"))
        self.end_date.setAccessibleName(self.tr("Ngày kết thúc"))
        self.channels.setAccessibleName(self.tr("Kênh thực hiện"))
        self.topics.setAccessibleName(self.tr("Chủ đề"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        dates = QHBoxLayout()
        dates.addWidget(self.start_date)
        dates.addWidget(QLabel(self.tr("đến")))
        dates.addWidget(self.end_date)
        dates.addStretch(1)
        lists = self.lists = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top = Qt.AlignmentFlag.AlignTop
        # side by side, the two boxes end on one line: the shorter list keeps blank rows
        tallest = max(self.channels.maximumHeight(), self.topics.maximumHeight())
        for term_list in (self.channels, self.topics):
            term_list.setFixedHeight(tallest)
        lists.addWidget(self._boxed(self.tr("Kênh thực hiện"), self.channels), 1, top)
        lists.addWidget(self._boxed(self.tr("Chủ đề"), self.topics), 1, top)
        rows: list[tuple[str, str, QWidget | QBoxLayout]] = [
            ("title", self.tr("Tên hoạt động: *"), self.title),
            ("form", self.tr("Hình thức: *"), self.form),
            ("start_date", self.tr("Thời gian: *"), dates),
            ("end_date", "", self.period_warning),
            ("location", self.tr("Địa điểm:"), self.location),
            ("organiser", self.tr("Đơn vị chủ trì:"), self.organiser),
            ("participants", self.tr("Người tham gia:"), self.participants),
            ("reach", self.tr("Lượt tiếp cận (xem, phát hành):"), self.reach),
            ("channels", "", lists),
            ("urls", self.tr("Đường dẫn (URL):"), self.urls),
            ("description", self.tr("Mô tả, kết quả:"), self.description),
            ("partners", self.tr("Đơn vị phối hợp:"), self.partners),
        ]
        for name, text, widget in rows:
            if isinstance(widget, QBoxLayout):
                form.addRow(text, widget)
            else:
                form.addRow(text, widget)
            self._add_error_row(form, name)
            if name == "channels":
                self._add_error_row(form, "topics")

        from cds_desktop.photos import load_photo_settings, period_flag
        from ui.unit.evidence_panel import EvidencePanel

        days_before = load_photo_settings(profile).days_before

        def photo_check(taken: dt.datetime | None) -> str:  # the core's rule, this form's date
            start, end = self.period
            day = from_qdate(self.start_date.date())
            return period_flag(taken, start, end, day, days_before)

        self.evidence = EvidencePanel(
            profile.evidence,
            view.evidence if view is not None and self.editing else [],
            photo_check=photo_check,
        )
        evidence_box = QGroupBox(self.tr("Minh chứng"))
        QVBoxLayout(evidence_box).addWidget(self.evidence)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # the evidence beside the fields when the window is wide, below them when it is
        # narrow (a laptop at 150 %); the whole form scrolls, Lưu/Hủy stay in view
        self.fields = QWidget()
        fields_layout = QVBoxLayout(self.fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)  # spare height below the fields, not between rows
        self.evidence_box = evidence_box
        body = QWidget()
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.addWidget(self.fields, 3)
        self.columns.addWidget(evidence_box, 2)
        self.scroll_area = scrolling(body)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.scroll_area, 1)
        self.main_layout.addWidget(self.buttons)

        self._load(view)
        self.start_date.dateChanged.connect(self._start_changed)
        self.end_date.dateChanged.connect(lambda _d: self._check_period())
        self._check_period()
        self._clean = self._snapshot()
        self._set_tab_order()
        restore_window(self, "editor/geometry", QSize(1200, 720))
        self._reflow()

    # --- building ------------------------------------------------------------------------
    @property
    def wide(self) -> bool:
        return self.columns.direction() == QBoxLayout.Direction.LeftToRight

    def _reflow(self) -> None:
        """Side by side when both columns fit without scrolling sideways, else stacked."""
        spacing = self.columns.spacing() + self.scroll_area.verticalScrollBar().sizeHint().width()
        needed = (
            self.fields.minimumSizeHint().width()
            + self.evidence_box.minimumSizeHint().width()
            + spacing
        )
        margins = self.contentsMargins() + self.main_layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        wide = width >= max(needed, WIDE_EDITOR)
        # the channel and topic lists side by side, or one above the other on a small screen
        side = wide or width >= LISTS_SIDE_BY_SIDE
        self.lists.setDirection(
            QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        )
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction != self.columns.direction():
            self.columns.setDirection(direction)
            self.evidence_box.setMinimumHeight(0 if wide else EVIDENCE_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _set_tab_order(self) -> None:
        """Tab follows the reading order of the form, then the evidence, then Lưu/Hủy."""
        order: list[QWidget] = [
            self.title,
            self.form,
            self.start_date,
            self.end_date,
            self.location,
            self.organiser,
            self.participants,
            self.reach,
            self.channels,
            self.topics,
            self.urls,
            self.description,
            self.partners,
            *self.evidence.tab_order(),
            self.buttons.button(QDialogButtonBox.StandardButton.Save),
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(2100, 12, 31))
        return edit

    def _spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_SPIN)
        spin.setGroupSeparatorShown(True)
        if current_language() == "vi":  # 12.000, as Vietnamese write it
            spin.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        spin.setMinimumWidth(130)
        return spin

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return box

    def _add_error_row(self, form: QFormLayout, name: str) -> None:
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setStyleSheet(f"color: {theme.ERROR};")
        label.setWordWrap(True)
        label.hide()
        self.errors[name] = label
        form.addRow("", label)

    def _load(self, view: ActivityView | None) -> None:
        if view is None:
            today = dt.date.today()
            start, end = self.period
            day = today if start <= today <= end else start
            self.start_date.setDate(to_qdate(day))
            self.end_date.setDate(to_qdate(day))
            return
        d = view.data
        self.title.setText(d.title)
        self.form.setCurrentIndex(max(0, self.form.findData(d.form)))  # 0: «— Chọn —»
        self.channels.set_codes(d.channels)
        self.topics.set_codes(d.topics)
        self.start_date.setDate(to_qdate(d.start_date))
        self.end_date.setDate(to_qdate(d.end_date))
        self.location.setText(d.location)
        self.organiser.setText(d.organiser)
        self.participants.setValue(min(d.participants, MAX_SPIN))
        self.reach.setValue(min(d.reach, MAX_SPIN))
        self.urls.setPlainText("\n".join(d.urls))
        self.description.setPlainText(d.description)
        self.partners.setText(d.partners)

    # --- values --------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        """Raw values for the core to validate."""
        return {
            "title": self.title.text(),
            "form": self.form.currentData(),
            "channels": self.channels.codes(),
            "start_date": from_qdate(self.start_date.date()),
            "end_date": from_qdate(self.end_date.date()),
            "location": self.location.text(),
            "organiser": self.organiser.text(),
            "participants": self.participants.value(),
            "reach": self.reach.value(),
            "urls": [u for u in self.urls.toPlainText().splitlines() if u.strip()],
            "description": self.description.toPlainText(),
            "topics": self.topics.codes(),
            "partners": self.partners.text(),
        }

    def _snapshot(self) -> dict[str, object]:
        return self.values()

    def is_dirty(self) -> bool:
        return self.values() != self._clean or self.evidence.is_dirty()

    def _start_changed(self, day: QDate) -> None:
        if self.end_date.date() < day:
            self.end_date.setDate(day)
        self._check_period()
        self.evidence.recheck_photos()

    def _check_period(self) -> None:
        start, end = self.period
        probe = ActivityData(
            title="",
            form="",
            start_date=from_qdate(self.start_date.date()),
            end_date=from_qdate(self.end_date.date()),
        )
        if period_warnings(probe, start, end):
            self.period_warning.setText(
                self.tr(
                    "Lưu ý: ngày nằm ngoài thời gian của đợt báo cáo ({start} – {end}). "
                    "Vẫn lưu được, nhưng hãy kiểm tra lại."
                ).format(start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}")
            )
            self.period_warning.show()
        else:
            self.period_warning.hide()

    # --- saving --------------------------------------------------------------------------
    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.hide()
        for error in errors:
            shown = self.errors.get(error.field)
            if shown is not None:
                shown.setText(field_message(error))
                shown.show()
        widgets: dict[str, QWidget] = {
            "title": self.title,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "urls": self.urls,
            "location": self.location,
        }
        for error in errors:
            if error.field in widgets:
                widgets[error.field].setFocus()
                break

    def save(self) -> None:
        service = ActivityService(self.profile)
        raw = self.values()
        files = self.evidence.new_files()
        links = self.evidence.new_links()
        removed = list(self.evidence.removed)
        captions = self.evidence.caption_changes()
        activity_id = self.view.id if self.editing and self.view is not None else None

        def work(ctl: TaskControl) -> SaveResult:
            if activity_id is None:
                return service.add(raw, files, links, progress=ctl.progress)
            result = service.edit(activity_id, raw, files, links, removed, progress=ctl.progress)
            for evidence_id, caption in captions.items():
                result = service.set_caption(activity_id, evidence_id, caption)
            return result

        self.buttons.setEnabled(False)
        run_task(
            self,
            work,
            self._saved,
            on_failure=self._failed,
            title=self.tr("Đang lưu hoạt động và minh chứng…") if files else "",
        )

    def _saved(self, result: object) -> None:
        assert isinstance(result, SaveResult)
        self.buttons.setEnabled(True)
        self.saved = result
        for label in self.errors.values():
            label.hide()
        if self.on_saved is not None:
            self.on_saved(result)
        self._clean = self.values()
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
            known = {e.field for e in exc.errors} & set(self.errors)
            if known == {e.field for e in exc.errors}:
                return
        show_error(self, self.tr("Không lưu được hoạt động"), exc)

    # --- closing -------------------------------------------------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel; tests replace this (or `QMessageBox.question`)."""
        return QMessageBox.question(
            self,
            self.tr("Chưa lưu thay đổi"),
            self.tr("Hoạt động có thay đổi chưa lưu. Lưu lại trước khi đóng?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def reject(self) -> None:
        if self.result() != QDialog.DialogCode.Accepted and self.is_dirty():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        self._clean = self.values()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        QSettings().setValue("editor/geometry", self.saveGeometry())
        super().done(result)
