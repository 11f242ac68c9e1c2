"""The PostgreSQL test server's rule: skipped with a plain message where PostgreSQL is not
installed, a failure where it is required (CI sets CDS_REQUIRE_POSTGRES=1)."""

from __future__ import annotations

import pytest

from tests import postgres_support


def test_no_postgresql_is_a_plain_skip_or_in_ci_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(postgres_support.URL_ENV, raising=False)
    monkeypatch.setattr(postgres_support, "postgres_bin", lambda: None)
    monkeypatch.delenv(postgres_support.REQUIRE_ENV, raising=False)
    skipped = pytest.raises(pytest.skip.Exception, match="PostgreSQL is not installed")
    with skipped, postgres_support.postgres_server():
        pass
    monkeypatch.setenv(postgres_support.REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="must run"), postgres_support.postgres_server():
        pass
