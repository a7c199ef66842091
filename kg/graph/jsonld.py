"""Compacted JSON-LD: one node object per subject, keys and IRIs shortened by an @context of
prefixes, so the file reads like the schema.org JSON-LD web developers know."""
from __future__ import annotations

import json
from itertools import groupby
from typing import Iterable

import pyoxigraph as ox

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class _Compactor:
    """Shortens IRIs with the longest namespace that leaves a plain local part."""

    def __init__(self, prefixes: dict[str, str]):
        self.namespaces = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def __call__(self, iri: str) -> str:
        for prefix, namespace in self.namespaces:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                local = iri[len(namespace):]
                if not local.startswith("//") and ":" not in local:
                    return f"{prefix}:{local}"
        return iri


def _node_ref(term, compact: _Compactor) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else compact(term.value)


def _value(term, compact: _Compactor):
    if isinstance(term, (ox.NamedNode, ox.BlankNode)):
        return {"@id": _node_ref(term, compact)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value in (_XSD_STRING, _LANG_STRING):
        return term.value
    return {"@value": term.value, "@type": compact(term.datatype.value)}


def compact_jsonld(triples: Iterable[ox.Triple], prefixes: dict[str, str]) -> bytes:
    """JSON-LD bytes of `triples` (given sorted by subject, then predicate, for stable bytes)."""
    compact = _Compactor(prefixes)
    nodes = []
    for subject, group in groupby(triples, key=lambda t: t.subject):
        node: dict = {"@id": _node_ref(subject, compact)}
        for predicate, same in groupby(group, key=lambda t: t.predicate.value):
            objects = [t.object for t in same]
            if predicate == _RDF_TYPE and all(isinstance(o, ox.NamedNode) for o in objects):
                key, values = "@type", [compact(o.value) for o in objects]
            else:
                key, values = compact(predicate), [_value(o, compact) for o in objects]
            node[key] = values[0] if len(values) == 1 else values
        nodes.append(node)
    document = {"@context": dict(sorted(prefixes.items())), "@graph": nodes}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
