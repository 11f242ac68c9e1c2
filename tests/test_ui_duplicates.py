"""Issue 19 item 4 in the GUI: the master data's "Ảnh dùng lại" tab lists reused photos
with the activities side by side."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from cds_desktop.models import Evidence
from cds_desktop.profile import Profile
from tests.duplicates_support import master_with_reuse
from tests.package_helpers import make_centre
from tests.ui_support import wait_for_tasks
from ui.centre.duplicates_view import DuplicatesView
from ui.centre.master_page import MasterPage

SHOTS = os.environ.get("CDS_SCREENSHOTS")  # a folder: the views are saved there to look at


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Profile]:
    centre = master_with_reuse(tmp_path_factory.mktemp("ui-dups"))
    yield centre
    centre.close()


def texts(view: DuplicatesView) -> list[list[str]]:
    return [[label.text() for label in card.labels] for card in view.cards]


def test_the_reused_photo_is_shown_with_its_activities_side_by_side(
    qtbot: QtBot, master: Profile
) -> None:
    view = DuplicatesView(master)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    with qtbot.waitSignal(view.thumbnails_loaded, timeout=30_000):
        view.show()
    assert view.model.rowCount() == 1
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert row[0] == "Ảnh gần giống"
    assert row[1] == "SO-HNI, SO-HCM, BO-VP" or set(row[1].split(", ")) == {
        "SO-HNI", "SO-HCM", "BO-VP"
    }  # fmt: skip
    assert row[2] == "4"
    assert "1 nhóm ảnh dùng lại" in view.count_label.text()
    shown = texts(view)
    assert len(shown) == 4
    everything = "\n".join("\n".join(card) for card in shown)
    for expected in (
        "Sở Văn hóa và Thể thao Hà Nội",
        "Hội thảo Kinh tế số",
        "Triển lãm số",
        "IMG_0002.heic",
        "12/10/2024",
    ):
        assert expected in everything
    pictures = [card.picture.pixmap() for card in view.cards]
    assert all(not p.isNull() and p.width() > 50 for p in pictures)  # the HEIC copy too
    positions = [card.x() for card in view.cards]
    assert positions == sorted(positions) and len(set(positions)) == 4  # side by side
    if SHOTS:
        view.grab().save(str(Path(SHOTS) / "duplicates-view.png"))
    wait_for_tasks(qtbot)


def test_the_master_page_tab_finds_reuse_after_filling_missing_hashes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    centre = master_with_reuse(tmp_path)
    with centre.database.session() as session:  # a master imported before hashes existed
        session.execute(update(Evidence).values(phash=None))
    page = MasterPage(centre)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    wait_for_tasks(qtbot)
    assert [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())] == [
        "Hoạt động",
        "Ảnh dùng lại",
    ]
    assert page.duplicates.groups == []  # not looked for until the tab is opened
    seen: list[tuple[int, int]] = []
    page.duplicates.hashing.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(page.duplicates.loaded, timeout=30_000):
        page.tabs.setCurrentWidget(page.duplicates)
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)  # the four image files were hashed
    [group] = page.duplicates.groups
    assert len(group.uses) == 4  # the resized and HEIC copies were hashed and matched
    wait_for_tasks(qtbot)
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "master-duplicates-tab.png"))
    centre.close()


def test_a_master_without_reuse_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    centre = make_centre(tmp_path)
    view = DuplicatesView(centre)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.show()
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "Không có ảnh nào được dùng cho nhiều hoạt động."
    assert view.hint.isVisible()
    wait_for_tasks(qtbot)
    centre.close()
