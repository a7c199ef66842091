"""Stage 6a, with the framing: speech verbs that make no speech act of their own in wire copy.
A report placed after the words of another speech act relays it ("X told Y ..., a spokesperson
for X said"; "Z calls on ..., Z's spokesman said"): one speech act, X's. A speech verb that is
a capacity ("Israel's right to defend itself") or the deed an accusation is about ("accused
Iran of supporting militias") or an act to cease ("stop supporting militants", "refrain from
criticising X") is nobody speaking; "asked him about X" is a question, no appeal;
"wrote a book" makes a work, and "defend its borders" guards them: no statement. A participle that goes on with a speech act
("X said ..., confirming that Russia was ready") is that speech act's, its speaker's words."""
from __future__ import annotations

from functools import lru_cache

from ..data import load_json
from .drafts import Draft


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    raw = load_json("events.json")["relays"]
    return {k: frozenset(v) for k, v in raw.items() if k != "_comment"}


def reporting_verbs() -> frozenset[str]:
    """The verbs that report speech and nothing else ('said', 'reported', 'wrote')."""
    return _words()["reporting_verbs"]


def unspoken(draft: Draft, drafts: list[Draft]) -> bool:
    """The Statement draft is no speech act of its own: a relay, a capacity, an accused deed or a question."""
    if draft.trigger.cls != "Statement" or draft.trigger.pos != "VERB":
        return False
    return _relay(draft, drafts) or _silent(draft, drafts)


def _silent(draft: Draft, drafts: list[Draft]) -> bool:
    return _capacity(draft.token) or _accused_deed(draft, drafts) or _question(draft) or _work(draft.token) \
        or _ceased(draft.token) or _guarded(draft.token)


def _relay(draft: Draft, drafts: list[Draft]) -> bool:
    """'X told Y that ..., a spokesperson for X said': the reporting verb follows a reported clause
    that is itself another speaker's speech act (or the same speaker's, told twice)."""
    spoken = {other.token.i for other in drafts if other is not draft and other.trigger.cls == "Statement"
              and other.roles.get("agent") and not _silent(other, drafts)}
    return relays(draft.token, spoken)


def relays(verb, spoken: set[int]) -> bool:
    """The reporting verb follows a clause whose main verb is one of the `spoken` speech acts: it relays
    that act ('Trudeau raised "serious concerns" ..., a government source said')."""
    if verb.lemma_.lower() not in _words()["reporting_verbs"]:
        return False
    reported = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i for t in _main_verbs(c)}
    return bool(reported & spoken)


def _main_verbs(clause):
    """The clause's head with its coordinated verbs and predicates ('is concerned ... and calls on'),
    not verbs deeper inside it ('... if it fails to recognise X')."""
    out, todo = [], [clause]
    while todo:
        head = todo.pop()
        out.append(head)
        todo += [c for c in head.children if c.dep_ in ("conj", "acomp")]
    return out


def _capacity(verb) -> bool:
    """'Israel's right to defend itself', 'the ability to justify': an infinitive of a noun of capacity."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in _words()["capacity_nouns"] and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _accused_deed(draft: Draft, drafts: list[Draft]) -> bool:
    """'accused Iran of supporting militias', 'criticised X for defending Y': the gerund is the deed
    the other speech act is about."""
    verb = draft.token
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "for"):
        return False
    speech = verb.head.head
    return any(other is not draft and other.token.i == speech.i and other.trigger.cls == "Statement" for other in drafts)


def _question(draft: Draft) -> bool:
    """'journalists asked him about X': ask with no request (to do, for, that) asks a question."""
    verb = draft.token
    if verb.lemma_.lower() not in _words()["question_verbs"]:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _work(verb) -> bool:
    """'wrote a book about the war', 'wrote a song': writing a work is no speech act."""
    return verb.lemma_.lower() == "write" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _words()["works"] for c in verb.children)


def _ceased(verb) -> bool:
    """'to stop supporting militants', 'refrain from criticising X': what is to end is not said."""
    ceasing = _words()["cessation_verbs"]
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        return verb.head.lemma_.lower() in ceasing
    return verb.dep_ == "pcomp" and verb.head.lower_ == "from" and verb.head.head.lemma_.lower() in ceasing


def _guarded(verb) -> bool:
    """'would defend its borders', 'defended itself': defending a place, a people or oneself is no
    speech act (defending a decision is)."""
    return verb.lemma_.lower() == "defend" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _words()["guarded"] or c.tag_ == "PRP") for c in verb.children)


def elaborated(draft: Draft, drafts: list[Draft]) -> Draft | None:
    """The speech act a participle goes on with ('X said the attack was cruel, confirming that ...',
    'condemned the raid, adding ...'): the nearest Statement above it whose speaker is known, when the
    participle has no speaker of its own or hangs on the clause that speech act reports ('X said the
    US should reflect, calling for Washington to ...': X calls, not the US)."""
    verb = draft.token
    if draft.trigger.cls != "Statement" or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    above = {d.token.i: d for d in drafts if d is not draft and d.trigger.cls == "Statement" and d.roles.get("agent")}
    reported = False
    for t in verb.ancestors:
        if t.i in above:
            return above[t.i] if reported or not draft.roles.get("agent") else None
        reported = reported or t.dep_ == "ccomp"
    return None
