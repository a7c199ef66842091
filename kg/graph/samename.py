"""Stage 7a: two entities of one article that are one thing by the shape of their names.

The article stage keys names one by one, so a few variants of a name it met elsewhere in the
article stay apart: a plural ("Patriots" beside the Patriot system), a name written after a
possessor ("Britain's House of Commons" beside "House of Commons") or after a lower-case
adjective the model took in ("united Security Council"), and a name written out beside its
acronym ("National Advanced Surface-to-Air Missile Systems" beside NASAMS). Each such variant
takes the key of the entity it varies.
"""
from __future__ import annotations

import re

from ..names import fold

# Words an acronym leaves out: "Surface-to-Air", "Office of the ...".
_SKIPPED = frozenset({"of", "the", "and", "for", "on", "in", "to", "a"})
_NAMED = ("Person", "Organization", "Place", "Product", "Country")


def joins(entities) -> dict[str, str]:
    """Map the key of each name variant among one article's entities to the key of the entity it varies."""
    named = [e for e in entities if e.cls in _NAMED]
    owner: dict[str, str] = {}
    for e in named:
        for name in (e.label, *e.names):
            if name:
                owner.setdefault(fold(name), e.key)
    people = {e.key for e in named if e.cls == "Person"}
    acronyms = {e.key: [n for n in (e.label, *e.names) if n and _is_acronym(n)] for e in named}
    out = {}
    for e in named:
        if e.cls in ("Person", "Country") or not e.key.startswith(("organization:", "place:", "person:")):
            continue  # keyed names (gazetteer, products) and people are decided elsewhere
        target = None
        for name in e.names:
            target = next((owner[v] for v, plural in _variants(name) if owner.get(v, e.key) != e.key
                           and not (plural and owner[v] in people)), None) \
                or next((k for k, acrs in acronyms.items() if k != e.key and any(_spells(name, a) for a in acrs)), None)
            if target:
                break
        if target:
            out[e.key] = target
    return {k: last for k, v in out.items() if (last := _last(out, v)) != k}


def _last(out: dict[str, str], key: str) -> str:
    seen = set()
    while key in out and key not in seen:
        seen.add(key)
        key = out[key]
    return key


def _variants(name: str) -> list[tuple[str, bool]]:
    """Folded forms the name may vary (and whether by a plural s): without a possessor, a leading
    lower-case word, a plural s ("the Bidens" are a family: no plural joins a person)."""
    out = []
    possessed = re.match(r"^[A-Z][\w.]*['’]s\s+(?=[A-Z])(.+)$", name)
    if possessed:
        out.append((fold(possessed.group(1)), False))
    lowered = re.match(r"^(?:[a-z]+\s+)+(?=[A-Z])(.+)$", name)
    if lowered and len(lowered.group(1).split()) >= 2:
        out.append((fold(lowered.group(1)), False))
    if re.fullmatch(r"[A-Z][\w-]*[a-z]s", name) and len(name) > 4:  # one word: "Patriots", not "United States"
        out.append((fold(name[:-1]), True))
    return out


def _is_acronym(name: str) -> bool:
    return 3 <= len(name) <= 8 and name.isalpha() and name.isupper()


def _spells(name: str, acronym: str) -> bool:
    """Whether the capitalised words of `name` (three or more) give the initials of `acronym`."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _SKIPPED]
    return len(words) >= 3 and all(w[:1].isupper() for w in words) and "".join(w[0] for w in words) == acronym
