"""Stage 6a: reporting verbs put after the words they report, with the speaker after them
("..., stated the Foreign Ministry", "..., reported TASS"). The parser often takes such a verb for
a second verb of the reported clause, sharing its subject, and its speaker for an object; the
comma right before the verb, with no "and", tells the inversion."""
from __future__ import annotations

from .relays import reporting_verbs

_SLOTS = frozenset({"dobj", "nsubj", "attr", "npadvmod"})


def inverted_speaker(verb):
    """The name right after a reporting verb that follows a comma and the clause it reports."""
    if verb.pos_ != "VERB" or verb.i < 2 or verb.lemma_.lower() not in reporting_verbs() or not _after_its_words(verb):
        return None
    if verb.doc[verb.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass", "cc") and not _clause(c) for c in verb.children):
        return None
    near = [*verb.children, *(g for c in verb.children if c.dep_ in ("xcomp", "advcl") for g in c.children)]
    return next((t for t in near if t.dep_ in _SLOTS and t.left_edge.i == verb.i + 1 and _named(t)), None)


def _named(noun) -> bool:
    """A name, or a body's name ("the Russian Foreign Ministry"); not a thing someone owns ("X's plan")."""
    return noun.pos_ == "PROPN" and not any(c.dep_ == "poss" for c in noun.children)


def _after_its_words(verb) -> bool:
    """The verb comes after the clause it reports: that clause's second verb, or its head."""
    if verb.dep_ == "conj":
        return verb.head.i < verb.i
    return verb.dep_ == "ROOT" and any((c.dep_ == "ccomp" or _clause(c)) and c.i < verb.i for c in verb.children)


def _clause(token) -> bool:
    """A reported clause the parser hung on the verb as its subject ("rules amount to X, stated Y")."""
    return token.dep_ == "nsubj" and token.pos_ in ("VERB", "AUX")
