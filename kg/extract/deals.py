"""Stage 6a: a deal to make, deliver or buy a product is its purchase: "Boeing completed deals
with Saudi Arabia to manufacture 121 Boeing 787s" is Saudi Arabia buying 787s from Boeing. The
signer who makes or delivers is the seller; one who buys, the buyer."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..data import load_json
from ..names import fold
from .drafts import Draft, assign
from .namekeys import country_names
from .products import is_maker
from .senses import goods_nouns, is_goods_noun
from .slots import AGREEMENTS, counted
from .syntax import prep_object

if TYPE_CHECKING:
    from .refer import Referents

SUPPLY = frozenset({"manufacture", "build", "supply", "deliver", "provide", "sell", "produce"})
BUY = frozenset({"buy", "purchase", "acquire", "procure"})
TRADE_NOUNS = frozenset({"purchase", "sale", "supply", "delivery", "acquisition", "procurement"})
ACTORS = ("Country", "Organization")
ABOUT = frozenset({"on", "for", "regarding", "concerning", "covering", "over"})


def deal_purchases(drafts: list[Draft], refs: "Referents") -> list[Draft]:
    """Purchases told by agreements whose purpose clause makes, delivers or buys goods."""
    out = []
    for draft in drafts:
        parties = draft.roles.get("agent", []) + draft.roles.get("counterpart", [])
        if draft.trigger.cls != "AgreementSigning" or not parties:
            continue
        for clause in (c for c in _purpose_clauses(draft.token) if c.lemma_.lower() in SUPPLY | BUY):
            goods, receivers = [c for c in clause.children if c.dep_ == "dobj"], [prep_object(clause, "to")]
            if clause.lemma_.lower() in ("supply", "provide") and prep_object(clause, "with") is not None:
                receivers, goods = goods, [prep_object(clause, "with")]  # "to supply the navy with frigates"
            items = [k for k in (refs.resolve(draft.block, g) for g in goods) if refs.cls(k) == "Product"]
            sides = _deal_sides(draft, clause, receivers, refs)
            if sides is None or not items and not any(is_goods_noun(g) for g in goods):
                continue
            trigger = replace(draft.trigger, id=draft.trigger.id + "+deal", cls="Purchase", cameo="061", requires=())
            out.append(Draft(trigger, draft.block, draft.token, {"agent": sides[0], "counterpart": sides[1], "item": items},
                             draft.quantity, draft.modality, draft.confidence - 0.15, draft.via_reference))
            for handover in (d for d in drafts if d.trigger.cls == "Transfer" and d.token.i == clause.i):
                handover.roles["agent"] = list(sides[1])  # the delivery the deal foresees is the seller's, to the
                if not set(handover.roles.get("target", [])) - set(sides[1]):  # buyer ("signed with Dassault to
                    handover.roles["target"] = list(sides[0])  # supply Rafale jets": Dassault's, not the signer's)
                handover.roles["item"] = [k for k in handover.roles.get("item", []) if refs.cls(k) not in ACTORS]
            break
    return out


def _deal_sides(deal: Draft, clause, receivers, refs: "Referents") -> tuple[list[str], list[str]] | None:
    """(buyers, sellers) of a deal's purpose clause: who buys buys; who makes or delivers (the clause's
    own doer, "a contract for Naval Group to supply"; else who signs with states; else the first
    signer) sells, to whom it delivers or the other signers."""
    first, others = deal.roles.get("agent", []), deal.roles.get("counterpart", [])
    if clause.lemma_.lower() in BUY:
        return (first, others) if first and others else None
    doer = refs.resolve(deal.block, next((c for c in clause.children if c.dep_ == "nsubj"), None))
    firms = [k for k in first + others if refs.cls(k) != "Country"]  # states buy from firms
    sellers = [doer] if refs.cls(doer) in ACTORS else firms if firms and any(
        refs.cls(k) == "Country" for k in first + others) else first
    buyers = [k for k in (refs.resolve(deal.block, r) for r in receivers if r is not None) if refs.cls(k) in ACTORS]
    buyers = [k for k in buyers or first + others if k not in sellers]
    return (buyers, sellers) if buyers and sellers else None


def agreed_sales(drafts: list[Draft], refs: "Referents") -> list[Draft]:
    """Purchases an agreement is about ("X and Y signed an agreement on the sale of F-15s to X"):
    whichever side the sale names (buyer 'to'/'for', seller 'from', an 'American' product), the
    other signers are the other side; naming neither, a signer that makes aircraft or arms sells."""
    out = []
    for deal in drafts:
        parties = deal.roles.get("agent", []) + deal.roles.get("counterpart", [])
        if deal.trigger.cls != "AgreementSigning" or not parties:
            continue
        for trade in _trades_of(deal.token):
            goods = prep_object(trade, "of") if trade.lemma_.lower() in TRADE_NOUNS else trade
            buyers = _actors(refs, deal.block, [prep_object(trade, "to"), prep_object(trade, "for"),
                                                prep_object(deal.token, "to")])  # "signed a contract on the supply of X to India"
            sellers = _actors(refs, deal.block, [prep_object(trade, "from")]) + _made_in(goods)
            if not buyers and not sellers:
                sellers = [k for k in parties if any(is_maker(e.label or e.names[0]) for e in refs.found.entities if e.key == k)]
                states = [k for k in parties if refs.cls(k) == "Country"]
                if not sellers and len(states) == 1 and all(refs.cls(k) == "Organization" for k in parties if k not in states):
                    buyers = states  # "Australia signed a contract with Naval Group for submarines": states buy from firms
            buyers = buyers or [k for k in parties if k not in sellers]
            sellers = sellers or [k for k in parties if k not in buyers]
            if not buyers or not sellers or set(buyers) & set(sellers) or not set(buyers + sellers) & set(parties):
                continue
            items = [k for k in [refs.resolve(deal.block, goods)] if refs.cls(k) == "Product"]
            trigger = replace(deal.trigger, id=deal.trigger.id + "+sale", cls="Purchase", cameo="061", requires=())
            out.append(Draft(trigger, deal.block, trade, {"agent": buyers, "counterpart": sellers, "item": items},
                             deal.quantity, deal.modality, deal.confidence - 0.15, deal.via_reference))
    return out


def _trades_of(token) -> list:
    """'signed an agreement on the sale of', 'a contract for the supply of': the trade nouns."""
    nouns = [token, *(c for c in token.children if c.dep_ in ("dobj", "nsubjpass"))]
    nouns += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "to"  # "agreed to a contract for jets"
              for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in AGREEMENTS]
    nouns += [c for n in nouns[1:] for c in n.children if c.dep_ == "acl"]  # "a deal arranging for the purchase of"
    objects = [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ in ABOUT
               for o in p.children if o.dep_ == "pobj"]
    goods = [g for o in objects if o.lemma_.lower() not in TRADE_NOUNS
             for g in [o, *counted(o), *_grouped(o)] if g.lemma_.lower() in goods_nouns()
             and (g.tag_ == "NNS" or g.i != o.i and o.tag_ == "NNS")]  # "two batches of aircraft": plural by its batches
    return [o for o in objects if o.lemma_.lower() in TRADE_NOUNS] + goods[:1]  # "a contract for (a fleet of) submarines"


def _grouped(noun) -> list:
    """'a fleet of 12 submarines': the goods a collective noun groups."""
    inner = prep_object(noun, "of") if noun.lemma_.lower() in load_json("events.json")["goods_collectives"] else None
    return [inner] if inner is not None else []


def _made_in(goods) -> list[str]:
    """'American Patriot systems': the country an adjective of the goods names."""
    names = country_names()
    return [names[fold(c.text)] for c in (goods.subtree if goods is not None else ())
            if c.dep_ in ("amod", "compound") and c.i < goods.i and fold(c.text) in names]


def _actors(refs, block: int, tokens) -> list[str]:
    keys = [refs.resolve(block, t) for t in tokens if t is not None]
    return [k for k in keys if refs.cls(k) in ("Country", "Organization")]


def settle_deal_roles(drafts: list[Draft], refs: "Referents") -> None:
    """The roles of deals and trades that the drafts of a sentence settle together."""
    contract_purposes(drafts, refs)
    share_deal_parties(drafts)
    programme_sellers(drafts, refs)
    sellers_not_buyers(drafts, refs)
    drop_purpose_doers(drafts, refs)
    signers_not_targets(drafts, refs)
    sellers_of_the_deal(drafts, refs)


def sellers_of_the_deal(drafts: list[Draft], refs: "Referents") -> None:
    """'Under the deal with Spain, Peru is buying tanks': the other side of the deal it buys under sells."""
    for draft in (d for d in drafts if d.trigger.cls == "Purchase" and not d.roles.get("counterpart")):
        terms = prep_object(draft.token, "under")
        side = prep_object(terms, "with") if terms is not None and terms.lemma_.lower() in AGREEMENTS else None
        key = refs.resolve(draft.block, side) if side is not None else None
        if refs.cls(key) in ACTORS and key not in draft.roles.get("agent", []):
            draft.add("counterpart", key)


def contract_purposes(drafts: list[Draft], refs: "Referents") -> None:
    """A contract won or awarded to make or supply goods: "X won a contract to supply helicopters to
    the army", "X was awarded a contract to build jets for the navy", "... to supply Poland with
    HIMARS": the winner sells, who the goods are for buys, the goods are the item."""
    for draft in (d for d in drafts if d.trigger.cls == "Purchase" and d.trigger.object_lemmas):
        verb = draft.token
        winner = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "X was awarded a contract"
        for side in (winner, prep_object(winner, "of") if winner is not None else None):  # "the US unit of Airbus"
            if side is not None and not draft.roles.get("counterpart") and refs.cls(refs.resolve(draft.block, side)) in ACTORS:
                assign(draft, "counterpart", side, refs)
        worth = [w for o in verb.children if o.dep_ == "dobj" for w in o.children if w.lower_ == "worth"]
        clauses = _purpose_clauses(verb) + [c for w in worth for h in (w, *w.children) for c in _purpose_clauses(h)]
        # "a contract worth $3 billion to supply": the clause hung on the price
        for clause in (c for c in clauses if c.lemma_.lower() in SUPPLY):
            goods = [o for o in clause.children if o.dep_ == "dobj"]
            buyers = [prep_object(n, p) for n in (clause, *goods) for p in ("to", "for")]  # "helicopters for the Army"
            if clause.lemma_.lower() in ("supply", "provide") and prep_object(clause, "with") is not None:
                buyers, goods = goods, [prep_object(clause, "with")]  # "to supply Poland with HIMARS"
            for noun in [g for o in goods for g in (o, *counted(o))]:
                if not draft.roles.get("item") and refs.cls(refs.resolve(draft.block, noun)) == "Product":
                    assign(draft, "item", noun, refs)
            for buyer in (b for b in buyers if b is not None and not draft.roles.get("agent")):
                if refs.cls(refs.resolve(draft.block, buyer)) in ACTORS:
                    assign(draft, "agent", buyer, refs)
            break


def signers_not_targets(drafts: list[Draft], refs: "Referents") -> None:
    """'A and B signed an agreement on B's ports': a signer is no party the deal is about, nor is
    the owner of where it was signed ('on American soil')."""
    sites = frozenset(load_json("events.json")["signing_sites"])
    for deal in (d for d in drafts if d.trigger.cls == "AgreementSigning" and d.roles.get("target")):
        drop = set(deal.roles.get("agent", [])) | set(deal.roles.get("counterpart", []))
        verb = deal.token.head if deal.token.dep_ in ("dobj", "nsubjpass", "pobj") else deal.token  # the noun's verb
        for word in [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]:
            site = prep_object(word, "on")
            if site is not None and site.lemma_.lower() in sites:
                drop |= {refs.resolve(deal.block, t) for t in site.subtree}
        deal.roles["target"] = [k for k in deal.roles["target"] if k not in drop]


def drop_purpose_doers(drafts: list[Draft], refs: "Referents") -> None:
    """'a deal for Gazprom to deliver gas': who the deal has do something is no item of it."""
    for deal in drafts:
        if deal.trigger.cls != "AgreementSigning" or not deal.roles.get("item"):
            continue
        for noun in [deal.token, *(c for c in deal.token.children if c.dep_ in ("dobj", "nsubjpass"))]:
            doer = prep_object(noun, "for")
            after = doer.doc[doer.right_edge.i + 1] if doer is not None and doer.right_edge.i + 1 < len(doer.doc) else None
            if after is not None and after.lower_ == "to" and after.dep_ == "aux" and after.head.pos_ == "VERB":
                doers = {refs.resolve(deal.block, t) for t in doer.subtree}
                deal.roles["item"] = [k for k in deal.roles["item"] if k not in doers or refs.cls(k) == "Product"]


def sellers_not_buyers(drafts: list[Draft], refs: "Referents") -> None:
    """'India and the US agreed to buy helicopters from the US': who it is bought from is no buyer."""
    for draft in drafts:
        if draft.trigger.cls != "Purchase" or draft.trigger.slots.get("preps", {}).get("from") != "counterpart":
            continue  # "won an order from X": there the buyer
        sellers = {refs.resolve(draft.block, prep_object(draft.token, "from"))} - {None}
        buyers = [k for k in draft.roles.get("agent", []) if k not in sellers]
        if buyers and len(buyers) < len(draft.roles.get("agent", [])):
            draft.roles["agent"] = buyers
            for key in sellers:
                draft.add("counterpart", key)


def programme_sellers(drafts: list[Draft], refs: "Referents") -> None:
    """'a Foreign Military Sale to Poland': a sale under a state's named programme is that state's,
    when the article names the state."""
    sellers = load_json("events.json")["programme_sellers"]
    for draft in drafts:
        if draft.trigger.cls != "Purchase":
            continue  # the programme's state sells, whichever of its departments approves
        words = [c.lower_ for c in draft.token.children if c.dep_ == "compound" and c.i < draft.token.i]
        state = sellers.get(" ".join(words + [draft.token.lower_]))
        key = country_names()[fold(state)] if state else None
        if refs.cls(key) == "Country":
            draft.add("counterpart", key)


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
    if verb.dep_ == "pobj" and verb.head.lower_ == "into" and verb.head.head.pos_ == "VERB":
        heads.append(verb.head.head)  # "entered into an agreement with Equinor to procure gas"
    return [c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
