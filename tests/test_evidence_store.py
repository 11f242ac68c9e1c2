"""The content-addressed evidence store: streamed, hashed, atomic, stored once."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from cds_desktop import evidence_store
from cds_desktop.errors import CdsError
from cds_desktop.evidence_store import EvidenceStore


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
