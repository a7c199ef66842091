"""The embedded store (pyoxigraph): load graph files at bulk-load speed, all-or-nothing, idempotently.

Oxigraph's bulk loaders are fast but not transactional. Every write here therefore goes to a
copy of the store made beside it (a RocksDB checkpoint: hard links, no copying), and the copy
is swapped in by renames only when the write has finished. A failed or interrupted write leaves
the store as it was; a crash between the two renames is undone the next time the store is opened.
One process writes a store at a time (kg.store.storelock); readers go on during a write. A folder that
is not a store is never written to, nor swapped away.
"""
from __future__ import annotations

import gc
import os
import re
import shutil
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

import pyoxigraph as ox

from ..errors import InputError, KgError
from .storelock import StoreBusy, hold_for_reading, wait_for_readers, writer_lock

RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
               ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
               ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}
T = TypeVar("T")


@dataclass(frozen=True)
class LoadReport:
    """What a load did: quads in the store before and after, and the files read."""

    files: tuple[str, ...]
    quads_read: int
    before: int
    after: int


# ---------------------------------------------------------------- what is a store

# The files RocksDB (Oxigraph's storage) keeps in a store folder. A folder holding anything else
# is not a store: kg neither writes into it nor swaps it away (the swap would lose what is there).
_STORE_FILE = re.compile(r"(CURRENT|IDENTITY|LOCK|LOG(\.old\.\d+)?|MANIFEST-\d+|OPTIONS-\d+|\d+\.(log|sst|blob|dbtmp))(\.dbtmp)?")


def _foreign(folder: Path) -> list[str]:
    return sorted(p.name + ("/" if p.is_dir() else "") for p in folder.iterdir()
                  if p.is_dir() or not _STORE_FILE.fullmatch(p.name))


def check_store_folder(path: str) -> None:
    """Refuse a folder that is neither missing, nor empty, nor an Oxigraph store."""
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{path}: not a directory")
    if not folder.is_dir() or not any(folder.iterdir()):
        return
    foreign = _foreign(folder)
    if foreign or not (folder / "CURRENT").is_file():
        shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        raise InputError(f"{path}: not an Oxigraph store" + (f" (it holds {shown})" if foreign else "") +
                         "; give a new or empty folder, or an existing store")


# ---------------------------------------------------------------- opening and staging

# A write stages its copy in `.NAME.staging-PID/store`, a folder kg makes and marks; the swap moves
# the old store to `.../previous` and the copy into place. Only marked folders are ever removed.
MARK = ".kg-staging"
SETTLE_SECONDS = 10.0  # how long a reader waits for a writer to finish its swap
OPEN_TRIES = 5  # how often a reader opens a store that writers keep swapping under it
READERS_WAIT_SECONDS = 60.0  # how long a writer waits for the readers of the store it swapped away


def _stagings(folder: Path) -> list[Path]:
    return sorted(p for p in folder.parent.glob(f".{folder.name}.staging-*") if (p / MARK).is_file())


def _make_staging(folder: Path) -> Path:
    staging = folder.with_name(f".{folder.name}.staging-{os.getpid()}")
    _discard(staging)
    staging.mkdir()
    (staging / MARK).touch()
    return staging


def _discard(staging: Path) -> None:
    if (staging / MARK).is_file():
        shutil.rmtree(staging, ignore_errors=True)


def _recover(folder: Path) -> None:
    """With the write lock held: undo a swap that a crash cut between its two renames, and drop
    the copies dead writers left (no live writer can be at work: it would hold the lock)."""
    for staging in _stagings(folder):
        if not folder.exists() and (staging / "previous").is_dir():
            os.rename(staging / "previous", folder)
        _discard(staging)


def _settle(folder: Path, path: str) -> None:
    """A reader that finds the store's old copy beside a missing store: a writer is between its
    two renames (wait for it) or died there (undo its swap)."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while not folder.exists() and any((s / "previous").is_dir() for s in _stagings(folder)):
        try:
            with writer_lock(path):
                _recover(folder)
        except StoreBusy:
            if time.monotonic() > deadline:
                return
            time.sleep(0.02)


@contextmanager
def reading_store(path: str) -> Iterator[ox.Store]:
    """The store in directory `path`, opened for reading while writers may swap it: the folder it
    opened is kept until the block ends (on an error it is kept to the process's end: a query
    given up on by --timeout may still be reading it)."""
    folder = Path(os.path.abspath(path))
    store, held = _open_read_only(folder, path)
    yield store
    _release(held)


def _open_read_only(folder: Path, path: str) -> tuple[ox.Store, tuple[int, ...]]:
    """The store opened for reading, and the descriptors that keep its folder. The folder is
    opened by a descriptor, held (storelock.hold_for_reading) and opened as /proc/self/fd/N, a
    name that goes on naming it after a writer swaps it away. Where /proc is missing, an open
    during which the folder changed is dropped and done again."""
    for _ in range(OPEN_TRIES):
        _settle(folder, path)
        check_store_folder(path)
        before = _identity(folder)
        if before is None:
            raise InputError(f"{path}: no store here (make one with: kg load GRAPH... --store {path})")
        held = _hold(folder, before)
        if held is None:
            continue  # swapped between the look and the hold
        store, error = None, None
        try:
            store = ox.Store.read_only(f"/proc/self/fd/{held[0]}" if held else str(folder))
        except (OSError, RuntimeError) as exc:
            error = exc
        if held or _identity(folder) == before:
            if store is None:
                _release(held)
                raise KgError(f"{path}: cannot open the store: {error}")
            return store, held
        del store
    raise KgError(f"{path}: cannot open the store: writers replaced it {OPEN_TRIES} times while it was being opened")


def _hold(folder: Path, identity: int) -> tuple[int, ...] | None:
    """(folder descriptor, held CURRENT) while that folder is still the store; () where
    /proc/self/fd is missing (nothing held); None when a writer swapped the folder meanwhile."""
    if not Path("/proc/self/fd").is_dir():
        return ()
    try:
        pin = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        return None
    hold = hold_for_reading(pin)
    if hold is None or os.fstat(pin).st_ino != identity or _identity(folder) != identity:
        _release((pin,) if hold is None else (pin, hold))
        return None
    return pin, hold


def _release(held: tuple[int, ...]) -> None:
    for fd in held:
        os.close(fd)


def _identity(folder: Path) -> int | None:
    try:
        return folder.stat().st_ino
    except FileNotFoundError:
        return None


def write_store(store_dir: str, write: Callable[[ox.Store], T], wait: float = 0.0) -> T:
    """Run `write` on a copy of the store and swap the copy in when it returns: all or nothing,
    one writer at a time (others wait up to `wait` seconds). `write` may use the fast,
    non-transactional bulk loaders; it must not keep the store."""
    folder = Path(os.path.abspath(store_dir))
    if not folder.parent.is_dir():
        raise InputError(f"{store_dir}: directory {folder.parent} does not exist")
    check_store_folder(store_dir)
    with writer_lock(store_dir, wait):
        _recover(folder)
        check_store_folder(store_dir)
        staging = _make_staging(folder)
        error = None
        try:
            if folder.is_dir() and any(folder.iterdir()):
                original = ox.Store.read_only(str(folder))  # never opened for writing: readers may be opening it
                original.backup(str(staging / "store"))
                del original
            store = ox.Store(str(staging / "store"))  # a first store is made aside too: a failed load leaves no folder
            outcome = write(store)
            store.flush()
            del store
            gc.collect()  # the copy must be closed before it is renamed
            _swap(staging, folder)
            return outcome
        except OSError as exc:
            error = str(exc)  # raised below, outside this block, so that no traceback keeps a store open
        finally:
            readers_gone = wait_for_readers(staging / "previous", READERS_WAIT_SECONDS)  # the old store's
            _discard(staging)  # readers finish their queries before it is removed
            if readers_gone is not None:
                os.close(readers_gone)
    raise KgError(f"{store_dir}: the store could not be written, nothing was loaded: {error}")


def _swap(staging: Path, folder: Path) -> None:
    """The copy takes the store's place; the old store goes into the staging folder, removed after."""
    if folder.exists():
        os.rename(folder, staging / "previous")
    os.rename(staging / "store", folder)


# ---------------------------------------------------------------- reading files

def _format_of(path: str) -> ox.RdfFormat:
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in RDF_FORMATS:
        raise InputError(f"{path}: unknown RDF file extension {suffix!r} (use {', '.join(sorted(RDF_FORMATS))})")
    if not file.is_file():
        raise InputError(f"{path}: no such file")
    return RDF_FORMATS[suffix]


def _graph_node(graph: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(graph)
    except ValueError:
        raise InputError(f"--graph: not a valid IRI: {graph!r}") from None


def _parse_error(path: str, exc: Exception) -> InputError:
    if isinstance(exc, SyntaxError):
        return InputError(f"{path}: {exc.args[0] if exc.args else exc}")
    return InputError(f"{path}: {exc}")


def _parsed(path: str, graph: str | None) -> Iterator[ox.Quad]:
    target = _graph_node(graph) if graph else None
    try:
        for q in ox.parse(path=path, format=_format_of(path)):
            yield ox.Quad(q.subject, q.predicate, q.object, target) if target else q
    except (SyntaxError, ValueError) as exc:
        raise _parse_error(path, exc) from None


def read_quads(path: str, graph: str | None = None) -> list[ox.Quad]:
    """Every quad of a graph file, parsed in full; triples go to `graph` (an IRI) or the default graph."""
    return list(_parsed(path, graph))


# ---------------------------------------------------------------- loading

# The store keeps each article's statements in its named graph and, for fast queries, their
# union in the default graph (Oxigraph answers union-of-graphs queries far more slowly).
def _union(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    default = ox.DefaultGraph()
    for q in quads:
        if not isinstance(q.graph_name, ox.DefaultGraph):
            yield ox.Quad(q.subject, q.predicate, q.object, default)


def _with_union(quads: list[ox.Quad]) -> list[ox.Quad]:
    return quads + list(_union(quads))


def _side_by_side(*jobs: Callable[[], None]) -> None:
    """Run the jobs in threads (pyoxigraph's loaders release the GIL); raise the first error."""
    errors: list[BaseException] = []

    def run(job):
        try:
            job()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            errors.append(exc)
    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def load(paths: Iterable[str], store_dir: str, graph: str | None = None, replace: bool = False,
         wait: float = 0.0) -> LoadReport:
    """Load graph files into the store: all files or none of them, at bulk-load speed. With
    `replace`, the graphs the files fill (and the default graph) are emptied first."""
    paths = tuple(paths)
    formats = [_format_of(path) for path in paths]  # every name checked before any work
    target = _graph_node(graph) if graph else None

    def fill(store: ox.Store) -> LoadReport:
        before, read = len(store), [0]
        if replace:
            _empty_graphs(store, paths, graph)
        for path, fmt in zip(paths, formats):
            def bulk_load(path=path, fmt=fmt):
                try:
                    store.bulk_load(path=path, format=fmt, to_graph=target)
                except (SyntaxError, ValueError) as exc:
                    raise _parse_error(path, exc) from None
            # the engine loads the file while this thread parses it again for the union and the count
            _side_by_side(bulk_load, lambda path=path: store.bulk_extend(_union(_counting(_parsed(path, graph), read))))
        if replace:
            store.bulk_extend(_union(list(store.quads_for_pattern(None, None, None, None))))
        return LoadReport(paths, read[0], before, len(store))
    return write_store(store_dir, fill, wait)


def _counting(quads: Iterable[ox.Quad], tally: list[int]) -> Iterator[ox.Quad]:
    for q in quads:
        tally[0] += 1
        yield q


def _empty_graphs(store: ox.Store, paths: tuple[str, ...], graph: str | None) -> None:
    """Drop the named graphs the files fill and the default graph (the union is rebuilt after)."""
    names = {graph} if graph else {q.graph_name.value for path in paths for q in _parsed(path, None)
                                   if isinstance(q.graph_name, ox.NamedNode)}
    for name in sorted(names):
        store.clear_graph(ox.NamedNode(name))
    store.clear_graph(ox.DefaultGraph())


def store_quads(quads: list[ox.Quad], store_dir: str, files: tuple[str, ...] = ()) -> LoadReport:
    """Add quads (and their union in the default graph) to the store atomically; adding twice changes nothing."""
    def fill(store: ox.Store) -> LoadReport:
        before = len(store)
        _side_by_side(lambda: store.bulk_extend(quads), lambda: store.bulk_extend(_union(quads)))
        return LoadReport(files, len(quads), before, len(store))
    return write_store(store_dir, fill)
