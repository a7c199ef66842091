"""Stage 9: serialise quads deterministically and write them atomically."""
from __future__ import annotations

import errno
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from typing import Iterable

import pyoxigraph as ox

from ..errors import InputError, KgError
from .jsonld import compact_jsonld
from .vocab import PREFIXES

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
EXTENSIONS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nq", ".jsonld": "jsonld", ".json": "jsonld"}
QUAD_FORMATS = {"trig", "nq"}
_TYPE = str(ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))


def format_for(output: str | None, requested: str | None) -> str:
    """The output format: --format, else from OUT's extension, else Turtle."""
    if requested:
        return requested
    if output and output != "-":
        suffix = Path(output).suffix.lower()
        if suffix not in EXTENSIONS:
            raise InputError(f"{output}: unknown extension {suffix!r}; use --format ({', '.join(FORMATS)})")
        return EXTENSIONS[suffix]
    return "turtle"


def _order(q: ox.Quad):
    return (str(q.graph_name), str(q.subject), str(q.predicate) != _TYPE, str(q.predicate), str(q.object))


def serialise(quads: Iterable[ox.Quad], fmt: str, prefixes: dict[str, str]) -> bytes:
    """Bytes of the quads in `fmt`, sorted so the same quads always give the same bytes."""
    if fmt in QUAD_FORMATS:
        items = sorted(set(quads), key=_order)
    else:  # one graph: the union of the article graphs
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        items = sorted(triples, key=lambda t: _order(ox.Quad(t.subject, t.predicate, t.object)))
    if fmt == "jsonld":
        return compact_jsonld(items, prefixes)
    use_prefixes = prefixes if fmt in ("turtle", "trig") else None
    data = ox.serialize(items, format=FORMATS[fmt], prefixes=use_prefixes)
    return _sorted_prefix_lines(data) if fmt in ("turtle", "trig") else data


def _sorted_prefix_lines(data: bytes) -> bytes:
    """Put the @prefix header in a fixed order, whatever order the serialiser chose."""
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    return b"\n".join(sorted(lines[:n]) + lines[n:])


def write_build(result, fmt: str, output: str | None, prefixes: dict[str, str]) -> None:
    """Write a build (kg.pipeline.BuildResult): N-Triples and N-Quads stream block by block in
    the build's fixed order; Turtle, TriG and JSON-LD are sorted in memory first."""
    blocks = result.blocks(per_graph=fmt in QUAD_FORMATS)
    if fmt not in ("nt", "nq"):
        write_atomically(serialise((q for block in blocks for q in block), fmt, prefixes), output)
        return
    if fmt == "nt":
        items = (ox.Triple(q.subject, q.predicate, q.object) for block in blocks for q in block)
    else:
        items = (q for block in blocks for q in block)
    with _opened(output) as handle:
        ox.serialize(items, handle, FORMATS[fmt])


def graph_prefixes(base: str) -> dict[str, str]:
    """Prefixes for readable output: the vocabularies plus the instance namespaces."""
    return {**PREFIXES, "id": base, "art": base + "article/", "ev": base + "event/", "pos": base + "position/",
            "author": base + "author/"}


def write_atomically(data: bytes, output: str | None) -> None:
    """Write to OUT through a temporary file and a rename (stdout when OUT is None or '-')."""
    with _opened(output) as handle:
        handle.write(data)


def write_text(text: str, output: str | None = None) -> None:
    """Write text (UTF-8) to OUT or stdout, checked like every other output."""
    write_atomically(text.encode("utf-8"), output)


def check_not_an_input(output: str | None, inputs: Iterable[str]) -> None:
    """Refuse an OUT the run reads: one of the input files, or a .txt file in an input directory."""
    if output in (None, "-") or not Path(output).is_file():
        return
    target = Path(output).resolve()
    for arg in inputs:
        path = Path(arg)
        if arg == "-" or not path.exists():
            continue
        if path.is_dir():
            clash = target.suffix.lower() == ".txt" and target.is_relative_to(path.resolve())
        else:
            clash = os.path.samefile(path, target)
        if clash:
            raise InputError(f"{output}: is one of the inputs ({arg}); write the output to another file")


# Why a write failed, as users know it; anything else is given as the system says it.
_WRITE_ERRORS = {errno.ENOSPC: "disk full", errno.EDQUOT: "disk quota exceeded", errno.EROFS: "read-only file system",
                 errno.EPIPE: "broken pipe (the reading end was closed)", errno.EACCES: "permission denied",
                 errno.EPERM: "permission denied", errno.EFBIG: "file too large", errno.EIO: "input/output error"}

ONLY_IN_WRITES = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EPIPE, errno.EFBIG}  # errors no read gives


def write_failure(exc: OSError, target: str) -> KgError:
    """The one-line error for a failed write to `target` (a file name, or stdout)."""
    return KgError(f"{target}: cannot write: {_WRITE_ERRORS.get(exc.errno) or exc.strerror or exc}")


class _Checked:
    """A binary file on a descriptor whose writes are written whole or raise: a buffered write
    can stop short on a full disk and say nothing."""

    def __init__(self, fd: int):
        self.fd = fd

    def write(self, data) -> int:
        view = memoryview(data).cast("B")
        while view:
            written = os.write(self.fd, view)
            if written == 0:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            view = view[written:]
        return len(data)

    def flush(self) -> None:
        pass


@contextmanager
def _opened(output: str | None):
    """A handle on OUT (written atomically) or on stdout; a failed write is one KgError naming it."""
    if output not in (None, "-"):
        with _atomic_file(output) as handle:
            yield handle
        return
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # a stdout in memory (tests, embedding)
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        sys.stdout.flush()  # what was printed before comes first
        yield _Checked(fd)
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            silence_stdout()
        raise write_failure(exc, "stdout") from None


def silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null, so that exiting does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _umask() -> int:
    mask = os.umask(0)  # the only portable way to read it; set back at once
    os.umask(mask)
    return mask


@contextmanager
def _atomic_file(output: str):
    """A handle whose content replaces OUT only when the block ends without an error; a failed
    write (disk full, read-only) is one KgError, and an existing OUT is left as it was."""
    target = Path(output)
    if target.is_dir():
        raise InputError(f"{output}: is a directory")
    if not target.parent.exists():
        raise InputError(f"{output}: directory {target.parent} does not exist")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600: give the mode a plain open() would
            yield _Checked(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        kept = f"; {output} was left as it was" if target.exists() else ""
        raise KgError(f"{write_failure(exc, output)}{kept}") from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(tmp: str | None) -> None:
    if tmp:
        Path(tmp).unlink(missing_ok=True)
