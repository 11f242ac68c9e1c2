"""Plain callbacks for long report work: progress(done, total) and should_cancel()."""

from __future__ import annotations

from collections.abc import Callable

from cds_desktop.errors import CdsError

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


class ReportCancelled(CdsError):  # noqa: N818 (a refusal, named like the others)
    """The user cancelled; no file was written."""
