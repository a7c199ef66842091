"""Stage 6a: the conditions a threat is made on, whose subjects it is aimed at. 'If Peru closes the
border, we will cut off its gas' is aimed at Peru; so is 'warned that the army will use force if the
rebels reject talks' (the condition is the reported clause's, and the army is the warner's own), and
'X will take countermeasures if the US imposes tariffs, the ministry said' (the parser often hangs the
'if' on the reporting verb, or on the verb the act complements: 'will have to take ... if')."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .drafts import assign, assign_owner
from .lexicon import speech_verbs
from .syntax import clause_subject

if TYPE_CHECKING:
    from .drafts import Draft
    from .refer import Referents

CONDITIONS = frozenset({"if", "unless", "should"})
CAUSES = frozenset({"after", "because", "since"})  # what a retaliation answers: "vowed revenge after X struck"


def condition_subjects(verb, marks: frozenset[str] = CONDITIONS) -> list:
    """The subjects of the verb's conditions: 'if Peru closes the border, we will ...' -> Peru (or of other `marks`)."""
    out = []
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if any(m.dep_ in ("mark", "aux") and m.lower_ in marks and m.i < clause.i for m in clause.children):
            subject = clause_subject(clause)  # not a passive's ("if its ships are attacked": the victims)
            out += [subject] if subject is not None and subject.dep_ == "nsubj" else []
    return out


def threat_conditions(verb, speech: frozenset[str]) -> list:
    """The subjects of the conditions of a threatening verb, of the clauses it reports ('warned that X
    would ... if Y ...'), of the verbs it complements ('will have to take ... if Y ...') and of the
    speech verb that reports it ('X will retaliate if Y ..., the minister said')."""
    verbs = [verb]  # up through control and adjectives: "would feel compelled to abandon X if Y ..."
    while verbs[-1].dep_ in ("xcomp", "conj", "acomp") and len(verbs) < 4:
        verbs.append(verbs[-1].head)
    if verbs[-1].dep_ == "ccomp" and verbs[-1].head.lemma_.lower() in speech:
        verbs.append(verbs[-1].head)
    verbs += [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    out = []
    for each in verbs:
        out += [s for s in condition_subjects(each) if s not in out]
    return out


_ANSWERS = frozenset({"response", "retaliation", "reply", "answer", "reaction"})


def answered(verb) -> list:
    """What a threatened act answers, whose doer it is aimed at: 'will take countermeasures in
    response to the U.S. decision' -> the decision (the U.S.'s); 'in retaliation for X's strikes'."""
    out = []
    for holder in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _ANSWERS):
                out += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                        for o in p.children if o.dep_ == "pobj"]
    return out


def aim_at_conditions(draft: "Draft", role: str, verb, refs: "Referents") -> None:
    """Fill `role` with the parties the threat's conditions name, else with the doer of what it answers;
    never with the threatener ('threatened tariffs unless it curbed migration', "it" misread)."""
    own = set(draft.roles.get("agent", []))
    for subject in threat_conditions(verb, speech_verbs()):
        if refs.resolve(draft.block, subject) not in own:
            assign(draft, role, subject, refs)
    for deed in answered(verb) if not draft.roles.get(role) else ():  # "in response to the U.S. decision"
        assign(draft, role, deed, refs)
        if not draft.roles.get(role):
            assign_owner(draft, role, deed, refs)
    for party in _struck(verb) if not draft.roles.get(role) else ():  # "warned that North Korea was ready to
        if refs.resolve(draft.block, party) not in own:  # use nuclear weapons against South Korea": not the North
            assign(draft, role, party, refs)


def _struck(verb) -> list:
    """Whom the act a warning reports is taken against: the 'against' objects in its reported clause."""
    return [o for c in verb.children if c.dep_ == "ccomp" for t in c.subtree
            if t.dep_ == "prep" and t.lower_ == "against" for o in t.children if o.dep_ == "pobj"]
