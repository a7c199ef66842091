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


def _purpose_clauses(verb) -> list:
    """'completed deals ... to manufacture X': infinitives of the verb or of its object."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
