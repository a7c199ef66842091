"""Stage 6a helper: the gender an article gives each person, so that "he" and "she" agree with
their antecedent. Cues are a given name that is one gender in English-language news, an
honorific ("Ms."), or a gendered noun before or beside the name ("spokeswoman Ana Ruiz")."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..data import load_json
from .model import ArticleEntities

_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    data = load_json("genders.json")
    return {key: frozenset(data[key]) for key in ("male_given_names", "female_given_names", "male_words",
                                                   "female_words")}


def pronoun_gender(token) -> str | None:
    """'m' for he/him/his, 'f' for she/her/hers, None for any other token."""
    lower = token.lower_
    return "m" if lower in _MALE_PRONOUNS else "f" if lower in _FEMALE_PRONOUNS else None


def _word_gender(word: str) -> str | None:
    cues, lower = _cues(), word.lower()
    return "m" if lower in cues["male_words"] else "f" if lower in cues["female_words"] else None


def person_genders(found: ArticleEntities) -> dict[str, str]:
    """Person key -> 'm' or 'f', for the people whose cues in the article agree."""
    cues = _cues()
    people = {e.key for e in found.entities if e.cls == "Person"}
    votes: dict[str, set[str]] = {}
    for entity in found.entities:
        if entity.key not in people:
            continue
        for name in entity.names:
            first = _plain(name.split()[0]) if name.split() else ""  # "José" is "jose"
            if first in cues["male_given_names"]:
                votes.setdefault(entity.key, set()).add("m")
            elif first in cues["female_given_names"]:
                votes.setdefault(entity.key, set()).add("f")
    for mention in found.mentions:
        if mention.key not in people:
            continue
        doc = found.parsed.blocks[mention.block].doc
        head = doc[mention.end - 1]
        nearby = [doc[mention.start - 1]] if mention.start > 0 else []  # "Ms. Ruiz", "spokeswoman Ana Ruiz"
        nearby += [doc[mention.start]]  # a mention that holds its honorific
        nearby += [c for c in head.children if c.dep_ == "appos"]  # "Ana Ruiz, a spokeswoman"
        nearby += [head.head] if head.dep_ == "appos" else []  # "the spokeswoman, Ana Ruiz"
        for token in nearby:
            gender = _word_gender(token.text)
            if gender:
                votes.setdefault(mention.key, set()).add(gender)
    return {key: next(iter(genders)) for key, genders in votes.items() if len(genders) == 1}


def is_given_name(word: str) -> bool:
    """A given name that names a person in news, whatever the gender ('Alexei', 'Fatima')."""
    cues, lower = _cues(), _plain(word)
    return lower in cues["male_given_names"] or lower in cues["female_given_names"]


def _plain(word: str) -> str:
    """Lower case without accents: the given-name lists are written plain ("Nicolás" is "nicolas")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()
