"""Stage 6: coercion as news tells it, where a frame's own slots fall short: a sanction a party
"could face" is threatened by whoever says so, and a sanctioned group's named members ("12 firms,
including X") are its targets."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .conditions import CONDITIONS
from .mood import future_or_modal
from .syntax import distance, prepositions_of

if TYPE_CHECKING:
    from .drafts import Draft
    from .refer import Referents

_FACING = frozenset({"face", "risk", "incur"})  # "X could face sanctions": what X is told may come
_INCLUDING = frozenset({"including", "include", "among"})


def looms(draft: "Draft") -> bool:
    """A promise ('will be held to account') or a sanction a party is told it could face
    ('X could face sanctions if ...'): whoever says it makes the threat."""
    if draft.trigger.only_future:
        return True
    token = draft.token
    return draft.trigger.cls == "Sanction" and token.pos_ == "NOUN" and token.dep_ == "dobj" \
        and token.head.lemma_.lower() in _FACING and (future_or_modal(token.head) or token.head.lemma_.lower() == "risk"
                                                      or _conditioned(token.head))
    # ("X risks sanctions" needs no modal: the risk is what may come; nor "X faces tariffs unless it ...")


def _conditioned(verb) -> bool:
    """The verb holds only on a condition: 'faces tariffs unless it halts X', 'faces sanctions if it ...'."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
               for c in verb.children)


def promised_by_sayers(drafts: list["Draft"], refs: "Referents") -> None:
    """A promise or looming sanction with no doer is the nearest speaker's who says it ('"X will face
    consequences," Chile said'); a threat so told to a state is aimed at it ('told the United States
    that any hostile act would provoke a decisive response')."""
    denied_by_sayers(drafts)
    for draft in drafts:
        loom = looms(draft)
        if loom and draft.trigger.cls == "Sanction" and draft.modality == "Asserted":
            draft.modality = "Threatened"  # a sanction a party is told it may face is not yet imposed
        if not loom or draft.roles.get("agent"):
            continue
        sayers = [o for o in drafts if o.trigger.cls == "Statement" and o.roles.get("agent")
                  and o.token in draft.token.ancestors]
        if sayers:
            sayer = min(sayers, key=lambda o: distance(o.token, draft.token))
            draft.roles["agent"] = list(sayer.roles["agent"])
            if draft.trigger.cls == "Threat" and not draft.roles.get("target"):
                draft.roles["target"] = [k for k in sayer.roles.get("counterpart", []) if refs.cls(k) == "Country"]


def denied_by_sayers(drafts: list["Draft"]) -> None:
    """What a speaker denies did not happen as told: "Russia denied that it had threatened Ukraine"
    (the threat Negated; the denial itself is the speaker's Rejection)."""
    for draft in drafts:
        clause = draft.token
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" and clause.head.lemma_.lower() in _DENYING \
                and draft.modality == "Asserted":
            draft.modality = "Negated"


_DENYING = frozenset({"deny", "refute"})


def add_included(draft: "Draft", refs: "Referents") -> None:
    """A sanction on a counted group gets the members named after 'including' ('sanctioned 12
    people and entities, including the company X': X too); only inside the group it sanctions, not
    elsewhere ('over plots against dissidents in nations including X')."""
    if draft.trigger.cls != "Sanction" or draft.token.pos_ != "VERB":
        return
    groups = [c for c in draft.token.children if c.dep_ == "dobj"]
    groups += [p for c in (draft.token, *groups) for p in _aimed_preps(c)]
    groups += [g for p, g in prepositions_of(draft.token) if p in ("to", "on") and g.lemma_.lower() in draft.trigger.companions]
    # ("added 60 firms to the Entity List, including X": the parser hangs 'including' on the list)
    named = []
    for group in groups:  # the parser often hangs 'including' on the group's last noun ('tied to X's program')
        for prep in (t for t in group.subtree if t.dep_ == "prep" and t.lower_ in _INCLUDING):
            for member in (c for c in prep.children if c.dep_ == "pobj"):
                for each in (member, *member.conjuncts, *(c for c in member.children if c.dep_ == "appos")):
                    key = refs.resolve(draft.block, each)
                    if key and refs.cls(key) in ("Person", "Organization", "Country") and key not in named:
                        named.append(key)
    named = [k for k in named if k not in draft.roles.get("target", []) and k not in draft.roles.get("agent", [])]
    if named:
        draft.roles["target"] = draft.roles.get("target", []) + named


def listed_onto(verb, particles, lists) -> bool:
    """'added 43 entities in 50 locations to the Entity List': the 'to' (or 'on') a list that the parser
    hung inside the object, not on the verb."""
    return any(p.dep_ == "prep" and p.lower_ in particles and any(o.dep_ == "pobj" and o.lemma_.lower() in lists
                                                                     for o in p.children)
               for c in verb.children if c.dep_ == "dobj" for p in c.subtree)


_PHRASE = frozenset({"dobj", "prep", "pobj", "compound", "amod", "nmod", "conj"})


def restricted_trade(drafts: list["Draft"]) -> list["Draft"]:
    """The drafts without the deliveries a sanction restricts through a preposition: 'tightened
    controls on exports to X', 'a ban on arms sales to X' tell no exports made, only their curbing.
    A delivery that is the sanction's own object stays: 'sought to block the transfer of jets to X'
    is the transfer it would stop."""
    curbs = [d.token for d in drafts if d.trigger.cls == "Sanction"]
    return [d for d in drafts if d.trigger.cls != "Transfer" or d.token.pos_ != "NOUN"
            or not any(_inside_phrase(curb, d.token) for curb in curbs)]


def _inside_phrase(head, token) -> bool:
    """`token` sits in a prepositional phrase within the object of `head` (no clause between)."""
    t, through_prep = token, False
    while t.i != head.i:
        if t.dep_ not in _PHRASE or t.head.i == t.i:
            return False
        through_prep |= t.dep_ == "pobj"
        t = t.head
    return through_prep


def _aimed_preps(token) -> list:
    """The objects of 'on' and 'against' below `token` ('imposed sanctions on 12 firms')."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for g in c.children if g.dep_ == "pobj"]
