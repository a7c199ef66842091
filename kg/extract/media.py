"""Platforms a statement is made on ("a Twitter announcement", "a Facebook post"): the medium
of the words, no speaker of them (the platform speaks only as their owner: "Twitter's statement")."""
from __future__ import annotations

from functools import cache

from ..data import gazetteer


@cache
def _platforms() -> dict[str, str]:
    """Every name and alias of the gazetteer's platforms, lower case, with the platform's key."""
    return {name.lower(): e.key for e in gazetteer() if e.kind == "platform" for name in (e.label, *e.aliases)}


def platform_modifiers(noun) -> set[str]:
    """Keys of the platforms named as a noun's compound or adjective modifiers (not its possessor)."""
    return {_platforms()[c.text.lower()] for c in noun.children
            if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and c.text.lower() in _platforms()}
