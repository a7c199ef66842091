"""Stage 6a: whom an event noun is aimed at or falls on, and whose deed it is: participles after
the noun ("sanctions targeting X", "a bill aimed at punishing X"), the verbs it undergoes ("X faces
sanctions", "X is in custody"), and verbs of praise or blame around it ("congratulated Chile on its
purchase", "sanctioned Turkey for the purchase of S-400s")."""
from __future__ import annotations

from .captivity import copular_inmate
from .syntax import clause_subject, prep_object, prepositions_of, reason_doer


# Participles that aim an event noun at someone: "sanctions targeting X", "measures aimed at X".
_AIMING = frozenset({"aim", "direct", "hit", "penalise", "penalize", "punish", "target"})


def aimed_at(noun) -> list:
    """Whom a participle after an event noun aims it at: 'sanctions targeting X', 'a bill aimed at X'."""
    out = []
    # "introduced bills this week aimed at X": the participle parsed onto the verb after an adverb
    for acl in (c for c in noun.children if (c.dep_ == "acl" or c.dep_ == "advcl" and c.tag_ == "VBN")
                and c.lemma_.lower() in _AIMING):
        out += [c for c in acl.children if c.dep_ == "dobj"]
        for p, o in prepositions_of(acl):  # "aimed at punishing X": at whom the gerund acts
            if p in ("at", "against"):
                out += acted_on(o) if o.dep_ == "pcomp" and o.tag_ == "VBG" else [o]
    return out


def acted_on(gerund) -> list:
    """Whom a gerund acts on, and its purpose: "punishing X", "strengthening controls to counter X's influence"."""
    objects = [c for c in gerund.children if c.dep_ == "dobj"]
    purposes = [c for h in (gerund, *objects) for c in h.children if c.dep_ in ("advcl", "xcomp", "acl")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return objects + [c for v in purposes for c in v.children if c.dep_ == "dobj"]


_PRAISE_ON = frozenset({"commend", "compliment", "congratulate", "praise"})  # "congratulated X on its purchase"


def deed_owner(noun):
    """Whose deed an event noun is when a verb of praise or blame names them: 'congratulated
    Chile on its purchase of jets', 'sanctioned Turkey for the purchase of S-400s' (Chile's, Turkey's)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "on" and prep.head.lemma_.lower() in _PRAISE_ON:
        return next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return reason_doer(prep)  # "sanctioned Turkey for the purchase of S-400s", "sanctions on X over its purchase"


_AFFECTING = frozenset({"target", "hit", "affect", "cover"})  # what a sanction as subject does to whom it falls on


def affected_party(noun):
    """Who undergoes a nominal event: the subject of 'X faces sanctions', 'X was hit by sanctions'."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in _AFFECTING:  # "the new sanctions target X"
        party = next((c for c in head.children if c.dep_ == "dobj"), None)  # "... target subsidiaries of X": X's
        return (prep_object(party, "of") if party is not None and party.pos_ == "NOUN" else None) or party
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "subject" and head.head.pos_ == "VERB":
        return next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)  # "X was subjected to sanctions"
    if noun.dep_ == "pobj" and head.dep_ == "agent":
        return next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
    if noun.dep_ == "dobj" and head.lemma_.lower() in ("face", "fear", "avoid", "risk", "escape", "suffer", "survive"):
        return clause_subject(head)
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_ == "be":  # "X is under sanctions"
        return clause_subject(head.head)
    if (inmate := copular_inmate(noun)) is not None:  # "X is in custody", "has been behind bars since 2020"
        return inmate
    if (noun.dep_ == "pobj" and head.lower_ in ("of", "to") and head.head.lemma_.lower() in ("subject", "target")
            and head.head.dep_ in ("attr", "acomp")):  # "X has been the subject of sanctions"
        return clause_subject(head.head.head)
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "subject" and head.head.dep_ in ("amod", "advcl"):
        owner = head.head.head  # "citizens subject to detention"; "cases of citizens subject to ...": the citizens
        if head.head.dep_ == "advcl":  # parsed loose of the noun: the governing verb's object
            owner = next((c for c in owner.children if c.dep_ == "dobj"), None)
        if owner is None:
            return None
        return (prep_object(owner, "of") if owner.lemma_.lower() in ("case", "number") else None) or owner
    return None
