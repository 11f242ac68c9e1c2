"""One palette and one icon set for the whole program.

Colours: a calm blue accent for selection and focus, red only for errors, green for
success, amber for warnings; every text colour reaches WCAG AA (4.5:1) on white and on
the window's grey (tests/test_ui_keyboard.py checks). Icons: Font Awesome 6 (free,
SIL OFL 1.1 fonts, MIT code) through qtawesome, whose fonts ship inside its wheel, so
the icons work offline and in the frozen program (build.spec collects them).
`install_theme` applies the palette through the application, not per widget.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_API", "pyside6")  # qtawesome's qtpy: the binding we ship

ACCENT = "#0b57d0"  # focus ring, primary actions, chart bars (7.1:1 on white)
SELECTION = "#d3e3fd"  # selected rows and pages: a light blue behind dark text
SELECTION_TEXT = "#041e49"
TEXT = "#1f1f1f"
MUTED = "#555555"  # hints and captions (7.5:1 on white, 6.5:1 on #efefef)
SUCCESS = "#1b5e20"
WARNING = "#b34700"
ERROR = "#b71c1c"
BORDER = "#5f6368"  # neutral frames (e.g. a fingerprint)

# the pages' and actions' icons: one name per notion, Font Awesome 6 solid
ICONS = {
    "activities": "fa6s.list-check",
    "reports": "fa6s.file-lines",
    "export": "fa6s.file-export",
    "settings": "fa6s.gear",
    "import": "fa6s.file-import",
    "units": "fa6s.building",
    "dashboard": "fa6s.chart-column",
    "master": "fa6s.database",
    "link": "fa6s.link",
    "file": "fa6s.file",
    "warning": "fa6s.triangle-exclamation",
    "add": "fa6s.plus",
    "empty": "fa6s.inbox",
    "picture": "fa6s.image",
}

ICON_COLOURS = {"warning": WARNING}


# Font Awesome 6 solid and its names → code points, in qtawesome's fonts folder
FONT_FILE = "fontawesome6-solid-webfont-6.7.2.ttf"
CHARMAP_FILE = "fontawesome6-solid-webfont-charmap-6.7.2.json"
_ICON_CACHE: dict[tuple[str, str], QIcon] = {}


class _GlyphEngine(QIconEngine):
    """Paints one glyph of the icon font at any size, as qtawesome's text drawing does
    (the glyph 7/8 of the icon's height), in one colour per mode."""

    def __init__(self, family: str, glyph: str, colours: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self.family, self.glyph, self.colours = family, glyph, colours

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        font = QFont(self.family)
        font.setStyleName("Solid")
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.setFont(font)
        painter.setPen(self.colours.get(mode, self.colours[QIcon.Mode.Normal]))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        made = QPixmap(size)
        made.fill(Qt.GlobalColor.transparent)
        painter = QPainter(made)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return made

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self.family, self.glyph, self.colours)


@functools.cache
def _icon_font() -> tuple[str, dict[str, str]] | None:
    """The icon font's family and its names → glyphs, loaded from qtawesome's folder
    without importing qtawesome (its import and its dozen fonts cost ~100 ms at start)."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    try:
        charmap = json.loads((folder / CHARMAP_FILE).read_text(encoding="utf-8"))
        font_id = QFontDatabase.addApplicationFont(str(folder / FONT_FILE))
    except (OSError, ValueError):
        return None
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    return families[0], {name: chr(int(code, 16)) for name, code in charmap.items()}


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon for a page or action (a key of ICONS); dark grey unless told otherwise.

    A null icon, never an exception, if the font cannot be loaded: a missing icon must
    not stop the program."""
    colour = colour or ICON_COLOURS.get(name, "#3c4043")
    cached = _ICON_CACHE.get((name, colour))
    if cached is not None:
        return cached
    font = _icon_font()
    glyph = font[1].get(ICONS[name].removeprefix("fa6s.")) if font is not None else None
    if font is not None and glyph is not None:
        disabled = QApplication.palette().color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
        )
        made = QIcon(
            _GlyphEngine(
                font[0],
                glyph,
                {
                    QIcon.Mode.Normal: QColor(colour),
                    QIcon.Mode.Active: QColor(SELECTION_TEXT),
                    QIcon.Mode.Selected: QColor(SELECTION_TEXT),
                    QIcon.Mode.Disabled: disabled,
                },
            )
        )
    else:
        made = _qtawesome_icon(name, colour)
    _ICON_CACHE[(name, colour)] = made
    return made


def _qtawesome_icon(name: str, colour: str) -> QIcon:
    """Through qtawesome itself, if its font could not be loaded directly."""
    import qtawesome  # type: ignore[import-untyped]

    try:
        made: QIcon = qtawesome.icon(
            ICONS[name], color=colour, color_active=SELECTION_TEXT, color_selected=SELECTION_TEXT
        )
    except Exception:  # a font problem costs an icon, not the program
        return QIcon()
    return made


def style_sheet() -> str:
    """The application-wide rules: navigation and selection in the calm accent."""
    return (
        f"QListWidget#navigation::item:selected {{ background: {SELECTION};"
        f" color: {SELECTION_TEXT}; border-left: 3px solid {ACCENT}; }}"
    )


def install_theme(app: QApplication) -> None:
    """Selection colours through the palette, so every list and table follows."""
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(SELECTION_TEXT))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)
