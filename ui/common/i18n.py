"""Language of the interface: Vietnamese (the source strings) or English (cds_en.qm).

Every visible string is written in Vietnamese in `self.tr()` / `QCoreApplication.translate`;
`scripts/build_translations.py` extracts them into `resources/translations/cds_en.ts`
and compiles the `.qm` files. `qt_vi.qm` gives Qt's own buttons (OK, Cancel, Yes, No,
the wizard's Back/Next) Vietnamese texts, which Qt does not ship.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from cds_desktop.paths import resources_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def saved_language() -> str:
    value = QSettings().value("language", DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def install_language(language: str) -> str:
    """Replace the installed translators with those for `language`; returns it."""
    app = QCoreApplication.instance()
    if app is None:
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    files = {"en": ["cds_en"], "vi": ["qt_vi"]}.get(language, [])
    for name in files:
        translator = QTranslator(app)
        if translator.load(name, translations_dir()):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def set_language(language: str) -> None:
    QSettings().setValue("language", language)
    install_language(language)


def current_language() -> str:
    """The language the interface is shown in now (for number formatting)."""
    return "en" if any(t.language().startswith("en") for t in _installed) else "vi"
