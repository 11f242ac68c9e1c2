"""Error dialogs say what happened in the interface language, and what to do."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cds_desktop.errors import CdsError
from cds_desktop.evidence_store import check_readable
from ui.common.dialogs import explain


def test_coded_refusal_is_shown_in_vietnamese(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("cds_desktop.evidence_store.MAX_EVIDENCE_BYTES", 1024)
    video = tmp_path / "phim tư liệu.mp4"
    video.write_bytes(b"v" * 3 * 1024 * 1024)
    with pytest.raises(CdsError) as info:
        check_readable(video)
    what, todo, expected = explain(info.value)
    assert what == (
        "Tệp «phim tư liệu.mp4» có dung lượng 3,0 MB, vượt giới hạn 1,0 KB cho mỗi tệp minh "
        "chứng. Hãy đăng tệp lên mạng (ví dụ cổng thông tin của đơn vị) rồi thêm liên kết."
    )
    assert expected and "thử lại" in todo


def test_missing_evidence_is_named(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(CdsError) as info:
        check_readable(tmp_path / "biên bản.pdf")
    assert explain(info.value)[0] == "Không tìm thấy tệp minh chứng «biên bản.pdf»."


def test_uncoded_refusal_keeps_the_core_text(qapp: QApplication) -> None:
    assert explain(CdsError("unit SO-HNI already exists"))[0] == "unit SO-HNI already exists"


def test_disk_full_is_an_expected_problem_with_advice(qapp: QApplication) -> None:
    what, todo, expected = explain(OSError(errno.ENOSPC, "No space left on device", "E:/x"))
    assert what.startswith("Ổ đĩa đã đầy") and "E:/x" in what
    assert expected and todo.startswith("Giải phóng dung lượng")


def test_a_bug_is_unexpected(qapp: QApplication) -> None:
    what, _todo, expected = explain(KeyError("x"))
    assert not expected and "KeyError" in what
