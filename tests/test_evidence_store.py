"""The content-addressed evidence store: streamed, hashed, atomic, stored once."""

from __future__ import annotations

import hashlib
import io
import os
import time
from pathlib import Path

import pytest

from cds_desktop import evidence_store
from cds_desktop.errors import CdsError
from cds_desktop.evidence_store import EvidenceStore
from cds_desktop.profile import create_profile, open_profile


@pytest.fixture
def store(tmp_path: Path) -> EvidenceStore:
    return EvidenceStore(tmp_path / "evidence", tmp_path / "tmp")


def test_file_is_stored_under_its_sha256(store: EvidenceStore, tmp_path: Path) -> None:
    source = tmp_path / "ảnh hội thảo.jpg"
    source.write_bytes(b"\xff\xd8 photo bytes")
    stored = store.add_file(source)
    assert stored.sha256 == hashlib.sha256(b"\xff\xd8 photo bytes").hexdigest()
    assert stored.size == len(b"\xff\xd8 photo bytes")
    assert store.path_for(stored.sha256).read_bytes() == source.read_bytes()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_same_content_is_stored_once(store: EvidenceStore, tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"same")
    (tmp_path / "b.pdf").write_bytes(b"same")
    first, second = store.add_file(tmp_path / "a.pdf"), store.add_file(tmp_path / "b.pdf")
    assert first == second
    assert len([p for p in (tmp_path / "evidence").rglob("*") if p.is_file()]) == 1


def test_content_is_streamed_in_chunks(
    store: EvidenceStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int] = []
    source = io.BytesIO(b"x" * 10_000)

    def read(n: int) -> bytes:
        reads.append(n)
        return source.read(n)

    monkeypatch.setattr(evidence_store, "CHUNK", 1024)
    store.add_stream(read, limit=1_000_000)
    assert max(reads) == 1024
    assert len(reads) == 11


def test_failure_while_writing_leaves_nothing(store: EvidenceStore, tmp_path: Path) -> None:
    chunks = iter([b"partial data", OSError("device not ready")])

    def read(_n: int) -> bytes:
        item = next(chunks)
        if isinstance(item, Exception):
            raise item
        return item

    with pytest.raises(OSError, match="device not ready"):
        store.add_stream(read, limit=1000)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_wrong_expected_hash_is_refused(store: EvidenceStore, tmp_path: Path) -> None:
    with pytest.raises(CdsError, match="does not match"):
        store.add_stream(io.BytesIO(b"abc").read, limit=100, expected_sha256="0" * 64)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_size_limit_is_enforced_with_a_clear_message(
    store: EvidenceStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence_store, "MAX_EVIDENCE_BYTES", 1024)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"v" * 2048)
    with pytest.raises(CdsError, match=r"is 2\.0 KB; the limit is 1\.0 KB per file"):
        store.add_file(big)
    assert not (tmp_path / "evidence").exists() or not any((tmp_path / "evidence").rglob("*"))


def test_missing_and_unreadable_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(CdsError, match="does not exist"):
        evidence_store.check_readable(tmp_path / "không có.pdf")
    with pytest.raises(CdsError, match="not a file"):
        evidence_store.check_readable(tmp_path)


def test_paths_only_from_real_digests(store: EvidenceStore) -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        store.path_for("../../etc/passwd")


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_pack(store: EvidenceStore, *contents: bytes) -> None:
    """Add a pack of `contents` the way the importer does: pack file, then index."""
    store.staging.mkdir(parents=True, exist_ok=True)
    pack = store.staging / "import-test.pack.part"
    pack.write_bytes(b"".join(contents))
    index, offset = {}, 0
    for content in contents:
        index[sha(content)] = (offset, len(content))
        offset += len(content)
    store.add_pack(pack, index)


def test_files_in_a_pack_are_read_by_hash_also_by_another_store(
    store: EvidenceStore, tmp_path: Path
) -> None:
    photo, scan = b"\xff\xd8" + b"p" * 5000, b"%PDF-1.4 " * 300
    make_pack(store, photo, scan)
    assert sorted(p.suffix for p in store.packs.iterdir()) == [".idx", ".pack"]
    assert list(store.staging.iterdir()) == []
    assert store.contains(sha(photo)) and store.read_bytes(sha(scan)) == scan
    assert not store.path_for(sha(photo)).exists()  # not a file of its own
    other = EvidenceStore(store.root, store.staging)  # another process, e.g. the CLI
    assert other.read_bytes(sha(photo)) == photo
    store.copy_to(sha(scan), tmp_path / "Biên bản.pdf")
    assert (tmp_path / "Biên bản.pdf").read_bytes() == scan
    assert not store.contains(sha(b"other")) and not other.contains(sha(b"other"))
    loose = store.add_stream(io.BytesIO(b"loose").read, limit=100)
    assert other.lacking([sha(photo), loose.sha256, sha(b"other")]) == {sha(b"other")}
    with pytest.raises(FileNotFoundError):
        store.read_bytes(sha(b"other"))
    make_pack(store, b"later")  # added after `other` last looked: it looks again
    assert other.read_bytes(sha(b"later")) == b"later"


def test_a_damaged_index_line_or_short_pack_is_not_trusted(
    store: EvidenceStore, tmp_path: Path
) -> None:
    make_pack(store, b"first", b"second")
    [index] = store.packs.glob("*.idx")
    lines = index.read_text().splitlines()
    index.write_text(lines[0] + "\n" + lines[1].replace(" ", "  ") + "\n")
    reader = EvidenceStore(store.root, store.staging)
    assert reader.contains(sha(b"first")) and not reader.contains(sha(b"second"))
    [pack] = store.packs.glob("*.pack")
    pack.write_bytes(b"fir")  # cut short
    with pytest.raises(OSError, match="shorter than its index"):
        reader.read_bytes(sha(b"first"))
    assert not (tmp_path / "x.jpg").exists()
    with pytest.raises(OSError):
        reader.copy_to(sha(b"first"), tmp_path / "x.jpg")
    assert list(tmp_path.glob("x.jpg*")) == []  # never half-written


def test_files_left_in_staging_by_a_crash_are_removed_when_old(tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    create_profile(data_dir, "centre", "BO-TTCDS", "Trung tâm").close()
    staging = data_dir / "tmp"
    old = staging / "import-dead.pack.part"
    old.write_bytes(b"x" * 1000)
    day_ago = time.time() - 24 * 3600
    os.utime(old, (day_ago, day_ago))
    fresh = staging / "import-running.pack.part"  # another process may be writing it
    fresh.write_bytes(b"y")
    keep = staging / "notes.txt"  # not ours
    keep.write_text("giữ lại")
    os.utime(keep, (day_ago, day_ago))
    open_profile(data_dir).close()
    assert sorted(p.name for p in staging.iterdir()) == ["import-running.pack.part", "notes.txt"]
