"""Title phrases ("Foreign Minister", "Secretary of State"), found with a phrase matcher over
the titles in kg/data/titles.json; used by the entity, office and reference steps."""
from __future__ import annotations

from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from ..data import load_json
from ..nlp import tokenizer_for


@lru_cache(maxsize=4)
def _title_matcher(vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    tokenizer = tokenizer_for(vocab)
    for title in load_json("titles.json")["titles"]:
        matcher.add(title["label"], [tokenizer(v) for v in title["variants"]])
    return matcher


def title_spans(doc) -> list:
    """The longest title phrases in a Doc, as Spans labelled with the canonical title."""
    matches = _title_matcher(doc.vocab)(doc)
    spans = [doc[s:e] for _, s, e in matches]
    labels = {(s, e): doc.vocab.strings[match_id] for match_id, s, e in matches}
    out = []
    for span in filter_spans(spans):
        span.label_ = labels[(span.start, span.end)]
        out.append(span)
    return out
