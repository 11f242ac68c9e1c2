"""A full backup of a profile (`backup --full`, `restore FILE --passphrase-file P`).

One file holds everything a unit needs on a new PC: the database (a consistent copy
through SQLite's backup API), every evidence file the database refers to, the public key
and the private key, encrypted with a key derived from a passphrase. The format
(docs/full-backup-format.md) is a zip written by the project's streaming writer:

    cds-full-backup/backup.json             header: who, when, KDF parameters, nonce
    cds-full-backup/database.sqlite3        the database
    cds-full-backup/keys/signing-key.pub    the public key, as in the profile
    cds-full-backup/keys/signing-key.enc    the PKCS#8 private key, AES-256-GCM
    cds-full-backup/evidence/<sha256>       each evidence file
    cds-full-backup/manifest-sha256.txt     SHA-256 of every member above
    cds-full-backup/manifest.hmac           HMAC-SHA256 of the manifest

scrypt (N=2^17, r=8, p=1; 128 MiB, about half a second) turns the passphrase and a
random salt into 64 bytes: the first 32 are the AES-256-GCM key of the private key, the
last 32 the HMAC key of the manifest. So a wrong passphrase and a changed byte anywhere
are both found before anything is written: the header carries an HMAC of a fixed text
(the passphrase check), the manifest's HMAC covers every member's SHA-256, and each
member is hashed while it is restored.

A restore writes into a new folder beside the data folder and moves the result into the
data folder only when every member has been checked, so a refused file creates nothing.
The data folder must be empty (a `logs/` folder, which the program makes when it
starts, is allowed).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import io
import logging
import os
import secrets
import shutil
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select

from cds_desktop import __version__, keys
from cds_desktop.backups import backup_sqlite, check_backup
from cds_desktop.database import known_revisions
from cds_desktop.errors import CdsError
from cds_desktop.evidence_store import (
    CHUNK,
    MAX_EVIDENCE_BYTES,
    SHA256_HEX,
    EvidenceStore,
)
from cds_desktop.files import create_new, fsync_directory, move_into_place, new_file_in_place
from cds_desktop.models import Evidence
from cds_desktop.packages import bag, strict_json
from cds_desktop.packages.background import BackgroundWriter
from cds_desktop.packages.format import (
    MAX_ENTRIES,
    MAX_PAYLOAD_BYTES,
    Cancelled,
    PackageRejected,
)
from cds_desktop.packages.reader import Member, ZipReader
from cds_desktop.packages.writer import ZipWriter
from cds_desktop.paths import ProfilePaths
from cds_desktop.profile import Profile, open_profile

log = logging.getLogger(__name__)

FORMAT = "cds-desktop-full-backup"
VERSION = 1
SUFFIX = ".cdsbackup"
BASE = "cds-full-backup"
HEADER = f"{BASE}/backup.json"
DATABASE = f"{BASE}/database.sqlite3"
PUBLIC_KEY = f"{BASE}/keys/signing-key.pub"
PRIVATE_KEY = f"{BASE}/keys/signing-key.enc"
EVIDENCE = f"{BASE}/evidence/"
MANIFEST = f"{BASE}/manifest-sha256.txt"
MANIFEST_MAC = f"{BASE}/manifest.hmac"
_CLOSING = (MANIFEST, MANIFEST_MAC)

SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_AAD = b"cds-desktop full backup: private key"
CHECK_TEXT = b"cds-desktop full backup: passphrase check"
MIN_PASSPHRASE = 8
MAX_HEADER_BYTES = 64 * 1024
MAX_SMALL_MEMBER = 1024 * 1024
MAX_DATABASE_BYTES = 2 * 1024**3

LAST_FULL_BACKUP_SETTING = "last_full_backup"
"""When this profile last wrote a full backup (ISO time, UTC), for the GUI's reminder."""

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass(frozen=True)
class FullBackupResult:
    path: Path
    size: int
    unit_code: str
    evidence_files: int
    fingerprint: str


@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    role: str
    unit_code: str
    unit_name: str
    fingerprint: str
    evidence_files: int


def last_full_backup(profile: Profile) -> dt.datetime | None:
    raw = profile.get_setting(LAST_FULL_BACKUP_SETTING)
    try:
        return dt.datetime.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def is_full_backup(path: Path) -> bool:
    """True if `path` starts like a zip (a database backup starts "SQLite format 3")."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def read_passphrase_file(path: Path) -> str:
    """The passphrase is the file's text without the line break at its end."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CdsError(f"the passphrase file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CdsError(f"cannot read the passphrase file {path}: {exc}") from exc
    return text.removesuffix("\n").removesuffix("\r")


def _passphrase_bytes(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(AES-256-GCM key of the private key, HMAC-SHA256 key of the manifest)."""
    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(_passphrase_bytes(passphrase))
    return material[:32], material[32:]


def _check_value(mac_key: bytes) -> str:
    return hmac.new(mac_key, CHECK_TEXT, hashlib.sha256).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# --- writing -------------------------------------------------------------------------------


def _referenced_evidence(profile: Profile) -> list[str]:
    with profile.database.session() as session:
        found = session.scalars(
            select(Evidence.sha256)
            .where(Evidence.kind == "file", Evidence.sha256.is_not(None))
            .distinct()
        ).all()
    return sorted(s for s in found if s is not None)


def write_full_backup(
    profile: Profile,
    out: Path,
    passphrase: str,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> FullBackupResult:
    """Write the full backup to `out` (a file, or a folder for the default name)."""
    if not profile.paths.database_url().startswith("sqlite:"):
        raise CdsError(
            "the database is on a server; back it up with the server's own tools",
            "full_backup_server",
        )
    if len(passphrase) < MIN_PASSPHRASE:
        raise CdsError(
            f"the passphrase has {len(passphrase)} characters; use at least {MIN_PASSPHRASE} "
            "(a sentence you can remember is best), and keep it apart from the backup"
        )
    identity = profile.identity
    if out.is_dir():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        out = out / f"cds-full-backup-{identity.unit_code}-{stamp}{SUFFIX}"
    elif not out.parent.is_dir():
        raise CdsError(f"the folder {out.parent} does not exist")
    if out.exists():
        raise CdsError(f"{out} already exists; choose another name", "file_exists", name=out.name)
    evidence = _referenced_evidence(profile)
    store = profile.evidence
    missing = [s for s in evidence if not store.contains(s)]
    if missing:
        raise CdsError(
            f"{len(missing)} evidence file(s) are missing from the evidence store (first: "
            f"{missing[0]}); run `python -m cds_desktop check --evidence` first",
            "full_backup_missing_evidence",
            n=len(missing),
        )
    sizes = sum(_stored_size(store, s) for s in evidence)
    database_size = profile.paths.database.stat().st_size
    if len(evidence) + 8 > MAX_ENTRIES or sizes + database_size > MAX_PAYLOAD_BYTES:
        raise CdsError(
            f"{len(evidence)} evidence files of {sizes // 1024**2} MiB are more than one full "
            f"backup can hold ({MAX_ENTRIES - 8} files, {MAX_PAYLOAD_BYTES // 1024**3} GiB); "
            "copy the whole data folder instead, with the program closed",
            "full_backup_too_large",
        )
    private_pem = profile.paths.private_key.read_bytes()
    keys.load_private_key(profile.paths.private_key)  # a readable Ed25519 key, or refuse
    public_text = profile.paths.public_key.read_bytes()

    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    enc_key, mac_key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    encrypted_key = AESGCM(enc_key).encrypt(nonce, private_pem, KEY_AAD)
    now = dt.datetime.now(dt.UTC)
    header = strict_json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "created_at": now.isoformat().replace("+00:00", "Z"),
            "program_version": __version__,
            "role": identity.role,
            "unit_code": identity.unit_code,
            "unit_name": identity.unit_name,
            "fingerprint": profile.fingerprint(),
            "evidence_files": len(evidence),
            "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
            "salt": _b64(salt),
            "cipher": "AES-256-GCM",
            "nonce": _b64(nonce),
            "passphrase_check": _check_value(mac_key),
        }
    )

    snapshot = profile.paths.staging / f"full-backup-{uuid.uuid4().hex}.sqlite3.part"
    total = sizes
    done = 0

    def counted(length: int) -> None:
        nonlocal done
        if should_cancel is not None and should_cancel():
            raise Cancelled("full backup cancelled; no file was written")
        done += length
        if progress is not None:
            progress(done, total)

    try:
        with new_file_in_place(out, 0o600) as handle:
            profile.paths.staging.mkdir(parents=True, exist_ok=True)
            backup_sqlite(profile.paths.database, snapshot)
            with BackgroundWriter(handle, sha256=False) as writer:
                zip_writer = ZipWriter(writer.write, now)
                entries: list[tuple[str, str]] = []

                def small(name: str, data: bytes) -> None:
                    zip_writer.write_entry(name, data, compress=True)
                    entries.append((name, hashlib.sha256(data).hexdigest()))

                def stream(name: str, chunks: Iterator[bytes], compress: bool) -> None:
                    digest = hashlib.sha256()
                    entry = zip_writer.open_entry(name, compress)
                    for chunk in chunks:
                        entry.write(chunk, digest)
                    entry.close()
                    entries.append((name, digest.hexdigest()))

                small(HEADER, header)
                stream(DATABASE, _file_chunks(snapshot), compress=True)
                small(PUBLIC_KEY, public_text)
                small(PRIVATE_KEY, encrypted_key)
                for sha256 in evidence:
                    stream(EVIDENCE + sha256, _counted(store.chunks(sha256), counted), False)
                manifest = bag.manifest(entries)
                zip_writer.write_entry(MANIFEST, manifest, compress=True)
                mac = hmac.new(mac_key, manifest, hashlib.sha256).hexdigest()
                zip_writer.write_entry(MANIFEST_MAC, mac.encode("ascii") + b"\n", compress=False)
                zip_writer.close()
                size = zip_writer.offset
                writer.finish()
    finally:
        snapshot.unlink(missing_ok=True)
    profile.set_setting(LAST_FULL_BACKUP_SETTING, now.isoformat())
    log.info("full backup of %s written to %s", identity.unit_code, out)
    return FullBackupResult(out, size, identity.unit_code, len(evidence), profile.fingerprint())


def _stored_size(store: EvidenceStore, sha256: str) -> int:
    path = store.path_for(sha256)
    if path.is_file():
        return path.stat().st_size
    packed = store.packed(sha256)
    return packed.size if packed is not None else 0


def _file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def _counted(chunks: Iterator[bytes], counted: Callable[[int], None]) -> Iterator[bytes]:
    for chunk in chunks:
        counted(len(chunk))
        yield chunk


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Header:
    role: str
    unit_code: str
    unit_name: str
    fingerprint: str
    salt: bytes
    nonce: bytes
    n: int
    r: int
    p: int
    check: str


def _refused(detail: str) -> CdsError:
    return CdsError(
        f"the full backup is damaged or was changed ({detail}); nothing was restored — "
        "use another copy of the backup",
        "full_backup_damaged",
    )


def _parse_header(data: bytes) -> _Header:
    try:
        doc = strict_json.loads(data, "backup.json")
    except PackageRejected as exc:
        raise _refused(str(exc)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise CdsError("this file is not a CĐS Desktop full backup", "full_backup_not_backup")
    if doc.get("version") != VERSION:
        raise CdsError(
            "this full backup was made by a newer version of CĐS Desktop; install it first",
            "full_backup_newer",
        )
    try:
        kdf = doc["kdf"]
        n, r, p = kdf["n"], kdf["r"], kdf["p"]
        fields = (doc["role"], doc["unit_code"], doc["unit_name"], doc["fingerprint"])
        if kdf["name"] != "scrypt" or doc["cipher"] != "AES-256-GCM":
            raise ValueError("unknown KDF or cipher")
        # Bounds keep a hostile header from asking for gigabytes of memory or hours.
        if not (type(n) is int and 2**14 <= n <= 2**18 and n & (n - 1) == 0):
            raise ValueError("scrypt N out of bounds")
        if r != SCRYPT_R or type(p) is not int or not 1 <= p <= 4:
            raise ValueError("scrypt r or p out of bounds")
        salt = base64.b64decode(doc["salt"], validate=True)
        nonce = base64.b64decode(doc["nonce"], validate=True)
        check = doc["passphrase_check"]
        if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES or not isinstance(check, str):
            raise ValueError("salt, nonce or check has the wrong size")
        if not all(isinstance(f, str) for f in fields):
            raise ValueError("identity fields are not text")
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise _refused(f"backup.json: {exc}") from None
    return _Header(*fields, salt, nonce, n, r, p, check)


def _read_member(reader: ZipReader, name: str, limit: int) -> bytes:
    member = reader.by_name.get(name)
    if member is None:
        raise _refused(f"{name.removeprefix(BASE + '/')} is missing")
    return reader.read(member, limit)


def _check_folder_empty(data_dir: Path) -> None:
    if not data_dir.exists():
        return
    if not data_dir.is_dir():
        raise CdsError(f"{data_dir} is a file, not a folder")
    for path in data_dir.iterdir():
        if path.name == "logs" and path.is_dir():
            continue
        if path.is_dir() and not any(p.is_file() for p in path.rglob("*")):
            continue
        raise CdsError(
            f"the data folder {data_dir} is not empty (it holds {path.name}); a full backup "
            "is restored only into an empty folder — choose another with --data-dir, or move "
            "the old folder away first",
            "full_backup_folder_not_empty",
        )


def restore_full_backup(
    data_dir: Path,
    source: Path,
    passphrase: str,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> RestoreResult:
    """Recreate a whole profile from a full backup in an empty `data_dir`.

    Everything is written into a new folder beside `data_dir` and checked; only then is
    it moved into `data_dir`. A wrong passphrase or a damaged file raises `CdsError` and
    leaves nothing behind.
    """
    _check_folder_empty(data_dir)
    try:
        reader = ZipReader(source)
    except PackageRejected as exc:
        if exc.code == "unreadable":
            raise CdsError(str(exc), "file_unreadable", name=source.name) from None
        raise _refused(str(exc)) from None
    with reader:
        try:
            return _restore(reader, data_dir, source, passphrase, progress, should_cancel)
        except PackageRejected as exc:
            raise _refused(str(exc)) from None


def _restore(
    reader: ZipReader,
    data_dir: Path,
    source: Path,
    passphrase: str,
    progress: Progress | None,
    should_cancel: ShouldCancel | None,
) -> RestoreResult:
    header_bytes = _read_member(reader, HEADER, MAX_HEADER_BYTES)
    header = _parse_header(header_bytes)
    enc_key, mac_key = _derive(passphrase, header.salt, header.n, header.r, header.p)
    if not hmac.compare_digest(_check_value(mac_key), header.check):
        raise CdsError(
            "wrong passphrase for this full backup (or the file was changed); nothing was "
            "restored — type the passphrase exactly as when the backup was made",
            "full_backup_passphrase",
        )
    manifest_bytes = _read_member(reader, MANIFEST, 64 * 1024 * 1024)
    mac = _read_member(reader, MANIFEST_MAC, 256).strip().decode("ascii", "replace")
    expected_mac = hmac.new(mac_key, manifest_bytes, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, expected_mac):
        raise _refused("the manifest's HMAC does not match")
    try:
        manifest = bag.parse_manifest(manifest_bytes, "manifest-sha256.txt")
    except PackageRejected as exc:
        raise _refused(str(exc)) from None
    listed = set(manifest)
    present = {m.name for m in reader.members} - {MANIFEST, MANIFEST_MAC}
    if listed != present:
        odd = sorted(listed ^ present)[0]
        raise _refused(f"{odd} is not both in the manifest and in the file")
    if hashlib.sha256(header_bytes).hexdigest() != manifest[HEADER]:
        raise _refused("backup.json differs from the manifest")
    for name in (DATABASE, PUBLIC_KEY, PRIVATE_KEY):
        if name not in manifest:
            raise _refused(f"{name.removeprefix(BASE + '/')} is missing")
    evidence: list[Member] = []
    for member in reader.members:
        if member.name.startswith(EVIDENCE):
            sha256 = member.name.removeprefix(EVIDENCE)
            if not SHA256_HEX.fullmatch(sha256) or manifest[member.name] != sha256:
                raise _refused(f"{member.name[:80]} is not an evidence file")
            if member.size > MAX_EVIDENCE_BYTES:
                raise _refused(f"{member.name[:80]} is larger than an evidence file can be")
            evidence.append(member)
        elif member.name not in (HEADER, DATABASE, PUBLIC_KEY, PRIVATE_KEY, *_CLOSING):
            raise _refused(f"{member.name[:80]} does not belong in a full backup")

    def checked(name: str, limit: int) -> bytes:
        data = _read_member(reader, name, limit)
        if hashlib.sha256(data).hexdigest() != manifest[name]:
            raise _refused(f"{name.removeprefix(BASE + '/')} differs from the manifest")
        return data

    try:
        private_pem = AESGCM(enc_key).decrypt(
            header.nonce, checked(PRIVATE_KEY, MAX_SMALL_MEMBER), KEY_AAD
        )
    except InvalidTag:
        raise _refused("the private key does not decrypt") from None
    public_text = checked(PUBLIC_KEY, MAX_SMALL_MEMBER)
    private_key = serialization.load_pem_private_key(private_pem, password=None)
    if not isinstance(private_key, Ed25519PrivateKey):
        raise _refused("the private key is not an Ed25519 key")
    try:
        public_raw = keys.decode_public_key(public_text.decode("ascii").strip())
    except (ValueError, UnicodeDecodeError):
        raise _refused("the public key is not readable") from None
    if keys.public_key_bytes(private_key.public_key()) != public_raw:
        raise _refused("the private and public keys do not belong together")
    if keys.fingerprint(public_raw) != header.fingerprint:
        raise _refused("the key is not the one backup.json names")

    data_dir = data_dir.absolute()
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    temp_root = data_dir.parent / f".{data_dir.name}.restoring-{uuid.uuid4().hex[:12]}"
    paths = ProfilePaths(temp_root)
    total = sum(m.size for m in evidence) + reader.by_name[DATABASE].size
    done = 0

    def write_member(member: Member, target: Path) -> None:
        nonlocal done
        digest = hashlib.sha256()
        with target.open("xb") as out:
            for chunk in reader.stream(member, digest):
                if should_cancel is not None and should_cancel():
                    raise Cancelled("restore cancelled; nothing was restored")
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != manifest[member.name]:
            raise _refused(f"{member.name.removeprefix(BASE + '/')} differs from the manifest")

    try:
        temp_root.mkdir()
        for folder in (paths.evidence, paths.keys, paths.backups, paths.staging):
            folder.mkdir()
        database_member = reader.by_name[DATABASE]
        if database_member.size > MAX_DATABASE_BYTES:
            raise _refused("the database is larger than the limit")
        write_member(database_member, paths.database)
        for member in evidence:
            sha256 = member.name.removeprefix(EVIDENCE)
            target = paths.evidence / sha256[:2] / sha256
            target.parent.mkdir(exist_ok=True)
            write_member(member, target)
        with create_new(paths.private_key, 0o600) as raw, io.BufferedWriter(raw) as handle:
            handle.write(private_pem)
            handle.flush()
            os.fsync(handle.fileno())
        paths.public_key.write_bytes(public_text)
        identity = check_backup(paths.database, known_revisions())
        if (identity.get("role"), identity.get("unit_code")) != (header.role, header.unit_code):
            raise _refused("the database belongs to another profile than backup.json says")
        _move_into(temp_root, data_dir)
    except BaseException:
        shutil.rmtree(temp_root, ignore_errors=True)
        raise
    shutil.rmtree(temp_root, ignore_errors=True)
    open_profile(data_dir).close()  # migrates a backup of an older version; proves it opens
    log.info("profile of %s restored from the full backup %s", header.unit_code, source)
    return RestoreResult(
        data_dir,
        header.role,
        header.unit_code,
        header.unit_name,
        header.fingerprint,
        len(evidence),
    )


def _move_into(temp_root: Path, data_dir: Path) -> None:
    """Move the restored profile into `data_dir`: the database last, so a profile is
    there only once everything else is. A failure moves back what was moved.

    A data folder that does not exist yet is the temporary folder renamed: one step."""
    if not data_dir.exists():
        move_into_place(temp_root, data_dir)
        fsync_directory(data_dir.parent)
        return
    data_dir.mkdir(exist_ok=True)
    order = ["evidence", "backups", "tmp", "keys", ProfilePaths(data_dir).database.name]
    moved: list[str] = []
    try:
        for name in order:
            target = data_dir / name
            if target.is_dir() and not any(p.is_file() for p in target.rglob("*")):
                shutil.rmtree(target)  # empty folders left by an earlier start
            move_into_place(temp_root / name, target)
            moved.append(name)
    except BaseException:
        for name in reversed(moved):
            move_into_place(data_dir / name, temp_root / name)
        raise
    fsync_directory(data_dir)
