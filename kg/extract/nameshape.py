"""Stage 4: the shapes of names the small model cuts, misses or mis-tags: a name after a title,
in apposition with a noun that names only people or only organisations, cut at an apostrophe,
cut short, given with initials, or listed between other people's names."""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_json
from .genders import is_given_name
from .namekeys import organisation_heads
from .syntax import text_of, title_case

LEADING_DETERMINERS = {"the", "a", "an"}
# "in eastern Democratic Republic of Congo": a lower-case part of a state is no part of its name
_REGION_WORDS = {"eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern",
                 "southwestern", "central"}


@lru_cache(maxsize=1)
def organisation_nouns() -> frozenset[str]:
    """Nouns that name only organisations (kg/data/groups.json)."""
    return frozenset(load_json("groups.json")["apposition_nouns"])


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns that name only people (kg/data/titles.json)."""
    return frozenset(load_json("titles.json")["person_nouns"])


def in_apposition(span, nouns: frozenset[str] | None = None) -> bool:
    """The name stands in apposition with a noun that names only people (or the given nouns),
    either way round, or right after such a noun that modifies it ("the activist X")."""
    root, nouns = span.root, nouns or person_nouns()
    if root.dep_ == "appos" and root.head.lemma_.lower() in nouns and root.head.i < span.start:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None  # "the activist Oleg Orlov"
    if before is not None and before.lemma_.lower() in nouns and before.head.i == root.i and before.i < span.start:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children if c.i >= span.end)


def after_title(doc, start: int, title_tokens: set[int]) -> bool:
    """A title ends just before `start`, or its complement does ("Ambassador to the United Nations")."""
    i = start - 1
    while i >= 0 and start - i <= 6 and i not in title_tokens:
        if not (doc[i].lower_ in ("of", "to", "for", "the") or doc[i].pos_ == "PROPN"):
            return False
        i -= 1
    # "Ambassador to the UN Nikki Haley", "President of Ukraine X"; not "Directors of the Liaison Office"
    return i >= 0 and i in title_tokens and (i == start - 1 or (
        doc[i + 1].lower_ in ("of", "to", "for") and doc[start - 1].lower_ != "the"))


def apposed_to_title(doc, start: int, title_tokens: set[int]) -> bool:
    """A name right after a title, or after a title and its complement and a comma ("the incoming
    ambassador to the United Nations, Nikki Haley, said")."""
    return after_title(doc, start, title_tokens) or (
        start > 1 and doc[start - 1].text == "," and after_title(doc, start - 1, title_tokens))


def name_shaped(span) -> bool:
    """Every word capitalised, but for the lower-case part of a hyphenated given name ("Man-kei Tam")."""
    return all(t.is_title or t.text == "-" or (t.i > span.start and t.doc[t.i - 1].text == "-" and t.is_alpha)
               for t in span) and span[0].is_title


def given_name(ent, span, title_tokens: set[int]) -> bool:
    """A two-word person name right after its title begins with a country's name that is the person's
    given name ("Foreign Minister Israel Katz"); after "President of" the country is the title's
    ("President of Ukraine Zelenskyy")."""
    return ent.label_ == "PERSON" and len(ent) == 2 and span.start == ent.start and span.end - span.start == 1 \
        and span.start - 1 in title_tokens


def joined_names(ents: list) -> list:
    """Person names the model cuts at an apostrophe ("Hani | 'Abd-al-Majid Muhammad As'ad") are one."""
    out = []
    for ent in ents:
        previous = out[-1] if out else None
        if previous is not None and previous.label_ == ent.label_ == "PERSON" and ent.start - previous.end == 1 \
                and ent.doc[previous.end].text in ("'", "‘", "’", "`"):
            joined = ent.doc[previous.start:ent.end]
            joined.label_ = "PERSON"
            out[-1] = joined
        elif previous is not None and _given_then_surname(previous, ent):
            joined = ent.doc[previous.start:_hyphen_end(ent.doc, ent.end)]
            joined.label_ = "PERSON"
            out[-1] = joined
        else:
            out.append(ent)
    return out


def _given_then_surname(previous, ent) -> bool:
    """'Tatyana | Leonovich-Klimova' read as two places: a lone known given name right before another
    capitalised name is the start of one person's name."""
    return len(previous) == 1 and ent.start == previous.end and previous[0].is_title and is_given_name(previous.text) \
        and all(t.pos_ == "PROPN" and t.is_title for t in ent)


def _hyphen_end(doc, end: int) -> int:
    """Where a name's hyphenated tail ends ('Leonovich' then '-Klimova')."""
    while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
        end += 2
    return end


def extend_name(doc, end: int, taken: set[int]) -> int:
    """The small model cuts names short ("Jean-Yves Le" for "Jean-Yves Le Drian", "Edwin Ramon
    Castro | Rivera" tagged a place): take the capitalised proper nouns that follow."""
    while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and doc[end].ent_type_ not in ("DATE", "TIME") \
            and (not doc[end].ent_type_ or doc[end].ent_iob_ == "B" and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")):
        # "met Treasury Secretary X Tuesday": the day is no part of the name
        end += 1
    return end


def listed_between_people(doc, found: list, taken: set[int]) -> list[tuple[int, int]]:
    """Two or three capitalised words listed between two people's names ('Qiu Hong, He Jing, and
    Yin Zonghua'): a person's name the model missed (its first word read as a pronoun)."""
    people_end = {c.end for c in found if c.cls == "Person"}
    people_start = {c.start for c in found if c.cls == "Person"}
    out = []
    for end_of_previous in sorted(people_end):
        start = end_of_previous + 1
        if end_of_previous >= len(doc) or doc[end_of_previous].text != ",":
            continue
        end = start
        while end < len(doc) and end - start < 3 and doc[end].is_title and end not in taken:
            end += 1
        following = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "and")
        if 2 <= end - start <= 3 and end < len(doc) and doc[end].text == "," and following in people_start:
            out.append((start, end))
    return out


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
_AN_INITIAL = re.compile(r"[A-Z]\.")  # somewhere in a text whose words include initials


def initialled_names(doc, taken: set[int]) -> list[tuple[int, int]]:
    """Initials followed by one or two capitalised names and then no other name: a person."""
    out = []
    if not _AN_INITIAL.search(text_of(doc)):  # most blocks: no walk over their words
        return out
    for t in doc:
        if not _INITIALS.match(t.text) or t.i in taken:
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 2 and doc[end].pos_ == "PROPN" and doc[end].is_title and end not in taken:
            end += 1
        if end > t.i + 1 and (end == len(doc) or doc[end].pos_ != "PROPN"):
            out.append((t.i, end))
    return out


def titled_appositions(doc, taken: set[int], title_tokens: set[int]) -> list[tuple[int, int]]:
    """Capitalised names the model missed that stand in apposition with a title, either way round:
    "Ana Ruiz, Peru's foreign minister," and "Peru's foreign minister, Ana Ruiz,"."""
    out = []
    for title in (doc[i] for i in sorted(title_tokens)):
        roots = [title.head] if title.dep_ == "appos" else []  # "Ana Ruiz, Peru's foreign minister"
        roots += [c for c in title.children if c.dep_ == "appos"]  # "Peru's foreign minister, Ana Ruiz"
        for root in roots:
            if root.pos_ != "PROPN" or root.i in taken or root.ent_type_:
                continue
            start = min([c.i for c in root.lefts if c.dep_ == "compound"] + [root.i])
            span = doc[start:root.i + 1]
            if 2 <= len(span) <= 5 and all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_
                                           and t.i not in taken and t.i not in title_tokens for t in span):
                out.append((start, root.i + 1))
    return sorted(set(out))


def extend_name_left(doc, start: int, taken: set[int]) -> int:
    """... or leave out the given name before an initial ("Antony" of "Antony J. Blinken")."""
    initial = len(doc[start].text) == 2 and doc[start].text[1] == "." and doc[start].text[0].isupper()
    if initial and start > 0 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].is_title and not doc[start - 1].ent_type_:
        return start - 1
    return start


def trim(span) -> tuple[int, int]:
    """A name's span without leading determiners and trailing possessives or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in LEADING_DETERMINERS or doc[start].is_punct
                           or doc[start].text in _REGION_WORDS and end - start > 1):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "'") or doc[end - 1].is_punct):
        end -= 1
    return start, end


def given_named(doc, taken: set[int]) -> list[tuple[int, int]]:
    """A known given name followed by one or two capitalised names and then no other name, that the
    model left unnamed: a person ("Police detained Alexei Navalny")."""
    out = []
    for t in doc:
        if t.i in taken or t.ent_type_ or not t.is_title or t.pos_ != "PROPN" or not is_given_name(t.text):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 2 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and end not in taken and not doc[end].ent_type_:
            end += 1
        if end > t.i + 1 and (end == len(doc) or doc[end].pos_ != "PROPN"):
            out.append((t.i, end))
    return out


# Lower-case particles inside names: "Faisal bin Khalid", "Ursula von der Leyen", "Luiz da Silva".
PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "del", "della", "di", "du",
                        "van", "von", "der", "den", "la", "le"})


def is_particle(token) -> bool:
    """A lower-case particle inside a name ("bin", "von", "da") between capitalised words."""
    return token.lower_ in PARTICLES and 0 < token.i < len(token.doc) - 1 and token.doc[token.i + 1].is_title


def _name_end(doc, i: int, taken: set[int]) -> int:
    """Where a run of two to five name words from i ends (i if there is none): capitalised
    proper nouns, with particles between them, that the model gave no other type."""
    end = i
    while end < len(doc) and end - i < 5 and end not in taken and doc[end].ent_type_ in ("", "PERSON") and (
            doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN"
            or end > i and doc[end].lower_ in PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title):
        end += 1
    while end > i and doc[end - 1].lower_ in PARTICLES:
        end -= 1
    return end if end - i >= 2 and doc[end - 1].text not in organisation_heads() else i


REGNAL = re.compile(r"^[IVX]{1,4}$")  # a regnal number: "Charles III"


def _one_name_word(doc, i: int, taken: set[int]) -> bool:
    """A lone capitalised proper noun at i, untyped by the model and no organisation's last word."""
    token = doc[i] if i < len(doc) else None
    return token is not None and i not in taken and token.ent_type_ == "" and token.pos_ == "PROPN" \
        and token.is_title and token.is_alpha and token.text not in organisation_heads() \
        and not (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title)


def names_after_title(doc, taken: set[int], titles: list, plural) -> list[tuple[int, int]]:
    """Names the model missed right after a title ("Crown Prince Faisal bin Khalid") or in the
    list a plural title opens ("Foreign Ministers A B and C D", "Presidents A B of Chile and C D
    of Peru": each maybe followed by "of" and a party already found)."""
    out = []
    for span in titles:
        i = span.end
        while i < len(doc):
            end = _name_end(doc, i, taken)
            if end == i and i in taken and doc[i].ent_type_ == "PERSON":  # a name found already
                while end < len(doc) and end in taken and doc[end].ent_type_ == "PERSON":
                    end += 1
            elif end == i and not plural(span) and _one_name_word(doc, i, taken):
                regnal = i + 1 < len(doc) and i + 1 not in taken and REGNAL.match(doc[i + 1].text) is not None
                out.append((i, i + 1 + regnal))  # "President Niinistö", "Queen Margrethe II": a name the model left untagged
                break
            elif end == i:
                break
            elif not all(doc[k].ent_type_ == "PERSON" for k in range(i, end)):
                out.append((i, end))
            i = end
            if not plural(span):
                break
            if i + 1 < len(doc) and doc[i].lower_ == "of" and i + 1 in taken:  # "... of Chile"
                i += 1
                while i < len(doc) and i in taken:
                    i += 1
            if i < len(doc) and doc[i].text == ",":
                i += 1
            if i < len(doc) and doc[i].lower_ == "and":
                i += 1
            elif i < len(doc) and doc[i - 1].text != ",":
                break
    return out


def members_of_body(token) -> bool:
    """A title that names a body's members inside its name: "Board of Governors", "Council of Ministers"."""
    return token.head.lower_ == "of" and token.head.head.text in organisation_heads() and token.head.head.pos_ == "PROPN"


def without_titled_tail(ent, title_tokens: set[int]):
    """An organisation's name the model ran on into a title held in it: "OSCE Minsk Group |
    Co-Chair"; the name ends at its last organisation noun before the title."""
    titled = [t.i for t in ent if t.i in title_tokens]
    if ent.label_ != "ORG" or not titled or titled[0] == ent.start:
        return ent
    heads = [t.i for t in ent[:titled[0] - ent.start] if t.text in organisation_heads()]
    if not heads:
        return ent
    named = ent.doc[ent.start:heads[-1] + 1]
    named.label_ = ent.label_
    return named


def person_as_work(ent):
    """A person's name the model took for a title of a work, as names in quotes often are ("its
    support for Nicolas Maduro"): two or three capitalised words that open with a given name."""
    if ent.label_ != "WORK_OF_ART" or not 2 <= len(ent) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in ent) \
            or not is_given_name(ent[0].text):
        return ent
    person = ent.doc[ent.start:ent.end]
    person.label_ = "PERSON"
    return person


def headline_capitals(pb, c, body: str) -> bool:
    """An organisation or person the model found in a Title Case headline that the article's body
    never writes ("Announcing Sanctions", "Historic Purchase"; "Minister Talks Down Sanctions"):
    the headline's capitals, not a name. `pb`: the candidate's parsed block; `body`: the text of
    the article's other blocks."""
    if c.key is not None or c.cls not in ("Organization", "Person") or pb.block.kind != "headline" or not title_case(pb.doc):
        return False
    span = pb.doc[c.start:c.end]
    if c.cls == "Person":  # a word the body writes only in lower case is a common word: "Talks Down"
        return not is_given_name(span[0].text) and span.text not in body and any(
            re.search(rf"\b{t.lower_}\b", body) and not re.search(rf"\b{t.text}\b", body) for t in span if t.is_alpha)
    if span[-1].text in organisation_heads() or span.text.isupper():
        return False  # "National Security Council Spokesperson X": a body's name, said once
    return span.text.lower() not in body.lower()


def non_prefixed(doc, start: int) -> bool:
    """'a non-NATO supplier', 'non-EU states': the name says what they are not; no mention of it."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "non"
