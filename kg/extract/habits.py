"""States, habits, venues and appointments told in passing, no events of their own. Trade told as
a habit: a present-tense buying or supplying verb in a relative clause on the goods ("the Chinese
goods that America buys", "the oil it sells abroad") describes what the goods are, no purchase or
delivery made; one with its other side named ("the jets that India buys from France") may be a deal."""
from __future__ import annotations

from .syntax import governed_by

_TRADE = frozenset({"Purchase", "Transfer"})
_VENUE = frozenset({"sideline", "sidelines", "margin", "margins"})


def habitual_trade(cls: str, verb) -> bool:
    """The verb is a plain present tense ('buys', 'sell') in a relative clause, with no auxiliary."""
    return cls in _TRADE and verb.pos_ == "VERB" and verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass", "neg") or c.lower_ in ("from", "to") for c in verb.children)


def stative(verb) -> bool:
    """A passive or adjectival use of a verb ('were committed to', 'is opposed to'): a state the
    subject is in, which a speaker may report, not a speech act of the subject's own."""
    return verb.pos_ == "VERB" and (verb.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in verb.children))


def venue_meetings(cls: str, noun) -> bool:
    """A body's own meetings on whose sidelines something else happens ("on the sidelines of the
    annual meetings of the Fund"): the place of what is told, no meeting between the parties named
    (one whose sides are named, "the talks between A and B", is one)."""
    return cls == "Meeting" and noun.pos_ == "NOUN" and governed_by(noun, _VENUE) and not any(
        c.dep_ == "prep" and c.lower_ in ("between", "with") for c in noun.children)



def confirmed_nominee(verb, obj) -> bool:
    """'The Senate confirmed X as ambassador': a nominee confirmed in office, no confirming of a report
    ('confirmed the deaths', 'confirmed that ...')."""
    return verb.lemma_.lower() == "confirm" and obj is not None and (obj.ent_type_ == "PERSON" or any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children))
