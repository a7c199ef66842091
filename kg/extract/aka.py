"""Names given as one another's: "A aka B", "A, also known as B", "A (alias B)". The second name is
another name of the first's entity, not a second person or body: news gives a nickname, a nom de
guerre or a former name this way."""
from __future__ import annotations

from functools import cache

from ..data import load_json
from .model import ArticleEntities

_NAMED = frozenset({"Person", "Organization", "Group"})


def also_known_as(found: ArticleEntities) -> dict[str, str]:
    """Map the key of each name given as another's ("B" of "A aka B") to the first name's key."""
    classes = {e.key: e.cls for e in found.entities}
    out: dict[str, str] = {}
    for index, pb in enumerate(found.parsed.blocks):
        doc = pb.doc
        mentions = [m for m in found.mentions_in(index) if not m.voice and classes.get(m.key) in _NAMED]
        by_start = {m.start: m for m in mentions}
        for first in mentions:
            second = by_start.get(_after_joiner(doc, first.end))
            if second is not None and second.key != first.key and classes[second.key] == classes[first.key] \
                    and second.key not in out.values():
                out.setdefault(second.key, out.get(first.key, first.key))
    return {k: v for k, v in out.items() if k != v}


def _after_joiner(doc, i: int) -> int:
    """Where the name after a joiner starts, if a joiner follows token i; else -1."""
    j = i
    while j < len(doc) and j - i < 2 and doc[j].lower_ in (",", "("):
        j += 1
    for words in _joiners():
        if tuple(t.lower_ for t in doc[j:j + len(words)]) == words:
            return j + len(words)
    return -1


@cache
def _joiners() -> tuple[tuple[str, ...], ...]:
    """The joining words, each as its tokens (kg/data/nicknames.json name_joiners)."""
    return tuple(tuple(j.split()) for j in load_json("nicknames.json")["name_joiners"])
