"""The embedded store (pyoxigraph): load graph files all-or-nothing, idempotently."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from .errors import InputError, KgError

RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
               ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
               ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}


@dataclass(frozen=True)
class LoadReport:
    """What a load did: quads in the store before and after, and the files read."""

    files: tuple[str, ...]
    quads_read: int
    before: int
    after: int


def open_store(path: str, read_only: bool = False) -> ox.Store:
    """Open (or, when writing, create) the store in directory `path`."""
    folder = Path(path)
    if read_only and not folder.is_dir():
        raise InputError(f"{path}: no store here (make one with: kg load GRAPH... --store {path})")
    if not read_only and folder.exists() and not folder.is_dir():
        raise InputError(f"{path}: not a directory")
    try:
        return ox.Store.read_only(str(folder)) if read_only else ox.Store(str(folder))
    except OSError as exc:
        raise KgError(f"{path}: cannot open the store: {exc}") from None


def read_quads(path: str, graph: str | None = None) -> list[ox.Quad]:
    """Every quad of a graph file, parsed in full before anything is stored; triples go to
    `graph` (an IRI) or the default graph."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in RDF_FORMATS:
        raise InputError(f"{path}: unknown RDF file extension {suffix!r} (use {', '.join(sorted(RDF_FORMATS))})")
    if not file.is_file():
        raise InputError(f"{path}: no such file")
    target = _graph_node(graph) if graph else ox.DefaultGraph()
    try:
        quads = list(ox.parse(path=str(file), format=RDF_FORMATS[suffix]))
    except SyntaxError as exc:
        raise InputError(f"{path}: {exc.args[0] if exc.args else exc}") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: {exc}") from None
    if graph:
        quads = [ox.Quad(q.subject, q.predicate, q.object, target) for q in quads]
    return quads


def _graph_node(graph: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(graph)
    except ValueError:
        raise InputError(f"--graph: not a valid IRI: {graph!r}") from None


def load(paths: Iterable[str], store_dir: str, graph: str | None = None, replace: bool = False) -> LoadReport:
    """Load graph files into the store in one transaction: all files or none of them.
    With `replace`, the graphs the files fill are emptied first, in the same transaction."""
    paths = list(paths)
    quads = [q for path in paths for q in read_quads(path, graph)]
    return store_quads(quads, store_dir, replace, tuple(paths))


def store_quads(quads: list[ox.Quad], store_dir: str, replace: bool = False, files: tuple[str, ...] = ()) -> LoadReport:
    """Add quads to the store atomically (a set: adding twice changes nothing)."""
    store = open_store(store_dir)
    before = len(store)
    try:
        return _write(store, quads, replace, files, before)
    except OSError as exc:
        error = str(exc)  # raised below, outside this block, so that no traceback keeps the store open
    del store
    raise KgError(f"{store_dir}: the store could not be written, nothing was loaded: {error}")


# The store keeps each article's statements in its named graph and, for fast queries, their
# union in the default graph (Oxigraph answers union-of-graphs queries far more slowly).
UNION_OF_NAMED_GRAPHS = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def _with_union(quads: list[ox.Quad]) -> list[ox.Quad]:
    return quads + [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                    for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)]


def _write(store: ox.Store, quads: list[ox.Quad], replace: bool, files: tuple[str, ...], before: int) -> LoadReport:
    if replace:  # one SPARQL update: the drops, the inserts and the new union commit together
        graphs = sorted({str(q.graph_name) for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)})
        drops = [f"DROP SILENT GRAPH {g}" for g in graphs] + ["DROP SILENT DEFAULT"]
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
        store.update(" ;\n".join(drops + [f"INSERT DATA {{ {_as_insert_data(data)} }}", UNION_OF_NAMED_GRAPHS]))
    else:
        store.extend(_with_union(quads))  # one transaction
    store.flush()
    return LoadReport(files, len(quads), before, len(store))


def _as_insert_data(nquads: str) -> str:
    """N-Quads lines as the body of INSERT DATA (quads in named graphs wrapped in GRAPH blocks)."""
    default, named = [], {}
    for q in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS):
        triple = f"{q.subject} {q.predicate} {q.object} ."
        if isinstance(q.graph_name, ox.DefaultGraph):
            default.append(triple)
        else:
            named.setdefault(str(q.graph_name), []).append(triple)
    parts = default + [f"GRAPH {g} {{ {' '.join(ts)} }}" for g, ts in sorted(named.items())]
    return "\n".join(parts)
