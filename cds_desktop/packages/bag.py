"""BagIt (RFC 8493) tag files: written in one exact form, parsed strictly.

Unzipped, a container is an ordinary bag that any BagIt validator accepts; our reader
accepts only the form our writer produces (one space-separated label per line, two
spaces between hash and path, LF line ends, paths without percent-encoding).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cds_desktop.packages.format import PackageRejected

MANIFEST_LINE = re.compile(r"([0-9a-f]{64})  ([A-Za-z0-9][A-Za-z0-9_./-]*)")
INFO_LINE = re.compile(r"([A-Za-z][A-Za-z0-9-]*): (.*)")


def one_line(text: str) -> str:
    """A bag-info value on one line (the authoritative value is in the metadata JSON)."""
    return " ".join(text.split())


def bag_info(fields: Iterable[tuple[str, str]]) -> bytes:
    return "".join(f"{label}: {one_line(value)}\n" for label, value in fields).encode("utf-8")


def parse_bag_info(data: bytes) -> dict[str, str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PackageRejected("bag-info.txt: not UTF-8 text") from None
    if not text.endswith("\n"):
        raise PackageRejected("bag-info.txt: does not end with a line break")
    fields: dict[str, str] = {}
    for line in text[:-1].split("\n"):
        match = INFO_LINE.fullmatch(line)
        if match is None:
            raise PackageRejected(f"bag-info.txt: malformed line {line[:60]!r}")
        label, value = match.groups()
        if label in fields:
            raise PackageRejected(f"bag-info.txt: {label} appears twice")
        fields[label] = value
    return fields


def manifest(entries: Iterable[tuple[str, str]]) -> bytes:
    """`<sha256>  <path>` lines, sorted by path."""
    return "".join(f"{digest}  {path}\n" for path, digest in sorted(entries)).encode("ascii")


def parse_manifest(data: bytes, what: str) -> dict[str, str]:
    """{path: sha256} from a manifest in our exact form."""
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise PackageRejected(f"{what}: not ASCII text") from None
    if not text.endswith("\n"):
        raise PackageRejected(f"{what}: does not end with a line break")
    entries: dict[str, str] = {}
    for line in text[:-1].split("\n"):
        match = MANIFEST_LINE.fullmatch(line)
        if match is None:
            raise PackageRejected(f"{what}: malformed line {line[:60]!r}")
        digest, path = match.groups()
        if path in entries:
            raise PackageRejected(f"{what}: {path} is listed twice")
        entries[path] = digest
    return entries


def payload_oxum(sizes: Iterable[int]) -> str:
    """`<octets>.<count>` of the payload, which validators compare before hashing."""
    values = list(sizes)
    return f"{sum(values)}.{len(values)}"
