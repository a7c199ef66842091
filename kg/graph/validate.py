"""SHACL validation of graphs against the shapes shipped with kg (ontology/shapes.ttl)."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable

from rdflib import Dataset, Graph

from ..errors import InputError

_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".json": "json-ld"}


@dataclass(frozen=True)
class ValidationReport:
    """Whether the data conforms, and pySHACL's readable report."""

    conforms: bool
    text: str


def ontology_graph(name: str) -> Graph:
    """One of the ontology files shipped inside the package (newskg.ttl, shapes.ttl)."""
    graph = Graph()
    graph.parse(data=resources.files("kg").joinpath("ontology").joinpath(name).read_text(encoding="utf-8"),
                format="turtle")
    return graph


def load_graphs(paths: Iterable[str]) -> Graph:
    """The union of the graphs in the given files (any RDF format kg writes)."""
    union = Graph()
    for path in paths:
        fmt = _FORMATS.get(Path(path).suffix.lower(), "turtle")
        if not Path(path).is_file():
            raise InputError(f"{path}: no such file")
        dataset = Dataset(default_union=True)  # TriG and N-Quads: every named graph
        try:
            dataset.parse(path, format=fmt)
        except Exception as exc:  # noqa: BLE001 - rdflib raises many kinds; the message names the line
            raise InputError(f"{path}: does not parse as {fmt}: {' '.join(str(exc).split())[:300]}") from None
        for triple in dataset.triples((None, None, None)):
            union.add(triple)
    return union


def validate_graph(data: Graph) -> ValidationReport:
    """Validate one rdflib graph against the shapes, with the ontology for class hierarchy."""
    from pyshacl import validate as shacl

    conforms, _, text = shacl(data, shacl_graph=ontology_graph("shapes.ttl"), ont_graph=ontology_graph("newskg.ttl"),
                              inference="none", advanced=True)
    return ValidationReport(bool(conforms), text)


def validate(paths: Iterable[str]) -> ValidationReport:
    """Validate the union of the graphs in the given files."""
    return validate_graph(load_graphs(paths))
