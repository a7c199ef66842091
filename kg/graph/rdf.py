"""Stage 8: map articles, entities, offices (and events) to RDF quads, one named graph per article.

IRIs are built from stable keys only (document ids, entity ids, event keys), so the same
input always gives the same IRIs and re-loading never duplicates anything.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterator
from urllib.parse import quote

import pyoxigraph as ox

from ..errors import InputError
from ..names import slug
from .resolve import Resolution
from .vocab import DEFAULT_BASE, NKG, OWL, RDF, RDFS, SCHEMA, SKOS, WD, XSD


@lru_cache(maxsize=512)
def term(iri) -> ox.NamedNode:
    """A pyoxigraph node for a vocabulary term (rdflib URIRef) or IRI string."""
    return ox.NamedNode(str(iri))


def literal(value) -> ox.Literal:
    """A typed literal for a Python value: str, date, Decimal, float, int."""
    if isinstance(value, str):
        return ox.Literal(value)
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=term(XSD.date))
    if isinstance(value, (Decimal, float)):
        return ox.Literal(_decimal(value), datatype=term(XSD.decimal))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=term(XSD.integer))
    raise TypeError(f"no literal for {type(value).__name__}")


def _decimal(value) -> str:
    """The canonical xsd:decimal form (as stores keep it): 2500000000, 0.9."""
    return format(Decimal(str(value)).normalize(), "f")


@dataclass(frozen=True)
class IriMaker:
    """Instance IRIs under one base."""

    base: str = DEFAULT_BASE

    def __post_init__(self):
        try:
            ox.NamedNode(self.base + "x")
        except ValueError:
            raise InputError(f"--base: not a valid IRI: {self.base!r}") from None
        if not self.base.endswith(("/", "#")):
            raise InputError(f"--base: must end with '/' or '#': {self.base!r}")

    def article(self, doc_id: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}article/{quote(doc_id, safe='-._~')}")

    def entity(self, entity_id: str) -> ox.NamedNode:
        return ox.NamedNode(self.base + entity_id)

    def position(self, position_id: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}position/{position_id}")

    def author(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}author/{slug(name)}")

    def event(self, event_id: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}event/{event_id}")


def article_quads(article, iris: IriMaker) -> list[ox.Quad]:
    """The article node (an ArticleInfo): identifier, headline, date, publisher, url, authors."""
    node = iris.article(article.id)
    triples = [(node, term(RDF.type), term(NKG.Article)), (node, term(SCHEMA.identifier), literal(article.id))]
    optional = [(SCHEMA.headline, article.headline), (SCHEMA.datePublished, article.published),
                (SCHEMA.publisher, article.publisher)]
    triples += [(node, term(p), literal(v)) for p, v in optional if v]
    if article.url:
        triples.append((node, term(SCHEMA.url), ox.Literal(article.url, datatype=term(XSD.anyURI))))
    for name in article.authors:
        author = iris.author(name)
        triples += [(node, term(SCHEMA.author), author), (author, term(RDF.type), term(SCHEMA.Person)),
                    (author, term(SCHEMA.name), literal(name))]
    return list(_in(node, triples))


def entity_blocks(resolution: Resolution, names_in: dict[str, dict[str, set[str]]], iris: IriMaker,
                  per_graph: bool = True) -> Iterator[list[ox.Quad]]:
    """Entities, then offices. per_graph: one block per entity and article, in that article's
    graph; else one block per entity, in the default graph, each triple once."""
    for entity in resolution.entities:
        node = iris.entity(entity.id)
        graphs = [(iris.article(a), [a]) for a in entity.articles] if per_graph else [(ox.DefaultGraph(), entity.articles)]
        for graph, articles in graphs:
            aliases = set().union(*(names_in.get(a, {}).get(entity.id, set()) for a in articles)) - {entity.label}
            block = [ox.Quad(node, term(RDF.type), term(NKG[entity.cls]), graph),
                     ox.Quad(node, term(RDFS.label), literal(entity.label), graph)]
            block += [ox.Quad(node, term(SKOS.altLabel), literal(alias), graph) for alias in sorted(aliases)]
            if entity.wikidata:
                block.append(ox.Quad(node, term(OWL.sameAs), term(WD[entity.wikidata]), graph))
            block += [ox.Quad(node, term(NKG.mentionedIn), iris.article(a), graph) for a in articles]
            yield block
    yield from _position_blocks(resolution.positions, iris, per_graph)


def _position_blocks(positions, iris: IriMaker, per_graph: bool) -> Iterator[list[ox.Quad]]:
    """One block per office node (and article): its holders, type, label and party once,
    however many people hold it."""
    by_node: dict[str, list] = {}
    for position in positions:
        by_node.setdefault(position.id, []).append(position)
    for position_id, held in by_node.items():
        node, first = iris.position(position_id), held[0]
        articles = sorted({a for p in held for a in p.articles})
        graphs = [(iris.article(a), a) for a in articles] if per_graph else [(ox.DefaultGraph(), None)]
        for graph, article in graphs:
            block = [ox.Quad(iris.entity(p.holder), term(NKG.holds), node, graph)
                     for p in held if article is None or article in p.articles]
            block += [ox.Quad(node, term(RDF.type), term(NKG.Position), graph),
                      ox.Quad(node, term(RDFS.label), literal(first.title), graph)]
            block += [ox.Quad(node, term(SKOS.altLabel), literal(name), graph)
                      for name in sorted({n for p in held for n in p.aliases})]
            if first.of:
                block.append(ox.Quad(node, term(NKG.of), iris.entity(first.of), graph))
            yield block


def _in(graph, triples) -> Iterator[ox.Quad]:
    for s, p, o in triples:
        yield ox.Quad(s, p, o, graph)


def event_blocks(events, iris: IriMaker, per_graph: bool = True) -> Iterator[list[ox.Quad]]:
    """Events. per_graph: one block per event and source article, in that article's graph,
    with that article's evidence; else one block per event, each triple once."""
    for event in events:
        node = iris.event(event.id)
        evidence: dict[str, list[str]] = {}
        for source, sentence in event.evidence:
            evidence.setdefault(source, []).append(sentence)
        if per_graph:
            for article_id in event.articles:
                graph = iris.article(article_id)
                yield _event_description(event, node, graph, iris) + [ox.Quad(node, term(NKG.source), graph, graph)] + [
                    ox.Quad(node, term(NKG.evidence), literal(s), graph) for s in evidence.get(article_id, [])]
        else:
            graph = ox.DefaultGraph()
            sentences = sorted({s for _, s in event.evidence})
            yield _event_description(event, node, graph, iris) + [
                ox.Quad(node, term(NKG.source), iris.article(a), graph) for a in event.articles] + [
                ox.Quad(node, term(NKG.evidence), literal(s), graph) for s in sentences]


def _event_description(event, node, graph, iris: IriMaker) -> list[ox.Quad]:
    out = [ox.Quad(node, term(RDF.type), term(NKG[event.cls]), graph)]
    out += [ox.Quad(node, term(NKG[role]), iris.entity(entity_id), graph) for role, entity_id in event.roles]
    out += [ox.Quad(node, term(NKG.topic), iris.event(topic), graph) for topic in event.topics]
    out.append(ox.Quad(node, term(NKG.modality), term(NKG[event.modality]), graph))
    out.append(ox.Quad(node, term(NKG.confidence), literal(Decimal(str(event.confidence))), graph))
    if event.cameo:
        out.append(ox.Quad(node, term(NKG.cameoCode), literal(event.cameo), graph))
    if event.date:
        out.append(ox.Quad(node, term(NKG.date), ox.Literal(event.date.value, datatype=term(XSD[event.date.precision])), graph))
    if event.value:
        value = iris.event(f"{event.id}-value")  # one per event: no triple shared between events
        out += [ox.Quad(node, term(NKG.value), value, graph),
                ox.Quad(value, term(RDF.type), term(SCHEMA.MonetaryAmount), graph),
                ox.Quad(value, term(SCHEMA.value), literal(event.value.amount), graph),
                ox.Quad(value, term(SCHEMA.currency), literal(event.value.currency), graph)]
    if event.quantity is not None:
        out.append(ox.Quad(node, term(NKG.quantity), literal(Decimal(event.quantity)), graph))
    out += [ox.Quad(node, term(NKG.quote), literal(words), graph) for words in event.quotes]
    return out
