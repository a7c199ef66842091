"""Stage 6b: warnings, threats and rejections said inside a quote are the speaker's: '"We warn the
Saudis that our targets will keep expanding," Saree said' is a Threat by Saree aimed at the Saudis;
'"I strongly reject the new measure," the minister said' is the minister's Rejection.
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


def quoted_acts(block: int, pb: "ParsedBlock", refs: "Referents") -> list[tuple[object, list[Draft]]]:
    """(sentence, drafts) for each sentence with a first-person warning or rejection inside a quote."""
    doc = pb.doc
    out = []
    for start, end, _, speaker, _ in attributed_quotes(block, pb, refs):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        by_sentence: dict[int, list[Draft]] = {}
        for token in span:
            subject = clause_subject(token) if token.pos_ == "VERB" else None
            if subject is None or subject.lower_ not in FIRST_PERSON:
                continue
            for draft in frames(block, token, refs):
                if draft.trigger.cls in QUOTED_ACTS:
                    draft.roles["agent"] = [speaker]
                    draft.confidence -= 0.1
                    by_sentence.setdefault(token.sent.start, []).append(draft)
        out += [(doc[i].sent, drafts) for i, drafts in sorted(by_sentence.items())]
    return out
