"""Stage 6c: what a trade told before is said to contain. "Washington approved an arms package
for Taiwan. The package includes 60 Harpoon missiles": the products a definite trade noun ('the
package', 'the sale', 'the deal') includes, comprises or covers are items of the latest handover or
purchase of the same or one of the two sentences before, whose giver, seller and receiver they
keep. A trade noun of its own ('a new package includes', 'Germany's package includes') refers to
nothing told before."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .accusers import sentence_places
from .model import EventMention

if TYPE_CHECKING:
    from .refer import Referents

_CONTAIN = frozenset({"include", "comprise", "cover", "contain", "feature"})
_TRADES = frozenset({"package", "sale", "deal", "purchase", "order", "contract", "delivery", "shipment",
                     "consignment", "tranche", "batch", "aid", "assistance", "transfer"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_CLASSES = frozenset({"Purchase", "Transfer"})
_LOOK_BACK = 2  # sentences before the one that tells the contents


def contents_of_told_trades(events: list[EventMention], refs: Referents) -> list[EventMention]:
    """Add the products 'the package includes' to the trade it refers back to."""
    place = sentence_places(refs)
    trades = [e for e in events if e.cls in _CLASSES and e.cameo != "0841"]
    added: dict[int, list[str]] = {}
    for index, pb in enumerate(refs.found.parsed.blocks):
        for verb in (t for t in pb.doc if t.lemma_.lower() in _CONTAIN and t.pos_ == "VERB"):
            products = _products(index, verb, refs)
            here = place(index, verb.i)
            earlier = [e for e in trades if (e.block, e.token) < (index, verb.i) and 0 <= here - place(e.block, e.token) <= _LOOK_BACK]
            if products and earlier and _refers_back(verb):
                trade = max(earlier, key=lambda e: (e.block, place(e.block, e.token), -e.token))
                added.setdefault(id(trade), []).extend(products)
    out = []
    for event in events:
        new = [k for k in dict.fromkeys(added.get(id(event), ())) if k not in event.role("item")]
        if new:
            event = replace(event, roles=tuple(sorted(event.roles + tuple(("item", k) for k in new))))
        out.append(event)
    return out


def _refers_back(verb) -> bool:
    """The verb's subject is a definite trade noun with no owner of its own: 'the package'."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in _TRADES and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in s.children)
               and not any(c.dep_ == "poss" for c in s.children) for s in subjects)


def _products(block: int, verb, refs: Referents) -> list[str]:
    """The products the verb's object and its conjuncts name."""
    out = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for each in (obj, *obj.conjuncts):
            for token in each.subtree:
                key = refs.resolve(block, token)
                if key and refs.cls(key) == "Product" and key not in out:
                    out.append(key)
    return out
