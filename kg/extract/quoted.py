"""Stage 6b: warnings, threats and rejections said inside a quote are the speaker's: '"We warn the
Saudis that our targets will keep expanding," Saree said' is a Threat by Saree aimed at the Saudis;
'"I strongly reject the new measure," the minister said' is the minister's Rejection; '"Any attack
will be met with a crushing response," the minister said' is the minister's Threat.
Nothing else is read inside quotes: the rest of a quote is its speaker's Statement
(kg/extract/quotes.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .drafts import Draft
from .frames import frames
from .quotes import attributed_quotes
from .syntax import clause_subject

if TYPE_CHECKING:
    from ..read.nlp import ParsedBlock
    from .refer import Referents

FIRST_PERSON = frozenset({"i", "we"})
QUOTED_ACTS = frozenset({"Threat", "Rejection"})  # speech acts a first-person quote performs


def _warns(draft: Draft) -> bool:
    """A warning whoever says it ('"Any attack will be met with a crushing response"'): a promised
    harm that names no one who deals it."""
    return draft.trigger.cls == "Threat" and draft.trigger.only_future and not draft.roles.get("agent")


def _own(block: int, subject, speaker: str, refs: "Referents") -> bool:
    """The quote's subject is the speaker's own side, or a state while the speaker is an official of no
    known state ('"China will take countermeasures," the Foreign Ministry spokesman said'): the speaker
    threatens for it. An official of another state predicts ('"China will retaliate," Blinken said')."""
    key = refs.resolve(block, subject)
    if key is None or key == speaker:
        return False
    own = refs.own_side([speaker])
    official = any(c.person == speaker for c in refs.offices)
    return key in own or official and refs.cls(key) == "Country" and not any(refs.cls(k) == "Country" for k in own)


def quoted_acts(block: int, pb: "ParsedBlock", refs: "Referents") -> list[tuple[object, list[Draft]]]:
    """(sentence, drafts) for each sentence with a first-person warning or rejection, or a promised
    harm, inside a quote."""
    doc = pb.doc
    out = []
    for start, end, _, speaker, _ in attributed_quotes(block, pb, refs):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        by_sentence: dict[int, list[Draft]] = {}
        for token in (t for t in span if t.pos_ in ("VERB", "ADJ")):  # "will be responsible for the consequences"
            subject = clause_subject(token)
            mine = subject is not None and (subject.lower_ in FIRST_PERSON or _own(block, subject, speaker, refs))
            for draft in frames(block, token, refs):
                if draft.trigger.cls in QUOTED_ACTS and (mine or _warns(draft)):
                    draft.roles["agent"] = [speaker] + ([] if subject.lower_ in FIRST_PERSON else draft.roles.get("agent", []))
                    draft.confidence -= 0.1
                    by_sentence.setdefault(token.sent.start, []).append(draft)
        out += [(doc[i].sent, drafts) for i, drafts in sorted(by_sentence.items())]
    return out
