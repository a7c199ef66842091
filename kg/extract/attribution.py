"""Stage 6c: "according to X" attributes what a sentence says to X: a Statement by X (CAMEO 010)
about the first actor the sentence's own clause names. The source may be a document X issued
("according to a statement released by the Kremlin", "according to a NATO press release",
"according to the ministry's report"). News outlets are no source of statements ("according
to Reuters" is the journalist's narration), nor are unnamed people ("two people familiar with
the matter").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .model import EventMention
from .quotes import first_actor_subject

if TYPE_CHECKING:
    from .refer import Referents

_SOURCES = {"Country", "Organization", "Person", "Group"}
# documents whose issuer speaks through them: "according to a statement by X"
_DOCUMENTS = frozenset({"statement", "report", "release", "communique", "communiqué", "announcement", "complaint",
                        "letter", "filing", "document", "tweet", "post", "readout", "transcript", "notice",
                        "indictment", "assessment", "estimate", "data", "figure", "survey", "study", "order"})


def according_to(block: int, sentence, refs: "Referents", outlets: set[str], inside_quotes: set[int],
                 evidence: tuple[tuple[int, int], ...], spoken: frozenset[int] = frozenset()) -> list[EventMention]:
    """Statements of the sources a sentence cites with 'according to' (`spoken`: the tokens of the
    sentence's speech acts whose speaker is named)."""
    out = []
    for token in sentence:
        if token.lower_ != "according" or token.i in inside_quotes:
            continue
        if token.head.i in spoken or any(a.i in spoken for a in token.ancestors):
            continue  # "According to the ministry, Wang told Y ...", "Norway alleges that X ..., according to a
            # coastguard statement": the source is where the named speaker's words are found, no act of its own
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        speaker = _source(block, source, refs) if source is not None else None
        if speaker is None or speaker in outlets:
            continue
        cited = [t for t in sentence if not (token.i <= t.i <= source.right_edge.i)]
        about = first_actor_subject(cited, block, refs, speaker)
        roles = (("agent", speaker),) + ((("target", about),) if about else ())
        out.append(EventMention("Statement", "according-to", block, token.i, evidence, tuple(sorted(roles)),
                                "Asserted", 0.7, cameo="010"))
    return out


def _source(block: int, noun, refs: "Referents") -> str | None:
    """Who speaks in 'according to NOUN': the actor it names, or the issuer of the document it names."""
    if noun.lemma_.lower() in _DOCUMENTS:
        issuers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]  # "NATO's report", "a Kremlin statement"
        for child in noun.children:
            if child.dep_ == "acl":  # "a statement released by the Kremlin"
                issuers += [o for p in child.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):  # "a report by the UN"
                issuers += [o for o in child.children if o.dep_ == "pobj"]
        for issuer in issuers:
            key = refs.resolve(block, issuer)
            if refs.cls(key) in _SOURCES - {"Group"}:
                return key
        return None
    key = refs.resolve(block, noun)
    if refs.cls(key) == "Group" and refs.represented(block, noun) is None:
        return None  # "according to two people familiar with the matter": no one the reader can name
    return key if refs.cls(key) in _SOURCES else None
