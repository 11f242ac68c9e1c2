"""The bundled serif font, registered once with reportlab as one family.

Liberation Serif 2.x (SIL OFL, metric-compatible with Times New Roman) covers every
Vietnamese letter; version 1.07 does not, and reportlab's built-in Times drops every
non-Latin-1 letter. The faces are registered under names of our own ("CdsSerif…") so
they never clash with another font that calls itself "LiberationSerif".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cds_desktop.errors import CdsError
from cds_desktop.paths import resources_dir

FAMILY = "CdsSerif"
FACE_FILES = {
    "CdsSerif": "LiberationSerif-Regular.ttf",
    "CdsSerif-Bold": "LiberationSerif-Bold.ttf",
    "CdsSerif-Italic": "LiberationSerif-Italic.ttf",
    "CdsSerif-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()


@dataclass(frozen=True)
class SerifFamily:
    regular: str = "CdsSerif"
    bold: str = "CdsSerif-Bold"
    italic: str = "CdsSerif-Italic"
    bold_italic: str = "CdsSerif-BoldItalic"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> SerifFamily:
    """Register the four faces and the family (bold/italic mapping for <b>, <i>)."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FACE_FILES.items():
            if name in registered:
                continue
            path = fonts_dir() / filename
            if not path.is_file():
                raise CdsError(f"the report font {path} is missing; reinstall the program")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        family = SerifFamily()
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=family.regular,
            bold=family.bold,
            italic=family.italic,
            boldItalic=family.bold_italic,
        )
        return family
