"""Named counterparts: "French President A and his Tunisian counterpart B", "Biden's Russian
counterpart, Vladimir Putin": B holds the office A holds (one of kg/data/counterparts.json's
groups), of the state the adjective or name before "counterpart" gives."""
from __future__ import annotations

from functools import lru_cache

from ..data import load_json
from ..read.index import indices_of, lowers
from .model import OfficeClaim
from .placed import title_countries

_PRONOUNS = frozenset({"his", "her", "their"})


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    """Title -> its group of counterpart titles."""
    return {t: tuple(group) for group in load_json("counterparts.json")["groups"] for t in group}


@lru_cache(maxsize=1)
def _own_titles() -> dict[tuple[str, str], str]:
    """(title, state) -> the state's own title of that group ("Foreign Minister", US: "Secretary of State")."""
    country = title_countries()
    return {(t, country[o]): o for t, group in _groups().items() for o in group if o in country}


def counterpart_claims(found, claims: list[OfficeClaim]) -> list[OfficeClaim]:
    """The claims with those of people named as someone's counterpart from another state."""
    classes = {e.key: e.cls for e in found.entities}
    titles, spelt = {}, {}
    for c in claims:
        if c.title in _groups():
            titles.setdefault(c.person, c.title)
            spelt.setdefault(c.person, _spelling(c))
    held = {(c.person, t) for c in claims for t in _groups().get(c.title, (c.title,))}  # an office of the group already
    out = list(claims)
    for index, pb in enumerate(found.parsed.blocks):
        doc = pb.doc
        hits = indices_of(lowers(doc), ("counterpart",))
        if not hits:  # most blocks
            continue
        mentions = found.mentions_in(index)
        at = {i: m for m in mentions for i in range(m.start, m.end)}
        for word in (doc[i] for i in hits):
            state = at.get(word.i - 1)
            holder = at.get(word.i + 1 + (word.i + 1 < len(doc) and doc[word.i + 1].text == ","))
            if state is None or holder is None or classes.get(state.key) != "Country" \
                    or classes.get(holder.key) != "Person" or holder.start not in (word.i + 1, word.i + 2):
                continue
            reference = _reference(doc, word, at, classes, titles)
            title = titles.get(reference)
            own = _own_titles().get((title, state.key), title)  # "Cavusoglu's US counterpart": Secretary of State
            surface = spelt.get(reference) if own == title else own  # "Defence Minister A and his B counterpart"
            title = own
            if title and reference != holder.key and (holder.key, title) not in held:
                out.append(OfficeClaim(holder.key, title, state.key, index, surface))
                held.add((holder.key, title))
    return out


def _spelling(claim: OfficeClaim) -> str:
    """The title as the article spells it ("Defence Minister" of "Defense Minister"), where its surface
    is the bare title and nothing more ("Minister of Defence of X" carries X's party: the label then)."""
    surface = claim.surface or claim.title
    return surface if len(surface.split()) == len(claim.title.split()) else claim.title


def _reference(doc, word, at, classes, titles) -> str | None:
    """Whose counterpart: the named owner ("Biden's"), or for "his"/"her" the last person of the
    sentence before it who holds a counterpart title."""
    owner = next((c for c in word.subtree if c.dep_ == "poss" and c.i < word.i), None)
    if owner is None:
        return None
    if owner.i in at and classes.get(at[owner.i].key) == "Person":
        return at[owner.i].key
    if owner.lower_ not in _PRONOUNS:
        return None
    before = [at[i].key for i in range(word.sent.start, owner.i) if i in at and at[i].key in titles]
    return before[-1] if before else None
