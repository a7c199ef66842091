"""A state's institutions named by what they are ("Chile's parliament", "the Chilean senate",
"the parliament of Chile", "the lower house of the Chilean parliament"): organisations keyed by
state and body, so that every wording, in any case, is one entity (kg/data/groups.json)."""
from __future__ import annotations

from functools import lru_cache

from ..read.index import indices_of, lowers
from ..data import gazetteer_by_key, load_json
from ..names import slug
from .namekeys import country_keys, organisation_heads


@lru_cache(maxsize=None)  # one entry per word list: a size of 1 reloaded them in turn
def _words(name: str) -> tuple[tuple[str, ...], ...]:
    """A word list of kg/data/groups.json as token tuples, longest first."""
    return tuple(sorted((tuple(w.split()) for w in load_json("groups.json")[name]), key=len, reverse=True))


@lru_cache(maxsize=None)
def _by_first_word(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in _words(name):  # longest first, kept so within each first word
        out.setdefault(words[0], []).append(words)
    return {first: tuple(entries) for first, entries in out.items()}


def _at(doc, i: int, name: str) -> tuple[str, ...] | None:
    """The longest entry of a word list that the tokens from i spell (lower case)."""
    if i >= len(doc):
        return None
    entries = _by_first_word(name).get(doc[i].lower_, ())
    return next((w for w in entries if tuple(t.lower_ for t in doc[i:i + len(w)]) == w), None)


def national_bodies(doc, gaz_spans, gaz_keys) -> list[tuple[int, int, str]]:
    """(start, end, key) of the state bodies of a Doc: after the state's name, possessive or
    adjective, or before "of" and the state."""
    by_key = gazetteer_by_key()
    out = []
    lower = lowers(doc)
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
                if first >= 0 and lower[first:of] == words:  # "the parliament of Chile"
                    out.append((first, span.end, f"organization:{state}-{slug(' '.join(words))}"))
                    break
    return out + _the_countrys_bodies(doc, gaz_spans, gaz_keys)


_THE_COUNTRY = frozenset({"country", "nation"})


def _the_countrys_bodies(doc, gaz_spans, gaz_keys) -> list[tuple[int, int, str]]:
    """"Chile's political system ... the country's constitutional assembly": a body of "the country"
    is the body of the one state the block named before it (none where it named two)."""
    by_key = gazetteer_by_key()
    out = []
    for t in (doc[i] for i in indices_of(lowers(doc), _THE_COUNTRY)):
        if t.i < 1 or doc[t.i - 1].lower_ != "the" or t.i + 2 >= len(doc) \
                or doc[t.i + 1].lower_ not in ("'s", "’s"):
            continue
        body = _at(doc, t.i + 2, "national_bodies")
        if not body or t.i + 2 + len(body) < len(doc) and doc[t.i + 2 + len(body)].pos_ in ("NOUN", "PROPN"):
            continue
        states = {gaz_keys[(s.start, s.end)] for s in gaz_spans
                  if s.end <= t.i and by_key[gaz_keys[(s.start, s.end)]].cls == "Country"}
        if len(states) == 1:
            out.append((t.i + 2, t.i + 2 + len(body), f"organization:{states.pop()}-{slug(' '.join(body))}"))
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


@lru_cache(maxsize=1)
def _body_suffixes() -> tuple[str, ...]:
    return tuple("-" + slug(" ".join(w)) for w in _words("national_bodies") + _words("body_parts"))


def _is_body(key: str) -> bool:
    """A key national_bodies gives: 'organization:<country>-<body>'."""
    local = key.removeprefix("organization:")
    return key != local and any(local.endswith(s) and local.removesuffix(s) in country_keys() for s in _body_suffixes())


def same_bodies(found) -> dict[str, str]:
    """Keys that name a state body found here once more: its name in apposition ("the legislature
    of Taiwan, the Legislative Yuan": the name's key) or its name alone elsewhere ("the
    Constitutional Court" after "Taiwan's Constitutional Court": the body's key)."""
    classes = {e.key: e.cls for e in found.entities}
    at = {(m.block, i): m for m in found.mentions for i in range(m.start, m.end)}
    bodies = [m for m in found.mentions if _is_body(m.key)]
    body_keys = {m.key for m in bodies}
    out: dict[str, str] = {}
    by_words: dict[str, set[str]] = {}
    bare: dict[str, set[str]] = {}  # a body's head word -> its keys
    for m in bodies:
        doc = found.parsed.blocks[m.block].doc
        root = doc[m.start:m.end].root
        words = [t for t in doc[m.start:m.end] if t.i > root.i - 3 and t.i <= root.i and t.is_title]
        if words and words[-1].i == root.i:  # "Taiwan's Constitutional Court": its capitalised name
            by_words.setdefault("organization:" + slug(" ".join(t.text for t in words)), set()).add(m.key)
        bare.setdefault(root.lower_, set()).add(m.key)
        last = doc[m.end - 1]  # "the legislature of Kenya, the National Assembly": apposed to "Kenya"
        apposed = [c for t in {root, last} for c in t.children if c.dep_ == "appos"]
        apposed += [root.head] if root.dep_ == "appos" else []
        for token in apposed:
            other = at.get((m.block, token.i))
            if other is not None and classes.get(other.key) == "Organization" and other.key not in body_keys:
                out[m.key] = other.key
    for name_key, keys in by_words.items():
        if len(keys) == 1 and name_key in classes and name_key not in keys:
            out.setdefault(name_key, next(iter(keys)))
    # "the Senate" after "Colombia's Senate": that body, not the one a gazetteer knows by the bare word
    written: dict[str, set[str]] = {}
    for m in found.mentions:
        if m.key not in body_keys and classes.get(m.key) == "Organization":
            written.setdefault(m.key, set()).add(m.text.lower().removeprefix("the "))
    for key, texts in written.items():
        keys = bare.get(next(iter(texts)), set()) if len(texts) == 1 else set()
        if len(keys) == 1:
            out.setdefault(key, next(iter(keys)))
    return {k: v for k, v in out.items() if out.get(v, v) == v}


def armed_forces(doc, gaz_spans, gaz_keys) -> list[tuple[int, int, str]]:
    """A country's name or adjective followed by a branch of the armed forces, keyed by country
    and branch ("US military", "American military" and "United States military" are one)."""
    out = []
    by_key = gazetteer_by_key()
    lower = lowers(doc)
    for span in gaz_spans:
        if by_key[gaz_keys[(span.start, span.end)]].cls != "Country":
            continue
        after = span.end + (span.end < len(doc) and lower[span.end] in ("'s", "’s"))  # "Poland's armed forces"
        for words in _words("armed_forces"):
            following = lower[after:after + len(words)]
            end = after + len(words)
            if following == words and after > span.end and end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
                break  # "Moscow's military presence": an adjective, no armed forces
            if following == words and end < len(doc) and doc[end].text in organisation_heads():
                break  # "Syrian Military Intelligence": a body of its own
            if following == words:
                branch = " ".join(words)
                branch = load_json("groups.json")["armed_forces_same"].get(branch, branch)
                key = f"organization:{gaz_keys[(span.start, span.end)]}-{slug(branch)}"
                royal = span.start > 0 and doc[span.start - 1].text == "Royal"  # "the Royal Saudi Air Force"
                out.append((span.start - royal, end, key))
                break
    return out
