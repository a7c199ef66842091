"""Stage 4: repairs of the names the small model cuts short, runs together or mis-types.

"Ursula von | der Leyen": the model ends a person's name at "von" and reads "Leyen" as a place;
"Von der Leyen said": a surname that opens with a capitalised particle, read as an organisation;
"the Russian Foreign Ministry Sergey Lavrov": a body's name run into the name of the person who
heads it. Each function takes and returns the model's entity spans."""
from __future__ import annotations

from functools import lru_cache

from ..data import load_json, word_set
from .genders import is_given_name
from .namekeys import organisation_heads
from .nameshape import PARTICLES


def _span(doc, start: int, end: int, label: str):
    span = doc[start:end]
    span.label_ = label
    return span


def _name_word(token) -> bool:
    return token.is_title and token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ", "VERB", "X")


def particle_names(ents: list) -> list:
    """A person's name that ends in particles ("Ursula von") or is followed by them ("Mohammed
    bin | Salman"), then one or two capitalised words, is one name with them; a span that opens with
    a capitalised particle and a lower-case one ("Von der Leyen", "De la Cruz") is a surname."""
    out, dropped = [], set()
    for ent in ents:
        if id(ent) in dropped:
            continue
        doc = ent.doc
        if ent.label_ != "PERSON" and len(ent) >= 3 and ent[0].is_title and ent[0].lower_ in PARTICLES \
                and ent[1].is_lower and ent[1].lower_ in PARTICLES and _name_word(ent[-1]):
            out.append(_span(doc, ent.start, ent.end, "PERSON"))  # "Von der Leyen": no organisation
            continue
        if ent.label_ != "PERSON":
            out.append(ent)
            continue
        first = ent.end
        while first > ent.start + 1 and doc[first - 1].is_lower and doc[first - 1].lower_ in PARTICLES:
            first -= 1  # "Ursula von": the particles the model kept
        end = first  # never past the model's end
        while end < len(doc) and doc[end].is_lower and doc[end].lower_ in PARTICLES:
            end += 1
        particles = end > first
        if not particles or end >= len(doc) or not _name_word(doc[end]):
            out.append(ent)
            continue
        tail = end
        while tail < len(doc) and tail - end < 2 and _name_word(doc[tail]) and doc[tail].text not in organisation_heads():
            tail += 1
        if tail == end:
            out.append(ent)
            continue
        for other in ents:  # the model's span for the surname ("Leyen" as a place) is part of the name
            if other is not ent and end <= other.start < tail:
                if other.end > tail:
                    tail = -1
                    break
                dropped.add(id(other))
        if tail < 0:
            out.append(ent)
            continue
        out.append(_span(doc, ent.start, tail, "PERSON"))
    return [e for e in out if id(e) not in dropped]


def named_heads(ents: list) -> list:
    """An organisation's name that runs on, past its organisation noun, into a person's name that
    opens with a known given name ("the Russian Foreign Ministry Sergey Lavrov"): two spans."""
    out = []
    for ent in ents:
        heads = [t.i for t in ent if t.text in organisation_heads()] if ent.label_ == "ORG" else []
        after = heads[-1] + 1 if heads else ent.end
        name = ent.doc[after:ent.end]
        if heads and 2 <= len(name) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in name) \
                and is_given_name(name[0].text) and after - ent.start >= 2:
            out += [_span(ent.doc, ent.start, after, "ORG"), _span(ent.doc, after, ent.end, "PERSON")]
        else:
            out.append(ent)
    return out


_LINKS = frozenset({"of", "for", "on", "and", "the"})
_NOT_NAMES = frozenset({"DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _title_word(token) -> bool:
    return (token.is_title or token.is_upper and len(token) > 1) and token.is_alpha and token.ent_type_ not in _NOT_NAMES


def cut_bodies(ents: list) -> list:
    """A body's name "Office of ..." the model cut short: at a link word ("the Office of the Secretary
    of | Defense"), at an adjective ("the Bureau of European | and Eurasian Affairs") or before an office
    and its own link ("the Office of the UN | High Commissioner for Human Rights"): the name goes on
    over capitalised words and link words to its last capitalised word."""
    out, dropped = [], set()
    for ent in ents:
        if id(ent) in dropped:
            continue
        doc, first = ent.doc, ent.start + (ent[0].lower_ == "the")
        if ent.label_ != "ORG" or ent.end - first < 3 or doc[first].text not in organisation_heads() \
                or doc[first + 1].lower_ not in ("of", "for"):
            out.append(ent)
            continue
        last = doc[ent.end - 1]
        end = ent.end
        while end < len(doc) and (_title_word(doc[end]) or doc[end].lower_ in _LINKS and end + 1 < len(doc)
                                  and _title_word(doc[end + 1]) and (doc[end].lower_ != "and" or doc[end - 1].pos_ == "ADJ")):
            if end > ent.end and is_given_name(doc[end].text):
                break  # "the Ministry of Foreign Affairs of | Ukraine Dmitry Kuleba": its head's name follows
            end += 1
        run = doc[ent.end:end]
        cut = last.lower_ in _LINKS or last.pos_ == "ADJ" and run and run[0].lower_ == "and" \
            or any(t.lower_ in ("for", "of", "on") for t in run)
        if end == ent.end or not cut or any(o.start < end < o.end for o in ents if o is not ent):
            out.append(ent)
            continue
        dropped |= {id(o) for o in ents if o is not ent and ent.end <= o.start < end}
        out.append(_span(doc, ent.start, end, "ORG"))
    return [e for e in out if id(e) not in dropped]


def outlet_tails(ents: list) -> list:
    """An outlet's name the model ran on into the lower-case nouns that say what it is ("Interfax
    news agency", "NBC news") ends before them, and a one-word "person" before them is an outlet
    (kg/data/outlets.json, nouns)."""
    nouns = word_set("outlets.json", "nouns")  # without "news", which only ends a name before a kind noun
    tails = _outlet_tails()
    out = []
    for ent in ents:
        end = ent.end
        while ent.label_ == "ORG" and end > ent.start + 1 and ent.doc[end - 1].is_lower and ent.doc[end - 1].lower_ in tails:
            end -= 1
        named = end < ent.end and ent.doc[end - 1].is_alpha and not ent.doc[end - 1].is_lower
        after = [t.lower_ for t in ent.doc[ent.end:ent.end + 2]]
        if ent.label_ == "PERSON" and len(ent) == 1 and after and (after[0] in nouns or after == ["news", "agency"]):
            named = True  # "the Tasnim news agency": the model took the outlet's name for a person's
        out.append(_span(ent.doc, ent.start, end, "ORG") if named else ent)
    return out


@lru_cache(maxsize=1)
def _outlet_tails() -> frozenset[str]:
    return word_set("outlets.json", "nouns") | {"news"}


@lru_cache(maxsize=1)
def _owner_heads() -> frozenset[str]:
    return organisation_heads() | word_set("groups.json", "named_heads")


_POSSESSIVES = frozenset({"'", "'s", "’", "’s"})


def possessive_bodies(ents: list) -> list:
    """One body's name run into the name of a body it owns ("Islamic Revolutionary Guard Corps'
    Quds Force", "NATO's Defence College"): two organisations, when the owner's name ends in an
    acronym or an organisation's word (not "the Kurdistan Workers' Party", "the People's ...")."""
    owners = _owner_heads()
    out = []
    for ent in ents:
        marks = [t.i for t in ent[1:-2] if t.text in _POSSESSIVES] if ent.label_ == "ORG" else []
        owner = ent.doc[marks[0] - 1] if marks else None
        owned = ent.doc[marks[0] + 1:ent.end] if marks else None
        if owner is None or not (owner.is_upper and len(owner) > 1 or owner.text in owners) \
                or not all(t.is_title for t in owned):
            out.append(ent)
            continue
        out += [_span(ent.doc, ent.start, marks[0], "ORG"), _span(ent.doc, marks[0] + 1, ent.end, "ORG")]
    return out


@lru_cache(maxsize=1)
def _styles() -> frozenset[str]:
    """Royal styles and the words of "His Majesty", "His Royal Highness"; not "Sheikh" or "Dr.",
    which some names keep ("Sheikh Hasina")."""
    styles = {w.lower() for style in load_json("titles.json")["royal_styles"] for w in style.split()}
    return frozenset(styles - {"crown"} | {"majesty", "highness", "excellency", "royal"})


def styled_names(ents: list) -> list:
    """A person's name the model opened with a royal style or words of a style ("Prince Faisal bin
    Farhan", "Majesty King Abdullah"): the name starts after them (the style stays an alias of the
    name, see mentions._royal_style); "Crown" only with "Prince"."""
    styles = _styles()
    out = []
    for ent in ents:
        start = ent.start
        while ent.label_ == "PERSON" and start < ent.end - 1 and (ent.doc[start].lower_ in styles or ent.doc[start].lower_ == "crown"
                                                                  and ent.doc[start + 1].lower_ == "prince") \
                and ent.doc[start].is_title:
            start += 1
        out.append(_span(ent.doc, start, ent.end, "PERSON") if start > ent.start else ent)
    return out


def offices_of(ents: list, titles: list) -> list:
    """One capitalised word the model took for a person's name right after a title and "of"
    ("Jessica Montell, executive director of HaMoked"): the body the title is held in (titles
    held in bodies only: "the spokeswoman of Ortega" may speak for a person)."""
    held_in = word_set("titles.json", "body_titles")
    title_ends = {span.end for span in titles if span[-1].lower_ in held_in}
    out = []
    for ent in ents:
        doc = ent.doc
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
                and ent.start - 1 in title_ends and not (ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s")):
            out.append(_span(doc, ent.start, ent.end, "ORG"))
        else:
            out.append(ent)
    return out


def repaired(ents: list, titles: list) -> list:
    """The model's entity spans with every repair of this module, in order."""
    for repair in (particle_names, named_heads, cut_bodies, outlet_tails, possessive_bodies, styled_names):
        ents = repair(ents)
    return offices_of(ents, titles)
