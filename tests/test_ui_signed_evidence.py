"""The centre's master data says, under an activity's evidence, whether each attached
report PDF is signed and by whom (issue 20), checked in the background."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.signed_evidence_support import (
    ACTIVITY,
    BOTH_PDF,
    GARBAGE_PDF,
    SIGNED_PDF,
    TAMPERED_PDF,
    UNSIGNED_PDF,
    Master,
    master_with_reports,
)
from tests.signing_support import SIGNER_NAME, SIGNER_ORG, make_pki
from tests.ui_support import wait_for_tasks
from ui.centre.master_page import MasterPage


@pytest.fixture
def master(tmp_path: Path) -> Iterator[Master]:
    built = master_with_reports(tmp_path, make_pki(tmp_path))
    yield built
    built.centre.close()


def marks(page: MasterPage) -> dict[str, str]:
    """The evidence list's lines by file name (the name is the start of the first line)."""
    panel = page.detail.evidence
    assert panel is not None
    texts = [panel.list.item(row).text() for row in range(panel.list.count())]
    return {text.split("  (")[0]: text for text in texts}


def test_master_detail_shows_each_pdfs_signature(
    qtbot: QtBot, master: Master, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = MasterPage(master.centre)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitUntil(lambda: page.model.total >= 1 and not page.loading, timeout=15_000)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).title == ACTIVITY)
    page.table.selectRow(row)
    checking = "đang kiểm tra"
    qtbot.waitUntil(lambda: checking not in "".join(marks(page).values()), timeout=30_000)
    lines = marks(page)
    assert f"✔ Đã ký số bởi {SIGNER_NAME} ({SIGNER_ORG}) lúc " in lines[SIGNED_PDF]
    assert lines[SIGNED_PDF].endswith("; nguyên vẹn; chứng thư số tin cậy")
    assert lines[BOTH_PDF].count(SIGNER_NAME) == 2  # the signer's and the body's signature
    assert "nhưng tệp đã bị sửa sau khi ký" in lines[TAMPERED_PDF]
    assert lines[UNSIGNED_PDF].endswith("\nChữ ký số: chưa ký số")
    assert lines[GARBAGE_PDF].endswith("Chữ ký số: không đọc được (tệp PDF bị hỏng)")
    panel = page.detail.evidence
    assert panel is not None
    items = [panel.list.item(row) for row in range(panel.list.count())]
    tampered = next(item for item in items if TAMPERED_PDF in item.text())
    assert "sửa sau khi ký" in tampered.toolTip()
    if os.environ.get("CDS_SCREENSHOTS"):
        page.grab().save(os.environ["CDS_SCREENSHOTS"])

    # another activity has no PDF; coming back reads the statuses from the session cache
    other = next(r for r in range(page.model.rowCount()) if r != row)
    page.table.selectRow(other)
    assert checking not in "".join(marks(page).values())
    from cds_desktop.reports import signature_status

    monkeypatch.setattr(signature_status, "_check_stored", lambda *a: pytest.fail("not cached"))
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: checking not in "".join(marks(page).values()), timeout=10_000)
    assert marks(page) == lines
    wait_for_tasks(qtbot)
