"""Whose voice an article speaks in: a government's own release says "we" for its country.

Publishers are matched by the patterns of kg/data/publishers.tsv, else by a country name
together with a word for a government body ("Ministry of Foreign Affairs of Japan").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import gazetteer, load_json, read_text

FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves", "i", "me", "my"})
_GOVERNMENT_WORDS = re.compile(
    r"\b(ministry|department|government|embassy|mission|president|prime minister|chancellery|cabinet office)\b", re.I)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    rows = [line.split("\t") for line in read_text("publishers.tsv").splitlines()
            if line.strip() and not line.startswith("#")]
    return tuple((re.compile(pattern.strip(), re.I), key.strip()) for pattern, key in rows)


@lru_cache(maxsize=1)
def _country_names() -> tuple[tuple[re.Pattern, str], ...]:
    out = []
    for entry in gazetteer():
        if entry.cls == "Country":
            for name in (entry.label, *entry.aliases):
                if len(name) > 3 and name[0].isupper():
                    out.append((re.compile(r"\b" + re.escape(name) + r"\b"), entry.key))
    return tuple(out)


@lru_cache(maxsize=256)
def voice_of(publisher: str | None, url: str | None = None) -> str | None:
    """The gazetteer key of the country a publisher speaks for, or None (news outlets)."""
    for text in (publisher, _host(url)):
        if not text:
            continue
        text = text.strip()
        for pattern, key in _patterns():
            if pattern.search(text):
                return key
    if publisher and _GOVERNMENT_WORDS.search(publisher):
        found = {key for pattern, key in _country_names() if pattern.search(publisher)}
        if len(found) == 1:
            return found.pop()
    return None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"^[a-z]+://([^/]+)", url.strip(), re.I)
    return m.group(1).lower() if m else None


def own_body(speaker: str | None, name: str) -> str | None:
    """The gazetteer key of a body a government's release names by a bare word ("Treasury")."""
    bodies = load_json("own_bodies.json").get(speaker or "", {})
    return bodies.get(" ".join(name.lower().split())) if isinstance(bodies, dict) else None
