"""Stage 6a: a participle in a parenthetical aside tells a standing status, no event.

Russian wire copy glosses every group it names: "the Taliban (outlawed in Russia)", "Islamic State
(banned in Russia)". The aside is the agency's house style about a past ruling, not a ban told now."""
from __future__ import annotations


def parenthetical_participle(token) -> bool:
    """The token is a past participle opening a bracketed aside: "(outlawed in Russia)"."""
    if token.tag_ != "VBN":
        return False
    sentence = token.sent
    before = [t for t in sentence if t.i < token.i and t.text in ("(", ")")]
    after = next((t for t in sentence if t.i > token.i and t.text in ("(", ")")), None)
    return bool(before) and before[-1].text == "(" and after is not None and after.text == ")" \
        and all(t.pos_ in ("ADV", "PART") for t in sentence if before[-1].i < t.i < token.i)  # "(also banned in X)";
    # "(the group was sanctioned by the UN)" tells its own event
