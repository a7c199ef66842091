"""Per-Doc columns of token strings, made once and kept in the Doc's user_data: scans that look
for words of a list read a tuple of strings instead of making a Token object per word (spaCy
makes a new one for each `doc[i]` and each step of `for t in doc`)."""
from __future__ import annotations


def lowers(doc) -> tuple[str, ...]:
    """Each token's lower-case text (token.lower_), by index."""
    column = doc.user_data.get("kg:lowers")
    if column is None:
        column = doc.user_data["kg:lowers"] = tuple(t.lower_ for t in doc)
    return column


def texts(doc) -> tuple[str, ...]:
    """Each token's text, by index."""
    column = doc.user_data.get("kg:texts")
    if column is None:
        column = doc.user_data["kg:texts"] = tuple(t.text for t in doc)
    return column


def indices_of(column: tuple[str, ...], words) -> list[int]:
    """Indices of the tokens whose string in `column` is one of `words` (a set)."""
    return [i for i, word in enumerate(column) if word in words]
