"""Careless input (issue 16) through the widgets: the same mistakes as
tests/test_careless_input.py, told in Vietnamese, with nothing written or doubled."""

from __future__ import annotations

import datetime as dt
import errno
import os
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService
from cds_desktop.errors import ValidationError
from cds_desktop.packages.trust import trust_unit_key
from cds_desktop.profile import Profile, create_profile
from cds_desktop.reports.xlsx_report import write_xlsx_report
from cds_desktop.reports.xlsx_template import DATA_SHEET, write_template
from cds_desktop.units import UnitService
from cds_desktop.validation import validate_activity
from ui.centre.unit_dialogs import KeyDialog
from ui.centre.units_page import UnitsPage
from ui.common import i18n
from ui.common.import_result import ImportResultDialog
from ui.recovery import open_or_recover
from ui.unit.activities_page import ActivitiesPage
from ui.unit.activity_editor import ActivityEditor, field_message


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def page(qtbot: QtBot, unit_profile: Profile) -> ActivitiesPage:
    ActivityService(unit_profile).add(
        {"title": "Hội thảo Kinh tế số", "form": "workshop", "start_date": "2024-10-08"}
    )
    page = ActivitiesPage(unit_profile)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def test_an_empty_evidence_file_is_refused_in_the_panel(
    page: ActivitiesPage, tmp_path: Path, errors: list[str]
) -> None:
    empty = tmp_path / "Ảnh hội thảo.jpg"
    empty.write_bytes(b"")
    page.table.selectRow(0)
    editor = page.edit_selected()
    assert editor is not None
    editor.evidence.add_files([empty])
    assert editor.evidence.list.count() == 0
    [message] = errors
    assert message.startswith("Tệp minh chứng «Ảnh hội thảo.jpg» rỗng (0 byte).")


def test_a_control_character_in_the_title_is_shown_next_to_it(
    qtbot: QtBot, page: ActivitiesPage, unit_profile: Profile, errors: list[str]
) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    [editor] = [w for w in page.findChildren(ActivityEditor) if w.isVisible()]
    editor.title.insert("Tin\x07\x1b[31m đỏ")  # as pasted from a terminal
    editor.form.setCurrentIndex(editor.form.findData("news"))
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.errors["title"].isVisible(), timeout=10_000)
    assert "ký tự điều khiển" in editor.errors["title"].text()
    assert len(ActivityService(unit_profile).list_rows()) == 1
    assert errors == []
    editor.reject()  # "discard the changes?" answered yes


def _filled(path: Path, rows: list[list[object]]) -> Path:
    write_template(path)
    book = openpyxl.load_workbook(path)
    for number, values in enumerate(rows, 2):
        for column, value in enumerate(values, 1):
            book[DATA_SHEET].cell(number, column, value)
    book.save(path)
    return path


def _import(
    qtbot: QtBot, page: ActivitiesPage, path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[ImportResultDialog]:
    shown: list[ImportResultDialog] = []
    monkeypatch.setattr(ImportResultDialog, "ask", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.import_button.click()
    return shown


def test_excel_imported_twice_adds_only_the_new_rows(
    qtbot: QtBot,
    page: ActivitiesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unit_profile: Profile,
    errors: list[str],
) -> None:
    first = [["Tin bài tháng 10", "news", dt.date(2024, 10, 10)]]
    book = _filled(tmp_path / "Mẫu.xlsx", first)
    shown = _import(qtbot, page, book, monkeypatch)
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    assert len(ActivityService(unit_profile).list_rows()) == 2

    shown.clear()
    _import(qtbot, page, book, monkeypatch)
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    assert errors[0].startswith("Mọi hoạt động trong «Mẫu.xlsx» (1 dòng) đều đã có")
    assert len(ActivityService(unit_profile).list_rows()) == 2

    book = _filled(tmp_path / "Mẫu.xlsx", [*first, ["Tọa đàm", "seminar", "11/10/2024"]])
    shown = _import(qtbot, page, book, monkeypatch)
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    dialog = shown[0]
    assert dialog.message.text().startswith("Đã nhập 1 hoạt động. 1 dòng dưới đây đã có")
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(3)] == [
        "2",
        "Tin bài tháng 10",
        "Đã có trong danh sách hoạt động.",
    ]
    assert dialog.table.horizontalHeaderItem(1).text() == "Tên hoạt động"
    assert len(ActivityService(unit_profile).list_rows()) == 3


def test_the_report_workbook_is_refused_in_vietnamese(
    qtbot: QtBot,
    page: ActivitiesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unit_profile: Profile,
    errors: list[str],
) -> None:
    report = write_xlsx_report(unit_profile, tmp_path / "Báo cáo.xlsx")
    _import(qtbot, page, report, monkeypatch)
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    assert errors[0].startswith("«Báo cáo.xlsx» là sổ Excel báo cáo")
    assert "mẫu nhập Excel" in errors[0]
    assert len(ActivityService(unit_profile).list_rows()) == 1


def test_a_read_only_profile_folder_is_not_offered_a_restore(
    qtbot: QtBot, tmp_path: Path, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "CD"
    create_profile(data, "unit", "SO-HNI", "Sở Hà Nội").close()
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: asked.append(a) or 0)
    data.chmod(0o555)
    try:
        if os.name != "nt" and os.geteuid() == 0:  # root writes anywhere: say what SQLite says
            monkeypatch.setattr(
                "cds_desktop.profile.integrity_problem",
                lambda _db: "attempt to write a readonly database",
            )

            def refuse(*_a: object, **_k: object) -> object:
                raise PermissionError(errno.EACCES, "Permission denied", str(data))

            monkeypatch.setattr("cds_desktop.environment.tempfile.TemporaryFile", refuse)
        assert open_or_recover(None, data) is None
    finally:
        data.chmod(0o755)
    assert asked == []  # no "restore the newest backup?"
    [message] = errors
    assert message.startswith(f"Thư mục dữ liệu «{data}» chỉ cho phép đọc")
    assert "đừng khôi phục bản sao lưu" in message


def test_a_date_in_another_year_is_refused_next_to_the_field(
    qtbot: QtBot, page: ActivitiesPage, unit_profile: Profile, errors: list[str]
) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    [editor] = [w for w in page.findChildren(ActivityEditor) if w.isVisible()]
    editor.title.insert("Tin bài")
    editor.form.setCurrentIndex(editor.form.findData("news"))
    editor.start_date.setDate(QDate(2099, 10, 1))
    editor.end_date.setDate(QDate(2099, 10, 1))
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.errors["start_date"].isVisible(), timeout=10_000)
    assert editor.errors["start_date"].text() == (
        "Ngày 01/10/2099 không thuộc năm 2024, 2025 của đợt báo cáo; hãy kiểm tra lại năm."
    )
    assert len(ActivityService(unit_profile).list_rows()) == 1
    editor.reject()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("vi", "«fax» không có trong danh mục; chọn một trong: Trực tiếp;"),
        ("en", "“fax” is not in the list; choose one of: In person;"),
    ],
)
def test_a_refused_value_and_the_allowed_ones_are_told_in_both_languages(
    qtbot: QtBot, language: str, expected: str
) -> None:
    try:
        i18n.install_language(language)
        with pytest.raises(ValidationError) as info:
            validate_activity(
                {"title": "T", "form": "news", "start_date": "2024-10-01", "channels": "fax"}
            )
        [error] = info.value.errors
        assert field_message(error).startswith(expected)
    finally:
        i18n.install_language("vi")


def test_a_fingerprint_of_another_unit_is_refused_on_the_units_page(
    qtbot: QtBot, tmp_path: Path, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with create_profile(tmp_path / "unit", "unit", "SO-HNI", "Sở Hà Nội") as unit:
        fingerprint = unit.fingerprint()
    centre = create_profile(tmp_path / "centre", "centre", "BO-TTCDS", "Trung tâm")
    try:
        trust_unit_key(centre, "SO-HNI", fingerprint)
        page = UnitsPage(centre)
        qtbot.addWidget(page)
        page.show()
        page.reload()
        qtbot.waitUntil(lambda: page.model.row_of("SO-HCM") is not None, timeout=10_000)
        row = page.model.row_of("SO-HCM")
        assert row is not None
        page.table.selectRow(row)
        monkeypatch.setattr(
            KeyDialog, "ask", lambda self: self.fingerprint.setText(fingerprint) or True
        )
        page.key_button.click()
        qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
        assert errors[0].startswith(
            f"Mã khóa {fingerprint} đã được đăng ký cho đơn vị SO-HNI; mỗi đơn vị có khóa riêng."
        )
        units = {u.code: u.fingerprint for u in UnitService(centre).list_units()}
        assert units["SO-HCM"] is None and units["SO-HNI"] == fingerprint
    finally:
        QThreadPool.globalInstance().waitForDone(15_000)
        centre.close()


def test_the_status_bar_knows_an_export_made_on_the_command_line(
    qtbot: QtBot, unit_profile: Profile, tmp_path: Path
) -> None:
    from cds_desktop.packages.export import export_package
    from ui.main_window import MainWindow

    ActivityService(unit_profile).add({"title": "Tin", "form": "news", "start_date": "2024-10-01"})
    window = MainWindow(unit_profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.activities.loading, timeout=10_000)
    assert window.export_label.text() == "Chưa xuất gói dữ liệu"
    window.close()
    export_package(unit_profile, tmp_path)  # what `export --out` does, without the GUI
    again = MainWindow(unit_profile)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: not again.activities.loading, timeout=10_000)
    assert again.export_label.text().startswith("Xuất gói lần cuối: ")
    assert again.export_label.text().endswith("(số 1)")


def test_exporting_to_a_file_instead_of_a_folder_is_explained(
    qtbot: QtBot, unit_profile: Profile, tmp_path: Path, errors: list[str]
) -> None:
    from ui.unit.export_page import ExportPage

    ActivityService(unit_profile).add({"title": "Tin", "form": "news", "start_date": "2024-10-01"})
    not_a_folder = tmp_path / "USB"
    not_a_folder.write_bytes(b"a file")
    page = ExportPage(unit_profile)
    qtbot.addWidget(page)
    page.show()
    page.folder.setText(str(not_a_folder))
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    assert errors[0].startswith(f"«{not_a_folder}» là một tệp, không phải thư mục")
    assert not_a_folder.read_bytes() == b"a file"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".cdspkg"] == []


def test_a_bad_evidence_link_is_refused_in_words_when_added(
    page: ActivitiesPage, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    page.table.selectRow(0)
    editor = page.edit_selected()
    assert editor is not None
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("bvhttdl.gov", True))
    editor.evidence.add_link()
    assert editor.evidence.entries == []
    [message] = errors
    assert message.startswith(
        "Liên kết minh chứng: «bvhttdl.gov» không phải địa chỉ web (phải bắt đầu bằng "
        "http:// hoặc https://)."
    )
    assert "url:" not in message and "is not" not in message
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (" https://a.vn/x ", True))
    editor.evidence.add_link()
    assert [e.new_url for e in editor.evidence.entries] == ["https://a.vn/x"]
