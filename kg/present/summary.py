"""A short human-readable summary of a graph: what it holds, and who holds which office."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from ..errors import InputError
from ..graph.output import EXTENSIONS, FORMATS
from ..graph.vocab import NKG, RDFS

_COUNTS = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class . FILTER(STRSTARTS(STR(?class), STR(nkg:))) }
GROUP BY ?class ORDER BY DESC(?n) ?class
"""
_OFFICES = """
SELECT DISTINCT ?person ?title ?of WHERE {  # in TriG an office is told by each of its articles
  ?p nkg:holds ?pos ; rdfs:label ?person . ?pos rdfs:label ?title .
  OPTIONAL { ?pos nkg:of/rdfs:label ?of }
} ORDER BY ?person ?title ?of
"""


def load_store(paths: Iterable[str]) -> ox.Store:
    """An in-memory pyoxigraph store holding the given graph files."""
    store = ox.Store()
    for path in paths:
        suffix = Path(path).suffix.lower()
        if suffix not in EXTENSIONS:
            raise InputError(f"{path}: unknown RDF file extension {suffix!r}")
        try:
            store.bulk_load(path=path, format=FORMATS[EXTENSIONS[suffix]], to_graph=ox.DefaultGraph())
        except (OSError, SyntaxError, ValueError) as exc:
            raise InputError(f"{path}: {exc}") from None
    return store


def summarise(paths: Iterable[str]) -> str:
    """Counts of articles, entities and events by class, then the offices held."""
    store = load_store(paths)
    prefixes = {"nkg": str(NKG), "rdfs": str(RDFS)}
    lines = ["What the graph holds:"]
    for row in store.query(_COUNTS, prefixes=prefixes, use_default_graph_as_union=True):
        lines.append(f"  {row['class'].value.rsplit('#', 1)[-1]:<18} {row['n'].value:>5}")
    offices = list(store.query(_OFFICES, prefixes=prefixes, use_default_graph_as_union=True))
    if offices:
        lines.append("Offices:")
        for row in offices:
            of = f" of {row['of'].value}" if row["of"] is not None else ""
            lines.append(f"  {row['person'].value}: {row['title'].value}{of}")
    return "\n".join(lines)
