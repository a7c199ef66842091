"""Stage 6a helper: bare definite descriptions and what they stand for: "the regime" or "the
country" for a state named before them, "the bloc" or "the alliance" for an organisation of
that kind (the nouns and kinds are data: kg/data/descriptions.json)."""
from __future__ import annotations

from functools import lru_cache

from ..data import gazetteer, load_json
from .syntax import prep_object


@lru_cache(maxsize=1)
def description_kinds() -> dict[str, tuple[str, ...]]:
    """Description noun -> keys of the organisations it may stand for: their own kind ("the
    alliance"), and the kinds descriptions.json lists for it ("the bloc": a union or association)."""
    out: dict[str, list[str]] = {}
    for entry in gazetteer():
        if entry.kind:
            out.setdefault(entry.kind, []).append(entry.key)
    for noun, kinds in load_json("descriptions.json")["kinds"].items():
        keys = out.setdefault(noun, [])
        keys += [k for kind in kinds for k in out.get(kind, ()) if k not in keys]
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _state_nouns() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("descriptions.json")["states"].items()}


def _bare_actor(token) -> bool:
    """'the regime' or 'this country' with nothing that names it, as a party ('by the regime'),
    not a place ('in the country')."""
    actor = token.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "conj") or (
        token.dep_ == "pobj" and token.head.lower_ in ("by", "with", "against", "on", "from"))
    determined = any(c.lower_ in ("the", "this") for c in token.children if c.dep_ == "det")
    named = any(c.dep_ in ("amod", "compound", "poss", "nmod") or c.dep_ == "prep" and c.lower_ in ("of", "in", "for")
                for c in token.children)
    return actor and determined and not named and token.tag_ == "NN"


def described_state(refs, block: int, token) -> str | None:
    """The state a bare 'the regime', 'the country', 'this nation' stands for: one named before it
    in its paragraph, else in the two before (a release's own 'we' is no antecedent). A regime
    or junta is the one named last ('sanctioned Syria. The regime ...'); a country, nation or
    government the latest subject, else the one named last."""
    noun, nouns = token.lemma_.lower(), _state_nouns()
    if noun not in nouns["last_named"] | nouns["subject"] or not _bare_actor(token):
        return None
    for b in range(block, max(block - 2, 0) - 1, -1):
        doc, limit = refs.found.parsed.blocks[b].doc, token.i if b == block else None
        states = sorted((m for m in refs.found.mentions_in(b) if refs.cls(m.key) == "Country" and not m.voice
                         and doc[m.end - 1].pos_ == "PROPN"  # a state named, not an adjective ("American")
                         and (limit is None or m.end <= limit)), key=lambda m: m.start, reverse=True)
        subjects = [m for m in states if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")] if noun in nouns["subject"] else []
        if subjects or states:
            return (subjects or states)[0].key
        speaker = _subject_before(token, token.i) if b == block else None  # "Polish Defence Minister X said the
        if speaker is not None and refs.cls(refs.resolve(block, speaker)) == "Person":  # country will buy ...":
            return _office_state(refs, refs.resolve(block, speaker))  # the state whose office the speaker holds
    return None


def _subject_before(token, limit: int):
    """The subject, before `limit`, of one of the verbs the token hangs from."""
    verbs = [a for a in list(token.ancestors)[:6] if a.pos_ in ("VERB", "AUX")]
    return next((c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < limit), None)


def _office_state(refs, person: str) -> str | None:
    """The one state whose office the person holds."""
    states = {c.of for c in refs.offices if c.person == person and refs.cls(c.of) == "Country"}
    return states.pop() if len(states) == 1 else None


@lru_cache(maxsize=1)
def _owned_state_nouns() -> frozenset[str]:
    """Nouns whose owner's state they stand for: 'his country', 'its navy', 'her government'."""
    data = load_json("descriptions.json")
    return frozenset(data["owned"]) | frozenset(w.split()[-1] for w in load_json("groups.json")["armed_forces"])


_OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})


def possessed_state(refs, block: int, token, depth: int) -> str | None:
    """'his country', 'its navy', 'her government': the state of the pronoun's owner (a state, or
    the state whose office the owner holds). A 'his' the article names no one for is the speaker's
    ('Chile's defence minister said his country would ...': Chile)."""
    owner_word = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS), None)
    if owner_word is None or token.lemma_.lower() not in _owned_state_nouns():
        return None
    owner = refs.resolve(block, owner_word, depth + 1)
    if owner is None:
        subject = _subject_before(token, owner_word.i)
        owner = refs.resolve(block, subject, depth + 1) if subject is not None else None
    if refs.cls(owner) == "Person":
        owner = _office_state(refs, owner)
    return owner if refs.cls(owner) == "Country" else None


@lru_cache(maxsize=1)
def _state_forms() -> frozenset[str]:
    return frozenset(load_json("descriptions.json")["state_forms"])


def named_state(refs, block: int, token, depth: int) -> str | None:
    """'the Republic of the Marshall Islands', 'the kingdom of Bahrain': the state a form of state
    names by its 'of' object (only a state: 'the state of emergency' names none)."""
    if token.lower_ not in _state_forms() or token.pos_ not in ("NOUN", "PROPN"):
        return None
    key = refs.resolve(block, prep_object(token, "of"), depth + 1)
    return key if refs.cls(key) == "Country" else None
