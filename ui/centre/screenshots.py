"""The IT Centre's screens for `python -m ui.screenshots`: demo units made and exported
through the core, imported into a demo centre, then one more import through the page."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from cds_desktop import catalog
from cds_desktop.activities import ActivityService, FileInput, LinkInput
from cds_desktop.packages.export import export_package
from cds_desktop.packages.importer import import_packages
from cds_desktop.packages.trust import UnknownKey, trust_unit_key
from cds_desktop.profile import Profile, create_profile
from ui.common.tasks import running_tasks

UNITS = (
    "SO-HNI", "SO-HCM", "SO-DNG", "SO-HUE", "SO-HPG", "SO-CTO", "BO-BVH", "BO-BTLSQG",
    "BO-DSVH", "BO-NHTT", "SO-QNH", "SO-NAN", "SO-KHA", "SO-LDG",
)  # fmt: skip
PROMPTED = "SO-LDG"  # its first package arrives in the import shown on screen


def _unit(folder: Path, code: str, n: int, demo: list[tuple[str, str, str, str, int, int]],
          photos: list[Path]) -> Profile:  # fmt: skip
    unit = catalog.catalog_unit(code)
    name = unit.name if unit is not None else code
    profile = create_profile(folder / f"unit-{code}", "unit", code, name)
    service = ActivityService(profile)
    for k, (title, form, start, location, participants, reach) in enumerate(demo):
        if (k + n) % 4 == 0 or k > 3 + (n * 5) % 9:
            continue
        day = dt.date.fromisoformat(start) + dt.timedelta(days=(n * 3) % 11 - 4)
        files = [FileInput(p) for p in photos] if n == 0 and k == 1 else []
        if n == 1 and k == 2:  # SO-HCM sends SO-HNI's photo again (issue 19)
            files = [FileInput(photos[0])]
        links = [LinkInput("https://bvhttdl.gov.vn/tin-tuc", "Tin trên Cổng")] if k == 1 else []
        service.add(
            {"title": title, "form": form, "start_date": day, "location": location,
             "organiser": name, "participants": participants * (1 + n % 3),
             "reach": reach // (1 + n % 4), "channels": ["in_person"]},
            files, links,
        )  # fmt: skip
    return profile


def render_centre(
    app: QApplication,
    work: Path,
    out: Path,
    demo: list[tuple[str, str, str, str, int, int]],
    image: Callable[[Path, str, str], Path],
    settle: Callable[..., None],
    save: Callable[[QWidget, Path, str], None],
) -> None:
    from ui.centre.trust_prompt import TrustPrompt
    from ui.main_window import MainWindow

    empty = create_profile(work / "empty-centre", "centre", "BO-TTCDS", catalog_name("BO-TTCDS"))
    window = MainWindow(empty)
    window.resize(1280, 760)
    window.show()
    settle(app)
    save(window, out, "centre-import-empty")
    for name in ("dashboard", "master"):
        window.show_page(name)
        settle(app, lambda: running_tasks() == 0)
        save(window, out, f"centre-{name}-empty")
    window.show_page("reports")
    window.centre_reports.tabs.setCurrentWidget(window.centre_reports.log)
    settle(app, lambda: not window.centre_reports.log.loading)
    save(window, out, "centre-import-log-empty")
    window.close()
    empty.close()

    files = work / "centre-files"
    files.mkdir()
    photos = [
        image(files / "Toàn cảnh tọa đàm.png", "#1565c0", "Tọa đàm"),
        image(files / "Khách mời.png", "#2e7d32", "Khách mời"),
    ]
    first = work / "first-packages"
    first.mkdir()
    units = [_unit(work, code, n, demo, photos) for n, code in enumerate(UNITS)]
    packages = {u.identity.unit_code: export_package(u, first).path for u in units}
    centre = create_profile(work / "centre", "centre", "BO-TTCDS", catalog_name("BO-TTCDS"))
    earlier = [packages[code] for code in UNITS[1:-1]]
    import_packages(centre, earlier, trust_new=True)
    trust_unit_key(centre, "SO-HNI", units[0].fingerprint())

    # today's USB stick: a new package, one from a new key, a duplicate, a stale and a
    # damaged one
    usb = work / "centre-USB"
    usb.mkdir()
    ActivityService(units[0]).add(
        {"title": "Hội nghị tổng kết Ngày Chuyển đổi số", "form": "conference",
         "start_date": "2024-10-25", "participants": 180}
    )  # fmt: skip
    shutil.copy(packages["SO-HNI"], usb / "SO-HNI-000001.cdspkg")
    export_package(units[0], usb)
    shutil.copy(packages[PROMPTED], usb / packages[PROMPTED].name)
    shutil.copy(packages["SO-HCM"], usb / "SO-HCM-000001 (gửi lại).cdspkg")
    damaged = bytearray(packages["SO-DNG"].read_bytes())
    damaged[len(damaged) // 3] ^= 1
    (usb / "SO-DNG-000001.cdspkg").write_bytes(bytes(damaged))

    prompted = next(u for u in units if u.identity.unit_code == PROMPTED)
    prompt = TrustPrompt(
        UnknownKey(PROMPTED, prompted.identity.unit_name, prompted.fingerprint(), True)
    )
    prompt.show()
    save(prompt, out, "centre-trust-prompt")
    prompt.close()

    from cds_desktop.packages.deletions import MassDeletion
    from ui.centre.deletion_prompt import DeletionPrompt
    from ui.centre.key_dialogs import ReplaceKeyDialog
    from ui.centre.units_model import UnitLine

    hni = units[0].identity
    line = UnitLine("SO-HNI", hni.unit_name, "province", 1, units[0].fingerprint(),
                    True, 1, None, 3, False)  # fmt: skip
    replace = ReplaceKeyDialog(None, line)
    replace.fingerprint.setText(prompted.fingerprint())
    replace.reason.setText("Máy hỏng, đã cài lại Windows; đã gọi điện xác minh")
    replace.phone_checked.setChecked(True)
    replace.show()
    save(replace, out, "centre-replace-key")
    replace.close()
    deletion = DeletionPrompt(MassDeletion("SO-HNI", hni.unit_name, 3, 3))
    deletion.show()
    save(deletion, out, "centre-mass-deletion")
    deletion.close()

    window = MainWindow(centre)
    window.resize(1280, 760)
    window.show()
    settle(app)
    TrustPrompt.ask = lambda self: True  # type: ignore[method-assign]
    window.import_paths([usb])
    settle(app, lambda: window.import_page.task is None)
    settle(app)
    save(window, out, "centre-import")

    window.show_page("units")
    settle(app, lambda: not window.units.loading)
    save(window, out, "centre-units")
    window.units.not_reported.setChecked(True)
    save(window, out, "centre-units-not-reported")
    window.units.not_reported.setChecked(False)

    window.show_page("dashboard")
    settle(app, lambda: not window.dashboard.loading)
    window.resize(1280, 1120)  # the whole page, the period chart included
    settle(app)
    save(window, out, "centre-dashboard")
    window.resize(1280, 760)

    window.show_page("master")
    settle(app, lambda: not window.master.loading)
    page = window.master
    page.unit_filter.setCurrentIndex(page.unit_filter.findData("SO-HNI"))
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).evidence >= 3:
            page.table.selectRow(row)
            break
    settle(app)
    save(window, out, "centre-master")
    page.tabs.setCurrentWidget(page.duplicates)  # issue 19: the reused photos
    settle(app, lambda: not page.duplicates.loading and bool(page.duplicates.cards))
    settle(app)
    save(window, out, "centre-master-reused")
    page.tabs.setCurrentIndex(0)

    window.show_page("reports")
    window.centre_reports.tabs.setCurrentWidget(window.centre_reports.log)
    settle(app, lambda: not window.centre_reports.log.loading)
    save(window, out, "centre-import-log")
    window.close()
    for profile in (*units, centre):
        profile.close()


def catalog_name(code: str) -> str:
    unit = catalog.catalog_unit(code)
    return unit.name if unit is not None else code
