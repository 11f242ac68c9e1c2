"""One palette and one icon set for the whole program.

Colours: a calm blue accent for selection and focus, red only for errors, green for
success, amber for warnings; every text colour reaches WCAG AA (4.5:1) on white and on
the window's grey (tests/test_ui_keyboard.py checks). Icons: Font Awesome 6 (free,
SIL OFL 1.1 fonts, MIT code) through qtawesome, whose fonts ship inside its wheel, so
the icons work offline and in the frozen program (build.spec collects them).
`install_theme` applies the palette through the application, not per widget.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QIcon, QPalette
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


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon for a page or action (a key of ICONS); dark grey unless told otherwise.

    A null icon, never an exception, if the font cannot be loaded: a missing icon must
    not stop the program."""
    import qtawesome  # type: ignore[import-untyped]

    try:
        made: QIcon = qtawesome.icon(
            ICONS[name],
            color=colour or ICON_COLOURS.get(name, "#3c4043"),
            color_active=SELECTION_TEXT,
            color_selected=SELECTION_TEXT,
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
