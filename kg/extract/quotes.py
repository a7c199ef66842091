"""Stage 6b: quoted words and who said them.

'"...," said X', 'X said: "..."', '"...," he added', 'quoted X as saying, "..."', and a
paragraph that is all quote continuing the previous paragraph's speaker. Quotes are found
on the quote-normalised text (kg.read.nlp.normalise); the quoted words are taken verbatim from
the original text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .framing import addressee
from .quotemarks import quote_char_spans, quote_spans
from .lexicon import acting_speech_verbs, performs, speech_verbs
from .model import EventMention
from .refer import ACTOR_CLASSES, SPOKEN_TEXTS
from .syntax import attributes_a_label, clause_subject, deed_patients, text_of

if TYPE_CHECKING:
    from ..read.nlp import ParsedBlock
    from .refer import Referents


def spoken_spans(doc) -> list[tuple[int, int]]:
    """Quote spans that are someone's words, not scare quotes around the narrator's own verb: in
    'X "strongly condemned" the attack' the condemning is X's act, reported in X's words."""
    return [(s, e) for s, e in quote_spans(doc) if not _scare_quoted(doc, s, e) and not _quoted_object(doc, s, e)]


def _scare_quoted(doc, start: int, end: int) -> bool:
    """A short quote holding a verb whose subject stands outside it ('X "denounced" the attack')."""
    if end - start > 3:
        return False
    subjects = [clause_subject(t) for t in doc[start:end] if t.pos_ == "VERB"]
    return any(s is not None and not start <= s.i < end for s in subjects)


_LIGHT_VERBS = frozenset({"conduct", "have", "hold"})  # 'held "talks"': the noun carries the event


def _quoted_object(doc, start: int, end: int) -> bool:
    """A short verbless noun phrase in quotes, object of a light verb outside them ('held "frank
    talks"'): the narrator's event, its noun quoted from a readout, not words spoken."""
    if end - start > 4 or any(t.pos_ in ("VERB", "AUX") for t in doc[start:end]):
        return False
    heads = [t for t in doc[start:end] if not start <= t.head.i < end]
    return len(heads) == 1 and heads[0].pos_ == "NOUN" and heads[0].dep_ == "dobj" \
        and heads[0].head.lemma_.lower() in _LIGHT_VERBS


def attributed_quotes(block: int, pb: "ParsedBlock", refs: "Referents") -> list[tuple[int, int, object, str, float]]:
    """(start, end, speech verb or None, speaker, confidence) of each quote of a block whose speaker is known."""
    doc = pb.doc
    spans = quote_char_spans(text_of(doc))
    if not spans:
        return []
    inside = {i for s, e in quote_spans(doc) for i in range(s, e)}
    verbs = [t for t in doc if t.lemma_.lower() in speech_verbs() and t.pos_ == "VERB" and t.i not in inside
             and not attributes_a_label(t)]
    out = []
    last_speaker = None
    for start, end in spans:
        verb = _nearest(verbs, doc, start, end)
        if verb is not None and verb.lemma_.lower() in acting_speech_verbs():
            continue  # 'threatened reprisals if "any attack" ...', 'denied it was "a violation"':
            # the verb's own Threat or Rejection is the act, its quoted words no Statement besides
        speaker, confidence = (_speaker(verb, block, refs), 0.85) if verb is not None else (None, 0.0)
        if speaker is None and last_speaker is not None and not _unnamed_subject(verb):
            # '"...," he said. "..."': the same speaker goes on (not '"...," the court's statement added')
            speaker, confidence = last_speaker, 0.75
        if verb is None and _whole_paragraph(text_of(doc), start, end):
            speaker, confidence = _previous_speaker(block, refs), 0.6
        if speaker is None:
            continue
        last_speaker = speaker
        out.append((start, end, verb, speaker, confidence))
    return out


def quote_statements(block: int, pb: "ParsedBlock", refs: "Referents") -> list["EventMention"]:
    """One Statement per speaker and paragraph, carrying the quoted words."""
    doc, offset = pb.doc, pb.block.start
    original = refs.found.parsed.article.document.text
    by_speaker: dict[str, dict] = {}
    for start, end, verb, speaker, confidence in attributed_quotes(block, pb, refs):
        sentences = {(offset + s.start_char, offset + s.end_char) for s in doc.sents
                     if s.start_char < end and s.end_char > start}
        if verb is not None:
            sentences.add((offset + verb.sent.start_char, offset + verb.sent.end_char))
        words = original[offset + start:offset + end].strip().rstrip(",").strip()
        entry = by_speaker.setdefault(speaker, {"quotes": [], "sentences": set(), "confidence": confidence,
                                                "token": verb.i if verb is not None else 0, "about": None,
                                                "to": None})
        entry["quotes"].append(words)
        span = doc.char_span(start, end, alignment_mode="expand")
        if entry["to"] is None and verb is not None:  # 'Speaking to NBC News, she said, "..."': NBC News
            entry["to"] = _actor(refs.resolve(block, addressee(verb)), refs)
        if entry["about"] is None and verb is not None:
            entry["about"] = _said_of(verb, block, refs, speaker)  # '"...," she said of the Russian move': Russia
        if entry["about"] is None and span is not None:
            entry["about"] = first_actor_subject(span, block, refs, speaker)
        entry["sentences"] |= sentences
        if verb is not None:
            refs.speakers.append((block, verb.i, speaker))
    return [EventMention("Statement", "quote", block, entry["token"], tuple(sorted(entry["sentences"])),
                         _roles(speaker, entry["to"], entry["about"]),
                         "Asserted", entry["confidence"], quote=" ".join(entry["quotes"]), cameo="010")
            for speaker, entry in by_speaker.items()]


def _roles(speaker: str, addressed: str | None, about: str | None) -> tuple:
    """A quote's roles: its speaker, whom it is said to, and whom it is about (not the addressee)."""
    roles = [("agent", speaker)]
    roles += [("counterpart", addressed)] if addressed not in (None, speaker) else []
    roles += [("target", about)] if about not in (None, addressed) else []
    return tuple(sorted(roles))


def _said_of(verb, block: int, refs: "Referents", speaker: str) -> str | None:
    """Whom 'said of X' speaks about: X, or whose X is ('of the Russian move', 'of Chile's decision')."""
    for of in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (c for c in of.children if c.dep_ == "pobj"):
            for token in (noun, *(c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod"))):
                key = refs.resolve(block, token)
                if key and key != speaker and refs.cls(key) in ACTOR_CLASSES:
                    return key
    return None


# Pronouns that name the speaker, the audience or nothing; "he", "she", "they" refer back.
_NOT_ABOUT = frozenset({"i", "we", "you", "me", "us", "it", "this", "that", "these", "those", "there", "who", "what",
                        "which", "one", "everyone", "everybody", "nobody", "someone", "anyone"})


def first_actor_subject(tokens, block: int, refs: "Referents", speaker: str | None) -> str | None:
    """Whom quoted or reported words are about: the first subject among them that is an actor
    other than the speaker ('"Russia cannot veto the Charter," she said': Russia)."""
    own = refs.own_side([speaker])  # the speaker and the state whose office he holds
    acted_on: set[int] = set()  # "the decision ordering X to resume ...": X is acted on, not judged
    for token in tokens:
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in _NOT_ABOUT and token.i not in acted_on:
            key = _actor(refs.resolve(block, token), refs)
            if performs(token):  # '"Beijing condemns the move," the spokesman said': Beijing speaks
                own.add(key)
                continue
            if key and key not in own:
                return key
            acted_on |= deed_patients(token)
    return None


def _nearest(verbs, doc, start: int, end: int):
    """The speech verb of the sentences that hold or touch the quote, nearest to it."""
    sents = [s for s in doc.sents if s.start_char <= end and s.end_char >= start - 1]
    candidates = [v for v in verbs if any(s.start <= v.i < s.end for s in sents)]
    if not candidates:
        return None
    return min(candidates, key=lambda v: min(abs(v.idx - end), abs(v.idx - start)))


def _speaker(verb, block: int, refs: "Referents") -> str | None:
    from .syntax import clause_subject

    head = verb.head
    # "quoted X as saying", "was cited as saying"
    if verb.lemma_.lower() == "say" and verb.dep_ in ("pcomp", "advcl") and head.lower_ == "as":
        reporter = head.head
        for child in reporter.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                return _actor(refs.resolve(block, child), refs)
    return _actor(refs.resolve(block, clause_subject(verb)) if clause_subject(verb) is not None else None, refs)


def _unnamed_subject(verb) -> bool:
    """The speech verb's subject is a text ('the statement added') whose issuer no one we know is."""
    subject = clause_subject(verb) if verb is not None else None
    return subject is not None and subject.lower_ in SPOKEN_TEXTS


def _actor(key, refs) -> str | None:
    return key if key and refs.cls(key) in ("Person", "Country", "Organization", "Group") else None


def _whole_paragraph(text: str, start: int, end: int) -> bool:
    outside = text[:max(start - 1, 0)] + text[end + 1:]
    return len(re.sub(r"[\W_]+", "", outside)) <= 3


def _previous_speaker(block: int, refs: "Referents") -> str | None:
    earlier = [(b, key) for b, _, key in refs.speakers if b < block]
    if earlier and block - earlier[-1][0] <= 2:
        return earlier[-1][1]
    return None
