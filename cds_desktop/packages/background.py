"""Work done on a second thread beside the thread that reads: hashing, CRC-32 and writing.

`hashlib`, `zlib.crc32` and file writes release the GIL, so on a machine with two cores
the package file's own SHA-256, each member's CRC-32 and the disk writes overlap with
the per-member SHA-256 that verification must compute anyway (docs/benchmarks.md).
Queues are bounded, so memory stays flat whatever the package size.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, Protocol

CHUNK = 1024 * 1024
PARALLEL_MIN = 64 * 1024
_DONE = b""


class Hash(Protocol):
    def update(self, data: bytes, /) -> None: ...


@cache
def _crc_pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="crc32")


def crc32_and_hash(data: bytes, crc: int, digest: Hash) -> int:
    """`digest.update(data)` here while CRC-32 runs on another thread; the new CRC."""
    if len(data) < PARALLEL_MIN:
        digest.update(data)
        return zlib.crc32(data, crc)
    future = _crc_pool().submit(zlib.crc32, data, crc)
    digest.update(data)
    return future.result()


class BackgroundSha256:
    """`update()` hands bytes to a worker thread; `hexdigest()` waits for it to finish."""

    def __init__(self, max_pending: int = 16) -> None:
        self._hash = hashlib.sha256()
        self._queue: queue.Queue[bytes] = queue.Queue(max_pending)
        self._thread = threading.Thread(target=self._run, name="sha256", daemon=True)
        self._thread.start()
        self._finished = False

    def _run(self) -> None:
        while chunk := self._queue.get():
            self._hash.update(chunk)

    def update(self, data: bytes) -> None:
        if data:
            self._queue.put(data)

    def hexdigest(self) -> str:
        self.close()
        return self._hash.hexdigest()

    def close(self) -> None:
        if not self._finished:
            self._finished = True
            self._queue.put(_DONE)
            self._thread.join()

    def __enter__(self) -> BackgroundSha256:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class FileSha256:
    """The SHA-256 of a whole file, read and hashed on a worker thread."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._result: str | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="file-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        digest = hashlib.sha256()
        try:
            with self._path.open("rb", buffering=0) as handle:
                while not self._stop.is_set() and (chunk := handle.read(CHUNK)):
                    digest.update(chunk)
        except OSError:
            return
        if not self._stop.is_set():
            self._result = digest.hexdigest()

    def result(self) -> str:
        """The hex digest, or "" if the file could not be read."""
        self._thread.join()
        return self._result or ""

    def cancel(self) -> None:
        self._stop.set()
        self._thread.join()


class BackgroundWriter:
    """Writes, and fsync-and-close, run in order on a worker thread.

    The first error (e.g. disk full) is kept and raised by the next call; later writes
    are skipped, but handles are still closed.
    """

    def __init__(self, max_pending: int = 32) -> None:
        self._queue: queue.Queue[tuple[str, Any, Any]] = queue.Queue(max_pending)
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="writer", daemon=True)
        self._thread.start()
        self._stopped = False

    def _run(self) -> None:
        while True:
            op, handle, data = self._queue.get()
            try:
                if op == "write" and self._error is None:
                    view = memoryview(data)
                    while view:
                        view = view[handle.write(view) or 0 :]
                elif op in ("finish", "close"):
                    try:
                        if self._error is None and op == "finish":
                            handle.flush()
                            os.fsync(handle.fileno())
                    finally:
                        handle.close()
                elif op == "barrier":
                    data.set()
                elif op == "stop":
                    return
            except OSError as exc:
                self._error = self._error or exc

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def write(self, handle: BinaryIO, data: bytes) -> None:
        self._raise()
        self._queue.put(("write", handle, data))

    def finish(self, handle: BinaryIO) -> None:
        """After the queued writes: flush, fsync and close `handle`."""
        self._queue.put(("finish", handle, None))

    def close(self, handle: BinaryIO) -> None:
        """After the queued writes: close `handle` (no fsync; see `fsync_files`)."""
        self._queue.put(("close", handle, None))

    def drain(self) -> None:
        """Wait until everything queued is done; raise the first error if there was one."""
        done = threading.Event()
        self._queue.put(("barrier", None, done))
        done.wait()
        self._raise()

    def stop(self) -> None:
        if not self._stopped:
            self._stopped = True
            self._queue.put(("stop", None, None))
            self._thread.join()

    def __enter__(self) -> BackgroundWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_files(paths: list[Path], workers: int = 8) -> None:
    """fsync many files at once: the file system commits them together (far faster than
    one after the other, each waiting for its own journal commit)."""
    if not paths:
        return
    with ThreadPoolExecutor(max_workers=min(workers, len(paths))) as pool:
        for _ in pool.map(_fsync_path, paths):
            pass
