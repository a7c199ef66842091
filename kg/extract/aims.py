"""Stage 6a: whom an event noun is aimed at, and whose deed it is: participles after the noun
("sanctions targeting X", "a bill aimed at punishing X") and verbs of praise or blame around it
("congratulated Chile on its purchase", "sanctioned Turkey for the purchase of S-400s")."""
from __future__ import annotations

from .syntax import prepositions_of, reason_doer


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
