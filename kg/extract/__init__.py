"""Per-document extraction: layout, NLP, entities, offices and events of one article, kept as a
small picklable ArticleResult (no text, no parse), so that builds stream, run in worker
processes, and keep only what cross-document merging needs."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from ..read.documents import Document
from ..read.guard import ArticleFailure, OverBudget, budget, failure_of
from ..read.layout import Article, analyse
from ..read.nlp import load_model, parse
from .administrations import administrations
from .entities import find_entities
from .groups import is_people, nation_of, without_count
from .holders_known import known_holders
from .lexicon import trigger_lemmas
from .mentions import is_name
from .events import EventMention, find_events
from .model import Entity
from .offices import OfficeClaim, find_offices


@dataclass(frozen=True)
class ArticleInfo:
    """An article's metadata, as the graph states it."""
    id: str
    headline: str | None
    published: dt.date | None
    publisher: str | None
    url: str | None
    authors: tuple[str, ...]
    origin: str
    sha256: str


@dataclass(frozen=True)
class ArticleResult:
    """What one article gives the build."""
    article: ArticleInfo
    entities: tuple[Entity, ...]
    names: tuple[tuple[str, str, int], ...]  # (entity key, surface form, number of mentions)
    offices: tuple[OfficeClaim, ...]
    events: tuple[EventMention, ...]  # each with its evidence sentences


def extract(documents: Iterable[Document], model: str | None = None, published: dt.date | None = None,
            batch_size: int = 64, clock=None, seconds: float | None = None) -> Iterator[ArticleResult | ArticleFailure]:
    """ArticleResults for documents, in order (the model is loaded once per process). An article
    that fails in any stage, or whose parse or extraction takes more than `seconds`, gives an
    ArticleFailure instead, and the others go on."""
    nlp = load_model(model)
    parsed_stream = parse(_laid_out(documents, published), nlp, batch_size=batch_size, seconds=seconds)
    if clock is not None:
        parsed_stream = clock.timed("nlp", parsed_stream)
    for parsed in parsed_stream:
        if isinstance(parsed, ArticleFailure):
            yield parsed
            continue
        stage = "entities"
        try:
            with budget(seconds):
                with _stage(clock, stage):
                    found = find_entities(parsed)
                stage = "offices"
                with _stage(clock, stage):
                    offices = find_offices(found)
                    found, offices = known_holders(found, offices)  # "Prime Minister Andersson": who, of where
                    found = administrations(found, offices)  # "the Biden administration": the state
                stage = "events"
                with _stage(clock, stage):
                    events = find_events(found, offices)
                stage = "results"
                result = _result(parsed.article, found, offices, events)
        except (Exception, OverBudget) as exc:
            yield failure_of(parsed.article.document, stage, exc)
            continue
        yield result


def _laid_out(documents: Iterable[Document], published: dt.date | None) -> Iterator[Article | ArticleFailure]:
    for doc in documents:
        try:
            yield analyse(doc, published)
        except Exception as exc:  # noqa: BLE001 - one article's failure, reported by the build
            yield failure_of(doc, "layout", exc)


def _result(article: Article, found, offices, events) -> ArticleResult:
    text = article.document.text
    info = ArticleInfo(article.id, article.headline, article.published, article.publisher,
                       article.document.url, article.authors, article.document.origin,
                       hashlib.sha256(text.encode("utf-8")).hexdigest())
    # Unnamed groups are kept where they take part in an event, or where a name inside them says
    # whose they are ("Canadian officials", "the people of Burma"); elsewhere they are noise.
    kept_groups = {k for e in events for _, k in e.roles} | _named_groups(found)
    kept_groups |= _trigger_groups(found, kept_groups)
    kept = tuple(e for e in found.entities if e.cls != "Group" or e.key in kept_groups)
    events = _roles_of_entities(events, {e.key for e in found.entities}, article.id)
    keys = {e.key for e in kept}
    counts = Counter((m.key, m.text) for m in found.mentions if not m.voice and m.key in keys and is_name(m.text))
    for entity in kept:  # names no mention spells out ("Cuban protesters" of "over 550 Cuban protesters")
        for name in entity.names:
            counts.setdefault((entity.key, name), 0)
    return ArticleResult(
        article=info, entities=kept,
        names=tuple(sorted((k, n, c) for (k, n), c in counts.items())),
        offices=tuple(offices),
        events=tuple(replace(e, evidence=tuple(text[s:t] for s, t in e.sentences)) for e in events))


def _roles_of_entities(events, keys: set[str], article_id: str) -> list:
    """The events with every role naming an entity of the article ("handed to the Israeli Defence
    Forces" adds the state Israel, which has no entity when only the forces name it): a key no
    entity has would otherwise stop the whole build at the merge; such a role is dropped and logged."""
    out = []
    for event in events:
        stray = [k for _, k in event.roles if k not in keys]
        if stray:
            logging.getLogger(__name__).warning("%s: %s event's roles name no entity: %s", article_id,
                                                event.cls, ", ".join(sorted(set(stray))))
            event = replace(event, roles=tuple((r, k) for r, k in event.roles if k in keys))
        out.append(event)
    return out


def _named_groups(found) -> set[str]:
    """Keys of groups whose phrase holds a mention of a named entity ("Canadian officials")."""
    classes = {e.key: e.cls for e in found.entities}
    groups = [m for m in found.mentions if classes.get(m.key) == "Group"]
    return {g.key for g in groups for m in found.mentions_in(g.block)
            if classes.get(m.key) not in (None, "Group") and not m.voice and g.start <= m.start and m.end <= g.end} | {
        g.key for g in groups if is_people(g.key)}  # "the Kurds" name a people


def _trigger_groups(found, kept: set[str]) -> set[str]:
    """Keys of groups in a subject, object or prepositional slot of an event word ("world leaders
    condemned", "joined more than 40 nations in condemning"), whether or not an event was drawn
    from it: the group acts in the sentence. Not a group of the same people as a kept one by
    other words ("Ugandans" beside "the people of Uganda", "partners and allies" beside "allies
    and partners"): the article tells of them once."""
    classes = {e.key: e.cls for e in found.entities}
    names = {e.key: e.names for e in found.entities}
    seen = {_people_of(k, names[k]) for k in kept if classes.get(k) == "Group"}
    out = set()
    for m in found.mentions:
        if classes.get(m.key) == "Group" and m.key not in out and m.key not in kept and not _people_of(m.key, names[m.key]) & set().union(*seen):
            token = found.parsed.blocks[m.block].doc[m.start:m.end].root
            for _ in range(3):  # "in condemning": the noun's preposition, then its verb
                if token.dep_ not in _SLOTS or token.head.i == token.i:
                    break
                token = token.head
                if token.lemma_.lower() in trigger_lemmas() and token.pos_ in ("VERB", "NOUN"):
                    out.add(m.key)
                    seen.add(_people_of(m.key, names[m.key]))
                    break
    return out


def _people_of(key: str, names: tuple[str, ...]) -> frozenset[str]:
    """What a group says of its people: its nation, else the nouns of its names ("allies", "partners")."""
    nation = nation_of(key)
    words = {w.lower().rstrip("s") for n in names for w in without_count(n).split() if len(w) > 3 and w.isalpha()}
    return frozenset({nation} if nation else words)


_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "conj", "dative", "agent", "pcomp"})


def _stage(clock, name):
    return clock.stage(name) if clock is not None else nullcontext()
