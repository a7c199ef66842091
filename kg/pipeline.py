"""The build: documents -> layout -> NLP -> entities -> offices -> (events) -> resolve -> RDF."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable

import pyoxigraph as ox

from .documents import Document
from .entities import ArticleEntities, find_entities
from .events import find_events
from .layout import analyse
from .nlp import load_model, parse
from .offices import find_offices
from .merge import ResolvedEvent, merge_events
from .rdf import IriMaker, article_quads, entity_quads, event_quads
from .resolve import Resolution, resolve
from .vocab import DEFAULT_BASE


@dataclass(frozen=True)
class BuildOptions:
    """What a build needs besides its documents."""

    base: str = DEFAULT_BASE
    published: dt.date | None = None
    model: str | None = None


@dataclass(frozen=True)
class BuildResult:
    """The quads of a build and what it found, for summaries."""

    quads: tuple[ox.Quad, ...]
    articles: tuple[str, ...]
    resolution: Resolution
    events: tuple[ResolvedEvent, ...]
    found: tuple[ArticleEntities, ...] = field(repr=False)


def build(documents: Iterable[Document], options: BuildOptions = BuildOptions(),
          progress: Callable[[str], None] | None = None) -> BuildResult:
    """Run every stage over the documents and return the graph as quads."""
    iris = IriMaker(options.base)
    nlp = load_model(options.model)
    articles = (analyse(doc, options.published) for doc in documents)
    found, offices, events, seen = [], {}, {}, set()
    for parsed in parse(articles, nlp):
        article_id = parsed.article.id
        if article_id in seen:
            raise_duplicate(parsed.article.document)
        seen.add(article_id)
        entities = find_entities(parsed)
        found.append(entities)
        offices[article_id] = find_offices(entities)
        events[article_id] = find_events(entities, offices[article_id])
        if progress:
            progress(article_id)
    resolution = resolve(found, offices)
    texts = {art.parsed.article.id: art.parsed.article.document.text for art in found}
    merged = merge_events(events, resolution, texts)
    names_in: dict[str, dict[str, set[str]]] = {}
    for art in found:
        article_id = art.parsed.article.id
        per_entity = names_in.setdefault(article_id, {})
        for mention in art.mentions:
            per_entity.setdefault(resolution.entity(article_id, mention.key), set()).add(mention.text)
    quads: list[ox.Quad] = []
    for art in found:
        quads.extend(article_quads(art.parsed.article, iris))
    quads.extend(entity_quads(resolution, names_in, names_in, iris))
    quads.extend(event_quads(merged, iris))
    return BuildResult(tuple(quads), tuple(a.parsed.article.id for a in found), resolution, merged, tuple(found))


def raise_duplicate(document: Document):
    """Two inputs with one id would silently merge two articles: refuse."""
    from .errors import InputError

    raise InputError(f"{document.origin}: duplicate document id {document.id!r}")
