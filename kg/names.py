"""Name handling shared by the stages: folding, slugs for IRIs, comparing person names."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from .data import load_json


@lru_cache(maxsize=1 << 16)  # names are compared many times over: fold each once
def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe-normalised form of a name, for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").lower()
    text = re.sub(r"(?<=\b[a-z])\.", "", text)  # U.S. -> us
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def slug(text: str) -> str:
    """An IRI-safe, readable, deterministic local name for `text` (ASCII letters, digits, hyphens)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "")).strip("-")
    lost = fold(text).replace(" ", "") != fold(ascii_text).replace(" ", "")
    if not base or lost:  # non-Latin script or dropped characters: keep names apart with a hash
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        base = f"{base}-{digest}" if base else f"x-{digest}"
    return base[:80].strip("-") or "x"


def surface_name(text: str) -> str:
    """A mention's text as a name: 'the Middle East' -> 'Middle East', 'Ankara’s' -> 'Ankara',
    'Mr. Spavor' -> 'Spavor', '[Ali al] Hassan' -> 'Ali al Hassan'."""
    text = " ".join(re.sub(r"[\[\]]", " ", text).split())  # an editor's brackets inside a quote
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Cde|Comrade)\.?\s+(?=[A-Z])", "", text)  # honorifics are no part of a name
    return re.sub(r"(?:['’]s|(?<=s)['’])$", "", text)


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def same_person(a: str, b: str) -> bool:
    """Whether two person names can name one person: one is a suffix of the other
    ('Erdogan', 'Tayyip Erdogan', 'Recep Tayyip Erdogan'), or they differ by one small
    misspelling or transliteration in one long name ('Kay Bailey Hutchinson' / 'Kay Bailey Hutchison',
    'Ali Hasan' / 'Ali Hassan', 'Mohamad Nasser' / 'Mohammad Nasser', 'Nasser' / 'Ali Naser')."""
    ta, tb = _without_initials(fold(a).split()), _without_initials(fold(b).split())
    if not ta or not tb:
        return False
    short, long_ = sorted((ta, tb), key=len)
    if long_[-len(short):] == short:
        return True
    if len(short) == 1:
        return _variant(short[0], long_[-1])
    differing = [i for i in range(len(ta)) if ta[i] != tb[i]] if len(ta) == len(tb) else []
    if differing == [len(ta) - 1]:
        return _variant(ta[-1], tb[-1])
    if len(differing) == 1 and len(ta[-1]) >= 5 and _variant(ta[differing[0]], tb[differing[0]], given=True):
        return True
    if len(short) == 2 and len(long_) >= 3 and short[0] == long_[0] and short[-1] == long_[-1]:
        return True  # "Robert Mugabe" / "Robert Gabriel Mugabe": the middle name left out
    if len(ta) == len(tb) == 2 and ta[1] == tb[1]:  # "Joe Biden" / "Joseph R. Biden"
        return _same_given_name(ta[0], tb[0])
    return False


def abbreviates(name: str, full: str) -> bool:
    """`name` is the end of `full`, middle initials aside ('Hassan', 'Ali Hassan')."""
    tokens = _without_initials(fold(name).split())
    return bool(tokens) and _without_initials(fold(full).split())[-len(tokens):] == tokens


def closest_person(name: str, full_names) -> str | None:
    """The first longer one of `full_names` (longest first) that `name` abbreviates, else the first
    it can be a variant of ("Robert Mugabe" of "Robert Gabriel Mugabe"), else `name` itself if it is one."""
    full_names = list(full_names)  # longest first: a name joins only one written before it
    others = full_names[:full_names.index(name)] if name in full_names else full_names
    return next((f for f in others if abbreviates(name, f)), None) or \
        next((f for f in others if same_person(name, f)), None) or (name if name in full_names else None)


class PersonIndex:
    """closest_person() over an article's full names, without comparing a name with each of
    them (an article naming 6,000 people spent minutes so): full names indexed by the suffixes
    of their words, and by the last word with any one letter deleted, which every name
    same_person() accepts shares with it (their last words are equal or one letter apart)."""

    def __init__(self, full_names):
        self.full_names = list(full_names)
        self._position = {full: index for index, full in reversed(list(enumerate(self.full_names)))}
        self._by_suffix: dict[tuple[str, ...], int] = {}
        self._by_last: dict[str, list[int]] = {}
        for index, full in enumerate(self.full_names):
            tokens = tuple(_without_initials(fold(full).split()))
            for size in range(1, len(tokens) + 1):
                self._by_suffix.setdefault(tokens[-size:], index)
            for form in _one_letter_less(tokens[-1]) if tokens else ():
                self._by_last.setdefault(form, []).append(index)

    def closest(self, name: str) -> str | None:
        """What closest_person(name, full_names) gives."""
        tokens = tuple(_without_initials(fold(name).split()))
        if not tokens:
            return None
        own = self._position.get(name)  # a full name itself joins only one written before it
        before = own if own is not None else len(self.full_names)
        hit = self._by_suffix.get(tokens)
        if hit is not None and hit < before:
            return self.full_names[hit]
        near = sorted({i for form in _one_letter_less(tokens[-1]) for i in self._by_last.get(form, ()) if i < before})
        found = next((self.full_names[i] for i in near if same_person(name, self.full_names[i])), None)
        return found or (name if own is not None else None)


def _one_letter_less(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _variant(a: str, b: str, given: bool = False) -> bool:
    """Two spellings of one long name word: one letter apart, but not a feminine form
    ('Ivanov' / 'Ivanova') nor, for given names, another ending ('Mario' / 'Maria')."""
    if min(len(a), len(b)) < 5 or edit_distance(a, b, 1) > 1:
        return False
    if a + "a" == b or b + "a" == a or a + "s" == b or b + "s" == a:
        return False  # "Ivanova" is another person, "the Verhoeks" a family
    return not given or (a[0], a[-1]) == (b[0], b[-1])


def _without_initials(tokens: list[str]) -> list[str]:
    """Drop middle initials and generational suffixes: 'joseph r biden jr' -> ['joseph', 'biden']."""
    if tokens and tokens[-1] in ("jr", "sr", "ii", "iii"):
        tokens = tokens[:-1]
    return [t for i, t in enumerate(tokens) if len(t) > 1 or i in (0, len(tokens) - 1)]


def _same_given_name(a: str, b: str) -> bool:
    forms = load_json("nicknames.json")["short_forms"]
    return a == b or b in forms.get(a, ()) or a in forms.get(b, ())
