"""Export → verify → import: a unit's data arrives at the centre exactly as it was."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from pathlib import Path

import bagit
import pytest
from sqlalchemy import select

from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.errors import CdsError
from cds_desktop.integrity import check_evidence
from cds_desktop.models import ImportLog, Unit
from cds_desktop.packages import importer
from cds_desktop.packages.export import export_package, export_summary, next_sequence
from cds_desktop.packages.format import Cancelled, PackageRejected
from cds_desktop.packages.importer import ImportCancelled, import_packages
from cds_desktop.packages.trust import UnknownKey, trust_unit_key
from cds_desktop.packages.verify import verify_package
from cds_desktop.paths import DATABASE_URL_ENV
from cds_desktop.profile import Profile
from cds_desktop.submissions import submission_status
from tests.package_helpers import (
    export,
    import_one,
    make_centre,
    make_unit,
    master_digest,
    read_members,
    write_zip,
)


def views(profile: Profile, unit_code: str) -> list[dict[str, object]]:
    """Activities as JSON; a tombstone travels without its evidence (nobody needs it)."""
    found = ActivityService(profile).list_activities(unit_code=unit_code, include_deleted=True)
    return [
        v.to_json() | {"deleted": v.deleted} | ({"evidence": []} if v.deleted else {})
        for v in sorted(found, key=lambda v: v.id)
    ]


def test_export_is_a_valid_bag_with_media_stored(tmp_path: Path) -> None:
    unit = make_unit(tmp_path)
    summary = export_summary(unit)
    assert (summary.activities, summary.deleted, summary.evidence_files) == (2, 1, 2)
    result = export_package(unit, tmp_path)
    assert result.path.name == "SO-HNI-000001.cdspkg"
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()
    assert result.size == result.path.stat().st_size
    assert result.fingerprint == unit.fingerprint()
    with zipfile.ZipFile(result.path) as archive:
        methods = {i.filename.rsplit("/", 1)[-1]: i.compress_type for i in archive.infolist()}
        archive.extractall(tmp_path / "unzipped")
    photo = next(e for e in ActivityService(unit).list_activities()[0].evidence if e.sha256)
    assert photo.filename == "Ảnh hội thảo.jpg"
    assert methods[str(photo.sha256)] == zipfile.ZIP_STORED
    assert methods["records.json"] == zipfile.ZIP_DEFLATED
    bag = bagit.Bag(str(tmp_path / "unzipped" / "SO-HNI-000001"))
    bag.validate()  # raises if the bag is not complete and valid
    assert bag.info["CDS-Kind"] == "package"
    assert bag.info["Source-Organization"] == "Sở Văn hóa và Thể thao Hà Nội"
    package = verify_package(result.path)
    assert package.metadata.sequence == 1 and package.fingerprint == result.fingerprint
    assert len(package.records) == 3
    assert export_package(unit, tmp_path).sequence == 2
    unit.close()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_a_package_file_is_not_executable(tmp_path: Path) -> None:
    unit = make_unit(tmp_path)
    mode = stat.S_IMODE(export_package(unit, tmp_path).path.stat().st_mode)
    unit.close()
    assert mode & 0o111 == 0
    assert mode & 0o600 == 0o600


def test_the_import_log_has_the_package_files_own_sha256(
    tmp_path: Path, centre_url: str | None
) -> None:
    """The file's hash is computed from the blocks read for verification (one read):
    whatever the member order and outcome, it is the SHA-256 of the whole file."""
    unit = make_unit(tmp_path)
    centre = make_centre(tmp_path, url=centre_url)
    genuine = export(unit, tmp_path / "out")
    members = read_members(genuine)
    reordered = write_zip(tmp_path / "reordered.cdspkg", dict(reversed(members.items())))
    data = bytearray(genuine.read_bytes())
    evidence = next(
        n for n in members if "/data/evidence/" in n and n.endswith(tuple("0123456789abcdef"))
    )
    start = data.index(members[evidence][:64])
    data[start + 10] ^= 1
    damaged = tmp_path / "damaged.cdspkg"
    damaged.write_bytes(bytes(data))
    results = [
        import_one(centre, genuine, trust_new=True),
        import_one(centre, reordered),
        import_one(centre, damaged),
        import_one(centre, tmp_path / "missing.cdspkg"),
    ]
    assert [r.status for r in results] == ["imported", "duplicate", "rejected", "rejected"]
    for result in results[:3]:
        assert result.sha256 == hashlib.sha256(result.file.read_bytes()).hexdigest()
    assert "SHA-256 does not match" in results[2].reason
    assert results[3].sha256 == ""
    unit.close()
    centre.close()


def test_cancelled_or_failed_export_leaves_nothing_and_keeps_the_sequence(tmp_path: Path) -> None:
    unit = make_unit(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        export_package(unit, out / "p.cdspkg", should_cancel=lambda: True)
    calls: list[tuple[int, int]] = []

    def cancel_late() -> bool:
        return len(calls) > 0

    with pytest.raises(Cancelled):
        export_package(unit, out / "p.cdspkg", progress=lambda d, t: calls.append((d, t)),
                       should_cancel=cancel_late)  # fmt: skip
    assert list(out.iterdir()) == []
    assert next_sequence(unit) == 1
    store = next(unit.paths.evidence.rglob("*/*"))
    store.write_bytes(b"damaged")
    with pytest.raises(CdsError, match="damaged"):
        export_package(unit, out)
    assert list(out.iterdir()) == [] and next_sequence(unit) == 1
    unit.close()


def test_damage_that_keeps_the_size_is_caught_by_the_check_and_the_centre(
    tmp_path: Path,
) -> None:
    """Export trusts the content-addressed store's names (it checks sizes only); a file
    damaged in place is found by `check --evidence`, and the centre refuses the package."""
    unit = make_unit(tmp_path)
    centre = make_centre(tmp_path)
    stored = next(p for p in unit.paths.evidence.rglob("*/*") if p.stat().st_size > 1000)
    data = bytearray(stored.read_bytes())
    data[500] ^= 1
    stored.write_bytes(bytes(data))
    assert check_evidence(unit.database, unit.evidence).damaged == [stored.name]
    package = export(unit, tmp_path / "out")
    with pytest.raises(PackageRejected, match="SHA-256 does not match"):
        verify_package(package)
    result = import_one(centre, package, trust_new=True)
    assert result.status == "rejected" and "SHA-256 does not match" in result.reason
    assert not centre.evidence.contains(stored.name)
    unit.close()
    centre.close()


def test_new_evidence_of_a_package_is_stored_in_one_pack(
    tmp_path: Path, centre_url: str | None
) -> None:
    """One pack per import holds the files the store lacked; the same files again add
    nothing; a rejected package leaves nothing behind, and the check reads the packs."""
    unit = make_unit(tmp_path)
    centre = make_centre(tmp_path, url=centre_url)
    first = export(unit, tmp_path / "out")
    second = export(unit, tmp_path / "out")  # the same evidence files again
    assert import_one(centre, first, trust_new=True).status == "imported"
    packs = sorted(p.name for p in centre.evidence.packs.iterdir())
    assert len(packs) == 2 and {Path(p).suffix for p in packs} == {".pack", ".idx"}
    assert import_one(centre, second).status == "imported"
    assert sorted(p.name for p in centre.evidence.packs.iterdir()) == packs
    tampered = tmp_path / "tampered.cdspkg"
    data = bytearray(first.read_bytes())
    data[len(data) // 3] ^= 1
    tampered.write_bytes(bytes(data))
    assert import_one(centre, tampered).status == "rejected"
    assert sorted(p.name for p in centre.evidence.packs.iterdir()) == packs
    assert list(centre.paths.staging.iterdir()) == []
    report = check_evidence(centre.database, centre.evidence)
    assert report.ok and report.checked == 2
    [pack] = centre.evidence.packs.glob("*.pack")
    content = bytearray(pack.read_bytes())
    content[-1] ^= 0xFF  # one byte of the last file changes on disk
    pack.write_bytes(bytes(content))
    assert len(check_evidence(centre.database, centre.evidence).damaged) == 1
    unit.close()
    centre.close()


def test_export_and_import_are_refused_in_the_wrong_role(tmp_path: Path) -> None:
    unit = make_unit(tmp_path)
    centre = make_centre(tmp_path)
    with pytest.raises(CdsError, match="exported by units"):
        export_package(centre, tmp_path)
    with pytest.raises(CdsError, match="imported at the IT Centre"):
        import_packages(unit, [tmp_path])
    unit.close()
    centre.close()


def test_import_makes_the_master_equal_each_snapshot(
    tmp_path: Path, centre_url: str | None
) -> None:
    unit = make_unit(tmp_path)
    centre = make_centre(tmp_path, url=centre_url)
    first = import_one(centre, export(unit, tmp_path / "out"), trust_new=True)
    assert (first.status, first.added, first.updated, first.deleted) == ("imported", 2, 0, 0)
    assert views(centre, "SO-HNI") == views(unit, "SO-HNI")

    service = ActivityService(unit)
    live = service.list_activities()
    service.edit(
        live[0].id, {"reach": 99_000}, files=[FileInput(tmp_path / "files-SO-HNI" / "Biên bản.txt")]
    )
    service.delete(live[1].id)
    service.add({"title": "Tọa đàm AI", "form": "seminar", "start_date": "2024-10-12"})
    second = import_one(centre, export(unit, tmp_path / "out"))
    assert (second.status, second.added, second.updated, second.deleted) == ("imported", 1, 1, 1)
    assert views(centre, "SO-HNI") == views(unit, "SO-HNI")
    for view in ActivityService(centre).list_activities(unit_code="SO-HNI"):
        for evidence in view.evidence:
            assert evidence.sha256 is None or centre.evidence.contains(evidence.sha256)

    [row] = [r for r in submission_status(centre) if r.unit_code == "SO-HNI"]
    assert row.reported and row.last_sequence == 2 and row.activities == 2
    with centre.database.session() as session:
        log = session.scalars(select(ImportLog).order_by(ImportLog.id)).all()
        assert [(r.status, r.sequence) for r in log] == [("imported", 1), ("imported", 2)]
        assert log[1].package_sha256 == second.sha256 and log[1].signer_fingerprint
        assert (log[1].added, log[1].updated, log[1].deleted) == (1, 1, 1)
    assert list(centre.paths.staging.iterdir()) == []
    unit.close()
    centre.close()


def test_keys_registered_in_advance_or_trusted_by_the_prompt(
    tmp_path: Path, centre_url: str | None
) -> None:
    unit = make_unit(tmp_path)
    other = make_unit(tmp_path, "SO-XYZ", seed=2)  # not in the bundled catalog
    centre = make_centre(tmp_path, url=centre_url)
    trust_unit_key(centre, "so-hni", unit.fingerprint().lower().replace("-", " "))
    with pytest.raises(CdsError, match="never replaced"):
        trust_unit_key(centre, "SO-HNI", other.fingerprint())
    with pytest.raises(CdsError, match="not in the unit list"):
        trust_unit_key(centre, "SO-NONE", other.fingerprint())
    assert import_one(centre, export(unit, tmp_path / "a")).status == "imported"

    asked: list[UnknownKey] = []
    path = export(other, tmp_path / "b")
    [refused] = import_packages(centre, [path], trust_new=lambda k: asked.append(k) is not None)
    assert refused.status == "rejected" and "not registered" in refused.reason
    assert asked == [UnknownKey("SO-XYZ", "SO-XYZ", other.fingerprint(), False)]
    [accepted] = import_packages(centre, [path], trust_new=lambda k: True)
    assert accepted.status == "imported"
    with centre.database.session() as session:
        unit_row = session.get_one(Unit, "SO-XYZ")
        assert unit_row.fingerprint == other.fingerprint() and unit_row.public_key
        assert session.get_one(Unit, "SO-HNI").public_key  # completed at the first import
    for profile in (unit, other, centre):
        profile.close()


def test_import_cancel_and_crash_leave_the_master_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, centre_url: str | None
) -> None:
    unit = make_unit(tmp_path)
    centre = make_centre(tmp_path, url=centre_url)
    path = export(unit, tmp_path / "out")
    before = master_digest(centre)
    with pytest.raises(ImportCancelled) as cancelled:
        import_packages(centre, [path], trust_new=True, should_cancel=lambda: True)
    assert cancelled.value.results == []
    assert master_digest(centre) == before

    def crash(*_args: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(importer, "apply_snapshot", crash)
    with pytest.raises(RuntimeError):
        import_packages(centre, [path], trust_new=True)
    rows_only = master_digest  # evidence may now sit unreferenced in the store
    with centre.database.session() as session:
        assert session.get_one(Unit, "SO-HNI").last_sequence is None
        assert session.scalars(select(ImportLog)).all() == []
    assert list(centre.paths.staging.iterdir()) == []
    monkeypatch.undo()
    assert import_one(centre, path, trust_new=True).status == "imported"
    assert rows_only(centre) != before
    unit.close()
    centre.close()


def test_verify_rejects_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(PackageRejected, match="does not exist"):
        verify_package(tmp_path / "none.cdspkg")
    with pytest.raises(PackageRejected, match="folder"):
        verify_package(tmp_path)


def test_command_line_export_verify_import_status(
    cli: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, centre_url: str | None
) -> None:
    """Also `init --role centre` and every centre command on a PostgreSQL server, given by
    `CDS_DATABASE_URL` (the unit's commands run before it is set)."""
    run = cli  # type: ignore[assignment]
    unit_dir, centre_dir, out = tmp_path / "unit", tmp_path / "centre", tmp_path / "out"
    out.mkdir()
    created = run("--data-dir", str(unit_dir), "init", "--role", "unit", "--unit-code", "SO-HNI",
                  "--unit-name", "Sở Văn hóa và Thể thao Hà Nội")  # fmt: skip
    fingerprint = created.out.strip().splitlines()[-1].split(": ")[1]
    run("--data-dir", str(unit_dir), "activity", "add", "--title", "Hội thảo", "--form",
        "workshop", "--start", "2024-10-08")  # fmt: skip
    exported = run("--data-dir", str(unit_dir), "export", "--out", str(out / "a.cdspkg"))
    assert exported.code == 0, exported.err
    assert fingerprint in exported.out
    verified = run("verify", str(out / "a.cdspkg"))
    assert verified.code == 0 and verified.out.startswith("OK: package 1 of SO-HNI")
    (out / "bad.cdspkg").write_bytes(b"PK not a zip")
    bad = run("verify", str(out / "bad.cdspkg"))
    assert bad.code == 1 and bad.err.startswith("error: ") and bad.err.count("\n") == 1

    if centre_url is not None:
        monkeypatch.setenv(DATABASE_URL_ENV, centre_url)
    run("--data-dir", str(centre_dir), "init", "--role", "centre", "--unit-code", "BO-TTCDS",
        "--unit-name", "Trung tâm")  # fmt: skip
    untrusted = run("--data-dir", str(centre_dir), "import", "--json", str(out / "a.cdspkg"))
    assert untrusted.code == 1
    assert json.loads(untrusted.out)["packages"][0]["status"] == "rejected"
    trusted = run("--data-dir", str(centre_dir), "units", "trust", "--unit-code", "SO-HNI",
                  "--fingerprint", fingerprint)  # fmt: skip
    assert trusted.code == 0, trusted.err
    imported = run("--data-dir", str(centre_dir), "import", "--json", str(out))
    assert imported.code == 1  # bad.cdspkg is rejected, a.cdspkg still imported
    packages = json.loads(imported.out)["packages"]
    assert [(p["file"].rsplit("/", 1)[-1], p["status"]) for p in packages] == [
        ("a.cdspkg", "imported"),
        ("bad.cdspkg", "rejected"),
    ]
    assert set(packages[0]) >= {"file", "status", "unit_code", "sequence", "added", "updated",
                                "deleted", "reason"}  # fmt: skip
    again = run("--data-dir", str(centre_dir), "import", "--trust-new", str(out / "a.cdspkg"))
    assert again.code == 0 and again.out.startswith("duplicate")
    status = json.loads(run("--data-dir", str(centre_dir), "status", "--json").out)
    hni = next(s for s in status if s["unit_code"] == "SO-HNI")
    assert hni["reported"] and hni["last_sequence"] == 1 and hni["activities"] == 1
    assert not next(
        s for s in status if s["unit_code"] != "SO-HNI" and s["unit_code"] != "BO-TTCDS"
    )["reported"]
    for command in (["export"], ["verify"], ["import"], ["units", "trust"]):
        assert run(*command, "--help").code == 0
