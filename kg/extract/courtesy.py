"""Stage 6a: "X called on Y" with no appeal in it: a courtesy visit (CAMEO 042), not a call to act.

South Asian and Gulf wire copy says an official "called on" a president or prime minister for
a visit to them. "called on Iran to release", "called on the world for help" and "called upon
the parties that ..." are appeals (the call-on Statement frame keeps those)."""
from __future__ import annotations

from .syntax import prep_object


def appeal_call(verb) -> bool:
    """The call asks for something: a to-infinitive, a "for" or a that-clause below the verb, or an
    object that names no person."""
    own = [t for t in verb.subtree if not any(c.dep_ == "conj" and t in c.subtree for c in verb.children)]
    if any(t.lower_ == "to" and t.dep_ == "aux" for t in own):
        return True  # "called on Tehran to free", however deep the parser hangs the infinitive (not in
        # a verb of its own: "called on X and discussed ways to boost trade")
    if any(c.dep_ == "xcomp" or c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children) for c in verb.children):
        return True  # "called upon them that they ..." (but "called on X and the two discussed Y" visits)
    if any(t.lower_ == "for" and t.dep_ == "prep" for t in own):
        return True  # "called on donors for more aid"
    visited = prep_object(verb, "on") or prep_object(verb, "upon") or next(
        (c for c in verb.children if c.dep_ == "dobj"), None)  # "called on" read as a particle
    return visited is None or not any(t.ent_type_ == "PERSON" for t in visited.subtree)
