"""Reading a zip that may be hostile, without `zipfile`.

Python's `zipfile` accepts overlapping entries (CVE-2024-0450 is not fixed in 3.11.7),
prepended data, duplicate names and names that are unsafe on Windows, and trusts the
sizes the file declares. This reader parses the end record and central directory itself,
checks every local header against the directory and requires the entries to follow each
other without gaps or overlaps from offset 0 to the central directory. Names are checked
as text only; a name from the archive is never used as a file-system path.
"""

from __future__ import annotations

import copy
import os
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cds_desktop.packages.background import CHUNK, Hash
from cds_desktop.packages.format import (
    BAGIT_TXT,
    MAX_COMPRESSION_RATIO,
    MAX_ENTRIES,
    MAX_JSON_COMPRESSION_RATIO,
    MAX_NAME_BYTES,
    MAX_PACKAGE_FILE_BYTES,
    MAX_PAYLOAD_BYTES,
    RATIO_FREE_BYTES,
    PackageRejected,
)
from cds_desktop.packages.writer import (
    CENTRAL_HEADER,
    CENTRAL_SIGNATURE,
    DATA_DESCRIPTOR,
    DEFLATED,
    DESCRIPTOR_SIGNATURE,
    END_RECORD,
    END_SIGNATURE,
    FLAG_DATA_DESCRIPTOR,
    FLAG_UTF8,
    LOCAL_HEADER,
    LOCAL_SIGNATURE,
    STORED,
)

INFLATE_INPUT = 256 * 1024
ALLOWED_FLAGS = FLAG_DATA_DESCRIPTOR | FLAG_UTF8 | 0x0006  # bits 1-2: deflate level hints
WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{p}{n}" for p in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]]
)
WINDOWS_FORBIDDEN = set('<>:"|?*')
DRIVE = re.compile(r"^[A-Za-z]:")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
RawBlocks = Callable[[int, bytes], None]
"""Told each block read from the zip file: (offset in the file, bytes)."""


@dataclass(frozen=True)
class Member:
    """One entry of the zip, as its central directory and local header agree it is."""

    name: str
    method: int
    flags: int
    crc: int
    compressed_size: int
    size: int
    header_offset: int
    data_offset: int
    end_offset: int


def check_member_name(name: str) -> None:
    """Refuse names that could mean something else on some system, or escape a folder."""
    shown = repr(name[:80])
    if not name:
        raise PackageRejected("a member has an empty name")
    if CONTROL.search(name):
        raise PackageRejected(f"member {shown}: control character in its name")
    if "\\" in name:
        raise PackageRejected(f"member {shown}: backslash in its name")
    if name.startswith("/"):
        raise PackageRejected(f"member {shown}: absolute path")
    if DRIVE.match(name):
        raise PackageRejected(f"member {shown}: drive letter in its name")
    if name.endswith("/"):
        raise PackageRejected(f"member {shown}: directory entries are not allowed")
    for part in name.split("/"):
        if part in ("", ".", ".."):
            raise PackageRejected(f"member {shown}: '..', '.' or empty part in its path")
        if WINDOWS_FORBIDDEN.intersection(part):
            raise PackageRejected(f"member {shown}: character not allowed on Windows")
        if part.endswith((" ", ".")):
            raise PackageRejected(f"member {shown}: name part ends with a space or dot")
        if part.split(".")[0].upper().rstrip(" ") in WINDOWS_RESERVED:
            raise PackageRejected(f"member {shown}: reserved Windows name")


def require_regular_file(path: Path) -> os.stat_result:
    """`os.stat` of a file that may be a package; anything but a regular file is refused.

    Checked before the file is opened: opening a FIFO for reading waits for a writer for
    ever, and a device can be read for ever.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise PackageRejected(f"file {path.name} does not exist", code="unreadable") from None
    except OSError as exc:
        raise PackageRejected(
            f"cannot read {path.name}: {exc.strerror or exc}", code="unreadable"
        ) from None
    _require_regular(path, info)
    return info


def _require_regular(path: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise PackageRejected(f"{path.name} is a folder, not a package", code="unreadable")
    if not stat.S_ISREG(info.st_mode):
        raise PackageRejected(
            f"{path.name} is not a regular file (a pipe, device or socket), not a package",
            code="unreadable",
        )


def open_regular_file(path: Path) -> BinaryIO:
    """Open a package file for reading; never blocks, never opens anything but a file.

    The file is checked with `os.stat` first, then opened without blocking (POSIX
    `O_NONBLOCK`: a FIFO swapped in meanwhile does not hang) and checked again.
    """
    require_regular_file(path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise PackageRejected(f"file {path.name} does not exist", code="unreadable") from None
    except IsADirectoryError:
        raise PackageRejected(
            f"{path.name} is a folder, not a package", code="unreadable"
        ) from None
    except OSError as exc:
        raise PackageRejected(
            f"cannot read {path.name}: {exc.strerror or exc}", code="unreadable"
        ) from None
    try:
        _require_regular(path, os.fstat(descriptor))
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


class ZipReader:
    """A checked zip: `members` in file order; `read` and `stream` give their content."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: BinaryIO = open_regular_file(path)
        try:
            self.size = os.fstat(self._file.fileno()).st_size
            try:
                self.members = self._parse()
            except PackageRejected as exc:
                too_many = "the limit is" in str(exc)  # not listed again, even leniently
                if exc.code == "not_a_package":
                    raise PackageRejected(
                        f"{path.name} is not a CĐS Desktop package: {exc}", code="not_a_package"
                    ) from None
                if exc.code == "invalid" and not too_many and not self._looks_like_a_package():
                    raise PackageRejected(
                        f"{path.name} is not a CĐS Desktop package (.cdspkg) but a zip file "
                        f"of another kind ({exc}); choose the package file the unit exported",
                        code="not_a_package",
                    ) from None
                raise
            self.by_name = {m.name: m for m in self.members}
        except BaseException:
            self._file.close()
            raise

    def _looks_like_a_package(self) -> bool:
        """Whether a zip this reader refused holds a package's tag file at all: if not, it
        is some other zip (photos, documents) rather than a package that was tampered with.
        Only the names are listed (Python's zipfile, lenient), nothing is extracted, and
        only when the central directory passed its size budget (zipfile reads it whole)."""
        found = self._end_record_in_tail()
        if found is None:
            return True  # cannot tell: keep the precise refusal
        count, cd_size = found[1][4], found[1][5]
        if count > MAX_ENTRIES or cd_size > count * (CENTRAL_HEADER.size + MAX_NAME_BYTES):
            return True  # its directory is over budget: not worth a second look
        try:
            self._file.seek(0)
            with zipfile.ZipFile(self._file) as archive:
                names = archive.namelist()[:MAX_ENTRIES]
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            return True  # cannot tell (NotImplementedError: a "zip file version" it refuses)
        return any(name.rsplit("/", 1)[-1] == BAGIT_TXT for name in names)

    def __enter__(self) -> ZipReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    def twin(self) -> ZipReader:
        """The same checked zip on a handle of its own, so that another thread can stream
        members while this one does; refused if the path no longer names the same file."""
        handle = open_regular_file(self.path)
        mine, theirs = os.fstat(self._file.fileno()), os.fstat(handle.fileno())
        if (theirs.st_dev, theirs.st_ino, theirs.st_size) != (
            mine.st_dev,
            mine.st_ino,
            mine.st_size,
        ):
            handle.close()
            raise PackageRejected(
                f"{self.path.name} was replaced while it was being read; check it again",
                code="unreadable",
            )
        twin = copy.copy(self)
        twin._file = handle
        return twin

    def _read_at(self, offset: int, length: int) -> bytes:
        self._file.seek(offset)
        data = self._file.read(length)
        if len(data) != length:
            raise PackageRejected(
                "zip: truncated (a structure runs past the end of the file)", code="damaged"
            )
        return data

    def _refuse_other_files(self) -> None:
        """A file without a zip end record at its very end: another kind of file (a photo
        renamed .cdspkg), a zip with a comment (packages have none), or a truncated package."""
        if self._read_at(0, 4) != b"PK\x03\x04":
            raise PackageRejected(
                "not a zip file at all (a photo or document given the name of a package?)",
                code="not_a_package",
            )
        found = self._end_record_in_tail()
        if found is not None:
            after, record = found
            comment = record[-1]
            if comment and after + comment == min(self.size, END_RECORD.size + 0xFFFF):
                raise PackageRejected("zip: the archive ends with a comment; packages have none")

    def _end_record_in_tail(self) -> tuple[int, tuple[int, ...]] | None:
        """The last zip end record within the file's last 64 KiB (where a zip comment may
        push it), as (its end's offset in that tail, its fields); None if there is none."""
        tail_length = min(self.size, END_RECORD.size + 0xFFFF)
        tail = self._read_at(self.size - tail_length, tail_length)
        at = tail.rfind(END_SIGNATURE.to_bytes(4, "little"))
        if at < 0 or at + END_RECORD.size > len(tail):
            return None
        return at + END_RECORD.size, END_RECORD.unpack_from(tail, at)

    def _parse(self) -> list[Member]:
        if self.size > MAX_PACKAGE_FILE_BYTES:
            raise PackageRejected(
                f"zip: file is larger than the limit of {MAX_PACKAGE_FILE_BYTES} bytes"
            )
        if self.size < END_RECORD.size:
            raise PackageRejected(
                "zip: file is too short to be a package (truncated?)", code="damaged"
            )
        end = END_RECORD.unpack(self._read_at(self.size - END_RECORD.size, END_RECORD.size))
        signature, disk, cd_disk, on_disk, count, cd_size, cd_offset, comment = end
        if signature != END_SIGNATURE:
            self._refuse_other_files()
            raise PackageRejected(
                "zip: no end record at the end of the file (truncated?)", code="damaged"
            )
        if disk or cd_disk or on_disk != count or comment:
            raise PackageRejected("zip: multi-part archives and comments are not allowed")
        if count > MAX_ENTRIES:
            raise PackageRejected(f"zip: {count} entries; the limit is {MAX_ENTRIES}")
        if count == 0:
            raise PackageRejected("zip: the archive is empty")
        if cd_offset + cd_size != self.size - END_RECORD.size:
            raise PackageRejected("zip: central directory is not where the end record says")
        if cd_size > count * (CENTRAL_HEADER.size + MAX_NAME_BYTES):
            raise PackageRejected(
                f"zip: central directory of {cd_size} bytes is too large for {count} entries"
            )
        directory = self._read_at(cd_offset, cd_size)
        members: list[Member] = []
        seen: set[str] = set()
        folded: set[str] = set()
        position = 0
        total = 0
        for _ in range(count):
            member, position = self._central_entry(directory, position)
            if member.name in seen:
                raise PackageRejected(f"member {member.name[:80]!r}: duplicate name")
            if _fold(member.name) in folded:
                raise PackageRejected(
                    f"member {member.name[:80]!r}: duplicate name after case folding "
                    "or Unicode normalisation"
                )
            seen.add(member.name)
            folded.add(_fold(member.name))
            total += member.size
            if total > MAX_PAYLOAD_BYTES:
                raise PackageRejected(
                    f"zip: members declare more than {MAX_PAYLOAD_BYTES} bytes in total"
                )
            members.append(member)
        if position != cd_size:
            raise PackageRejected("zip: central directory has trailing data")
        members.sort(key=lambda m: m.header_offset)
        expected = 0
        for member in members:
            if member.header_offset != expected:
                raise PackageRejected(
                    f"member {member.name[:80]!r}: "
                    + (
                        "overlaps another entry"
                        if member.header_offset < expected
                        else "unlisted data before it"
                    )
                )
            expected = member.end_offset
        if expected != cd_offset:
            raise PackageRejected("zip: unlisted data before the central directory")
        return members

    def _central_entry(self, directory: bytes, position: int) -> tuple[Member, int]:
        if position + CENTRAL_HEADER.size > len(directory):
            raise PackageRejected("zip: central directory is truncated", code="damaged")
        (
            signature, made_by, _needed, flags, method, _time, _date, crc, compressed,
            size, name_length, extra_length, comment_length, disk, _internal, external,
            offset,
        ) = CENTRAL_HEADER.unpack_from(directory, position)  # fmt: skip
        if signature != CENTRAL_SIGNATURE:
            raise PackageRejected("zip: central directory is damaged", code="damaged")
        start = position + CENTRAL_HEADER.size
        raw_name = directory[start : start + name_length]
        end = start + name_length + extra_length + comment_length
        if end > len(directory):
            raise PackageRejected("zip: central directory is truncated", code="damaged")
        name = self._decode_name(raw_name, flags)
        shown = repr(name[:80])
        if extra_length or comment_length:
            raise PackageRejected(f"member {shown}: extra fields and comments are not allowed")
        if disk:
            raise PackageRejected(f"member {shown}: multi-part archives are not allowed")
        if flags & 0x0001:
            raise PackageRejected(f"member {shown}: encrypted members are not allowed")
        if flags & ~ALLOWED_FLAGS:
            raise PackageRejected(f"member {shown}: unsupported zip flags {flags:#06x}")
        if method not in (STORED, DEFLATED):
            raise PackageRejected(f"member {shown}: unsupported compression method {method}")
        self._check_file_type(shown, made_by, external)
        check_member_name(name)
        if method == STORED and compressed != size:
            raise PackageRejected(f"member {shown}: stored member with two different sizes")
        ratio = (
            MAX_JSON_COMPRESSION_RATIO
            if name.endswith((".json", ".txt"))
            else MAX_COMPRESSION_RATIO
        )
        if method == DEFLATED and size > RATIO_FREE_BYTES and size > compressed * ratio:
            raise PackageRejected(
                f"member {shown}: compression ratio above {ratio}:1 (a zip bomb?)"
            )
        data_offset, end_offset = self._local_header(
            shown, raw_name, offset, flags, method, crc, compressed, size
        )
        member = Member(name, method, flags, crc, compressed, size, offset, data_offset, end_offset)
        return member, end

    @staticmethod
    def _decode_name(raw: bytes, flags: int) -> str:
        if len(raw) > MAX_NAME_BYTES:
            raise PackageRejected(f"zip: a member name is longer than {MAX_NAME_BYTES} bytes")
        try:
            return raw.decode("utf-8" if flags & FLAG_UTF8 else "ascii")
        except UnicodeDecodeError:
            raise PackageRejected(
                f"member {raw[:80].decode('utf-8', 'replace')!r}: name is neither ASCII nor "
                "marked UTF-8"
            ) from None

    @staticmethod
    def _check_file_type(shown: str, made_by: int, external: int) -> None:
        if external & 0x10:  # MS-DOS directory attribute
            raise PackageRejected(f"member {shown}: directory entries are not allowed")
        if made_by >> 8 == 3:  # Unix: the high 16 bits are st_mode
            mode = external >> 16
            if stat.S_ISLNK(mode):
                raise PackageRejected(f"member {shown}: symbolic links are not allowed")
            if mode and not stat.S_ISREG(mode):
                raise PackageRejected(f"member {shown}: not a regular file")

    def _local_header(
        self,
        shown: str,
        raw_name: bytes,
        offset: int,
        flags: int,
        method: int,
        crc: int,
        compressed: int,
        size: int,
    ) -> tuple[int, int]:
        header = self._read_at(offset, LOCAL_HEADER.size) if offset < self.size else b""
        if len(header) != LOCAL_HEADER.size:
            raise PackageRejected(f"member {shown}: local header is missing")
        (
            signature, _needed, local_flags, local_method, _time, _date, local_crc,
            local_compressed, local_size, name_length, extra_length,
        ) = LOCAL_HEADER.unpack(header)  # fmt: skip
        if signature != LOCAL_SIGNATURE:
            raise PackageRejected(f"member {shown}: local header is damaged", code="damaged")
        if local_flags != flags or local_method != method:
            raise PackageRejected(f"member {shown}: local header disagrees with the directory")
        if extra_length:
            raise PackageRejected(f"member {shown}: extra fields are not allowed")
        if self._read_at(offset + LOCAL_HEADER.size, name_length) != raw_name:
            raise PackageRejected(f"member {shown}: local header names another file")
        data_offset = offset + LOCAL_HEADER.size + name_length
        end = data_offset + compressed
        if flags & FLAG_DATA_DESCRIPTOR:
            if (local_crc, local_compressed, local_size) != (0, 0, 0):
                raise PackageRejected(f"member {shown}: local header disagrees with the directory")
            descriptor = self._read_at(end, DATA_DESCRIPTOR.size)
            if DATA_DESCRIPTOR.unpack(descriptor) != (DESCRIPTOR_SIGNATURE, crc, compressed, size):
                raise PackageRejected(
                    f"member {shown}: data descriptor disagrees with the directory"
                )
            end += DATA_DESCRIPTOR.size
        elif (local_crc, local_compressed, local_size) != (crc, compressed, size):
            raise PackageRejected(f"member {shown}: local header disagrees with the directory")
        if end > self.size:
            raise PackageRejected(
                f"member {shown}: runs past the end of the file (truncated?)", code="damaged"
            )
        return data_offset, end

    def stream(
        self,
        member: Member,
        digest: Hash | None = None,
        check_crc: bool = True,
        raw: RawBlocks | None = None,
    ) -> Iterator[bytes]:
        """The member's content in chunks; its size (and CRC-32) are checked at the end.

        With `digest`, each chunk is also hashed. `check_crc=False` is for a caller that
        checks the content's SHA-256 against a signed manifest: the CRC then proves
        nothing more, and skipping it saves a pass over every payload byte. `raw(offset,
        block)` is told every block read from the file, as it was read (the importer
        hashes the whole package file from them).
        """
        crc = 0
        produced = 0
        shown = repr(member.name[:80])
        position = member.data_offset
        left = member.compressed_size
        if member.method == STORED:
            while left:
                self._file.seek(position)
                chunk = self._file.read(min(CHUNK, left))
                if not chunk:
                    raise PackageRejected(f"member {shown}: truncated", code="damaged")
                if raw is not None:
                    raw(position, chunk)
                position += len(chunk)
                left -= len(chunk)
                if check_crc:
                    crc = zlib.crc32(chunk, crc)
                if digest is not None:
                    digest.update(chunk)
                produced += len(chunk)
                yield chunk
        else:
            inflate = zlib.decompressobj(-15)
            while left or inflate.unconsumed_tail:
                if inflate.unconsumed_tail:
                    data = inflate.unconsumed_tail
                else:
                    self._file.seek(position)
                    data = self._file.read(min(INFLATE_INPUT, left))
                    if not data:
                        raise PackageRejected(f"member {shown}: truncated", code="damaged")
                    if raw is not None:
                        raw(position, data)
                    position += len(data)
                    left -= len(data)
                try:
                    out = inflate.decompress(data, member.size - produced + 1)
                except zlib.error:
                    raise PackageRejected(
                        f"member {shown}: compressed data is damaged", code="damaged"
                    ) from None
                produced += len(out)
                if produced > member.size:
                    raise PackageRejected(
                        f"member {shown}: larger than its declared size", code="damaged"
                    )
                if out:
                    if check_crc:
                        crc = zlib.crc32(out, crc)
                    if digest is not None:
                        digest.update(out)
                    yield out
                if inflate.eof:
                    break
            if not inflate.eof or left or inflate.unused_data:
                raise PackageRejected(f"member {shown}: compressed data is damaged", code="damaged")
        if produced != member.size:
            raise PackageRejected(
                f"member {shown}: size differs from the declared size", code="damaged"
            )
        if check_crc and crc != member.crc:
            raise PackageRejected(
                f"member {shown}: CRC-32 does not match (damaged file)", code="damaged"
            )

    def read(self, member: Member, limit: int) -> bytes:
        """A small member whole, after checking its declared size against `limit`."""
        if member.size > limit:
            raise PackageRejected(
                f"member {member.name[:80]!r}: {member.size} bytes; the limit is {limit}"
            )
        return b"".join(self.stream(member))
