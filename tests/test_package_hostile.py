"""Hostile packages (issue 3, item 5): each is rejected with a reason, the master unchanged.

Every case is imported into a centre that already holds genuine data; the test asserts
status `rejected`, a one-line reason naming the problem, an import log row, and that a
digest of every master row and every file of the evidence store is the same as before.
"""

from __future__ import annotations

import json
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from cds_desktop import keys
from cds_desktop.activities import ActivityService
from cds_desktop.models import ImportLog
from cds_desktop.packages import reader, strict_json, verify
from cds_desktop.packages.format import REJECTION_CODES, PackageRejected
from cds_desktop.packages.importer import import_packages
from cds_desktop.packages.verify import verify_package
from cds_desktop.profile import Profile
from tests.package_helpers import (
    deflate,
    export,
    flip_bit,
    import_one,
    make_centre,
    make_unit,
    master_digest,
    private_key,
    raw_zip,
    read_members,
    resign,
    write_zip,
)


@dataclass(frozen=True)
class Genuine:
    root: Path
    a1: Path  # SO-HNI sequence 1 (imported into every master)
    a2: Path  # SO-HNI sequence 2 (not imported)
    b1: Path  # SO-HCM sequence 1 (key unknown to the master)
    key_a: Ed25519PrivateKey
    key_b: Ed25519PrivateKey
    fingerprint_a: str


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Genuine]:
    root = tmp_path_factory.mktemp("genuine")
    unit_a = make_unit(root, "SO-HNI", seed=1)
    unit_b = make_unit(root, "SO-HCM", seed=2)
    a1 = export(unit_a, root / "packages")
    service = ActivityService(unit_a)
    service.edit(service.list_activities()[0].id, {"reach": 1})
    a2 = export(unit_a, root / "packages")
    b1 = export(unit_b, root / "packages")
    yield Genuine(root, a1, a2, b1, private_key(unit_a), private_key(unit_b), unit_a.fingerprint())
    unit_a.close()
    unit_b.close()


@pytest.fixture
def master(tmp_path: Path, genuine: Genuine) -> Iterator[Profile]:
    centre = make_centre(tmp_path)
    assert import_one(centre, genuine.a1, trust_new=True).status == "imported"
    yield centre
    centre.close()


def rejected(
    centre: Profile, path: Path, *words: str, trust_new: bool = False, code: str = ""
) -> str:
    """Import `path`: it must be rejected for a reason naming `words` (and of the kind
    `code`, which the GUI translates, if given), with no change."""
    before = master_digest(centre)
    listing = sorted(p.name for p in path.parent.iterdir())
    [result] = import_packages(centre, [path], trust_new=trust_new)
    assert result.status == "rejected", result
    reason = result.reason
    assert reason and "\n" not in reason
    for word in words:
        assert word.lower() in reason.lower(), reason
    assert result.reason_code in REJECTION_CODES
    if code:
        assert result.reason_code == code, reason
    assert master_digest(centre) == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing  # nothing written there
    with centre.database.session() as session:
        last = session.scalars(select(ImportLog).order_by(ImportLog.id.desc())).first()
        assert last is not None
        assert (last.status, last.reason, last.reason_code) == (
            "rejected",
            reason,
            result.reason_code,
        )
    return reason


def also_unverifiable(path: Path, *words: str) -> None:
    with pytest.raises(PackageRejected) as info:
        verify_package(path)
    for word in words:
        assert word.lower() in str(info.value).lower()


def base(path: Path) -> str:
    return next(iter(read_members(path))).split("/", 1)[0]


# 1. one flipped bit in any member, and in the zip structure


def data_offset(path: Path, suffix: str) -> int:
    with zipfile.ZipFile(path) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith(suffix))
        return info.header_offset + 30 + len(info.filename.encode()) + info.compress_size // 2


MEMBER_SUFFIXES = [
    "bagit.txt",
    "bag-info.txt",
    "data/package.json",
    "data/records.json",
    "manifest-sha256.txt",
    "tagmanifest-sha256.txt",
    "cds-signature.json",
]


@pytest.mark.parametrize("suffix", [*MEMBER_SUFFIXES, "stored-evidence", "deflated-evidence"])
@pytest.mark.parametrize("bit", [0, 7])
def test_one_flipped_bit_in_any_member(
    master: Profile, genuine: Genuine, tmp_path: Path, suffix: str, bit: int
) -> None:
    data = genuine.a2.read_bytes()
    if suffix.endswith("evidence"):
        with zipfile.ZipFile(genuine.a2) as archive:
            method = zipfile.ZIP_STORED if suffix.startswith("stored") else zipfile.ZIP_DEFLATED
            info = next(
                i
                for i in archive.infolist()
                if "evidence/" in i.filename and i.compress_type == method
            )
        suffix = info.filename
    path = tmp_path / "flipped.cdspkg"
    path.write_bytes(flip_bit(data, data_offset(genuine.a2, suffix), bit))
    rejected(master, path, code="damaged" if "evidence/" in suffix else "")
    also_unverifiable(path)


def test_a_zip_python_refuses_to_list_is_refused_as_a_package(tmp_path: Path) -> None:
    """A refused zip is listed by Python's zipfile to tell a package from another zip;
    an entry needing "zip file version 14.8" made it raise NotImplementedError, which
    escaped (found by the seeded mutations: seed 160, flip_bits)."""
    path = tmp_path / "SO-HNI-000001.cdspkg"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("SO-HNI-000001/bagit.txt", "BagIt-Version: 1.0\n")
        archive.writestr("SO-HNI-000001/data/records.json", "{}")
    data = bytearray(path.read_bytes())
    data[data.find(b"PK\x01\x02") + 6] = 148  # version needed to extract: 14.8
    data[data.find(b"PK\x03\x04", 1) + 3] = 0x05  # the second local header is broken
    path.write_bytes(bytes(data))
    with pytest.raises(PackageRejected) as refused:
        verify_package(path)
    assert str(refused.value) and "\n" not in str(refused.value)


@pytest.mark.parametrize("where", ["local-name", "central-directory", "end-record"])
def test_one_flipped_bit_in_the_zip_structure(
    master: Profile, genuine: Genuine, tmp_path: Path, where: str
) -> None:
    data = genuine.a2.read_bytes()
    position = {"local-name": 32, "central-directory": data.rfind(b"PK\x01\x02") + 16,
                "end-record": len(data) - 10}[where]  # fmt: skip
    path = tmp_path / "flipped.cdspkg"
    path.write_bytes(flip_bit(data, position, 1))
    rejected(master, path)


def with_crc(path: Path, suffix: str, crc: int) -> bytes:
    """The package with another CRC-32 for one member, in its data descriptor and its
    central directory record alike (so the two still agree)."""
    data = bytearray(path.read_bytes())
    with reader.ZipReader(path) as archive:
        member = next(m for m in archive.members if m.name.endswith(suffix))
    data[member.end_offset - 12 : member.end_offset - 8] = crc.to_bytes(4, "little")
    end_record = len(data) - 22
    position = int.from_bytes(data[end_record + 16 : end_record + 20], "little")  # directory
    while True:
        name_length = int.from_bytes(data[position + 28 : position + 30], "little")
        if data[position + 46 : position + 46 + name_length].decode() == member.name:
            break
        position += 46 + name_length
    data[position + 16 : position + 20] = crc.to_bytes(4, "little")
    return bytes(data)


@pytest.mark.parametrize("suffix", MEMBER_SUFFIXES)
def test_a_wrong_crc_is_refused_where_it_is_the_only_check(
    master: Profile, genuine: Genuine, tmp_path: Path, suffix: str
) -> None:
    """Tag files and the signature are read with their CRC-32 checked; payload files
    (package.json, records.json) are checked by SHA-256 against the signed manifest."""
    with reader.ZipReader(genuine.a2) as archive:
        crc = next(m.crc for m in archive.members if m.name.endswith(suffix))
    path = tmp_path / "crc.cdspkg"
    path.write_bytes(with_crc(genuine.a2, suffix, crc ^ 1))
    if suffix.startswith("data/"):
        assert verify_package(path).metadata == verify_package(genuine.a2).metadata
    else:
        rejected(master, path, "CRC-32")
        also_unverifiable(path, "CRC-32")


def test_a_wrong_crc_of_an_evidence_file_changes_nothing(
    master: Profile, genuine: Genuine, tmp_path: Path
) -> None:
    """The content is the genuine, signed one: verified by SHA-256, so the zip CRC-32 is
    not computed (docs/package-format.md); the package is what was signed."""
    with reader.ZipReader(genuine.a2) as archive:
        member = next(m for m in archive.members if "/data/evidence/" in m.name)
    path = tmp_path / "crc.cdspkg"
    path.write_bytes(with_crc(genuine.a2, member.name, member.crc ^ 0xFFFF))
    assert verify_package(path).evidence == verify_package(genuine.a2).evidence
    changed = bytearray(path.read_bytes())
    changed[member.data_offset] ^= 1  # and with a flipped content bit: refused
    path.write_bytes(bytes(changed))
    rejected(master, path, "SHA-256")


# 2. truncation


@pytest.mark.parametrize("keep", [0, 10, 0.5, -1, -22, -23])
def test_truncated(master: Profile, genuine: Genuine, tmp_path: Path, keep: float) -> None:
    data = genuine.a2.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    path = tmp_path / "short.cdspkg"
    path.write_bytes(data[:cut])
    rejected(master, path, code="damaged")


# 3. extra, missing and renamed members; 4. members swapped between packages


def rebuilt(tmp_path: Path, source: Path, change: Callable[[dict[str, bytes], str], None]) -> Path:
    members = read_members(source)
    change(members, base(source))
    return write_zip(tmp_path / "rebuilt.cdspkg", members)


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ("data/notes.txt", "not in the manifest"),
        ("data/evidence/" + "0" * 64, "not in the manifest"),
        ("fetch.txt", "not in the manifest"),
    ],
)
def test_extra_member(
    master: Profile, genuine: Genuine, tmp_path: Path, extra: str, words: str
) -> None:
    path = rebuilt(tmp_path, genuine.a2, lambda m, b: m.update({f"{b}/{extra}": b"x"}))
    rejected(master, path, words)
    also_unverifiable(path, words)


def test_member_outside_the_bag_folder(master: Profile, genuine: Genuine, tmp_path: Path) -> None:
    path = rebuilt(tmp_path, genuine.a2, lambda m, b: m.update({"other/x.txt": b"x"}))
    rejected(master, path, "one folder")


@pytest.mark.parametrize(
    ("missing", "words"),
    [
        ("data/records.json", "listed in the manifest but missing"),
        ("data/evidence/", "listed in the manifest but missing"),
        ("manifest-sha256.txt", "missing"),
        ("tagmanifest-sha256.txt", "missing"),
        ("cds-signature.json", "missing"),
        ("bagit.txt", "missing"),
    ],
)
def test_missing_member(
    master: Profile, genuine: Genuine, tmp_path: Path, missing: str, words: str
) -> None:
    def drop(members: dict[str, bytes], b: str) -> None:
        del members[next(n for n in members if n.startswith(f"{b}/{missing}"))]

    rejected(master, rebuilt(tmp_path, genuine.a2, drop), words)


def test_renamed_members(master: Profile, genuine: Genuine, tmp_path: Path) -> None:
    def rename_evidence(members: dict[str, bytes], b: str) -> None:
        name = next(n for n in members if "/evidence/" in n)
        members[f"{b}/data/evidence/{'a' * 64}"] = members.pop(name)

    rejected(master, rebuilt(tmp_path, genuine.a2, rename_evidence), "manifest")

    def rename_records(members: dict[str, bytes], b: str) -> None:
        members[f"{b}/data/records-2.json"] = members.pop(f"{b}/data/records.json")

    rejected(master, rebuilt(tmp_path, genuine.a2, rename_records), "manifest")

    def rename_folder(members: dict[str, bytes], b: str) -> None:
        for name in list(members):
            members[name.replace(b, "SO-HNI-000009", 1)] = members.pop(name)

    rejected(master, rebuilt(tmp_path, genuine.a2, rename_folder), "folder name")


@pytest.mark.parametrize(
    "taken", [["data/records.json"], ["data/package.json"], ["manifest-sha256.txt"]]
)
def test_members_swapped_between_two_genuine_packages(
    master: Profile, genuine: Genuine, tmp_path: Path, taken: list[str]
) -> None:
    donor = read_members(genuine.b1)
    donor_base = base(genuine.b1)

    def swap(members: dict[str, bytes], b: str) -> None:
        for name in taken:
            members[f"{b}/{name}"] = donor[f"{donor_base}/{name}"]

    reason = rejected(master, rebuilt(tmp_path, genuine.a2, swap))
    assert "does not match" in reason or "Payload-Oxum" in reason


def test_tag_files_of_another_package_with_this_payload(
    master: Profile, genuine: Genuine, tmp_path: Path
) -> None:
    """The other package's signature is genuine; its manifests do not fit this payload."""
    donor = read_members(genuine.a1)

    def swap(members: dict[str, bytes], b: str) -> None:
        for name in ("bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
                     "cds-signature.json"):  # fmt: skip
            members[f"{b}/{name}"] = donor[f"{base(genuine.a1)}/{name}"]

    rejected(master, rebuilt(tmp_path, genuine.a2, swap))


# 5. unsafe names, links and other non-regular members


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("/etc/cron.d/evil", "absolute path"),
        ("{b}/../../evil.txt", ".."),
        ("{b}/data/./x", ".."),
        ("{b}\\data\\evil.txt", "backslash"),
        ("C:/Windows/evil.txt", "drive letter"),
        ("c:evil.txt", "drive letter"),
        ("{b}/data/CON", "reserved windows name"),
        ("{b}/data/nul.txt", "reserved windows name"),
        ("{b}/data/COM1.jpg", "reserved windows name"),
        ("{b}/data/LPT9", "reserved windows name"),
        ("{b}/data/evil. ", "ends with a space or dot"),
        ("{b}/data/a:b", "not allowed on windows"),
        ("{b}/data/a\x01b", "control character"),
        ("{b}//x", "empty part"),
    ],
)
def test_unsafe_member_names(
    master: Profile, genuine: Genuine, tmp_path: Path, name: str, words: str
) -> None:
    path = rebuilt(tmp_path, genuine.a2, lambda m, b: m.update({name.replace("{b}", b): b"evil"}))
    rejected(master, path, words)
    also_unverifiable(path, words)


@pytest.mark.parametrize(
    ("mode", "dos", "name", "words"),
    [
        (stat.S_IFLNK | 0o777, 0, "link", "symbolic link"),
        (stat.S_IFIFO | 0o644, 0, "fifo", "not a regular file"),
        (stat.S_IFCHR | 0o644, 0, "device", "not a regular file"),
        (stat.S_IFDIR | 0o755, 0x10, "folder/", "directory"),
        (0, 0x10, "dosfolder", "directory"),
    ],
)
def test_links_and_other_non_regular_members(
    master: Profile, genuine: Genuine, tmp_path: Path, mode: int, dos: int, name: str, words: str
) -> None:
    members = read_members(genuine.a2)
    b = base(genuine.a2)
    entries: list[dict[str, object]] = [{"name": n, "data": d} for n, d in members.items()]
    entries.append({"name": f"{b}/data/{name}", "data": b"/etc/passwd", "mode": mode, "dos": dos})
    path = tmp_path / "links.cdspkg"
    path.write_bytes(raw_zip(entries))
    rejected(master, path, words)


# 6. duplicate names, also after NFC normalisation and case folding


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        ("data/records.json", "data/records.json", "duplicate name"),
        ("data/Ảnh.jpg", "data/A\u0309nh.jpg", "unicode normalisation"),
        ("data/readme.txt", "data/README.TXT", "case folding"),
    ],
)
def test_duplicate_names(
    master: Profile, genuine: Genuine, tmp_path: Path, first: str, second: str, words: str
) -> None:
    members = read_members(genuine.a2)
    b = base(genuine.a2)
    items = [*members.items(), (f"{b}/{first}", b"one"), (f"{b}/{second}", b"two")]
    if first == "data/records.json":
        items = [*members.items(), (f"{b}/{first}", b"{}")]
    path = write_zip(tmp_path / "dup.cdspkg", items)
    rejected(master, path, words)


# 7. overlapping entries (CVE-2024-0450), prepended and hidden data


def test_overlapping_entries(master: Profile, genuine: Genuine, tmp_path: Path) -> None:
    """A second directory record pointing into the first member's data (a zip bomb trick)."""
    members = read_members(genuine.a2)
    entries: list[dict[str, object]] = [{"name": n, "data": d} for n, d in members.items()]
    b = base(genuine.a2)
    inner_name = f"{b}/data/inner.txt"
    inner = raw_zip([{"name": inner_name, "data": b"hidden"}])
    inner_local = inner[: inner.index(b"PK\x01\x02")]
    entries.insert(0, {"name": f"{b}/data/outer.txt", "data": inner_local})
    header = 30 + len(f"{b}/data/outer.txt")
    entries.append({"name": inner_name, "data": b"hidden", "offset": header, "inline": False})
    path = tmp_path / "overlap.cdspkg"
    path.write_bytes(raw_zip(entries))
    with zipfile.ZipFile(path) as archive:  # Python's zipfile reads both without complaint
        assert archive.read(inner_name) == b"hidden"
    rejected(master, path, "overlaps")
    also_unverifiable(path, "overlaps")


def test_prepended_and_hidden_data(master: Profile, genuine: Genuine, tmp_path: Path) -> None:
    path = tmp_path / "prepended.cdspkg"
    path.write_bytes(b"MZ" + b"\0" * 100 + genuine.a2.read_bytes())
    rejected(master, path)
    data = genuine.a2.read_bytes()
    path.write_bytes(data + b"trailing")
    rejected(master, path, "end record")


# 8. zip bombs: compression ratio, declared sizes, entry count


def test_compression_ratio_bomb(master: Profile, genuine: Genuine, tmp_path: Path) -> None:
    def inflate(members: dict[str, bytes], b: str) -> None:
        members[f"{b}/data/records.json"] += b" " * (20 * 1024 * 1024)

    rejected(master, rebuilt(tmp_path, genuine.a2, inflate), "compression ratio")


def test_member_larger_than_it_declares(master: Profile, genuine: Genuine, tmp_path: Path) -> None:
    members = read_members(genuine.a2)
    entries: list[dict[str, object]] = [{"name": n, "data": d} for n, d in members.items()]
    bomb = bytes(8 * 1024 * 1024)
    for entry in entries:
        if str(entry["name"]).endswith("cds-signature.json"):
            entry.update(data=deflate(bomb), method=8, size=3 * 1024)
    path = tmp_path / "liar.cdspkg"
    path.write_bytes(raw_zip(entries))
    rejected(master, path, "larger than its declared size")


def test_declared_sizes_past_the_limits(
    master: Profile, genuine: Genuine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = read_members(genuine.a2)
    entries: list[dict[str, object]] = [{"name": n, "data": d} for n, d in members.items()]
    entries[0]["size"] = 10**9  # stored member whose two sizes differ
    path = tmp_path / "declared.cdspkg"
    path.write_bytes(raw_zip(entries))
    rejected(master, path, "two different sizes")
    monkeypatch.setattr(reader, "MAX_PAYLOAD_BYTES", 10_000)
    rejected(master, genuine.a2, "in total")
    monkeypatch.undo()
    monkeypatch.setattr(verify, "MAX_EVIDENCE_FILE_BYTES", 1_000)
    rejected(master, genuine.a2, "larger than the limit")


def test_too_many_entries(master: Profile, genuine: Genuine, tmp_path: Path) -> None:
    b = base(genuine.a2)
    entries: list[dict[str, object]] = [
        {"name": f"{b}/data/e{i}", "data": b""} for i in range(20_001)
    ]
    path = tmp_path / "many.cdspkg"
    path.write_bytes(raw_zip(entries))
    rejected(master, path, "20001 entries")


def test_zip64_encryption_and_other_methods(
    master: Profile, genuine: Genuine, tmp_path: Path
) -> None:
    b = base(genuine.a2)
    path = tmp_path / "odd.cdspkg"
    path.write_bytes(raw_zip([{"name": f"{b}/data/x", "data": b"abc", "method": 12}]))
    rejected(master, path, "compression method")
    data = bytearray(genuine.a2.read_bytes())
    data[6] |= 1  # encrypted flag in the first local header
    directory = data.rfind(b"PK\x01\x02", 0, len(data))
    first = data.find(b"PK\x01\x02")
    assert first <= directory
    data[first + 8] |= 1
    path.write_bytes(bytes(data))
    rejected(master, path, "encrypted")


# 9. malformed JSON, signed by a trusted key


def edited(name: str, old: bytes, new: bytes) -> Callable[[dict[str, bytes]], None]:
    def edit(payload: dict[str, bytes]) -> None:
        assert old in payload[name], payload[name][:200]
        payload[name] = payload[name].replace(old, new, 1)

    return edit


@pytest.mark.parametrize(
    ("name", "old", "new", "words"),
    [
        (
            "data/records.json",
            b'{"activities":',
            b'{"activities":[],"activities":',
            "duplicate key",
        ),
        ("data/package.json", b'"sequence":2', b'"sequence":2,"sequence":9', "duplicate key"),
        ("data/records.json", b'"participants":250', b'"participants":NaN', "nan"),
        ("data/records.json", b'"reach":1,', b'"reach":Infinity,', "infinity"),
        (
            "data/records.json",
            b'"participants":250',
            b'"participants":1' + b"0" * 5000,
            "too large",
        ),
        (
            "data/records.json",
            b'"participants":250',
            b'"participants":9007199254740993',
            "too large",
        ),
        ("data/records.json", b'"participants":250', b'"participants":2.5', "whole number"),
        (
            "data/records.json",
            b'"participants":250',
            b'"participants":' + b"[" * 50 + b"]" * 50,
            "nested",
        ),
        (
            "data/records.json",
            b'"participants":250',
            b'"participants":' + b"[" * 30_000 + b"]" * 30_000,  # under 64 KiB: no ratio limit
            "nested",
        ),
        (
            "data/records.json",
            b'"participants":250',
            b'"participants":' + b"[" * 100_000 + b"]" * 100_000,
            "compression ratio above 40:1",
        ),
        ("data/records.json", b'"participants":250', b'"participants":"250"', "whole number"),
        ("data/records.json", b'"participants":250', b'"participants":-1', "whole number"),
        ("data/records.json", b'"form":"workshop"', b'"form":"bomb"', "form"),
        ("data/records.json", b'"start_date":"2024-10-08"', b'"start_date":"08/10/2024"', "date"),
        ("data/records.json", b'"deleted":false', b'"deleted":0', "true or false"),
        ("data/records.json", b'"revision":', b'"extra":1,"revision":', "unknown field"),
        ("data/records.json", b'"title":"', b'"title":"\\ud800', "surrogate"),
        ("data/records.json", b'"title":"', b'"title":"\\u0000', "nul"),
        ("data/records.json", b'{"activities":', b'\xff{"activities":', "utf-8"),
        ("data/package.json", b'"sequence":2', b'"sequence":0', "sequence"),
        ("data/package.json", b'"activities":2', b'"activities":7', "counts"),
        ("data/package.json", b'"format":"cds-desktop"', b'"format":"other"', "not the metadata"),
    ],
)
def test_malformed_json(
    master: Profile, genuine: Genuine, tmp_path: Path, name: str, old: bytes, new: bytes,
    words: str,
) -> None:  # fmt: skip
    path = resign(genuine.a2, tmp_path / "json.cdspkg", genuine.key_a, edited(name, old, new))
    rejected(master, path, words)


def test_records_that_disagree_with_the_evidence(
    master: Profile, genuine: Genuine, tmp_path: Path
) -> None:
    def drop_evidence(payload: dict[str, bytes]) -> None:
        del payload[next(p for p in payload if "/evidence/" in p)]

    path = resign(genuine.a2, tmp_path / "x.cdspkg", genuine.key_a, drop_evidence)
    rejected(master, path, "is not in the package")

    def unused_evidence(payload: dict[str, bytes]) -> None:
        payload["data/evidence/" + keys.hashlib.sha256(b"u").hexdigest()] = b"u"

    path = resign(genuine.a2, tmp_path / "y.cdspkg", genuine.key_a, unused_evidence)
    rejected(master, path, "not used by any activity")

    def misnamed(payload: dict[str, bytes]) -> None:
        payload["data/evidence/" + "b" * 64] = b"content with another hash"

    path = resign(genuine.a2, tmp_path / "z.cdspkg", genuine.key_a, misnamed)
    rejected(master, path, "another sha-256 than its name")


def test_records_of_another_unit_are_not_overwritten(
    master: Profile, genuine: Genuine, tmp_path: Path
) -> None:
    """Unit B (trusted) sends a record, or an evidence item, with one of unit A's ids."""
    a_records = json.loads(read_members(genuine.a1)[f"{base(genuine.a1)}/data/records.json"])
    a_activity = next(r for r in a_records["activities"] if r["evidence"])

    def take_activity(payload: dict[str, bytes]) -> None:
        records = json.loads(payload["data/records.json"])
        records["activities"][0]["id"] = a_activity["id"]
        payload["data/records.json"] = strict_json.dumps(records)

    def take_evidence(payload: dict[str, bytes]) -> None:
        records = json.loads(payload["data/records.json"])
        item = next(r for r in records["activities"] if r["evidence"])
        item["evidence"][0]["id"] = a_activity["evidence"][0]["id"]
        payload["data/records.json"] = strict_json.dumps(records)

    path = resign(genuine.b1, tmp_path / "b.cdspkg", genuine.key_b, take_activity)
    rejected(master, path, "belongs to unit SO-HNI", trust_new=True, code="other_unit_records")
    path = resign(genuine.b1, tmp_path / "c.cdspkg", genuine.key_b, take_evidence)
    rejected(master, path, "belongs to another activity of unit SO-HNI", trust_new=True)


# 10. version, kind and keys


def test_unknown_format_version_and_kind(master: Profile, genuine: Genuine, tmp_path: Path) -> None:
    # 2 is known since issue 19 (photo fields); 3 is the next, unknown one
    path = resign(genuine.a2, tmp_path / "v3.cdspkg", genuine.key_a, version=3)
    rejected(master, path, "unknown format version 3", code="newer_version")
    also_unverifiable(path, "unknown format version")
    path = resign(genuine.a2, tmp_path / "voucher.cdspkg", genuine.key_a, kind="voucher")
    rejected(master, path, "unknown kind")
    path = resign(genuine.a2, tmp_path / "receipt.cdspkg", genuine.key_a, kind="receipt")
    rejected(master, path, "this is a receipt, not a package", code="not_a_package")


def test_a_different_key_for_a_registered_unit(
    master: Profile, genuine: Genuine, tmp_path: Path
) -> None:
    thief = Ed25519PrivateKey.generate()
    thief_fingerprint = keys.fingerprint(keys.public_key_bytes(thief.public_key()))
    path = resign(
        genuine.a2,
        tmp_path / "stolen.cdspkg",
        thief,
        edited("data/package.json", genuine.fingerprint_a.encode(), thief_fingerprint.encode()),
    )
    verify_package(path)  # intact, but signed by someone else
    reason = rejected(
        master, path, "registered for unit SO-HNI", trust_new=True, code="key_mismatch"
    )
    assert thief_fingerprint in reason and genuine.fingerprint_a in reason


def test_signer_in_metadata_must_be_the_key_that_signed(
    master: Profile, genuine: Genuine, tmp_path: Path
) -> None:
    path = resign(genuine.a2, tmp_path / "mixed.cdspkg", genuine.key_b)
    also_unverifiable(path, "signer differs")
    # At the centre the registry is asked first (before package.json is inflated): the
    # signer is not the key registered for SO-HNI.
    rejected(master, path, "registered for unit SO-HNI", code="key_mismatch")
    # A unit without a registered key, a key registered nowhere trusted now: package.json
    # must name it.
    path = resign(genuine.b1, tmp_path / "mixed-new.cdspkg", Ed25519PrivateKey.generate())
    rejected(master, path, "signer differs", trust_new=True)
    # Another unit's registered key (a copied data folder) is never trusted for a second
    # unit, even with --trust-new, and that is decided before package.json is read.
    path = resign(genuine.b1, tmp_path / "copied.cdspkg", genuine.key_a)
    rejected(master, path, "registered for unit SO-HNI", trust_new=True, code="key_mismatch")


def test_an_unknown_key_without_trust(master: Profile, genuine: Genuine) -> None:
    rejected(master, genuine.b1, "not registered", "--trust-new", code="key_not_trusted")


def test_replay_and_rollback_change_nothing(tmp_path: Path, genuine: Genuine) -> None:
    centre = make_centre(tmp_path)
    assert import_one(centre, genuine.a2, trust_new=True).status == "imported"
    for path, status in ((genuine.a1, "stale"), (genuine.a2, "duplicate"), (genuine.a1, "stale")):
        before = master_digest(centre)
        result = import_one(centre, path)
        assert result.status == status and result.reason
        assert (result.added, result.updated, result.deleted) == (0, 0, 0)
        assert master_digest(centre) == before
    centre.close()


def test_the_centres_own_unit_code(tmp_path: Path, genuine: Genuine) -> None:
    unit = make_unit(tmp_path, "BO-TTCDS", seed=3)
    centre = make_centre(tmp_path)
    rejected(centre, export(unit, tmp_path / "own"), "own unit", trust_new=True, code="own_unit")
    unit.close()
    centre.close()
