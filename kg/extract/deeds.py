"""Stage 6c: statements about a deed the article told before are aimed at its doer.

Criticism or praise of "the decision", "the move", "the attack" is aimed at whoever did the deed
the article is about: the subject of its headline ("US President Trump announces troop withdrawal
from Syria" ... "McGurk criticized the decision": aimed at Trump). Only a definite deed noun with
no doer of its own counts ("the decision", not "Iran's decision" or "the attack by X", which the
frames read themselves); deed nouns are data (kg/data/events.json). Rejecting "the request",
"the accusation" or "that resolution" is aimed at whoever the article says made it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..data import load_json
from .model import EventMention
from .syntax import dominates

if TYPE_CHECKING:
    from .refer import Referents

_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})


@lru_cache(maxsize=1)
def _deed_nouns() -> frozenset[str]:
    return frozenset(load_json("events.json")["deed_nouns"])


def _judges(event: EventMention) -> bool:
    """A statement that judges a deed: disapproval (CAMEO 11x), praise (051), 'spoke out
    against', 'characterised X as'."""
    return event.cls == "Statement" and ((event.cameo or "").startswith(("11", "051"))
                                         or event.rule in ("point-out", "characterise"))


def aimed_at_doers(events: list[EventMention], refs: "Referents") -> list[EventMention]:
    """Give a judging statement with no target the doer of the deed it judges, once the article
    has named one ("China detained X. ... Canada condemns the sentence imposed against X": China);
    a demand or appeal is aimed at whoever is to do what it asks ("We demand his release": his
    holder), besides whom it names."""
    out = []
    for event in events:
        asks = event.cls == "Statement" and (event.cameo or "").startswith(("02", "10"))
        if _judges(event) or asks:
            doc = refs.found.parsed.blocks[event.block].doc
            deeds = [d for d in events if d.block == event.block and d.cls != "Statement" and d.role("agent")
                     and dominates(doc[event.token], doc[d.token])]
            patients = {k for d in deeds for k in d.role("target")}
            # "condemned the arrest and called for his release": aimed at his holder, not at him
            judged = _judges(event) and (not event.role("target") or set(event.role("target")) <= patients)
            doers = sorted({k for d in deeds for k in d.role("agent")} - set(event.role("agent")) - set(event.role("target")))
            if deeds and doers and (judged or asks):
                kept = tuple((r, k) for r, k in event.roles if not (judged and r == "target"))
                event = replace(event, roles=tuple(sorted(kept + tuple(("target", k) for k in doers))))
        out.append(event)
    return out


def aimed_at_named_doers(events: list[EventMention], refs: "Referents") -> list[EventMention]:
    """A judging statement of a deed its object names the doer of ("condemned the killing of
    protesters by the security forces", "attacked the recognition of X by Y") is aimed at the
    doer, not at whom the deed was done to."""
    out = []
    for event in events:
        if _judges(event):
            doc = refs.found.parsed.blocks[event.block].doc
            doers = [k for noun in (c for c in doc[event.token].children if c.dep_ == "dobj")
                     for k in _doers_named_by(noun, event.block, refs) if k not in event.role("agent")]
            if doers:
                kept = tuple((r, k) for r, k in event.roles if r != "target")
                event = replace(event, roles=tuple(sorted(kept + tuple(("target", k) for k in dict.fromkeys(doers)))))
        out.append(event)
    return out


def _doers_named_by(noun, block: int, refs: "Referents") -> list[str]:
    """Who a deed noun's 'by' phrase names, on the noun or a noun inside its phrase ('the recognition
    of Jerusalem as the capital by X'), but not inside a clause of its own."""
    if noun.lemma_.lower() not in _deed_nouns() and noun.lemma_.lower() not in _DOER_NOUNS:
        return []
    out = []
    for by in (t for t in noun.subtree if t.lower_ == "by" and t.head.pos_ == "NOUN" and t.dep_ == "prep"):
        if _clause_between(by.head, noun):
            continue  # "the report of abuses committed by X": the clause has its own doer
        for party in (c for c in by.children if c.dep_ == "pobj"):
            key = refs.resolve(block, party)
            if key and refs.cls(key) in ("Country", "Organization", "Person", "Group"):
                out.append(key)
                state = refs.represented(block, party) if refs.cls(key) == "Group" else None
                out += [state] if state else []  # "by Peruvian forces": the forces, and Peru they act for
    return out


def _clause_between(token, top) -> bool:
    """A verb stands on the way up from the token to `top` (bounded: a parse is no deep tree)."""
    for _ in range(8):
        if token.i == top.i:
            return False
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return True
        token = token.head
    return True


# deed nouns of their own kind besides the listed ones: what was done to someone
_DOER_NOUNS = frozenset({"killing", "murder", "arrest", "detention", "imprisonment", "abduction", "shooting", "bombing",
                         "seizure", "treatment", "persecution", "harassment", "torture", "recognition", "sentencing"})


def aimed_at_the_lead(events: list[EventMention], refs: "Referents") -> list[EventMention]:
    """Give a judging statement with no target the headline's doer, when its object is a bare deed."""
    doer = _headline_subject(refs)
    if doer is None:
        return events
    out = []
    for event in events:
        if _judges(event) and not event.role("target") and doer not in event.role("agent") \
                and _bare_deed(refs.found.parsed.blocks[event.block].doc[event.token], event.block, refs):
            event = replace(event, roles=tuple(sorted(event.roles + (("target", doer),))),
                            confidence=round(event.confidence - 0.1, 2))
        out.append(event)
    return out


def _headline_subject(refs: "Referents") -> str | None:
    """The actor the headline's clause is about: "Turkey's President Erdogan proposes ...": Erdogan."""
    blocks = refs.found.parsed.blocks
    if not blocks or blocks[0].block.kind != "headline":
        return None
    for token in blocks[0].doc:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB" and token.head.dep_ == "ROOT":
            key = refs.resolve(0, token)
            return key if key and refs.cls(key) in ("Person", "Country", "Organization") else None
    return None


def _bare_deed(verb, block: int, refs: "Referents") -> bool:
    return any(noun.lemma_.lower() in _deed_nouns() for noun in _bare_objects(verb, ("against",), block, refs))


@lru_cache(maxsize=1)
def _made_by() -> dict[str, tuple[str, ...]]:
    """What a rejected noun was, as the event that made it: CAMEO prefixes of statements, or a class."""
    return {noun: tuple(kinds) for noun, kinds in load_json("events.json")["made_by"].items()}


def made_by(noun: str) -> tuple[str, ...]:
    """What the noun's thing was made as (CAMEO prefixes of statements, or classes); () if nothing listed."""
    return _made_by().get(noun, ())


def rejections_aimed_at_makers(events: list[EventMention], refs: "Referents") -> list[EventMention]:
    """Give a Rejection, or a judging statement, of "the request", "the sanctions" or "that
    resolution" (no maker of its own) the agent of the latest earlier event that made such a thing
    ("X asked the embassy to ... The embassy declined the request": aimed at X; "X sanctioned Y.
    Y condemned the sanctions": aimed at X)."""
    out = []
    for event in events:
        if (event.cls == "Rejection" or _judges(event)) and not event.role("target"):
            noun = _bare_object(refs.found.parsed.blocks[event.block].doc[event.token], event.block, refs)
            kinds = _made_by().get(noun.lemma_.lower()) if noun is not None else None
            makers = [e for e in events if kinds and (e.block, e.token) < (event.block, event.token) and e.role("agent")
                      and (e.cls in kinds or (e.cls == "Statement" and (e.cameo or "").startswith(kinds)))]
            if makers:
                latest = max(e.sentences[0] for e in makers)  # the latest sentence, its main clause first
                maker = min((e for e in makers if e.sentences[0] == latest), key=lambda e: e.token)
                doers = [k for k in maker.role("agent") if k not in event.role("agent")]
                if doers:
                    event = replace(event, roles=tuple(sorted(event.roles + tuple(("target", k) for k in doers))),
                                    confidence=round(event.confidence - 0.1, 2))
        out.append(event)
    return out


def _bare_object(verb, block: int, refs: "Referents"):
    """The verb's (or nominal trigger's) definite object with no owner of its own, if any."""
    return next(iter(_bare_objects(verb, ("of",), block, refs)), None)


def _bare_objects(verb, preps: tuple[str, ...], block: int, refs: "Referents") -> list:
    """The verb's direct objects and objects of `preps` that are definite ("the decision", "that
    resolution") and name no owner or doer of their own ("Iran's decision", "the attack by X")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]  # "the demands were rejected"
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]
    return [noun for noun in objects
            if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
            and not any(c.dep_ in ("poss", "compound", "amod") and refs.resolve(block, c) for c in noun.children)
            and not any(p.dep_ == "prep" and p.lower_ in ("of", "by") and any(refs.resolve(block, o) for o in p.children)
                        for p in noun.children)]
