"""GUI paths of the centre–unit loop (issue 18): the centre's key, receipts, plans."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cds_desktop import keys
from cds_desktop.centre_key import check_centre_signer
from cds_desktop.profile import Profile
from tests.ui_support import wait_for_tasks
from ui.common.settings_page import SettingsPage


def test_centre_settings_show_its_key_and_save_the_key_sheet(
    qtbot: QtBot, centre_profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = SettingsPage(centre_profile)
    qtbot.addWidget(page)
    assert page.centre_fingerprint.text() == centre_profile.fingerprint()
    assert page.sheet_button is not None
    out = tmp_path / "mã khóa trung tâm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.sheet_button.click()
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(told))
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_unit_settings_show_the_centre_key_it_trusts(
    qtbot: QtBot, unit_profile: Profile, centre_profile: Profile
) -> None:
    page = SettingsPage(unit_profile)
    qtbot.addWidget(page)
    assert page.sheet_button is None
    assert page.centre_fingerprint.text() == "(chưa xác nhận)"
    assert "monospace" not in page.centre_fingerprint.styleSheet()  # a note, not a key
    public = keys.load_public_key(centre_profile.paths.public_key)
    fingerprint = centre_profile.fingerprint()
    check_centre_signer(unit_profile, fingerprint, public, fingerprint)
    page.refresh_centre_key()
    assert page.centre_fingerprint.text() == fingerprint
    assert "monospace" in page.centre_fingerprint.styleSheet()


# Receipts: the import page saves them, the export page imports and shows them.


def _import_and_save_receipts(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Profile, Profile, Path]:
    from cds_desktop.packages.trust import trust_unit_key
    from tests.package_helpers import export, make_centre, make_unit
    from ui.centre.import_page import ImportPage

    unit = make_unit(tmp_path, "SO-HNI")
    package = export(unit, tmp_path / "USB")
    centre = make_centre(tmp_path)
    trust_unit_key(centre, "SO-HNI", unit.fingerprint())
    page = ImportPage(centre)
    qtbot.addWidget(page)
    assert not page.receipts_button.isEnabled()
    page.import_paths([package])
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: page.receipts_button.isEnabled())
    folder = tmp_path / "biên nhận"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.receipts_button.click()
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(told))
    assert "Đã lưu 1 biên nhận" in told[0]
    [receipt] = folder.glob("*.cdsreceipt")
    return unit, centre, receipt


def test_import_page_saves_receipts_and_the_export_page_shows_them(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ui.unit.export_page import ExportPage

    unit, centre, receipt = _import_and_save_receipts(qtbot, tmp_path, monkeypatch)
    page = ExportPage(unit)
    qtbot.addWidget(page)
    wait_for_tasks(qtbot)
    assert "Chưa có biên nhận nào" in page.receipts.status.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(receipt), ""))
    asked: list[str] = []

    def phone(*_args: object) -> tuple[str, bool]:
        asked.append("asked")
        return centre.fingerprint().lower(), True

    monkeypatch.setattr(QInputDialog, "getText", phone)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.receipts.import_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    wait_for_tasks(qtbot)
    assert asked == ["asked"]  # the first file from the centre: its fingerprint confirmed
    assert told[0].startswith("Trung tâm đã nhận gói số 1 lúc")
    assert page.receipts.status.text().startswith("Trung tâm đã nhận gói số 1 lúc")
    assert "2 hoạt động mới" in page.receipts.status.text()
    unit.close()
    centre.close()


def test_export_page_refuses_a_receipt_for_another_unit(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.package_helpers import make_unit
    from ui.unit.export_page import ExportPage

    unit, centre, receipt = _import_and_save_receipts(qtbot, tmp_path, monkeypatch)
    other = make_unit(tmp_path, "SO-HCM", seed=2)
    public = keys.load_public_key(centre.paths.public_key)
    check_centre_signer(other, centre.fingerprint(), public, centre.fingerprint())
    page = ExportPage(other)
    qtbot.addWidget(page)
    wait_for_tasks(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(receipt), ""))
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: refused.append(text))
    page.receipts.import_button.click()
    qtbot.waitUntil(lambda: bool(refused), timeout=15_000)
    wait_for_tasks(qtbot)
    assert refused[0].startswith("Tệp này dành cho một đơn vị khác")
    assert "Chưa có biên nhận nào" in page.receipts.status.text()
    for profile in (unit, centre, other):
        profile.close()


# Campaign plans: published from the centre's settings, imported in a unit's settings.


def _centre_with_plan(centre: Profile) -> None:
    import datetime as dt

    from cds_desktop.plans import Target, save_campaign, set_target

    save_campaign(
        centre, "CDS-2025", name="Tuyên truyền Ngày Chuyển đổi số năm 2025",
        plan_number="Kế hoạch số 12/KH-TTCDS", plan_date=dt.date(2025, 8, 20),
        start_date=dt.date(2025, 9, 15), end_date=dt.date(2025, 10, 31), activate=True,
    )  # fmt: skip
    set_target(centre, "CDS-2025", Target("all", "", activities=4, forms=("workshop",)))


def test_centre_publishes_and_unit_imports_a_plan(
    qtbot: QtBot,
    unit_profile: Profile,
    centre_profile: Profile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ui.main_window import MainWindow

    _centre_with_plan(centre_profile)
    centre_page = SettingsPage(centre_profile)
    qtbot.addWidget(centre_page)
    assert "CDS-2025" in centre_page.plan.summary.text()
    out = tmp_path / "kế hoạch 2025"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    centre_page.plan.button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    wait_for_tasks(qtbot)
    plan = out.with_name(out.name + ".cdsplan")
    assert plan.exists() and "phiên bản 1" in told[0]
    assert "Kế hoạch phiên bản: 1" in centre_page.plan.summary.text()

    window = MainWindow(unit_profile)
    qtbot.addWidget(window)
    window.show()
    wait_for_tasks(qtbot)
    assert window.campaign.code == "CDS-2024"
    window.show_page("settings")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(plan), ""))
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: (centre_profile.fingerprint(), True)
    )
    told.clear()
    window.settings.plan.button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    wait_for_tasks(qtbot)
    assert "Đã nhập kế hoạch phiên bản 1 của đợt CDS-2025" in told[0]
    qtbot.waitUntil(lambda: window.campaign.code == "CDS-2025")
    summary = window.settings.plan.summary.text()
    assert "CDS-2025" in summary and "Chỉ tiêu: Tối thiểu 4 hoạt động" in summary
    assert window.settings.centre_fingerprint.text() == centre_profile.fingerprint()


def test_unit_refuses_an_older_plan_with_a_translated_reason(
    qtbot: QtBot,
    unit_profile: Profile,
    centre_profile: Profile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cds_desktop.plans import import_plan, publish_plan

    _centre_with_plan(centre_profile)
    plan = publish_plan(centre_profile, tmp_path / "v1.cdsplan").path
    import_plan(unit_profile, plan, centre_profile.fingerprint())
    page = SettingsPage(unit_profile)
    qtbot.addWidget(page)
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: refused.append(text))
    page.plan.import_plan(plan)
    qtbot.waitUntil(lambda: bool(refused), timeout=15_000)
    wait_for_tasks(qtbot)
    assert refused[0].startswith("Kế hoạch này không mới hơn kế hoạch đơn vị đang dùng")


# Targets: the centre's dashboard and the unit's export page show progress against them.


def test_dashboard_and_export_page_show_results_against_targets(
    qtbot: QtBot, unit_profile: Profile, centre_profile: Profile, tmp_path: Path
) -> None:
    from cds_desktop.activities import ActivityService
    from cds_desktop.packages.export import export_package
    from cds_desktop.packages.importer import import_packages
    from cds_desktop.plans import import_plan, publish_plan
    from ui.centre.dashboard_page import DashboardPage
    from ui.unit.export_page import ExportPage

    ActivityService(unit_profile).add(  # last year's campaign, reported
        {"title": "Hội thảo 2024", "form": "news", "start_date": "2024-10-02", "participants": 9}
    )
    (tmp_path / "USB").mkdir()
    import_packages(centre_profile, [export_package(unit_profile, tmp_path / "USB").path], True)
    _centre_with_plan(centre_profile)
    plan = publish_plan(centre_profile, tmp_path / "v1.cdsplan").path
    import_plan(unit_profile, plan, centre_profile.fingerprint())
    ActivityService(unit_profile).add(
        {"title": "Hội thảo dữ liệu số", "form": "workshop", "start_date": "2025-10-02"}
    )
    page = ExportPage(unit_profile)
    qtbot.addWidget(page)
    page.refresh()
    wait_for_tasks(qtbot)
    progress = page.receipts.progress.text()
    assert progress == "Tiến độ so với chỉ tiêu: 1 / 4 hoạt động. Kết quả: Đạt một phần."

    package = export_package(unit_profile, tmp_path / "USB").path
    [result] = import_packages(centre_profile, [package], trust_new=True)
    assert result.status == "imported"
    dashboard = DashboardPage(centre_profile)
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=15_000)
    wait_for_tasks(qtbot)
    text = dashboard.targets.text()
    assert text.startswith("Chỉ tiêu: 0 đơn vị đạt, 1 đạt một phần,")
    assert text.endswith(
        "Đợt trước (CDS-2024): 1 hoạt động, 9 người tham gia, 1 đơn vị có hoạt động."
    )
    assert not dashboard.targets.isHidden()


def test_centre_edits_a_new_campaign_and_its_targets_in_the_dialog(
    qtbot: QtBot, centre_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from cds_desktop.plans import list_campaigns
    from tests.ui_support import type_text
    from ui.common.plan_box import CampaignDialog

    dialog = CampaignDialog(centre_profile)
    qtbot.addWidget(dialog)
    assert dialog.code.text() == "CDS-2024" and dialog.start.text() == "15/09/2024"
    for edit, text in (
        (dialog.code, "CDS-2025"),
        (dialog.name, "Tuyên truyền Ngày Chuyển đổi số năm 2025"),
        (dialog.plan_number, "Kế hoạch số 12/KH-TTCDS"),
        (dialog.plan_date, "20/08/2025"),
        (dialog.start, "15/09/2025"),
        (dialog.end, "31/10/2025"),
    ):
        edit.clear()
        type_text(edit, text)
    dialog.forms.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.each[1][0].setValue(3)
    dialog.total[1][0].setValue(200)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [new] = [c for c in list_campaigns(centre_profile) if c.code == "CDS-2025"]
    assert new.active and new.plan == "Kế hoạch số 12/KH-TTCDS ngày 20/08/2025"
    assert len(new.details.forms) == 1
    assert {(t.scope, t.activities) for t in new.details.targets} == {("all", 3), ("total", 200)}

    again = CampaignDialog(centre_profile)
    qtbot.addWidget(again)
    assert again.code.text() == "CDS-2025" and again.each[1][0].value() == 3
    again.end.setText("31/13/2025")
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: refused.append(text))
    again.save()
    assert refused and "31/13/2025" in refused[0]
    assert again.result() != again.DialogCode.Accepted


def test_the_campaign_chooser_switches_the_campaign_and_the_dialog_never_mixes_two(
    qtbot: QtBot, centre_profile: Profile
) -> None:
    from cds_desktop.plans import list_campaigns
    from ui.common.plan_box import CampaignDialog, PlanBox

    _centre_with_plan(centre_profile)
    box = PlanBox(centre_profile)
    qtbot.addWidget(box)
    assert box.chooser.currentData() == "CDS-2025" and box.chooser.count() == 2
    with qtbot.waitSignal(box.campaign_changed):
        box.chooser.setCurrentIndex(box.chooser.findData("CDS-2024"))
        box.chooser.activated.emit(box.chooser.currentIndex())
    assert [c.code for c in list_campaigns(centre_profile) if c.active] == ["CDS-2024"]
    assert box.summary.text().startswith("CDS-2024")

    dialog = CampaignDialog(centre_profile)
    qtbot.addWidget(dialog)
    assert dialog.code.text() == "CDS-2024" and dialog.each[1][0].value() == 0
    dialog.code.setText("CDS-2025")
    dialog.code.editingFinished.emit()
    assert dialog.name.text() == "Tuyên truyền Ngày Chuyển đổi số năm 2025"
    assert dialog.start.text() == "15/09/2025" and dialog.each[1][0].value() == 4


def test_centre_sets_targets_per_unit_and_per_group_in_the_dialog_table(
    qtbot: QtBot, centre_profile: Profile, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from cds_desktop.plans import Target, list_campaigns, set_target
    from ui.common.plan_box import CampaignDialog

    set_target(centre_profile, "CDS-2024", Target("unit", "SO-HNI", 9, forms=("workshop",)))
    dialog = CampaignDialog(centre_profile)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    table = dialog.specific
    assert table.table.rowCount() == 1 and table.table.item(0, 2).text() == "9"

    # a group target typed in the line above the table, then set with the button
    table.scope.setCurrentIndex(table.scope.findData("group"))
    table.who.setCurrentIndex(table.who.findData("province"))
    table.spins[0].setValue(6)
    table.spins[1].setValue(500)
    qtbot.mouseClick(table.set_button, Qt.MouseButton.LeftButton)
    assert table.table.rowCount() == 2 and table.table.item(1, 3).text() == "500"
    # a unit's row chosen, changed, and set again: still one row for the unit
    table.table.selectRow(0)
    assert table.scope.currentData() == "unit" and table.spins[0].value() == 9
    table.spins[0].setValue(12)
    qtbot.mouseClick(table.set_button, Qt.MouseButton.LeftButton)
    assert table.table.rowCount() == 2 and table.table.item(0, 2).text() == "12"
    dialog.grab().save(str(tmp_path / "targets.png"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [campaign] = [c for c in list_campaigns(centre_profile) if c.code == "CDS-2024"]
    scoped = {(t.scope, t.code): t for t in campaign.details.targets}
    assert scoped[("unit", "SO-HNI")].activities == 12
    assert scoped[("unit", "SO-HNI")].forms == ("workshop",)  # kept, not editable here
    assert (
        scoped[("group", "province")].activities,
        scoped[("group", "province")].participants,
    ) == (6, 500)

    again = CampaignDialog(centre_profile)
    qtbot.addWidget(again)
    assert again.specific.table.rowCount() == 2
    again.specific.table.selectRow(1)
    qtbot.mouseClick(again.specific.remove_button, Qt.MouseButton.LeftButton)
    again.save()
    [campaign] = [c for c in list_campaigns(centre_profile) if c.code == "CDS-2024"]
    assert [
        (t.scope, t.code) for t in campaign.details.targets if t.scope in ("unit", "group")
    ] == [("unit", "SO-HNI")]


def test_the_activity_editor_offers_the_plans_forms_first(
    qtbot: QtBot, centre_profile: Profile
) -> None:
    from cds_desktop import catalog
    from cds_desktop.plans import save_campaign
    from ui.unit.activity_editor import ActivityEditor

    every = [t.code for t in catalog.forms()]
    editor = ActivityEditor(centre_profile)  # no forms in the plan: catalog order
    qtbot.addWidget(editor)
    # "— Chọn hình thức —" first: no form is preset (issue 17)
    assert [editor.form.itemData(i) for i in range(editor.form.count())] == ["", *every]

    save_campaign(centre_profile, "CDS-2024", forms=["workshop", "news"])
    editor = ActivityEditor(centre_profile)
    qtbot.addWidget(editor)
    codes = [editor.form.itemData(i) for i in range(editor.form.count())]
    planned = [c for c in every if c in ("workshop", "news")]
    assert codes[0] == "" and editor.form.currentData() == ""  # nothing preset
    assert codes[1:3] == planned and codes[3] is None  # then a separator line
    assert codes[4:] == [c for c in every if c not in planned]  # still choosable


def test_the_reports_page_covers_the_campaign_chosen_without_switching(
    qtbot: QtBot, centre_profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    import docx

    from cds_desktop.plans import list_campaigns, save_campaign
    from ui.common.reports_page import ReportsPage

    save_campaign(centre_profile, "CDS-2025", name="Tuyên truyền năm 2025",
                  start_date=dt.date(2025, 9, 15), end_date=dt.date(2025, 10, 31),
                  activate=True)  # fmt: skip
    page = ReportsPage(centre_profile)
    qtbot.addWidget(page)
    choices = [page.campaign.itemData(i) for i in range(page.campaign.count())]
    assert choices == ["CDS-2025", "CDS-2024"] and page.campaign.currentData() == "CDS-2025"
    # the box is narrow; its list is wide enough for every name whole, its tooltip names it
    metrics = page.campaign.view().fontMetrics()
    longest = max(metrics.horizontalAdvance(page.campaign.itemText(i)) for i in range(2))
    assert page.campaign.view().minimumWidth() >= longest
    assert page.campaign.toolTip().endswith("CDS-2025 — Tuyên truyền năm 2025")
    page.campaign.setCurrentIndex(1)
    page.campaign.activated.emit(1)
    page.show()  # showing the page again keeps the officer's choice
    assert page.campaign.currentData() == "CDS-2024" and not page.save_button.isEnabled()
    assert "CDS-2024 — " in page.campaign.toolTip()

    target = tmp_path / "báo cáo 2024.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page.docx_button.click()
    wait_for_tasks(qtbot, 30_000)
    text = " ".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "từ ngày 15/09/2024 đến ngày 31/10/2024" in text
    assert [c.code for c in list_campaigns(centre_profile) if c.active] == ["CDS-2025"]
