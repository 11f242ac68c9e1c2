"""Benchmark: master report PDF and Excel for 34 units × 1,000 activities (SPEC §8).

    python bench/bench_reports.py [--units 34] [--per-unit 1000]

Builds a temporary centre profile (rows inserted in bulk), then times, each in its own
process so that peak memory (max RSS) is measured per task:

* `write_pdf_report` (the whole master report: data loading, tables, charts, the
  appendix of every activity) against a bare reportlab baseline — SimpleDocTemplate
  with one plain Table per unit of the same appendix rows, already in memory;
* `write_xlsx_report` (six styled sheets) against a bare openpyxl write-only workbook of
  the same activity and evidence rows, already in memory, without styles;
* `write_docx_report` (the same report as a Word document, appendix included).

Ratios are computed in the same run on the same machine. Figures go to
docs/benchmarks.md ("Reports").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TITLES = (
    "Hội thảo “Ứng dụng công nghệ số trong bảo tồn di sản văn hóa”",
    "Tập huấn kỹ năng số cho cán bộ thư viện cơ sở",
    "Bài đăng tuyên truyền Ngày Chuyển đổi số quốc gia 10/10 trên trang Facebook của đơn vị",
    "Tọa đàm Kinh tế số - Động lực mới cho tăng trưởng",
    "Tin bài về phổ cập hạ tầng số",
)
FORMS = ("workshop", "training", "social_post", "seminar", "news", "community_support")
PLACES = ("Hà Nội", "Nhà hát Lớn Hà Nội, số 1 Tràng Tiền, Hoàn Kiếm", "Trực tuyến", "")


def seed(data_dir: Path, units: int, per_unit: int) -> None:
    from sqlalchemy import insert, select

    from cds_desktop.models import Activity, Evidence, Unit
    from cds_desktop.profile import create_profile

    with create_profile(data_dir, "centre", "BO-TTCDS", "Trung tâm Chuyển đổi số") as profile:
        now = dt.datetime.now(dt.UTC)
        with profile.database.session() as session:
            campaign = profile.active_campaign(session)
            chosen = session.scalars(
                select(Unit).where(Unit.code != "BO-TTCDS").order_by(Unit.sort_order)
            ).all()[:units]
            for unit in chosen:
                unit.last_sequence = 3
                unit.last_import_at = now
            activities, evidence = [], []
            n = 0
            for unit in chosen:
                for i in range(per_unit):
                    n += 1
                    day = campaign.start_date + dt.timedelta(days=(n * 7) % 47)
                    activity_id = str(uuid.uuid4())
                    activities.append(
                        {
                            "id": activity_id,
                            "unit_code": unit.code,
                            "campaign_id": campaign.id,
                            "title": f"{TITLES[n % len(TITLES)]} (lần {i + 1})",
                            "form": FORMS[n % len(FORMS)],
                            "channels": ["in_person", "social"],
                            "start_date": day,
                            "end_date": day + dt.timedelta(days=n % 2),
                            "location": PLACES[n % len(PLACES)],
                            "organiser": unit.name,
                            "participants": (n * 37) % 900,
                            "reach": (n * 7919) % 250_000,
                            "urls": ["https://bvhttdl.gov.vn/tin-tuc"],
                            "description": "Tuyên truyền về chuyển đổi số.",
                            "topics": ["digital_economy"],
                            "partners": "",
                            "created_at": now,
                            "updated_at": now,
                            "revision": 1,
                            "deleted": False,
                        }
                    )
                    evidence.append(
                        {
                            "id": str(uuid.uuid4()),
                            "activity_id": activity_id,
                            "position": 1,
                            "kind": "file",
                            "sha256": f"{n:064x}",
                            "filename": f"Ảnh hoạt động {n}.jpg",
                            "media_type": "image/jpeg",
                            "size": 1_000_000 + n,
                            "url": "",
                            "caption": "Toàn cảnh",
                        }
                    )
            session.execute(insert(Activity), activities)
            session.execute(insert(Evidence), evidence)


def appendix_rows(data_dir: Path) -> tuple[list[list[str]], list[list[object]], list[list[object]]]:
    """The same rows the reports hold, as plain in-memory values for the baselines."""
    from cds_desktop import catalog
    from cds_desktop.profile import open_profile
    from cds_desktop.reports.report_data import load_evidence_rows, load_report_data
    from cds_desktop.reports.vi_format import format_date, format_int

    with open_profile(data_dir) as profile:
        data = load_report_data(profile)
        evidence = load_evidence_rows(profile)
    forms = {t.code: t.vi for t in catalog.forms()}
    pdf_rows = [
        [
            str(i),
            format_date(a.start_date),
            forms[a.form],
            a.title,
            a.location,
            format_int(a.participants),
            format_int(a.reach),
            format_int(a.evidence_count),
        ]
        for i, a in enumerate(data.activities, 1)
    ]
    xlsx_rows: list[list[object]] = [
        [
            a.id, a.unit_code, a.unit_code, a.title, forms[a.form], "; ".join(a.channels),
            a.start_date, a.end_date, a.location, a.organiser, a.participants, a.reach,
            a.evidence_count, "; ".join(a.topics), "\n".join(a.urls), a.description,
            a.partners, a.revision, a.updated_at.replace(tzinfo=None),
        ]
        for a in data.activities
    ]  # fmt: skip
    evidence_rows: list[list[object]] = [
        [e.activity_id, e.unit_code, e.activity_title, e.kind, e.filename, e.media_type,
         e.size, e.sha256, e.url, e.caption]
        for e in evidence
    ]  # fmt: skip
    return pdf_rows, xlsx_rows, evidence_rows


def task(name: str, data_dir: Path, out: Path) -> float:
    """Run one task and return its wall time (setup outside the timed part)."""
    if name == "pdf":
        from cds_desktop.profile import open_profile
        from cds_desktop.reports.pdf_report import write_pdf_report

        with open_profile(data_dir) as profile:
            start = time.perf_counter()
            write_pdf_report(profile, out / "master.pdf", report_date=dt.date(2024, 11, 5))
            return time.perf_counter() - start
    if name == "docx":
        from cds_desktop.profile import open_profile
        from cds_desktop.reports.docx_report import write_docx_report

        with open_profile(data_dir) as profile:
            start = time.perf_counter()
            write_docx_report(profile, out / "master.docx", report_date=dt.date(2024, 11, 5))
            return time.perf_counter() - start
    if name == "xlsx":
        from cds_desktop.profile import open_profile
        from cds_desktop.reports.xlsx_report import write_xlsx_report

        with open_profile(data_dir) as profile:
            start = time.perf_counter()
            write_xlsx_report(profile, out / "master.xlsx")
            return time.perf_counter() - start
    pdf_rows, xlsx_rows, evidence_rows = appendix_rows(data_dir)
    if name == "base-pdf":
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

        from cds_desktop.reports.fonts import register_fonts

        fonts = register_fonts()
        header = ["STT", "Ngày", "Hình thức", "Tên hoạt động", "Địa điểm", "Người", "Lượt", "MC"]
        style = TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 10.5),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ]
        )
        start = time.perf_counter()
        per_unit = max(len(pdf_rows) // 34, 1)
        tables = []
        for i in range(0, len(pdf_rows), per_unit):
            table = Table([header, *pdf_rows[i : i + per_unit]], repeatRows=1)
            table.setStyle(style)
            tables.append(table)
        SimpleDocTemplate(str(out / "base.pdf"), pagesize=landscape(A4)).build(tables)
        return time.perf_counter() - start
    if name == "base-xlsx":
        from openpyxl import Workbook

        start = time.perf_counter()
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Hoạt động")
        for row in xlsx_rows:
            sheet.append(row)
        sheet = workbook.create_sheet("Minh chứng")
        for row in evidence_rows:
            sheet.append(row)
        workbook.save(out / "base.xlsx")
        return time.perf_counter() - start
    raise SystemExit(f"unknown task {name}")


def run_child(name: str, data_dir: Path, out: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", name, "--data", str(data_dir), "--out", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=34)
    parser.add_argument("--per-unit", type=int, default=1000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        seconds = task(args.child, Path(args.data), Path(args.out))
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"seconds": seconds, "peak_mib": peak_mib}))
        return
    with tempfile.TemporaryDirectory(prefix="cds-bench-reports-") as temp:
        data_dir, out = Path(temp) / "centre", Path(temp) / "out"
        out.mkdir()
        start = time.perf_counter()
        seed(data_dir, args.units, args.per_unit)
        total = args.units * args.per_unit
        print(f"seeded {args.units} units × {args.per_unit} = {total:,} activities "
              f"in {time.perf_counter() - start:.1f} s")  # fmt: skip
        results = {
            name: run_child(name, data_dir, out)
            for name in ("base-pdf", "pdf", "base-xlsx", "xlsx", "docx")
        }
        sizes = {p.name: p.stat().st_size for p in out.iterdir()}
        pages = 0
        try:
            from pypdf import PdfReader

            pages = len(PdfReader(out / "master.pdf").pages)
        except ImportError:
            pass
        print(f"{'task':<34}{'time':>9}{'peak RSS':>11}{'file':>10}")
        for name, label, file in (
            ("base-pdf", "bare reportlab tables (baseline)", "base.pdf"),
            ("pdf", "master report PDF", "master.pdf"),
            ("base-xlsx", "bare openpyxl write-only (baseline)", "base.xlsx"),
            ("xlsx", "master report workbook", "master.xlsx"),
            ("docx", "master report Word document", "master.docx"),
        ):
            r = results[name]
            print(f"{label:<34}{r['seconds']:>8.1f}s{r['peak_mib']:>8.0f} MiB"
                  f"{sizes[file] / 2**20:>7.1f} MiB")  # fmt: skip
        pdf_ratio = results["pdf"]["seconds"] / results["base-pdf"]["seconds"]
        xlsx_ratio = results["xlsx"]["seconds"] / results["base-xlsx"]["seconds"]
        print(f"PDF:  {pdf_ratio:.2f}× the bare reportlab baseline ({pages:,} pages)")
        print(f"XLSX: {xlsx_ratio:.2f}× the bare openpyxl write-only baseline (goal ≤ 1.5×)")
        print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
