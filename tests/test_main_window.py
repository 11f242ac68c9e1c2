"""The first window: shows the profile, or says that `init` is needed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService
from cds_desktop.profile import Profile
from ui.main_window import MainWindow, NoProfileWindow


def label_texts(widget: object) -> list[str]:
    assert hasattr(widget, "findChildren")
    return [label.text() for label in widget.findChildren(QLabel)]


def test_window_shows_the_unit_campaign_and_fingerprint(
    qtbot: QtBot, unit_profile: Profile
) -> None:
    for n in range(1234):
        if n in (0, 1233):
            ActivityService(unit_profile).add(
                {"title": f"Tin {n}", "form": "news", "start_date": "2024-10-01"}
            )
    window = MainWindow(unit_profile)
    qtbot.addWidget(window)
    window.show()
    texts = label_texts(window)
    assert "BO-VP — Văn phòng Bộ" in texts
    assert "15/09/2024 – 31/10/2024" in texts
    assert unit_profile.fingerprint() in texts
    assert "2" in texts
    assert "Văn phòng Bộ" in window.windowTitle()


def test_window_without_profile_explains_init(qtbot: QtBot, tmp_path: object) -> None:
    window = NoProfileWindow("C:/Users/cán bộ/CDS")
    qtbot.addWidget(window)
    [text] = label_texts(window)
    assert "C:/Users/cán bộ/CDS" in text and "init" in text
