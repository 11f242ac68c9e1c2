"""Settings → «Đợt báo cáo và kế hoạch»: the active campaign, its plan and targets.

A unit imports the centre's signed plan here («Nhập kế hoạch…»; the first time it
confirms the centre's key fingerprint); the centre publishes it («Xuất bản kế hoạch…»).
The rules are in `cds_desktop.plans`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from cds_desktop import catalog
from cds_desktop.errors import CdsError
from cds_desktop.profile import Profile
from cds_desktop.text import format_date, format_number
from ui.dialogs import inform
from ui.i18n import current_language
from ui.receipts_box import run_with_centre_confirmation
from ui.tasks import TaskControl, run_task


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
        else:
            self.button = QPushButton(QCoreApplication.translate("PlanBox", "Nhập kế hoạch…"))
            self.button.clicked.connect(self.choose_plan)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        from cds_desktop.plans import applicable_targets, list_campaigns

        try:
            campaigns = list_campaigns(self.profile)
        except CdsError as exc:
            self.summary.setText(str(exc))
            return
        active = next((c for c in campaigns if c.active), None)
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
            group = self._own_group()
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

    def _own_group(self) -> str:
        from cds_desktop.models import Unit

        with self.profile.database.session() as session:
            unit = session.get(Unit, self.profile.identity.unit_code)
            return unit.group if unit is not None else ""

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

        def work(confirmed: str | None) -> object:
            from cds_desktop.plans import import_plan

            return import_plan(profile, path, confirmed)

        run_with_centre_confirmation(
            self,
            work,
            self._imported,
            QCoreApplication.translate("PlanBox", "Không nhập được kế hoạch"),
        )

    def _imported(self, imported: Any) -> None:
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

        def work(_ctl: TaskControl) -> object:
            from cds_desktop.plans import publish_plan

            return publish_plan(profile, out)

        def done(published: Any) -> None:
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
