"""A throw-away PostgreSQL server for the tests that run on both database backends.

`CDS_TEST_POSTGRES_URL` (a superuser's URL, e.g.
`postgresql+psycopg://postgres@127.0.0.1:5432/postgres`) names a server to use; otherwise,
if PostgreSQL is installed (`pg_ctl` on the PATH or under /usr/lib/postgresql/*/bin), a
new cluster is made in a temporary folder, listens on 127.0.0.1 at a free port and is
removed after the test session. PostgreSQL refuses to run as root: as root the cluster
runs as the `postgres` user. Each test gets a database of its own.

Without PostgreSQL the tests are skipped with a plain message, unless
`CDS_REQUIRE_POSTGRES=1` (CI), which makes that a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from cds_desktop.paths import DATABASE_URL_ENV

URL_ENV = "CDS_TEST_POSTGRES_URL"
REQUIRE_ENV = "CDS_REQUIRE_POSTGRES"
BACKENDS = ("sqlite", "postgresql")


def postgres_bin() -> Path | None:
    """The folder of `pg_ctl` and `initdb`, newest version first; None if not installed."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return candidates[-1].parent if candidates else None


def missing(reason: str) -> None:
    """Skip, saying why; a failure when PostgreSQL is required (CI)."""
    if os.environ.get(REQUIRE_ENV):
        pytest.fail(f"{reason}, but {REQUIRE_ENV} is set: the PostgreSQL tests must run")
    pytest.skip(f"{reason}: the PostgreSQL tests were skipped")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """A server reachable as a superuser at `admin_url`; makes and drops test databases."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self._engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")

    def create_database(self) -> str:
        name = f"cds_test_{uuid.uuid4().hex[:12]}"
        with self._engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        with self._engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        self._engine.dispose()


class Cluster:
    """A new cluster in a temporary folder (as the `postgres` user when run as root)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="cds-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        self.user = "postgres" if self.as_root else None

    def _run(self, *argv: str) -> None:
        command = [str(self.bindir / argv[0]), *argv[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[:2])} failed: {done.stdout}{done.stderr}")

    def start(self, durable: bool = False) -> str:
        """Start it; its superuser's URL. Tests skip fsync; `durable` (benchmarks) keeps
        it, as a real server does."""
        if self.user is not None:
            shutil.chown(self.folder, self.user)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} "
            f"-c unix_socket_directories='{self.folder}' -c max_connections=200"
        )
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "start", "-w", "-t", "120", "-D", str(self.data),
                  "-l", str(self.folder / "server.log"), "-o", options)  # fmt: skip
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "stop", "-m", "immediate", "-D", str(self.data))
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """The server to test against: `CDS_TEST_POSTGRES_URL`, or a throw-away cluster."""
    given = os.environ.get(URL_ENV)
    if given:
        server = PostgresServer(given)
        try:
            yield server
        finally:
            server.close()
        return
    bindir = postgres_bin()
    if bindir is None:
        missing("PostgreSQL is not installed on this machine (no pg_ctl found)")
        return
    cluster = Cluster(bindir)
    try:
        server = PostgresServer(cluster.start())
    except (OSError, RuntimeError, subprocess.TimeoutExpired) as exc:
        cluster.stop()
        pytest.fail(f"PostgreSQL is installed but a test server could not be started: {exc}")
    try:
        yield server
    finally:
        server.close()
        cluster.stop()


@contextmanager
def database_url(url: str | None) -> Iterator[None]:
    """`CDS_DATABASE_URL` set to `url` (None: unset, SQLite) for the duration."""
    old = os.environ.get(DATABASE_URL_ENV)
    if url is None:
        os.environ.pop(DATABASE_URL_ENV, None)
    else:
        os.environ[DATABASE_URL_ENV] = url
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(DATABASE_URL_ENV, None)
        else:
            os.environ[DATABASE_URL_ENV] = old
