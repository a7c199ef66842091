"""Stage 6b': a rejection of a thing its maker owns, told where the verb's own object is not.

"Israel accepted a proposal by Egypt, but Hamas rejected it": 'it' is the proposal, so the rejection is
aimed at Egypt; "Iran rejected as 'baseless' allegations by G7 ministers": the rejected thing stands
after an 'as' phrase (a heavy object moved right) and is the G7's. The thing must be one a statement or
deed makes (events.json's made_by: a proposal, an offer, a claim ...), and its maker the possessor, an
entity modifier ("the Egyptian proposal") or the object of 'by'/'from' ("an offer from Seoul").
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..data import load_json, word_set
from .accusers import sentence_places
from .deeds import made_by
from .model import EventMention
from .outlets import outlet_keys
from .refer import ACTOR_CLASSES
from .mood import future_or_modal, negated
from .syntax import clause_subject, prepositions_of

if TYPE_CHECKING:
    from .refer import Referents

_THING_PRONOUNS = frozenset({"it", "them", "this", "that"})
_ASKING = ("02", "10")  # appeals and demands, whose asked deed a refusal names again
_MAKER_PREPS = ("by", "from", "of")
_LOOK_BACK = 2  # sentences before the rejection's own where the outlet's story may stand
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # "rejected the deal": one told before


def rejections_of_owned_things(events: list[EventMention], refs: "Referents") -> list[EventMention]:
    """Give a Rejection with no target the maker of the thing it rejects, named by a pronoun or an 'as' phrase."""
    out = []
    for event in events:
        if event.cls == "Rejection" and event.role("agent") and not event.role("target"):
            verb = refs.found.parsed.blocks[event.block].doc[event.token]
            objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *_apposed(c))]  # "rejected X, a
            things = [_rejected_thing(verb)] + [o for o in objects if made_by(o.lemma_.lower())]  # demand by Y"
            # (the made object itself last: "turned down an offer by Russia", the 'by' phrase hung on the verb)
            makers = [k for t in things if t is not None for k in _makers(t, event.block, refs) if k not in event.role("agent")]
            if makers:
                event = replace(event, roles=tuple(sorted(event.roles + (("target", makers[0]),))),
                                confidence=round(event.confidence - 0.1, 2))
        out.append(event)
    return out


def rejections_of_reports(events: list[EventMention], refs: "Referents") -> list[EventMention]:
    """'The Washington Post reported that ... The Kremlin denied the report': a Rejection with no target of a story
    ("the report", or 'it') answers the news outlet that told one in its sentence or the two before, not as the narrator
    of the rejection itself ("Reuters reported that Kenya denied the claims")."""
    stories = _outlet_stories(refs)
    if not stories:
        return events
    at = sentence_places(refs)
    out = []
    for event in events:
        if event.cls == "Rejection" and event.role("agent") and not event.role("target"):
            verb = refs.found.parsed.blocks[event.block].doc[event.token]
            objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            if any(o.lemma_.lower() in _words("report_nouns") or o.lower_ in _THING_PRONOUNS and o.pos_ == "PRON" for o in objects):
                here = at(event.block, event.token)
                tellers = [(at(b, t.i), t.i, k) for b, t, k in stories if (b, t.i) < (event.block, event.token)
                           and 0 <= here - at(b, t.i) <= _LOOK_BACK and k not in event.role("agent")
                           and not (b == event.block and any(a.i == t.i for a in verb.ancestors))]
                if tellers:
                    event = replace(event, roles=tuple(sorted(event.roles + (("target", max(tellers)[2]),))),
                                    confidence=round(event.confidence - 0.1, 2))
        out.append(event)
    return out


def _outlet_stories(refs: "Referents") -> list:
    """(block, reporting verb, outlet key) for each news outlet that tells something: the subject of 'reported',
    'wrote', 'said', or the object of 'according to'."""
    outlets = outlet_keys(refs.found)
    out = []
    for m in (m for m in refs.found.mentions if m.key in outlets):
        doc = refs.found.parsed.blocks[m.block].doc
        head = next((t for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end or t.head.i == t.i), None)
        if head is None:
            continue
        if head.dep_ == "nsubj" and head.head.lemma_.lower() in _words("reporting_verbs"):
            out.append((m.block, head.head, m.key))
        elif head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
            out.append((m.block, head.head.head, m.key))
    return out


def _words(name: str) -> frozenset[str]:
    """A word list of events.json."""
    return word_set("events.json", name)


def refusals_of_demands(events: list[EventMention], refs: "Referents") -> list[EventMention]:
    """'China demanded that Japan apologise. Tokyo said it would not apologise': a statement that its speaker will
    not do the very deed an appeal or demand of the two sentences before asked of it is a Rejection of that asking."""
    out = list(events)
    for said in (e for e in events if e.cls == "Statement" and e.role("agent")):
        doc = refs.found.parsed.blocks[said.block].doc
        side = refs.own_side(said.role("agent"))
        for deed in (c for c in doc[said.token].children if c.dep_ == "ccomp" and negated(c) and future_or_modal(c)):
            subject = clause_subject(deed)
            if subject is None or refs.resolve(said.block, subject) not in side:
                continue
            askers = [a for a in events if a.cls == "Statement" and (a.cameo or "").startswith(_ASKING) and a.block == said.block
                      and a.token < said.token and said.token - a.token < 80 and side & set(a.role("target"))
                      and any(t.lemma_ == deed.lemma_ and t.i != a.token for t in doc[a.token].subtree)]
            if askers:
                roles = tuple(sorted({("agent", k) for k in said.role("agent")} | {("target", k) for k in askers[-1].role("agent")}))
                out.append(replace(said, cls="Rejection", rule="will-not-do", token=deed.i, roles=roles, cameo="124",
                                   quote=None, topics=(), confidence=0.6))
    return out


def _rejected_thing(verb):
    """The made thing the verb rejects: the antecedent of its pronoun object, the noun its relative clause is on,
    or the noun of its 'as' phrase."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    relative = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
    if relative.dep_ == "relcl" and all(o.tag_ in ("WDT", "WP") for o in objects):
        thing = next((t for t in (relative.head, *_apposed(relative.head)) if made_by(t.lemma_.lower())), None)
        if thing is not None:  # "a claim Washington denies", "the proposal Kerry offered and Israel rejected";
            return thing  # "X's demand that Y disarm, a condition Y rejected": the demand the condition restates
    if any(o.lower_ in _THING_PRONOUNS and o.pos_ == "PRON" for o in objects):
        return _antecedent(verb)
    if not objects:  # "rejected as baseless allegations by X" ('as' plus a made noun, not "rejected it as baseless")
        return next((o for p, o in prepositions_of(verb) if p == "as" and made_by(o.lemma_.lower())), None)
    definite = [o for o in objects if o.pos_ == "NOUN" and made_by(o.lemma_.lower())
                and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in o.children)]
    return _earlier_mention(definite[0]) if definite else None


def _apposed(noun) -> list:
    """The nouns in apposition with this one, either way ("the demand - a condition ...", "X, a demand by Y")."""
    return [c for c in noun.children if c.dep_ == "appos"] + ([noun.head] if noun.dep_ == "appos" else [])


def _earlier_mention(noun):
    """The earlier mention a definite made thing names again, in its sentence or the one before: a made noun of a kind
    it shares ("the Egyptian proposal ... rejected the deal"), or a noun a making verb's participle hangs on ("a
    ceasefire proposed by Egypt ... rejected the deal"); the latest first."""
    start = noun.sent.start
    if start > 0:
        start = noun.doc[start - 1].sent.start
    kinds = set(made_by(noun.lemma_.lower()))
    asking = load_json("events.json")["asking_verbs"].get(noun.lemma_.lower(), [])
    for t in reversed(noun.doc[start:noun.left_edge.i]):
        if t.pos_ == "NOUN" and (kinds & set(made_by(t.lemma_.lower())) or any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _making_verbs() for c in t.children)):
            return t
        if t.pos_ == "VERB" and t.lemma_.lower() in asking and not t.tag_ == "VBN":  # "X invited Y ..., but Y rejected
            return t  # the invitation": the asking clause made it
    return None


def _antecedent(verb, lemmas=None):
    """The latest made-thing noun (or noun of `lemmas`) before the verb, in its sentence or the one before
    ("a proposal ... rejected it")."""
    start = verb.sent.start
    if start > 0:
        start = verb.doc[start - 1].sent.start
    nouns = [t for t in verb.doc[start:verb.i] if t.pos_ == "NOUN"
             and (t.lemma_.lower() in lemmas if lemmas is not None else made_by(t.lemma_.lower()))]
    return nouns[-1] if nouns else None


def thing_pronoun_antecedent(verb, lemmas):
    """For a verb whose object is a thing pronoun ('called it unacceptable'), the noun of `lemmas` it stands for."""
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _THING_PRONOUNS and c.pos_ == "PRON" for c in verb.children):
        return None
    return _antecedent(verb, lemmas)


def _makers(noun, block: int, refs: "Referents") -> list[str]:
    """Who made the thing: its possessor or entity modifier, else the object of its 'by'/'from'/'of'; for a clause
    that made it ("X invited Y"), its subject."""
    if noun.pos_ == "VERB":
        subject = clause_subject(noun)
        key = refs.resolve(block, subject) if subject is not None and subject.dep_ == "nsubj" else None
        return [key] if key and refs.cls(key) in ACTOR_CLASSES else []
    keys = list(refs.modifiers(block, noun))
    phrases = prepositions_of(noun)
    if noun.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in noun.head.children):  # "welcomed a proposal by
        # Norway": a 'by' phrase right after an active verb's object, hung on the verb, is the object's
        phrases += [(p, o) for p, o in prepositions_of(noun.head) if p in ("by", "from") and o.head.i == noun.right_edge.i + 1]
    for deed in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):  # "a truce proposed by Egypt"
        phrases += [(p, o) for p, o in prepositions_of(deed) if p == "by"]
    for relative in (c for c in noun.children if c.dep_ == "relcl"):  # "the proposal Kerry offered": Kerry; "the idea,
        phrases += [("by", c) for c in relative.children if c.dep_ == "nsubj"]  # which was floated by X": X
        phrases += [(p, o) for p, o in prepositions_of(relative) if p == "by" and relative.tag_ == "VBN"
                    and relative.lemma_.lower() in _making_verbs()]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _making_verbs():  # "Britain proposed a plan": Britain's
        maker = clause_subject(noun.head)
        phrases += [("by", maker)] if maker is not None and maker.dep_ == "nsubj" else []
    for preposition in _MAKER_PREPS:
        keys += [k for p, o in phrases if p == preposition for k in [refs.resolve(block, o)] if k]
    return [k for k in keys if refs.cls(k) in ACTOR_CLASSES]


@lru_cache(maxsize=1)
def _making_verbs() -> frozenset[str]:
    """Verbs whose subject makes their object (events.json making_verbs)."""
    return frozenset(load_json("events.json")["making_verbs"])
