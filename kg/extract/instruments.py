"""Named legal instruments: "the Paris Agreement", "Executive Order 13818", "the Vienna
Convention on Consular Relations", "UN Security Council Resolution 2231". The small model tags
them as laws, events, products or organisations, or splits them at a city name; a phrase rule
over title-case words finds them whole (kg/data/instruments.json)."""
from __future__ import annotations

from functools import lru_cache

from ..data import load_json, word_set
from ..read.index import indices_of, lowers, texts

INSTRUMENT = "instrument:"  # key prefix: a Product that is a text, never bought, sold or delivered


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_json("instruments.json")
    return frozenset(raw["heads"]) | frozenset(raw["abbreviations"]), frozenset(raw["links"])


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    return load_json("instruments.json")["abbreviations"]


def instrument_name(surface: str) -> str:
    """An instrument's name with its head written out: 'E.O. 13224' -> 'Executive Order 13224'."""
    words = [w for w in surface.split() if w.strip("()") not in _abbreviations() or not w.startswith("(")]
    initials = load_json("instruments.json")["initials"]
    if len(words) >= 2 and words[0] in initials:  # "U.S. Constitution" is the "United States Constitution"
        words[0] = initials[words[0]]
    return " ".join(_abbreviations().get(w, w) for w in words)


_CALENDAR = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"})


def _named(token) -> bool:
    """A word that can be part of a name: capitalised, a number, a hyphen or an ampersand."""
    return (token.is_title or token.is_upper or token.like_num or token.text in ("-", "&")) and token.text not in _CALENDAR


def _given_name(doc, i: int) -> bool:
    """'Bill' before a capitalised word the model tags a person: a given name, not a bill ("House Bill
    918", which the model also tags a person, is a bill: a number is no surname)."""
    return doc[i].text == "Bill" and i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i].ent_type_ == "PERSON" \
        and not doc[i + 1].like_num


def _joins_words_of_name(doc, i: int) -> bool:
    """'and' between two words of one name ("Democracy and Economic Recovery Act"), not between two
    states ("Russia and Ukraine")."""
    return (doc[i].lower_ == "and" and i > 0 and _named(doc[i - 1]) and not doc[i - 1].like_num
            and not doc[i].is_sent_start and not doc[i - 1].is_sent_start
            and doc[i - 1].ent_type_ not in ("GPE", "NORP", "PERSON") and doc[i + 1].ent_type_ not in ("GPE", "NORP", "PERSON"))


def place_accords(doc) -> list[tuple[int, int]]:
    """Accords named by the place they were made, often written in lower case: "the Minsk
    agreements", "the Oslo accords" (the place is no party to them; the places are data)."""
    nouns, places = _place_accord_words()
    lower, text = lowers(doc), texts(doc)
    out = []
    for i in indices_of(lower, nouns):
        for size in (2, 1):
            start = i - size
            if start >= 1 and text[start:i] in places and lower[start - 1] == "the":
                out.append((start, i + 1))
                break
    return out


@lru_cache(maxsize=1)
def _place_accord_words() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    raw = load_json("instruments.json")["place_accords"]
    return frozenset(raw["nouns"]), frozenset(tuple(p.split()) for p in raw["places"])


def instrument_spans(doc) -> list[tuple[int, int]]:
    """(start, end) token spans of named legal instruments, not overlapping."""
    heads, links = _words()
    text = texts(doc)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if text[i] not in heads or doc[i].is_sent_start or _given_name(doc, i) or _assembly(doc, i):
            i += 1  # "Order was restored": no name before it; "President Bill Maren": a man's name
            continue
        start = i
        while start > 0 and not doc[start].is_sent_start:
            if _named(doc[start - 1]):
                start -= 1
            elif _joins_words_of_name(doc, start - 1):
                start -= 2  # "the African Growth and Opportunity Act"
            else:
                break
        while start < i and doc[start].lower_ in ("the", "a", "an", "-"):
            start += 1
        end = i + 1
        if [t.text for t in doc[end:end + 3]][::2] == ["(", ")"] and doc[end + 1].text in _abbreviations():
            end += 3  # "Executive Order (E.O.) 13894"
        if end < len(doc) and doc[end].text in ("No.", "no.", "Number"):
            end += 1
        if end < len(doc) and doc[end].like_num:  # "Order 13818", "Resolution 2231": the number ends it
            end += 1
        else:  # "Convention on Consular Relations", "Act of 2019"
            while end + 1 < len(doc) and doc[end].lower_ in links and _named(doc[end + 1]) \
                    and (doc[end].lower_ == "of" or not doc[end + 1].like_num):  # "Act of 2019", not "Agreement in 2016"
                end += 2
                while end < len(doc) and _named(doc[end]):
                    end += 1
        if start < i or end > i + 1:  # a bare "the Act" names nothing
            out.append((start, end))
        i = end
    taken = {i for start, end in out for i in range(start, end)}
    return sorted(out + [(s, e) for s, e in place_accords(doc) if not taken.intersection(range(s, e))])


def _assembly(doc, i: int) -> bool:
    """The head and the word before it name a body ("the Constitutional Convention"), not a text."""
    return i > 0 and f"{doc[i - 1].lower_} {doc[i].lower_}" in word_set("instruments.json", "assemblies")


def national_texts(doc, gaz_spans, gaz_keys) -> list[tuple[int, int, str]]:
    """A state's own founding text named by its noun after the state ("Turkey's constitution", the
    Cuban constitution"): (start, end, name) with the name written out, "Constitution of Turkey"."""
    from ..data import gazetteer_by_key

    nouns, by_key, out = load_json("instruments.json")["national_texts"], gazetteer_by_key(), []
    for span in gaz_spans:
        entry = by_key[gaz_keys[(span.start, span.end)]]
        after = span.end + (span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"))
        if entry.cls != "Country" or after >= len(doc) or doc[after].lower_ not in nouns:
            continue
        if after + 1 < len(doc) and doc[after + 1].lower_ == "court":
            continue  # "Turkey's constitutional court" is a body; "the constitution court" too
        out.append((span.start, after + 1, f"{doc[after].text.capitalize()} of {entry.label}"))
    return out
