"""A signed container of any kind: a BagIt bag in a zip, signed over its tag manifest.

`ContainerWriter` streams one out; `open_container` checks one that may be hostile — zip
structure, names, the signature, the tag manifest, `bagit.txt`, `bag-info.txt` and that
the payload manifest lists exactly the payload members — and `payload_chunks` then gives
a payload member's content, checking its SHA-256 against the (signed) manifest.
Packages are the first kind; receipts and campaign plans (SPEC §9, `signed_file`) are others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cds_desktop.packages import bag, signing
from cds_desktop.packages.format import (
    BAG_INFO_TXT,
    BAGIT_TXT,
    BAGIT_TXT_CONTENT,
    BASE_DIR_PATTERN,
    FORMAT_NAME,
    MANIFEST,
    MAX_SMALL_TAG_BYTES,
    MAX_TAG_FILE_BYTES,
    SIGNATURE,
    TAG_FILES,
    TAG_MANIFEST,
    PackageRejected,
)
from cds_desktop.packages.reader import Member, RawBlocks, ZipReader
from cds_desktop.packages.signing import Signature
from cds_desktop.packages.writer import ZipWriter

SIGNED_TAG_FILES = (BAGIT_TXT, BAG_INFO_TXT, MANIFEST)
"""The tag files listed in the tag manifest (the signature file cannot list itself)."""


def container_bag_info(
    kind: str, version: int, moment: dt.datetime, sizes: Iterable[int], extra: list[tuple[str, str]]
) -> bytes:
    return bag.bag_info(
        [
            *extra,
            ("Bagging-Date", moment.astimezone(dt.UTC).date().isoformat()),
            ("Payload-Oxum", bag.payload_oxum(sizes)),
            ("CDS-Format", FORMAT_NAME),
            ("CDS-Kind", kind),
            ("CDS-Format-Version", str(version)),
        ]
    )


class ContainerWriter:
    """Writes a container front to back through `write`; `finish` signs and closes it."""

    def __init__(
        self,
        write: Callable[[bytes], object],
        base_dir: str,
        kind: str,
        version: int,
        moment: dt.datetime,
    ) -> None:
        if not BASE_DIR_PATTERN.fullmatch(base_dir):
            raise ValueError(f"not a safe base directory name: {base_dir!r}")
        self.zip = ZipWriter(write, moment)
        self.base_dir = base_dir
        self.kind = kind
        self.version = version
        self._payload: list[tuple[str, str]] = []
        self._tags: list[tuple[str, str]] = []

    def _name(self, path: str) -> str:
        return f"{self.base_dir}/{path}"

    def add_tag_file(self, name: str, data: bytes) -> None:
        if name not in (BAGIT_TXT, BAG_INFO_TXT):
            raise ValueError(f"{name} is written by finish()")
        self.zip.write_entry(self._name(name), data, compress=True)
        self._tags.append((name, hashlib.sha256(data).hexdigest()))

    def add_payload(self, path: str, data: bytes, compress: bool = True) -> str:
        digest = hashlib.sha256(data).hexdigest()
        self.zip.write_entry(self._name(path), data, compress)
        self._payload.append((path, digest))
        return digest

    def add_payload_stream(
        self, path: str, chunks: Iterable[bytes], compress: bool, sha256: str | None = None
    ) -> tuple[str, int]:
        """Stream a payload file in; returns its SHA-256 and size.

        With `sha256`, the caller vouches for the content's hash (a file of the
        content-addressed evidence store, named by it) and it is not computed again; the
        manifest lists it, so a file that no longer matches is refused by every reader.
        """
        digest = hashlib.sha256() if sha256 is None else None
        size = 0
        entry = self.zip.open_entry(self._name(path), compress)
        for chunk in chunks:
            size += len(chunk)
            entry.write(chunk, digest)
        entry.close()
        hexdigest = digest.hexdigest() if digest is not None else sha256
        assert hexdigest is not None
        self._payload.append((path, hexdigest))
        return hexdigest, size

    def finish(self, private_key: Ed25519PrivateKey) -> None:
        """Payload manifest, tag manifest, signature, central directory."""
        written = {name for name, _ in self._tags}
        if written != {BAGIT_TXT, BAG_INFO_TXT}:
            raise RuntimeError("bagit.txt and bag-info.txt must be written first")
        manifest = bag.manifest(self._payload)
        self.zip.write_entry(self._name(MANIFEST), manifest, compress=True)
        self._tags.append((MANIFEST, hashlib.sha256(manifest).hexdigest()))
        tag_manifest = bag.manifest(self._tags)
        self.zip.write_entry(self._name(TAG_MANIFEST), tag_manifest, compress=True)
        signature = signing.sign(private_key, self.kind, self.version, tag_manifest)
        self.zip.write_entry(self._name(SIGNATURE), signature, compress=True)
        self.zip.close()


@dataclass
class OpenContainer:
    """A container whose structure, signature and manifests have been checked."""

    reader: ZipReader
    base_dir: str
    signature: Signature
    bag_info: dict[str, str]
    manifest: dict[str, str]
    """{payload path ("data/…"): SHA-256} — signed, so it can be trusted to be intact."""
    members: dict[str, Member]
    """{payload path: zip member}, exactly the paths of `manifest`."""

    def read_payload(self, path: str, limit: int) -> bytearray:
        """A payload file of at most `limit` bytes whole, its hash checked.

        Inflated straight into one buffer of its declared size (the stream refuses one
        byte more), so the peak is the file's size, not twice it.
        """
        member = self.members[path]
        if member.size > limit:
            raise PackageRejected(f"{path}: {member.size} bytes; the limit is {limit}")
        buffer = bytearray(member.size)
        view = memoryview(buffer)
        position = 0
        for chunk in self.payload_chunks(path):
            view[position : position + len(chunk)] = chunk
            position += len(chunk)
        view.release()
        return buffer

    def payload_chunks(self, path: str, raw: RawBlocks | None = None) -> Iterator[bytes]:
        """A payload file in chunks; after the last one its SHA-256 has been checked.

        The zip CRC-32 is not checked: it adds nothing to a SHA-256 checked against the
        signed manifest (docs/package-format.md). `raw`: see `ZipReader.stream`.
        """
        digest = hashlib.sha256()
        yield from self.reader.stream(self.members[path], digest, check_crc=False, raw=raw)
        self.check_sha256(path, digest.hexdigest())

    def check_sha256(self, path: str, sha256: str) -> None:
        """`PackageRejected` unless a payload file's SHA-256 is the manifest's."""
        if sha256 != self.manifest[path]:
            raise PackageRejected(
                f"{path}: SHA-256 does not match the manifest (damaged file)", code="damaged"
            )


def _read_tag(reader: ZipReader, base: str, name: str) -> bytes:
    member = reader.by_name.get(f"{base}/{name}")
    if member is None:
        raise PackageRejected(f"{name} is missing")
    return reader.read(member, MAX_SMALL_TAG_BYTES.get(name, MAX_TAG_FILE_BYTES))


def _base_dir(reader: ZipReader) -> str:
    bases = {m.name.split("/", 1)[0] for m in reader.members}
    if len(bases) != 1 or any("/" not in m.name for m in reader.members):
        raise PackageRejected("zip: the bag must be one folder holding every member")
    base = bases.pop()
    if not BASE_DIR_PATTERN.fullmatch(base):
        raise PackageRejected(f"zip: bag folder name {base[:40]!r} is not allowed")
    return base


def open_container(reader: ZipReader, kind: str) -> OpenContainer:
    """Check everything but the payload files' content (see `OpenContainer.payload_chunks`)."""
    base = _base_dir(reader)
    payload_members: dict[str, Member] = {}
    for member in reader.members:
        relative = member.name[len(base) + 1 :]
        if relative.startswith("data/"):
            payload_members[relative] = member
        elif relative not in TAG_FILES:
            raise PackageRejected(f"{relative[:80]}: a file that is not in the manifest")

    # Cheapest and most decisive first (docs/package-format.md, "Order of the checks"):
    # the two small signed-over files (at most 4 KiB each), then the signature, and only
    # then the payload manifest (up to 4 MiB) and the other tag files.
    for name in TAG_FILES:
        tag = reader.by_name.get(f"{base}/{name}")
        if tag is None:
            raise PackageRejected(f"{name} is missing")
        limit = MAX_SMALL_TAG_BYTES.get(name, MAX_TAG_FILE_BYTES)
        if tag.size > limit:
            raise PackageRejected(f"{name}: {tag.size} bytes; the limit is {limit}")
    signature = signing.parse_signature(_read_tag(reader, base, SIGNATURE), kind)
    tag_manifest_bytes = _read_tag(reader, base, TAG_MANIFEST)
    signing.verify_signature(signature, tag_manifest_bytes)

    tag_manifest = bag.parse_manifest(tag_manifest_bytes, TAG_MANIFEST)
    if set(tag_manifest) != set(SIGNED_TAG_FILES):
        raise PackageRejected(f"{TAG_MANIFEST}: must list {', '.join(SIGNED_TAG_FILES)}")
    tags = {}
    for name in SIGNED_TAG_FILES:
        tags[name] = _read_tag(reader, base, name)
        if hashlib.sha256(tags[name]).hexdigest() != tag_manifest[name]:
            raise PackageRejected(
                f"{name}: SHA-256 does not match the tag manifest", code="damaged"
            )
    if tags[BAGIT_TXT] != BAGIT_TXT_CONTENT:
        raise PackageRejected(f"{BAGIT_TXT}: not a BagIt 1.0 declaration in UTF-8")

    manifest = bag.parse_manifest(tags[MANIFEST], MANIFEST)
    for path in manifest:
        if not path.startswith("data/"):
            raise PackageRejected(f"{MANIFEST}: {path[:80]} is not a payload path")
        if path not in payload_members:
            raise PackageRejected(f"{path[:80]}: listed in the manifest but missing")
    for path in payload_members:
        if path not in manifest:
            raise PackageRejected(f"{path[:80]}: a file that is not in the manifest")

    info = bag.parse_bag_info(tags[BAG_INFO_TXT])
    expected = {
        "CDS-Format": FORMAT_NAME,
        "CDS-Kind": signature.kind,
        "CDS-Format-Version": str(signature.version),
        "Payload-Oxum": bag.payload_oxum(m.size for m in payload_members.values()),
    }
    for label, value in expected.items():
        if info.get(label) != value:
            raise PackageRejected(f"{BAG_INFO_TXT}: {label} is not {value}")
    return OpenContainer(reader, base, signature, info, manifest, payload_members)
