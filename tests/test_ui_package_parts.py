"""Packages in parts through the widgets (issue 19): the export page's choice to split for
e-mail, and the centre's import page with all the parts, or some of them missing."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.packages.parts import read_part
from cds_desktop.profile import Profile
from tests.centre_support import new_centre
from tests.test_package_parts import big_unit, export_parts
from tests.ui_support import wait_for_tasks
from ui.common import i18n
from ui.main_window import MainWindow
from ui.unit.export_page import ExportPage

MIB = 1024 * 1024


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)
    i18n.install_language("vi")


def test_export_page_splits_the_package_for_email(
    qtbot: QtBot, unit_profile: Profile, tmp_path: Path
) -> None:
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(random.Random(5).randbytes(2_300_000))
    ActivityService(unit_profile).add(
        {"title": "Hội nghị Chuyển đổi số", "form": "conference", "start_date": "2024-10-10"},
        [FileInput(photo, "Ảnh chụp bằng điện thoại")],
    )
    window = MainWindow(unit_profile)
    qtbot.addWidget(window)
    window.show()
    window.show_page("export")
    page = window.export
    qtbot.waitUntil(lambda: page.summary_activities.text() == "1", timeout=10_000)
    assert not page.split.isChecked() and not page.split_mb.isEnabled()
    assert page.split_mb.value() == 20  # e-mail services take 20-25 MB
    assert page.split.text().replace("&", "") == (
        "Chia gói thành nhiều phần để gửi qua thư điện tử"
    )
    page.split.setChecked(True)
    assert page.split_mb.isEnabled()
    page.split_mb.setValue(1)
    out = tmp_path / "Thư gửi Trung tâm"
    page.folder.setText(str(out))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.result_box.isVisible(), timeout=30_000)
    files = sorted(out.iterdir())
    assert [f.name for f in files] == [f"BO-VP-000001.part0{i}-of-03.cdspkg" for i in (1, 2, 3)]
    assert all(f.stat().st_size <= MIB for f in files)
    assert Path(page.result_path.text()) == files[0]
    assert page.result_parts.text().startswith("3 tệp, gửi tất cả")
    assert all(f.name in page.result_parts.text() for f in files)
    assert {read_part(f).package.sha256 for f in files} == {page.result_sha.text()}
    # the choice is remembered for the next export
    again = ExportPage(unit_profile)
    qtbot.addWidget(again)
    assert again.split.isChecked() and again.split_mb.value() == 1
    page.split.setChecked(False)
    assert page.split_bytes() is None


def test_import_page_says_which_parts_are_missing_then_imports_them_all(
    qtbot: QtBot, tmp_path: Path
) -> None:
    unit = big_unit(tmp_path / "u")
    result = export_parts(unit, tmp_path / "mail")
    unit.close()
    centre = new_centre(tmp_path / "c")
    window = MainWindow(centre)
    qtbot.addWidget(window)
    window.show()
    wait_for_tasks(qtbot)
    page = window.import_page
    from cds_desktop.packages.trust import trust_unit_key

    trust_unit_key(centre, "SO-HNI", result.fingerprint)

    def run(*paths: Path) -> list[tuple[str, ...]]:
        task = page.import_paths(list(paths))
        assert task is not None
        qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
        wait_for_tasks(qtbot)
        model = page.model
        return [
            tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
            for r in range(model.rowCount())
        ]

    rows = run(result.parts[3], result.parts[0], result.parts[2])
    assert rows == [
        ("SO-HNI-000001.cdspkg (3/4 phần)", "SO-HNI", "1", "Bị từ chối", "–", "–", "–",
         "Thiếu phần 2 trong 4"),
    ]  # fmt: skip
    assert page.advice.isVisible()
    assert page.advice.text().startswith("SO-HNI-000001.cdspkg (3/4 phần): ")
    assert "chưa có đủ các phần" in page.advice.text()
    assert ActivityService(centre).list_rows() == []
    rows = run(tmp_path / "mail")
    assert [r[3] for r in rows] == ["Đã nhập"]
    assert rows[0][0] == "SO-HNI-000001.cdspkg (4/4 phần)"
    assert len(ActivityService(centre).list_rows()) == 3
    centre.close()
