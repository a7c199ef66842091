"""Stage 6c: a trade told again takes the parties it was first told with.

"India signed a deal with France for 36 Rafale jets. Under the deal, France will deliver the
aircraft by 2022": the delivery of the same goods by the seller goes to the buyer, India. A
purchase or handover that names its goods but leaves the buyer or the seller out takes them from
the latest trade of the same goods told in its sentence or the three before, when the parties it
does name agree with that trade's (a buyer who is the receiver, a seller who is the giver). Only
the parties of the earlier telling as it was read are lent, so nothing is passed on in a chain.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .accusers import sentence_places
from .instruments import INSTRUMENT
from .model import EventMention

if TYPE_CHECKING:
    from .refer import Referents

_LOOK_BACK = 3  # sentences before the later telling's own
# who buys and who sells, by class: the role that holds each
_SIDES = {"Purchase": ("agent", "counterpart"), "Transfer": ("target", "agent")}


def _goods(event: EventMention, refs: "Referents") -> frozenset[str]:
    return frozenset(k for k in event.role("item") if refs.cls(k) == "Product" and not k.startswith(INSTRUMENT))


def _agrees(mine: list[str], theirs: list[str]) -> bool:
    """A side left out, or named as one of the parties the earlier trade names there."""
    return not mine or bool(set(mine) & set(theirs))


def parties_of_told_trades(events: list[EventMention], refs: "Referents") -> list[EventMention]:
    """Give a trade whose buyer or seller is left out the parties of the same goods' earlier trade."""
    place = sentence_places(refs)
    trades = [(place(e.block, e.token), e) for e in events if e.cls in _SIDES and _goods(e, refs)]
    out = []
    for event in events:
        if event.cls not in _SIDES or not _goods(event, refs):
            out.append(event)
            continue
        buyer, seller = (event.role(r) for r in _SIDES[event.cls])
        here, goods = place(event.block, event.token), _goods(event, refs)
        earlier = [(p, e) for p, e in trades if e is not event and 0 <= here - p <= _LOOK_BACK
                   and (e.block, e.token) < (event.block, event.token) and goods & _goods(e, refs)]
        sides = [tuple(e.role(r) for r in _SIDES[e.cls]) for _, e in sorted(earlier, key=lambda pe: (pe[0], pe[1].block, pe[1].token))]
        sides = [(b, s) for b, s in sides if b and s and _agrees(buyer, b) and _agrees(seller, s) and not set(b) & set(s)]
        if (buyer and seller) or not sides:
            out.append(event)
            continue
        their_buyer, their_seller = sides[-1]
        lent = [(role, k) for role, keys, mine in zip(_SIDES[event.cls], (their_buyer, their_seller), (buyer, seller))
                if not mine for k in keys]
        out.append(replace(event, roles=tuple(sorted(event.roles + tuple(lent)))))
    return out
