"""`Database.write_session`, the lock every importer takes (issue 11), on both backends:
a writer that finds it taken is told again and again while it waits, may cancel, and
goes on as soon as the holder commits; on PostgreSQL the wait leaves no `lock_timeout`
behind for the writer's own statements."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from cds_desktop.models import Setting
from tests.package_helpers import make_centre

TIMEOUT = 60


class StopWaitingError(Exception):
    """What a cancelled waiter raises."""


def test_a_waiting_writer_is_told_and_goes_on_when_the_lock_is_free(
    tmp_path: Path, centre_url: str | None
) -> None:
    centre = make_centre(tmp_path, url=centre_url)
    database = centre.database
    told = threading.Semaphore(0)
    inside = threading.Event()
    outcome: list[object] = []

    def waiting() -> None:
        told.release()

    def second_writer() -> None:
        try:
            with database.write_session(waiting) as session:
                inside.set()
                session.add(Setting(key="second", value="2"))
                if database.engine.dialect.name == "postgresql":
                    outcome.append(session.execute(text("SHOW lock_timeout")).scalar_one())
        except BaseException as exc:  # reported by the test below
            outcome.append(exc)
        inside.set()

    with database.write_session() as session:
        session.add(Setting(key="first", value="1"))
        writer = threading.Thread(target=second_writer)
        writer.start()
        for _ in range(2):  # told, and told again while it still waits
            assert told.acquire(timeout=TIMEOUT)
        assert not inside.is_set()
    assert inside.wait(TIMEOUT)
    writer.join(TIMEOUT)
    assert not any(isinstance(o, BaseException) for o in outcome), outcome
    if database.engine.dialect.name == "postgresql":
        assert outcome == ["0"]
    with database.session() as session:
        keys = set(session.scalars(select(Setting.key).where(Setting.key.in_(["first", "second"]))))
    assert keys == {"first", "second"}
    centre.close()


def test_a_waiting_writer_may_cancel_and_leaves_the_lock_free(
    tmp_path: Path, centre_url: str | None
) -> None:
    centre = make_centre(tmp_path, url=centre_url)
    database = centre.database
    told = threading.Event()
    raised: list[BaseException] = []

    def cancel() -> None:
        told.set()
        raise StopWaitingError

    def second_writer() -> None:
        try:
            with database.write_session(cancel) as session:
                session.add(Setting(key="never", value="x"))
        except StopWaitingError as exc:
            raised.append(exc)

    with database.write_session():
        writer = threading.Thread(target=second_writer)
        writer.start()
        assert told.wait(TIMEOUT)
        writer.join(TIMEOUT)
    assert len(raised) == 1
    with database.write_session(lambda: pytest.fail("nobody holds the lock")) as session:
        assert session.get(Setting, "never") is None
    centre.close()
