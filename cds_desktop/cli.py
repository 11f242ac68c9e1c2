"""The command line, `python -m cds_desktop` (SPEC §5).

Exit codes: 0 success, 1 refused (`error: …` on stderr, nothing written), 2 usage error.
Each command is a thin layer over the same services the GUI uses.

Every command is its own process, so each imports only what it uses: the services are
imported inside the command functions (`--help` and `verify` load no SQLAlchemy, Alembic,
reportlab, openpyxl or Qt; tests/test_cli_imports.py holds this).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cds_desktop import __version__, catalog
from cds_desktop.errors import CdsError, ValidationError
from cds_desktop.logs import setup_logging
from cds_desktop.paths import resolve_data_dir

if TYPE_CHECKING:
    import contextlib

    from cds_desktop.activities import ActivityView, FileInput, LinkInput
    from cds_desktop.photos import Reduction
    from cds_desktop.profile import Profile
    from cds_desktop.reports.settings import ReportSettings
    from cds_desktop.reports.signing import KeySigner

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


def _data_dir_parent() -> argparse.ArgumentParser:
    """`--data-dir` accepted before or after the command name."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="profile folder (default: $CDS_DATA_DIR, else the per-user data folder)",
    )
    return parent


def _activity_options(parser: argparse.ArgumentParser, adding: bool) -> None:
    forms = ", ".join(t.code for t in catalog.forms())
    parser.add_argument("--title", required=adding, help="title of the activity")
    parser.add_argument("--form", required=adding, help=f"form of activity: {forms}")
    parser.add_argument(
        "--start", required=adding, metavar="DATE", help="start date: 08/10/2024 or 2024-10-08"
    )
    parser.add_argument(
        "--end", metavar="DATE", help="end date, written as --start (default: the start date)"
    )
    parser.add_argument("--location", help="where it took place")
    parser.add_argument("--organiser", help="who organised it")
    parser.add_argument(
        "--participants", metavar="N", help="number of participants, e.g. 1500 or 1.500"
    )
    parser.add_argument("--reach", metavar="N", help="views, impressions or copies, e.g. 12.000")
    parser.add_argument(
        "--channel",
        action="append",
        metavar="CODE",
        help="channel (repeatable): " + ", ".join(t.code for t in catalog.channels()),
    )
    parser.add_argument(
        "--topic",
        action="append",
        metavar="CODE",
        help="topic (repeatable): " + ", ".join(t.code for t in catalog.topics()),
    )
    parser.add_argument(
        "--url",
        action="append",
        metavar="URL",
        help="where the activity was published online, e.g. the news article (repeatable)",
    )
    parser.add_argument("--description", help="what was done")
    parser.add_argument("--partners", help="partner organisations")
    parser.add_argument(
        "--evidence", action="append", metavar="FILE", help="evidence file (repeatable)"
    )
    parser.add_argument(
        "--link",
        action="append",
        metavar="URL",
        help="evidence kept online instead of a file, e.g. a video or photo album (repeatable)",
    )
    parser.add_argument(
        "--reduce-photos",
        metavar="LONGEST[,QUALITY]|off",
        help="reduce the photos added (JPEG, HEIC) to at most LONGEST pixels on their longest "
        "side, as JPEG of QUALITY (default 85), e.g. 2048,85; 'off' keeps them as they are "
        "(default: the `photos` setting)",
    )


ACTIVITY_OPTIONS = {
    "title": "title",
    "form": "form",
    "start": "start_date",
    "end": "end_date",
    "location": "location",
    "organiser": "organiser",
    "participants": "participants",
    "reach": "reach",
    "channel": "channels",
    "topic": "topics",
    "url": "urls",
    "description": "description",
    "partners": "partners",
}


def build_parser() -> argparse.ArgumentParser:
    common = _data_dir_parent()
    parser = argparse.ArgumentParser(
        prog="python -m cds_desktop",
        description="CĐS Desktop: record Digital Transformation Day activities, "
        "export and import signed packages, print reports.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"CĐS Desktop {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = commands.add_parser(
        "init", parents=[common], help="create a profile and its signing key"
    )
    init.add_argument(
        "--role",
        required=True,
        choices=catalog.ROLES,
        help="unit: a unit that records and exports its activities; centre: the IT Centre "
        "that imports every unit's packages",
    )
    init.add_argument(
        "--unit-code",
        help="this unit's code in the unit list (`units list` on the centre), e.g. SO-HNI; "
        f"the centre's own is {CENTRE_UNIT_CODE} (the default with --role centre)",
    )
    init.add_argument(
        "--unit-name", help="full name of this unit (default: its name in the unit list)"
    )
    init.set_defaults(handler=cmd_init)

    activity = commands.add_parser("activity", parents=[common], help="record activities")
    actions = activity.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", parents=[common], help="record a new activity")
    _activity_options(add, adding=True)
    add.set_defaults(handler=cmd_activity_add)
    edit = actions.add_parser("edit", parents=[common], help="change an activity")
    edit.add_argument("id", help="activity id (its first 8 characters are enough)")
    _activity_options(edit, adding=False)
    edit.add_argument(
        "--remove-evidence",
        action="append",
        metavar="FILE|ID",
        help="evidence to remove (repeatable): its file name, its web address, or its id or "
        "SHA-256 (the first 8 characters are enough), as `activity list --json` shows them",
    )
    edit.set_defaults(handler=cmd_activity_edit)
    delete = actions.add_parser("delete", parents=[common], help="delete an activity")
    delete.add_argument("id", help="activity id (its first 8 characters are enough)")
    delete.set_defaults(handler=cmd_activity_delete)
    listing = actions.add_parser("list", parents=[common], help="list activities")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--unit", metavar="CODE", help="only this unit's activities")
    listing.set_defaults(handler=cmd_activity_list)
    import_xlsx = actions.add_parser(
        "import-xlsx",
        parents=[common],
        help="add the activities of a filled-in Excel template (all rows or none)",
    )
    import_xlsx.add_argument("file", metavar="FILE", help="the .xlsx file (from `template xlsx`)")
    import_xlsx.set_defaults(handler=cmd_activity_import_xlsx)

    units = commands.add_parser("units", parents=[common], help="the unit list")
    unit_actions = units.add_subparsers(dest="action", required=True, metavar="ACTION")
    units_list = unit_actions.add_parser("list", parents=[common], help="list units")
    units_list.add_argument("--json", action="store_true", help="print JSON")
    units_list.set_defaults(handler=cmd_units_list)
    units_add = unit_actions.add_parser("add", parents=[common], help="add a unit")
    units_add.add_argument(
        "--unit-code", required=True, help="2 to 32 letters A-Z, digits, - or _, e.g. BO-TDMT"
    )
    units_add.add_argument("--unit-name", required=True, help="full name of the unit")
    units_add.add_argument(
        "--group", choices=[g.code for g in catalog.unit_groups()], help="unit group"
    )
    units_add.set_defaults(handler=cmd_units_add)
    units_trust = unit_actions.add_parser(
        "trust", parents=[common], help="centre: register a unit's key fingerprint"
    )
    units_trust.add_argument("--unit-code", required=True, help="the unit, e.g. SO-HNI")
    units_trust.add_argument(
        "--fingerprint",
        required=True,
        help="as the unit read it out, e.g. 7K2Q-M9XH-4TRB-ZP3D-W8NC",
    )
    units_trust.set_defaults(handler=cmd_units_trust)
    _key_parsers(unit_actions, common)
    export_data = unit_actions.add_parser(
        "export-data",
        parents=[common],
        help="centre: a unit's data as the master holds it, signed by the centre's key "
        "(for a unit that lost its PC)",
    )
    export_data.add_argument("--unit-code", required=True, help="the unit, e.g. SO-HNI")
    export_data.add_argument("--out", required=True, metavar="FILE", help="file, or a folder")
    export_data.set_defaults(handler=cmd_units_export_data)

    export = commands.add_parser("export", parents=[common], help="unit: write the signed package")
    export.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="package file (.cdspkg is added if missing), or a folder (an existing one, or "
        "a new one written with a trailing / or \\) for the default name",
    )
    export.add_argument(
        "--split-mb",
        type=int,
        metavar="N",
        help="write the package as numbered signed parts of at most N MiB each, to send "
        "by e-mail (<unit>-<sequence>.partNN-of-MM.cdspkg; not split if it fits in one)",
    )
    export.set_defaults(handler=cmd_export)
    verify = commands.add_parser(
        "verify", parents=[common], help="check a package's integrity and signature"
    )
    verify.add_argument(
        "file",
        nargs="+",
        metavar="FILE",
        help="a .cdspkg file (a package, or one part of one), several files or a folder "
        "(the parts of a package are put together and checked as the package)",
    )
    verify.set_defaults(handler=cmd_verify)
    verify_pdf = commands.add_parser(
        "verify-pdf", parents=[common], help="check the digital signatures of a signed report"
    )
    verify_pdf.add_argument("file", metavar="FILE", help="a signed report PDF")
    verify_pdf.add_argument(
        "--trust-root", action="append", default=[], metavar="CERT",
        help="a root certificate to trust (PEM or DER); repeat for several",
    )  # fmt: skip
    verify_pdf.add_argument("--json", action="store_true", help="machine-readable output")
    verify_pdf.set_defaults(handler=cmd_verify_pdf)
    importing = commands.add_parser(
        "import", parents=[common], help="centre: verify and merge packages"
    )
    importing.add_argument(
        "paths", nargs="+", metavar="PATH", help=".cdspkg files, or folders holding them"
    )
    importing.add_argument(
        "--trust-new",
        action="store_true",
        help="trust the key of a unit that has none registered (compare its fingerprint first)",
    )
    importing.add_argument(
        "--allow-deletions",
        action="store_true",
        help="apply a package that deletes all, or more than half, of its unit's activities "
        "(ask the unit first)",
    )
    importing.add_argument("--json", action="store_true", help="print JSON")
    importing.set_defaults(handler=cmd_import)

    status = commands.add_parser(
        "status", parents=[common], help="centre: which units have reported"
    )
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=cmd_status)

    backup = commands.add_parser("backup", parents=[common], help="copy the database")
    backup.add_argument("--out", metavar="FILE", help="where to write (default: backups/)")
    backup.add_argument(
        "--full",
        action="store_true",
        help="one file with the database, evidence and keys, for a new PC (needs --out "
        "and --passphrase-file)",
    )
    backup.add_argument(
        "--passphrase-file", metavar="P", help="file holding the passphrase (full backups)"
    )
    backup.set_defaults(handler=cmd_backup)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup, or recreate the profile from a full backup",
    )
    restore.add_argument("file", metavar="FILE", help="a backup made by `backup [--full]`")
    restore.add_argument(
        "--passphrase-file", metavar="P", help="file holding the full backup's passphrase"
    )
    restore.set_defaults(handler=cmd_restore)
    from_centre = commands.add_parser(
        "restore-from-centre",
        parents=[common],
        help="unit: load the data the IT Centre exported for this unit (`units export-data`)",
    )
    from_centre.add_argument("file", metavar="FILE", help="the file from the IT Centre")
    from_centre.add_argument(
        "--centre-fingerprint",
        required=True,
        metavar="FP",
        help="the centre's key fingerprint, as the centre read it out",
    )
    from_centre.set_defaults(handler=cmd_restore_from_centre)
    check = commands.add_parser(
        "check", parents=[common], help="check the database (and evidence files)"
    )
    check.add_argument("--evidence", action="store_true", help="also hash every evidence file")
    _signed_reports_options(check)
    check.set_defaults(handler=cmd_check)
    _report_parsers(commands, common)
    _centre_loop_parsers(commands, common)
    _evidence_parsers(commands, common)
    _photo_parsers(commands, common)
    return parser


REPORT_SETTING_OPTIONS = {
    "governing-body": "governing_body",
    "issuing-body": "issuing_body",
    "number": "number",
    "symbol": "symbol_suffix",
    "place": "place",
    "signer-prefix": "signer_prefix",
    "signer-title": "signer_title",
    "signer-subtitle": "signer_subtitle",
    "signer-name": "signer_name",
    "recipient": "recipients",
    "drafting-unit": "drafting_unit",
    "subject": "subject",
    "shortcomings": "shortcomings",
    "proposals": "proposals",
}


def _report_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """`template xlsx`, `report pdf|xlsx|settings`."""
    template = commands.add_parser(
        "template", parents=[common], help="the Excel template for bulk entry"
    )
    template_kinds = template.add_subparsers(dest="kind", required=True, metavar="KIND")
    template_xlsx = template_kinds.add_parser(
        "xlsx", parents=[common], help="write the Excel template for `activity import-xlsx`"
    )
    template_xlsx.add_argument("--out", required=True, metavar="FILE", help="file to write")
    template_xlsx.set_defaults(handler=cmd_template_xlsx)

    report = commands.add_parser(
        "report", parents=[common], help="the unit report, or on the centre the master report"
    )
    kinds = report.add_subparsers(dest="kind", required=True, metavar="KIND")
    pdf = kinds.add_parser("pdf", parents=[common], help="the report as a PDF for signature")
    pdf.add_argument("--out", required=True, metavar="FILE", help="file to write")
    pdf.add_argument("--date", metavar="YYYY-MM-DD", help="date of the report (default: today)")
    pdf.add_argument("--number", help="document number (default: the saved setting)")
    pdf.add_argument("--shortcomings", metavar="TEXT", help="section III text, for this report")
    pdf.add_argument("--proposals", metavar="TEXT", help="section IV text, for this report")
    sign = _add_signing_options(pdf)
    sign.add_argument("--sign", action="store_true", help="sign the report (chữ ký số)")
    pdf.set_defaults(handler=cmd_report_pdf)
    signing = kinds.add_parser(
        "sign", parents=[common], help="sign a report PDF made by this program (ký số)"
    )
    signing.add_argument("file", metavar="FILE", help="the report PDF (perhaps signed already)")
    signing.add_argument("--out", required=True, metavar="FILE", help="the signed file to write")
    signing.add_argument(
        "--as-body", action="store_true",
        help="the issuing body's signature over the seal's place (not the signer's)",
    )  # fmt: skip
    _add_signing_options(signing).add_argument(
        "--seal-image", metavar="PNG",
        help="with --as-body: the body's seal image (PNG, transparent background)",
    )  # fmt: skip
    signing.set_defaults(handler=cmd_report_sign)
    docx = kinds.add_parser(
        "docx", parents=[common], help="the report as an editable Word document"
    )
    docx.add_argument("--out", required=True, metavar="FILE", help="file to write (.docx)")
    docx.add_argument("--date", metavar="YYYY-MM-DD", help="date of the report (default: today)")
    docx.add_argument("--number", help="document number (default: the saved setting)")
    docx.set_defaults(handler=cmd_report_docx)
    xlsx = kinds.add_parser("xlsx", parents=[common], help="the report as an Excel workbook")
    xlsx.add_argument("--out", required=True, metavar="FILE", help="file to write")
    xlsx.set_defaults(handler=cmd_report_xlsx)
    for kind in (pdf, docx, xlsx):  # issue 18: a report of another campaign
        kind.add_argument(
            "--campaign", metavar="CODE", help="campaign to report (default: the active one)"
        )
    settings = kinds.add_parser(
        "settings", parents=[common], help="show or change the report's header and closing"
    )
    for option, field in REPORT_SETTING_OPTIONS.items():
        if field == "recipients":
            settings.add_argument(
                "--recipient", action="append", metavar="TEXT", help="Nơi nhận (repeatable)"
            )
        else:
            settings.add_argument(f"--{option}", metavar="TEXT", help=field.replace("_", " "))
    settings.add_argument("--json", action="store_true", help="print JSON")
    settings.set_defaults(handler=cmd_report_settings)


def _data_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def _open(args: argparse.Namespace) -> Profile:
    from cds_desktop.profile import open_profile

    data_dir = _data_dir(args)
    if (data_dir / "cds.sqlite3").is_file():
        setup_logging(data_dir / "logs")  # a missing profile gets no folder and no log
    profile = open_profile(data_dir)
    setup_logging(profile.paths.logs)
    return profile


def _print(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _warn(text: str) -> None:
    sys.stderr.write(f"warning: {text}\n")


CENTRE_UNIT_CODE = "BO-TTCDS"
"""The IT Centre's own entry in the unit list (Trung tâm Chuyển đổi số)."""


def _init_unit(args: argparse.Namespace) -> tuple[str, str]:
    """The unit `init` is for: the centre defaults to its own catalog entry, and a code of
    the unit list brings its name; a code that is not in the list needs --unit-name."""
    code = args.unit_code or (CENTRE_UNIT_CODE if args.role == "centre" else None)
    if code is None:
        raise CdsError(
            "--unit-code is required for a unit: the code the IT Centre gave it, e.g. SO-HNI "
            "(the centre's `units list` shows them all)"
        )
    listed = catalog.catalog_unit(code.strip().upper())
    if args.unit_name:
        return code, args.unit_name
    if listed is None:
        raise CdsError(
            f"--unit-name is required: {code} is not in the unit list, so its name is not known "
            "(check the code with the IT Centre)"
        )
    return code, listed.name


def cmd_init(args: argparse.Namespace) -> int:
    from cds_desktop.profile import create_profile

    data_dir = _data_dir(args)
    code, name = _init_unit(args)
    with create_profile(data_dir, args.role, code, name) as profile:
        setup_logging(profile.paths.logs)
        identity = profile.identity
        _print(f"Created {identity.role} profile for {identity.unit_code} — {identity.unit_name}")
        _print(f"Data folder: {data_dir}")
        _print(f"Key fingerprint: {profile.fingerprint()}")
    if catalog.catalog_unit(identity.unit_code) is None:
        _warn(
            f"{identity.unit_code} is not in the unit list; if the IT Centre gave you another "
            "code, start again with that one (the centre would see a new, unknown unit)"
        )
    return 0


def _raw_activity(args: argparse.Namespace) -> dict[str, object]:
    return {
        field: getattr(args, option)
        for option, field in ACTIVITY_OPTIONS.items()
        if getattr(args, option) is not None
    }


def _inputs(args: argparse.Namespace) -> tuple[list[FileInput], list[LinkInput]]:
    from cds_desktop.activities import FileInput, LinkInput

    files = [FileInput(Path(p)) for p in args.evidence or ()]
    links = [LinkInput(u) for u in args.link or ()]
    return files, links


def _reduction(args: argparse.Namespace) -> Reduction | Literal["setting"] | None:
    """--reduce-photos as the service takes it ("setting" when not given)."""
    from cds_desktop.photos import parse_reduction

    if args.reduce_photos is None:
        return "setting"
    try:
        return parse_reduction(args.reduce_photos)
    except ValueError as exc:
        raise CdsError(f"--reduce-photos: {exc}") from None


def cmd_activity_add(args: argparse.Namespace) -> int:
    from cds_desktop.activities import ActivityService

    files, links = _inputs(args)
    reduction = _reduction(args)
    with _open(args) as profile:
        result = ActivityService(profile).add(
            _raw_activity(args), files, links, reduction=reduction
        )
    for warning in result.warnings:
        _warn(warning)
    _print(result.activity_id)
    return 0


def cmd_activity_edit(args: argparse.Namespace) -> int:
    from cds_desktop.activities import ActivityService

    files, links = _inputs(args)
    reduction = _reduction(args)
    with _open(args) as profile:
        result = ActivityService(profile).edit(
            args.id,
            _raw_activity(args),
            files,
            links,
            args.remove_evidence or (),
            reduction=reduction,
        )
    for warning in result.warnings:
        _warn(warning)
    if not result.changed:
        _print(f"{result.activity_id} unchanged (revision {result.revision}): nothing to save")
        return 0
    _print(f"{result.activity_id} revision {result.revision}")
    return 0


def cmd_activity_delete(args: argparse.Namespace) -> int:
    from cds_desktop.activities import ActivityService

    with _open(args) as profile:
        result = ActivityService(profile).delete(args.id)
    _print(f"{result.activity_id} deleted (revision {result.revision})")
    return 0


def _activity_line(view: ActivityView) -> str:
    from cds_desktop.validation import strip_control_characters

    d = view.data
    form = catalog.label(catalog.forms(), d.form)
    title = strip_control_characters(d.title)  # an older version's data: never raw escapes
    return f"{view.id}  {d.start_date:%d/%m/%Y}  {view.unit_code:<10} {form:<24} {title}"


def cmd_activity_list(args: argparse.Namespace) -> int:
    from cds_desktop.activities import ActivityService

    with _open(args) as profile:
        views = ActivityService(profile).list_activities(unit_code=args.unit)
    if args.json:
        _print(json.dumps([v.to_json() for v in views], ensure_ascii=False, indent=2))
    else:
        for view in views:
            _print(_activity_line(view))
    return 0


def cmd_units_list(args: argparse.Namespace) -> int:
    from cds_desktop.units import UnitService

    with _open(args) as profile:
        units = UnitService(profile).list_units()
    if args.json:
        _print(json.dumps([u.to_json() for u in units], ensure_ascii=False, indent=2))
    else:
        for unit in units:
            _print(f"{unit.code:<12} {unit.name}")
    return 0


def cmd_units_add(args: argparse.Namespace) -> int:
    from cds_desktop.units import UnitService

    with _open(args) as profile:
        unit = UnitService(profile).add(args.unit_code, args.unit_name, args.group)
    _print(f"{unit.code} — {unit.name}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from cds_desktop.profile import backup_profile

    if args.full:
        return _full_backup(args)
    with _open(args) as profile:
        target = backup_profile(profile, out=Path(args.out) if args.out else None)
    _print(f"Backup written to {target}")
    return 0


def _full_backup(args: argparse.Namespace) -> int:
    from cds_desktop.full_backup import read_passphrase_file, write_full_backup

    if not args.out or not args.passphrase_file:
        raise CdsError("backup --full needs --out FILE and --passphrase-file P")
    passphrase = read_passphrase_file(Path(args.passphrase_file))
    with _open(args) as profile:
        result = write_full_backup(profile, Path(args.out), passphrase)
    _print(f"Full backup written to {result.path} ({result.size} bytes)")
    _print(f"Unit: {result.unit_code}   Evidence files: {result.evidence_files}")
    _print(f"Key fingerprint: {result.fingerprint}")
    _print(
        "Keep it on a USB stick or another disk, not on this computer's disk, "
        "and keep the passphrase apart from it"
    )
    return 0


def _full_restore(args: argparse.Namespace) -> int:
    from cds_desktop.full_backup import read_passphrase_file, restore_full_backup

    if not args.passphrase_file:
        raise CdsError(f"{args.file} is a full backup; give its passphrase with --passphrase-file")
    passphrase = read_passphrase_file(Path(args.passphrase_file))
    data_dir = _data_dir(args)
    result = restore_full_backup(data_dir, Path(args.file), passphrase)
    setup_logging(data_dir / "logs")
    _print(f"Restored the {result.role} profile of {result.unit_code} — {result.unit_name}")
    _print(f"Data folder: {result.data_dir}   Evidence files: {result.evidence_files}")
    _print(f"Key fingerprint: {result.fingerprint}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from cds_desktop.full_backup import is_full_backup
    from cds_desktop.profile import restore_profile

    if is_full_backup(Path(args.file)):
        return _full_restore(args)
    data_dir = _data_dir(args)
    if data_dir.is_dir():  # a mistyped folder is not created by a refused restore
        setup_logging(data_dir / "logs")
    safety = restore_profile(data_dir, Path(args.file))
    _print(f"Restored from {args.file}; the previous database was kept as {safety}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from cds_desktop.integrity import check_evidence

    if args.signed_reports:
        return cmd_check_signed_reports(args)
    with _open(args) as profile:  # opening runs SQLite's quick check
        _print("database: ok")
        if not args.evidence:
            return 0
        report = check_evidence(profile.database, profile.evidence)
    _print(f"evidence files checked: {report.checked}")
    problems = [f"missing {sha}" for sha in report.missing]
    problems += [f"damaged {sha}" for sha in report.damaged]
    if problems:
        raise CdsError(
            f"{len(problems)} evidence file(s) missing or damaged ({'; '.join(problems[:3])}); "
            "restore the evidence folder from a copy or attach the files again"
        )
    return 0


def _signed_reports_options(check: argparse.ArgumentParser) -> None:
    check.add_argument(
        "--signed-reports", action="store_true",
        help="list every PDF evidence file with its digital signature status (issue 20)",
    )  # fmt: skip
    check.add_argument(
        "--trust-root", action="append", default=[], metavar="CERT",
        help="with --signed-reports: a root certificate to trust besides trust-roots/",
    )  # fmt: skip
    check.add_argument("--json", action="store_true", help="with --signed-reports: JSON")


def cmd_check_signed_reports(args: argparse.Namespace) -> int:
    """`check --signed-reports`: is each unit's attached report PDF signed, and by whom."""
    from cds_desktop.reports.signature_status import configured_trust_roots, signed_reports

    with _open(args) as profile:
        roots = configured_trust_roots(profile, [Path(p) for p in args.trust_root])
        found = signed_reports(profile, roots)
    if args.json:
        rows = [
            {"unit": item.unit_code, "activity_id": item.activity_id,
             "activity": item.activity_title, "file": item.filename, "sha256": item.sha256,
             **status.to_json()}
            for item, status in found
        ]  # fmt: skip
        _print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for name in roots.skipped:
        _print(f"warning: trust-roots/{name} is not a certificate (PEM or DER); skipped")
    if not roots.certificates:
        _print("(no trust roots in the trust-roots folder: no chain can be trusted)")
    for item, status in found:
        _print(f"{item.unit_code}  {item.filename}  [{item.activity_title}]: {status.describe()}")
    _print(f"PDF evidence files: {len(found)}")
    return 0


def cmd_units_trust(args: argparse.Namespace) -> int:
    from cds_desktop.packages.trust import trust_unit_key

    with _open(args) as profile:
        fingerprint = trust_unit_key(profile, args.unit_code, args.fingerprint)
    _print(f"{args.unit_code.strip().upper()}: key {fingerprint} registered")
    return 0


def _key_parsers(
    unit_actions: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """`units replace-key`, `units revoke-key`, `units keys` (a unit's key history)."""
    replace = unit_actions.add_parser(
        "replace-key",
        parents=[common],
        help="centre: replace a unit's registered key by its new one (new PC)",
    )
    replace.add_argument("--unit-code", required=True, help="the unit, e.g. SO-HNI")
    replace.add_argument(
        "--fingerprint", required=True, help="the new key's fingerprint, checked by phone"
    )
    replace.add_argument("--reason", required=True, help="why, e.g. 'new PC, checked by phone'")
    replace.set_defaults(handler=cmd_units_replace_key)
    revoke = unit_actions.add_parser(
        "revoke-key",
        parents=[common],
        help="centre: reject a unit's key until a new one is registered (lost, stolen PC)",
    )
    revoke.add_argument("--unit-code", required=True, help="the unit, e.g. SO-HNI")
    revoke.add_argument("--reason", required=True, help="why the key is revoked")
    revoke.set_defaults(handler=cmd_units_revoke_key)
    history = unit_actions.add_parser("keys", parents=[common], help="centre: a unit's key history")
    history.add_argument("--unit-code", required=True, help="the unit, e.g. SO-HNI")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(handler=cmd_units_keys)


def cmd_units_replace_key(args: argparse.Namespace) -> int:
    from cds_desktop.packages.trust import replace_unit_key

    with _open(args) as profile:
        done = replace_unit_key(profile, args.unit_code, args.fingerprint, args.reason)
    old = done.old_fingerprint or "none"
    _print(f"{done.unit_code}: key {old} replaced by {done.new_fingerprint}")
    _print("Packages signed by the old key are rejected from now on.")
    return 0


def cmd_units_revoke_key(args: argparse.Namespace) -> int:
    from cds_desktop.packages.trust import revoke_unit_key

    with _open(args) as profile:
        old = revoke_unit_key(profile, args.unit_code, args.reason)
    code = args.unit_code.strip().upper()
    _print(f"{code}: key {old} revoked; register the unit's new key with `units trust`")
    return 0


def cmd_units_keys(args: argparse.Namespace) -> int:
    from cds_desktop.packages.trust import key_history

    with _open(args) as profile:
        entries = key_history(profile, args.unit_code)
    if args.json:
        _print(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        _print("no key registered")
    for e in entries:
        until = f" until {e.ended_at:%Y-%m-%d %H:%M}" if e.ended_at else ""
        how = e.registered_how + (f": {e.registered_reason}" if e.registered_reason else "")
        last = "" if e.last_sequence is None else f", last package #{e.last_sequence}"
        why = f"; {e.status}: {e.ended_reason}" if e.ended_reason else ""
        _print(
            f"{e.fingerprint}  {e.status:<8}  from {e.registered_at:%Y-%m-%d %H:%M}{until} "
            f"({how}){last}{why}"
        )
    return 0


def cmd_units_export_data(args: argparse.Namespace) -> int:
    from cds_desktop.unit_data import export_unit_data

    with _open(args) as profile:
        result = export_unit_data(profile, args.unit_code, Path(args.out))
    _print(f"Unit data of {result.unit_code}: {result.path}")
    _print(
        f"Activities: {result.activities} (+{result.deleted} deleted)   "
        f"Evidence files: {result.evidence_files}   Last package: {result.last_sequence or '-'}"
    )
    _print(f"Centre key fingerprint (read it out to the unit): {result.centre_fingerprint}")
    return 0


def cmd_restore_from_centre(args: argparse.Namespace) -> int:
    from cds_desktop.unit_data import restore_from_centre

    with _open(args) as profile:
        result = restore_from_centre(profile, Path(args.file), args.centre_fingerprint)
    kept = f"; kept {result.kept_local} changed on this computer since" if result.kept_local else ""
    _print(f"Loaded {result.activities} activities of {result.unit_code} from the centre{kept}")
    _print(f"Evidence files: {result.evidence_files}   Next package: {result.next_sequence}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from cds_desktop.packages.export import export_package

    out = Path(args.out)
    with _open(args) as profile:
        if args.out.endswith(("/", "\\")) and not out.is_dir():
            out.mkdir(parents=True)  # `--out NEWFOLDER/`: a folder, named as the user wrote
        split = None
        if args.split_mb is not None:
            from cds_desktop.packages.parts import MAX_SPLIT_MB, MIB, MIN_SPLIT_MB

            if not MIN_SPLIT_MB <= args.split_mb <= MAX_SPLIT_MB:
                raise CdsError(f"--split-mb must be from {MIN_SPLIT_MB} to {MAX_SPLIT_MB}")
            split = args.split_mb * MIB
        result = export_package(profile, out, split_bytes=split)
    _print(f"Package: {result.path}")
    for number, part in enumerate(result.parts, start=1):
        _print(f"Part {number} of {len(result.parts)}: {part}  ({part.stat().st_size} bytes)")
    _print(f"Sequence: {result.sequence}   Size: {result.size} bytes")
    _print(
        f"Activities: {result.activities} (+{result.deleted} deleted)   "
        f"Evidence files: {result.evidence_files}"
    )
    _print(f"Key fingerprint: {result.fingerprint}")
    _print(f"SHA-256: {result.sha256}")
    return 0


def cmd_verify_pdf(args: argparse.Namespace) -> int:
    from cds_desktop.reports.signing import load_trust_roots, verify_pdf

    roots = load_trust_roots([Path(p) for p in args.trust_root])
    checks = verify_pdf(Path(args.file), roots)
    if args.json:
        _print(json.dumps([c.to_json() for c in checks], ensure_ascii=False, indent=2))
    elif not checks:
        _print(f"{args.file}: no digital signature")
    for c in [] if args.json else checks:
        state = "OK" if c.ok else "NOT VALID" if not c.intact else "NOT TRUSTED"
        _print(f"{state}: {c.field} signed by {c.signer} ({c.organisation}) at {c.signing_time}")
        _print(f"  intact: {'yes' if c.intact else 'NO (changed after signing)'}; "
               f"whole document: {'yes' if c.whole_document else 'no (added to later)'}; "
               f"chain trusted: {'yes' if c.trusted else 'no'}; "
               f"timestamp: {'yes' if c.timestamped else 'no'}")  # fmt: skip
    if not roots and checks and not args.json:
        _print("  (no --trust-root given: the certificate chain was not checked against a root)")
    return 0 if checks and all(c.ok for c in checks) else 1


def cmd_verify(args: argparse.Namespace) -> int:
    from cds_desktop.packages.format import PackageRejected
    from cds_desktop.packages.parts import looks_like_part

    paths = [Path(f) for f in args.file]
    if len(paths) > 1 or paths[0].is_dir() or looks_like_part(paths[0]):
        return _verify_parts(paths)  # parts of packages (issue 19), or several files
    args.file = args.file[0]
    from cds_desktop.packages.verify import verify_package

    try:
        package = verify_package(Path(args.file))
    except PackageRejected as exc:
        if exc.code != "not_a_package":
            raise
        try:
            return _verify_signed_file(Path(args.file))  # a receipt or a plan (issue 18)
        except PackageRejected as other:
            if other.code == "not_a_package":  # unit data: the package's message
                raise exc from None
            raise
    meta = package.metadata
    _print(
        f"OK: package {meta.sequence} of {meta.unit_code} — {meta.unit_name}, "
        f"{meta.activities} activities (+{meta.deleted} deleted), "
        f"{meta.evidence_files} evidence files, signed by key {package.fingerprint}"
    )
    return 0


def _package_summary(path: Path) -> str:
    from cds_desktop.packages.verify import verify_package

    package = verify_package(path)
    meta = package.metadata
    return (
        f"OK: package {meta.sequence} of {meta.unit_code} — {meta.unit_name}, "
        f"{meta.activities} activities (+{meta.deleted} deleted), "
        f"{meta.evidence_files} evidence files, signed by key {package.fingerprint}"
    )


def _verify_parts(paths: list[Path]) -> int:
    """`verify` of one part, a set of parts, several files or a folder."""
    from cds_desktop.packages.parts import verify_files, verify_part

    if len(paths) == 1 and not paths[0].is_dir():
        part = verify_part(paths[0])  # on its own: its signature and its bytes
        _print(f"OK: {part.describe()}")
        _print(f"Give all {part.count} parts (or their folder) to check the whole package.")
        return 0
    outcomes = verify_files(paths, _package_summary)
    if not outcomes:
        raise CdsError("no packages (*.cdspkg) found in the given folders")
    for outcome in outcomes:
        _print(outcome.message if outcome.ok else f"NOT OK: {outcome.message}")
    return 0 if all(o.ok for o in outcomes) else 1


def _verify_signed_file(path: Path) -> int:
    from cds_desktop.signed_check import check_signed_file

    check = check_signed_file(path)
    _print(check.summary)
    _print("Whether this key is the IT Centre's is checked when a unit imports the file.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from cds_desktop.packages.importer import REJECTED, import_packages

    with _open(args) as profile:
        results = import_packages(
            profile,
            [Path(p) for p in args.paths],
            args.trust_new,
            allow_deletions=args.allow_deletions,
            waiting=_say_waiting,
        )
    if args.json:
        packages = [r.to_json() for r in results]
        _print(json.dumps({"packages": packages}, ensure_ascii=False, indent=2))
    else:
        for r in results:
            counts = f"+{r.added} ~{r.updated} -{r.deleted}" if r.status == "imported" else ""
            detail = f"  {r.reason}" if r.reason else ""
            _print(f"{r.status:<9} {r.unit_code or '-':<12} {counts:<16} {r.file}{detail}")
    return 1 if any(r.status == REJECTED for r in results) else 0


def _say_waiting(waiting: bool) -> None:
    if waiting:
        sys.stderr.write("waiting for another import (another officer or PC) to finish…\n")
        sys.stderr.flush()


def cmd_status(args: argparse.Namespace) -> int:
    from cds_desktop.submissions import expected_units

    with _open(args) as profile:
        if not profile.is_centre:
            return _unit_status(args, profile)
        rows = expected_units(profile)  # the centre itself is not chased
    if args.json:
        _print(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        when = f"{row.last_import_at:%d/%m/%Y %H:%M}" if row.last_import_at else ""
        state = "reported" if row.reported else "NOT YET"
        sequence = "" if row.last_sequence is None else f"#{row.last_sequence}"
        _print(
            f"{row.unit_code:<12} {state:<8} {sequence:<5} {when:<16} "
            f"{row.activities:>6}  {row.unit_name}"
        )
    reported = sum(r.reported for r in rows)
    _print(f"{reported} of {len(rows)} units have reported")
    return 0


def cmd_activity_import_xlsx(args: argparse.Namespace) -> int:
    from cds_desktop.reports.xlsx_import import XlsxRejected, import_activities_xlsx

    with _open(args) as profile:
        try:
            results = import_activities_xlsx(profile, Path(args.file))
        except XlsxRejected as exc:
            sys.stderr.write(f"error: {exc}\n")
            for row_error in exc.row_errors:
                sys.stderr.write(f"  {row_error}\n")
            return 1
    for index, result in enumerate(results.added, 1):
        for warning in result.warnings:
            _warn(f"activity {index} ({result.activity_id}): {warning}")
    for duplicate in results.duplicates:
        _warn(str(duplicate))
    skipped = len(results.duplicates)
    note = f"; {skipped} already recorded, not added again" if skipped else ""
    _print(f"Imported {len(results.added)} activities from {Path(args.file).name}{note}")
    return 0


def _out_file(text: str, suffix: str, default_name: str) -> Path:
    """`--out` of a document: a folder (existing, or new with a trailing / or \\) gets
    `default_name`, and a file name without `suffix` gets it, so the file opens."""
    out = Path(text)
    if text.endswith(("/", "\\")) or out.is_dir():
        out.mkdir(parents=True, exist_ok=True)
        return out / default_name
    return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)


def cmd_template_xlsx(args: argparse.Namespace) -> int:
    from cds_desktop.reports.xlsx_template import write_template

    out = write_template(_out_file(args.out, ".xlsx", "Mẫu nhập hoạt động.xlsx"))
    _print(f"Wrote {out}")
    return 0


def _report_date(text: str | None) -> dt.date | None:
    from cds_desktop.validation import parse_date

    if text is None:
        return None
    day = parse_date(text)
    if day is None:
        raise CdsError(f"--date {text!r} is not a date; write 2024-11-05 or 05/11/2024")
    return day


def cmd_report_pdf(args: argparse.Namespace) -> int:
    from cds_desktop.reports.pdf_report import write_pdf_report
    from cds_desktop.reports.settings import load_report_settings

    day = _report_date(args.date)
    with _open(args) as profile:
        settings = load_report_settings(profile)
        for name in ("number", "shortcomings", "proposals"):
            if getattr(args, name) is not None:
                setattr(settings, name, getattr(args, name))
        target = _out_file(args.out, ".pdf", "Báo cáo.pdf")
        if args.sign or args.sign_pkcs12 or args.sign_pkcs11_lib:  # a key given means sign
            out = _write_signed_pdf(args, profile, target, day, settings)
        else:
            out = write_pdf_report(
                profile, target, report_date=day, settings=settings, campaign_code=args.campaign
            )
    _print(f"Wrote {out}")
    return 0


def _add_signing_options(parser: argparse.ArgumentParser) -> argparse._ArgumentGroup:
    sign = parser.add_argument_group("digital signature (PAdES, issue 20)")
    sign.add_argument("--sign-pkcs12", metavar="FILE", help="the signer's .p12/.pfx file")
    sign.add_argument("--passphrase-file", metavar="P", help="file holding its passphrase")
    sign.add_argument("--sign-pkcs11-lib", metavar="LIB", help="USB token's PKCS#11 library")
    sign.add_argument("--token-label", metavar="L", help="the token's label")
    sign.add_argument("--pin-file", metavar="F", help="file holding the token's PIN")
    sign.add_argument("--key-label", metavar="K", help="the key's label (if several)")
    sign.add_argument("--tsa-url", metavar="URL", help="timestamp authority (optional)")
    sign.add_argument(
        "--signature-image", metavar="PNG",
        help="the signer's signature image (PNG, transparent background) for the stamp",
    )  # fmt: skip
    return sign


def _open_signing_key(args: argparse.Namespace, stack: contextlib.ExitStack) -> KeySigner:
    """The key the signing options name (a .p12/.pfx file or a PKCS#11 token)."""
    from cds_desktop.reports.signing import load_pkcs12_signer, pkcs11_signer

    if bool(args.sign_pkcs12) == bool(args.sign_pkcs11_lib):
        raise CdsError(
            "signing needs either --sign-pkcs12 FILE (a .p12/.pfx file) or --sign-pkcs11-lib "
            "LIB --token-label L --pin-file F (a USB token)"
        )
    if args.sign_pkcs11_lib:
        if not args.token_label:
            raise CdsError("--sign-pkcs11-lib needs --token-label L (the token's label)")
        pin = Path(args.pin_file) if args.pin_file else None
        token = pkcs11_signer(
            Path(args.sign_pkcs11_lib), args.token_label, pin, key_label=args.key_label
        )
        return stack.enter_context(token)
    passphrase = Path(args.passphrase_file) if args.passphrase_file else None
    return load_pkcs12_signer(Path(args.sign_pkcs12), passphrase)


def cmd_report_sign(args: argparse.Namespace) -> int:
    import contextlib

    from cds_desktop.reports.signing import sign_pdf

    target = _out_file(args.out, ".pdf", "Báo cáo đã ký.pdf")
    if args.seal_image and not args.as_body:
        raise CdsError("--seal-image goes with --as-body (the issuing body's signature)")
    if args.signature_image and args.as_body:
        raise CdsError("--as-body takes the seal's image (--seal-image), not --signature-image")
    image = args.seal_image or args.signature_image
    with contextlib.ExitStack() as stack:
        key = _open_signing_key(args, stack)
        out = sign_pdf(
            Path(args.file),
            target,
            key,
            tsa_url=args.tsa_url,
            body=args.as_body,
            image=Path(image) if image else None,
        )
    _print(f"Wrote {out}")
    return 0


def _write_signed_pdf(
    args: argparse.Namespace,
    profile: Profile,
    target: Path,
    day: dt.date | None,
    settings: ReportSettings,
) -> Path:
    """`report pdf --sign`: the key is opened first, so a refusal writes nothing."""
    import contextlib
    import tempfile

    from cds_desktop.reports.pdf_report import write_pdf_report
    from cds_desktop.reports.signing import sign_pdf

    with contextlib.ExitStack() as stack:
        key = _open_signing_key(args, stack)
        folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="cds-sign-"))
        unsigned = write_pdf_report(
            profile,
            Path(folder) / "report.pdf",
            report_date=day,
            settings=settings,
            campaign_code=args.campaign,
        )
        image = Path(args.signature_image) if args.signature_image else None
        return sign_pdf(unsigned, target, key, tsa_url=args.tsa_url, image=image)


def cmd_report_docx(args: argparse.Namespace) -> int:
    from cds_desktop.reports.docx_report import write_docx_report
    from cds_desktop.reports.settings import load_report_settings

    day = _report_date(args.date)
    with _open(args) as profile:
        settings = load_report_settings(profile)
        if args.number is not None:
            settings.number = args.number
        out = write_docx_report(
            profile,
            Path(args.out),
            report_date=day,
            settings=settings,
            campaign_code=args.campaign,
        )
    _print(f"Wrote {out}")
    return 0


def cmd_report_xlsx(args: argparse.Namespace) -> int:
    from cds_desktop.reports.xlsx_report import write_xlsx_report

    with _open(args) as profile:
        out = write_xlsx_report(
            profile, _out_file(args.out, ".xlsx", "Báo cáo.xlsx"), campaign_code=args.campaign
        )
    _print(f"Wrote {out}")
    return 0


def cmd_report_settings(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from cds_desktop.reports.settings import load_report_settings, save_report_settings

    with _open(args) as profile:
        settings = load_report_settings(profile)
        changed = False
        for option, name in REPORT_SETTING_OPTIONS.items():
            value = getattr(args, option.replace("-", "_"))
            if value is not None:
                setattr(settings, name, value)
                changed = True
        if changed:
            save_report_settings(profile, settings)
    values = asdict(settings)
    if args.json:
        _print(json.dumps(values, ensure_ascii=False, indent=2))
    else:
        for name, value in values.items():
            shown = "; ".join(value) if isinstance(value, list) else value
            _print(f"{name:<16} {shown}")
    return 0


def _centre_loop_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Issue 18: `receipts`, `receipt import`, `plan publish|import`, `campaign …`."""
    centre_fingerprint = {
        "metavar": "FP",
        "help": "the IT Centre's key fingerprint as the centre read it out (needed the "
        "first time a file from the centre is imported)",
    }
    receipts = commands.add_parser(
        "receipts", parents=[common], help="centre: write signed receipts for imported packages"
    )
    receipts.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    receipts.add_argument(
        "--since", metavar="YYYY-MM-DD", help="only packages imported on or after this day"
    )
    receipts.set_defaults(handler=cmd_receipts)
    receipt = commands.add_parser(
        "receipt", parents=[common], help="unit: the centre's receipts for its packages"
    )
    receipt_actions = receipt.add_subparsers(dest="action", required=True, metavar="ACTION")
    receipt_import = receipt_actions.add_parser(
        "import", parents=[common], help="check and keep a receipt from the IT Centre"
    )
    receipt_import.add_argument("file", metavar="FILE", help="a .cdsreceipt file")
    receipt_import.add_argument("--centre-fingerprint", **centre_fingerprint)  # type: ignore[arg-type]
    receipt_import.add_argument("--json", action="store_true", help="print JSON")
    receipt_import.set_defaults(handler=cmd_receipt_import)
    _plan_parsers(commands, common)


def _plan_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    plan = commands.add_parser("plan", parents=[common], help="signed campaign plans")
    plan_actions = plan.add_subparsers(dest="action", required=True, metavar="ACTION")
    publish = plan_actions.add_parser(
        "publish", parents=[common], help="centre: write the signed plan of a campaign"
    )
    publish.add_argument("--out", required=True, metavar="FILE", help="plan file, or a folder")
    publish.add_argument("--campaign", metavar="CODE", help="default: the active campaign")
    publish.set_defaults(handler=cmd_plan_publish)
    plan_import = plan_actions.add_parser(
        "import", parents=[common], help="unit: check a plan and make its campaign active"
    )
    plan_import.add_argument("file", metavar="FILE", help="a .cdsplan file")
    plan_import.add_argument(
        "--centre-fingerprint",
        metavar="FP",
        help="the IT Centre's key fingerprint as the centre read it out (the first time)",
    )
    plan_import.add_argument("--json", action="store_true", help="print JSON")
    plan_import.set_defaults(handler=cmd_plan_import)

    campaign = commands.add_parser(
        "campaign", parents=[common], help="campaigns, their plans and targets"
    )
    actions = campaign.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", parents=[common], help="list campaigns")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_campaign_list)
    edit = actions.add_parser(
        "set", parents=[common], help="centre: create a campaign or change its fields"
    )
    edit.add_argument("--code", required=True, help="campaign code, e.g. CDS-2025")
    edit.add_argument("--name", help="campaign name")
    edit.add_argument("--theme", help="the year's theme")
    edit.add_argument("--plan-number", metavar="TEXT", help="e.g. Quyết định số 1733/QĐ-BVHTTDL")
    edit.add_argument("--plan-date", metavar="YYYY-MM-DD", help="date of the plan")
    edit.add_argument("--start", metavar="YYYY-MM-DD", help="first day of the period")
    edit.add_argument("--end", metavar="YYYY-MM-DD", help="last day of the period")
    for option, what in (("form", "form"), ("channel", "channel"), ("topic", "topic")):
        edit.add_argument(
            f"--{option}", action="append", metavar="CODE", help=f"{what} of the campaign "
            "(repeatable; replaces the list)"
        )  # fmt: skip
    edit.add_argument("--activate", action="store_true", help="make it the active campaign")
    edit.set_defaults(handler=cmd_campaign_set)
    target = actions.add_parser(
        "target", parents=[common], help="centre: set a target (all zero: remove it)"
    )
    target.add_argument("--code", required=True, help="campaign code")
    target.add_argument(
        "--scope", required=True, choices=("unit", "group", "all", "total"),
        help="one unit, a unit group, each unit, or the Ministry's total",
    )  # fmt: skip
    target.add_argument("--for", dest="target_for", metavar="CODE", help="unit or group code")
    target.add_argument("--activities", type=int, default=0, metavar="N")
    target.add_argument("--participants", type=int, default=0, metavar="N")
    target.add_argument("--reach", type=int, default=0, metavar="N")
    target.add_argument("--form", action="append", metavar="CODE", help="a form to cover")
    target.set_defaults(handler=cmd_campaign_target)
    activate = actions.add_parser("activate", parents=[common], help="make a campaign active")
    activate.add_argument("--code", required=True, help="campaign code")
    activate.set_defaults(handler=cmd_campaign_activate)
    evaluate = actions.add_parser(
        "evaluate", parents=[common], help="units' results against their targets"
    )
    evaluate.add_argument("--code", help="campaign code (default: the active one)")
    evaluate.add_argument("--json", action="store_true", help="print JSON")
    evaluate.set_defaults(handler=cmd_campaign_evaluate)


def cmd_plan_publish(args: argparse.Namespace) -> int:
    from cds_desktop.plans import publish_plan

    with _open(args) as profile:
        published = publish_plan(profile, Path(args.out), args.campaign)
    _print(f"Plan {published.version} of campaign {published.campaign_code}: {published.path}")
    return 0


def cmd_plan_import(args: argparse.Namespace) -> int:
    from cds_desktop.plans import import_plan

    with _open(args) as profile:
        imported = import_plan(profile, Path(args.file), args.centre_fingerprint)
    if args.json:
        doc = {
            "campaign": imported.campaign_code,
            "name": imported.campaign_name,
            "version": imported.version,
            "start_date": imported.start_date.isoformat(),
            "end_date": imported.end_date.isoformat(),
            "targets": [t.to_json() for t in imported.targets],
        }
        _print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    _print(
        f"Plan {imported.version} of campaign {imported.campaign_code} imported; it is now "
        f"the active campaign ({imported.start_date:%d/%m/%Y} – {imported.end_date:%d/%m/%Y})"
    )
    for target in imported.targets:
        _print(
            f"Target: at least {target.activities} activities, {target.participants} "
            f"participants, reach {target.reach}"
            + (f", forms {', '.join(target.forms)}" if target.forms else "")
        )
    return 0


def _optional_date(text: str | None, option: str) -> dt.date | None:
    from cds_desktop.validation import parse_date

    if text is None:
        return None
    day = parse_date(text)
    if day is None:
        raise CdsError(f"{option} {text!r} is not a date; write 2025-09-15 or 15/09/2025")
    return day


def cmd_campaign_list(args: argparse.Namespace) -> int:
    from cds_desktop.plans import list_campaigns

    with _open(args) as profile:
        campaigns = list_campaigns(profile)
    if args.json:
        _print(json.dumps([c.to_json() for c in campaigns], ensure_ascii=False, indent=2))
        return 0
    for c in campaigns:
        mark = "*" if c.active else " "
        version = f"plan v{c.details.version}" if c.details.version else ""
        _print(
            f"{mark} {c.code:<12} {c.start_date:%d/%m/%Y}–{c.end_date:%d/%m/%Y} "
            f"{version:<9} {c.name}"
        )
    return 0


def cmd_campaign_set(args: argparse.Namespace) -> int:
    from cds_desktop.plans import save_campaign

    with _open(args) as profile:
        info = save_campaign(
            profile,
            args.code,
            name=args.name,
            theme=args.theme,
            plan_number=args.plan_number,
            plan_date=_optional_date(args.plan_date, "--plan-date"),
            start_date=_optional_date(args.start, "--start"),
            end_date=_optional_date(args.end, "--end"),
            forms=args.form,
            channels=args.channel,
            topics=args.topic,
            activate=args.activate,
        )
    state = " (active)" if info.active else ""
    _print(f"{info.code}{state}: {info.name}, {info.start_date:%d/%m/%Y}–{info.end_date:%d/%m/%Y}")
    return 0


def cmd_campaign_target(args: argparse.Namespace) -> int:
    from cds_desktop.plans import Target, set_target

    named = (args.target_for or "").strip()
    target = Target(
        scope=args.scope,
        code=named.upper() if args.scope == "unit" else named,  # group codes are lower case
        activities=args.activities,
        participants=args.participants,
        reach=args.reach,
        forms=tuple(args.form or ()),
    )
    with _open(args) as profile:
        targets = set_target(profile, args.code, target)
    _print(f"{len(targets)} target(s) in campaign {args.code.strip().upper()}")
    return 0


def cmd_campaign_activate(args: argparse.Namespace) -> int:
    from cds_desktop.plans import activate_campaign

    with _open(args) as profile:
        activate_campaign(profile, args.code)
    _print(f"{args.code.strip().upper()} is now the active campaign")
    return 0


def cmd_campaign_evaluate(args: argparse.Namespace) -> int:
    from cds_desktop.plans import evaluate

    with _open(args) as profile:
        result = evaluate(profile, args.code)
    if args.json:
        _print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    words = {"met": "met", "partly": "partly", "not": "NOT MET", "": "-"}
    for row in [*result.units, result.total]:
        _print(
            f"{row.unit_code or 'TOTAL':<12} {words[row.result]:<8} {row.activities:>5} act "
            f"{row.participants:>8} part {row.reach:>10} reach  {row.unit_name}"
        )
    return 0


def cmd_receipts(args: argparse.Namespace) -> int:
    from cds_desktop.receipts import write_receipts

    since = _report_date(args.since)
    with _open(args) as profile:
        result = write_receipts(profile, Path(args.out), since)
    for path in result.written:
        _print(f"Wrote {path}")
    _print(f"{len(result.written)} receipt(s) written, {result.unchanged} already there")
    return 0


def cmd_receipt_import(args: argparse.Namespace) -> int:
    from cds_desktop.receipts import import_receipt

    with _open(args) as profile:
        imported = import_receipt(profile, Path(args.file), args.centre_fingerprint)
    receipt = imported.receipt
    if args.json:
        doc = {
            "receipt": receipt.to_json(),
            "new": imported.new,
            "sha256_matches": imported.sha256_matches,
        }
        _print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    _print(receipt.message())
    if imported.sha256_matches is False:
        _warn(
            "the centre's SHA-256 of the package differs from the one this unit exported; "
            "the file was changed on its way"
        )
    if not imported.new:
        _print("(this receipt was already recorded)")
    return 0


def _unit_status(args: argparse.Namespace, profile: Profile) -> int:
    """A unit's status: its last package and the centre's last receipt."""
    from cds_desktop.receipts import exported_packages, last_receipt

    exported = exported_packages(profile)
    last_export = exported[-1] if exported else None
    receipt = last_receipt(profile)
    identity = profile.identity
    if args.json:
        doc = {
            "unit_code": identity.unit_code,
            "unit_name": identity.unit_name,
            "last_export": last_export,
            "last_receipt": receipt.to_json() if receipt is not None else None,
        }
        _print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    _print(f"{identity.unit_code} — {identity.unit_name}")
    if last_export is None:
        _print("No package exported yet")
    else:
        _print(f"Last package: {last_export['sequence']} ({last_export['created_at']})")
    _print(receipt.message() if receipt is not None else "No receipt from the IT Centre yet")
    return 0


def _utf8_streams() -> None:
    """Vietnamese output must not crash a Windows console using a legacy code page."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


OPTION_OF_FIELD = {field: f"--{option}" for option, field in ACTIVITY_OPTIONS.items()} | {
    "url": "--link",  # an evidence link, told apart from the activity's --url
    "unit_code": "--unit-code",
    "unit_name": "--unit-name",
}


def _refusal(exc: CdsError) -> str:
    """A refusal in the words of the command line: a refused field is named by the option
    the user typed (--start, --channel), not by the program's own name for it."""
    if not isinstance(exc, ValidationError):
        return str(exc)
    return "; ".join(f"{OPTION_OF_FIELD.get(e.field, e.field)}: {e.message}" for e in exc.errors)


def _undecodable_argument(argv: Sequence[str]) -> str | None:
    """A refusal naming the argument that holds bytes that are not text (a terminal or a
    script in another encoding than UTF-8: Python keeps them as lone surrogates)."""
    for index, token in enumerate(argv):
        if not any("\udc80" <= c <= "\udcff" for c in token):
            continue
        shown = token.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if token.startswith("--") and "=" in token:
            option = token.split("=", 1)[0]
        elif index > 0 and argv[index - 1].startswith("-"):
            option = argv[index - 1]
        else:
            option = f"argument {index + 1}"
        return (
            f"{option}: {shown!r} is not valid text (it holds bytes that are not UTF-8); "
            "type it again in a UTF-8 terminal (on Windows: chcp 65001), or rename the "
            "file or folder it names using ordinary letters"
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    logging.getLogger().addHandler(logging.NullHandler())  # refusals go to stderr once
    parser = build_parser()
    undecodable = _undecodable_argument(sys.argv[1:] if argv is None else list(argv))
    if undecodable is not None:
        sys.stderr.write(f"error: {undecodable}\n")
        return 1
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else 2
    handler: Handler = args.handler
    try:
        return handler(args)
    except CdsError as exc:
        log.warning("refused: %s", exc)
        sys.stderr.write(f"error: {_refusal(exc)}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted\n")
        return 1
    except Exception as exc:
        from cds_desktop.environment import classify

        problem = classify(exc)
        if problem is not None:
            log.warning("environment problem: %s", problem, exc_info=exc)
            sys.stderr.write(f"error: {problem}\n")
            return 1
        log.exception("unexpected error")
        sys.stderr.write(
            f"error: unexpected problem ({type(exc).__name__}: {exc}); "
            "details are in the log file in the profile's logs folder\n"
        )
        return 1


def _evidence_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Issue 19: `evidence duplicates`."""
    evidence = commands.add_parser("evidence", parents=[common], help="centre: evidence files")
    actions = evidence.add_subparsers(dest="action", required=True, metavar="ACTION")
    duplicates = actions.add_parser(
        "duplicates",
        parents=[common],
        help="photos used by more than one activity (the same file, or a resized copy)",
    )
    duplicates.add_argument(
        "--campaign", metavar="CODE", help="campaign to look at (default: the active one)"
    )
    duplicates.add_argument("--json", action="store_true", help="print JSON")
    duplicates.set_defaults(handler=cmd_evidence_duplicates)


def cmd_evidence_duplicates(args: argparse.Namespace) -> int:
    from cds_desktop.duplicates import EXACT, fill_missing_hashes, find_duplicates

    with _open(args) as profile:
        if not profile.is_centre:
            raise CdsError(
                "reused evidence is looked for at the IT Centre, in the master data; "
                "this profile is a unit's"
            )
        hashed = fill_missing_hashes(profile)
        groups = find_duplicates(profile, args.campaign)
    if hashed:
        sys.stderr.write(f"{hashed} photo(s) imported earlier were hashed first\n")
    if args.json:
        _print(json.dumps([g.to_json() for g in groups], ensure_ascii=False, indent=2))
        return 0
    for number, group in enumerate(groups, start=1):
        kind = "the same file" if group.kind == EXACT else "the same picture (copies differ)"
        _print(
            f"Group {number}: {kind}, {len(group.unit_codes)} unit(s), "
            f"{group.activity_count} activities"
        )
        for use in group.uses:
            near = f" ({use.distance} bits apart)" if use.distance else ""
            _print(
                f"  {use.unit_code} — {use.unit_name} | {use.start_date:%d/%m/%Y} | "
                f"{use.title} | {use.filename}{near}"
            )
    across = sum(g.across_units for g in groups)
    _print(f"{len(groups)} group(s) of reused photos, {across} across units")
    return 0


def _photo_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Issue 19: `photos` — the photo settings (reduction on add, the days' check)."""
    photos = commands.add_parser(
        "photos",
        parents=[common],
        help="show or change the photo settings: reduction when added (Thu nhỏ ảnh) and how "
        "many days before its activity a photo may be taken",
    )
    photos.add_argument(
        "--reduce",
        metavar="LONGEST[,QUALITY]|off",
        help="reduce photos added from now on, e.g. 2048,85; 'off' to keep them as they are",
    )
    photos.add_argument(
        "--days-before",
        type=int,
        metavar="N",
        help="flag a photo taken more than N days before its activity (default 30)",
    )
    photos.add_argument("--json", action="store_true", help="print JSON")
    photos.set_defaults(handler=cmd_photos)


def cmd_photos(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from cds_desktop.photos import load_photo_settings, parse_reduction, save_photo_settings

    with _open(args) as profile:
        settings = load_photo_settings(profile)
        try:
            if args.reduce is not None:
                settings = replace(settings, reduction=parse_reduction(args.reduce))
            if args.days_before is not None:
                settings = replace(settings, days_before=args.days_before)
            if args.reduce is not None or args.days_before is not None:
                save_photo_settings(profile, settings)
        except ValueError as exc:
            raise CdsError(f"photos: {exc}") from None
    reduction = settings.reduction
    values = {
        "reduce_longest": reduction.longest if reduction else 0,
        "reduce_quality": reduction.quality if reduction else None,
        "days_before": settings.days_before,
    }
    if args.json:
        _print(json.dumps(values, indent=2))
    else:
        shown = f"{reduction.longest} px, JPEG quality {reduction.quality}" if reduction else "off"
        _print(f"reduce photos   {shown}")
        _print(f"days before     {settings.days_before}")
    return 0
