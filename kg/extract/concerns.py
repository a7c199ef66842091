"""Stage 6a: concern over abuses in a country ("concerned by the harassment of journalists in
Turkey", "expressed concern about the crackdown on protesters in Iran") is aimed at the state
where they happen, not at the people they befall, when no one else is named as doing them."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..data import word_set
from .drafts import Draft
from .syntax import prepositions_of

if TYPE_CHECKING:
    from .refer import Referents

_CONTENT = frozenset({"by", "about", "over", "at", "with", "regarding"})
_VICTIM = frozenset({"of", "on", "against"})


def concern_site(draft: Draft, refs: Referents) -> None:
    """Aim a concern at the country its abuse takes place in, instead of the abuse's victims."""
    if draft.trigger.id not in ("concern", "concern-adj") or any(
            refs.cls(k) != "Group" for k in draft.roles.get("target", [])):
        return
    token = draft.token  # "expressed concern about X": the verb's, the noun's, or the verb's for the noun
    heads = [token, *(c for c in token.children if c.dep_ == "dobj"), *([token.head] if token.dep_ == "dobj" else [])]
    for preposition, abuse in (pair for head in heads for pair in prepositions_of(head)):
        if preposition not in _CONTENT or abuse.lemma_.lower() not in word_set("events.json", "abuse_nouns"):
            continue
        if any(c.dep_ == "poss" for c in abuse.children) or any(p in ("by", "from") for p, _ in prepositions_of(abuse)):
            return  # "Russia's crackdown", "arrests by the police": the doer is named
        victims = [o for p, o in prepositions_of(abuse) if p in _VICTIM]
        site = _country_in(draft.block, [abuse, *victims, *(c for v in victims for c in v.conjuncts)], refs)
        if site is not None:
            draft.roles["target"] = [site]
            return


def _country_in(block: int, nouns: list, refs: Referents) -> str | None:
    for noun in nouns:
        for preposition, place in prepositions_of(noun):
            key = refs.resolve(block, place) if preposition == "in" else None
            if refs.cls(key) == "Country":
                return key
    return None
