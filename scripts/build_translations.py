"""Extract the interface strings and compile the translations.

    python scripts/build_translations.py          # lupdate, then lrelease
    python scripts/build_translations.py --check  # fail if a string has no English text

`pyside6-lupdate` collects every `self.tr()` / `QCoreApplication.translate()` string of
`ui/` into `resources/translations/cds_en.ts` (translators fill it in with Qt Linguist,
`pyside6-linguist`); `pyside6-lrelease` compiles each `.ts` into the `.qm` the program
loads. `qt_vi.ts` holds Vietnamese texts for Qt's own buttons (OK, Cancel, Next…),
which Qt does not ship.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = sorted((ROOT / "ui").rglob("*.py"))
EXTRACTED = {"cds_en.ts": "en_GB"}
HAND_WRITTEN = ("qt_vi.ts",)


def tool(name: str) -> str:
    """The PySide6 tool next to the running Python, else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} not found; install PySide6-Essentials")
    return found


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        forms = [] if translation is None else translation.findall("numerusform")
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or any(not (form.text or "").strip() for form in forms)  # a plural left empty
        ):
            missing.append(source)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check completeness")
    args = parser.parse_args(argv)
    if not args.check:
        for name, language in EXTRACTED.items():
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    *map(str, SOURCES),
                    "-no-obsolete",
                    "-target-language",
                    language,
                    "-ts",
                    str(TRANSLATIONS / name),
                ],
                check=True,
            )
        for ts in [*EXTRACTED, *HAND_WRITTEN]:
            source = TRANSLATIONS / ts
            subprocess.run(
                [tool("pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))],
                check=True,
            )
    missing = [text for name in EXTRACTED for text in unfinished(TRANSLATIONS / name)]
    for text in missing:
        print(f"untranslated: {text!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
