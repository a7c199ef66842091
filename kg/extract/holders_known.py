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
    label: str  # the title as titles.json writes it
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
        holder = Holder(row["full_name"], _title(row["title"]), row["title"], keys[row["state"]],
                        int(row["first_year"]), int(row["last_year"]))
        out.setdefault(_surname(row["surname"]), []).append(holder)
    return {k: tuple(v) for k, v in out.items()}


def known_states(found: ArticleEntities, claims: list[OfficeClaim]) -> list[OfficeClaim]:
    """The claims, each surname-only holder the list singles out given the list's state (and its
    title in full where the article wrote it bare: "Secretary Blinken"). Run before the offices
    stage guesses a state from the sentence: world knowledge beats "the country named before"."""
    chosen = _chosen(found, claims)
    return [replace(c, of=chosen[c].state, title=chosen[c].label) if c in chosen else c for c in claims]


def known_holders(found: ArticleEntities, claims: list[OfficeClaim]) -> tuple[ArticleEntities, list[OfficeClaim]]:
    """The article's entities and claims, with each surname-only holder the list singles out
    given its full name (label, the surname kept as another name) and its state as an entity of
    the article where the article never names it."""
    chosen = _chosen(found, claims)
    if not chosen:
        return found, claims
    claims = [replace(c, of=chosen[c].state, title=chosen[c].label) if c in chosen else c for c in claims]
    forms = {e.key: {_surname(n) for n in e.names} for e in found.entities}
    named = {c.person: h.full_name for c, h in chosen.items() if _surname(h.full_name) not in forms.get(c.person, ())}
    entities = [replace(e, label=named[e.key], names=(named[e.key], *e.names)) if e.key in named else e
                for e in found.entities]
    present = {e.key for e in entities}
    by_key = gazetteer_by_key()
    for state in sorted({c.of for c in claims if c.of and c.of not in present}):  # the state the article never names
        entry = by_key[state]
        entities.append(Entity(entry.key, entry.cls, (entry.label,), entry.label, entry.wikidata))
    return replace(found, entities=tuple(entities)), claims


def _chosen(found: ArticleEntities, claims: list[OfficeClaim]) -> dict[OfficeClaim, Holder]:
    """The claims whose holder, named by a surname alone (or in full with no state written), the list singles out: one person of
    that surname and title in office in the article's year (a year of slack either way), of the
    state the claim gives if it gives one, and one person for every claim of the entity."""
    published = found.parsed.article.published
    if published is None:
        return {}
    year = published.year
    persons = {e.key: e for e in found.entities if e.cls == "Person"}
    people = {k: e for k, e in persons.items() if e.label is None}
    chosen: dict[OfficeClaim, Holder] = {}
    for claim in claims:
        surname = _surname_of(people.get(claim.person))
        listed = holders().get(surname or "", ()) or _by_full_name(persons.get(claim.person))
        terms = {h for h in listed if _titled(claim.title, h.title)
                 and h.first - SLACK <= year <= h.last + SLACK and claim.of in (None, h.state)}
        if len({(h.full_name, h.title) for h in terms}) == 1:  # two President Kims of one year: neither
            chosen[claim] = min(terms, key=lambda h: (abs(year - h.first), h.first))
    names: dict[str, set[str]] = {}
    for claim, holder in chosen.items():
        names.setdefault(claim.person, set()).add(holder.full_name)
    return {c: h for c, h in chosen.items() if len(names[c.person]) == 1}


def _titled(written: str, listed: str) -> bool:
    """The article's title is the list's, or a bare form of it ("Secretary" of "Secretary of
    State", "Minister" of "Foreign Minister")."""
    written = _title(written)
    return written == listed or " " not in written and written in listed.split()


def _by_full_name(entity: Entity | None) -> tuple[Holder, ...]:
    """The list's terms of the person an entity names in full ("PM Jane Roe" with no state
    written: the list knows whose Prime Minister she was)."""
    if entity is None:
        return ()
    forms = {_surname(n) for n in entity.names}
    return tuple(h for form in forms for h in holders().get(form.split()[-1], ()) if _surname(h.full_name) in forms)


def _surname_of(entity: Entity | None) -> str | None:
    """The one surname an entity is named by, if every name of it is that surname alone."""
    if entity is None:
        return None
    forms = {_surname(n) for n in entity.names}
    return forms.pop() if len(forms) == 1 else None
