"""Stage 6a: subjects the parser hung on the clause before. In "X claimed the attack and Kyiv has
denied involvement" it reads "Kyiv" as a second object of "claimed" ("the attack and Kyiv") and
leaves "denied" without a subject; the name that ends right before the second verb is its subject."""
from __future__ import annotations

_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def stray_subject(verb):
    """The name a subjectless coordinated verb follows, parsed as a conjunct of the clause before's noun."""
    if verb.dep_ not in ("conj", "ccomp") or verb.pos_ != "VERB" or verb.left_edge.i < 2 or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.tag_ not in _FINITE and not any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children):
        return None  # "sold the shares, hoping ...": a participle takes its subject from the clause it goes with
    name = verb.doc[verb.left_edge.i - 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    if name.pos_ != "PROPN" or name.dep_ != "conj" or name.head.pos_ not in ("NOUN", "PROPN") or name.head.i > name.i:
        return None
    joined = any(c.dep_ == "cc" and c.lower_ == "and" and name.head.i < c.i < name.left_edge.i for c in name.head.children)
    return name if joined and name.right_edge.i == verb.left_edge.i - 1 else None
