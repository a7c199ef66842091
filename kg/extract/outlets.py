"""Stage 6a: which organisations of an article are news outlets (kg/data/outlets.json). An
outlet that reports ("Reuters reported", "the newspaper revealed") narrates; it makes no
statement of its own."""
from __future__ import annotations

from functools import lru_cache

from ..data import gazetteer_by_key, load_json
from .model import ArticleEntities


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("outlets.json").items() if k != "_comment"}


def outlet_keys(found: ArticleEntities) -> frozenset[str]:
    """Keys of the article's organisations that are news outlets."""
    words = _lexicon()
    by_key = gazetteer_by_key()
    out = set()
    for entity in found.entities:
        if entity.cls not in ("Organization", "Person"):  # the model takes some titles for people: "Gazeta Prawna"
            continue
        entry = by_key.get(entity.key)
        named = any(word in words["name_words"] for name in entity.names for word in name.split()) or any(
            name in words["names"] or name.removeprefix("the ") in words["names"] or f"The {name}" in words["names"]
            for name in entity.names)  # the model leaves "The" out of "The Hill"
        if named or entity.cls == "Organization" and (entity.key in words["keys"] or (entry and entry.kind in words["kinds"])):
            out.add(entity.key)
    organisations = {e.key for e in found.entities if e.cls == "Organization"}
    names = organisations | {e.key for e in found.entities if e.cls == "Person"}
    for m in found.mentions:
        doc = found.parsed.blocks[m.block].doc
        if m.key in organisations and m.start > 0 and doc[m.start - 1].lower_ in words["nouns"]:
            out.add(m.key)  # "daily newspaper Magyar Nemzet", "news agency ISNA"
        after = [t.lower_ for t in doc[m.end:m.end + 2]]
        if m.key in names and after and (after[0] in words["nouns"] or after[:1] == ["news"] and after[1:] and
                                         after[1] in words["nouns"]):
            out.add(m.key)  # "the Tasnim news agency", "the Kayhan daily": the model may take the name for a person's
    return frozenset(out)
