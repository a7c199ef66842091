"""Stage 6c: a denial answers the accusation just told.

"Russia condemned Ukraine for the attack, while Kiev denied involvement"; "NATO accused Russia
of misleading it. Moscow rejected the accusations": a Rejection with no target of its own, by a
party that a claim, accusation, demand or appeal of the same sentence or of one of the two before
it was aimed at, is aimed at whoever made it. The rejected thing must be what such a statement makes
(events.json's made_by: "the demand" answers an appeal or demand, "the accusation" a claim or
accusation); a denial of anything else answers a claim or accusation ("X said Y was behind it. Y
denied involvement"); a rejection of a pronoun or of nothing named answers any asking ("Y
refused"). "Y rejected a ceasefire" after "X criticised Y" rejects something else.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .deeds import made_by
from .model import EventMention

if TYPE_CHECKING:
    from .refer import Referents

# statements that ask of, offer to or accuse their target: appeals (02), offers (03), demands (10), accusations (11)
_ASKING = ("02", "03", "10", "11")
_CLAIMING = ("01", "11")  # what a denial answers: a claim made about the denier, or an accusation
_DENIALS = frozenset({"deny", "call-false"})  # rules of denials: "denied involvement" answers an accusation
_LOOK_BACK = 2  # sentences before the denial's own


def rejections_aimed_at_accusers(events: list[EventMention], refs: "Referents") -> list[EventMention]:
    """Give a Rejection with no target the maker of the accusation or demand it answers."""
    at = sentence_places(refs)

    def place(e: EventMention) -> int:
        return at(e.block, e.token)
    out = []
    for event in events:
        kinds = _answered(event, refs) if event.cls == "Rejection" and event.role("agent") and not event.role("target") else ()
        if kinds:
            here, rejecters = place(event), set(event.role("agent"))
            codes = tuple(k for k in kinds if k[:1].isdigit())
            makers = [e for e in events if (e.cls in kinds or e.cls == "Statement" and (e.cameo or "").startswith(codes))
                      and (e.block, e.token) < (event.block, event.token) and 0 <= here - place(e) <= _LOOK_BACK
                      and rejecters & set(e.role("target")) and e.role("agent") and not rejecters & set(e.role("agent"))]
            if not makers and event.rule in _DENIALS:
                makers = _claims_naming(event, events, refs, place)
            if makers:
                maker = max(makers, key=lambda e: (place(e), -e.token))  # the latest sentence, its main clause first
                event = replace(event, roles=tuple(sorted(event.roles + tuple(("target", k) for k in maker.role("agent")))),
                                confidence=round(event.confidence - 0.1, 2))
        out.append(event)
    return out


def _claims_naming(denial: EventMention, events: list[EventMention], refs: "Referents", place) -> list[EventMention]:
    """Claims before the denial, in its window, by another side, that name the denier's side anywhere in what they say
    ("Bortnikov said Ukrainian military intelligence was involved. Ukraine denied involvement": the intelligence is
    Ukraine's; "X told reporters, referring to Ukraine, ..."): the accusation, when none is aimed at the denier as such."""
    here, side = place(denial), refs.own_side(denial.role("agent"))
    out = []
    for claim in events:
        if claim.cls != "Statement" or not (claim.cameo or "").startswith(_CLAIMING) or not claim.role("agent") \
                or (claim.block, claim.token) >= (denial.block, denial.token) or not 0 <= here - place(claim) <= _LOOK_BACK \
                or side & refs.own_side(claim.role("agent")):
            continue
        verb = refs.found.parsed.blocks[claim.block].doc[claim.token]
        named = {refs.resolve(claim.block, t) for t in verb.subtree if t.pos_ in ("PROPN", "NOUN", "ADJ")} - {None}
        if side & refs.own_side(named):
            out.append(claim)
    return out


def _answered(event: EventMention, refs: "Referents") -> tuple[str, ...]:
    """The kinds of event the rejection can answer (CAMEO prefixes of statements, or classes): what its object was made
    as ("the demand": an appeal or demand, "the threats": a threat), a claim or accusation about the denier for a denial
    ("X said Y was behind it. Y denied involvement"), any asking one for a rejection of a pronoun
    or of nothing named ("Y refused")."""
    verb = refs.found.parsed.blocks[event.block].doc[event.token]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    made = tuple(k for o in objects for k in made_by(o.lemma_.lower()))
    if made:
        return made
    if event.rule in _DENIALS:
        return _CLAIMING
    return _ASKING if not objects or any(o.pos_ == "PRON" for o in objects) else ()


def sentence_places(refs: "Referents"):
    """A function giving a token (block, index) the place of its sentence in the article (0, 1, 2 ...)."""
    starts = {}
    for index, pb in enumerate(refs.found.parsed.blocks):
        for sentence in pb.doc.sents:
            starts[(index, sentence.start)] = len(starts)

    def place(block: int, index: int) -> int:
        return starts[(block, refs.found.parsed.blocks[block].doc[index].sent.start)]
    return place
