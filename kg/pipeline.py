"""The build: documents -> extraction per article (layout, NLP, entities, offices, events; in
worker processes with --workers) -> resolve/merge across articles -> RDF blocks."""
from __future__ import annotations

import datetime as dt
import itertools
import time
from collections import defaultdict
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from .read.documents import Document
from .errors import InputError
from .extract import ArticleInfo, ArticleResult, extract
from .read.guard import DEFAULT_MAX_SECONDS, ArticleFailed, ArticleFailure, quit_with_parent
from .graph.merge import ResolvedEvent, merge_events
from .read.nlp import load_model
from .graph.rdf import IriMaker, article_quads, entity_blocks, event_blocks
from .graph.resolve import Resolution, resolve
from .graph.vocab import DEFAULT_BASE
from .run.pool import in_workers

CHUNK = 32  # documents per task sent to a worker process


@dataclass(frozen=True)
class BuildOptions:
    """What a build needs besides its documents."""

    base: str = DEFAULT_BASE
    published: dt.date | None = None
    model: str | None = None
    workers: int = 1
    batch_size: int = 64
    engine: str = "local"  # or "dask"
    scheduler: str | None = None  # a Dask scheduler address; none: a local cluster
    max_seconds: float | None = DEFAULT_MAX_SECONDS  # per article's parse, and its extraction; 0: no limit


@dataclass(frozen=True)
class BuildResult:
    """What a build found; blocks() gives its RDF. seconds: time spent per stage (summed over
    worker processes)."""

    articles: tuple[ArticleInfo, ...]
    resolution: Resolution
    events: tuple[ResolvedEvent, ...]
    names_in: dict[str, dict[str, set[str]]] = field(repr=False)
    base: str = DEFAULT_BASE
    seconds: dict[str, float] = field(default_factory=dict)
    results: tuple[ArticleResult, ...] = field(default=(), repr=False)
    reused: tuple[str, ...] = ()  # ids of articles taken from an incremental store, not extracted again

    def blocks(self, per_graph: bool = True) -> Iterator[list[ox.Quad]]:
        """The graph as small blocks of quads in a fixed order, no quad twice. per_graph: each
        article's statements in its named graph (TriG, N-Quads, stores); else one graph."""
        iris = IriMaker(self.base)
        shared: set[ox.Quad] = set()  # in one graph, authors of several articles are described once
        for article in self.articles:
            quads = article_quads(article, iris)
            if not per_graph:
                quads = [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads]
                quads = [q for q in quads if q.subject == quads[0].subject or q not in shared]
                shared.update(q for q in quads if q.subject != quads[0].subject)
            yield list(dict.fromkeys(quads))
        for block in itertools.chain(entity_blocks(self.resolution, self.names_in, iris, per_graph),
                                     event_blocks(self.events, iris, per_graph)):
            yield list(dict.fromkeys(block))  # blocks describe distinct nodes: a repeat can only be inside one

    @property
    def quads(self) -> tuple[ox.Quad, ...]:
        return tuple(q for block in self.blocks() for q in block)


class Clock:
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
          progress: Callable[[str], None] | None = None, known=None,
          on_failure: Callable[[ArticleFailure], None] | None = None) -> BuildResult:
    """Run every stage over the documents. `known` (kg.store.incremental.ResultCache): articles whose
    extraction is kept already; unchanged ones are not extracted again, and all of them join
    the merge, so the result is that of a full rebuild. An article whose extraction fails stops
    the build with ArticleFailed, or, given `on_failure`, is handed to it and left out."""
    IriMaker(options.base)  # a bad --base fails before any work
    clock = Clock()
    results: list[ArticleResult] = []
    seen: set[str] = set()
    reused: list[str] = []

    def fresh(docs):
        for doc in docs:
            if known is not None and known.unchanged(doc):
                reused.append(doc.id)
            else:
                yield doc

    # closing: a build stopped by one article shuts its workers or Dask cluster down at once
    with closing(extract_all(fresh(documents), options, clock)) as extracted:
        for result in extracted:
            if isinstance(result, ArticleFailure):
                if on_failure is None:
                    raise ArticleFailed(result)
                on_failure(result)
                continue
            if result.article.id in seen:
                raise InputError(f"{result.article.origin}: duplicate document id {result.article.id!r}")
            seen.add(result.article.id)
            results.append(result)
            if progress:
                progress(result.article.id)
    if known is not None:
        new_ids = {r.article.id for r in results}
        results = sorted([r for i, r in known.results().items() if i not in new_ids] + results,
                         key=lambda r: r.article.id)
    with clock.stage("resolve"):
        resolution = resolve(results)
    with clock.stage("merge"):
        merged = merge_events({r.article.id: r.events for r in results}, resolution)
        names_in: dict[str, dict[str, set[str]]] = {}
        for r in results:
            per_entity = names_in.setdefault(r.article.id, {})
            for key, name, _ in r.names:
                per_entity.setdefault(resolution.entity(r.article.id, key), set()).add(name)
    return BuildResult(tuple(r.article for r in results), resolution, merged, names_in, options.base,
                       dict(clock.seconds), tuple(results), tuple(reused))


def extract_all(documents: Iterable[Document], options: BuildOptions,
                clock: Clock) -> Iterator[ArticleResult | ArticleFailure]:
    """ArticleResults (or ArticleFailures) in input order, from this process, `options.workers`
    processes, or Dask."""
    if options.engine == "dask":
        from .run.dask_engine import extract_dask

        with clock.stage("nlp"):
            yield from extract_dask(documents, options, CHUNK)
        return
    if options.workers <= 1:
        yield from extract(documents, options.model, options.published, options.batch_size, clock,
                           options.max_seconds)
        return
    # Forked workers share the parent's model when it is loaded already, else each loads it once.
    chunks = iter(lambda it=iter(documents): list(itertools.islice(it, CHUNK)), [])
    for results, seconds in in_workers(_extract_chunk, chunks, options.workers, _start_worker, (options,)):
        for stage, spent in seconds.items():
            clock.seconds[stage] += spent
        yield from results


_WORKER_OPTIONS: BuildOptions | None = None


def _start_worker(options: BuildOptions) -> None:
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options
    quit_with_parent()
    load_model(options.model)  # once per worker process


def _extract_chunk(documents: list[Document]) -> tuple[list[ArticleResult | ArticleFailure], dict[str, float]]:
    options = _WORKER_OPTIONS
    clock = Clock()
    results = list(extract(documents, options.model, options.published, options.batch_size, clock,
                           options.max_seconds))
    return results, dict(clock.seconds)
