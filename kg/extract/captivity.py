"""Who holds whom, read through the parses news gives captivity and court orders.

"Hamas is holding two Americans hostage", "sailors held hostage by Abu Sayyaf returned home" (a
reduced relative the parser reads as a main clause), "were held captive by X" (the by-phrase hung on
the complement); "a court ordered X detained", "ruled that X should be detained" (the court detains);
"X remains imprisoned", "stayed jailed" (a verb of remaining over the participle); "X is in custody",
"has been in prison in Iran", "is behind bars" (a copula putting its subject in a place of holding).
"""
from __future__ import annotations

from functools import lru_cache

from ..data import load_json, word_set


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_json("events.json")
    return frozenset(raw["detainee_nouns"]) | {"hostage", "captive"}, frozenset(raw["ordering_verbs"])


def held_subject(verb):
    """Who 'remains imprisoned' or 'stays jailed': the subject of the verb of remaining, which the parser
    reads as the participle's auxiliary or hangs the participle on as its complement; None otherwise."""
    states, remaining = word_set("events.json", "held_states"), word_set("events.json", "remaining_verbs")
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in states:
        return None
    if verb.dep_ in ("acomp", "xcomp", "oprd") and verb.head.lemma_.lower() in remaining:
        holder = verb.head
    else:
        holder = next((c for c in verb.children if c.dep_ == "auxpass" and c.lemma_.lower() in remaining), None)  # an auxiliary keeps its form as lemma
    if holder is None:
        return None
    return next((c for c in [*holder.children, *verb.children] if c.dep_ in ("nsubj", "nsubjpass")), None)


def _holding_copula(noun):
    """The copula of 'is in custody', 'has been behind bars' (not 'is no longer in custody'); None otherwise."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in ("in", "behind") or noun.lemma_.lower() not in word_set(
            "events.json", "custody_places") or (noun.lemma_.lower() == "bar") != (head.lower_ == "behind"):
        return None
    copula = head.head
    if copula.lemma_ != "be" or any(c.dep_ == "neg" or c.lower_ == "longer" for c in copula.subtree if c.i < noun.i):
        return None
    return copula


def copular_inmate(noun):
    """Who 'is in custody', 'has been in prison', 'is behind bars': the subject of the copula whose 'in' or
    'behind' phrase names a place of holding; None otherwise."""
    copula = _holding_copula(noun)
    if copula is None:
        return None
    return next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None) or (
        copula.head if copula.dep_ == "relcl" else None)


def copula_places(noun) -> list:
    """Where 'is in prison in South Korea' holds its subject, when the parser hung 'in South Korea' on the copula."""
    copula = _holding_copula(noun)
    return [] if copula is None else [g for c in copula.children if c.dep_ == "prep" and c.lower_ == "in" and c.i != noun.head.i
                                      for g in c.children if g.dep_ == "pobj"]


def judged_participle(verb) -> bool:
    """'X was arrested ..., wrongfully detained citizen Y': a participle with a judging adverb, parsed as an active
    conjunct of a passive, is an adjective on the noun after it; the passive's subject does none of it."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "advmod" and c.lower_ in word_set("events.json", "judging_adverbs") for c in verb.children) and any(
        c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


def _complement(verb):
    """The word saying what the held became: 'held X hostage', 'kept captive'."""
    captives, _ = _words()
    return next((c for c in verb.children if c.dep_ in ("dobj", "oprd", "acomp", "attr", "dep")
                 and c.lemma_.lower() in captives), None)


def _by(head):
    return next((g for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj"), None)


def captor(verb):
    """The 'by' doer of 'held hostage by X', whether the parser hung it on the verb or on 'hostage'."""
    complement = _complement(verb)
    if complement is None:
        return None
    by = _by(complement)
    return by if by is not None else _by(verb)


def misread_relative(verb) -> bool:
    """'Ten sailors held hostage by X returned home': a subject, 'hostage' as the object and a by-phrase
    say the verb is a passive participle on its subject, which is who is held."""
    complement = _complement(verb)
    return complement is not None and complement.dep_ == "dobj" and captor(verb) is not None and any(
        c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def captive_object(verb):
    """Who is held, when 'hostage'/'captive' took the object's place: the misread relative's subject, or
    the name the parser hung on 'hostage' ('holding two Americans hostage')."""
    complement = _complement(verb)
    if complement is None or any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    if misread_relative(verb):
        return next(c for c in verb.children if c.dep_ == "nsubj")
    return next((c for c in complement.children if c.dep_ in ("compound", "nmod", "poss") and c.i < complement.i
                 and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def ordering_verb(verb):
    """The verb of ordering over a participle: 'ordered X detained' (a small clause on X, or the participle
    hung on X as the object), 'ruled that X should be detained' (a passive); None if there is none."""
    _, ordering = _words()
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ == "agent" for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in ordering:
        return verb.head.head
    if verb.dep_ not in ("ccomp", "xcomp", "oprd") or verb.head.lemma_.lower() not in ordering:
        return None
    deps = {c.dep_ for c in verb.children}
    return verb.head if "auxpass" in deps or not deps & {"aux", "mark", "dobj"} else None


def ordered_clause(verb) -> bool:
    """'ordered X detained', 'ruled that X should be detained': a participle under a verb of ordering."""
    return ordering_verb(verb) is not None


def ordered_object(verb):
    """Whom 'ordered X detained' orders held: the small clause's subject, or the ordering verb's object."""
    if not ordered_clause(verb) or any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
        (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
