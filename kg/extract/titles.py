"""Title phrases ("Foreign Minister", "Secretary of State"), found with a phrase matcher over
the titles in kg/data/titles.json; used by the entity, office and reference steps."""
from __future__ import annotations

from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from ..data import load_json
from ..read.nlp import tokenizer_for


@lru_cache(maxsize=4)
def _title_matcher(vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    tokenizer = tokenizer_for(vocab)
    for title in load_json("titles.json")["titles"]:
        variants = [*title["variants"], *(plural(v) for v in title["variants"])]
        patterns = {tuple(t.text for t in tokenizer(form)): tokenizer(form)
                    for v in variants for form in (v, v.title())}  # "Sen." is one token, "sen." two
        matcher.add(title["label"], list(patterns.values()))
    return matcher


def plural(title: str) -> str:
    """'deputy director' -> 'deputy directors', 'secretary of state' -> 'secretaries of state', 'sen.' -> 'sens.'."""
    if title.endswith(".") and " " not in title:
        return title[:-1] + "s."
    words = title.split()
    head = next((i for i, w in enumerate(words) if w in ("of", "to", "for", "general")), len(words)) - 1
    word = words[head]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        word = word[:-1] + "ies"
    elif word.endswith(("s", "sh", "ch", "x")):
        word += "es"
    elif word.endswith("man"):
        word = word[:-3] + "men"
    else:
        word += "s"
    return " ".join([*words[:head], word, *words[head + 1:]])


@lru_cache(maxsize=1)
def _plurals() -> frozenset[str]:
    return frozenset(plural(v) for title in load_json("titles.json")["titles"] for v in title["variants"])


def is_plural(span) -> bool:
    """A title in the plural ('Deputy Directors'): it names several people."""
    words = [t.lower_ for t in span]
    return " ".join(words) in _plurals() or (words[0] in _JUNIOR and " ".join(words[1:]) in _plurals())


def title_spans(doc) -> list:
    """The longest title phrases in a Doc, as Spans labelled with the canonical title."""
    found = doc.user_data.get("kg:titles")  # entities, offices and references each ask for a block's
    if found is None:  # kept as offsets, not Spans: a Span in user_data would tie the Doc in a cycle
        found = doc.user_data["kg:titles"] = tuple((span.start, span.end, span.label_) for span in _title_spans(doc))
    return [Span(doc, start, end, label=label) for start, end, label in found]


def _title_spans(doc) -> list:
    matches = _title_matcher(doc.vocab)(doc)
    spans = [doc[s:e] for _, s, e in matches]
    labels = {(s, e): doc.vocab.strings[match_id] for match_id, s, e in matches}
    out = []
    for span in filter_spans(spans):
        label = labels[(span.start, span.end)]
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in _JUNIOR and not label.lower().startswith(before.lower_) and not (
                before.lower_ == "under" and (before.is_lower or not label.startswith("Secretary"))):
            # "ambassador under President X": a preposition; only "Under Secretary" is a rank
            # "Deputy Foreign Minister X" is not the foreign minister
            span, label = doc[span.start - 1:span.end], before.text.title() + " " + label
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in _IN_WAITING:
            # "Prime Minister-designate X", "President-elect X": the office to come, named as such
            span, label = doc[span.start:span.end + 2], label + "-" + doc[span.end + 1].lower_
        span.label_ = label
        out.append(span)
    return out


_IN_WAITING = frozenset({"designate", "elect"})


_JUNIOR = frozenset({"deputy", "vice", "assistant", "under"})


def is_deputy_of(title: str, other: str) -> bool:
    """'Vice President' to 'President', 'Deputy Foreign Minister' to 'Foreign Minister'."""
    first, _, rest = title.partition(" ")
    return rest == other and first.lower() in _JUNIOR


def listed_after_plural_title(doc, start: int, spans) -> bool:
    """A name later in a list a plural title opens: 'business leaders A, B, and C' (B and C)."""
    ends = {span.end for span in spans if is_plural(span)}
    i = start - 1
    if i < 0 or doc[i].lower_ not in (",", "and"):
        return False
    while i >= 0 and start - i <= 30 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in (",", "and")):
        if i in ends:
            return True
        i -= 1
    return i + 1 in ends


@lru_cache(maxsize=1)
def _honorifics() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(h.split()) for h in load_json("titles.json")["honorifics"]), key=len, reverse=True))


def past_honorifics(doc, i: int) -> int:
    """Where the name starts after words of address at i ("Emir Sheikh Tamim", "President Dr. X")."""
    moved = True
    while moved:
        moved = False
        longest = tuple(t.lower_ for t in doc[i:i + len(_honorifics()[0])])  # read once, cut per honorific
        for words in _honorifics():
            if longest[:len(words)] == words:
                i, moved = i + len(words), True
                break
    return i


def past_bare_complement(doc, i: int, starts) -> int:
    """Where a name may start after what follows a title without naming its party: a capitalised
    complement ("High Representative for Foreign Affairs X", "Under Secretary for Political Affairs X")
    or an acronym in brackets ("... Security Council (SNSC) X"); `starts` are where names start."""
    j = i
    if j < len(doc) and doc[j].lower_ in ("for", "of", "on") and j + 1 < len(doc) and doc[j + 1].is_title:
        j += 1
        while j < len(doc) and j - i <= 7 and j not in starts and not doc[j].is_sent_start and (
                doc[j].is_title or doc[j].lower_ in ("and", "of", "the")):
            j += 1
        if j == i + 1 or doc[j - 1].lower_ == "and":  # no complement word, or "Secretary for Health and Mary Roe"
            return i
    if j < len(doc) and doc[j].text == "(":
        j = next((k + 1 for k in range(j + 1, min(j + 5, len(doc))) if doc[k].text == ")"), j)
    elif j < len(doc) and doc[j].text == ")":
        j += 1
    return j
