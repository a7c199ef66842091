"""Stage 6b, after the frames of a sentence: frames combined. Signing a deal for a product is buying
it; what a bill does is done by who brings the bill; frames of one class whose roles agree are one
event ("the detention of X, ... detained by Turkey"), and a visit folds into the meeting it was for."""
from __future__ import annotations

from dataclasses import replace

from .drafts import Draft
from .instruments import INSTRUMENT
from .lexicon import legislative_texts
from .swaps import is_swap_half
from .syntax import clause_subject, dominates


def implied_purchases(drafts: list[Draft]) -> list[Draft]:
    """Signing an agreement for a product is buying it from the other signer."""
    out = []
    for d in drafts:
        if d.trigger.implies_purchase_of_item and [k for k in d.roles.get("item", []) if not k.startswith(INSTRUMENT)]:
            purchase = Draft(replace(d.trigger, id=d.trigger.id + "+purchase", cls="Purchase", requires=("agent",)),
                              d.block, d.token, {k: list(v) for k, v in d.roles.items()},
                              d.quantity, d.modality, d.confidence - 0.1, d.via_reference)
            out.append(purchase)
    return out


def acts_of_texts(drafts: list[Draft]) -> None:
    """What a bill or law does ("The bill, introduced by X, would impose sanctions on Y") is done by
    whoever the sentence says brings the text; the text is aimed at what it does it to."""
    for draft in drafts:
        subject = clause_subject(draft.token) if draft.token.pos_ in ("VERB", "AUX") else None
        if draft.trigger.cls == "Legislation" or draft.roles.get("agent") or subject is None \
                or subject.lemma_.lower() not in legislative_texts():
            continue
        bills = [o for o in drafts if o.trigger.cls == "Legislation" and o.roles.get("agent")
                 and subject in (o.token, o.token.head)]  # "the bill, introduced by X"
        if bills:
            draft.roles["agent"] = list(bills[0].roles["agent"])
            draft.roles["target"] = [k for k in draft.roles.get("target", []) if k not in draft.roles["agent"]]
            for key in draft.roles["target"]:
                bills[0].add("target", key)


def judged_deed(verb, deed) -> bool:
    """A deed the judging verb is about: under it, not in the phrase of who speaks ("the resolution
    adopted by X condemns Y": X's adoption is the speaker's, not what is condemned)."""
    subject = clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    return dominates(verb, deed) and not (subject is not None and (deed.i == subject.i or dominates(subject, deed)))


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Frames of one class in a sentence whose roles agree tell one event:
    "the detention of X, ... detained by Turkey"; a visit and the meeting it was for are one
    ("visited Tripoli, where he met X": the place visited is the meeting's place)."""
    out: list[Draft] = []
    for draft in _fold_occasions(drafts):
        twin = None if _reported_by_document(draft) else next(  # "criticised a statement that said Y": not about Y
            (o for o in out if o.trigger.cls == draft.trigger.cls and _agree(o.roles, draft.roles)
             and not _reported_by_document(o) and not _reports(o, draft)), None)
        if twin is None:
            out.append(draft)
            continue
        for role, keys in draft.roles.items():
            for key in keys:
                twin.add(role, key)
        twin.merged_tokens |= {draft.token.i} | draft.merged_tokens
        if twin.trigger.pos == "NOUN" and draft.trigger.pos == "VERB" and not _fulfils(twin, twin.trigger) \
                and _fulfils(draft, draft.trigger) or _better_frame(twin, draft):  # "the deal was signed by X": the
            twin.merged_tokens |= {twin.token.i}  # verb's frame, which needs no second party, tells the event
            twin.trigger, twin.token = draft.trigger, draft.token
            twin.merged_tokens -= {twin.token.i}
        twin.quantity = twin.quantity or draft.quantity
        twin.confidence = max(twin.confidence, draft.confidence)
        if draft.modality != "Asserted":
            twin.modality = draft.modality
    return out


def _reports(a: Draft, b: Draft) -> bool:
    """One speech act reports the other ('X demanded that Iran disclose ...', 'said that Y announced'):
    two acts by two speakers, never one."""
    if a.trigger.cls != "Statement" or a.trigger.pos != "VERB" or b.trigger.pos != "VERB":
        return False
    return any(t.dep_ in ("ccomp", "xcomp") and t.head.i == a.token.i for t in (b.token, *b.token.ancestors)) or any(
        t.dep_ in ("ccomp", "xcomp") and t.head.i == b.token.i for t in (a.token, *a.token.ancestors))


def _fold_occasions(drafts: list[Draft]) -> list[Draft]:
    out = []
    for draft in drafts:
        agents = set(draft.roles.get("agent", []))
        meeting = next((o for o in drafts if o.token.i != draft.token.i and not o.trigger.occasion  # another word's
                        and o.trigger.cls == draft.trigger.cls and agents & set(o.roles.get("agent", []))), None) \
            if draft.trigger.occasion else None
        if meeting is None:
            out.append(draft)
            continue
        for key in draft.roles.get("place", []) + draft.roles.get("counterpart", []):
            if key not in meeting.roles.get("counterpart", []):
                meeting.add("place", key)
        meeting.merged_tokens |= {draft.token.i} | draft.merged_tokens
    return out


def _fulfils(draft: Draft, trigger) -> bool:
    return all(draft.roles.get(r) for r in trigger.requires)


def _complete(draft: Draft) -> bool:
    """The draft holds every role its frame requires and one of those it requires one of."""
    any_of = draft.trigger.requires_any
    return _fulfils(draft, draft.trigger) and (not any_of or any(draft.roles.get(r) for r in any_of))


def _better_frame(twin: Draft, draft: Draft) -> bool:
    """Of two handover frames of one word, the second has what it needs and the first has not: "extradited
    the suspect to X", "handed over the hostages to Y" name no one as an entity, yet the giver or taker."""
    return twin.token.i == draft.token.i and twin.trigger.cls == "Transfer" and not _complete(twin) and _complete(draft)


def _agree(a: dict, b: dict) -> bool:
    return all(not (a.get(r) and b.get(r)) or set(a[r]) & set(b[r]) for r in ("agent", "counterpart", "target", "item"))


def lend_agents(drafts: list[Draft]) -> None:
    """A draft with a target but no agent takes the agent of the one other draft of its class
    ("the detention of X ... and other Americans detained by Turkey"); not the other half of a
    swap, which goes the other way, nor words a relative clause reports of a document ("X
    criticised a statement that said Y ...": the statement's makers said it, not X)."""
    for draft in drafts:
        donors = [o for o in drafts if o is not draft and o.trigger.cls == draft.trigger.cls and o.roles.get("agent")]
        if not draft.roles.get("agent") and draft.roles.get("target") and len(donors) == 1 \
                and not is_swap_half(draft) and not _reported_by_document(draft):
            draft.roles["agent"] = [k for k in donors[0].roles["agent"] if k not in draft.roles["target"]]


def _reported_by_document(draft: Draft) -> bool:
    """Words a relative clause on a thing reports ("a statement that/which said Y ..."): the thing's makers'."""
    token = draft.token
    if draft.trigger.cls != "Statement" or token.dep_ != "relcl":
        return False
    subject = clause_subject(token)
    return subject is None or subject.lower_ in ("that", "which")
