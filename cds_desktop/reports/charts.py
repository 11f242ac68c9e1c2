"""The report's charts, drawn with reportlab.graphics (vector, same font as the text).

Every label is at least `LABEL_SIZE` (10 pt), readable on paper. Value axes always
start at 0 (reportlab would otherwise start at the smallest bar, which
then vanishes) and step by whole "nice" numbers, labelled with Vietnamese separators.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit

from cds_desktop.reports.fonts import SerifFamily
from cds_desktop.reports.vi_format import format_int, nfc

BAR_COLOUR = colors.HexColor("#1F4E79")
GRID_COLOUR = colors.HexColor("#BFBFBF")
LABEL_SIZE = 10.0


def nice_scale(largest: int, ticks: int = 5) -> tuple[int, int]:
    """(step, top) with a whole step of 1, 2 or 5 × 10^k and top ≥ largest."""
    if largest <= 0:
        return 1, 1
    raw = largest / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(int(step), 1)
    return step, step * math.ceil(largest / step)


def _drawing(width: float, height: float, fonts: SerifFamily) -> Drawing:
    """A drawing whose initial font is ours (else the PDF names unembedded Helvetica)."""
    drawing: Any = Drawing(width, height)  # the stubs lack the initialFont attributes
    drawing.initialFontName = fonts.regular
    drawing.initialFontSize = LABEL_SIZE
    result: Drawing = drawing
    return result


def _int_label(value: float) -> str:
    return format_int(round(value))


def form_chart(
    labels: Sequence[str], values: Sequence[int], width: float, fonts: SerifFamily
) -> Drawing:
    """Horizontal bars: number of activities for each form, biggest readable labels."""
    label_size = LABEL_SIZE
    label_width = 215.0
    wrapped = [
        "\n".join(simpleSplit(nfc(label), fonts.regular, label_size, label_width - 8))
        for label in labels
    ]
    bar_space = 19.0 + 7 * max((w.count("\n") for w in wrapped), default=0)
    height = bar_space * max(len(values), 1) + 30
    drawing = _drawing(width, height, fonts)
    chart = HorizontalBarChart()
    chart.x = int(label_width)
    chart.y = 20
    chart.width = int(width - label_width - 30)
    chart.height = int(height - 26)
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(wrapped)) or [""]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = label_size
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.leading = label_size + 1
    _count_axis_and_bars(chart, max(values, default=0), fonts)
    chart.barWidth = 10
    chart.groupSpacing = 7
    chart.barLabelFormat = _int_label
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _count_axis_and_bars(
    chart: HorizontalBarChart | VerticalBarChart, largest: int, fonts: SerifFamily
) -> None:
    """The axis of counts (0 to a round top, light grid) and the bars, alike in both charts."""
    step, top = nice_scale(largest)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = _int_label
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID_COLOUR
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None


def period_chart(daily: Sequence[tuple[dt.date, int]], width: float, fonts: SerifFamily) -> Drawing:
    """Vertical bars: activities started on each day of the campaign period."""
    height = 200.0
    drawing = _drawing(width, height, fonts)
    chart = VerticalBarChart()
    chart.x = 40
    chart.y = 44
    chart.width = int(width - 50)
    chart.height = int(height - 58)
    values = [n for _, n in daily] or [0]
    every = max(1, math.ceil(len(values) / 12))
    names = [
        f"{d.day:02d}/{d.month:02d}" if i % every == 0 else "" for i, (d, _) in enumerate(daily)
    ]
    chart.data = [values]
    chart.categoryAxis.categoryNames = names or [""]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dy = -2
    _count_axis_and_bars(chart, max(values), fonts)
    chart.groupSpacing = 2
    drawing.add(chart)
    axis_title = String(4, height - 8, "Số hoạt động", fontName=fonts.italic, fontSize=LABEL_SIZE)
    drawing.add(axis_title)
    return drawing
