"""Render every screen offscreen with demo data: `python -m ui.screenshots OUTDIR
[--language en]`.

Used for the README's pictures and to look at the layout after a change: both roles,
empty (a new profile) and full (demo data), in the interface language chosen (English
pictures end in "-en"). The demo profiles are made in a temporary folder through the
same services as the program; their data stays Vietnamese, as officers type it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from cds_desktop.activities import ActivityService, FileInput, LinkInput
from cds_desktop.profile import Profile, create_profile
from ui.app import create_app
from ui.common.i18n import current_language, install_language
from ui.common.tasks import running_tasks

DEMO = [
    (
        "Hội thảo “Kinh tế số – Động lực tăng trưởng mới”",
        "workshop",
        "2024-10-08",
        "Hà Nội",
        250,
        12_000,
    ),
    (
        "Tọa đàm chuyển đổi số trong bảo tàng",
        "seminar",
        "2024-10-02",
        "Bảo tàng Lịch sử quốc gia",
        80,
        3_500,
    ),
    ("Chuyên mục “Chuyển đổi số hôm nay” trên Báo Văn hóa", "column", "2024-09-20", "", 0, 185_000),
    ("Phóng sự: Số hóa di sản văn hóa Huế", "reportage", "2024-10-05", "Huế", 0, 420_000),
    ("Tập huấn kỹ năng số cho cán bộ thư viện", "training", "2024-09-26", "Đà Nẵng", 120, 0),
    (
        "Pano, áp phích hưởng ứng Ngày Chuyển đổi số quốc gia",
        "slogan",
        "2024-09-16",
        "Trụ sở Bộ, 51 Ngô Quyền",
        0,
        20_000,
    ),
    ("Bài đăng Fanpage: 10 ứng dụng số cho người dân", "social_post", "2024-10-10", "", 0, 96_300),
    ("Tin trên Cổng thông tin điện tử của Bộ", "portal_post", "2024-10-09", "", 0, 15_200),
    (
        "Cuộc thi “Sáng tạo ứng dụng số trong du lịch”",
        "competition",
        "2024-09-30",
        "Toàn quốc",
        1_450,
        250_000,
    ),
    ("Hội nghị trực tuyến tổng kết đợt cao điểm", "conference", "2024-10-28", "Hà Nội", 320, 0),
    (
        "Trình chiếu phim tư liệu về chuyển đổi số",
        "screening",
        "2024-10-11",
        "Nhà hát Tuổi trẻ",
        400,
        1_200,
    ),
    (
        "Tổ công nghệ số cộng đồng hướng dẫn dịch vụ công",
        "community_support",
        "2024-10-15",
        "Phường Hàng Bông",
        860,
        0,
    ),
]


def _image(path: Path, colour: str, text: str) -> Path:
    image = QImage(640, 420, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPointSize(28)
    painter.setFont(font)
    painter.drawText(image.rect(), 0x84, text)  # AlignCenter
    painter.end()
    image.save(str(path))
    return path


def make_demo_profile(folder: Path) -> Profile:
    profile = create_profile(folder / "profile", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    files = folder / "files"
    files.mkdir()
    photo = _image(files / "Ảnh toàn cảnh hội thảo.png", "#1565c0", "Hội thảo")
    stage = _image(files / "Diễn giả.png", "#2e7d32", "Diễn giả")
    scan = files / "Kế hoạch tổ chức.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    service = ActivityService(profile)
    for n, (title, form, start, location, participants, reach) in enumerate(DEMO):
        day = dt.date.fromisoformat(start)
        raw: dict[str, object] = {
            "title": title,
            "form": form,
            "start_date": day,
            "end_date": day + dt.timedelta(days=1 if form in ("workshop", "competition") else 0),
            "location": location,
            "organiser": "Phòng Quản lý Văn hóa",
            "participants": participants,
            "reach": reach,
            "channels": ["in_person", "website"] if participants else ["social"],
            "topics": ["digital_economy"] if n % 2 else ["ai", "digital_infrastructure"],
        }
        files_in = (
            [FileInput(photo, "Toàn cảnh hội thảo"), FileInput(stage), FileInput(scan)]
            if n == 0
            else []
        )
        links = [LinkInput("https://bvhttdl.gov.vn/tin-tuc", "Tin trên Cổng")] if n < 3 else []
        service.add(raw, files_in, links)
    return profile


def _settle(app: QApplication, until: Callable[[], bool] = lambda: True) -> None:
    for _ in range(400):
        app.processEvents()
        if running_tasks() == 0 and until():
            break
        QThreadPool.globalInstance().waitForDone(25)
    app.processEvents()


def _save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    suffix = "-en" if current_language() == "en" else ""
    path = out / f"gui-{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


def _empty_unit(app: QApplication, work: Path, out: Path) -> None:
    """A unit's first look: no activity yet, nothing to export."""
    from ui.main_window import MainWindow

    profile = create_profile(work / "empty-unit", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    window = MainWindow(profile)
    window.resize(1280, 760)
    window.show()
    _settle(app, lambda: not window.activities.loading)
    _save(window, out, "activities-empty")
    window.show_page("export")
    _settle(app)
    _save(window, out, "export-empty")
    window.close()
    profile.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", choices=("vi", "en"), default="vi")
    args = parser.parse_args(argv)
    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="cds-screens-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    app = create_app([sys.argv[0]], crash_dialog=False)
    app.setFont(QFont("DejaVu Sans", 9))
    install_language(args.language)

    from ui.main_window import MainWindow
    from ui.unit.export_page import ExportPage
    from ui.wizard import SetupWizard

    # first-run wizard
    wizard = SetupWizard(work / "wizard")
    wizard.show()
    _save(wizard, out, "wizard-1-role")
    wizard.next()
    wizard.unit_page.search.setText("van hoa ha noi")
    _save(wizard, out, "wizard-2-unit")
    wizard.next()
    _settle(app, lambda: wizard.profile is not None)
    _save(wizard, out, "wizard-3-fingerprint")
    if wizard.profile is not None:
        wizard.profile.close()
    wizard.close()

    _empty_unit(app, work, out)
    profile = make_demo_profile(work)
    window = MainWindow(profile)
    window.resize(1280, 760)
    window.show()
    _settle(app, lambda: not window.activities.loading)
    _save(window, out, "activities")

    window.activities.search.setText("hoi thao")
    window.activities.apply_filter()
    _save(window, out, "activities-search")
    window.activities.search.clear()
    window.activities.apply_filter()

    window.activities.table.selectRow(
        next(
            r
            for r in range(window.activities.model.rowCount())
            if window.activities.model.row_at(r).evidence >= 3
        )
    )
    editor = window.activities.edit_selected()
    assert editor is not None
    editor.resize(1180, 740)
    _settle(app)
    _save(editor, out, "editor")
    editor.title.clear()
    editor.start_date.setDate(editor.start_date.date().addMonths(3))
    editor.urls.setPlainText("bvhttdl.gov.vn")
    editor.save()
    _settle(app)
    _save(editor, out, "editor-validation")
    editor._clean = editor.values()  # leave without the unsaved-changes question
    editor.evidence.removed.clear()
    editor.done(0)

    window.show_page("export")
    page = window.export
    assert isinstance(page, ExportPage)
    _settle(app)
    page.folder.setText(str(work / "USB"))
    page.start_export()
    _settle(app, lambda: page.result_box.isVisible())
    _save(window, out, "export")

    window.show_page("reports")
    window.reports.generate_pdf()
    _settle(app, lambda: window.reports.view.isVisible())
    for _ in range(40):  # QPdfView renders pages in the background
        app.processEvents()
        time.sleep(0.05)
    _save(window, out, "reports")

    window.show_page("settings")
    _save(window, out, "settings")

    from cds_desktop.reports.xlsx_import import RowError, XlsxRejected
    from ui.common.import_result import ImportResultDialog

    rejected = XlsxRejected(
        Path("hoat-dong.xlsx"),
        [
            # with their codes, as the importer gives them: the dialog shows the
            # interface language's text, not the core's English
            RowError(
                3,
                "Hình thức",
                "'Hội thao' is not one of: series, column, …",
                "unknown_code",
                "form",
                "Hội thao",
                "Chuyên đề, Chuyên mục, Phóng sự, Tin, bài, Hội nghị, Hội thảo, …",
            ),
            RowError(
                5,
                "Ngày bắt đầu",
                "'31/9/2024' is not a date; write 2024-10-10 or 10/10/2024",
                "bad_date",
                "start_date",
                "31/9/2024",
            ),
            RowError(
                7,
                "Người tham gia",
                "must be a whole number ≥ 0 (got '-5')",
                "not_whole_number",
                "participants",
                "-5",
            ),
        ],
    )
    dialog = ImportResultDialog.for_errors(window, rejected)
    dialog.show()
    _save(dialog, out, "import-errors")
    dialog.close()

    from ui.centre.screenshots import render_centre

    render_centre(app, work, out, DEMO, _image, _settle, _save)
    QCoreApplication.processEvents()
    window.close()
    profile.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
