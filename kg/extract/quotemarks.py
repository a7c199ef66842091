"""Where the double quotes of a parsed text are: character and token spans (a leaf module, read by
quotes, entities and pronouns alike)."""
from __future__ import annotations

import re

from .syntax import text_of


def quote_char_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside double quotes; an unclosed quote runs to the end of the text."""
    marks = [m.start() for m in re.finditer('"', text)]
    spans = [(marks[i] + 1, marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
    if len(marks) % 2:
        spans.append((marks[-1] + 1, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def quote_spans(doc) -> list[tuple[int, int]]:
    """Token spans inside double quotes."""
    out = []
    for start, end in quote_char_spans(text_of(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.append((span.start, span.end))
    return out
