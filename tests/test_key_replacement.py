"""A unit's key replaced or revoked at the centre, and the guard against mass deletion,
end to end through the command line (issue 13, items 2 and 4)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from cds_desktop.database import alembic_config, make_engine
from cds_desktop.models import ImportLog
from cds_desktop.packages.deletions import is_mass_deletion
from cds_desktop.packages.trust import key_history
from cds_desktop.profile import open_profile
from tests.conftest import CliResult

Cli = Callable[..., CliResult]


class Pc:
    """A unit profile on one computer (its own key), driven through the CLI."""

    def __init__(self, cli: Cli, folder: Path, code: str = "SO-HNI") -> None:
        self.cli = cli
        self.folder = folder
        created = cli(
            "--data-dir", str(folder), "init", "--role", "unit", "--unit-code", code,
            "--unit-name", "Sở Văn hóa và Thể thao Hà Nội",
        )  # fmt: skip
        assert created.code == 0, created.err
        self.fingerprint = created.out.strip().splitlines()[-1].removeprefix("Key fingerprint: ")

    def add(self, title: str) -> str:
        added = self.cli(
            "--data-dir", str(self.folder), "activity", "add", "--title", title,
            "--form", "workshop", "--start", "2024-10-08",
        )  # fmt: skip
        assert added.code == 0, added.err
        return added.out.strip()

    def delete(self, activity_id: str) -> None:
        assert self.cli("--data-dir", str(self.folder), "activity", "delete", activity_id).code == 0

    def export(self, out: Path) -> Path:
        out.mkdir(parents=True, exist_ok=True)
        done = self.cli("--data-dir", str(self.folder), "export", "--out", str(out))
        assert done.code == 0, done.err
        return Path(done.out.splitlines()[0].removeprefix("Package: "))


class Centre:
    def __init__(self, cli: Cli, folder: Path) -> None:
        self.cli = cli
        self.folder = folder
        created = cli(
            "--data-dir", str(folder), "init", "--role", "centre", "--unit-code", "BO-TTCDS",
            "--unit-name", "Trung tâm Chuyển đổi số",
        )  # fmt: skip
        assert created.code == 0, created.err

    def run(self, *args: str) -> CliResult:
        return self.cli("--data-dir", str(self.folder), *args)

    def import_(self, *args: str | Path) -> list[dict[str, object]]:
        done = self.run("import", "--json", *map(str, args))
        assert done.code in (0, 1), done.err
        packages: list[dict[str, object]] = json.loads(done.out)["packages"]
        assert done.code == (1 if any(p["status"] == "rejected" for p in packages) else 0)
        return packages

    def keys(self, code: str = "SO-HNI") -> list[dict[str, object]]:
        done = self.run("units", "keys", "--unit-code", code, "--json")
        assert done.code == 0, done.err
        history: list[dict[str, object]] = json.loads(done.out)
        return history

    def live_titles(self) -> list[str]:
        done = self.run("activity", "list", "--json", "--unit", "SO-HNI")
        assert done.code == 0, done.err
        return sorted(a["title"] for a in json.loads(done.out) if not a.get("deleted"))

    def log(self) -> list[tuple[str, str, int | None, str | None]]:
        with open_profile(self.folder) as profile, profile.database.session() as session:
            rows = session.scalars(select(ImportLog).order_by(ImportLog.id)).all()
            return [(r.status, r.reason_code, r.sequence, r.signer_fingerprint) for r in rows]


def outcome(package: dict[str, object]) -> tuple[object, ...]:
    return package["status"], package["reason_code"], package["sequence"]


@pytest.fixture
def centre(cli: Cli, tmp_path: Path) -> Centre:
    return Centre(cli, tmp_path / "Trung tâm")


def test_replace_key_accepts_the_new_pc_from_sequence_1_and_rejects_the_old_key(
    cli: Cli, centre: Centre, tmp_path: Path
) -> None:
    old = Pc(cli, tmp_path / "máy cũ")
    old.add("Hội thảo Kinh tế số")
    old.add("Tin bài Ngày Chuyển đổi số")
    assert outcome(centre.import_("--trust-new", old.export(tmp_path / "o1"))[0]) == (
        "imported", "", 1,
    )  # fmt: skip
    old.add("Hội nghị trực tuyến")
    old_second = old.export(tmp_path / "o2")  # made before the PC died, arrives later

    new = Pc(cli, tmp_path / "máy mới")  # reinstalled: a new key, sequence 1 again
    new.add("Tập huấn kỹ năng số")
    first = new.export(tmp_path / "n1")
    [refused] = centre.import_(first)
    assert outcome(refused) == ("rejected", "key_mismatch", 1)
    assert refused["signer_fingerprint"] == new.fingerprint

    # no reason, or the same key again: refused, nothing changed
    assert centre.run("units", "replace-key", "--unit-code", "SO-HNI", "--fingerprint",
                      new.fingerprint, "--reason", "  ").code == 1  # fmt: skip
    same = centre.run("units", "replace-key", "--unit-code", "SO-HNI", "--fingerprint",
                      old.fingerprint, "--reason", "nhầm")  # fmt: skip
    assert same.code == 1 and "already the registered key" in same.err
    assert centre.run("units", "trust", "--unit-code", "SO-HNI", "--fingerprint",
                      new.fingerprint).code == 1  # fmt: skip

    replaced = centre.run(
        "units", "replace-key", "--unit-code", "so-hni",
        "--fingerprint", new.fingerprint.lower().replace("-", " "),
        "--reason", "Máy hỏng, cài lại; đã gọi điện xác minh",
    )  # fmt: skip
    assert replaced.code == 0, replaced.err
    assert f"key {old.fingerprint} replaced by {new.fingerprint}" in replaced.out

    # the new key's sequence 1 is accepted (the old key had reached 1 too)
    [accepted] = centre.import_("--allow-deletions", first)
    assert outcome(accepted) == ("imported", "", 1) and accepted["deleted"] == 2
    assert centre.live_titles() == ["Tập huấn kỹ năng số"]
    # the old key's package is refused, even with --trust-new and --allow-deletions
    [late] = centre.import_("--trust-new", "--allow-deletions", old_second)
    assert outcome(late) == ("rejected", "key_replaced", 2)
    assert "replaced" in str(late["reason"]) and "Máy hỏng" in str(late["reason"])
    # the new key goes on; its first package again is a duplicate
    new.add("Cuộc thi tìm hiểu chuyển đổi số")
    results = centre.import_(first, new.export(tmp_path / "n2"))
    assert [outcome(r) for r in results] == [("duplicate", "", 1), ("imported", "", 2)]

    history = centre.keys()
    assert [(k["fingerprint"], k["status"], k["registered_how"]) for k in history] == [
        (old.fingerprint, "replaced", "import"),
        (new.fingerprint, "current", "replace"),
    ]
    assert history[0]["ended_reason"] == "Máy hỏng, cài lại; đã gọi điện xác minh"
    assert history[0]["ended_at"] and history[0]["last_sequence"] == 1
    assert history[1]["registered_reason"] == history[0]["ended_reason"]
    assert history[1]["ended_at"] is None and history[1]["last_sequence"] == 2
    listed = centre.run("units", "keys", "--unit-code", "SO-HNI")
    assert listed.code == 0 and "replaced" in listed.out and "Máy hỏng" in listed.out
    # a retired key is never registered again
    again = centre.run("units", "replace-key", "--unit-code", "SO-HNI", "--fingerprint",
                       old.fingerprint, "--reason", "máy cũ tìm lại được")  # fmt: skip
    assert again.code == 1 and "never registered again" in again.err

    assert centre.log() == [
        ("imported", "", 1, old.fingerprint),
        ("rejected", "key_mismatch", 1, new.fingerprint),
        ("imported", "", 1, new.fingerprint),
        ("rejected", "key_replaced", 2, old.fingerprint),
        ("duplicate", "", 1, new.fingerprint),
        ("imported", "", 2, new.fingerprint),
    ]


def test_revoked_key_is_refused_until_a_new_key_is_registered(
    cli: Cli, centre: Centre, tmp_path: Path
) -> None:
    stolen = Pc(cli, tmp_path / "máy bị mất")
    kept = stolen.add("Hội thảo Kinh tế số")
    assert centre.import_("--trust-new", stolen.export(tmp_path / "s1"))[0]["status"] == "imported"
    stolen.add("Gói do kẻ gian gửi")
    forged = stolen.export(tmp_path / "s2")

    no_key = centre.run("units", "revoke-key", "--unit-code", "SO-HCM", "--reason", "x")
    assert no_key.code == 1 and "no registered key" in no_key.err
    revoked = centre.run(
        "units", "revoke-key", "--unit-code", "SO-HNI", "--reason", "Máy tính bị mất cắp"
    )
    assert revoked.code == 0, revoked.err
    assert stolen.fingerprint in revoked.out
    [refused] = centre.import_("--trust-new", forged)
    assert outcome(refused) == ("rejected", "key_revoked", 2)
    assert centre.run("units", "revoke-key", "--unit-code", "SO-HNI", "--reason", "x").code == 1

    new = Pc(cli, tmp_path / "máy mới")
    new.add("Tập huấn kỹ năng số")
    package = new.export(tmp_path / "n1")
    [unknown] = centre.import_(package)  # the unit has no key now: not trusted yet
    assert outcome(unknown) == ("rejected", "key_not_trusted", 1)
    trusted = centre.run("units", "trust", "--unit-code", "SO-HNI", "--fingerprint",
                         new.fingerprint)  # fmt: skip
    assert trusted.code == 0, trusted.err
    [accepted] = centre.import_("--allow-deletions", package)
    assert outcome(accepted) == ("imported", "", 1)
    assert centre.live_titles() == ["Tập huấn kỹ năng số"] and kept
    [still] = centre.import_(forged)
    assert outcome(still) == ("rejected", "key_revoked", 2)

    history = centre.keys()
    assert [(k["fingerprint"], k["status"]) for k in history] == [
        (stolen.fingerprint, "revoked"),
        (new.fingerprint, "current"),
    ]
    assert history[0]["ended_reason"] == "Máy tính bị mất cắp"
    assert [(s, c) for s, c, _n, _f in centre.log()] == [
        ("imported", ""),
        ("rejected", "key_revoked"),
        ("rejected", "key_not_trusted"),
        ("imported", ""),
        ("rejected", "key_revoked"),
    ]


def test_mass_deletion_is_refused_unless_allowed(cli: Cli, centre: Centre, tmp_path: Path) -> None:
    unit = Pc(cli, tmp_path / "đơn vị")
    ids = [unit.add(f"Hoạt động {n}") for n in range(1, 4)]
    centre.import_("--trust-new", unit.export(tmp_path / "1"))
    unit.delete(ids[0])  # one of three: an ordinary change
    assert outcome(centre.import_(unit.export(tmp_path / "2"))[0]) == ("imported", "", 2)
    for activity_id in ids[1:]:  # all that are left
        unit.delete(activity_id)
    emptied = unit.export(tmp_path / "3")
    [refused] = centre.import_(emptied)
    assert outcome(refused) == ("rejected", "mass_deletion", 3)
    assert "delete 2 of the 2 activities of unit SO-HNI" in str(refused["reason"])
    assert centre.live_titles() == ["Hoạt động 2", "Hoạt động 3"]
    [applied] = centre.import_("--allow-deletions", emptied)
    assert outcome(applied) == ("imported", "", 3) and applied["deleted"] == 2
    assert centre.live_titles() == []
    assert [(s, c, n) for s, c, n, _f in centre.log()] == [
        ("imported", "", 1),
        ("imported", "", 2),
        ("rejected", "mass_deletion", 3),
        ("imported", "", 3),
    ]


@pytest.mark.parametrize(
    ("deleting", "existing", "mass"),
    [(0, 0, False), (0, 5, False), (1, 1, True), (1, 2, False), (8, 9, False), (9, 9, True),
     (5, 10, False), (6, 10, True), (51, 100, True), (50, 100, False)],
)  # fmt: skip
def test_the_mass_deletion_rule(deleting: int, existing: int, mass: bool) -> None:
    assert is_mass_deletion(deleting, existing) is mass


def test_the_migration_carries_registered_keys_into_the_history(tmp_path: Path) -> None:
    folder = tmp_path / "centre"
    folder.mkdir()
    (folder / "keys").mkdir()
    database = folder / "cds.sqlite3"
    engine = make_engine(f"sqlite:///{database.as_posix()}")
    command.upgrade(alembic_config(engine), "0003")
    with engine.begin() as c:
        for key, value in (("role", "centre"), ("unit_code", "BO-TTCDS"),
                           ("unit_name", "Trung tâm")):  # fmt: skip
            c.execute(text("INSERT INTO setting VALUES (:k, :v)"), {"k": key, "v": value})
        c.execute(
            text(
                'INSERT INTO unit (code, name, "group", sort_order, created_at, fingerprint, '
                "public_key, last_sequence, last_import_at) VALUES "
                "('SO-HNI', 'Sở Hà Nội', 'province', 1, '2024-09-01 00:00:00', "
                "'7K2Q-M9XH-4TRB-ZP3D-W8NC', 'a2V5', 4, '2024-10-20 08:00:00'), "
                "('SO-HCM', 'Sở TP HCM', 'province', 2, '2024-09-01 00:00:00', NULL, NULL, "
                "NULL, NULL)"
            )
        )
    engine.dispose()
    with open_profile(folder) as profile:
        [entry] = key_history(profile, "SO-HNI")
        assert key_history(profile, "SO-HCM") == []
    assert (entry.fingerprint, entry.status, entry.registered_how) == (
        "7K2Q-M9XH-4TRB-ZP3D-W8NC", "current", "migration",
    )  # fmt: skip
    assert entry.last_sequence == 4 and entry.registered_at.year == 2024
    with sqlite3.connect(database) as c:
        assert c.execute("SELECT public_key FROM unit_key").fetchone() == ("a2V5",)
    c.close()
