"""Work done on worker threads beside the thread that reads: hashing and writing.

`hashlib` and file writes release the GIL for large buffers, so on a machine with two
cores the package file's own SHA-256 and the disk writes overlap with the work of the
reading thread (docs/benchmarks.md, "Packages"). Work is handed over in batches of a few
MiB (a few hundred hand-offs per GiB, not thousands), and every queue is bounded in
bytes, so memory stays flat whatever the package size.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Protocol

CHUNK = 8 * 1024 * 1024
"""Largest piece read, hashed or written at once."""
BATCH = 4 * 1024 * 1024
"""Bytes gathered before they are handed to a worker thread."""
MAX_PENDING = 16 * 1024 * 1024
"""Bytes a worker may have queued before the producer waits."""
_IOV_MAX = 1024


class Hash(Protocol):
    def update(self, data: bytes, /) -> None: ...


def write_all(handle: BinaryIO, buffers: Sequence[bytes]) -> None:
    """Write every buffer, in order, to an unbuffered file (one `writev` where there is one)."""
    fd = handle.fileno()
    views = collections.deque(memoryview(b) for b in buffers if len(b))
    writev = getattr(os, "writev", None)  # POSIX only
    while views:
        if writev is not None and len(views) > 1:
            written = writev(fd, list(views)[:_IOV_MAX])
        else:
            written = os.write(fd, views[0])
        while written:
            if written >= len(views[0]):
                written -= len(views.popleft())
            else:
                views[0] = views[0][written:]
                written = 0


class Worker:
    """Runs submitted calls in order on one thread; the producer waits past `limit` bytes.

    The first error is kept and raised by the next `submit` or `drain`; later calls are
    skipped (whoever owns a file handle closes it, even after an error).
    """

    def __init__(self, name: str, limit: int = MAX_PENDING) -> None:
        self._limit = limit
        self._items: collections.deque[tuple[Callable[..., Any] | None, tuple[Any, ...], int]]
        self._items = collections.deque()
        self._pending = 0
        self._submitted = 0
        self._completed = 0
        self._error: BaseException | None = None
        self._condition = threading.Condition()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        condition = self._condition
        while True:
            with condition:
                while not self._items:
                    condition.wait()
                function, args, size = self._items.popleft()
            if function is None:
                return
            if self._error is None:
                try:
                    function(*args)
                except BaseException as exc:  # kept, raised in the producer's thread
                    self._error = exc
            with condition:
                self._pending -= size
                self._completed += 1
                condition.notify_all()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def submit(self, function: Callable[..., Any], *args: Any, size: int = 0) -> None:
        """Queue `function(*args)`; `size` is the bytes it holds (for the limit)."""
        if self._stopped:
            raise RuntimeError("the worker thread has been stopped")
        with self._condition:
            while self._pending > self._limit and self._error is None:
                self._condition.wait()
            self._raise()
            self._items.append((function, args, size))
            self._pending += size
            self._submitted += 1
            self._condition.notify_all()

    def drain(self) -> None:
        """Wait until everything submitted so far is done; raise the first error."""
        with self._condition:
            target = self._submitted
            while self._completed < target:
                self._condition.wait()
        self._raise()

    def stop(self, discard: bool = False) -> None:
        """End the thread after the queued calls (`discard`: without running them)."""
        if not self._stopped:
            self._stopped = True
            with self._condition:
                if discard:
                    self._items.clear()
                self._items.append((None, (), 0))
                self._condition.notify_all()
            self._thread.join()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def _update_all(digest: Hash, buffers: Sequence[bytes]) -> None:
    for buffer in buffers:
        digest.update(buffer)


DROP_STEP = 32 * 1024 * 1024


def drop_cached(handle: BinaryIO, offset: int, length: int) -> None:
    """Tell the OS that a file's range will not be read again soon, where it can be told
    (`posix_fadvise`; not on Windows). On Linux this also starts writing dirty pages
    back, and drops the ones already written, so the memory is reused for the next
    writes instead of the cache growing by the whole file (docs/benchmarks.md)."""
    if hasattr(os, "posix_fadvise") and length > 0:
        _dont_need(handle.fileno(), offset, length)


def _dont_need(fd: int, offset: int, length: int) -> None:
    """A hint only: an error (none is expected for a regular file) changes nothing."""
    with contextlib.suppress(OSError):
        os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)


class BackgroundWriter:
    """Writes a file front to back on a worker thread and, with `sha256`, computes its
    SHA-256 on another, so the thread that reads only reads.

    `write()` gathers buffers into batches of `BATCH` bytes for the threads. `finish()`
    writes the rest, fsyncs and returns the digest ("" without `sha256`). With
    `drop_cache`, the written pages are released as they reach the disk.
    """

    def __init__(self, handle: BinaryIO, drop_cache: bool = False, sha256: bool = True) -> None:
        self._handle = handle
        self._digest = hashlib.sha256()
        self._batch: list[bytes] = []
        self._batched = 0
        self._hasher = Worker("file-sha256") if sha256 else None
        self._writer = Worker("writer")
        self._drop_cache = drop_cache
        self._written = 0
        self._kicked = 0
        self._dropped = 0

    def _write(self, batch: list[bytes], size: int) -> None:
        """On the writer thread."""
        write_all(self._handle, batch)
        self._written += size
        if self._drop_cache and self._written - self._kicked >= DROP_STEP:
            # Starts the write-back of the new pages; drops those kicked last time.
            drop_cached(self._handle, self._dropped, self._written - self._dropped)
            self._dropped, self._kicked = self._kicked, self._written

    def write(self, data: bytes) -> None:
        if not len(data):
            return
        self._batch.append(data)
        self._batched += len(data)
        if self._batched >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            batch, size = self._batch, self._batched
            self._batch, self._batched = [], 0
            if self._hasher is not None:
                self._hasher.submit(_update_all, self._digest, batch, size=size)
            self._writer.submit(self._write, batch, size, size=size)

    def _sync(self) -> None:
        """On the writer thread: fsync, then release the pages still cached."""
        os.fsync(self._handle.fileno())
        if self._drop_cache:
            drop_cached(self._handle, self._dropped, self._written - self._dropped)

    def finish(self, sync: bool = True) -> str:
        """Write and hash what is left, fsync the file (unless not `sync`: a file only
        read again at once, then deleted); its SHA-256 (hex), or ""."""
        self._flush()
        if sync:
            self._writer.submit(self._sync)
        self._writer.drain()
        if self._hasher is None:
            return ""
        self._hasher.drain()
        return self._digest.hexdigest()

    def close(self) -> None:
        """Stop the threads (after an error too); the caller closes the file."""
        self._writer.stop(discard=True)
        if self._hasher is not None:
            self._hasher.stop(discard=True)

    def __enter__(self) -> BackgroundWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class FileSha256:
    """The SHA-256 of a whole file, computed on a worker thread from bytes read only once.

    The thread that verifies the file hands over the blocks it reads, `feed(offset,
    data)`, in increasing order of offset; the worker hashes them and reads the bytes in
    between (zip headers, the members not fed) and, at `result()`, the rest of the file
    itself. So the package is read once for both SHA-256 passes it needs, and the digest
    is the one of the very bytes that were verified.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle: BinaryIO | None = None
        self._digest = hashlib.sha256()
        self._position = 0
        self._broken = False
        self._result: str | None = None
        self._pieces: list[bytes | tuple[int, int]] = []
        self._batched = 0
        self._worker = Worker("file-sha256")

    def _hash_range(self, start: int, end: int | None) -> None:
        """On the worker: hash the file's bytes from `start` to `end` (None: to its end)."""
        if self._handle is None:
            self._handle = self._path.open("rb", buffering=0)
        self._handle.seek(start)
        left = -1 if end is None else end - start
        while left:
            chunk = self._handle.read(CHUNK if left < 0 else min(CHUNK, left))
            if not chunk:
                if end is None:
                    return
                raise OSError("the file became shorter while it was read")
            self._digest.update(chunk)
            left -= len(chunk) if left > 0 else 0

    def _hash_pieces(self, pieces: list[bytes | tuple[int, int]]) -> None:
        """On the worker: hash blocks handed over and ranges to read, in order."""
        for piece in pieces:
            if isinstance(piece, tuple):
                self._hash_range(*piece)
            else:
                self._digest.update(piece)

    def feed(self, offset: int, data: bytes) -> None:
        """`data` was read at `offset` of the file (at or after the previous block's end)."""
        if self._result is not None:
            return
        if self._broken or offset < self._position:
            self._broken = True  # the caller went back: `result()` hashes the whole file
            return
        if offset > self._position:
            self._pieces.append((self._position, offset))
        self._pieces.append(data)
        self._batched += len(data)
        self._position = offset + len(data)
        if self._batched >= BATCH:
            self._flush()

    def _flush(self) -> None:
        pieces, size = self._pieces, self._batched
        self._pieces, self._batched = [], 0
        try:
            self._worker.submit(self._hash_pieces, pieces, size=size)
        except OSError:
            self._broken = True

    def result(self) -> str:
        """The hex digest, or "" if the file could not be read."""
        if self._result is not None:
            return self._result
        self._result = ""
        try:
            if self._broken:
                self._worker.drain()
                self._digest = hashlib.sha256()
                self._position = 0
            else:
                self._flush()
            self._worker.submit(self._hash_range, self._position, None)
            self._worker.drain()
            self._result = self._digest.hexdigest()
        except OSError:
            pass
        finally:
            self.cancel()
        return self._result

    def cancel(self) -> None:
        self._worker.stop(discard=True)
        if self._handle is not None:
            self._handle.close()
