"""Issue 18 end to end through the command line: the centre's key, receipts, plans."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from cds_desktop.packages.format import PackageRejected
from cds_desktop.profile import Profile, open_profile
from cds_desktop.receipts import import_receipt
from tests.conftest import CliResult

Cli = Callable[..., CliResult]


@dataclass
class Loop:
    cli: Cli
    root: Path
    centre: Path
    hni: Path
    hcm: Path
    centre_fp: str

    def run(self, data: Path, *argv: str) -> CliResult:
        return self.cli("--data-dir", str(data), *argv)


def _init(cli: Cli, data: Path, role: str, code: str, name: str) -> str:
    result = cli("--data-dir", str(data), "init", "--role", role, "--unit-code", code,
                 "--unit-name", name)  # fmt: skip
    assert result.code == 0, result.err
    return result.out.strip().splitlines()[-1].removeprefix("Key fingerprint: ")


def _activity(loop: Loop, data: Path, title: str) -> None:
    added = loop.run(data, "activity", "add", "--title", title, "--form", "workshop",
                     "--start", "2024-10-08", "--participants", "120")  # fmt: skip
    assert added.code == 0, added.err


@pytest.fixture
def loop(cli: Cli, tmp_path: Path) -> Loop:
    centre = tmp_path / "Trung tâm"
    centre_fp = _init(cli, centre, "centre", "BO-TTCDS", "Trung tâm Chuyển đổi số")
    hni, hcm = tmp_path / "Sở HNI", tmp_path / "Sở HCM"
    _init(cli, hni, "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    _init(cli, hcm, "unit", "SO-HCM", "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh")
    return Loop(cli, tmp_path, centre, hni, hcm, centre_fp)


def _export(loop: Loop, data: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    result = loop.run(data, "export", "--out", str(folder))
    assert result.code == 0, result.err
    return Path(result.out.splitlines()[0].removeprefix("Package: "))


def _receipts(loop: Loop, centre: Path, out: Path, *extra: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    result = loop.run(centre, "receipts", "--out", str(out), *extra)
    assert result.code == 0, result.err
    return sorted(out.glob("*.cdsreceipt"))


def test_receipts_tell_the_unit_what_became_of_each_package(loop: Loop) -> None:
    _activity(loop, loop.hni, "Hội thảo Kinh tế số")
    first = _export(loop, loop.hni, loop.root / "USB")
    imported = loop.run(loop.centre, "import", "--trust-new", str(first))
    assert imported.code == 0, imported.err
    again = loop.run(loop.centre, "import", str(first))  # a duplicate
    assert again.code == 0, again.err

    receipts = _receipts(loop, loop.centre, loop.root / "biên nhận")
    assert len(receipts) == 2 and all("SO-HNI-000001" in p.name for p in receipts)
    rewritten = loop.run(loop.centre, "receipts", "--out", str(loop.root / "biên nhận"))
    assert "0 receipt(s) written, 2 already there" in rewritten.out
    none_since = loop.run(loop.centre, "receipts", "--out", str(loop.root / "biên nhận"),
                          "--since", "2999-01-01")  # fmt: skip
    assert "0 receipt(s) written, 0 already there" in none_since.out
    verified = loop.run(loop.centre, "verify", str(receipts[0]))  # says what it is
    assert verified.code == 0, verified.err
    assert "OK: receipt of the IT Centre (BO-TTCDS) for package 1 of SO-HNI" in verified.out
    assert loop.centre_fp in verified.out
    tampered = loop.root / "sửa.cdsreceipt"  # the counts changed, the zip rebuilt
    with zipfile.ZipFile(receipts[0]) as zin, zipfile.ZipFile(tampered, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith("data/receipt.json"):
                changed = data.replace(b'"added":1', b'"added":9')
                assert changed != data
                data = changed
            zout.writestr(info, data)
    refused = loop.run(loop.centre, "verify", str(tampered))
    assert refused.code == 1 and "OK" not in refused.out and "receipt.json" in refused.err

    status = json.loads(loop.run(loop.hni, "status", "--json").out)
    assert status["last_receipt"] is None and status["last_export"]["sequence"] == 1

    first_time = loop.run(loop.hni, "receipt", "import", str(receipts[0]))
    assert first_time.code == 1
    assert "first file from the IT Centre" in first_time.err
    assert "--centre-fingerprint" in first_time.err

    wrong = loop.run(loop.hni, "receipt", "import", str(receipts[0]),
                     "--centre-fingerprint", "7K2Q-M9XH-4TRB-ZP3D-W8NC")  # fmt: skip
    assert wrong.code == 1 and "does not come from your centre" in wrong.err

    typed = loop.centre_fp.lower().replace("-", " ")
    ok = loop.run(loop.hni, "receipt", "import", str(receipts[0]),
                  "--centre-fingerprint", typed)  # fmt: skip
    assert ok.code == 0, ok.err
    assert "The IT Centre received package 1 at" in ok.out and "imported it (+1" in ok.out
    later = loop.run(loop.hni, "receipt", "import", str(receipts[1]), "--json")
    assert later.code == 0, later.err
    assert json.loads(later.out)["receipt"]["result"]["status"] == "duplicate"
    repeated = loop.run(loop.hni, "receipt", "import", str(receipts[1]))
    assert "already recorded" in repeated.out

    status = json.loads(loop.run(loop.hni, "status", "--json").out)
    last = status["last_receipt"]
    assert last["package"]["sequence"] == 1 and last["result"]["status"] == "duplicate"
    assert last["unit"]["code"] == "SO-HNI" and last["signer_fingerprint"] == loop.centre_fp
    assert last["package"]["sha256"] == imported_sha(loop, first)
    text = loop.run(loop.hni, "status").out
    assert "The IT Centre received package 1" in text


def imported_sha(loop: Loop, package: Path) -> str:
    import hashlib

    return hashlib.sha256(package.read_bytes()).hexdigest()


def test_receipts_for_another_unit_or_package_or_from_another_key_are_refused(
    loop: Loop,
) -> None:
    _activity(loop, loop.hni, "Hội thảo")
    package = _export(loop, loop.hni, loop.root / "USB")
    assert loop.run(loop.centre, "import", "--trust-new", str(package)).code == 0
    [receipt] = _receipts(loop, loop.centre, loop.root / "out")

    # another unit: trusts the centre, but the receipt is not for it
    other = loop.run(loop.hcm, "receipt", "import", str(receipt),
                     "--centre-fingerprint", loop.centre_fp)  # fmt: skip
    assert other.code == 1 and "for unit SO-HNI, not for this unit (SO-HCM)" in other.err
    with open_profile(loop.hcm) as hcm, pytest.raises(PackageRejected) as refused:
        import_receipt(hcm, receipt)
    assert refused.value.code == "other_unit"

    # the same unit code on another computer never made that package
    twin = loop.root / "Sở HNI máy khác"
    _init(loop.cli, twin, "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    never = loop.run(twin, "receipt", "import", str(receipt),
                     "--centre-fingerprint", loop.centre_fp)  # fmt: skip
    assert never.code == 1 and "never exported package 1" in never.err
    with open_profile(twin) as profile, pytest.raises(PackageRejected) as unknown:
        import_receipt(profile, receipt)
    assert unknown.value.code == "unknown_package"

    # a receipt signed by another centre's key, once the unit trusts the real one
    assert loop.run(loop.hni, "receipt", "import", str(receipt),
                    "--centre-fingerprint", loop.centre_fp).code == 0  # fmt: skip
    impostor = loop.root / "impostor"
    _init(loop.cli, impostor, "centre", "BO-TTCDS", "Trung tâm giả")
    assert loop.run(impostor, "import", "--trust-new", str(package)).code == 0
    [forged] = _receipts(loop, impostor, loop.root / "forged")
    refused_key = loop.run(loop.hni, "receipt", "import", str(forged))
    assert refused_key.code == 1 and "does not come from your centre" in refused_key.err

    # a tampered receipt
    data = bytearray(receipt.read_bytes())
    at = data.index(b"SO-HNI", 40)
    data[at : at + 6] = b"SO-HCM"
    tampered = loop.root / "tampered.cdsreceipt"
    tampered.write_bytes(bytes(data))
    result = loop.run(loop.hni, "receipt", "import", str(tampered))
    assert result.code == 1 and "error:" in result.err and "Traceback" not in result.err


def test_a_rejected_package_gets_a_receipt_that_says_so(loop: Loop) -> None:
    _activity(loop, loop.hni, "Hội thảo")
    first = _export(loop, loop.hni, loop.root / "USB")
    assert loop.run(loop.centre, "import", "--trust-new", str(first)).code == 0
    listed = loop.run(loop.hni, "activity", "list", "--json")
    [activity] = json.loads(listed.out)
    assert loop.run(loop.hni, "activity", "delete", activity["id"]).code == 0
    emptied = _export(loop, loop.hni, loop.root / "USB 2")
    refused = loop.run(loop.centre, "import", str(emptied))  # would delete everything
    assert refused.code == 1
    receipts = _receipts(loop, loop.centre, loop.root / "out")
    assert len(receipts) == 2
    for receipt in receipts:
        result = loop.run(loop.hni, "receipt", "import", str(receipt),
                          "--centre-fingerprint", loop.centre_fp)  # fmt: skip
        assert result.code == 0, result.err
    assert "The IT Centre refused package 2" in result.out and "mass_deletion" in result.out


def test_a_package_refused_before_its_payload_gets_no_receipt(loop: Loop) -> None:
    """A key the centre does not trust is refused from the package's small members: its
    package.json is never read, so there is no package id to give a receipt for."""
    _activity(loop, loop.hni, "Hội thảo")
    package = _export(loop, loop.hni, loop.root / "USB")
    refused = loop.run(loop.centre, "import", str(package))  # key not trusted yet
    assert refused.code == 1 and "not registered" in refused.out
    assert _receipts(loop, loop.centre, loop.root / "out") == []


def test_only_the_centre_writes_receipts_and_only_units_import_them(loop: Loop) -> None:
    out = loop.root / "out"
    out.mkdir()
    refused = loop.run(loop.hni, "receipts", "--out", str(out))
    assert refused.code == 1 and "written by the IT Centre" in refused.err
    missing = loop.run(loop.centre, "receipts", "--out", str(loop.root / "nowhere"))
    assert missing.code == 1 and "does not exist" in missing.err


# Campaign plans and targets.


def _plan_campaign(loop: Loop) -> None:
    r = loop.run(loop.centre, "campaign", "set", "--code", "CDS-2025",
                 "--name", "Tuyên truyền Ngày Chuyển đổi số năm 2025",
                 "--theme", "Dữ liệu số - động lực mới", "--plan-number",
                 "Kế hoạch số 12/KH-TTCDS", "--plan-date", "2025-08-20",
                 "--start", "2025-09-15", "--end", "2025-10-31",
                 "--form", "workshop", "--form", "news", "--activate")  # fmt: skip
    assert r.code == 0, r.err
    for argv in (
        ["--scope", "all", "--activities", "2", "--participants", "100", "--form", "workshop"],
        ["--scope", "unit", "--for", "SO-HCM", "--activities", "5"],
        ["--scope", "total", "--activities", "3"],
    ):
        r = loop.run(loop.centre, "campaign", "target", "--code", "CDS-2025", *argv)
        assert r.code == 0, r.err


def _publish(loop: Loop, centre: Path, name: str) -> Path:
    out = loop.root / name
    r = loop.run(centre, "plan", "publish", "--out", str(out))
    assert r.code == 0, r.err
    return out


def test_plan_publish_import_export_import_evaluate_and_receipts(loop: Loop) -> None:
    _activity(loop, loop.hni, "Hội thảo năm 2024")  # last year's campaign, reported
    assert loop.run(loop.centre, "import", "--trust-new",
                    str(_export(loop, loop.hni, loop.root / "USB 2024"))).code == 0  # fmt: skip
    _plan_campaign(loop)
    listing = json.loads(loop.run(loop.centre, "campaign", "list", "--json").out)
    active = [c for c in listing if c["active"]]
    assert [c["code"] for c in active] == ["CDS-2025"]
    assert active[0]["plan"] == "Kế hoạch số 12/KH-TTCDS ngày 20/08/2025"
    v1 = _publish(loop, loop.centre, "kế hoạch v1.cdsplan")
    checked = loop.run(loop.centre, "verify", str(v1))
    assert checked.code == 0, checked.err
    assert "OK: campaign plan CDS-2025 version 1 of the IT Centre (BO-TTCDS)" in checked.out
    assert "3 targets" in checked.out and loop.centre_fp in checked.out

    first = loop.run(loop.hni, "plan", "import", str(v1))
    assert first.code == 1 and "--centre-fingerprint" in first.err
    imported = loop.run(loop.hni, "plan", "import", str(v1), "--centre-fingerprint",
                        loop.centre_fp, "--json")  # fmt: skip
    assert imported.code == 0, imported.err
    doc = json.loads(imported.out)
    assert doc["campaign"] == "CDS-2025" and doc["version"] == 1
    assert doc["targets"] == [{"scope": "all", "code": "", "activities": 2,
                               "participants": 100, "reach": 0, "forms": ["workshop"]}]  # fmt: skip
    hcm = json.loads(loop.run(loop.hcm, "plan", "import", str(v1), "--centre-fingerprint",
                              loop.centre_fp, "--json").out)  # fmt: skip
    assert hcm["targets"][0]["scope"] == "unit" and hcm["targets"][0]["activities"] == 5
    units = json.loads(loop.run(loop.hni, "campaign", "list", "--json").out)
    assert [c["code"] for c in units if c["active"]] == ["CDS-2025"]

    # activities are checked against the plan: its period and its forms
    outside = loop.run(loop.hni, "activity", "add", "--title", "Hội thảo đầu năm", "--form",
                       "workshop", "--start", "2025-03-10")  # fmt: skip
    assert outside.code == 0 and "outside the campaign period" in outside.err
    other_form = loop.run(loop.hni, "activity", "add", "--title", "Triển lãm", "--form",
                          "other", "--start", "2025-10-01")  # fmt: skip
    assert other_form.code == 0 and "not among the forms of the campaign's plan" in other_form.err
    inside = loop.run(loop.hni, "activity", "add", "--title", "Hội thảo dữ liệu số", "--form",
                      "workshop", "--start", "2025-10-02", "--participants", "150")  # fmt: skip
    assert inside.code == 0 and inside.err == ""

    own = loop.root / "báo cáo đơn vị.xlsx"  # the unit's own workbook shows its progress
    assert loop.run(loop.hni, "report", "xlsx", "--out", str(own)).code == 0
    own_rows = list(openpyxl.load_workbook(own)["Đánh giá chỉ tiêu"].iter_rows(values_only=True))
    assert own_rows[1][1] == "SO-HNI" and own_rows[1][4] == 3 and own_rows[1][-1] == "Đạt"

    package = _export(loop, loop.hni, loop.root / "USB")
    assert loop.run(loop.centre, "import", "--trust-new", str(package)).code == 0
    evaluation = json.loads(loop.run(loop.centre, "campaign", "evaluate", "--json").out)
    assert evaluation["campaign"] == "CDS-2025"
    rows = {u["unit_code"]: u for u in evaluation["units"]}
    assert rows["SO-HNI"]["activities"] == 3 and rows["SO-HNI"]["result"] == "met"
    assert rows["SO-HNI"]["checks"] == {"activities": True, "participants": True, "forms": True}
    assert rows["SO-HCM"]["result"] == "not" and rows["SO-HCM"]["target"]["activities"] == 5
    assert evaluation["total"]["result"] == "met" and evaluation["total"]["activities"] == 3
    text = loop.run(loop.centre, "campaign", "evaluate").out
    assert "SO-HNI" in text and "NOT MET" in text

    report = loop.root / "báo cáo tổng hợp.xlsx"
    assert loop.run(loop.centre, "report", "xlsx", "--out", str(report)).code == 0
    workbook = openpyxl.load_workbook(report)
    assert {"Đánh giá chỉ tiêu", "So sánh các đợt"} <= set(workbook.sheetnames)
    judged = {r[1]: r for r in workbook["Đánh giá chỉ tiêu"].iter_rows(values_only=True)}
    assert judged["SO-HNI"][4] == 3 and judged["SO-HNI"][-1] == "Đạt"
    assert judged["SO-HCM"][5] == 5 and judged["SO-HCM"][-1] == "Chưa đạt"
    years = list(workbook["So sánh các đợt"].iter_rows(values_only=True))[1:]
    assert [(y[0], y[5]) for y in years] == [("CDS-2024", 1), ("CDS-2025", 3)]
    pdf = loop.root / "báo cáo tổng hợp.pdf"
    assert loop.run(loop.centre, "report", "pdf", "--out", str(pdf)).code == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Đánh giá kết quả so với chỉ tiêu" in text
    assert "1 đạt, 0 đạt một phần" in text and "Chỉ tiêu toàn Bộ: 3/3 hoạt động (đạt)" in text
    unit_pdf = loop.root / "báo cáo đơn vị.pdf"
    assert loop.run(loop.hni, "report", "pdf", "--out", str(unit_pdf)).code == 0
    unit_text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(unit_pdf).pages)
    assert "Đánh giá kết quả so với chỉ tiêu" in unit_text and "3/2" in unit_text

    receipts = _receipts(loop, loop.centre, loop.root / "biên nhận")
    assert len(receipts) == 2
    for receipt in receipts:  # the key is trusted already
        got = loop.run(loop.hni, "receipt", "import", str(receipt))
        assert got.code == 0, got.err
    assert "received package 2" in got.out and "(+3" in got.out
    last = json.loads(loop.run(loop.hni, "status", "--json").out)["last_receipt"]
    assert last["package"]["sequence"] == 2


def test_older_tampered_and_foreign_plans_are_refused(loop: Loop) -> None:
    _plan_campaign(loop)
    v1 = _publish(loop, loop.centre, "v1.cdsplan")
    v2 = _publish(loop, loop.centre, "v2.cdsplan")
    assert loop.run(loop.hni, "plan", "import", str(v2), "--centre-fingerprint",
                    loop.centre_fp).code == 0  # fmt: skip
    older = loop.run(loop.hni, "plan", "import", str(v1))
    assert older.code == 1 and "already has version 2" in older.err
    again = loop.run(loop.hni, "plan", "import", str(v2))
    assert again.code == 1 and "already has version 2" in again.err
    with open_profile(loop.hni) as hni, pytest.raises(PackageRejected) as refused:
        from cds_desktop.plans import import_plan

        import_plan(hni, v1)
    assert refused.value.code == "older_plan"

    v3 = _publish(loop, loop.centre, "v3.cdsplan")
    data = bytearray(v3.read_bytes())
    data[data.index(b"CDS-2025", 60) + 7] ^= 1
    tampered = loop.root / "tampered.cdsplan"
    tampered.write_bytes(bytes(data))
    result = loop.run(loop.hni, "plan", "import", str(tampered))
    assert result.code == 1 and "Traceback" not in result.err

    impostor = loop.root / "impostor"
    _init(loop.cli, impostor, "centre", "BO-TTCDS", "Trung tâm giả")
    r = loop.run(impostor, "campaign", "set", "--code", "CDS-2025", "--name", "Giả",
                 "--start", "2025-01-01", "--end", "2025-12-31", "--activate")  # fmt: skip
    assert r.code == 0, r.err
    forged = _publish(loop, impostor, "forged.cdsplan")
    refused_key = loop.run(loop.hni, "plan", "import", str(forged))
    assert refused_key.code == 1 and "does not come from your centre" in refused_key.err
    assert loop.run(loop.hni, "plan", "import", str(v3)).code == 0
    listing = json.loads(loop.run(loop.hni, "campaign", "list", "--json").out)
    assert [(c["code"], c["version"]) for c in listing if c["active"]] == [("CDS-2025", 3)]


def test_campaign_editing_is_checked(loop: Loop) -> None:
    bad_form = loop.run(loop.centre, "campaign", "set", "--code", "CDS-2024", "--form", "juggling")
    assert bad_form.code == 1 and "form 'juggling' is not known" in bad_form.err
    new = loop.run(loop.centre, "campaign", "set", "--code", "CDS-2026", "--name", "x")
    assert new.code == 1 and "give --name, --start and --end" in new.err
    unit = loop.run(loop.hni, "campaign", "set", "--code", "CDS-2024", "--name", "x")
    assert unit.code == 1 and "IT Centre" in unit.err
    no_unit = loop.run(loop.centre, "campaign", "target", "--code", "CDS-2024", "--scope",
                       "unit", "--for", "SO-XYZ", "--activities", "1")  # fmt: skip
    assert no_unit.code == 1 and "not in the unit list" in no_unit.err
    negative = loop.run(loop.centre, "campaign", "target", "--code", "CDS-2024", "--scope",
                        "all", "--activities", "-1")  # fmt: skip
    assert negative.code == 1 and "target activities: a whole number ≥ 0" in negative.err
    group = loop.run(loop.centre, "campaign", "target", "--code", "CDS-2024", "--scope",
                     "group", "--for", "province", "--activities", "7")  # fmt: skip
    assert group.code == 0, group.err
    judged = json.loads(loop.run(loop.centre, "campaign", "evaluate", "--json").out)
    hni = next(u for u in judged["units"] if u["unit_code"] == "SO-HNI")
    assert hni["group"] == "province" and hni["target"]["activities"] == 7
    publish_unit = loop.run(loop.hni, "plan", "publish", "--out", str(loop.root / "x.cdsplan"))
    assert publish_unit.code == 1 and "published by the IT Centre" in publish_unit.err


def test_a_campaign_code_must_be_safe_for_file_names(loop: Loop) -> None:
    bad = loop.run(loop.centre, "campaign", "set", "--code", "CDS/2025", "--name", "x",
                   "--start", "2025-09-15", "--end", "2025-10-31")  # fmt: skip
    assert bad.code == 1 and "campaign code: 2 to 32 letters" in bad.err


@pytest.mark.parametrize(
    "command",
    [["receipts"], ["receipt"], ["receipt", "import"], ["plan"], ["plan", "publish"],
     ["plan", "import"], ["campaign"], ["campaign", "list"], ["campaign", "set"],
     ["campaign", "target"], ["campaign", "activate"], ["campaign", "evaluate"]],
)  # fmt: skip
def test_the_new_commands_have_help(cli: Cli, command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0 and "usage:" in result.out


def test_a_package_exported_by_an_earlier_release_gets_its_receipt(loop: Loop) -> None:
    from cds_desktop.receipts import EXPORTED_SETTING

    _activity(loop, loop.hni, "Hội thảo")
    old = _export(loop, loop.hni, loop.root / "USB")
    with open_profile(loop.hni) as hni:  # the earlier release kept no package ids
        hni.set_setting(EXPORTED_SETTING, "[]")
    new = _export(loop, loop.hni, loop.root / "USB")
    assert loop.run(loop.centre, "import", "--trust-new", str(old), str(new)).code == 0
    first, second = _receipts(loop, loop.centre, loop.root / "out")
    legacy = loop.run(loop.hni, "receipt", "import", str(first), "--json",
                      "--centre-fingerprint", loop.centre_fp)  # fmt: skip
    assert legacy.code == 0, legacy.err
    assert json.loads(legacy.out)["sha256_matches"] is None
    recorded = json.loads(loop.run(loop.hni, "receipt", "import", str(second), "--json").out)
    assert recorded["sha256_matches"] is True


def test_replace_targets_keeps_other_scopes_and_refuses_doubles(centre_profile: Profile) -> None:
    from cds_desktop.errors import CdsError
    from cds_desktop.plans import Target, list_campaigns, replace_targets, set_target

    set_target(centre_profile, "CDS-2024", Target("all", "", activities=2))
    set_target(centre_profile, "CDS-2024", Target("unit", "SO-HCM", activities=4))
    kept = replace_targets(
        centre_profile,
        "CDS-2024",
        ("unit", "group"),
        [Target("group", "province", activities=3), Target("unit", "SO-HNI")],  # empty: dropped
    )
    assert [(t.scope, t.code) for t in kept] == [("all", ""), ("group", "province")]
    for wrong, message in (
        ([Target("unit", "SO-HNI", 1), Target("unit", "SO-HNI", 2)], "two targets for unit"),
        ([Target("unit", "NO-SUCH", 1)], "not in the unit list"),
        ([Target("total", "", 1)], "not among unit, group"),
    ):
        with pytest.raises(CdsError, match=message):
            replace_targets(centre_profile, "CDS-2024", ("unit", "group"), wrong)
    [campaign] = [c for c in list_campaigns(centre_profile) if c.code == "CDS-2024"]
    assert campaign.details.targets == kept  # a refusal changes nothing
