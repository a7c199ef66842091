"""Stage 6c: what a trade told before is said to contain. "Washington approved an arms package
for Taiwan. The package includes 60 Harpoon missiles": the products a definite trade noun ('the
package', 'the sale', 'the deal') includes, comprises or covers are items of the latest handover or
purchase of the same or one of the two sentences before, whose giver, seller and receiver they
keep; so are those a trade noun's relative clause includes ('a package for Ukraine that includes
HIMARS'). A trade noun of its own ('a new package includes', 'Germany's package includes') refers to
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
            if not products:
                continue
            noun = _trade_with_clause(verb)
            if noun is not None:  # "a package for Ukraine that includes X"
                holders = [e for e in trades if e.block == index and (noun in pb.doc[e.token].subtree
                                                                       or pb.doc[e.token] in noun.subtree)]
                if holders:  # the trade noun's own event, else the nearest verb above it ("sent an aid package that")
                    trade = min(holders, key=lambda e: len(list(pb.doc[e.token].subtree)))
                    added.setdefault(id(trade), []).extend(products)
                continue
            here = place(index, verb.i)
            earlier = [e for e in trades if (e.block, e.token) < (index, verb.i) and 0 <= here - place(e.block, e.token) <= _LOOK_BACK]
            if earlier and _refers_back(verb):
                trade = max(earlier, key=lambda e: (e.block, place(e.block, e.token), -e.token))
                added.setdefault(id(trade), []).extend(products)
    out = []
    for event in events:
        new = [k for k in dict.fromkeys(added.get(id(event), ())) if k not in event.role("item")]
        if new:
            event = replace(event, roles=tuple(sorted(event.roles + tuple(("item", k) for k in new))))
        out.append(event)
    return out


def _trade_with_clause(verb):
    """The trade noun whose relative clause the verb heads; the parser may hang the clause on the
    last word of the noun's phrase ('a package to Ukraine that would include')."""
    if verb.dep_ != "relcl":
        return None
    head = verb.head
    if head.lemma_.lower() not in _TRADES and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head
    return head if head.lemma_.lower() in _TRADES else None


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
