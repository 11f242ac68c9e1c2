"""One palette and one icon set (issue 17): every page's icon comes from the icon font,
selection is the calm accent (red only for errors), and the palette's text colours
reach WCAG AA contrast."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService
from cds_desktop.profile import Profile
from tests.test_ui_keyboard import contrast
from ui.common import theme
from ui.main_window import MainWindow
from ui.unit.activity_editor import ActivityEditor

ROOT = Path(__file__).resolve().parents[1]


def test_every_icon_name_loads_from_the_font(qtbot: QtBot) -> None:
    for name in theme.ICONS:
        made = theme.icon(name)
        assert not made.isNull(), name
        assert not made.pixmap(22, 22).isNull(), name


def test_icons_are_drawn_in_their_colour_and_the_selection_colour(qtbot: QtBot) -> None:
    """The glyph engine (not qtawesome) paints dark grey, and the selection's text colour
    on a selected page."""
    made = theme.icon("settings")

    def solid_colours(mode: QIcon.Mode) -> set[str]:
        image = made.pixmap(22, 22, mode).toImage()
        return {
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        }

    assert solid_colours(QIcon.Mode.Normal) == {"#3c4043"}
    assert solid_colours(QIcon.Mode.Selected) == {theme.SELECTION_TEXT}
    assert theme.icon("settings") is made  # made once


def test_navigation_uses_the_icon_set_and_a_calm_selection(
    qtbot: QtBot, unit_profile: Profile, centre_profile: Profile
) -> None:
    for profile in (unit_profile, centre_profile):
        window = MainWindow(profile)
        qtbot.addWidget(window)
        for row in range(window.nav.count()):
            assert not window.nav.item(row).icon().isNull(), row
        sheet = window.styleSheet()
        assert theme.SELECTION in sheet
        assert "#b71c1c" not in sheet.lower()  # red is for errors only
    source = (ROOT / "ui" / "main_window.py").read_text(encoding="utf-8")
    assert "standardIcon" not in source


def test_install_theme_sets_the_selection_colours(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        theme.install_theme(app)
        palette = app.palette()
        assert palette.color(QPalette.ColorRole.Highlight).name() == theme.SELECTION
        assert palette.color(QPalette.ColorRole.HighlightedText).name() == theme.SELECTION_TEXT
    finally:
        app.setPalette(before)


def test_palette_text_colours_reach_wcag_aa() -> None:
    texts = (theme.ACCENT, theme.TEXT, theme.MUTED, theme.SUCCESS, theme.WARNING, theme.ERROR)
    for colour in texts:
        for background in ("#ffffff", "#f7f7f7", "#efefef"):
            assert contrast(colour, background) >= 4.5, (colour, background)
    assert contrast(theme.SELECTION_TEXT, theme.SELECTION) >= 7
    # the border of a fingerprint frame is a non-text element: 3:1
    assert contrast(theme.BORDER, "#efefef") >= 3


def test_fingerprints_are_not_framed_in_red() -> None:
    for name in ("common/fingerprint.py", "common/settings_page.py", "centre/key_dialogs.py"):
        text = (ROOT / "ui" / name).read_text(encoding="utf-8").lower()
        assert not re.search(r"border:[^;]*#b71c1c", text), name


def test_activities_page_shows_an_empty_state_with_the_add_button_until_there_is_one(
    qtbot: QtBot, unit_profile: Profile
) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QMessageBox

    from ui.unit.activities_page import ActivitiesPage

    page = ActivitiesPage(unit_profile)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    qtbot.waitUntil(page.empty_state.isVisible, timeout=10_000)
    assert not page.table.isVisible()  # no blank grid
    assert "Thêm hoạt động" in page.empty_state.hint.text()
    button = page.empty_state.button
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(ActivityEditor) is not None, timeout=10_000)
    editor = page.findChild(ActivityEditor)
    assert isinstance(editor, ActivityEditor)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    editor.reject()
    ActivityService(unit_profile).add(
        {"title": "Hội thảo", "form": "workshop", "start_date": "2024-10-08"}
    )
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.loading, timeout=10_000)
    qtbot.waitUntil(page.table.isVisible, timeout=10_000)
    assert not page.empty_state.isVisible()
    QThreadPool.globalInstance().waitForDone(15_000)


def test_the_editors_channel_and_topic_boxes_end_on_one_line(
    qtbot: QtBot, unit_profile: Profile
) -> None:
    editor = ActivityEditor(unit_profile)
    qtbot.addWidget(editor)
    editor.resize(1180, 740)
    editor.show()
    qtbot.waitUntil(lambda: editor.lists.direction() == editor.lists.Direction.LeftToRight)
    channels, topics = editor.channels.parentWidget(), editor.topics.parentWidget()
    assert channels is not None and topics is not None
    qtbot.waitUntil(lambda: channels.geometry().bottom() == topics.geometry().bottom())
    assert channels.geometry().top() == topics.geometry().top()


def test_settings_page_has_a_heading_and_says_when_there_is_no_backup(
    qtbot: QtBot, unit_profile: Profile
) -> None:
    from ui.common.settings_page import SettingsPage

    page = SettingsPage(unit_profile)
    qtbot.addWidget(page)
    page.show()
    [heading] = [w for w in page.findChildren(QLabel) if w.objectName() == "pageHeading"]
    assert heading.text() == "Cài đặt" and heading.isVisible()
    box = page.backups
    for path in list(unit_profile.paths.backups.glob("*")):
        path.unlink()
    box.refresh()
    assert box.empty.isVisible() and not box.list.isVisible()
    assert "Chưa có bản sao lưu" in box.empty.text()


def test_import_log_says_what_it_is_until_the_first_package(
    qtbot: QtBot, centre_profile: Profile, tmp_path: Path
) -> None:
    from tests.package_helpers import export, import_one, make_unit
    from ui.centre.import_log_page import ImportLogPage

    page = ImportLogPage(centre_profile)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.empty_state.isVisible(), timeout=10_000)
    assert not page.table.isVisible()
    assert "Chưa nhập gói nào" in page.empty_state.title.text()
    package = export(make_unit(tmp_path / "unit"), tmp_path / "out")
    import_one(centre_profile, package, trust_new=True)
    page.reload()
    qtbot.waitUntil(lambda: not page.loading and page.table.isVisible(), timeout=10_000)
    assert not page.empty_state.isVisible() and page.model.rowCount() == 1


def test_master_data_says_what_it_is_until_the_first_package(
    qtbot: QtBot, centre_profile: Profile, tmp_path: Path
) -> None:
    from ui.centre.master_page import MasterPage

    page = MasterPage(centre_profile)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.empty_state.isVisible(), timeout=10_000)
    assert not page.table.isVisible() and "Nhập gói" in page.empty_state.hint.text()
    _with_a_unit_package(centre_profile, tmp_path)
    page.reload()
    qtbot.waitUntil(lambda: not page.loading and page.table.isVisible(), timeout=10_000)
    assert not page.empty_state.isVisible() and page.model.rowCount() > 0


def test_unit_names_are_shortened_for_the_chart() -> None:
    from cds_desktop.text import short_unit_name

    assert short_unit_name("Sở Văn hóa, Thể thao và Du lịch Đà Nẵng") == "Sở VHTTDL Đà Nẵng"
    assert short_unit_name("Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh") == (
        "Sở VHTT TP Hồ Chí Minh"
    )
    long = short_unit_name("Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam")
    assert len(long) <= 30 and long.endswith("…")


def _with_a_unit_package(centre: Profile, folder: Path) -> Profile:
    from tests.package_helpers import export, import_one, make_unit

    import_one(centre, export(make_unit(folder / "unit"), folder / "out"), trust_new=True)
    return centre


def test_an_empty_dashboard_says_where_to_start_instead_of_empty_charts(
    qtbot: QtBot, centre_profile: Profile
) -> None:
    from ui.centre.dashboard_page import DashboardPage

    page = DashboardPage(centre_profile)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.dashboard is not None and not page.loading, timeout=10_000)
    assert page.empty.isVisible() and "Nhập gói" in page.empty.hint.text()
    assert not page.form_view.isVisible() and not page.time_view.isVisible()
    assert not page.save_button.isEnabled()


def test_dashboard_charts_share_a_row_only_when_there_is_room(
    qtbot: QtBot, centre_profile: Profile, tmp_path: Path
) -> None:
    from ui.centre.dashboard_page import WIDE_CHARTS, DashboardPage

    page = DashboardPage(_with_a_unit_package(centre_profile, tmp_path))
    qtbot.addWidget(page)
    page.resize(WIDE_CHARTS + 100, 900)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    qtbot.waitUntil(lambda: page.charts_in_a_row is True, timeout=10_000)
    qtbot.waitUntil(lambda: page.time_view.y() == page.form_view.y(), timeout=10_000)
    page.resize(900, 700)
    qtbot.waitUntil(lambda: page.charts_in_a_row is False, timeout=10_000)
    qtbot.waitUntil(lambda: page.time_view.y() > page.form_view.y(), timeout=10_000)


def test_dashboard_charts_are_saved_as_pictures_sharp_enough_for_slides(
    qtbot: QtBot, centre_profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ui.centre.dashboard_page import SLIDE_WIDTH, DashboardPage

    page = DashboardPage(_with_a_unit_package(centre_profile, tmp_path))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.dashboard is not None and not page.loading, timeout=10_000)
    folder = tmp_path / "Ảnh biểu đồ"
    folder.mkdir()
    (folder / "CDS-2024 - Hoạt động theo đơn vị.png").write_bytes(b"an older picture")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(str(a[2])))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "CDS-2024 - Hoạt động theo hình thức.png",
        "CDS-2024 - Hoạt động theo thời gian.png",
        "CDS-2024 - Hoạt động theo đơn vị (2).png",  # the older picture is kept
        "CDS-2024 - Hoạt động theo đơn vị.png",
    ]
    assert (folder / "CDS-2024 - Hoạt động theo đơn vị.png").read_bytes() == b"an older picture"
    picture = QImage(str(folder / "CDS-2024 - Hoạt động theo hình thức.png"))
    assert picture.width() >= SLIDE_WIDTH and picture.height() > 0
    assert told and "3" in told[0]
    assert page.save_button.isEnabled() and not page.empty.isVisible()
    # one chart, from its context menu
    target = tmp_path / "một biểu đồ"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    [action] = page.time_view.actions()
    action.trigger()
    assert QImage(str(target) + ".png").width() >= SLIDE_WIDTH


def test_columns_are_wide_enough_for_their_titles_in_both_languages(
    qtbot: QtBot, centre_profile: Profile
) -> None:
    from ui.centre.units_page import UnitsPage
    from ui.common.i18n import install_language

    try:
        for language in ("vi", "en"):
            install_language(language)
            page = UnitsPage(centre_profile)
            qtbot.addWidget(page)
            page.show()
            table = page.table
            header = table.horizontalHeader()
            model = table.model()
            for column in range(model.columnCount()):
                if header.isSectionHidden(column):
                    continue
                title = str(model.headerData(column, Qt.Orientation.Horizontal))
                needed = header.fontMetrics().horizontalAdvance(title)
                assert header.sectionSize(column) >= needed, (language, title)
    finally:
        install_language("vi")


def test_exporting_nothing_asks_first(
    qtbot: QtBot, unit_profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QThreadPool

    from ui.unit.export_page import ExportPage

    page = ExportPage(unit_profile)
    qtbot.addWidget(page)
    page.show()
    page.refresh()  # as the main window does when the page is shown
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10_000)
    assert page.nothing_to_send()
    asked: list[bool] = []

    def refuse() -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(page, "ask_export_nothing", refuse)
    page.folder.setText(str(tmp_path / "USB"))
    page.export_button.click()
    assert asked == [True]
    assert not (tmp_path / "USB").exists()  # nothing written
    assert page.export_button.isEnabled()
    QThreadPool.globalInstance().waitForDone(15_000)
