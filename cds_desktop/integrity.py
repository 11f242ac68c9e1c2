"""Health checks: the database (SQLite quick_check) and the evidence store (every file
referred to is present with the right SHA-256)."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from cds_desktop.evidence_store import EvidenceStore
from cds_desktop.models import Evidence

if TYPE_CHECKING:  # database imports backups, which imports this module
    from cds_desktop.database import Database


def integrity_problem(database: Path) -> str | None:
    """None if SQLite's quick check passes, else what it (or opening the file) reported."""
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    messages = [str(row[0]) for row in rows]
    return None if messages == ["ok"] else "; ".join(messages[:3])


@dataclass
class EvidenceReport:
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.damaged


def check_evidence(database: Database, store: EvidenceStore) -> EvidenceReport:
    """Hash every stored file that an evidence record refers to."""
    with database.session() as session:
        wanted = sorted(
            sha for sha in session.scalars(select(Evidence.sha256).distinct()) if sha is not None
        )
    report = EvidenceReport()
    for sha256 in wanted:
        report.checked += 1
        digest = hashlib.sha256()
        try:
            for chunk in store.chunks(sha256):  # a file of its own or in a pack
                digest.update(chunk)
        except FileNotFoundError:
            report.missing.append(sha256)
            continue
        except OSError:  # unreadable, or a pack shorter than its index
            report.damaged.append(sha256)
            continue
        if digest.hexdigest() != sha256:
            report.damaged.append(sha256)
    return report
