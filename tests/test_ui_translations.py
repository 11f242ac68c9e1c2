"""Every interface string has an English translation and the compiled files are shipped."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            text = translation.text if done and translation is not None else None
            if done and translation is not None and message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                text = " | ".join(forms) if forms and all(f.strip() for f in forms) else None
            found[(name, message.findtext("source", ""))] = text
    return found


def test_shipped_english_translation_is_complete() -> None:
    english = messages(TRANSLATIONS / "cds_en.ts")
    assert len(english) > 150
    assert [source for source, text in english.items() if not text] == []
    for name in ("cds_en.qm", "qt_vi.qm"):
        assert (TRANSLATIONS / name).stat().st_size > 1000


def test_every_string_in_the_code_is_in_the_translation_file(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert tool is not None, "pyside6-lupdate comes with PySide6-Essentials; reinstall it"
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(TRANSLATIONS / "cds_en.ts"))
    assert not missing, f"run scripts/build_translations.py; new strings: {sorted(missing)}"
