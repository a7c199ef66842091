"""Stage 6a: where a trigger's slots are in the parse, whatever the parser made of them: the
object of a verb (also a count hung on a preposition, or a later coordinated verb's object), a
predicative complement ("called the vote illegal"), "calling for X to ...", and words below a verb."""
from __future__ import annotations

from .syntax import passive_conjunct, prep_object, prepositions_of


def for_clause(token, particles) -> bool:
    """'calling for China to release them': the particle heads the clause the verb governs."""
    return "for" in particles and any(c.dep_ in ("advcl", "xcomp", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for c in token.children)


PREDICATIVE = frozenset({"responsible", "accountable", "liable"})
COUNTING_PREPOSITIONS = frozenset({"between", "over", "about", "around", "nearly", "almost"})


def predicative_complement(verb, obj):
    """What a verb of calling says its object is: 'called the vote illegal', 'described X as Y'."""
    for head in (verb, obj):
        for child in head.children if head is not None else ():
            if child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ == "as"):
                return child
    return None


def verb_object(verb):
    """The verb's object: its own, else that of a later verb it is coordinated with."""
    own = own_object(verb, ("dobj", "nsubjpass", "attr"))
    if own is not None and own.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head  # "the bill, which was introduced by X": the bill
    if own is not None:
        return own
    if passive_conjunct(verb):  # "X was arrested and later released": X is released too
        return own_object(verb.head, ("nsubjpass",))
    # "have interrogated, detained, and deported thousands": coordinated verbs share the last one's object
    for conjunct in (c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"):
        shared = own_object(conjunct, ("dobj",))
        if shared is not None:
            return shared
    return _loose_object(verb)


def _loose_object(verb):
    """'to release, immediately and unconditionally, citizens A and B': an object the parser
    left hanging after adverbs and commas (dep "dep", or coordinated with the verb) is the verb's."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and (doc[i].pos_ in ("ADV", "PUNCT", "CCONJ") and doc[i].text not in (".", ";", ":")):
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or i == verb.i + 1:
        return None
    head = doc[i]
    while head.dep_ in ("compound", "amod", "det", "nummod") and head.head.i > head.i:
        head = head.head
    return head if head.dep_ == "dep" or (head.dep_ == "conj" and head.head.i == verb.i) else None


def own_object(verb, deps):
    """The verb's child in one of `deps`, else a count it governs through a preposition."""
    for child in verb.children:
        if child.dep_ in deps:
            return child
    for child in verb.children:  # "deported between 900,000 and 1.6 million citizens": a count parsed as a preposition
        if child.dep_ == "prep" and child.lower_ in COUNTING_PREPOSITIONS:
            counted = next((g for g in child.children if g.dep_ == "pobj"), None)
            if counted is not None and any(c.dep_ == "nummod" for c in counted.children):
                return counted
    return None


def objects_with_preps(verb, obj) -> list:
    """The direct object, else the objects of 'on'/'for' ("voted on a resolution"), 'against'/'down'
    ("voted against the bill")."""
    out = [obj] if obj is not None else []
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the resolution proposed by Mexico"
        out.append(verb.head)
    for p, o in prepositions_of(verb):
        if p in ("on", "for", "in", "against", "down"):
            # "voted in support of a resolution": what is supported
            inner = prep_object(o, "of") if o.lemma_.lower() in SUPPORT_NOUNS else None
            out.append(inner if inner is not None else o)
    return out


SUPPORT_NOUNS = frozenset({"support", "favor", "favour", "opposition"})


def below(token, depth: int) -> list:
    """The tokens up to `depth` dependency steps below `token`."""
    out, layer = [], [token]
    for _ in range(depth):
        layer = [c for t in layer for c in t.children]
        out += layer
    return out


def to_clause(token, particles) -> bool:
    """'committed to further strengthening ...' parsed as a clause whose "to" is an auxiliary."""
    return "to" in particles and any(g.lower_ == "to" and g.dep_ == "aux" for c in token.children
                                     if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" for g in c.children)
