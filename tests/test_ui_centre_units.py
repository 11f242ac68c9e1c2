"""W6, W8 through the widgets: the unit list, add and edit, key registration by typing
the fingerprint, the not-reported filter and its Excel list; master data and reports."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QThreadPool, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStyle
from pytestqt.qtbot import QtBot

from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.packages.importer import import_packages
from cds_desktop.profile import Profile
from cds_desktop.units import UnitService
from tests.centre_support import Packages, build_packages, new_centre
from tests.package_helpers import export, make_centre, make_unit
from tests.ui_support import type_text, wait_for_tasks
from ui.centre.unit_dialogs import KeyDialog, UnitDialog
from ui.centre.units_model import COLUMNS
from ui.main_window import MainWindow
from ui.unit.evidence_panel import EvidencePanel


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    return build_packages(tmp_path_factory.mktemp("units"))


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)


@pytest.fixture
def centre(tmp_path: Path, packages: Packages) -> Iterator[Profile]:
    """A centre that has imported SO-HNI's first package (its key trusted at import)."""
    profile = new_centre(tmp_path)
    [result] = import_packages(profile, [packages.hni1], trust_new=True)
    assert result.status == "imported"
    yield profile
    profile.close()


@pytest.fixture
def window(qtbot: QtBot, centre: Profile) -> MainWindow:
    window = MainWindow(centre)
    qtbot.addWidget(window)
    window.show()
    assert window.units is not None  # built when first used (issue 14): read its list now
    wait_for_tasks(qtbot)
    return window


def cell(window: MainWindow, code: str, column: str) -> str:
    model = window.units.model
    row = model.row_of(code)
    assert row is not None, code
    return str(model.index(row, COLUMNS.index(column)).data())


def test_units_show_catalog_order_group_key_and_status(window: MainWindow) -> None:
    window.show_page("units")
    model = window.units.model
    orders = [model.line_at(r).order for r in range(model.rowCount())]
    assert orders == sorted(orders) and model.rowCount() > 30
    assert cell(window, "SO-HNI", "status") == "Đã gửi"
    assert cell(window, "SO-HNI", "last_sequence") == "1"
    assert cell(window, "SO-HNI", "activities") == "2"
    assert "/" in cell(window, "SO-HNI", "last_import_at")
    assert cell(window, "SO-HNI", "key").count("-") == 4
    assert cell(window, "SO-HCM", "status") == "Chưa gửi"
    assert cell(window, "SO-HCM", "key") == "chưa đăng ký"
    assert cell(window, "BO-TTCDS", "status") == "Trung tâm (máy này)"
    reported, expected = model.reported_count()
    assert reported == 1
    assert f"Đã gửi báo cáo: 1 / {expected} đơn vị" in window.units.count_label.text()


def test_register_a_key_by_typing_its_fingerprint(
    qtbot: QtBot,
    window: MainWindow,
    centre: Profile,
    packages: Packages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.show_page("units")
    page = window.units
    type_text(page.search, "sở hcm")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    page.table.selectRow(0)
    assert page.key_button.isEnabled()
    typed = packages.hcm_fingerprint.lower().replace("-", " ")

    def answer(dialog: KeyDialog) -> bool:
        assert dialog.line.code == "SO-HCM"
        dialog.fingerprint.setText(typed)
        return True

    monkeypatch.setattr(KeyDialog, "ask", answer)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.key_button.click()
    assert told and packages.hcm_fingerprint in told[0]
    wait_for_tasks(qtbot)
    assert cell(window, "SO-HCM", "key") == packages.hcm_fingerprint
    assert not page.key_button.isEnabled()  # a registered key is never replaced here
    # its package now imports without a question
    [result] = import_packages(centre, [packages.hcm1], trust_new=False)
    assert result.status == "imported"


def test_a_mistyped_fingerprint_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, centre: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.units
    row = page.model.row_of("SO-HCM")
    assert row is not None
    page.table.selectRow(row)
    monkeypatch.setattr(
        KeyDialog, "ask", lambda self: self.fingerprint.setText("ABCD-1234") or True
    )
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: errors.append(text))
    page.key_button.click()
    assert errors
    assert (
        next(u for u in UnitService(centre).list_units() if u.code == "SO-HCM").fingerprint is None
    )


def test_add_and_edit_a_unit(
    qtbot: QtBot, window: MainWindow, centre: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.units

    def new_unit(dialog: UnitDialog) -> bool:
        dialog.code.setText("so-test")
        dialog.name.setText("Sở Văn hóa thử nghiệm")
        dialog.group.setCurrentIndex(dialog.group.findData("province"))
        return True

    monkeypatch.setattr(UnitDialog, "ask", new_unit)
    page.add_button.click()
    wait_for_tasks(qtbot)
    assert cell(window, "SO-TEST", "name") == "Sở Văn hóa thử nghiệm"
    assert page.selected_code() == "SO-TEST"

    def rename(dialog: UnitDialog) -> bool:
        assert (dialog.line is not None and not dialog.code.isEnabled()) or dialog.code.isReadOnly()
        dialog.name.setText("Sở Văn hóa, Thể thao thử nghiệm")
        dialog.order.setValue(1)
        return True

    monkeypatch.setattr(UnitDialog, "ask", rename)
    page.edit_button.click()
    wait_for_tasks(qtbot)
    units = UnitService(centre).list_units()
    edited = next(u for u in units if u.code == "SO-TEST")
    assert edited.name == "Sở Văn hóa, Thể thao thử nghiệm" and edited.sort_order == 1
    assert page.model.line_at(0).code in {"SO-TEST", units[0].code}


def test_not_reported_filter_and_its_excel_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.units
    page.not_reported.setChecked(True)
    codes = [page.model.line_at(r).code for r in range(page.model.rowCount())]
    assert "SO-HNI" not in codes and "BO-TTCDS" not in codes and "SO-HCM" in codes
    assert "đang hiện" in page.count_label.text()
    out = tmp_path / "đôn đốc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    sheet = openpyxl.load_workbook(out.with_name("đôn đốc.xlsx"))["Chưa gửi báo cáo"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["STT", "Mã đơn vị", "Tên đơn vị"]
    assert [r[1] for r in rows[1:]] == codes
    assert str(len(codes)) in told[0]
    page.not_reported.setChecked(False)
    assert page.model.rowCount() == len(page.model.lines)


def test_master_data_filter_search_and_detail(
    qtbot: QtBot, window: MainWindow, centre: Profile, packages: Packages
) -> None:
    import_packages(centre, [packages.hcm1], trust_new=True)
    window.master.mark_stale()
    window.show_page("master")
    page = window.master
    qtbot.waitUntil(lambda: page.model.total == 4 and not page.loading, timeout=10_000)
    assert page.unit_filter.count() == 3  # all, SO-HNI, SO-HCM
    page.unit_filter.setCurrentIndex(page.unit_filter.findData("SO-HCM"))
    assert page.model.rowCount() == 2
    assert {page.model.row_at(r).unit_code for r in range(2)} == {"SO-HCM"}
    type_text(page.search, "hội thảo")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert "1 / 4" in page.count_label.text()
    page.table.selectRow(0)
    detail = page.detail
    assert detail.title.text() == "Hội thảo Kinh tế số 2"
    assert detail.fields["unit"].text().startswith("SO-HCM — ")
    assert detail.fields["participants"].text() == "250"
    assert detail.fields["participants"].isVisible()
    # no empty labels, and a first version says nothing ("Phiên bản: 1")
    for name, label in detail.fields.items():
        assert label.isVisible() == bool(label.text()) or name == "revision", name
    assert not detail.fields["revision"].isVisible()
    evidence = detail.evidence
    assert evidence is not None and evidence.list.count() == 3
    assert not evidence.add_file_button.isVisible() and not evidence.remove_button.isVisible()
    evidence.list.setCurrentRow(0)
    assert evidence.open_button.isEnabled()
    assert not evidence.list.item(0).icon().isNull()


def test_master_report_pdf_on_the_centre(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page("reports")
    page = window.reports
    assert page.pdf_button.text().replace("&", "") == "Tạo báo cáo PDF"
    page.pdf_button.click()
    qtbot.waitUntil(lambda: page.view.isVisible(), timeout=30_000)
    assert page.document.pageCount() >= 2
    target = tmp_path / "tổng hợp.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert page._file_name(".pdf") == "bao-cao-tong-hop.pdf"


def test_evidence_kept_in_a_pack_shows_its_thumbnail_and_opens(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the centre a unit's files lie inside the import's pack; the panel still draws
    the photo and opens a copy under the file's own name."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    photo = tmp_path / "Ảnh lễ phát động.png"
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(photo))
    unit = make_unit(tmp_path)
    ActivityService(unit).add(
        {"title": "Lễ phát động", "form": "conference", "start_date": "2024-10-10"},
        files=[FileInput(photo)],
    )
    centre = make_centre(tmp_path)
    import_packages(centre, [export(unit, tmp_path / "out")], trust_new=True)
    unit.close()
    [view] = [
        v for v in ActivityService(centre).list_activities() if v.data.title == "Lễ phát động"
    ]
    assert not centre.evidence.path_for(view.evidence[0].sha256 or "").exists()  # in the pack
    panel = EvidencePanel(centre.evidence, view.evidence, read_only=True)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: not panel.thumbnails_pending(), timeout=15_000)
    drawn = panel.list.item(0).icon().pixmap(32, 32).toImage()
    generic = panel.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
    assert drawn != generic.pixmap(32, 32).toImage()
    assert QColor(drawn.pixel(16, 16)) == QColor("#1565c0")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    panel.list.setCurrentRow(0)
    panel.open_button.click()
    [url] = opened
    copy = Path(url.toLocalFile())
    assert copy.name == photo.name and copy.read_bytes() == photo.read_bytes()
    centre.close()
