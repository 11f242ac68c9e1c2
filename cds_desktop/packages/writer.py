"""A streaming zip writer: entries are written once, front to back, never seeked back.

Each entry has a local header without sizes (general-purpose flag bit 3), its data
(stored, or raw deflate), and a data descriptor with CRC-32 and sizes; the central
directory and end record follow. Because the output is strictly sequential, its SHA-256
can be computed while it is written. No extra fields, comments or zip64 records are
written (docs/package-format.md, "Zip container").
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from cds_desktop.packages.background import Hash

LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
CENTRAL_HEADER = struct.Struct("<IHHHHHHIIIHHHHHII")
DATA_DESCRIPTOR = struct.Struct("<IIII")
END_RECORD = struct.Struct("<IHHHHIIH")

LOCAL_SIGNATURE = 0x04034B50
CENTRAL_SIGNATURE = 0x02014B50
DESCRIPTOR_SIGNATURE = 0x08074B50
END_SIGNATURE = 0x06054B50

STORED = 0
DEFLATED = 8
FLAG_DATA_DESCRIPTOR = 0x0008
FLAG_UTF8 = 0x0800
VERSION_NEEDED = 20
VERSION_MADE_BY = (3 << 8) | 20  # Unix, zip 2.0: external attributes hold a file mode
REGULAR_FILE_MODE = 0o100644
DEFLATE_LEVEL = 6
LIMIT_32 = 0xFFFFFFFF


def dos_time(moment: dt.datetime) -> tuple[int, int]:
    """(time, date) fields of a zip header; zip has no time zone, so UTC is written."""
    t = moment.astimezone(dt.UTC)
    year = min(max(t.year, 1980), 2107)
    return (
        (t.hour << 11) | (t.minute << 5) | (t.second // 2),
        ((year - 1980) << 9) | (t.month << 5) | t.day,
    )


@dataclass(frozen=True)
class WrittenEntry:
    name: str
    method: int
    crc: int
    compressed_size: int
    size: int
    offset: int


class ZipWriter:
    """Writes a zip through `write(bytes)`; call `close()` to add the central directory."""

    def __init__(self, write: Callable[[bytes], object], moment: dt.datetime) -> None:
        self._write = write
        self._time, self._date = dos_time(moment)
        self.offset = 0
        self.entries: list[WrittenEntry] = []
        self._open: EntryWriter | None = None

    def emit(self, data: bytes) -> None:
        self._write(data)
        self.offset += len(data)
        if self.offset > LIMIT_32:
            raise ValueError("zip file past 4 GiB (zip64 is not part of the format)")

    def open_entry(self, name: str, compress: bool) -> EntryWriter:
        if self._open is not None:
            raise RuntimeError("an entry is still open")
        encoded = name.encode("utf-8")
        flags = FLAG_DATA_DESCRIPTOR | (0 if name.isascii() else FLAG_UTF8)
        method = DEFLATED if compress else STORED
        entry = EntryWriter(self, name, encoded, flags, method, self.offset)
        header = LOCAL_HEADER.pack(
            LOCAL_SIGNATURE, VERSION_NEEDED, flags, method, self._time, self._date,
            0, 0, 0, len(encoded), 0,
        )  # fmt: skip
        self.emit(header + encoded)
        self._open = entry
        return entry

    def write_entry(self, name: str, data: bytes, compress: bool) -> WrittenEntry:
        entry = self.open_entry(name, compress)
        entry.write(data)
        return entry.close()

    def _closed(self, entry: EntryWriter, written: WrittenEntry) -> None:
        self.emit(
            DATA_DESCRIPTOR.pack(
                DESCRIPTOR_SIGNATURE, written.crc, written.compressed_size, written.size
            )
        )
        self.entries.append(written)
        self._open = None

    def close(self) -> None:
        """Central directory and end record; the file is complete afterwards."""
        if self._open is not None:
            raise RuntimeError("an entry is still open")
        start = self.offset
        directory = bytearray()
        for e in self.entries:
            encoded = e.name.encode("utf-8")
            flags = FLAG_DATA_DESCRIPTOR | (0 if e.name.isascii() else FLAG_UTF8)
            directory += CENTRAL_HEADER.pack(
                CENTRAL_SIGNATURE, VERSION_MADE_BY, VERSION_NEEDED, flags, e.method,
                self._time, self._date, e.crc, e.compressed_size, e.size, len(encoded),
                0, 0, 0, 0, REGULAR_FILE_MODE << 16, e.offset,
            )  # fmt: skip
            directory += encoded
        self.emit(bytes(directory))
        count = len(self.entries)
        self.emit(END_RECORD.pack(END_SIGNATURE, 0, 0, count, count, len(directory), start, 0))


class EntryWriter:
    """The data of one entry; `close()` writes its data descriptor."""

    def __init__(
        self, zip_writer: ZipWriter, name: str, encoded: bytes, flags: int, method: int, offset: int
    ) -> None:
        self._zip = zip_writer
        self.name = name
        self.method = method
        self.offset = offset
        self._crc = 0
        self._size = 0
        self._compressed = 0
        self._deflate = (
            zlib.compressobj(DEFLATE_LEVEL, zlib.DEFLATED, -15) if method == DEFLATED else None
        )

    def write(self, data: bytes, digest: Hash | None = None) -> None:
        """Add data; with `digest`, also hash it."""
        self._crc = zlib.crc32(data, self._crc)
        if digest is not None:
            digest.update(data)
        self._size += len(data)
        if self._size > LIMIT_32:
            raise ValueError("zip entry past 4 GiB")
        out = data if self._deflate is None else self._deflate.compress(data)
        if out:
            self._compressed += len(out)
            self._zip.emit(out)

    def close(self) -> WrittenEntry:
        if self._deflate is not None:
            tail = self._deflate.flush()
            self._compressed += len(tail)
            self._zip.emit(tail)
        written = WrittenEntry(
            self.name, self.method, self._crc, self._compressed, self._size, self.offset
        )
        self._zip._closed(self, written)
        return written
