"""Stage 6b: the other half of a swap. "Russia freed X in exchange for Y": Y is released too, and
handed to the side that freed X (the counterpart); who hands Y over the sentence may not say (a
detention in the sentence or the article can: "Y, imprisoned by Israel")."""
from __future__ import annotations

from dataclasses import replace

from .drafts import Draft, assign
from .refer import Referents
from .syntax import prep_object, prepositions_of

_PEOPLE = {"Person", "Group"}
_SWAP = "+swap"


def is_swap_half(draft: Draft) -> bool:
    """The draft is the other half of a swap (its giver is not any other handover's in the sentence)."""
    return draft.trigger.id.endswith(_SWAP)


def swapped_releases(drafts: list[Draft], refs: Referents) -> list[Draft]:
    """A release draft for whom each release is exchanged for ('in exchange for Y', 'in a swap for Y')."""
    out = []
    for draft in drafts:
        if draft.trigger.cameo != "0841" or draft.token.pos_ != "VERB" or not draft.roles.get("target"):
            continue
        for other in _exchanged_for(draft.token):
            twin = Draft(replace(draft.trigger, id=draft.trigger.id + _SWAP), draft.block, other,
                         confidence=draft.confidence - 0.15, modality=draft.modality)
            assign(twin, "target", other, refs, classes=_PEOPLE)
            if twin.roles.get("target") and not set(twin.roles["target"]) & set(draft.roles["target"]):
                for key in draft.roles.get("agent", []):
                    twin.add("counterpart", key)  # Y goes to the side that freed X
                out.append(twin)
    return out


def _exchanged_for(verb) -> list:
    """The objects of 'in exchange for' / 'in (a) swap for' on the verb or its object."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    out = []
    for head in heads:
        for p, noun in prepositions_of(head):
            if p == "in" and noun.lemma_.lower() in ("exchange", "swap", "return"):
                other = prep_object(noun, "for")
                out += [other] if other is not None else []
    return out
