"""Stage 6: a stay for talks: "X is in Rome for talks with Y", "... is here for two days of talks".

The copula's subject holds the talks the "for" phrase names, as "X is in talks with Y" does."""
from __future__ import annotations

_STAYS = frozenset({"in", "at"})  # "is in Paris", "is at the summit"
_HERE = frozenset({"here", "there"})


def stay_for(carrier):
    """The copula "be" of a stay somewhere whose purpose is the carrier noun, or None."""
    noun = carrier
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj":
        noun = noun.head.head  # "for two days of talks", "for an evening of talks", "for a round of talks"
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() != "be":
        return None
    placed = any(c.dep_ == "prep" and c.lower_ in _STAYS for c in verb.children) or any(
        c.dep_ == "advmod" and c.lower_ in _HERE for c in verb.children)
    return verb if placed else None
