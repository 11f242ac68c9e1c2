"""Opening the database: engine, sessions, and Alembic migrations run from code.

Before an existing SQLite database is migrated it is copied with SQLite's backup API;
a database stamped with a revision this program does not know (made by a newer
version) is refused and left untouched.

Alembic (with Mako and its dialect modules) takes a noticeable part of a second to import,
so an open database at `SCHEMA_HEAD` is recognised by one plain query and Alembic is
loaded only when there is something to migrate.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cds_desktop.backups import make_backup
from cds_desktop.errors import DatabaseTooNewError
from cds_desktop.schema import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
"""How long an ordinary SQLite statement waits for another writer before it gives up."""
LOCK_STEP_MS = 250
"""How long one attempt to take the write lock waits before the waiter is told again."""
LOCK_NOT_AVAILABLE = "55P03"
"""PostgreSQL's SQLSTATE when `lock_timeout` ends a wait for a lock."""
WRITE_LOCK_KEY = 0x43445331
"""PostgreSQL advisory lock that serialises the writers of `Database.write_session`."""


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on; WAL with full sync so a crash or power cut loses nothing committed."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    cfg.attributes["engine"] = engine
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None for an empty one): one plain query."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def migrate(engine: Engine, backup_dir: Path | None) -> None:
    """Bring the schema to the newest revision, refusing a database from a newer program."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return
    from alembic import command

    head = head_revision()
    if current == head:
        return
    if current is not None:
        if current not in known_revisions():
            raise DatabaseTooNewError(
                f"the database was made by a newer version of CĐS Desktop (schema {current}); "
                "install the newer version to open it — nothing was changed"
            )
        database_file = engine.url.database
        if engine.dialect.name == "sqlite" and database_file and backup_dir is not None:
            make_backup(Path(database_file), backup_dir, "before-migration", note=current)
    log.info("migrating database from %s to %s", current, head)
    command.upgrade(alembic_config(engine), "head")


class Database:
    """The engine and a session factory; services open one session per unit of work."""

    def __init__(self, url: str, backup_dir: Path | None = None) -> None:
        self.engine = make_engine(url)
        migrate(self.engine, backup_dir)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def write_session(self, waiting: Callable[[], None] | None = None) -> Iterator[Session]:
        """A transaction that holds the database's write lock from its start to its end,
        so that nothing another process (or PC) writes through `write_session` can come
        between its reads and its writes: an import decides and writes as one step.

        SQLite: `BEGIN IMMEDIATE` takes the write lock at once. PostgreSQL: a transaction
        advisory lock (every such writer takes the same one; the server frees it at
        commit or rollback). While another writer holds the lock, `waiting()` is called
        again and again (a few times a second); it may raise to stop waiting (cancel).
        """
        with self._sessions.begin() as session:
            connection = session.connection()
            if self.engine.dialect.name == "sqlite":
                _begin_immediate(connection, waiting)
            elif self.engine.dialect.name == "postgresql":
                _advisory_lock(connection, waiting)
            yield session

    def refresh_statistics(self, changed: int) -> None:
        """PostgreSQL plans queries from table statistics that autovacuum renews only about
        once a minute: after a burst of imports into a young master they still describe
        nearly empty tables, and each import gets slower than the last (0.3 s → 1 s a
        package after ten). Renewed here once an import changed `changed` activities, more
        than a fifth of what the statistics know (ANALYZE samples at most 30,000 rows:
        tens of ms). The server's own change counters lag by up to a second, so the
        import's count decides."""
        if self.engine.dialect.name != "postgresql" or changed < 500:
            return
        with self.engine.begin() as connection:
            known = connection.execute(
                text("SELECT max(reltuples) FROM pg_class WHERE relname = 'activity'")
            ).scalar_one()
            if changed > max(float(known or 0), 0) / 5:
                connection.execute(text("ANALYZE activity"))
                connection.execute(text("ANALYZE evidence"))

    def close(self) -> None:
        self.engine.dispose()


def _begin_immediate(connection: Connection, waiting: Callable[[], None] | None) -> None:
    connection.exec_driver_sql(f"PRAGMA busy_timeout={LOCK_STEP_MS}")
    try:
        while True:
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
                    raise
            if waiting is not None:
                waiting()
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _advisory_lock(connection: Connection, waiting: Callable[[], None] | None) -> None:
    """Take the writers' lock: at once when it is free; otherwise wait for it in the
    server's queue, `LOCK_STEP_MS` at a time (`lock_timeout`, each try in a savepoint),
    so the lock passes to the next writer the moment the last one commits (first come,
    first served) and `waiting()` is still called between the tries."""
    key = {"key": WRITE_LOCK_KEY}
    if connection.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), key).scalar_one():
        return
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {LOCK_STEP_MS}")
    while True:
        if waiting is not None:
            waiting()
        attempt = connection.begin_nested()
        try:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), key)
        except OperationalError as exc:
            attempt.rollback()
            if getattr(exc.orig, "sqlstate", None) != LOCK_NOT_AVAILABLE:
                raise
            continue
        attempt.commit()  # the lock stays the transaction's
        connection.exec_driver_sql("SET LOCAL lock_timeout = DEFAULT")
        return
