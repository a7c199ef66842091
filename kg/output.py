"""Stage 9: serialise quads deterministically and write them atomically."""
from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from typing import Iterable

import pyoxigraph as ox

from .errors import InputError
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
    if output in (None, "-"):
        ox.serialize(items, sys.stdout.buffer, FORMATS[fmt])
        sys.stdout.buffer.flush()
        return
    with _atomic_file(output) as handle:
        ox.serialize(items, handle, FORMATS[fmt])


def graph_prefixes(base: str) -> dict[str, str]:
    """Prefixes for readable output: the vocabularies plus the instance namespaces."""
    return {**PREFIXES, "id": base, "art": base + "article/", "ev": base + "event/", "pos": base + "position/",
            "author": base + "author/"}


def write_atomically(data: bytes, output: str | None) -> None:
    """Write to OUT through a temporary file and a rename (stdout when OUT is None or '-')."""
    if output in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    with _atomic_file(output) as handle:
        handle.write(data)


def _umask() -> int:
    mask = os.umask(0)  # the only portable way to read it; set back at once
    os.umask(mask)
    return mask


@contextmanager
def _atomic_file(output: str):
    """A file handle whose content replaces OUT only when the block ends without an error."""
    target = Path(output)
    if target.is_dir():
        raise InputError(f"{output}: is a directory")
    if not target.parent.exists():
        raise InputError(f"{output}: directory {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600: give the mode a plain open() would
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
