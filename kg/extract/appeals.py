"""Stage 6c: the appeals a government's own release makes without a speech verb.

In a State Department or White House release, "Iran must cooperate with the IAEA" is the
publisher's country speaking: a Statement (CAMEO 020, appeal) aimed at Iran. Found from a
deontic modal ("must", "should") on a clause outside quotes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .model import EventMention
from .syntax import clause_subject

if TYPE_CHECKING:
    from .refer import Referents

DEONTIC = frozenset({"must", "should"})
ACTORS = {"Country", "Organization", "Person", "Group"}


def voice_appeals(block: int, sentence, voice: str | None, refs: "Referents", inside_quotes: set[int],
                  evidence: tuple[tuple[int, int], ...]) -> list["EventMention"]:
    """Statements by the release's country for each 'X must/should ...' clause of a sentence."""
    if voice is None:
        return []
    out = []
    for token in sentence:
        if token.lower_ not in DEONTIC or token.dep_ != "aux" or token.i in inside_quotes:
            continue
        verb = token.head
        subject = clause_subject(verb)
        if subject is None:
            continue
        targets = []
        for t in [subject, *subject.conjuncts]:
            key = refs.resolve(block, t)
            if key and key != voice and refs.cls(key) in ACTORS and key not in targets:
                targets.append(key)
        roles = (("agent", voice),) + tuple(("target", k) for k in targets)
        out.append(EventMention("Statement", "voice-appeal", block, verb.i, evidence, tuple(sorted(roles)),
                                "Asserted", 0.6, cameo="020"))
    return out
