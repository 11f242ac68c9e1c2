"""Names, kinds, versions and limits of the signed container format (docs/package-format.md).

Every limit here is part of the format: a file past one of them is refused before any of
its content is used, so a hostile file cannot exhaust memory, disk or time.
"""

from __future__ import annotations

import re

from cds_desktop.errors import CdsError

FORMAT_NAME = "cds-desktop"
"""Written in the signature, `bag-info.txt` and the metadata of every container."""

PACKAGE_KIND = "package"
"""A unit's activities and evidence, sent to the centre (SPEC §4)."""

UNIT_DATA_KIND = "unit-data"
"""A unit's data as the master holds it, signed by the centre (`units export-data`)."""

RECEIPT_KIND = "receipt"
"""The centre's signed receipt for one imported package, sent back to the unit (SPEC §9)."""

PLAN_KIND = "campaign-plan"
"""The centre's signed campaign plan with targets and the unit catalog (SPEC §9)."""

PART_KIND = "package-part"
"""One numbered part of a package split to fit e-mail (`export --split-mb`, issue 19)."""

KNOWN_KINDS = (PACKAGE_KIND, UNIT_DATA_KIND, RECEIPT_KIND, PLAN_KIND, PART_KIND)
"""Each kind has its own version counter."""

SUPPORTED_VERSIONS: dict[str, tuple[int, ...]] = {
    PACKAGE_KIND: (1, 2),  # 2: file items may carry photo fields (records.PHOTO_KEYS)
    UNIT_DATA_KIND: (1, 2),  # 2: as for packages
    RECEIPT_KIND: (1,),
    PLAN_KIND: (1,),
    PART_KIND: (1,),
}
CURRENT_VERSION: dict[str, int] = {
    PACKAGE_KIND: 1,
    UNIT_DATA_KIND: 1,
    RECEIPT_KIND: 1,
    PLAN_KIND: 1,
    PART_KIND: 1,
}

PACKAGE_SUFFIX = ".cdspkg"

# Tag files of the bag (in the base directory of the zip).
BAGIT_TXT = "bagit.txt"
BAG_INFO_TXT = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "cds-signature.json"
TAG_FILES = (BAGIT_TXT, BAG_INFO_TXT, MANIFEST, TAG_MANIFEST, SIGNATURE)

# Payload of a package (under data/).
METADATA = "data/package.json"
RECORDS = "data/records.json"
EVIDENCE_DIR = "data/evidence/"

BAGIT_TXT_CONTENT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"

# Limits (all checked before content is read).
MAX_PACKAGE_FILE_BYTES = 3 * 1024**3 + 512 * 1024**2
"""3.5 GiB: well inside plain zip (no zip64), so every offset fits in 32 bits."""
MAX_PAYLOAD_BYTES = 3 * 1024**3
"""Sum of the uncompressed sizes of all members."""
MAX_ENTRIES = 20_000
MAX_EVIDENCE_FILES = MAX_ENTRIES - 16
MAX_EVIDENCE_FILE_BYTES = 256 * 1024 * 1024
MAX_METADATA_BYTES = 64 * 1024
MAX_RECORDS_BYTES = 56 * 1024 * 1024
"""The biggest plausible unit, 20,000 activities with long texts, writes 48.7 MiB
(docs/package-format.md, "Sizing the JSON limits"): a margin of 15 %."""
MAX_RECORDS_MEMORY = 112 * 1024 * 1024
"""What the parsed records may take in memory (texts as Python holds them, and objects):
94 MiB for that unit. With the file's bytes and the program, a peak under 256 MiB."""
MAX_TAG_FILE_BYTES = 4 * 1024 * 1024
"""The payload manifest (20,000 lines of about 150 bytes fit with room to spare)."""
MAX_SMALL_TAG_BYTES = {
    "bagit.txt": 64,
    "bag-info.txt": 16 * 1024,
    "tagmanifest-sha256.txt": 4 * 1024,
    "cds-signature.json": 4 * 1024,
}
"""The other tag files and the signature: a few hundred bytes each when genuine, so the
signature file is parsed (before its signature is checked) at a cost of microseconds."""
MAX_NAME_BYTES = 255
MAX_COMPRESSION_RATIO = 200
"""A deflated member may expand at most this many times …"""
RATIO_FREE_BYTES = 64 * 1024
"""… unless it is no larger than this (tiny files compress oddly)."""
MAX_JSON_COMPRESSION_RATIO = 40
"""Stricter for the JSON members and tag files, which are parsed into objects (genuine
records.json: about 4-8 : 1, docs/benchmarks.md)."""
MAX_JSON_DEPTH = 8
MAX_JSON_TOKENS = 4_000_000
"""Tokens (strings, brackets, commas) in a large JSON member; every value costs at least
one. A unit of 20,000 activities with long texts has 1.7 million (docs/package-format.md,
"Sizing the JSON limits"). Counted while scanning, before parsing: 64 MiB of tiny values
would otherwise cost gigabytes of Python objects."""
MAX_ITEM_TOKENS = 100_000
"""Tokens in one activity (1,000 evidence items take about 25,000)."""
MAX_JSON_STRING_BYTES = 256 * 1024
"""One JSON string, as written (the longest field, a 20,000-character description, is at
most 120 KiB even as \\u escapes); checked while scanning, before any is decoded."""
MAX_ACTIVITIES = 50_000
MAX_EVIDENCE_PER_ACTIVITY = 1_000
MAX_JSON_INTEGER = 2**53 - 1

BASE_DIR_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


REJECTION_CODES = (
    "invalid",  # breaks a rule of the format (structure, names, limits, content)
    "damaged",  # truncated, or bytes differ from what was signed (hash, CRC, signature)
    "not_a_package",  # another kind of file
    "unreadable",  # missing, a folder, or no permission
    "newer_version",  # made by a newer program
    "key_not_trusted",  # the unit's key is not registered, and was not trusted now
    "key_mismatch",  # signed with another key than the one registered for the unit
    "unknown_campaign",  # a campaign the centre does not have
    "own_unit",  # claims the centre's own unit code
    "other_unit_records",  # holds records that belong to another unit in the master
    "import_clash",  # another import of the same unit changed things meanwhile
    "storage",  # the centre could not store the evidence (disk full, permission)
    "key_replaced",  # signed with a key the centre replaced by the unit's new one
    "key_revoked",  # signed with a key the centre revoked (no new key registered yet)
    "mass_deletion",  # would delete most of the unit's activities, and was not allowed
    "other_unit",  # a receipt or plan meant for another unit
    "unknown_package",  # a receipt for a package this unit never made
    "older_plan",  # a campaign plan not newer than the one the unit has
    "parts_missing",  # a package sent in parts, and not all of its parts were given
    "parts_mixed",  # parts of different packages (or sets) given as one package
)
"""Why a package was refused, in words a program can translate; the message has the detail."""


class PackageRejected(CdsError):  # noqa: N818 (the name callers know)
    """A package (or another signed container) is not genuine, not whole or not acceptable.

    The message is one line that says what is wrong, e.g. "member data/records.json:
    SHA-256 does not match the manifest"; `code` is one of `REJECTION_CODES`.
    """

    def __init__(self, message: str, code: str = "invalid", **params: object) -> None:
        assert code in REJECTION_CODES, code
        super().__init__(message, code, **params)


class Cancelled(CdsError):  # noqa: N818
    """The user cancelled a long operation; nothing was changed."""


def package_base_dir(unit_code: str, sequence: int) -> str:
    """`SO-HNI-000003`: the bag's directory inside the zip, and the default file name."""
    return f"{unit_code}-{sequence:06d}"


def default_package_name(unit_code: str, sequence: int) -> str:
    return package_base_dir(unit_code, sequence) + PACKAGE_SUFFIX


COMPRESSED_MEDIA_TYPES = frozenset(
    {
        "application/gzip",
        "application/pdf",
        "application/vnd.rar",
        "application/x-7z-compressed",
        "application/x-rar-compressed",
        "application/zip",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
    }
)
COMPRESSED_MEDIA_PREFIXES = ("image/", "video/", "audio/")
UNCOMPRESSED_IMAGES = frozenset({"image/bmp", "image/tiff", "image/svg+xml", "image/x-ms-bmp"})


def is_compressed_media(media_type: str) -> bool:
    """Photos, video, audio, PDFs and office files are stored as they are, not deflated."""
    media_type = media_type.lower()
    if media_type in UNCOMPRESSED_IMAGES:
        return False
    return media_type in COMPRESSED_MEDIA_TYPES or media_type.startswith(COMPRESSED_MEDIA_PREFIXES)
