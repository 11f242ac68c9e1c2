"""Settings → «Đợt báo cáo và kế hoạch»: the active campaign, its plan and targets.

A unit imports the centre's signed plan here («Nhập kế hoạch…»; the first time it
confirms the centre's key fingerprint); the centre publishes it («Xuất bản kế hoạch…»).
The rules are in `cds_desktop.plans`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cds_desktop import catalog
from cds_desktop.errors import CdsError
from cds_desktop.profile import Profile
from cds_desktop.text import format_date, format_number
from ui.common.dialogs import inform, show_error
from ui.common.i18n import current_language
from ui.common.receipts_box import run_with_centre_confirmation
from ui.common.tasks import TaskControl, run_task

if TYPE_CHECKING:
    from cds_desktop.plans import PlanImported, PublishedPlan


def target_text(target: Any, language: str) -> str:
    """ "at least 5 activities, 100 participants; forms: Hội thảo" in the interface language."""
    parts = []
    if target.activities:
        parts.append(
            QCoreApplication.translate("PlanBox", "{n} hoạt động").format(
                n=format_number(target.activities, language)
            )
        )
    if target.participants:
        parts.append(
            QCoreApplication.translate("PlanBox", "{n} người tham gia").format(
                n=format_number(target.participants, language)
            )
        )
    if target.reach:
        parts.append(
            QCoreApplication.translate("PlanBox", "{n} lượt tiếp cận").format(
                n=format_number(target.reach, language)
            )
        )
    text = QCoreApplication.translate("PlanBox", "Tối thiểu {parts}").format(parts=", ".join(parts))
    if target.forms:
        forms = ", ".join(catalog.label(catalog.forms(), f, language) for f in target.forms)
        text += "; " + QCoreApplication.translate("PlanBox", "các hình thức: {forms}").format(
            forms=forms
        )
    return text


class PlanBox(QGroupBox):
    """Emits `campaign_changed` after a plan was imported (the active campaign changed)."""

    campaign_changed = Signal()

    def __init__(self, profile: Profile) -> None:
        super().__init__(QCoreApplication.translate("PlanBox", "Đợt báo cáo và kế hoạch"))
        self.profile = profile
        self.language = current_language()
        self.summary = QLabel()
        self.summary.setObjectName("plan_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if profile.is_centre:
            self.button = QPushButton(QCoreApplication.translate("PlanBox", "Xuất bản kế hoạch…"))
            self.button.clicked.connect(self.publish)
            self.edit_button: QPushButton | None = QPushButton(
                QCoreApplication.translate("PlanBox", "Sửa đợt và chỉ tiêu…")
            )
            self.edit_button.clicked.connect(self.edit_campaign)
        else:
            self.button = QPushButton(QCoreApplication.translate("PlanBox", "Nhập kế hoạch…"))
            self.button.clicked.connect(self.choose_plan)
            self.edit_button = None
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.button)
        if self.edit_button is not None:
            buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.chooser = QComboBox()  # which campaign entry, export and reports cover
        self.chooser.setObjectName("campaign_chooser")
        self.chooser.setSizeAdjustPolicy(  # long campaign names never widen the page
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(20)
        self.chooser.activated.connect(self._chosen)
        choose_label = QLabel(QCoreApplication.translate("PlanBox", "Đợt báo cáo đang dùng:"))
        choose_label.setBuddy(self.chooser)
        self.chooser.setAccessibleName(choose_label.text().rstrip(":"))
        choose_row = QHBoxLayout()
        choose_row.addWidget(choose_label)
        choose_row.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choose_row)
        layout.addLayout(row)
        self.refresh()

    def _chosen(self, index: int) -> None:
        from cds_desktop.plans import activate_campaign

        code = self.chooser.itemData(index)
        if not code or code == self._active_code:
            return
        try:
            activate_campaign(self.profile, str(code))
        except CdsError as exc:
            show_error(
                self, QCoreApplication.translate("PlanBox", "Không đổi được đợt báo cáo"), exc
            )
            return
        self.refresh()
        self.campaign_changed.emit()

    def edit_campaign(self) -> None:
        dialog = CampaignDialog(self.profile, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.campaign_changed.emit()

    def refresh(self) -> None:
        from cds_desktop.plans import applicable_targets, list_campaigns

        try:
            campaigns = list_campaigns(self.profile)
        except CdsError as exc:
            self.summary.setText(str(exc))
            return
        active = next((c for c in campaigns if c.active), None)
        self._active_code = active.code if active is not None else ""
        self.chooser.clear()
        for c in campaigns:
            self.chooser.addItem(f"{c.code} — {c.name}", c.code)
        self.chooser.setCurrentIndex(self.chooser.findData(self._active_code))
        if active is None:
            self.summary.setText(QCoreApplication.translate("PlanBox", "Chưa có đợt báo cáo."))
            return
        lines = [
            f"{active.code} — {active.name}",
            QCoreApplication.translate("PlanBox", "Thời gian: {start} – {end}").format(
                start=format_date(active.start_date), end=format_date(active.end_date)
            ),
        ]
        if active.plan:
            lines.append(
                QCoreApplication.translate("PlanBox", "Căn cứ: {plan}").format(plan=active.plan)
            )
        version = active.details.version
        lines.append(
            QCoreApplication.translate("PlanBox", "Kế hoạch phiên bản: {n}").format(n=version)
            if version
            else QCoreApplication.translate("PlanBox", "Chưa có kế hoạch có chữ ký của Trung tâm.")
        )
        if not self.profile.is_centre:
            group = self.profile.own_group()
            for target in applicable_targets(
                active.details.targets, self.profile.identity.unit_code, group
            ):
                lines.append(
                    QCoreApplication.translate("PlanBox", "Chỉ tiêu: {target}").format(
                        target=target_text(target, self.language)
                    )
                )
        elif active.details.targets:
            lines.append(
                QCoreApplication.translate("PlanBox", "Số chỉ tiêu đã đặt: {n}").format(
                    n=len(active.details.targets)
                )
            )
        self.summary.setText("\n".join(lines))

    # --- unit ------------------------------------------------------------------------
    def choose_plan(self) -> None:
        start = QSettings().value("plans/folder")
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("PlanBox", "Chọn tệp kế hoạch của Trung tâm"),
            start if isinstance(start, str) and start else str(Path.home()),
            QCoreApplication.translate("PlanBox", "Kế hoạch CĐS (*.cdsplan);;Mọi tệp (*)"),
        )
        if name:
            QSettings().setValue("plans/folder", str(Path(name).parent))
            self.import_plan(Path(name))

    def import_plan(self, path: Path) -> None:
        profile = self.profile

        def work(confirmed: str | None) -> PlanImported:
            from cds_desktop.plans import import_plan

            return import_plan(profile, path, confirmed)

        run_with_centre_confirmation(
            self,
            work,
            self._imported,
            QCoreApplication.translate("PlanBox", "Không nhập được kế hoạch"),
        )

    def _imported(self, imported: PlanImported) -> None:
        self.refresh()
        inform(
            self,
            QCoreApplication.translate("PlanBox", "Đã nhập kế hoạch"),
            QCoreApplication.translate(
                "PlanBox",
                "Đã nhập kế hoạch phiên bản {version} của đợt {code}. Từ nay đợt này là đợt "
                "báo cáo đang dùng ({start} – {end}).",
            ).format(
                version=imported.version,
                code=imported.campaign_code,
                start=format_date(imported.start_date),
                end=format_date(imported.end_date),
            ),
        )
        self.campaign_changed.emit()

    # --- centre ----------------------------------------------------------------------
    def publish(self) -> None:
        start = QSettings().value("plans/folder")
        folder = start if isinstance(start, str) and start else str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("PlanBox", "Lưu kế hoạch có chữ ký"),
            str(Path(folder) / "ke-hoach.cdsplan"),
            QCoreApplication.translate("PlanBox", "Kế hoạch CĐS (*.cdsplan);;Mọi tệp (*)"),
        )
        if not name:
            return
        out = Path(name)
        if out.suffix.lower() != ".cdsplan":
            out = out.with_name(out.name + ".cdsplan")
        QSettings().setValue("plans/folder", str(out.parent))
        profile = self.profile

        def work(_ctl: TaskControl) -> PublishedPlan:
            from cds_desktop.plans import publish_plan

            return publish_plan(profile, out)

        def done(published: PublishedPlan) -> None:
            self.refresh()
            inform(
                self,
                QCoreApplication.translate("PlanBox", "Đã xuất bản kế hoạch"),
                QCoreApplication.translate(
                    "PlanBox",
                    "Đã lưu kế hoạch phiên bản {version} của đợt {code} vào {path}. Gửi tệp "
                    "cho các đơn vị; lần đầu, đơn vị cần xác nhận mã khóa của Trung tâm.",
                ).format(
                    version=published.version, code=published.campaign_code, path=published.path
                ),
            )

        run_task(
            self,
            work,
            done,
            error_title=QCoreApplication.translate("PlanBox", "Không xuất bản được kế hoạch"),
        )


class CampaignDialog(QDialog):
    """Centre: the campaign's fields and forms (first tab); the targets for each unit, in
    total, and for one unit or one group of units (`TargetTable`, second tab)."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cds_desktop.plans import list_campaigns

        self.profile = profile
        self.language = current_language()
        self.setWindowTitle(QCoreApplication.translate("PlanBox", "Đợt báo cáo và chỉ tiêu"))
        active = next((c for c in list_campaigns(profile) if c.active), None)
        self.code = QLineEdit(active.code if active else "")
        self.code.editingFinished.connect(self._code_changed)
        self.name = QLineEdit(active.name if active else "")
        self.theme = QLineEdit(active.theme if active else "")
        details = active.details if active else None
        self.plan_number = QLineEdit(
            (details.plan_number or active.plan) if details and active else ""
        )
        self.plan_date = QLineEdit(
            format_date(details.plan_date) if details and details.plan_date else ""
        )
        self.start = QLineEdit(format_date(active.start_date) if active else "")
        self.end = QLineEdit(format_date(active.end_date) if active else "")
        self.forms = QListWidget()
        chosen = set(details.forms) if details else set()
        for term in catalog.forms():
            item = QListWidgetItem(catalog.label(catalog.forms(), term.code, self.language))
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setCheckState(
                Qt.CheckState.Checked if term.code in chosen else Qt.CheckState.Unchecked
            )
            self.forms.addItem(item)
        self.forms.setMaximumHeight(150)
        targets = {(t.scope, t.code): t for t in details.targets} if details else {}
        self.each = self._target_row(targets.get(("all", "")))
        self.total = self._target_row(targets.get(("total", "")))
        from cds_desktop.units import UnitService
        from ui.common.target_table import TargetTable

        units = [(u.code, u.name) for u in UnitService(profile).list_units()]
        self.specific = TargetTable(units, self.language)
        self.specific.load(details.targets if details else [])
        self.activate = QCheckBox(
            QCoreApplication.translate("PlanBox", "Dùng làm đợt báo cáo hiện tại")
        )
        self.activate.setChecked(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(QCoreApplication.translate("PlanBox", "Mã đợt:"), self.code)
        form.addRow(QCoreApplication.translate("PlanBox", "Tên đợt:"), self.name)
        form.addRow(QCoreApplication.translate("PlanBox", "Chủ đề:"), self.theme)
        form.addRow(
            QCoreApplication.translate("PlanBox", "Số kế hoạch, quyết định:"), self.plan_number
        )
        form.addRow(QCoreApplication.translate("PlanBox", "Ngày kế hoạch:"), self.plan_date)
        form.addRow(QCoreApplication.translate("PlanBox", "Từ ngày:"), self.start)
        form.addRow(QCoreApplication.translate("PlanBox", "Đến ngày:"), self.end)
        self.forms.setToolTip(
            QCoreApplication.translate("PlanBox", "Không chọn hình thức nào: mọi hình thức")
        )
        form.addRow(QCoreApplication.translate("PlanBox", "Hình thức của đợt:"), self.forms)
        aims = QFormLayout()
        aims.addRow(QCoreApplication.translate("PlanBox", "Chỉ tiêu mỗi đơn vị:"), self.each[0])
        aims.addRow(QCoreApplication.translate("PlanBox", "Chỉ tiêu toàn Bộ:"), self.total[0])
        aims.addRow(
            QLabel(
                QCoreApplication.translate(
                    "PlanBox",
                    "Chỉ tiêu riêng (thay cho chỉ tiêu mỗi đơn vị; chỉ tiêu của đơn vị "
                    "được ưu tiên hơn chỉ tiêu của nhóm):",
                )
            )
        )
        aims.addRow(self.specific)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("PlanBox", "Đợt và chỉ tiêu"))
        first, second = QWidget(), QWidget()
        first.setLayout(form)
        second.setLayout(aims)
        self.tabs.addTab(first, QCoreApplication.translate("PlanBox", "Đợt báo cáo"))
        self.tabs.addTab(second, QCoreApplication.translate("PlanBox", "Chỉ tiêu"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.activate)
        layout.addWidget(buttons)

    def _code_changed(self) -> None:
        """Another existing campaign's code: show that campaign, never mix two."""
        from cds_desktop.plans import list_campaigns

        code = self.code.text().strip().upper()
        found = next((c for c in list_campaigns(self.profile) if c.code == code), None)
        if found is None:
            return
        d = found.details
        self.name.setText(found.name)
        self.theme.setText(found.theme)
        self.plan_number.setText(d.plan_number or found.plan)
        self.plan_date.setText(format_date(d.plan_date) if d.plan_date else "")
        self.start.setText(format_date(found.start_date))
        self.end.setText(format_date(found.end_date))
        for i in range(self.forms.count()):
            item = self.forms.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in d.forms
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        targets = {(t.scope, t.code): t for t in d.targets}
        for scope, (_row, spins) in (("all", self.each), ("total", self.total)):
            t = targets.get((scope, ""))
            values = (t.activities, t.participants, t.reach) if t else (0, 0, 0)
            for spin, value in zip(spins, values, strict=True):
                spin.setValue(value)
        self.specific.load(d.targets)

    def _target_row(self, target: Any) -> tuple[QWidget, list[QSpinBox]]:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        spins = []
        values = (target.activities, target.participants, target.reach) if target else (0, 0, 0)
        captions = (
            QCoreApplication.translate("PlanBox", "hoạt động"),
            QCoreApplication.translate("PlanBox", "người tham gia"),
            QCoreApplication.translate("PlanBox", "lượt tiếp cận"),
        )
        for value, caption in zip(values, captions, strict=True):
            spin = QSpinBox()
            spin.setRange(0, 2_000_000_000)
            spin.setValue(value)
            spins.append(spin)
            box.addWidget(spin)
            box.addWidget(QLabel(caption))
        box.addStretch(1)
        return row, spins

    def _date(self, edit: QLineEdit) -> dt.date | None:
        from cds_desktop.validation import parse_date

        text = edit.text().strip()
        if not text:
            return None
        day = parse_date(text)
        if day is None:
            raise CdsError(
                QCoreApplication.translate(
                    "PlanBox", "«{text}» không phải là ngày; hãy nhập dạng 15/09/2025."
                ).format(text=text)
            )
        return day

    def save(self) -> None:
        from cds_desktop.plans import Target, replace_targets, save_campaign, set_target

        try:
            code = self.code.text().strip()
            save_campaign(
                self.profile,
                code,
                name=self.name.text(),
                theme=self.theme.text(),
                plan_number=self.plan_number.text(),
                plan_date=self._date(self.plan_date),
                start_date=self._date(self.start),
                end_date=self._date(self.end),
                forms=[
                    str(self.forms.item(i).data(Qt.ItemDataRole.UserRole))
                    for i in range(self.forms.count())
                    if self.forms.item(i).checkState() == Qt.CheckState.Checked
                ],
                activate=self.activate.isChecked(),
            )
            for scope, (_row, spins) in (("all", self.each), ("total", self.total)):
                a, p, r = (spin.value() for spin in spins)
                old = [t for t in self._targets(code) if (t.scope, t.code) == (scope, "")]
                forms = old[0].forms if old else ()
                set_target(self.profile, code, Target(scope, "", a, p, r, forms))
            replace_targets(self.profile, code, ("unit", "group"), self.specific.targets())
        except CdsError as exc:
            show_error(
                self, QCoreApplication.translate("PlanBox", "Không lưu được đợt báo cáo"), exc
            )
            return
        self.accept()

    def _targets(self, code: str) -> list[Any]:
        from cds_desktop.plans import list_campaigns

        found = [c for c in list_campaigns(self.profile) if c.code == code.strip().upper()]
        return found[0].details.targets if found else []
