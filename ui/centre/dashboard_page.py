"""The centre's dashboard (W9): totals and QtCharts charts by form, by unit and over the
campaign period; refreshed after each import."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cds_desktop import catalog
from cds_desktop.dashboard import DAY, WEEK, Bar, Dashboard, load_dashboard
from cds_desktop.profile import Profile
from cds_desktop.text import format_date, format_number, short_unit_name
from ui.common import theme
from ui.common.empty_state import EmptyState
from ui.common.i18n import current_language
from ui.common.tasks import TaskControl, run_task

BAR_COLOUR = theme.ACCENT  # red is for errors
CARDS = ("units", "activities", "participants", "reach", "evidence")
CARD_WIDTH = 190  # at least, for a card's number
WIDE_CHARTS = 1500  # from this width of the page on, the three charts share one row
SLIDE_WIDTH = 1600  # a chart saved as a picture is at least this many pixels wide


class Card(QFrame):
    """A big number with its caption."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setStyleSheet(
            "QFrame#card { background: white; border: 1px solid #ddd; border-radius: 6px; }"
        )
        self.value = QLabel("—")
        self.value.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {theme.TEXT};")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #555;")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    title_font = chart.titleFont()
    title_font.setBold(True)
    title_font.setPointSize(title_font.pointSize() + 1)
    chart.setTitleFont(title_font)
    return chart


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = _new_chart(title)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(300)
    return chart, view


def save_chart(view: QChartView, path: Path) -> bool:
    """The chart as a PNG sharp enough for a slide (at least `SLIDE_WIDTH` pixels wide,
    drawn again at that scale rather than enlarged), on white."""
    scale = max(2.0, SLIDE_WIDTH / max(1, view.width()))
    picture = QPixmap(round(view.width() * scale), round(view.height() * scale))
    picture.setDevicePixelRatio(scale)
    picture.fill(Qt.GlobalColor.white)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.render(painter)
    painter.end()
    return picture.save(str(path), "PNG")


def _free_name(folder: Path, stem: str) -> Path:
    """`stem.png` in the folder, or `stem (2).png`… when that name is taken (NFC)."""
    stem = unicodedata.normalize("NFC", stem)
    path, n = folder / f"{stem}.png", 1
    while path.exists():
        n += 1
        path = folder / f"{stem} ({n}).png"
    return path


def _replace_chart(view: QChartView, old: QChart) -> QChart:
    """A fresh chart in the view: QtCharts leaves ghosts of axes removed from a chart."""
    chart = _new_chart(old.title())
    view.setChart(chart)
    old.deleteLater()
    return chart


def _value_axis(largest: int) -> QValueAxis:
    """Whole-number ticks at a round step (1, 2, 5, 10, 20, 50…), from 0 to a little above
    the largest bar."""
    magnitude = 1
    while True:
        step = next((m * magnitude for m in (1, 2, 5) if largest / (m * magnitude) <= 6), 0)
        if step:
            break
        magnitude *= 10
    top = max(step, (int(largest * 1.15) // step + 1) * step)  # room for the value labels
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


class DashboardPage(QWidget):
    """Emits `loaded(dashboard)` after every refresh (the status bar shows the totals)."""

    loaded = Signal(object)

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self.language = current_language()
        self.dashboard: Dashboard | None = None
        self.time_points: list[tuple[dt.date, int]] = []
        self.loading = False
        self._again = False

        title = QLabel(self.tr("Tổng quan đợt hưởng ứng"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.save_button = QPushButton(theme.icon("picture"), self.tr("Lưu biểu đồ thành ảnh…"))
        self.save_button.setToolTip(
            self.tr("Lưu ba biểu đồ thành ảnh PNG (để đưa vào bài trình chiếu).")
        )
        self.save_button.clicked.connect(self.save_charts)
        title.setWordWrap(True)  # a narrow screen: the button keeps its room
        title_row = QHBoxLayout()
        title_row.addWidget(title, 1)
        title_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        self.period = QLabel()
        self.period.setStyleSheet("color: #555;")
        self.period.setWordWrap(True)  # a narrow screen: two lines, no sideways scrolling
        captions = {
            "units": self.tr("đơn vị đã gửi / tổng số"),
            "activities": self.tr("hoạt động"),
            "participants": self.tr("người tham gia"),
            "reach": self.tr("lượt tiếp cận"),
            "evidence": self.tr("minh chứng"),
        }
        self.cards = {name: Card(captions[name]) for name in CARDS}
        cards = self.cards_grid = QGridLayout()
        self.card_columns = 0
        self._place_cards(len(CARDS))

        self.form_chart, self.form_view = _chart(self.tr("Hoạt động theo hình thức"))
        self.unit_chart, self.unit_view = _chart(self.tr("Hoạt động theo đơn vị"))
        self.time_chart, self.time_view = _chart(self.tr("Hoạt động theo thời gian"))
        for view in (self.form_view, self.unit_view, self.time_view):
            save_one = QAction(theme.icon("picture"), self.tr("Lưu biểu đồ này thành ảnh…"), view)
            save_one.triggered.connect(lambda _c=False, v=view: self.save_chart_as(v))
            view.addAction(save_one)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("Biểu đồ thời gian theo ngày hoặc tuần"))
        self.step.addItem(self.tr("Theo ngày"), DAY)
        self.step.addItem(self.tr("Theo tuần"), WEEK)
        self.step.currentIndexChanged.connect(lambda _i: self._draw_timeline())
        self.step_label = QLabel(self.tr("Biểu đồ thời gian:"))
        self.outside = QLabel()
        self.outside.setStyleSheet("color: #b34700;")
        time_bar = QHBoxLayout()
        time_bar.addWidget(self.step_label)
        time_bar.addWidget(self.step)
        time_bar.addWidget(self.outside, 1)
        self.empty = EmptyState(
            self.tr("Chưa có hoạt động nào"),
            self.tr(
                "Nhập gói dữ liệu của các đơn vị ở trang «Nhập gói»: số liệu và biểu đồ "
                "hiện ra ở đây."
            ),
            icon="dashboard",
        )
        self.empty.hide()

        grid = self.chart_grid = QGridLayout()
        self.time_bar = time_bar
        self.charts_in_a_row: bool | None = None
        self._place_charts(False)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(title_row)
        layout.addWidget(self.period)
        layout.addLayout(cards)
        self.targets = QLabel()  # units against their targets (issue 18)
        self.targets.setObjectName("targets")
        self.targets.setWordWrap(True)
        self.targets.hide()
        layout.addWidget(self.targets)
        layout.addWidget(self.empty)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()

    def _place_cards(self, columns: int) -> None:
        """The cards in `columns` columns (five in a row on a wide screen)."""
        if columns == self.card_columns:
            return
        for name in CARDS:
            self.cards_grid.removeWidget(self.cards[name])
        for n, name in enumerate(CARDS):
            self.cards_grid.addWidget(self.cards[name], n // columns, n % columns)
        for column in range(len(CARDS)):
            self.cards_grid.setColumnStretch(column, 1 if column < columns else 0)
        self.card_columns = columns

    def _place_charts(self, in_a_row: bool) -> None:
        """The three charts side by side on a wide window (each keeps room for its unit
        names), else by form and by unit above the period chart, reached by scrolling."""
        if in_a_row == self.charts_in_a_row:
            return
        grid = self.chart_grid
        for view in (self.form_view, self.unit_view, self.time_view):
            grid.removeWidget(view)
        grid.removeItem(self.time_bar)
        if in_a_row:
            grid.addWidget(self.form_view, 1, 0)
            grid.addWidget(self.unit_view, 1, 1)
            grid.addLayout(self.time_bar, 0, 2)
            grid.addWidget(self.time_view, 1, 2)
            stretches = (1, 1, 1)
        else:
            grid.addWidget(self.form_view, 0, 0)
            grid.addWidget(self.unit_view, 0, 1)
            grid.addLayout(self.time_bar, 1, 0, 1, 2)
            grid.addWidget(self.time_view, 2, 0, 1, 2)
            stretches = (1, 1, 0)
        for column, stretch in enumerate(stretches):
            grid.setColumnStretch(column, stretch)
        self.charts_in_a_row = in_a_row

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fewer cards in a row on a narrow screen, rather than scrolling sideways."""
        super().resizeEvent(event)
        self._place_charts(event.size().width() >= WIDE_CHARTS)
        widest = max(card.sizeHint().width() for card in self.cards.values())
        fit = (event.size().width() - 40) // (max(widest, CARD_WIDTH) + 8)
        self._place_cards(max(1, min(len(CARDS), fit)))

    # --- charts as pictures --------------------------------------------------------------
    def _chart_views(self) -> list[QChartView]:
        return [self.form_view, self.unit_view, self.time_view]

    def _picture_stem(self, view: QChartView) -> str:
        code = self.dashboard.campaign.code if self.dashboard is not None else ""
        title = view.chart().title()
        return f"{code} - {title}" if code else title

    def _start_folder(self) -> str:
        folder = QSettings().value("dashboard/pictures")
        return folder if isinstance(folder, str) and folder else str(Path.home())

    def save_charts(self) -> None:
        """The three charts as PNG files in a folder the officer chooses."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục lưu ảnh biểu đồ"), self._start_folder()
        )
        if not folder:
            return
        QSettings().setValue("dashboard/pictures", folder)
        saved = []
        for view in self._chart_views():
            path = _free_name(Path(folder), self._picture_stem(view))
            if not save_chart(view, path):
                self._save_failed(path)
                return
            saved.append(path.name)
        from ui.common.dialogs import inform

        inform(
            self,
            self.tr("Đã lưu ảnh biểu đồ"),
            self.tr("Đã lưu {n} ảnh vào {folder}:\n{names}").format(
                n=self._number(len(saved)), folder=folder, names="\n".join(saved)
            ),
        )

    def save_chart_as(self, view: QChartView) -> None:
        """One chart as a PNG file (the chart's context menu)."""
        suggested = _free_name(Path(self._start_folder()), self._picture_stem(view))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu biểu đồ thành ảnh"), str(suggested), self.tr("Ảnh PNG (*.png)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        QSettings().setValue("dashboard/pictures", str(path.parent))
        if not save_chart(view, path):
            self._save_failed(path)

    def _save_failed(self, path: Path) -> None:
        QMessageBox.warning(
            self,
            self.tr("Không lưu được ảnh biểu đồ"),
            self.tr("Không ghi được tệp {path}. Chọn thư mục khác.").format(path=path),
        )

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the figures in the background (again after the running read, if any)."""
        if self.loading:
            self._again = True
            return
        self.loading = True
        profile = self.profile

        def work(_ctl: TaskControl) -> Dashboard:
            return load_dashboard(profile)

        def failed(exc: BaseException) -> None:
            self.loading = False
            from ui.common.dialogs import show_error

            show_error(self, self.tr("Không đọc được số liệu tổng quan"), exc)

        run_task(self, work, self._show, on_failure=failed)

    def refresh(self) -> None:
        """Called when the page is shown."""
        self.reload()

    def _show(self, dashboard: Dashboard) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.reload()
        first = self.dashboard is None
        self.dashboard = dashboard
        n = self._number
        totals = dashboard.totals
        self.cards["units"].value.setText(
            f"{n(dashboard.units_reported)} / {n(dashboard.units_expected)}"
        )
        self.cards["activities"].value.setText(n(totals.activities))
        self.cards["participants"].value.setText(n(totals.participants))
        self.cards["reach"].value.setText(n(totals.reach))
        self.cards["evidence"].value.setText(n(totals.evidence))
        self._show_targets(dashboard)
        campaign = dashboard.campaign
        self.period.setText(
            self.tr("{name} · từ {start} đến {end}").format(
                name=campaign.name,
                start=format_date(campaign.start_date),
                end=format_date(campaign.end_date),
            )
        )
        nothing = totals.activities == 0
        self.empty.setVisible(nothing)  # rather than three empty frames
        for widget in (self.form_view, self.unit_view, self.time_view, self.step_label, self.step):
            widget.setVisible(not nothing)
        self.save_button.setEnabled(not nothing)
        self.outside.setText(
            self.tr("{n} hoạt động ngoài thời gian của đợt không có trên biểu đồ.").format(
                n=n(dashboard.outside_period)
            )
            if dashboard.outside_period
            else ""
        )
        if first:
            self.step.blockSignals(True)
            self.step.setCurrentIndex(max(0, self.step.findData(dashboard.default_step())))
            self.step.blockSignals(False)
        form_labels = {
            t.code: catalog.label(catalog.forms(), t.code, self.language) for t in catalog.forms()
        }
        self.form_chart = _replace_chart(self.form_view, self.form_chart)
        self.unit_chart = _replace_chart(self.unit_view, self.unit_chart)
        self._draw_bars(
            self.form_chart,
            [(form_labels.get(b.code or "", b.label), b.value) for b in dashboard.by_form],
        )
        self._draw_bars(
            self.unit_chart, [(self._unit_label(b), b.value) for b in dashboard.by_unit]
        )
        # QtCharts shortens a category label to "…" when its bar is less than ~30 px high
        rows = max(len(dashboard.by_form), len(dashboard.by_unit))
        for view in (self.form_view, self.unit_view):
            view.setMinimumHeight(max(300, 36 * rows + 90))
        self._draw_timeline()
        self.loaded.emit(dashboard)

    def _show_targets(self, dashboard: Dashboard) -> None:
        """Targets met (issue 18), and the previous campaign for a year-on-year look."""
        n = self._number
        lines = []
        previous = dashboard.previous
        if previous is not None:
            lines.append(
                self.tr(
                    "Đợt trước ({code}): {activities} hoạt động, {participants} người tham "
                    "gia, {units} đơn vị có hoạt động."
                ).format(
                    code=previous.code,
                    activities=n(previous.activities),
                    participants=n(previous.participants),
                    units=n(previous.units),
                )
            )
        evaluation = dashboard.evaluation
        judged = [u for u in evaluation.units if u.result] if evaluation else []
        if evaluation is None or (not judged and not evaluation.total.result):
            self.targets.setText("\n".join(lines))
            self.targets.setVisible(bool(lines))
            return
        text = self.tr(
            "Chỉ tiêu: {met} đơn vị đạt, {partly} đạt một phần, {not_met} chưa đạt "
            "(trên {total} đơn vị có chỉ tiêu)."
        ).format(
            met=n(sum(u.result == "met" for u in judged)),
            partly=n(sum(u.result == "partly" for u in judged)),
            not_met=n(sum(u.result == "not" for u in judged)),
            total=n(len(judged)),
        )
        total = evaluation.total
        if total.result and total.target is not None:
            words = {
                "met": self.tr("đạt"),
                "partly": self.tr("đạt một phần"),
                "not": self.tr("chưa đạt"),
            }
            if total.target.activities:
                text += " " + self.tr(
                    "Chỉ tiêu toàn Bộ: {result} ({activities} / {target} hoạt động)."
                ).format(
                    result=words[total.result],
                    activities=n(total.activities),
                    target=n(total.target.activities),
                )
            else:
                text += " " + self.tr("Chỉ tiêu toàn Bộ: {result}.").format(
                    result=words[total.result]
                )
        self.targets.setText("\n".join([text, *lines]))
        self.targets.show()

    def _number(self, value: int) -> str:
        return format_number(value, self.language)

    def _unit_label(self, bar: Bar) -> str:
        """The unit's name, shortened (a code such as SO-DNG means nothing to a leader)."""
        return short_unit_name(bar.label or bar.code or "") if bar.code else self.tr("Khác")

    # --- charts --------------------------------------------------------------------------
    def _draw_bars(self, chart: QChart, bars: list[tuple[str, int]]) -> None:
        """Horizontal bars, the largest on top."""
        series = QHorizontalBarSeries()
        values = QBarSet("")
        values.setColor(QColor(BAR_COLOUR))
        values.setLabelColor(QColor(theme.TEXT))  # beside the bar, on white: dark
        ordered = list(reversed(bars))
        values.append([float(v) for _label, v in ordered])
        series.append(values)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        # bounded thickness: with few bars each would fill ~100 px of the 300 px chart
        series.setBarWidth(min(0.7, 0.125 * max(1, len(bars))))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(_unique([_short(label, 30) for label, _v in ordered]) or [""])
        axis = _value_axis(max((v for _l, v in bars), default=0))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(axis)

    def _draw_timeline(self) -> None:
        self.time_chart = chart = _replace_chart(self.time_view, self.time_chart)
        if self.dashboard is None:
            return
        step = self.step.currentData() or DAY
        points = self.dashboard.timeline(step)
        self.time_points = points
        series = QBarSeries()
        values = QBarSet("")
        values.setColor(QColor(BAR_COLOUR))
        values.append([float(count) for _day, count in points])
        series.append(values)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        # one label per week on a daily chart: a QCategoryAxis label spans a range of
        # bars (a QBarCategoryAxis would shorten 47 labels to "…")
        block = 7 if step == DAY and len(points) > 16 else 1
        categories = QCategoryAxis()
        categories.setRange(-0.5, max(len(points), 1) - 0.5)
        categories.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        categories.setStartValue(-0.5)
        for first in range(0, len(points), block):
            day = points[first][0]
            categories.append(
                f"{day.day:02d}/{day.month:02d}", min(first + block, len(points)) - 0.5
            )
        categories.setGridLineVisible(False)
        axis = _value_axis(max((c for _d, c in points), default=0))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(axis)

    def bar_values(self, chart: QChart) -> list[tuple[str, int]]:
        """(category, value) of a chart's bars, top to bottom (for tests and screenshots)."""
        series = chart.series()
        if not series:
            return []
        bar_series = series[0]
        assert isinstance(bar_series, QBarSeries | QHorizontalBarSeries)
        values = bar_series.barSets()[0]
        axes = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
        labels = axes[0].categories() if axes else []
        pairs = [(labels[i], int(values.at(i))) for i in range(values.count())]
        return list(reversed(pairs)) if isinstance(bar_series, QHorizontalBarSeries) else pairs


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _unique(labels: list[str]) -> list[str]:
    """Category labels must differ: a repeated one gets invisible zero-width spaces."""
    seen: set[str] = set()
    result = []
    for label in labels:
        while label in seen:
            label += "\u200b"
        seen.add(label)
        result.append(label)
    return result
