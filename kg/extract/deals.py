"""Stage 6a: a deal to make, deliver or buy a product is its purchase: "Boeing completed deals
with Saudi Arabia to manufacture 121 Boeing 787s" is Saudi Arabia buying 787s from Boeing. The
signer who makes or delivers is the seller; one who buys, the buyer."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .drafts import Draft

if TYPE_CHECKING:
    from .refer import Referents

SUPPLY = frozenset({"manufacture", "build", "supply", "deliver", "provide", "sell", "produce"})
BUY = frozenset({"buy", "purchase", "acquire", "procure"})


def deal_purchases(drafts: list[Draft], refs: "Referents") -> list[Draft]:
    """Purchases told by agreements whose purpose clause names a product."""
    out = []
    for draft in drafts:
        if draft.trigger.cls != "AgreementSigning" or not draft.roles.get("agent") or not draft.roles.get("counterpart"):
            continue
        for clause in _purpose_clauses(draft.token):
            lemma = clause.lemma_.lower()
            items = [k for k in (refs.resolve(draft.block, c) for c in clause.children if c.dep_ == "dobj")
                     if refs.cls(k) == "Product"]
            if not items or lemma not in SUPPLY | BUY:
                continue
            sellers, buyers = draft.roles["agent"], draft.roles["counterpart"]
            if lemma in BUY:
                sellers, buyers = buyers, sellers
            trigger = replace(draft.trigger, id=draft.trigger.id + "+deal", cls="Purchase", cameo="061", requires=())
            out.append(Draft(trigger, draft.block, draft.token,
                              {"agent": list(buyers), "counterpart": list(sellers), "item": items},
                              draft.quantity, draft.modality, draft.confidence - 0.15, draft.via_reference))
            break
    return out


def share_deal_parties(drafts: list[Draft]) -> None:
    """An agreement signed to buy ("signed a deal with Boeing to buy jets", "signed a contract to
    buy jets from France"): the other signer is the seller the purchase names no 'from' for, and
    the seller the purchase names is the other signer the agreement names none for."""
    for deal in drafts:
        if deal.trigger.cls != "AgreementSigning":
            continue
        clauses = {c.i for c in _purpose_clauses(deal.token) if c.lemma_.lower() in BUY}
        for purchase in (d for d in drafts if d.trigger.cls == "Purchase" and d.token.i in clauses):
            buyers = set(purchase.roles.get("agent", []))
            if not buyers or not buyers <= set(deal.roles.get("agent", [])):
                continue
            if not any(c.dep_ == "prep" and c.lower_ == "from" for c in purchase.token.children):
                for key in deal.roles.get("counterpart", []):
                    purchase.add("counterpart", key)
            if not deal.roles.get("counterpart"):
                for key in purchase.roles.get("counterpart", []):
                    deal.add("counterpart", key)


def _purpose_clauses(verb) -> list:
    """'completed deals ... to manufacture X': infinitives of the verb or of its object."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
