"""One writer per store: an exclusive lock on a file beside the store (`.NAME.lock`), held for
the whole write and removed after it. The lock is an flock(2) lock, which the kernel drops
when its process dies, so the file a killed writer left is a stale lock that is never in the
way: the PID in the file is only there to name the holder in the error message."""
from __future__ import annotations

import errno
import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import InputError, KgError

POLL_SECONDS = 0.1
_held: dict[str, int] = {}  # lock files this process holds, with how many writes hold each


class StoreBusy(KgError):
    """Another process is writing the store."""


def lock_path(folder: Path) -> Path:
    """The lock file of the store in `folder` (beside it: the store folder itself is swapped)."""
    return folder.with_name(f".{folder.name}.lock")


@contextmanager
def writer_lock(store_dir: str, wait: float = 0.0) -> Iterator[None]:
    """Hold the store's write lock for the block; wait up to `wait` seconds for another writer
    to finish, then fail in one line. Re-entrant within a process (a build holds it across
    its reads of the store and its write). The lock file is removed when the write ends."""
    path = lock_path(Path(os.path.abspath(store_dir)))
    key = str(path)
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    fd = _acquire(path, store_dir, time.monotonic() + max(wait, 0.0), wait)
    _held[key] = 1
    try:
        yield
    finally:
        del _held[key]
        path.unlink(missing_ok=True)  # while still locked: a waiting writer then finds it gone and retries
        os.close(fd)


def _acquire(path: Path, store_dir: str, deadline: float, wait: float) -> int:
    """An open, locked descriptor on the lock file that `path` names now."""
    if not path.parent.is_dir():
        raise InputError(f"{store_dir}: directory {path.parent} does not exist")
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise KgError(f"{store_dir}: cannot create the lock file {path}: {exc.strerror}") from None
        if _locked(fd, store_dir) and _same_file(fd, path):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
            return fd
        holder = _holder(fd)
        os.close(fd)
        if time.monotonic() >= deadline:
            then = f"still busy after --wait {wait:g}" if wait > 0 else "try again when it has finished, or give --wait SECONDS"
            raise StoreBusy(f"{store_dir}: another kg process{holder} is writing this store; {then}")
        time.sleep(POLL_SECONDS)


def _locked(fd: int, store_dir: str) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            raise KgError(f"{store_dir}: cannot lock the store: {exc.strerror}") from None
        return False


def _same_file(fd: int, path: Path) -> bool:
    """Whether the locked file is still the one at `path` (its holder may have removed it)."""
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f" (pid {text})" if text.isdigit() else ""


# ---------------------------------------------------------------- readers of a swapped-away store
# A reader holds a shared lock on the CURRENT file of the store folder it opened; the lock moves
# with the folder when a writer swaps it away, and the writer removes the old folder only once
# it gets the lock exclusively, i.e. when the queries that opened it have finished. RocksDB opens
# table files lazily by path during a query: a file removed under a running query made oxigraph
# loop on the error until the reader ran out of memory (24 GB).
READERS_FILE = "CURRENT"


def hold_for_reading(pin: int) -> int | None:
    """A shared lock on the CURRENT file of the folder open as `pin` (its descriptor), or None
    when that folder holds no CURRENT (a writer removed it)."""
    try:
        fd = os.open(READERS_FILE, os.O_RDONLY, dir_fd=pin)
    except FileNotFoundError:
        return None
    fcntl.flock(fd, fcntl.LOCK_SH)  # waits only while a writer removes this very folder
    return fd


def wait_for_readers(folder: Path, seconds: float) -> int | None:
    """An exclusive lock on a swapped-away store's CURRENT file, taken once no reader holds it or
    after `seconds` (a reader past its own timeout is not waited for); None without the file."""
    try:
        fd = os.open(folder / READERS_FILE, os.O_RDONLY)
    except FileNotFoundError:
        return None
    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES) or time.monotonic() >= deadline:
                return fd
        time.sleep(POLL_SECONDS)
