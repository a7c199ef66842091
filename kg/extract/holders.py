"""Who holds the held. A detention nobody is said to carry out is by whoever the article says holds
the same people; a release, by whoever holds the released. A detention or release told only as a
passive in what a state says is the speaker's own act: "An American journalist has been detained on
suspicion of spying, Russia said" (Russia detains). Not when the speaker is the held people's own state
("the US said two Americans had been detained"), judges the detention ("said X was wrongfully
detained": a condemnation, not a confession), is the release's own voice, or is no state (a rights
group reports arrests, it makes none)."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..data import load_json
from .groups import nation_of
from .model import EventMention
from .refer import Referents


def _held_events(e: EventMention) -> bool:
    return (e.cls == "Detention" or e.cameo == "0841") and not e.role("agent") and bool(e.role("target"))


def _speaking_state(statement: EventMention, refs: Referents) -> list[str]:
    """The statement's speakers if it has one state among them (a ministry's state comes with it)."""
    states = [k for k in statement.role("agent") if refs.cls(k) == "Country" and k != refs.found.voice]
    return states if len(states) == 1 else []


def _reported_in(event: EventMention, statement: EventMention, refs: Referents) -> bool:
    """The event's verb stands in the content clause of the statement's verb."""
    doc = refs.found.parsed.blocks[event.block].doc
    verb, speech = doc[event.token], doc[statement.token]
    judged = any(c.dep_ == "advmod" and c.lower_ in _judging() for c in verb.children)
    return verb.pos_ == "VERB" and not judged and any(a.i == speech.i for a in verb.ancestors) and any(
        c.dep_ == "auxpass" for c in verb.children)


@lru_cache(maxsize=1)
def _judging() -> frozenset[str]:
    """Adverbs by which a speaker judges a detention ('wrongfully', 'arbitrarily'): not its own act."""
    return frozenset(load_json("events.json")["judging_adverbs"])


def _with_agents(e: EventMention, keys) -> EventMention:
    """The event with these agents added, a little less sure (they are inferred, not told)."""
    return replace(e, roles=tuple(sorted(e.roles + tuple(("agent", k) for k in sorted(keys)))),
                   confidence=round(e.confidence - 0.1, 2))


def announced_holders(events: list[EventMention], refs: Referents) -> list[EventMention]:
    """Give a doerless detention or release reported by a state's statement that state as its agent."""
    statements = [e for e in events if e.cls == "Statement" and e.rule == "say"]
    out = []
    for e in events:
        if _held_events(e):
            speakers = next((states for s in statements if s.block == e.block and _reported_in(e, s, refs)
                             for states in [_speaking_state(s, refs)] if states), [])
            nations = {nation_of(k) for k in e.role("target")} | set(e.role("target"))
            if speakers and not nations & set(speakers):
                e = _with_agents(e, speakers)
            elif not speakers and (state := _opening_state(e, refs)) and state not in nations:
                e = _with_agents(e, [state])
        out.append(e)
    return out


def _opening_state(e: EventMention, refs: Referents) -> str | None:
    """The state a sentence opens in ("In mainland China, ... an author was sentenced to ten years"): where a
    doerless detention is told to happen, the state that holds (the convention for a state named only as the place)."""
    sentence = refs.found.parsed.blocks[e.block].doc[e.token].sent
    opening = next((t for t in sentence if not t.is_punct), None)
    if opening is None or opening.lower_ != "in" or opening.dep_ != "prep":
        return None
    place = next((c for c in opening.children if c.dep_ == "pobj"), None)
    key = refs.resolve(e.block, place) if place is not None else None
    return key if refs.cls(key) == "Country" else None


def detentions_by_holders(events: list[EventMention]) -> list[EventMention]:
    """A detention nobody is said to carry out is by whoever the article says holds the same
    people, else by the article's one detainer ("China detained X and Y. ... their arbitrary
    detention": China)."""
    detainers = [e for e in events if e.cls == "Detention" and e.role("agent")]
    releasers = [e for e in events if e.cameo == "0841" and e.role("agent")]  # "calls on X to release Y": X holds Y
    out = []
    for e in events:
        if e.cls == "Detention" and not e.role("agent") and e.role("target"):
            held = set(e.role("target"))
            same = {k for d in detainers if set(d.role("target")) & held for k in d.role("agent")}
            releases = [r for r in releasers if set(r.role("target")) & held]
            if same:
                found, together = same, False
            elif releases:  # the one release asked of them names all who hold them ("Ortega and his government")
                found, together = {k for r in releases for k in r.role("agent")}, len(releases) == 1
            else:
                found, together = {k for d in detainers for k in d.role("agent")}, False
            found -= held
            if len(found) == 1 or (found and together):
                e = _with_agents(e, found)
        out.append(e)
    return out


def releases_by_holders(events: list[EventMention]) -> list[EventMention]:
    """A release nobody is said to make is made by whoever holds the released: as its own
    sentence says ("X, detained in Iran, was released"), else as the article does ("X was
    arrested in Minsk. ... We demand his release": Belarus)."""
    detentions = [e for e in events if e.cls == "Detention"]
    out = []
    for e in events:
        if e.cameo == "0841" and not e.role("agent") and e.role("target"):
            held = [d for d in detentions if set(d.role("target")) & set(e.role("target"))]
            found = {k for d in held if d.sentences == e.sentences for k in d.role("agent")} \
                or {k for d in held for k in d.role("agent")} - set(e.role("target"))
            holders = {tuple(sorted(d.role("agent"))) for d in held if set(d.role("agent")) == found}
            if len(found) == 1 or len(holders) == 1:  # one holder, or one detention's ("Iranian forces": and Iran)
                e = _with_agents(e, found)
        out.append(e)
    return out
