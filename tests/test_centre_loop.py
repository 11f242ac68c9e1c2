"""Issue 18 end to end through the command line: the centre's key, receipts, plans."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from cds_desktop.packages.format import PackageRejected
from cds_desktop.profile import open_profile
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
    verified = loop.run(loop.centre, "verify", str(receipts[0]))
    assert verified.code == 1 and "this is a receipt, not a package" in verified.err

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
    package = _export(loop, loop.hni, loop.root / "USB")
    refused = loop.run(loop.centre, "import", str(package))  # key not trusted yet
    assert refused.code == 1
    [receipt] = _receipts(loop, loop.centre, loop.root / "out")
    result = loop.run(loop.hni, "receipt", "import", str(receipt),
                      "--centre-fingerprint", loop.centre_fp)  # fmt: skip
    assert result.code == 0, result.err
    assert "The IT Centre refused package 1" in result.out and "key_not_trusted" in result.out


def test_only_the_centre_writes_receipts_and_only_units_import_them(loop: Loop) -> None:
    out = loop.root / "out"
    out.mkdir()
    refused = loop.run(loop.hni, "receipts", "--out", str(out))
    assert refused.code == 1 and "written by the IT Centre" in refused.err
    missing = loop.run(loop.centre, "receipts", "--out", str(loop.root / "nowhere"))
    assert missing.code == 1 and "does not exist" in missing.err
