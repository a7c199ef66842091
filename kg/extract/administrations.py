"""'The Biden administration', 'the Modi government': a leader's name before a word for the
government he heads names his state, as event data codes a government (and as the gold's aliases
of a country list it), once the article says which state's national office the leader holds."""
from __future__ import annotations

from dataclasses import replace

from .model import ArticleEntities, Mention, OfficeClaim
from .placed import national_titles

_GOVERNMENT_WORDS = frozenset({"administration", "government", "cabinet"})


def administrations(found: ArticleEntities, offices: list[OfficeClaim]) -> ArticleEntities:
    """Mentions of "<leader> administration" re-keyed to the leader's state (the leader's
    entity goes where no other mention or office is left to it)."""
    classes = {e.key: e.cls for e in found.entities}
    states: dict[str, set[str]] = {}
    for c in offices:
        if c.title in national_titles() and classes.get(c.of) == "Country":
            states.setdefault(c.person, set()).add(c.of)
        elif c.title in national_titles() and c.of is None and found.voice in classes:
            states.setdefault(c.person, set())  # a release's own leader: its voice, if nothing else says
    mentions = []
    for m in found.mentions:
        doc = found.parsed.blocks[m.block].doc
        state = states.get(m.key)
        if state is not None and not state and found.voice in classes:
            state = {found.voice}
        if state and len(state) == 1 and m.end < len(doc) and doc[m.end].lower_ in _GOVERNMENT_WORDS:
            word = doc[m.end]
            m = Mention(m.block, m.start, m.end + 1, m.char_start, m.char_start + (word.idx + len(word) - doc[m.start].idx),
                        f"{m.text} {word.text}", min(state))
        mentions.append(m)
    if mentions == list(found.mentions):
        return found
    used = {m.key for m in mentions} | {c.person for c in offices} | {c.of for c in offices}
    return replace(found, mentions=tuple(mentions), entities=tuple(e for e in found.entities if e.key in used))
