"""Stage 4: a long name written out before its acronym: "the Syrian Network for Human Rights
(SNHR)", "the Liaison Office of the Central People's Government of the Hong Kong Special
Administrative Region (LOCPG)". The small model cuts such names into pieces (a place, a
fragment); the acronym in parentheses says where the name begins."""
from __future__ import annotations

from ..read.index import indices_of, texts
from .titles import title_spans

# Words a name may contain in lower case: "Office of the ...", "Network for Human Rights".
_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "in", "to", "’s", "'s", "-", "&"})


def spelled_out_spans(doc) -> list[tuple[int, int, int]]:
    """(start, end, acronym index) of each name followed by its acronym in parentheses.

    The name begins at the capitalised word from which the initials of the capitalised words
    spell the acronym (exactly, or, for acronyms of three letters or more, as their beginning:
    LOCPG leaves out "Hong Kong Special Administrative Region")."""
    out = []
    titles = {(t.start, t.end) for t in title_spans(doc)}
    for i in (j + 1 for j in indices_of(texts(doc), ("(",)) if 2 <= j + 1 < len(doc) - 1):  # the word after each "("
        acronym = doc[i].text.replace("&", "")  # "MC&M"
        if doc[i + 1].text != ")" or not (acronym.isalpha() and acronym.isupper()
                                                                      and 2 <= len(acronym) <= 8):
            continue
        start = _name_start(doc, i - 1, acronym)
        if start is not None and (start, i - 1) not in titles:  # "Foreign Minister (FM) X": a title's short form
            out.append((start, i - 1, i))
    return out


def _name_start(doc, end: int, acronym: str) -> int | None:
    run_start = end
    while run_start > 0 and _in_name(doc[run_start - 1]) and not doc[run_start].is_sent_start:
        run_start -= 1
    capitalised = [t.i for t in doc[run_start:end] if t.text[:1].isupper() and t.lower_ not in _CONNECTORS]
    exact = [i for i in capitalised if _initials(doc, i, end) == acronym]
    if exact:
        return exact[-1]  # the shortest name that spells it: "the Treasury's Office of Foreign Assets Control (OFAC)"
    prefix = [i for i in capitalised if len(acronym) >= 3 and _initials(doc, i, end).startswith(acronym)]
    return prefix[0] if prefix else None


def _in_name(token) -> bool:
    return token.text[:1].isupper() or token.lower_ in _CONNECTORS


def _initials(doc, start: int, end: int) -> str:
    return "".join(t.text[0] for t in doc[start:end] if t.text[:1].isupper() and t.lower_ not in _CONNECTORS)
