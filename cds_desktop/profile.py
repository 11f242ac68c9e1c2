"""A profile: one data folder with its database, evidence store, keys, logs and backups.

`create_profile` makes a new one (`init`); `open_profile` opens an existing one and
migrates its database. Both return a `Profile` that the services work on.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cds_desktop import catalog
from cds_desktop.backups import (
    AUTOMATIC_REASONS,
    backup_sqlite,
    daily_backup,
    make_backup,
    newest_good_backup,
    restore_backup,
)
from cds_desktop.database import Database, known_revisions
from cds_desktop.environment import folder_write_problem
from cds_desktop.errors import CdsError, DatabaseDamagedError, ProfileError
from cds_desktop.evidence_store import EvidenceStore, remove_stale_temporary_files
from cds_desktop.integrity import integrity_problem
from cds_desktop.models import Campaign, Setting, Unit
from cds_desktop.paths import ProfilePaths
from cds_desktop.start_view import FIRST_SCREEN, StartView
from cds_desktop.validation import validate_unit
from cds_desktop.views import CampaignView, Identity, forms_in_plan_order

log = logging.getLogger(__name__)


class Profile:
    """An open profile. Close it when done (or use it as a context manager)."""

    def __init__(self, paths: ProfilePaths, database: Database) -> None:
        self.paths = paths
        self.database = database
        self.evidence = EvidenceStore(paths.evidence, paths.staging)
        with database.session() as session:
            settings = {s.key: s.value for s in session.scalars(select(Setting))}
        if "role" not in settings:
            raise ProfileError(
                f"the data folder {paths.root} has no profile; run `init` to create one"
            )
        self.identity = Identity(settings["role"], settings["unit_code"], settings["unit_name"])

    def __enter__(self) -> Profile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.database.close()

    @property
    def is_centre(self) -> bool:
        return self.identity.is_centre

    def fingerprint(self) -> str:
        from cds_desktop import keys  # cryptography's serialization: not at the GUI's start

        return keys.fingerprint(keys.load_public_key(self.paths.public_key))

    def active_campaign(self, session: Session) -> Campaign:
        campaign = session.scalars(select(Campaign).where(Campaign.active)).first()
        if campaign is None:
            raise CdsError("no campaign is active in this profile")
        return campaign

    def campaign_view(self) -> CampaignView:
        """The active campaign, with its plan's forms, for the windows."""
        from cds_desktop.plans import load_details

        with self.database.session() as session:
            campaign = self.active_campaign(session)
            planned, others = forms_in_plan_order(load_details(session, campaign.code).forms)
            return CampaignView(
                campaign.code,
                campaign.name,
                campaign.start_date,
                campaign.end_date,
                tuple(planned),
                tuple(others),
            )

    def start_view(self) -> StartView:
        """What the main window shows first, read through the services: the same values as
        `read_start_view` reads before the database layer has loaded."""
        from cds_desktop.activities import ActivityService
        from cds_desktop.packages.last_export import last_export

        campaign = self.campaign_view()
        if self.is_centre:
            return StartView(self.identity, campaign, (), None)
        rows = ActivityService(self).list_rows(limit=FIRST_SCREEN)
        return StartView(self.identity, campaign, tuple(rows), last_export(self.get_setting))

    def own_group(self) -> str:
        """This profile's unit group (a unit's targets may be set per group)."""
        with self.database.session() as session:
            unit = session.get(Unit, self.identity.unit_code)
            return unit.group if unit is not None else ""

    def campaign(self, session: Session, code: str | None = None) -> Campaign:
        """The campaign of that code (a report of another year), else the active one."""
        if code is None or not code.strip():
            return self.active_campaign(session)
        wanted = code.strip().upper()
        campaign = session.scalars(select(Campaign).where(Campaign.code == wanted)).first()
        if campaign is None:
            known = ", ".join(session.scalars(select(Campaign.code).order_by(Campaign.code)))
            raise CdsError(f"campaign {wanted} does not exist in this profile (known: {known})")
        return campaign

    def get_setting(self, key: str, default: str = "") -> str:
        with self.database.session() as session:
            setting = session.get(Setting, key)
            return setting.value if setting is not None else default

    def set_setting(self, key: str, value: str) -> None:
        with self.database.session() as session:
            session.merge(Setting(key=key, value=value))


def profile_exists(paths: ProfilePaths) -> bool:
    return paths.database.exists() or paths.private_key.exists()


def open_profile(data_dir: Path) -> Profile:
    """Open an initialised profile: check it, migrate it if the program is newer, and take
    the day's automatic backup."""
    paths = ProfilePaths(data_dir)
    _refuse_file_as_folder(data_dir)
    local = not _external_database(paths)
    if local and not paths.database.exists():
        raise ProfileError(f"the data folder {data_dir} has no profile; run `init` to create one")
    paths.make_folders()
    if local:
        _refuse_damaged(paths)
    remove_stale_temporary_files(paths.staging)
    database = Database(paths.database_url(), paths.backups)
    try:
        profile = Profile(paths, database)
        if local:
            daily_backup(paths.database, paths.backups)
        return profile
    except BaseException:
        database.close()
        raise


def _refuse_file_as_folder(data_dir: Path) -> None:
    """A data folder that is a file (or whose parent is) cannot hold a profile."""
    for folder in (data_dir, *data_dir.parents):
        if folder.exists():
            if not folder.is_dir():
                raise ProfileError(
                    f"the data folder {data_dir} cannot be used: {folder} is a file, not a "
                    "folder; choose another folder with --data-dir (or move the file away)",
                    "data_dir_is_file",
                    folder=str(folder),
                )
            return


def _refuse_damaged(paths: ProfilePaths) -> None:
    problem = integrity_problem(paths.database)
    if problem is None:
        return
    blocked = folder_write_problem(paths.root)
    if blocked is not None:  # SQLite cannot open its journal there: not damage at all
        raise ProfileError(
            f"the data folder {paths.root} cannot be written ({blocked.detail}); nothing is "
            f"damaged, do not restore a backup: {blocked.advice}, or give this folder back "
            "its write access (e.g. copy it from the CD or USB stick to Documents)",
            "data_dir_read_only",
            folder=str(paths.root),
        )
    good = newest_good_backup(paths.backups)
    advice = (
        f"restore the newest good backup with `restore {good.path}`"
        if good is not None
        else "no good backup was found; keep a copy of the folder and contact the IT Centre"
    )
    raise DatabaseDamagedError(
        f"the database {paths.database} is damaged ({problem}); {advice}", good
    )


def backup_profile(
    profile: Profile, reason: str = "manual", out: Path | None = None
) -> Path | None:
    """A copy of the database: to `out`, or into the profile's backups folder.

    On a server database an automatic copy is skipped (None): the server has its own
    backups; a copy on request is refused with a message.
    """
    if profile.database.engine.dialect.name != "sqlite" or _external_database(profile.paths):
        if reason in AUTOMATIC_REASONS:
            return None
        raise CdsError("the database is on a server; back it up with the server's own tools")
    if out is not None:
        backup_sqlite(profile.paths.database, out)
        return out
    return make_backup(profile.paths.database, profile.paths.backups, reason)


def restore_profile(data_dir: Path, source: Path) -> Path:
    """Replace the profile's database with a backup; returns the safety copy taken first."""
    paths = ProfilePaths(data_dir)
    if _external_database(paths):
        raise CdsError("the database is on a server; restore it with the server's own tools")
    safety = restore_backup(paths.database, paths.backups, source, known_revisions())
    open_profile(data_dir).close()  # migrates an older backup and proves it opens
    return safety


def _external_database(paths: ProfilePaths) -> bool:
    return not paths.database_url().startswith("sqlite:")


def create_profile(data_dir: Path, role: str, unit_code: str, unit_name: str) -> Profile:
    """`init`: a new profile with its own key pair, the bundled campaigns and catalog."""
    if role not in catalog.ROLES:
        raise CdsError(f"role must be one of {', '.join(catalog.ROLES)}")
    code, name = validate_unit(unit_code, unit_name)
    paths = ProfilePaths(data_dir)
    _refuse_file_as_folder(data_dir)
    if profile_exists(paths):
        raise ProfileError(
            f"{data_dir} already holds a profile; refusing to overwrite it "
            "(choose another folder with --data-dir)"
        )
    paths.make_folders()
    database = Database(paths.database_url(), paths.backups)
    try:
        with database.session() as session:
            if session.get(Setting, "role") is not None:
                raise ProfileError("the database already holds a profile")
            _seed(session, role, code, name)
            from cds_desktop import keys

            keys.generate_key_pair(paths.private_key, paths.public_key)
    except BaseException:
        database.close()
        _remove_partial_profile(paths)
        raise
    log.info("created %s profile for %s in %s", role, code, data_dir)
    return Profile(paths, database)


def _remove_partial_profile(paths: ProfilePaths) -> None:
    """After a failed `init`, leave no half profile that would block the next try."""
    for path in (
        paths.private_key,
        paths.public_key,
        paths.database,
        paths.database.with_name(paths.database.name + "-wal"),
        paths.database.with_name(paths.database.name + "-shm"),
    ):
        path.unlink(missing_ok=True)


def _seed(session: Session, role: str, code: str, name: str) -> None:
    for key, value in (("role", role), ("unit_code", code), ("unit_name", name)):
        session.add(Setting(key=key, value=value))
    for c in catalog.campaigns():
        session.add(
            Campaign(
                code=c.code,
                name=c.name,
                theme=c.theme,
                plan=c.plan,
                start_date=c.start_date,
                end_date=c.end_date,
                active=c.active,
            )
        )
    bundled = catalog.units() if role == "centre" else ()
    for u in bundled:
        session.add(Unit(code=u.code, name=u.name, group=u.group, sort_order=u.order))
    session.flush()
    own = catalog.catalog_unit(code)
    session.merge(
        Unit(
            code=code,
            name=name,
            group=own.group if own else "ministry",
            sort_order=own.order if own else 1000,
            created_at=dt.datetime.now(dt.UTC),
        )
    )
