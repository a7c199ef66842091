"""Stage 6b: announcing one's own act is that act, not a Statement besides it ("will continue to
provide aid", "pledged to release them", "X imposed sanctions on Y, the Treasury said"): the act's
event tells it, with the modality its verb gives (dev/README: a Statement only when the sentence
also carries an opinion, appeal or quote)."""
from __future__ import annotations

from .drafts import Draft
from .lexicon import triggers_of
from .refer import Referents


def announces_own_act(speech: Draft, drafts: list[Draft], refs: Referents) -> bool:
    """The plain speech draft only announces an act of the speaker's own side among `drafts`."""
    if speech.trigger.id != "say":
        return False
    acts = _own_acts(speech, drafts, refs)
    return any(c.dep_ == "xcomp" and c.i in acts or c.dep_ == "dobj" and (_announces(c, acts) or _act_named(speech, c))
               for c in speech.token.children) or _tells_own_act(speech, drafts, refs)


def _own_acts(speech: Draft, drafts: list[Draft], refs: Referents) -> set[int]:
    """The trigger tokens of the acts a speaker may announce as their own: not those others are said to
    do ("survivors report threats by Russian forces" reports them)."""
    side = refs.own_side(speech.roles.get("agent", []))
    reports = speech.token.lemma_.lower() in _REPORTS
    return {i for d in drafts if d.trigger.cls != "Statement" and (
        not reports or not d.roles.get("agent") or set(d.roles["agent"]) & side) for i in (d.token.i, *d.merged_tokens)}


def _tells_own_act(speech: Draft, drafts: list[Draft], refs: Referents) -> bool:
    """'The United States imposed sanctions on X, the Treasury said': the clause said is an act of the
    speaker's own side, which the act's event tells; the saying adds no Statement."""
    side = refs.own_side(speech.roles.get("agent", []))
    told = [c for c in speech.token.children if c.dep_ == "ccomp"]
    told += [x for c in told for x in c.children if x.dep_ == "xcomp"]  # "agreed to impose sanctions, officials said"
    return any(d.token.i == c.i and d.trigger.cls != "Statement" and set(d.roles.get("agent", [])) & side
               for c in told for d in drafts)


def _act_named(speech: Draft, obj) -> bool:
    """'had announced the purchase', 'announced the talks': an announcement whose object is an act of
    one of the classes (whether or not its own event stands) tells that act, no opinion besides."""
    return speech.token.lemma_.lower() == "announce" and obj.pos_ == "NOUN" and any(
        t.cls != "Statement" and t.pos == "NOUN" for t in triggers_of(obj.lemma_.lower()))


_REPORTS = frozenset({"report", "allege", "document", "describe", "recount"})  # verbs that tell others' acts


def _announces(obj, acts: set[int]) -> bool:
    """'announced sanctions on X', 'announced an aid package for X', 'pledged $2 billion in aid to X':
    the object is the act itself."""
    money = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
             if g.dep_ == "pobj"] if obj.ent_type_ == "MONEY" else []
    return obj.i in acts or any(c.dep_ == "compound" and c.i in acts for c in obj.children) or any(
        m.i in acts for m in money)
