"""The portfolio a title is written with: "Minister of State for Defence Affairs", "Deputy Assistant
Secretary of State for Levant Affairs". Titles are data (kg/data/titles.json) and end at "Minister" or
"Secretary of State"; the capitalised "for ..." complement after them names the post's field, not its
party, and belongs to the title as the article writes it."""
from __future__ import annotations

from .titles import past_bare_complement

# "of State" between a title and its field ("Minister of State for X"): a rank of the post, no party.
_RANKS = ("state",)


def portfolio_end(doc, end: int, starts) -> int:
    """Where the title written up to `end` ends with its field: past "of State" when a "for"
    complement follows, and past a capitalised "for" complement; `starts` are where names start."""
    j = end
    if j + 2 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].lower_ in _RANKS and doc[j + 1].is_title \
            and doc[j + 2].lower_ == "for" and j + 1 not in starts:
        j += 2
    if j < len(doc) and doc[j].lower_ == "for":
        field = past_bare_complement(doc, j, starts)
        opening = [t.i for t in doc[j:field] if t.text == "("]
        field = opening[0] if opening else field  # a bracketed acronym after the field is no part of it
        if field > j + 1:
            return field
    return end
