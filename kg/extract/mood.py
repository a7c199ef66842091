"""Mood of a clause: future or modal verbs, yes/no questions, negation, infinitive complements.
Events read these to set modality or to keep an event out."""
from __future__ import annotations

_FUTURE = frozenset({"will", "would", "shall", "'ll", "can", "could", "must", "may", "might"})
# Verbs whose infinitive is a commitment to a future act: "vowed to respond", "threatened to retaliate".
_PROMISES = frozenset({"vow", "pledge", "promise", "swear", "threaten"})


def future_or_modal(token) -> bool:
    """The verb, or the verbs it complements or is coordinated with ("will not hesitate to act"), has a
    future or modal auxiliary, or is what one vows to do ("vowed to respond")."""
    verbs = [token]
    while verbs[-1].dep_ in ("xcomp", "conj", "acomp") and len(verbs) < 4:  # "will continue to monitor and take action"
        verbs.append(verbs[-1].head)
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for v in verbs for c in v.children) or any(
        v.dep_ == "xcomp" and v.head.lemma_.lower() in _PROMISES for v in verbs)


_QUESTION_WORDS = frozenset({"how", "what", "when", "where", "which", "who", "whom", "whose", "why"})


def yes_no_question(sentence) -> bool:
    """The sentence asks whether something is so ('Will the Senate pass the bill?', 'If sanctions come,
    would prices rise?'): it asserts none of its events. A question word keeps them: 'Why did X buy
    jets?' takes the purchase for granted."""
    last = next((t for t in reversed(sentence) if not t.is_space and t.text not in ('"', "'", "\u201d")), None)
    return last is not None and last.text == "?" and not any(t.lower_ in _QUESTION_WORDS for t in sentence)


def with_infinitive(token) -> bool:
    """The verb governs a to-infinitive ("warned X to leave")."""
    return any(c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
               for c in token.children)


def negated(token) -> bool:
    """The verb is negated ("will not tolerate"), or its subject is ("neither A nor B would endorse")."""
    return any(c.dep_ == "neg" for c in token.children) or any(
        g.dep_ in ("preconj", "det") and g.lower_ == "neither" for c in token.children if c.dep_ == "nsubj" for g in c.children)
