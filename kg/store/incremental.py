"""Incremental builds into the embedded store: every article's extraction is kept beside the
store (DIR.articles/), so a later build skips articles already there (same id, same text)
and the store is brought to exactly what a full rebuild of all its articles would give."""
from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from ..read.documents import Document
from ..extract import ArticleResult

FORMAT_VERSION = 2  # 2: the extraction objects moved to kg.extract.model


class ResultCache:
    """ArticleResults of the articles in a store, one file each (written atomically)."""

    def __init__(self, store_dir: str):
        self.folder = Path(f"{store_dir.rstrip('/')}.articles")
        self.known: dict[str, tuple[str, Path]] = {}
        if self.folder.is_dir():
            for path in sorted(self.folder.glob("*.pickle")):
                try:
                    version, sha, result = pickle.loads(path.read_bytes())
                except (OSError, pickle.UnpicklingError, ValueError, EOFError, ImportError, AttributeError):
                    continue  # a damaged entry is rebuilt
                if version == FORMAT_VERSION:
                    self.known[result.article.id] = (sha, path)

    def unchanged(self, document: Document) -> bool:
        """Whether this article is in the store already, with the same text."""
        entry = self.known.get(document.id)
        return entry is not None and entry[0] == hashlib.sha256(document.text.encode("utf-8")).hexdigest()

    def results(self) -> dict[str, ArticleResult]:
        """Every stored article's result, by id."""
        return {doc_id: pickle.loads(path.read_bytes())[2] for doc_id, (_, path) in sorted(self.known.items())}

    def save(self, results: list[ArticleResult]) -> None:
        from ..graph.output import write_atomically

        self.folder.mkdir(parents=True, exist_ok=True)
        for result in results:
            target = self.folder / f"{quote(result.article.id, safe='')[:200]}.pickle"
            write_atomically(pickle.dumps((FORMAT_VERSION, result.article.sha256, result)), str(target))


def sync_store(store_dir: str, quads: list[ox.Quad], article_prefix: str) -> tuple[int, int]:
    """Make the build's part of the store (the article graphs, and their union in the default
    graph) hold exactly `quads`, writing only the difference, all or nothing. Anything else
    in the store (other graphs, triples loaded by hand) is left alone. Returns (removed, added)."""
    from .store import _with_union, write_store

    wanted = set(_with_union(quads))

    def sync(store: ox.Store) -> tuple[int, int]:
        ours = [q for q in store.quads_for_pattern(None, None, None, None)
                if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(article_prefix)]
        old_union = {ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in ours}
        present = set(ours) | {q for q in old_union if q in store}
        removed, added = present - wanted, {q for q in wanted - present if q not in store}
        for quad in removed:  # a copy of the store: no transaction needed
            store.remove(quad)
        store.bulk_extend(sorted(added, key=str))
        return len(removed), len(added)
    return write_store(store_dir, sync)
