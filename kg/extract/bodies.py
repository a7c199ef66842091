"""A state's institutions named by what they are ("Chile's parliament", "the Chilean senate",
"the parliament of Chile", "the lower house of the Chilean parliament"): organisations keyed by
state and body, so that every wording, in any case, is one entity (kg/data/groups.json)."""
from __future__ import annotations

from functools import lru_cache

from ..data import gazetteer_by_key, load_json
from ..names import slug


@lru_cache(maxsize=1)
def _words(name: str) -> tuple[tuple[str, ...], ...]:
    """A word list of kg/data/groups.json as token tuples, longest first."""
    return tuple(sorted((tuple(w.split()) for w in load_json("groups.json")[name]), key=len, reverse=True))


def _at(doc, i: int, name: str) -> tuple[str, ...] | None:
    """The longest entry of a word list that the tokens from i spell (lower case)."""
    return next((w for w in _words(name) if tuple(t.lower_ for t in doc[i:i + len(w)]) == w), None)


def national_bodies(doc, gaz_spans, gaz_keys) -> list[tuple[int, int, str]]:
    """(start, end, key) of the state bodies of a Doc: after the state's name, possessive or
    adjective, or before "of" and the state."""
    by_key = gazetteer_by_key()
    out = []
    for span in gaz_spans:
        state = gaz_keys[(span.start, span.end)]
        if by_key[state].cls != "Country":
            continue
        after = span.end + (span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"))
        body = _at(doc, after, "national_bodies")
        if body and not (after + len(body) < len(doc) and doc[after + len(body)].pos_ in ("NOUN", "PROPN")):
            start, end = span.start, after + len(body)  # not "Chile's parliament building"
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            part = _part_before(doc, start)
            if part is not None:  # "the lower house of the Chilean parliament"
                out.append((part[0], end, f"organization:{state}-{slug(' '.join(part[1]))}"))
            else:
                out.append((span.start, end, f"organization:{state}-{slug(' '.join(body))}"))
            continue
        of = span.start - 1 - (span.start > 1 and doc[span.start - 1].lower_ == "the")
        if of > 0 and doc[of].lower_ == "of":
            for words in _words("national_bodies") + _words("body_parts"):
                first = of - len(words)
                if first >= 0 and tuple(t.lower_ for t in doc[first:of]) == words:  # "the parliament of Chile"
                    out.append((first, span.end, f"organization:{state}-{slug(' '.join(words))}"))
                    break
    return out


def _part_before(doc, start: int) -> tuple[int, tuple[str, ...]] | None:
    """A chamber named before "of" and the body that starts at `start`: (its first token, its words)."""
    if start < 1 or doc[start - 1].lower_ != "of":
        return None
    for words in _words("body_parts"):
        first = start - 1 - len(words)
        if first >= 0 and tuple(t.lower_ for t in doc[first:start - 1]) == words:
            return first, words
    return None
