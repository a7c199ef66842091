"""Parties of lawmakers' titles the text leaves bare: "Sen. Mitt Romney (R-Utah)", "Senator X" in an
article about the U.S. Senate, "Majority Leader X" beside "the Senate". Which titles are a
legislator's or a chamber's and which chambers are whose state is data (kg/data/titles.json)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..data import load_json
from .model import OfficeClaim

# "(R-Utah)", ", R-Ky.,", "(D-N.Y.)", "(I-VT)": a member of the U.S. Congress, by party and state
_PARTY_STATE = re.compile(r"^\s*[(,]\s*[RDI]\s*[-–]\s*[A-Z][A-Za-z.]*")


@lru_cache(maxsize=1)
def _legislature() -> dict:
    return load_json("titles.json")["legislature"]


def in_the_legislature(claims: list[OfficeClaim], found, classes) -> list[OfficeClaim]:
    """A member's title with no party is of the state whose congressional party and state follow
    the name, or of the one state whose chamber the article (or the release's voice) names; a
    chamber's officer ("Majority Leader") is of the one chamber the article names."""
    data = _legislature()
    keys = {e.key for e in found.entities}  # a party is one of the article's entities
    chambers = keys & set(data["chambers"])
    states = {data["chambers"][k] for k in chambers} | ({found.voice} & set(data["chambers"].values()))
    own_chambers = chambers - {data["whole"]}
    tagged = _party_tagged(found, classes)
    with_party = {(c.person, c.title) for c in claims if c.of}
    out = []
    for c in claims:
        if c.of is None and (c.person, c.title) not in with_party:
            state = data["party_state"] if c.person in tagged else (min(states) if len(states) == 1 else None)
            if c.title in data["members"] and state in keys:
                c = replace(c, of=state)
            elif c.title in data["officers"] and len(own_chambers) == 1:
                c = replace(c, of=min(own_chambers))
        out.append(c)
    return out


def _party_tagged(found, classes) -> set[str]:
    """People whose name is followed by a U.S. party-and-state tag somewhere in the article."""
    out = set()
    for m in found.mentions:
        if classes.get(m.key) != "Person":
            continue
        doc = found.parsed.blocks[m.block].doc
        if m.end < len(doc) and _PARTY_STATE.match(doc.text[doc[m.end].idx:doc[m.end].idx + 16]):
            out.add(m.key)
    return out


def bare_chambers(found) -> dict[str, str]:
    """Keys of a chamber written by its bare word ("the House") -> the chamber's own key, where
    the article names a chamber of the same state ("the U.S. Senate", "Congress")."""
    data = _legislature()
    keys = {e.key for e in found.entities}
    states = {data["chambers"][k] for k in keys if k in data["chambers"]}
    return {bare: full for bare, full in data["bare"].items() if bare in keys and data["chambers"].get(full) in states}
