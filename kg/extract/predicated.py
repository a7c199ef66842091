"""Offices stated by a predicate rather than a name beside the title: "X became prime minister",
"X, who was appointed defence minister in May", "Rudd appointed X as his defence minister",
"X's appointment as prime minister", "X was re-appointed to his role as foreign minister".
The verbs and nouns are data (kg/data/titles.json: predicate_verbs, predicate_nouns)."""
from __future__ import annotations

from ..data import load_json, word_set

_RELATIVE = frozenset({"who", "that", "whom"})
_OWN_POSSESSORS = frozenset({"my", "our", "your"})  # "in our capacity as Co-Chair": the speaker's, no named person's


def predicate_holder(span, person_on) -> "object | None":
    """The person a title is predicated of, or None: the title is the complement of a verb of
    being or appointing, or follows "as" on such a verb or on a noun of office."""
    root = span.root
    head = root.head
    if root.dep_ in ("attr", "oprd", "dobj") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _verbs():
        if root.dep_ == "dobj" and not any(c.dep_ == "dobj" and c.i != root.i for c in head.children):
            return None  # "named a new foreign minister": no person named in the title's place
        return _of_verb(head, root, person_on)
    if root.dep_ == "pobj" and head.lower_ == "as":
        owner = head.head
        if owner.pos_ in ("VERB", "AUX") and owner.lemma_.lower() in _verbs():
            return _of_verb(owner, root, person_on)
        if owner.pos_ == "NOUN" and owner.lemma_.lower() in _nouns():
            return _of_noun(owner, person_on)
    return None


def _of_verb(verb, title, person_on):
    """The verb's object when it is active and has one ("appointed X (as) minister"), else its subject;
    a relative pronoun stands for the noun its clause hangs on."""
    if _unreal(verb):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != title.i]
    if objects:
        return person_on.get(objects[0].i)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        subject = verb.head  # "X, who was appointed defence minister": X
    return person_on.get(subject.i)


def _of_noun(noun, person_on):
    """'X's appointment as ...': the possessor; 'appointed to his role as ...': whom the clause is about."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners and owners[0].i in person_on:
        return person_on[owners[0].i]
    if owners and owners[0].lower_ in _OWN_POSSESSORS:
        return None
    governor = noun.head.head if noun.dep_ == "pobj" else None
    if governor is not None and governor.pos_ in ("VERB", "AUX") and governor.lemma_.lower() in _verbs():
        return _of_verb(governor, noun, person_on)
    return None


def _unreal(verb) -> bool:
    """A verb negated or under another verb ('wants to become', 'is expected to be named') states no office."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ in ("xcomp", "ccomp", "advcl", "pcomp") or any(
        c.dep_ == "aux" and c.lower_ in ("to", "will", "would", "could", "might", "may", "should") for c in verb.children)


def _verbs() -> frozenset[str]:
    return word_set("titles.json", "predicate_verbs")


def _nouns() -> frozenset[str]:
    return word_set("titles.json", "predicate_nouns")


def headed_bodies(doc, person_on, body_at) -> list[tuple[object, str, object, str]]:
    """(person, title, body, surface) for a person who heads, leads or chairs a named body: "X, who
    heads Russia's central bank", "X leads the Wagner Group" (kg/data/titles.json heading_verbs)."""
    titles = load_json("titles.json")["heading_verbs"]
    out = []
    for verb in doc:
        title = titles.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        bodies = [c for c in verb.children if c.dep_ == "dobj" and c.i in body_at] if title else []
        if bodies and not _unreal(verb):
            holder = _of_verb(verb, bodies[0], person_on)
            body = body_at[bodies[0].i]
            if holder is not None and holder.key != body.key:
                out.append((holder, title, body, f"{title.lower()} of {doc[body.start:body.end].text}"))
    return out
