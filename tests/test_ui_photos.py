"""Phone photos in the GUI: HEIC thumbnails turned as EXIF says, time and place, the
out-of-period warning in the real editor, the reduction setting (issue 19)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.photos import PhotoSettings, Reduction, load_photo_settings, save_photo_settings
from cds_desktop.profile import Profile
from tests.photo_support import make_photo
from tests.ui_support import wait_for_tasks
from ui.unit.activity_editor import ActivityEditor
from ui.unit.evidence_panel import EvidencePanel

TAKEN = dt.datetime(2024, 10, 1, 9, 30)
HANOI = (21.028511, 105.854167)
BASE = {"title": "Hội thảo Kinh tế số", "form": "workshop", "start_date": "2024-10-08"}


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)


def is_red(colour: QColor) -> bool:
    return colour.red() > 150 and colour.blue() < 100


def editor_of(qtbot: QtBot, *args: object) -> ActivityEditor:
    """The real editor; closing it at the end of a test discards what was typed."""
    editor = ActivityEditor(*args)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    return editor


def wait_thumbnails(qtbot: QtBot, panel: EvidencePanel) -> None:
    qtbot.waitUntil(lambda: not panel.thumbnails_pending(), timeout=15_000)


def test_new_heic_photo_gets_a_turned_thumbnail_time_and_place(
    qtbot: QtBot, unit_profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = make_photo(tmp_path / "IMG_0001.HEIC", (400, 300), 6, TAKEN, HANOI, fmt="HEIF")
    editor = editor_of(qtbot, unit_profile)
    panel = editor.evidence
    panel.add_files([photo])
    wait_thumbnails(qtbot, panel)
    image = panel.list.item(0).icon().pixmap(72, 72).toImage()
    assert (image.width(), image.height()) == (54, 72)  # turned: taller than wide
    assert is_red(image.pixelColor(27, 5)) and not is_red(image.pixelColor(27, 66))
    text = panel.list.item(0).text()
    assert "300×400" in text and "Chụp lúc 09:30 01/10/2024" in text
    assert "Vị trí: 21.02851, 105.85417" in text
    assert panel.photo_warning.isHidden()
    panel.list.setCurrentRow(0)
    assert not panel.map_link.isHidden() and "Xem bản đồ" in panel.map_link.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    panel.map_link.linkActivated.emit(panel.map_link.toolTip())
    assert opened[0].toString().startswith("https://www.openstreetmap.org/?mlat=21.028511")
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    editor.grab().save(str(Path("/tmp") / "ui-photos-editor-heic.png"))


def test_old_photo_is_warned_in_the_editor_and_saved_anyway(
    qtbot: QtBot, unit_profile: Profile, tmp_path: Path
) -> None:
    old = make_photo(tmp_path / "cu.jpg", taken=dt.datetime(2023, 5, 1, 10, 0))
    editor = editor_of(qtbot, unit_profile)
    editor.title.setText("Hội thảo")
    editor.form.setCurrentIndex(editor.form.findData("workshop"))
    editor.evidence.add_files([old])
    wait_thumbnails(qtbot, editor.evidence)
    warning = editor.evidence.photo_warning
    assert not warning.isHidden() and "ngoài thời gian của đợt" in warning.text()
    assert "⚠ Ảnh chụp ngoài thời gian của đợt" in editor.evidence.list.item(0).text()
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    editor.grab().save(str(Path("/tmp") / "ui-photos-editor-warning.png"))
    editor.save()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=15_000)
    wait_for_tasks(qtbot)
    [view] = ActivityService(unit_profile).list_activities()
    assert view.evidence[0].period_flag == "outside_campaign"


def test_a_photo_long_before_the_activity_is_warned_when_the_date_moves(
    qtbot: QtBot, unit_profile: Profile, tmp_path: Path
) -> None:
    save_photo_settings(unit_profile, PhotoSettings(None, 5))
    photo = make_photo(tmp_path / "a.jpg", taken=dt.datetime(2024, 10, 1, 8, 0))
    service = ActivityService(unit_profile)
    added = service.add(BASE | {"start_date": "2024-10-03"}, [FileInput(photo)])
    editor = editor_of(qtbot, unit_profile, service.get(added.activity_id))
    wait_thumbnails(qtbot, editor.evidence)
    assert editor.evidence.photo_warning.isHidden()
    editor.start_date.setDate(editor.start_date.date().addDays(20))
    assert not editor.evidence.photo_warning.isHidden()
    assert "quá sớm so với ngày hoạt động" in editor.evidence.list.item(0).text()


def test_stored_reduced_photo_shown_read_only_with_what_it_was(
    qtbot: QtBot, unit_profile: Profile, tmp_path: Path
) -> None:
    photo = make_photo(tmp_path / "IMG_0002.heic", (1200, 900), 6, TAKEN, HANOI)
    service = ActivityService(unit_profile)
    added = service.add(BASE, [FileInput(photo)], reduction=Reduction(600, 80))
    view = service.get(added.activity_id)
    panel = EvidencePanel(unit_profile.evidence, view.evidence, read_only=True)
    qtbot.addWidget(panel)
    wait_thumbnails(qtbot, panel)
    image = panel.list.item(0).icon().pixmap(72, 72).toImage()
    assert (image.width(), image.height()) == (54, 72)
    assert is_red(image.pixelColor(27, 5))
    text = panel.list.item(0).text()
    assert text.startswith("IMG_0002.jpg")
    assert "450×600" in text and "Đã thu nhỏ từ 900×1200" in text


def test_reduction_setting_saved_from_the_settings_page(
    qtbot: QtBot, unit_profile: Profile
) -> None:
    from ui.common.settings_page import SettingsPage

    page = SettingsPage(unit_profile)
    qtbot.addWidget(page)
    box = page.photo_box
    assert not box.reduce.isChecked() and box.days.value() == 30
    box.reduce.setChecked(True)
    box.longest.setValue(1600)
    box.quality.setValue(80)
    box.days.setValue(14)
    box.save_button.click()
    assert load_photo_settings(unit_profile) == PhotoSettings(Reduction(1600, 80), 14)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    box.grab().save(str(Path("/tmp") / "ui-photos-settings.png"))


def test_centre_master_filters_and_shows_out_of_period_photos(qtbot: QtBot, tmp_path: Path) -> None:
    from cds_desktop.profile import create_profile
    from tests.package_helpers import export, import_one, make_centre
    from ui.centre.master_page import MasterPage

    unit = create_profile(tmp_path / "unit", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    service = ActivityService(unit)
    fine = make_photo(tmp_path / "dung.heic", taken=TAKEN, gps=HANOI)
    old = make_photo(tmp_path / "cu.jpg", taken=dt.datetime(2023, 1, 2, 3, 4))
    service.add(BASE, [FileInput(fine)])
    service.add(BASE | {"title": "Tọa đàm dữ liệu số"}, [FileInput(old)])
    centre = make_centre(tmp_path)
    try:
        assert import_one(centre, export(unit, tmp_path / "out"), trust_new=True).status == (
            "imported"
        )
        page = MasterPage(centre)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 2, timeout=15_000)
        assert page.photo_filter.text().replace("&", "") == "Ảnh chụp ngoài thời gian của đợt"
        assert page.photo_count.text() == "(1)"
        page.photo_filter.setChecked(True)
        assert page.model.rowCount() == 1
        page.table.selectRow(0)
        panel = page.detail.evidence
        assert panel is not None
        wait_thumbnails(qtbot, panel)
        assert "⚠ Ảnh chụp ngoài thời gian của đợt" in panel.list.item(0).text()
        assert not panel.photo_warning.isHidden()
        page.grab().save(str(Path("/tmp") / "ui-photos-master.png"))
        page.photo_filter.setChecked(False)
        assert page.model.rowCount() == 2
    finally:
        unit.close()
        centre.close()
