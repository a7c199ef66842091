"""Stage 7b: one node per real-world event, however many sentences and articles tell it.

Events of one class merge when their key roles are equal, or when one names fewer roles
and all of them agree with exactly one fuller event (its identity role included, or in
the same article). Statements merge by speaker and quoted words, or by speaker and topic.
Event IRIs come from the class and key roles only, so they are the same in every run.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from ..extract.attributes import EventDate, Money
from ..extract.events import EventMention
from ..names import fold
from .resolve import Resolution

KEY_ROLES = ("agent", "counterpart", "target", "item")
IDENTITY_ROLES = {"Purchase": ("item",), "Transfer": ("item",), "Sanction": ("target",), "Threat": ("target",),
                  "Detention": ("target",), "Legislation": ("agent", "item"), "AgreementSigning": ("agent", "counterpart"),
                  "Rejection": ("agent", "target"), "Meeting": ("agent", "counterpart")}
MODALITY_RANK = {"Asserted": 0, "Planned": 1, "Proposed": 2, "Threatened": 3, "Negated": 4}


@dataclass(frozen=True)
class ResolvedEvent:
    """An event of the whole build, with its evidence per article."""

    id: str
    cls: str
    roles: tuple[tuple[str, str], ...]  # (role, ResolvedEntity.id)
    modality: str
    confidence: float
    date: EventDate | None
    value: Money | None
    quantity: Decimal | None
    quotes: tuple[str, ...]
    evidence: tuple[tuple[str, str], ...]  # (article id, sentence)
    topics: tuple[str, ...]
    cameo: str | None = None

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({a for a, _ in self.evidence}))


@dataclass
class _Member:
    article: str
    index: int
    event: EventMention
    roles: dict[str, frozenset[str]]


def merge_events(events_by_article: dict[str, tuple[EventMention, ...]], resolution: Resolution) -> tuple[ResolvedEvent, ...]:
    """Merge the events of all articles into ResolvedEvents."""
    members = []
    for article_id in sorted(events_by_article):
        for i, e in enumerate(events_by_article[article_id]):
            roles: dict[str, set[str]] = {}
            for role, key in e.roles:
                roles.setdefault(role, set()).add(resolution.entity(article_id, key))
            members.append(_Member(article_id, i, e, {r: frozenset(v) for r, v in roles.items()}))
    parent = list(range(len(members)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i, j):
        a, b = sorted((find(i), find(j)))
        parent[b] = a

    by_key: dict[tuple, int] = {}
    for n, m in enumerate(members):
        key = _key(m)
        if key is not None:
            if key in by_key:
                union(n, by_key[key])
            else:
                by_key[key] = n
    _subsume(members, find, union)
    at = {(m.article, m.index): n for n, m in enumerate(members)}
    for n, m in enumerate(members):  # statements about the same thing by the same speaker
        if m.event.cls == "Statement" and not m.event.quote and m.event.topics:
            topic = find(at[(m.article, m.event.topics[0])])
            key = ("Statement-topic", m.roles.get("agent"), topic)
            if key in by_key:
                union(n, by_key[key])
            else:
                by_key[key] = n
    groups: dict[int, list[_Member]] = {}
    for n, m in enumerate(members):
        groups.setdefault(find(n), []).append(m)
    ids = {root: _event_id(group) for root, group in groups.items()}
    out = []
    for root, group in groups.items():
        topics = sorted({ids[find(at[(m.article, t)])] for m in group for t in m.event.topics} - {ids[root]})
        out.append(_combine(ids[root], group, topics))
    return tuple(sorted(out, key=lambda e: e.id))


def _key(m: _Member) -> tuple | None:
    e = m.event
    if e.cls == "Statement":
        if not e.quote:
            return None
        return ("Statement", m.roles.get("agent"), _first_sentence(e.quote))
    # Without its identity roles an event ("U.S. sanctions", a meeting with nobody named) is
    # only the same as another telling in the same article.
    identity = IDENTITY_ROLES.get(e.cls, ())
    scope = None if all(m.roles.get(r) for r in identity) else m.article
    if e.cls == "Meeting":
        return ("Meeting", m.roles.get("agent", frozenset()) | m.roles.get("counterpart", frozenset()), scope)
    return (e.cls, *(m.roles.get(r, frozenset()) for r in KEY_ROLES), scope)


def _first_sentence(quote: str) -> str:
    return " ".join(fold(re.split(r"(?<=[.!?])\s", quote.strip(), maxsplit=1)[0]).split()[:12])


def _subsume(members: list[_Member], find, union) -> None:
    """Join an event naming fewer roles to the one fuller event that agrees with it. Candidates
    come from an index (same class and identity role, or same class and article), so the work
    grows with the number of look-alike events, not with the square of all events."""
    # One representative per distinct telling (class, roles, and article where that matters):
    # a story repeated by a thousand articles is compared once, not a thousand times.
    representatives: dict[tuple, int] = {}
    for n, m in enumerate(members):
        if m.event.cls == "Statement":  # statements merge by their words or topic only
            continue
        identity = IDENTITY_ROLES.get(m.event.cls, ())
        scope = None if identity and all(m.roles.get(r) for r in identity) else m.article
        signature = (m.event.cls, _member_roles(m), scope)
        if signature in representatives:
            union(n, representatives[signature])
        else:
            representatives[signature] = n
    chosen = sorted(representatives.values())
    index: dict[tuple, list[int]] = {}
    for n in chosen:
        m = members[n]
        index.setdefault((m.event.cls, "article", m.article), []).append(n)
        for role in IDENTITY_ROLES.get(m.event.cls, ()):
            for value in m.roles.get(role, ()):
                index.setdefault((m.event.cls, role, value), []).append(n)
    order = sorted(chosen, key=lambda n: (-sum(len(v) for v in members[n].roles.values()), n))
    for n in order:
        m = members[n]
        if m.event.cls in ("Statement", "Meeting"):
            continue
        identity = IDENTITY_ROLES.get(m.event.cls, ())
        if identity and all(m.roles.get(r) for r in identity):
            role = identity[0]
            candidates = set(index.get((m.event.cls, role, min(m.roles[role])), ()))
        else:
            candidates = set(index.get((m.event.cls, "article", m.article), ()))
        fuller: dict[int, frozenset] = {}
        for k in sorted(candidates):
            o = members[k]
            if k == n or find(k) == find(n):
                continue
            if all(m.roles.get(r, frozenset()) <= o.roles.get(r, frozenset()) for r in KEY_ROLES) and any(
                    o.roles.get(r, frozenset()) - m.roles.get(r, frozenset()) for r in KEY_ROLES):
                root = find(k)
                fuller[root] = fuller.get(root, frozenset()) | _member_roles(o)
        maximal = [g for g, roles in fuller.items() if not any(other > roles for h, other in fuller.items() if h != g)]
        if len(maximal) == 1:
            union(n, maximal[0])


def _member_roles(m: _Member) -> frozenset:
    return frozenset((r, k) for r, v in m.roles.items() if r in KEY_ROLES for k in v)


def _event_id(group: list[_Member]) -> str:
    """Deterministic: the class and the key roles of the fullest member."""
    fullest = max(group, key=lambda m: (sum(len(v) for v in m.roles.values()), repr(_sort_key(m))))
    # Unquoted statements never merge by key: one sentence can hold several, told apart by roles and trigger.
    key = _key(fullest) or (fullest.event.cls, fullest.article, fullest.event.sentences, fullest.event.token,
                            _sort_key(fullest))
    digest = hashlib.sha1(repr(_stable(key)).encode("utf-8")).hexdigest()[:12]
    return f"{fullest.event.cls.lower()}-{digest}"


def _sort_key(m: _Member):
    return tuple(sorted((r, tuple(sorted(v))) for r, v in m.roles.items()))


def _stable(value):
    if isinstance(value, (frozenset, set)):
        return tuple(sorted(_stable(v) for v in value))
    if isinstance(value, tuple):
        return tuple(_stable(v) for v in value)
    return value


def _combine(event_id: str, group: list[_Member], topics: list[str]) -> ResolvedEvent:
    best = max(group, key=lambda m: (m.event.confidence, -MODALITY_RANK[m.event.modality]))
    roles = sorted({(r, k) for m in group for r, v in m.roles.items() for k in v})
    if group[0].event.cls == "Meeting":  # symmetric: one orientation, the best-attested one's
        agents = best.roles.get("agent", frozenset())
        roles = sorted({(r, k) for r, k in roles if r not in ("agent", "counterpart")}
                       | {("agent", k) for k in agents}
                       | {("counterpart", k) for r, k in roles if r in ("agent", "counterpart") and k not in agents})
    evidence = sorted({(m.article, sentence) for m in group for sentence in m.event.evidence})
    return ResolvedEvent(
        id=event_id, cls=group[0].event.cls, roles=tuple(roles), modality=best.event.modality,
        confidence=max(m.event.confidence for m in group),
        date=_most_common([m.event.date for m in group], group),
        value=_most_common([m.event.value for m in group], group),
        quantity=_most_common([m.event.quantity for m in group], group),
        quotes=_distinct_quotes(m.event.quote for m in group if m.event.quote),
        evidence=tuple(evidence), topics=tuple(topics), cameo=best.event.cameo)


def _distinct_quotes(quotes) -> tuple[str, ...]:
    """One literal per quote: forms that differ only by quote marks, final punctuation or
    spacing are one quote (the longest form is kept)."""
    kept: dict[str, str] = {}
    for quote in quotes:
        quote = quote.strip().strip("\"“”‘’").strip()
        key = " ".join(quote.strip(" \t\n\"'“”‘’.,;:!?…").split()).lower()
        if key not in kept or (len(quote), quote) > (len(kept[key]), kept[key]):
            kept[key] = quote
    return tuple(sorted(kept.values()))


def _most_common(values, group):
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    confidence = {}
    for v, m in zip(values, group):
        if v is not None:
            confidence[v] = max(confidence.get(v, 0), m.event.confidence)
    return sorted(counts, key=lambda v: (-counts[v], -confidence[v], repr(v)))[0]
