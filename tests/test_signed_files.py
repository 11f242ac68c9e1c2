"""Receipts and campaign plans as hostile input: every file is refused before it is used."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cds_desktop import keys
from cds_desktop.packages.container import ContainerWriter, container_bag_info
from cds_desktop.packages.format import (
    BAG_INFO_TXT,
    BAGIT_TXT,
    BAGIT_TXT_CONTENT,
    PLAN_KIND,
    RECEIPT_KIND,
    PackageRejected,
)
from cds_desktop.packages.importer import import_packages
from cds_desktop.packages.signed_file import signed_json_bytes
from cds_desktop.plans import import_plan, publish_plan
from cds_desktop.profile import Profile
from cds_desktop.receipts import import_receipt, parse_receipt, write_receipts
from tests.package_helpers import export, make_centre, make_unit, private_key

MOMENT = dt.datetime(2025, 10, 20, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def parties(tmp_path: Path) -> tuple[Profile, Profile, Path, Path]:
    """A unit that exported one package, the centre that imported it, its receipt, a plan."""
    unit = make_unit(tmp_path)
    package = export(unit, tmp_path / "USB")
    centre = make_centre(tmp_path)
    import_packages(centre, [package], trust_new=True)
    (tmp_path / "out").mkdir()
    [receipt] = write_receipts(centre, tmp_path / "out").written
    plan = publish_plan(centre, tmp_path / "out").path
    yield unit, centre, receipt, plan
    unit.close()
    centre.close()


def refused(call: object, match: str, code: str = "invalid") -> None:
    with pytest.raises(PackageRejected, match=match) as caught:
        call()  # type: ignore[operator]
    assert caught.value.code == code


def _receipt_doc(receipt: Path) -> dict[str, object]:
    from cds_desktop.packages.signed_file import read_signed_json

    return dict(read_signed_json(receipt, RECEIPT_KIND).doc)


def test_a_file_of_another_kind_is_refused(
    parties: tuple[Profile, Profile, Path, Path], tmp_path: Path
) -> None:
    unit, centre, receipt, plan = parties
    fp = centre.fingerprint()
    package = next((tmp_path / "USB").glob("*.cdspkg"))
    refused(lambda: import_receipt(unit, package, fp), "package, not a receipt", "not_a_package")
    refused(lambda: import_receipt(unit, plan, fp), "not a receipt", "not_a_package")
    refused(lambda: import_plan(unit, receipt, fp), "not a campaign-plan", "not_a_package")


def test_changed_or_extra_content_is_refused(
    parties: tuple[Profile, Profile, Path, Path], tmp_path: Path
) -> None:
    unit, centre, receipt, _plan = parties
    fp = centre.fingerprint()
    key = private_key(centre)
    doc = _receipt_doc(receipt)

    extra = tmp_path / "extra.cdsreceipt"
    out = bytearray()
    writer = ContainerWriter(out.extend, "SO-HNI-000001-receipt", RECEIPT_KIND, 1, MOMENT)
    writer.add_tag_file(BAGIT_TXT, BAGIT_TXT_CONTENT)
    from cds_desktop.packages import strict_json

    body = strict_json.dumps(doc)
    writer.add_tag_file(
        BAG_INFO_TXT, container_bag_info(RECEIPT_KIND, 1, MOMENT, [len(body), 3], [])
    )
    writer.add_payload("data/receipt.json", body)
    writer.add_payload("data/other.txt", b"abc")
    writer.finish(key)
    extra.write_bytes(bytes(out))
    refused(lambda: import_receipt(unit, extra, fp), "holds exactly data/receipt.json")

    unknown = tmp_path / "unknown.cdsreceipt"
    unknown.write_bytes(
        signed_json_bytes(RECEIPT_KIND, "R-1", doc | {"note": "x"}, key, "Trung tâm", MOMENT)
    )
    refused(lambda: import_receipt(unit, unknown, fp), "unknown field 'note'")

    other_key = Ed25519PrivateKey.generate()
    claimed = tmp_path / "claimed.cdsreceipt"
    claimed.write_bytes(signed_json_bytes(RECEIPT_KIND, "R-1", doc, other_key, "X", MOMENT))
    refused(lambda: import_receipt(unit, claimed, fp), "signer differs from the key")

    other_fp = keys.fingerprint(keys.public_key_bytes(other_key.public_key()))
    forged = tmp_path / "forged.cdsreceipt"
    forged_doc = doc | {"signer_fingerprint": other_fp}
    forged.write_bytes(signed_json_bytes(RECEIPT_KIND, "R-1", forged_doc, other_key, "X", MOMENT))
    refused(lambda: import_receipt(unit, forged, fp), "does not come from your centre",
            "key_mismatch")  # fmt: skip

    bad_status = tmp_path / "status.cdsreceipt"
    result = dict(doc["result"])  # type: ignore[call-overload]
    bad_doc = doc | {"result": result | {"status": "lost"}}
    bad_status.write_bytes(signed_json_bytes(RECEIPT_KIND, "R-1", bad_doc, key, "T", MOMENT))
    refused(lambda: import_receipt(unit, bad_status, fp), "unknown status")


def test_a_newer_version_asks_for_a_newer_program(
    parties: tuple[Profile, Profile, Path, Path], tmp_path: Path
) -> None:
    from cds_desktop.packages import strict_json

    unit, centre, receipt, _plan = parties
    body = strict_json.dumps(_receipt_doc(receipt) | {"format_version": 2})
    out = bytearray()
    writer = ContainerWriter(out.extend, "SO-HNI-000001-receipt", RECEIPT_KIND, 2, MOMENT)
    writer.add_tag_file(BAGIT_TXT, BAGIT_TXT_CONTENT)
    writer.add_tag_file(BAG_INFO_TXT, container_bag_info(RECEIPT_KIND, 2, MOMENT, [len(body)], []))
    writer.add_payload("data/receipt.json", body)
    writer.finish(private_key(centre))
    newer = tmp_path / "v2.cdsreceipt"
    newer.write_bytes(bytes(out))
    refused(lambda: import_receipt(unit, newer, centre.fingerprint()),
            "unknown format version 2 of receipt", "newer_version")  # fmt: skip
    assert parse_receipt(_receipt_doc(receipt)).unit_code == "SO-HNI"


def test_a_plan_with_a_code_this_program_does_not_know(
    parties: tuple[Profile, Profile, Path, Path], tmp_path: Path
) -> None:
    from cds_desktop.packages.signed_file import read_signed_json

    unit, centre, _receipt, plan = parties
    doc = dict(read_signed_json(plan, PLAN_KIND).doc)
    campaign = dict(doc["campaign"])  # type: ignore[call-overload]
    doc["campaign"] = campaign | {"forms": ["hologram"]}
    newer = tmp_path / "newer.cdsplan"
    newer.write_bytes(
        signed_json_bytes(PLAN_KIND, "P-1", doc, private_key(centre), "Trung tâm", MOMENT)
    )
    refused(lambda: import_plan(unit, newer, centre.fingerprint()), "update CĐS Desktop",
            "newer_version")  # fmt: skip
