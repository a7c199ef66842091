"""Stage 6b: a warning is a threat, not also a statement (CONTRACT: "A warning of consequences is a
`Threat`, not a `Statement`"). 'The North warned that its retaliation will be worse if ...' and
'"X will face consequences," Chile said' tell one act, the threat; the speech verb that carries it, or
that reports the speaker's own threat, makes no second event. Another party's threat told by a
speaker ('X said Iran would retaliate') stays two acts: the statement and the threat it reports."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import EventMention


def carries_threat(speech, speakers: set[str], threats: list[tuple[object, set[str]]]) -> bool:
    """The speech verb `speech` is a threat's own word, or reports a threat of the same speakers."""
    for token, agents in threats:
        own = not agents or not speakers or agents & speakers
        if own and (token.i == speech.i or any(a.i == speech.i for a in token.ancestors)):
            return True
    return False


def _told_threat(statement: "EventMention", events: list["EventMention"], docs: list) -> bool:
    """The statement's verb carries or reports a threat of its speaker in the same sentence."""
    doc = docs[statement.block]
    near = [e for e in events if e.cls == "Threat" and e.block == statement.block and set(e.sentences) & set(statement.sentences)]
    if statement.rule == "quote" and not set(statement.sentences) <= {s for e in near for s in e.sentences}:
        return False  # a quote that goes on past the threat says more than the threat
    threats = [(doc[e.token], set(e.role("agent"))) for e in near]
    return bool(threats) and carries_threat(doc[statement.token], set(statement.role("agent")), threats)


def without_told_threats(events: list["EventMention"], docs: list) -> list["EventMention"]:
    """The events without the statements that only carry a threat; topics renumbered."""
    gone = {i for i, e in enumerate(events) if e.cls == "Statement" and _told_threat(e, events, docs)}
    if not gone:
        return events
    new = {}
    for i in range(len(events)):
        if i not in gone:
            new[i] = len(new)
    return [replace(e, topics=tuple(new[t] for t in e.topics if t in new)) for i, e in enumerate(events) if i not in gone]
