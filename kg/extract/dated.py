"""Subjects the parser folded into a bare date before the verb.

News style puts a weekday between the subject and the verb ("Chancellor Angela Merkel Wednesday
criticized Turkey"); the parser then often reads the name as a compound of the weekday, an adverb of
the verb, and the verb is left without a subject.
"""
from __future__ import annotations

from .attributes import WEEKDAYS

_RELATIVE_DAYS = frozenset({"today", "yesterday", "tonight"})
_BARE_DAYS = frozenset(WEEKDAYS) | _RELATIVE_DAYS


def _bare_date(token) -> bool:
    """A weekday or relative day standing alone as an adverb ('Monday', 'yesterday'), no preposition."""
    return token.dep_ == "npadvmod" and token.lower_ in _BARE_DAYS


def dated_subject(verb):
    """The name right before a bare date that directly precedes a verb without a subject, or None."""
    date = next((c for c in verb.children if c.i == verb.i - 1 and _bare_date(c)), None)
    if date is None or date.i == 0:
        return None
    name = verb.doc[date.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ in ("", "DATE", "TIME") or name.i < date.left_edge.i:
        return None  # "last Monday", "In Paris, Monday": only a name the parser hung on the date
    return name
