"""Stage 6a helper: bare definite goods nouns and the product they stand for. "India ordered 36
Rafale jets. New Delhi will pay for the jets in instalments": "the jets" is the Rafale. The
product is one named before the noun, in its paragraph or the two before, whose own goods noun
("Rafale jets", "the S-400 system") is the same word or of the same family ("the aircraft" for
jets); a general noun ("the weapons") stands for the last product named (a text, "the Act", is none). The nouns
and families are data (kg/data/descriptions.json: goods_families, goods_general)."""
from __future__ import annotations

from functools import lru_cache

from ..data import load_json, word_set
from .instruments import INSTRUMENT
from .lexicon import programme_heads
from .senses import is_goods_noun

_DEFINITE = frozenset({"the", "these", "those", "this", "that"})
_LOOK_BACK = 2  # paragraphs before the noun's own


@lru_cache(maxsize=1)
def _families() -> dict[str, frozenset[str]]:
    """Goods noun -> the nouns that may name the same product (itself included)."""
    out: dict[str, set[str]] = {}
    for family in load_json("descriptions.json")["goods_families"]:
        for noun in family:
            out.setdefault(noun, set()).update(family)
    return {k: frozenset(v) for k, v in out.items()}


def _lemma(token) -> str:
    """The noun's lemma, or its plain singular ("systems" -> "system")."""
    word = token.lower_
    return word[:-1] if word.endswith("s") and not token.lemma_.lower().endswith(word[:-1]) else token.lemma_.lower()


def _bare_definite(token) -> bool:
    """'the jets', 'these systems': determined, with no word of its own that names it."""
    return (token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
            and not any(c.dep_ in ("amod", "compound", "poss", "nummod", "nmod") or c.dep_ == "prep" and c.lower_ == "of"
                        for c in token.children))


def goods_noun_of(doc, start: int, end: int):
    """The goods noun a product's name modifies or is set beside: "36 Rafale jets", "the S-400
    missile defence system", "the S-400, a missile system"; None when there is none."""
    root = doc[end - 1]
    if end - start > 1 and is_goods_noun(root):  # the name takes its noun in: "Rafale jets"
        return root
    head = root
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i:
        head = head.head
    if head is not root and is_goods_noun(head):
        return head
    return next((c for c in root.children if c.dep_ == "appos" and is_goods_noun(c)), None)


def described_goods(refs, block: int, token) -> str | None:
    """The product a bare 'the jets' or 'the weapons' stands for, or None."""
    if not _bare_definite(token) or not is_goods_noun(token):
        return None
    noun = _lemma(token)
    family, general = _families().get(noun, frozenset({noun})), noun in word_set("descriptions.json", "goods_general")
    if not general and noun not in _families():
        return None  # "the aid", "the fuel": not a product named by a name
    for b in range(block, max(block - _LOOK_BACK, 0) - 1, -1):
        doc = refs.found.parsed.blocks[b].doc
        products = sorted((m for m in refs.found.mentions_in(b) if refs.cls(m.key) == "Product"
                           and (b < block or m.end <= token.i)), key=lambda m: m.start, reverse=True)
        for m in products:
            own = goods_noun_of(doc, m.start, m.end)
            if own is not None and _lemma(own) in family or general and not m.key.startswith(INSTRUMENT) \
                    and doc[m.end - 1].lower_ not in programme_heads():  # a financing programme is no weapon
                return m.key
    return None
