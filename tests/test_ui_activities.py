"""W2 through the widgets: the table, search, add, edit, delete, evidence, validation."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, Qt, QThreadPool, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService
from cds_desktop.profile import Profile
from tests.ui_support import type_text, wait_for_tasks
from ui.unit.activities_page import ActivitiesPage
from ui.unit.activity_editor import ActivityEditor
from ui.unit.activity_model import ActivityTableModel

BASE = {"title": "Hội thảo Kinh tế số", "form": "workshop", "start_date": "2024-10-08"}


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)


@pytest.fixture
def page(qtbot: QtBot, unit_profile: Profile) -> ActivitiesPage:
    service = ActivityService(unit_profile)
    service.add(BASE | {"participants": 1200, "reach": 45000, "location": "Hà Nội"})
    service.add({"title": "Tọa đàm dữ liệu số", "form": "seminar", "start_date": "2024-10-02"})
    service.add({"title": "Tin bài trên cổng", "form": "portal_post", "start_date": "2024-09-20"})
    page = ActivitiesPage(unit_profile)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def texts(page: ActivitiesPage, column: int = 0) -> list[str]:
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester: object, unit_profile: Profile) -> None:
    service = ActivityService(unit_profile)
    for n in range(5):
        service.add(BASE | {"title": f"Hội thảo {n}", "reach": n * 1000})
    model = ActivityTableModel()
    model.set_rows(service.list_rows())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(6, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 6).data() == "4.000"
    model.set_filter("hoi thao 3")
    assert model.rowCount() == 1
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_table_shows_vietnamese_dates_and_numbers_and_sorts(page: ActivitiesPage) -> None:
    assert texts(page) == ["Hội thảo Kinh tế số", "Tọa đàm dữ liệu số", "Tin bài trên cổng"]
    row = texts(page).index("Hội thảo Kinh tế số")
    assert page.model.index(row, 2).data() == "08/10/2024"
    assert page.model.index(row, 5).data() == "1.200"
    assert page.model.index(row, 6).data() == "45.000"
    assert page.model.index(row, 1).data() == "Hội thảo"
    page.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    assert texts(page)[0] == "Tin bài trên cổng"
    assert "3 hoạt động" in page.count_label.text()


def test_search_ignores_diacritics_and_filters_by_form_and_date(
    qtbot: QtBot, page: ActivitiesPage
) -> None:
    qtbot.keyClicks(page.search, "hoi thao")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert texts(page) == ["Hội thảo Kinh tế số"]
    assert "1 / 3" in page.count_label.text()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.form_filter.setCurrentIndex(page.form_filter.findData("seminar"))
    assert texts(page) == ["Tọa đàm dữ liệu số"]
    page.form_filter.setCurrentIndex(0)
    page.date_filter.setChecked(True)
    page.date_from.setDate(QDate(2024, 10, 1))
    page.date_to.setDate(QDate(2024, 10, 5))
    assert texts(page) == ["Tọa đàm dữ liệu số"]


def open_add(qtbot: QtBot, page: ActivitiesPage) -> ActivityEditor:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editors = [w for w in page.findChildren(ActivityEditor) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_add_shows_errors_next_to_fields_then_saves(
    qtbot: QtBot, page: ActivitiesPage, unit_profile: Profile
) -> None:
    editor = open_add(qtbot, page)
    editor.start_date.setDate(QDate(2024, 10, 10))
    editor.end_date.setDate(QDate(2024, 10, 9))
    editor.urls.setPlainText("khong-phai-dia-chi")
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.errors["title"].isVisible(), timeout=10_000)
    assert editor.errors["end_date"].isVisible()
    assert editor.errors["urls"].isVisible()
    assert "Bắt buộc" in editor.errors["title"].text()
    assert len(ActivityService(unit_profile).list_rows()) == 3

    type_text(editor.title, "Phóng sự Chuyển đổi số ở Điện Biên")
    editor.form.setCurrentIndex(editor.form.findData("reportage"))
    editor.end_date.setDate(QDate(2024, 10, 12))
    editor.urls.setPlainText("https://baovanhoa.vn/phong-su")
    editor.reach.setValue(250000)
    editor.channels.item(1).setCheckState(Qt.CheckState.Checked)
    editor.topics.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10_000)
    [new] = [
        v for v in ActivityService(unit_profile).list_activities() if v.data.form == "reportage"
    ]
    assert new.data.title == "Phóng sự Chuyển đổi số ở Điện Biên"
    assert new.data.reach == 250000 and new.data.end_date == dt.date(2024, 10, 12)
    assert new.data.channels and new.data.topics
    assert page.selected_id() == new.id


def test_a_new_activity_has_no_preset_form_and_must_choose_one(
    qtbot: QtBot, page: ActivitiesPage, unit_profile: Profile
) -> None:
    editor = open_add(qtbot, page)
    assert editor.form.currentIndex() == 0 and editor.form.currentData() == ""
    assert editor.form.currentText() == "— Chọn hình thức —"
    type_text(editor.title, "Hội nghị không chọn hình thức")
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.errors["form"].isVisible(), timeout=10_000)
    assert "Bắt buộc" in editor.errors["form"].text()
    assert len(ActivityService(unit_profile).list_rows()) == 3  # nothing saved
    editor.form.setCurrentIndex(editor.form.findData("conference"))
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    forms = {v.data.title: v.data.form for v in ActivityService(unit_profile).list_activities()}
    assert forms["Hội nghị không chọn hình thức"] == "conference"


def test_period_warning_for_dates_outside_the_campaign(qtbot: QtBot, page: ActivitiesPage) -> None:
    editor = open_add(qtbot, page)
    assert not editor.period_warning.isVisible()
    editor.start_date.setDate(QDate(2024, 12, 1))
    assert editor.period_warning.isVisible() and "15/09/2024" in editor.period_warning.text()
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    editor.reject()


def test_edit_and_unsaved_changes_prompt(
    qtbot: QtBot, page: ActivitiesPage, unit_profile: Profile
) -> None:
    page.table.selectRow(texts(page).index("Tọa đàm dữ liệu số"))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    [editor] = [w for w in page.findChildren(ActivityEditor) if w.isVisible()]
    assert editor.title.text() == "Tọa đàm dữ liệu số"
    editor.participants.setValue(75)
    answers = [QMessageBox.StandardButton.Cancel]
    editor.ask_unsaved = lambda: answers.pop()  # type: ignore[method-assign]
    editor.reject()
    assert editor.isVisible()  # Cancel keeps the editor open
    answers.append(QMessageBox.StandardButton.Save)
    editor.reject()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    qtbot.waitUntil(lambda: "75" in texts(page, 5), timeout=10_000)
    view = ActivityService(unit_profile).get(page.selected_id() or "")
    assert view.data.participants == 75 and view.revision == 2


def test_duplicate_makes_a_new_activity(
    qtbot: QtBot, page: ActivitiesPage, unit_profile: Profile
) -> None:
    page.table.selectRow(0)
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    [editor] = [w for w in page.findChildren(ActivityEditor) if w.isVisible()]
    assert editor.title.text() == texts(page)[0]
    editor.save()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10_000)


def test_delete_asks_and_leaves_a_tombstone(
    qtbot: QtBot, page: ActivitiesPage, unit_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.table.selectRow(texts(page).index("Tin bài trên cổng"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Tin bài trên cổng" in asked[0] and page.model.rowCount() == 3
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    service = ActivityService(unit_profile)
    [gone] = [v for v in service.list_activities(include_deleted=True) if v.deleted]
    assert gone.data.title == "Tin bài trên cổng"


def test_evidence_by_drag_and_drop_with_thumbnail(
    qtbot: QtBot,
    page: ActivitiesPage,
    unit_profile: Profile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    photo = tmp_path / "Ảnh hội thảo.png"
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    assert image.save(str(photo))
    scan = tmp_path / "Biên bản.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    page.table.selectRow(texts(page).index("Hội thảo Kinh tế số"))
    editor = page.edit_selected()
    assert editor is not None
    target = editor.evidence.list
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(scan))])
    drop = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(drop)
    assert target.count() == 2
    assert not target.item(0).icon().pixmap(32, 32).isNull()

    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getText",
        lambda *a, **k: ("https://www.facebook.com/bvhttdl/posts/1", True),
    )
    qtbot.mouseClick(editor.evidence.add_link_button, Qt.MouseButton.LeftButton)
    editor.evidence.list.setCurrentRow(0)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("Toàn cảnh hội thảo", True)
    )
    qtbot.mouseClick(editor.evidence.caption_button, Qt.MouseButton.LeftButton)
    opened: list[QUrl] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url))
    qtbot.mouseClick(editor.evidence.open_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].toLocalFile() == str(photo)
    editor.save()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    wait_for_tasks(qtbot)
    view = ActivityService(unit_profile).get(page.selected_id() or "")
    kinds = [(e.kind, e.filename or e.url, e.caption) for e in view.evidence]
    assert kinds == [
        ("file", "Ảnh hội thảo.png", "Toàn cảnh hội thảo"),
        ("file", "Biên bản.pdf", ""),
        ("link", "https://www.facebook.com/bvhttdl/posts/1", ""),
    ]
    assert "3" in texts(page, 7)

    # stored evidence: thumbnail from the store, opened through a copy with its own name
    editor = page.edit_selected()
    assert editor is not None
    assert not editor.evidence.list.item(0).icon().pixmap(32, 32).isNull()
    editor.evidence.list.setCurrentRow(0)
    editor.evidence.open_selected()
    assert Path(opened[-1].toLocalFile()).name == "Ảnh hội thảo.png"
    editor.evidence.list.setCurrentRow(1)
    qtbot.mouseClick(editor.evidence.remove_button, Qt.MouseButton.LeftButton)
    editor.save()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    view = ActivityService(unit_profile).get(view.id)
    assert [e.filename or e.url for e in view.evidence] == [
        "Ảnh hội thảo.png",
        "https://www.facebook.com/bvhttdl/posts/1",
    ]


def test_a_too_large_file_is_refused_when_dropped(
    qtbot: QtBot,
    page: ActivitiesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("cds_desktop.evidence_store.MAX_EVIDENCE_BYTES", 1024)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    small = tmp_path / "Biên bản.pdf"
    small.write_bytes(b"%PDF-1.4\n%%EOF\n")
    video = tmp_path / "Phóng sự.mp4"
    video.write_bytes(b"v" * 4096)
    page.table.selectRow(texts(page).index("Hội thảo Kinh tế số"))
    editor = page.edit_selected()
    assert editor is not None
    editor.evidence.add_files([small, video])
    assert editor.evidence.list.count() == 1
    assert [e.name for e in editor.evidence.entries] == ["Biên bản.pdf"]
    [message] = shown
    assert message.startswith("Tệp «Phóng sự.mp4» có dung lượng 4,0 KB, vượt giới hạn 1,0 KB")
