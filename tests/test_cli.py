"""The command line end to end (SPEC §5), with Vietnamese text."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult

Cli = Callable[..., CliResult]
ROOT = Path(__file__).resolve().parent.parent


def init(cli: Cli, data: Path, role: str = "unit") -> CliResult:
    return cli(
        "--data-dir", str(data), "init", "--role", role, "--unit-code", "SO-HNI",
        "--unit-name", "Sở Văn hóa và Thể thao Hà Nội",
    )  # fmt: skip


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix not in (".log", ".sqlite3-wal", ".sqlite3-shm")
    }


def test_init_prints_a_fingerprint_and_refuses_a_second_time(cli: Cli, data_dir: Path) -> None:
    result = init(cli, data_dir)
    assert result.code == 0, result.err
    assert "SO-HNI — Sở Văn hóa và Thể thao Hà Nội" in result.out
    fingerprint = result.out.strip().splitlines()[-1].removeprefix("Key fingerprint: ")
    assert len(fingerprint) == 24 and fingerprint.count("-") == 4
    again = init(cli, data_dir)
    assert again.code == 1
    assert again.err.startswith("error: ") and again.err.count("\n") == 1
    assert "already holds a profile" in again.err


def test_add_list_edit_delete_round_trip(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    init(cli, data_dir)
    scan = tmp_path / "Biên bản.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    added = cli(
        "--data-dir", str(data_dir), "activity", "add", "--title", "Hội thảo “Kinh tế số”",
        "--form", "workshop", "--start", "2024-10-08", "--end", "2024-10-09",
        "--location", "Nhà hát Lớn Hà Nội", "--participants", "250", "--reach", "12000",
        "--url", "https://bvhttdl.gov.vn/hoi-thao", "--description", "Ứng dụng số trong văn hóa",
        "--channel", "in_person", "--topic", "digital_economy", "--evidence", str(scan),
    )  # fmt: skip
    assert added.code == 0, added.err
    activity_id = added.out.strip()

    listed = cli("--data-dir", str(data_dir), "activity", "list", "--json")
    [item] = json.loads(listed.out)
    assert item["id"] == activity_id
    assert item["title"] == "Hội thảo “Kinh tế số”"
    assert item["unit_code"] == "SO-HNI"
    assert (item["start_date"], item["end_date"]) == ("2024-10-08", "2024-10-09")
    assert (item["participants"], item["reach"], item["revision"]) == (250, 12000, 1)
    assert item["urls"] == ["https://bvhttdl.gov.vn/hoi-thao"]
    assert item["evidence"][0]["filename"] == "Biên bản.pdf"
    assert item["evidence"][0]["size"] == len(b"%PDF-1.4 scan")

    edited = cli("activity", "edit", activity_id, "--reach", "15000", "--data-dir", str(data_dir))
    assert edited.code == 0 and "revision 2" in edited.out
    text = cli("--data-dir", str(data_dir), "activity", "list", "--unit", "SO-HNI").out
    assert "08/10/2024" in text and "Hội thảo “Kinh tế số”" in text

    deleted = cli("--data-dir", str(data_dir), "activity", "delete", activity_id)
    assert deleted.code == 0
    assert json.loads(cli("--data-dir", str(data_dir), "activity", "list", "--json").out) == []


REQUIRED = ["--title", "T", "--form", "news", "--start", "2024-10-01"]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--title", " ", "--form", "news", "--start", "2024-10-01"], "--title"),
        (["--title", "T", "--form", "podcast", "--start", "2024-10-01"], "--form"),
        (["--title", "T", "--form", "news", "--start", "01-10-2024"], "--start"),
        ([*REQUIRED, "--end", "2024-09-30"], "--end"),
        ([*REQUIRED, "--participants", "-4"], "--participants"),
        ([*REQUIRED, "--reach", "1,5"], "--reach"),
        ([*REQUIRED, "--url", "bvhttdl"], "--url"),
        ([*REQUIRED, "--evidence", "không-có.jpg"], "evidence"),
    ],
)
def test_refusals_name_the_field_and_write_nothing(
    cli: Cli, data_dir: Path, args: list[str], field: str
) -> None:
    init(cli, data_dir)
    cli("--data-dir", str(data_dir), "activity", "list")  # takes the day's automatic backup
    before = files_under(data_dir)
    result = cli("--data-dir", str(data_dir), "activity", "add", *args)
    assert result.code == 1
    assert result.err.startswith("error: ") and result.err.count("\n") == 1
    assert field in result.err
    assert "Traceback" not in result.err
    assert files_under(data_dir) == before


def test_edit_and_delete_of_unknown_id_are_refused(cli: Cli, data_dir: Path) -> None:
    init(cli, data_dir)
    for argv in (("activity", "edit", "nope", "--reach", "1"), ("activity", "delete", "nope")):
        result = cli("--data-dir", str(data_dir), *argv)
        assert (result.code, result.err) == (1, "error: no activity with id nope\n")


def test_a_relative_data_folder_works_for_every_command(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--data-dir dữ-liệu` from the folder that holds it, as a user types it."""
    monkeypatch.chdir(tmp_path)
    assert init(cli, Path("dữ-liệu"), role="centre").code == 0
    status = cli("--data-dir", "dữ-liệu", "status")
    assert status.code == 0, status.err
    assert cli("--data-dir", "dữ-liệu", "check").code == 0


def test_commands_on_a_folder_without_profile_are_refused(cli: Cli, tmp_path: Path) -> None:
    result = cli("--data-dir", str(tmp_path / "none"), "activity", "list")
    assert result.code == 1 and "run `init`" in result.err


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert cli("activity", "add", "--title", "T").code == 2
    assert cli("frobnicate").code == 2
    assert cli("init", "--role", "admin", "--unit-code", "X1", "--unit-name", "Y").code == 2


@pytest.mark.parametrize(
    "command",
    [[], ["init"], ["activity"], ["activity", "add"], ["activity", "edit"], ["activity", "delete"],
     ["activity", "list"], ["units"], ["units", "list"], ["units", "add"], ["status"],
     ["backup"], ["restore"], ["check"]],
)  # fmt: skip
def test_every_command_has_help(cli: Cli, command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0 and "usage:" in result.out


def test_units_add_and_list(cli: Cli, data_dir: Path) -> None:
    init(cli, data_dir, role="centre")
    added = cli("--data-dir", str(data_dir), "units", "add", "--unit-code", "bo-tdmt",
                "--unit-name", "Ban Thể dục Mỹ thuật", "--group", "ministry")  # fmt: skip
    assert added.code == 0, added.err
    units = json.loads(cli("--data-dir", str(data_dir), "units", "list", "--json").out)
    assert {"unit_code": "BO-TDMT", "unit_name": "Ban Thể dục Mỹ thuật"}.items() <= units[
        -1
    ].items()
    assert any(u["unit_name"] == "Sở Văn hóa, Thể thao và Du lịch Cà Mau" for u in units)
    again = cli("--data-dir", str(data_dir), "units", "add", "--unit-code", "BO-TDMT",
                "--unit-name", "X")  # fmt: skip
    assert again.code == 1 and "already exists" in again.err
    bad = cli("--data-dir", str(data_dir), "units", "add", "--unit-code", "Sở", "--unit-name", "X")
    assert bad.code == 1 and "--unit-code" in bad.err


def test_data_dir_from_the_environment(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDS_DATA_DIR", str(tmp_path / "từ biến môi trường"))
    assert init(cli, Path(tmp_path / "từ biến môi trường")).code == 0
    assert cli("units", "list").out.startswith("SO-HNI")


def test_module_entry_point_runs_in_a_real_process(tmp_path: Path) -> None:
    data = tmp_path / "Hồ sơ"
    run = subprocess.run(
        [sys.executable, "-m", "cds_desktop", "--data-dir", str(data), "init", "--role", "unit",
         "--unit-code", "BO-BVH", "--unit-name", "Báo Văn hóa"],
        capture_output=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr.decode()
    assert "Báo Văn hóa" in run.stdout.decode("utf-8")
    refused = subprocess.run(
        [sys.executable, "-m", "cds_desktop", "--data-dir", str(data), "activity", "add",
         "--title", "Tin", "--form", "news", "--start", "2024-10-01", "--participants", "x"],
        capture_output=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.decode("utf-8").startswith("error: --participants:")
    assert b"Traceback" not in refused.stderr


def test_status_lists_every_unit_of_the_catalog(cli: Cli, data_dir: Path) -> None:
    init(cli, data_dir, role="centre")
    rows = json.loads(cli("--data-dir", str(data_dir), "status", "--json").out)
    assert len(rows) == 68  # the catalog's 69 units but the centre's own (here SO-HNI)
    assert "SO-HNI" not in {row["unit_code"] for row in rows}
    first = rows[0]
    assert first == {
        "unit_code": "BO-TCCB",
        "unit_name": "Vụ Tổ chức cán bộ",
        "group": "ministry",
        "reported": False,
        "last_sequence": None,
        "last_import_at": None,
        "activities": 0,
    }
    text = cli("--data-dir", str(data_dir), "status").out
    assert text.strip().endswith(f"0 of {len(rows)} units have reported")
