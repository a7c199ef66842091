"""Stage 5, offices: a party for titles their sentence leaves without one: the country the
sentence names before the holder, the one state a title belongs to, the subject of a
government's release."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..data import load_json, word_set
from .lexicon import speech_verbs
from .model import OfficeClaim


def in_the_releases_subject(claims: list[OfficeClaim], found, classes) -> list[OfficeClaim]:
    """In a government's release about one country (named twice at least, three times as often as any other),
    a national title the article gives no party anywhere is that country's ("President X" in a
    U.S. statement on Zimbabwe): the release's own officials took its voice already."""
    if found.voice is None:
        return claims
    counts = Counter(m.key for m in found.mentions if classes.get(m.key) == "Country" and not m.voice
                     and m.key != found.voice).most_common(2) + [(None, 0)] * 2
    (main, n), (_, second) = counts[0], counts[1]
    if main is None or n < 2 or n < 3 * second:
        return claims
    with_party = {c.person for c in claims if c.of}
    return [replace(c, of=main) if c.of is None and c.person not in with_party and c.title in national_titles()
            else c for c in claims]


@lru_cache(maxsize=1)
def title_countries() -> dict[str, str]:
    """Titles only one state has, and that state (titles.json 'country')."""
    return {t["label"]: t["country"] for t in load_json("titles.json")["titles"] if "country" in t}


def by_title(claims: list[OfficeClaim], keys: set[str]) -> list[OfficeClaim]:
    """A title only one state has ("Foreign Secretary": the UK) is that state's, when the article
    gives the person no party for it and mentions the state."""
    with_party = {(c.person, c.title) for c in claims if c.of}  # "Secretary Blinken" of the voice too
    countries = title_countries()
    return [replace(c, of=countries[c.title]) if c.of is None and (c.person, c.title) not in with_party
            and countries.get(c.title) in keys else c for c in claims]


def national_titles() -> frozenset[str]:
    """Titles of a state's own government (titles.json 'national')."""
    return word_set("titles.json", "national")


def country_before(doc, holder, span, party_at, classes, voice: str | None, title_parties: set[int]) -> str | None:
    """The one country the sentence names before the holder of a national title ("the Hungarian
    plan of Prime Minister X", "in Tripoli, Libya, where he met Prime Minister X"), leaving out
    the release's own voice, other titles' parties and places the holder acts on ("Prime
    Minister X visited Japan") or that act themselves ("Japan welcomed President X"), unless the holder
    states what the country does ("Japan hopes ..., said Foreign Minister X")."""
    head = doc[holder.end - 1]
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    sentence = span.sent
    found = {m.key for i, m in party_at.items()
             if sentence.start <= i < holder.start and classes[m.key] == "Country" and m.key != voice
             and m.start not in title_parties and doc[i].dep_ not in ("nsubj", "nsubjpass")
             and not (verb is not None and verb in doc[i].ancestors)}
    if verb is not None and verb.lemma_.lower() in speech_verbs():  # "Japan hopes ..., said Foreign Minister X":
        found |= {m.key for i, m in party_at.items()  # the country whose stand he states is his
                  if sentence.start <= i < holder.start and classes[m.key] == "Country" and m.key != voice
                  and m.start not in title_parties and doc[i].dep_ == "nsubj" and doc[i].head.dep_ == "ccomp"
                  and doc[i].head.head == verb}
    return found.pop() if len(found) == 1 else None


def in_its_country(claims: list[OfficeClaim], placed: dict[OfficeClaim, str]) -> list[OfficeClaim]:
    """A national title placed by its sentence, unless the article gives the person a party."""
    with_party = {c.person for c in claims if c.of}
    return [replace(c, of=placed[c]) if c in placed and c.person not in with_party else c for c in claims]


def of_the_owner(claims: list[OfficeClaim], owed: dict[OfficeClaim, str]) -> list[OfficeClaim]:
    """A title a person's name possesses ("Trump's envoy X") takes the party of that person's
    office, when the article gives him one and the holder none."""
    party = {}
    for c in claims:
        if c.of and c.person not in party:
            party[c.person] = c.of
    return [replace(c, of=party[owed[c]]) if c in owed and owed[c] in party and c.person not in party else c
            for c in claims]


def its_owner(doc, left_edge: int, span, mentions, classes):
    """'Rosneft and its chief executive, X', 'the company said its chief executive X would go': the
    organisation 'its' refers to, coordinated just before it or the subject of its sentence."""
    its = next((t.i for t in doc[max(left_edge - 1, 0):span.start] if t.lower_ == "its"), None)  # a pronoun ends
    if its is None:  # the title's phrase: it may stand just before its left edge
        return None
    sentence = span.sent
    before = [m for m in mentions if classes[m.key] == "Organization" and sentence.start <= m.start and m.end <= its]
    joined = [m for m in before if m.end == its - 1 and doc[its - 1].lower_ in ("and", ",")]
    subjects = [m for m in before if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
    return (joined or subjects or [None])[-1]
