"""The build: documents -> layout -> NLP -> entities -> offices -> events -> resolve/merge -> RDF."""
from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from .documents import Document
from .entities import ArticleEntities, find_entities
from .errors import InputError
from .events import find_events
from .layout import analyse
from .merge import ResolvedEvent, merge_events
from .nlp import load_model, parse
from .offices import find_offices
from .rdf import IriMaker, article_quads, entity_quads, event_quads
from .resolve import Resolution, resolve
from .vocab import DEFAULT_BASE

STAGES = ("nlp", "entities", "offices", "events", "resolve", "merge", "rdf")


@dataclass(frozen=True)
class BuildOptions:
    """What a build needs besides its documents."""

    base: str = DEFAULT_BASE
    published: dt.date | None = None
    model: str | None = None


@dataclass(frozen=True)
class BuildResult:
    """The quads of a build and what it found, for summaries; seconds spent per stage."""

    quads: tuple[ox.Quad, ...]
    articles: tuple[str, ...]
    resolution: Resolution
    events: tuple[ResolvedEvent, ...]
    found: tuple[ArticleEntities, ...] = field(repr=False)
    seconds: dict[str, float] = field(default_factory=dict)


class _Clock:
    """Adds up wall time per stage."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start

    def timed(self, name: str, items: Iterable):
        """Iterate `items`, charging the time spent producing each to `name`."""
        iterator = iter(items)
        while True:
            with self.stage(name):
                item = next(iterator, None)
            if item is None:
                return
            yield item


def build(documents: Iterable[Document], options: BuildOptions = BuildOptions(),
          progress: Callable[[str], None] | None = None) -> BuildResult:
    """Run every stage over the documents and return the graph as quads."""
    iris = IriMaker(options.base)
    nlp = load_model(options.model)
    clock = _Clock()
    articles = (analyse(doc, options.published) for doc in documents)
    found, offices, events, seen = [], {}, {}, set()
    for parsed in clock.timed("nlp", parse(articles, nlp)):
        article_id = parsed.article.id
        if article_id in seen:
            raise InputError(f"{parsed.article.document.origin}: duplicate document id {article_id!r}")
        seen.add(article_id)
        with clock.stage("entities"):
            entities = find_entities(parsed)
        with clock.stage("offices"):
            offices[article_id] = find_offices(entities)
        with clock.stage("events"):
            events[article_id] = find_events(entities, offices[article_id])
        found.append(entities)
        if progress:
            progress(article_id)
    with clock.stage("resolve"):
        resolution = resolve(found, offices)
    with clock.stage("merge"):
        texts = {art.parsed.article.id: art.parsed.article.document.text for art in found}
        merged = merge_events(events, resolution, texts)
    with clock.stage("rdf"):
        quads = _quads(found, resolution, merged, iris)
    return BuildResult(tuple(quads), tuple(a.parsed.article.id for a in found), resolution, merged,
                       tuple(found), dict(clock.seconds))


def _quads(found: list[ArticleEntities], resolution: Resolution, merged, iris: IriMaker) -> list[ox.Quad]:
    names_in: dict[str, dict[str, set[str]]] = {}
    for art in found:
        article_id = art.parsed.article.id
        per_entity = names_in.setdefault(article_id, {})
        for mention in art.mentions:
            per_entity.setdefault(resolution.entity(article_id, mention.key), set()).add(mention.text)
    quads: list[ox.Quad] = []
    for art in found:
        quads.extend(article_quads(art.parsed.article, iris))
    quads.extend(entity_quads(resolution, list(names_in), names_in, iris))
    quads.extend(event_quads(merged, iris))
    return quads
