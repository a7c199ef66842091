"""Stage 4: products named in text: designations ("S-400", "F-35s", "AH-64 Apache"), names from
kg/data/products.json, and a maker's name with a model number ("Boeing 787 Dreamliner")."""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_json
from ..read.index import indices_of, lowers, texts
from .syntax import text_of


@lru_cache(maxsize=1)
def _product_rules():
    raw = load_json("products.json")
    return (re.compile(raw["designation"]), frozenset(raw["names"]), frozenset(raw["head_words"]),
            frozenset(raw["not_products"]))


@lru_cache(maxsize=None)  # one entry per set of keys (two callers)
def _word_lists(*keys: str) -> tuple[frozenset[str], ...]:
    """Word lists of products.json, each made a set once."""
    return tuple(frozenset(load_json("products.json")[k]) for k in keys)


def product_spans(doc):
    """(start, end, designation, label) of each product designation or product name in a Doc."""
    designation, names, heads, excluded = _product_rules()
    text = text_of(doc)
    # Candidates by regular expression on the text: cheaper than visiting every token.
    for m in _designation_candidates().finditer(text):
        token = doc.char_span(m.start(), m.end())
        if token is None or len(token) != 1:
            continue
        word = token.text
        base = word[:-1] if word.endswith("s") and designation.match(word[:-1]) else word
        if not designation.match(base) or base in excluded:
            continue
        end = token.end
        while end < len(doc) and end - token.end < 2 and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and doc[end].lower_ not in heads:
            end += 1  # "AH-64 Apache", "MQ-9 Reaper": the name after the designation is part of it
        label = " ".join([base, *(t.text for t in doc[token.end:end])])
        while end < len(doc) and doc[end].lower_ in heads:
            end += 1
        yield token.start, end, base, label
    for m in _names_pattern().finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            end = span.end
            while end < len(doc) and doc[end].lower_ in heads:
                end += 1  # "Leopard 2 tanks": the noun after the name is the product too, as after a designation
            yield span.start, end, m.group(0), m.group(0)


def maker_model_spans(doc):
    """'Boeing 787 Dreamliner aircraft', 'Airbus A350': a maker's name and a model number."""
    (makers,), heads = _word_lists("manufacturers"), _product_rules()[2]
    for token in (doc[i] for i in indices_of(texts(doc)[:-1], makers)):
        model = doc[token.i + 1]
        if (model.like_num or _product_rules()[0].match(model.text) or
                                     (model.text[:1].isupper() and any(c.isdigit() for c in model.text))):
            end = model.i + 1
            if end < len(doc) and doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].like_num:
                end += 2  # "Boeing 737-800"
            elif end < len(doc) and not model.whitespace_ and doc[end].is_upper and len(doc[end]) <= 2:
                end += 1  # "A400M", cut in two by the tokenizer
            designation = doc[token.i:end].text
            while end < len(doc) and end - model.i <= 2 and doc[end].is_title and doc[end].lower_ not in heads:
                end += 1  # "Dreamliner"
            label = doc[token.i:end].text
            while end < len(doc) and doc[end].lower_ in heads:
                end += 1
            yield token.i, end, designation, label


_MODIFIERS = 4  # words between a weapon's name and its noun: "Arkto supersonic cruise missile systems"


def named_weapon_spans(doc, taken: set[int]):
    """'Harpoon missiles', 'Apache helicopters', 'Arrow 3 missiles', 'NASAMS air defence systems': a
    capitalised word that names nothing else (and a number), before a weapon's noun and its modifiers,
    is the weapon's name (not at a sentence start, not a nationality; a person's name only before
    modifiers: 'Kestrel cruise missiles'; not one letter: the 'E' of 'Gripen E fighter jets')."""
    weapons, kit, lower_only = _word_lists("weapon_heads", "kit_heads", "lowercase_heads")
    modifiers = _product_rules()[2]
    lower = lowers(doc)
    for i in range(1, len(doc)):
        if lower[i] not in weapons and not (lower[i] in kit and lower[i - 1] in modifiers):
            continue  # "systems" only after a weapon's word: "air defence systems", not "payment systems"
        token = doc[i]
        if token.lower_ in lower_only and not token.is_lower:
            continue  # "Unmanned Aerial Vehicles": a title-cased phrase, no name before a noun
        name = doc[token.i - 1]
        while name.i > 1 and name.lower_ in modifiers and token.i - name.i < _MODIFIERS:
            name = doc[name.i - 1]  # "BrahMos cruise missiles", "NASAMS air defence systems": the name before them
        start = name.i - 1 if name.like_num and name.i > 1 else name.i  # "Arrow 3 missiles": a name and a number
        first = doc[start]
        if not taken.intersection(range(start, name.i + 1)) and not first.is_sent_start and len(first) > 1 \
                and first.text[:1].isupper() and (first.pos_ in ("PROPN", "NOUN") or first.is_upper) \
                and first.ent_type_ != "NORP" and (first.ent_type_ != "PERSON" or token.i - name.i > 1):
            text = doc[start:name.i + 1].text
            yield start, token.i + 1, text, text


@lru_cache(maxsize=1)
def _designation_candidates() -> re.Pattern:
    # "M270", "M777": the US Army's type numbers, one letter M and three digits, without a hyphen
    return re.compile(r"(?<![\w-])(?:[A-Za-z]{1,3}-\d{1,4}[A-Za-z]{0,3}|M\d{3}[A-Za-z]{0,3})(?![\w-])")


@lru_cache(maxsize=1)
def _names_pattern() -> re.Pattern:
    names = sorted(_product_rules()[1], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def is_maker(name: str) -> bool:
    """Does a name open with a known aircraft or arms maker's ('Lockheed Martin', 'Boeing')?"""
    (makers,) = _word_lists("manufacturers")
    return bool(name) and name.split()[0] in makers


def is_product_word(token) -> bool:
    """Is the token a known product's name or its first word ('the third Patriot', 'Leopard 2'), whatever
    the parser's entity type ('Patriot' is often read as a person)?"""
    return token.text in _product_rules()[1] or token.text in _first_words()


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(n.split()[0] for n in _product_rules()[1])
