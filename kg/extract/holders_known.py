"""Officeholders the article names only by title and surname ("Prime Minister Andersson",
"Secretary-General Guterres"): world knowledge (kg/data/officeholders.tsv) gives the full name
and the state, when the surname, the title and the article's date single out one person."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..data import gazetteer, gazetteer_by_key, read_text
from ..names import fold
from .model import ArticleEntities, Entity, OfficeClaim

# Letters NFKD does not take apart: "Yıldırım", "Løkke", "Đukanović" as news writes them in ASCII.
_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss"})
_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad)[ -]")  # "al-Sudani" and "Sudani" are one name
SLACK = 1  # years: an article of January names the office as of the year before


@dataclass(frozen=True)
class Holder:
    """One term of one officeholder."""
    full_name: str
    title: str  # normalised (see _title)
    state: str  # gazetteer key
    first: int
    last: int


def _surname(text: str) -> str:
    return _ARTICLE.sub("", fold(text).translate(_LETTERS).replace("-", " ")).strip()


def _title(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())  # "Secretary-General" = "Secretary General"


@lru_cache(maxsize=1)
def holders() -> dict[str, tuple[Holder, ...]]:
    """The list's terms by folded surname."""
    keys = {e.label: e.key for e in gazetteer() if e.cls in ("Country", "Organization")}
    lines = [line for line in read_text("officeholders.tsv").splitlines() if line.strip() and not line.startswith("#")]
    out: dict[str, list[Holder]] = {}
    for row in list(csv.DictReader(lines, delimiter="\t")):
        holder = Holder(row["full_name"], _title(row["title"]), keys[row["state"]], int(row["first_year"]),
                        int(row["last_year"]))
        out.setdefault(_surname(row["surname"]), []).append(holder)
    return {k: tuple(v) for k, v in out.items()}


def known_holders(found: ArticleEntities, claims: list[OfficeClaim]) -> tuple[ArticleEntities, list[OfficeClaim]]:
    """The article's entities and claims, with each surname-only holder the list singles out
    given its full name (label, the surname kept as another name) and its claims the state."""
    year = found.parsed.article.published.year if found.parsed.article.published else None
    if year is None:
        return found, claims
    people = {e.key: e for e in found.entities if e.cls == "Person" and e.label is None}
    chosen: dict[OfficeClaim, Holder] = {}
    for claim in claims:
        surname = _surname_of(people.get(claim.person))
        terms = {h for h in holders().get(surname, ()) if h.title == _title(claim.title)
                 and h.first - SLACK <= year <= h.last + SLACK and claim.of in (None, h.state)}
        if len({h.full_name for h in terms}) == 1:  # two President Kims of one year: neither
            chosen[claim] = min(terms, key=lambda h: (abs(year - h.first), h.first))
    names: dict[str, set[str]] = {}
    for claim, holder in chosen.items():
        names.setdefault(claim.person, set()).add(holder.full_name)
    named = {person: full.pop() for person, full in names.items() if len(full) == 1}  # one person per entity
    if not named:
        return found, claims
    claims = [replace(c, of=chosen[c].state) if c in chosen and c.person in named and c.of is None else c
              for c in claims]
    entities = [replace(e, label=named[e.key], names=(named[e.key], *e.names)) if e.key in named else e
                for e in found.entities]
    present = {e.key for e in entities}
    by_key = gazetteer_by_key()
    for state in sorted({c.of for c in claims if c.of and c.of not in present}):  # the state the article never names
        entry = by_key[state]
        entities.append(Entity(entry.key, entry.cls, (entry.label,), entry.label, entry.wikidata))
    return replace(found, entities=tuple(entities)), claims


def _surname_of(entity: Entity | None) -> str | None:
    """The one surname an entity is named by, if every name of it is that surname alone."""
    if entity is None:
        return None
    forms = {_surname(n) for n in entity.names}
    return forms.pop() if len(forms) == 1 else None
