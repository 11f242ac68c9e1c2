"""W3–W5 and settings through the widgets: Excel template and import, export, reports,
report header settings and the language switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import openpyxl
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService
from cds_desktop.packages.verify import verify_package
from cds_desktop.profile import Profile
from cds_desktop.reports.settings import load_report_settings
from tests.ui_support import wait_for_tasks
from ui.common import i18n
from ui.common.import_result import ImportResultDialog
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)
    i18n.install_language("vi")


@pytest.fixture
def window(qtbot: QtBot, unit_profile: Profile) -> MainWindow:
    ActivityService(unit_profile).add(
        {
            "title": "Hội nghị Chuyển đổi số",
            "form": "conference",
            "start_date": "2024-10-10",
            "participants": 300,
        }
    )
    window = MainWindow(unit_profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.activities.loading, timeout=10_000)
    return window


def test_template_then_import_with_a_bad_row_then_fixed(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unit_profile: Profile,
) -> None:
    template = tmp_path / "mẫu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.activities.template_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    filled = template.with_suffix(".xlsx")
    assert filled.exists()

    book = openpyxl.load_workbook(filled)
    sheet = book["Hoạt động"]
    headers = [c.value for c in sheet[1]]

    def col(name: str) -> int:
        return next(i for i, h in enumerate(headers, 1) if str(h).startswith(name))

    sheet.cell(2, col("Tên hoạt động"), "Tập huấn kỹ năng số")
    sheet.cell(2, col("Hình thức"), "Tập huấn, hướng dẫn")
    sheet.cell(2, col("Ngày bắt đầu"), "12/10/2024")
    sheet.cell(3, col("Tên hoạt động"), "Dòng lỗi")
    sheet.cell(3, col("Hình thức"), "Không có hình thức này")
    sheet.cell(3, col("Ngày bắt đầu"), "12/10/2024")
    book.save(filled)

    shown: list[ImportResultDialog] = []
    monkeypatch.setattr(ImportResultDialog, "ask", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(filled), ""))
    window.activities.import_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    dialog = shown[0]
    assert dialog.table.rowCount() >= 1
    assert dialog.table.item(0, 0).text() == "3"
    assert "Hình thức" in dialog.table.item(0, 1).text()
    assert (
        dialog.table.item(0, 2)
        .text()
        .startswith("«Không có hình thức này» không có trong danh mục; chọn một trong: Chuyên đề;")
    )
    assert len(ActivityService(unit_profile).list_rows()) == 1  # nothing saved

    sheet.cell(3, col("Hình thức"), "Hội thảo")
    book.save(filled)
    window.activities.import_button.click()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=15_000)
    assert "2" in shown[1].message.text() and shown[1].table.rowCount() == 0
    qtbot.waitUntil(lambda: window.activities.model.total == 3, timeout=10_000)


def test_export_writes_a_package_that_verifies(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, unit_profile: Profile
) -> None:
    window.show_page("export")
    page = window.export
    qtbot.waitUntil(lambda: page.summary_activities.text() == "1", timeout=10_000)
    out = tmp_path / "USB"
    page.folder.setText(str(out))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.result_box.isVisible(), timeout=20_000)
    path = Path(page.result_path.text())
    assert path.parent == out and path.suffix == ".cdspkg"
    assert page.result_fingerprint.text() == unit_profile.fingerprint()
    assert len(page.result_sha.text()) == 64
    verify_package(path)
    assert "số 1" in window.export_label.text()


def test_report_pdf_preview_save_and_print(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page("reports")
    page = window.reports
    page.pdf_button.click()
    qtbot.waitUntil(lambda: page.view.isVisible(), timeout=30_000)
    assert page.document.pageCount() >= 1
    target = tmp_path / "báo cáo.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    printed = tmp_path / "in.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(page, "ask_printer", to_file)
    page.print_button.click()
    assert printed.stat().st_size > 1000
    xlsx = tmp_path / "báo cáo.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx), ""))
    page.xlsx_button.click()
    wait_for_tasks(qtbot, 30_000)
    assert openpyxl.load_workbook(xlsx).sheetnames


def test_report_word_export_next_to_the_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page("reports")
    page = window.reports
    buttons = page.save_button.parentWidget().findChildren(type(page.save_button))
    assert page.docx_button in buttons and page.docx_button.text().replace("&", "") == "Xuất Word…"
    assert page.docx_button.isEnabled()  # no PDF needed first
    target = tmp_path / "báo cáo"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    page.docx_button.click()
    wait_for_tasks(qtbot, 30_000)
    saved = tmp_path / "báo cáo.docx"
    doc = docx.Document(str(saved))
    assert "Hội nghị Chuyển đổi số" in " ".join(
        cell.text for table in doc.tables for row in table.rows for cell in row.cells
    )
    assert shown and str(saved) in shown[0]


def test_report_settings_are_saved_through_the_service(
    qtbot: QtBot, window: MainWindow, unit_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page("settings")
    page = window.settings
    assert str(unit_profile.paths.root) in [  # the data folder, shown and copyable
        field.text() for field in page.findChildren(QLineEdit) if field.isReadOnly()
    ]
    page.fields["number"].setText("12")  # type: ignore[union-attr]
    page.fields["signer_name"].setText("Nguyễn Văn An")  # type: ignore[union-attr]
    page.fields["drafting_unit"].setText("TH")  # type: ignore[union-attr]
    page.fields["recipients"].setPlainText("Bộ VHTTDL (để tổng hợp);\nLưu: VT")  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page.save_button.click()
    saved = load_report_settings(unit_profile)
    assert saved.number == "12" and saved.signer_name == "Nguyễn Văn An"
    assert saved.drafting_unit == "TH" and saved.recipient_lines()[-1] == "Lưu: VT, TH"
    assert saved.recipients == ["Bộ VHTTDL (để tổng hợp);", "Lưu: VT"]


def test_language_switch_to_english_and_back(qtbot: QtBot, window: MainWindow) -> None:
    assert window.nav.item(0).text() == "Hoạt động"
    window.show_page("settings")
    window.settings.language.setCurrentIndex(window.settings.language.findData("en"))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Activities", timeout=5_000)
    qtbot.waitUntil(lambda: not window.activities.loading, timeout=10_000)
    assert window.stack.currentWidget() is window.settings
    assert window.activities.add_button.text().replace("&", "") == "Add activity"
    assert window.activities.model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    assert window.counts_label.text() == "1 activities · 0 evidence items"
    window.settings.language.setCurrentIndex(window.settings.language.findData("vi"))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Hoạt động", timeout=5_000)
    qtbot.waitUntil(lambda: not window.activities.loading, timeout=10_000)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_screenshot_script_renders_every_screen(tmp_path: Path, language: str) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    run = subprocess.run(
        [sys.executable, "-m", "ui.screenshots", str(tmp_path / "shots"), "--language", language],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    suffix = "-en" if language == "en" else ""
    names = sorted(
        p.name.replace(f"{suffix}.png", ".png") for p in (tmp_path / "shots").glob("gui-*.png")
    )
    assert len(names) == 27 and "gui-reports.png" in names and "gui-centre-dashboard.png" in names
    assert {"gui-centre-replace-key.png", "gui-centre-mass-deletion.png"} <= set(names)
    assert {"gui-activities-empty.png", "gui-centre-master-empty.png"} <= set(names)
    assert "gui-centre-master-reused.png" in names  # issue 19
    shots = list((tmp_path / "shots").glob("gui-*.png"))
    assert all(p.stem.endswith("-en") == (language == "en") for p in shots)
    assert all(p.stat().st_size > 10_000 for p in shots)
