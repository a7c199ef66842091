"""Stage 6a: the maker of the goods as seller or giver. "Turkey's purchase of Russian S-400s",
"Iran will receive Russian Su-35 jets", "the sale of the Lockheed Martin-made aircraft", "Rafale
fighters, made by France's Dassault": a purchase that names no seller buys from the maker, and a
handover of goods that names no giver comes from it (the maker's state for a nationality)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..data import load_json
from ..names import fold
from .drafts import ENTITY_ROLES, Draft
from .namekeys import country_names
from .products import is_maker
from .senses import is_goods_noun
from .syntax import prep_object

if TYPE_CHECKING:
    from .refer import Referents

_MADE = frozenset({"make", "build", "manufacture", "produce", "made", "built"})
_SUFFIXES = ("-made", "-built", "-manufactured", "-produced")
_HANDOVERS = frozenset({"delivery", "shipment", "supply", "transfer", "sale", "purchase"})
_OPEN_ROLE = {"Purchase": "counterpart", "Transfer": "agent"}


def makers_as_sources(drafts: list[Draft], refs: "Referents") -> None:
    """Fill an empty seller (Purchase) or giver (Transfer of goods) with the goods' maker."""
    for draft in drafts:
        role = _OPEN_ROLE.get(draft.trigger.cls)
        if role is None or draft.roles.get(role) or draft.trigger.cameo == "0841" \
                or not any(draft.roles.get(r) for r in ENTITY_ROLES):
            continue  # a release hands over people, who have no maker; a maker alone tells no trade
        found = [k for goods in _goods(draft, refs) for k in _makers(goods, draft.block, refs)]
        buyers = draft.roles.get("agent", [])
        if role == "counterpart" and len(buyers) > 1 and any(k in buyers for k in found) \
                and not all(k in found for k in buyers):  # "X and Russia signed a letter on the purchase of
            draft.roles["agent"] = [k for k in buyers if k not in found]  # Russian-made jets": Russia sells
            draft.roles[role] = [k for k in buyers if k in found]
            continue
        taken = {k for keys in draft.roles.values() for k in keys}
        makers = []
        for key in found:
            if key not in taken and key not in makers:
                makers.append(key)
        if makers:  # "American and Russian helicopters": both sell
            draft.roles[role] = makers
            draft.confidence -= 0.1


def _goods(draft: Draft, refs: "Referents") -> list:
    """Nouns naming what changes hands: the heads of the item's mentions, else the trigger's
    object or 'of' object when it names goods (through 'a batch of', 'the delivery of')."""
    doc = draft.token.doc
    sentence = draft.token.sent
    items = set(draft.roles.get("item", []))
    heads = []
    for mention in refs.found.mentions_in(draft.block):
        if mention.key in items and sentence.start <= mention.start < sentence.end:
            heads.append(_head_noun(doc[mention.start:mention.end].root))
    objects = [c for c in draft.token.children if c.dep_ in ("dobj", "nsubjpass")] + [prep_object(draft.token, "of")]
    collectives = set(load_json("events.json")["goods_collectives"]) | _HANDOVERS
    for obj in (o for o in objects if o is not None):
        inner = prep_object(obj, "of") if obj.lemma_.lower() in collectives else None
        for noun in (obj, inner):
            if noun is not None and is_goods_noun(noun) and noun not in heads:
                heads.append(noun)
    return heads


def _head_noun(token):
    """'S-400' in 'S-400 missile systems': the noun the name modifies."""
    while token.dep_ in ("compound", "nmod", "nummod", "amod") and token.head.pos_ in ("NOUN", "PROPN") \
            and token.head.i > token.i:
        token = token.head
    return token


def _makers(goods, block: int, refs: "Referents") -> list[str]:
    """The makers the goods' modifiers name: a nationality or state ('Russian', 'U.S.-made'), a
    maker before '-made' or after 'made by', an arms maker's possessive ('Lockheed Martin's')."""
    names = country_names()
    out = []
    for c in goods.subtree:
        if c.i >= goods.i:
            break
        word = fold(c.text)
        for suffix in _SUFFIXES:
            word = word[:-len(fold(suffix))].strip() if word.endswith(fold(suffix)) else word
        if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and word in names:
            out.append(names[word])
        elif c.lemma_.lower() in _MADE and c.dep_ in ("amod", "compound"):
            out += _actors(refs, block, [m for m in c.children if m.dep_ in ("npadvmod", "compound", "nmod")])
        elif c.dep_ == "poss" and any(is_maker(e.label or e.names[0]) for e in refs.found.entities
                                      if e.key == refs.resolve(block, c)):
            out += _actors(refs, block, [c])
    for acl in (c for c in goods.children if c.dep_ == "acl" and c.lemma_.lower() in _MADE):
        out += _actors(refs, block, [prep_object(acl, "by")] + [a for a in acl.children if a.dep_ == "agent"])
    return out


def _actors(refs: "Referents", block: int, tokens) -> list[str]:
    keys = [refs.resolve(block, t) for t in tokens if t is not None]
    keys += [refs.resolve(block, p) for t in tokens if t is not None and t.dep_ == "agent"
             for p in t.children if p.dep_ == "pobj"]
    return [k for k in keys if refs.cls(k) in ("Country", "Organization")]
