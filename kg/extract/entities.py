"""Stage 4: find entity mentions in a parsed article and resolve them within the article.

Sources, strongest first: the gazetteer (countries by name, adjective or capital;
organisations; places), product designations (S-400, F-35s), spaCy's named entities,
and unnamed groups that act ("three U.S. senators introduced ...").
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from ..data import gazetteer, gazetteer_by_key, word_set
from ..names import fold, slug
from ..read.nlp import ParsedArticle, tokenizer_for
from .acronyms import spelled_out_spans
from .aka import also_known_as
from .bodies import armed_forces, national_bodies, same_bodies
from .genders import is_given_name
from .groups import (group_candidates, is_people_phrase, members_keys, national_antecedents, representative_keys,
                     vessel_candidates)
from .legislators import bare_chambers
from .instruments import INSTRUMENT, instrument_name, instrument_spans, national_texts
from .lexicon import programme_heads, speech_verbs
from .mentions import Candidate, resolve_locally
from .missions import mission_spans
from .model import ArticleEntities, Entity
from .namekeys import country_names, led_governments, organisation_heads
from .nameparts import repaired
from .nameshape import (
    LEADING_DETERMINERS,
    REGNAL,
    after_title,
    apposed_to_title,
    extend_name,
    extend_name_left,
    given_name,
    given_named,
    headline_capitals,
    in_apposition,
    initialled_names,
    is_particle,
    joined_names,
    listed_between_people,
    members_of_body,
    name_shaped,
    non_prefixed,
    person_as_work,
    names_after_title,
    organisation_nouns,
    titled_appositions,
    trim,
    without_titled_tail,
)
from .products import maker_model_spans, named_weapon_spans, product_spans
from .quotemarks import quote_spans
from .refer import Referents
from .syntax import text_of
from .titles import is_plural, listed_after_plural_title, title_spans
from .voice import FIRST_PERSON, own_body, voice_of

NER_CLASSES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
               "LAW": "Product"}  # acts, treaties and orders are the items of legislation and agreements


@lru_cache(maxsize=4)
def _gazetteer_matcher(vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="ORTH")
    tokenizer = tokenizer_for(vocab)
    for entry in gazetteer():
        forms = {entry.label, *entry.aliases}
        forms |= {f.upper() for f in forms if len(f) > 3}  # datelines: "BRUSSELS (Reuters) -"
        matcher.add(entry.key, [tokenizer(f) for f in sorted(forms)])
    return matcher


def find_entities(parsed: ParsedArticle) -> ArticleEntities:
    """Find and resolve the entity mentions of one parsed article."""
    candidates: list[Candidate] = []
    document = parsed.article.document
    speaker = voice_of(parsed.article.publisher, document.url)
    for index, pb in enumerate(parsed.blocks):
        candidates.extend(_block_candidates(index, pb.doc, parsed.article.id, speaker))
        if speaker and pb.block.kind != "caption":
            candidates.extend(_voice_candidates(index, pb.doc, speaker))
    body = " ".join(text_of(b.doc) for b in parsed.blocks if b.block.kind != "headline")
    candidates = [c for c in candidates if not headline_capitals(parsed.blocks[c.block], c, body)]
    candidates.extend(_surname_candidates(parsed, candidates))
    antecedent = national_antecedents({c.key for c in candidates if c.cls == "Group"}, parsed.article.id)
    candidates = [replace(c, key=antecedent[c.key]) if c.key in antecedent else c for c in candidates]
    mentions, entities = resolve_locally(parsed, candidates)
    return _representatives_keyed(ArticleEntities(parsed, tuple(mentions), tuple(entities), speaker))


def _representatives_keyed(found: ArticleEntities) -> ArticleEntities:
    """'officials of the alliance' after a mention of NATO take the key of 'NATO officials'; a
    state's body named twice over ('the legislature of X, the Y Assembly') is one."""
    groups = any(e.cls == "Group" for e in found.entities)  # the references are built only where they may help
    renamed = (representative_keys(found, Referents(found, []).represented) if groups else {}) | same_bodies(found) \
        | bare_chambers(found) | also_known_as(found)  # "the House" beside "the U.S. Senate"; "A aka B"
    members = members_keys([replace(e, key=renamed.get(e.key, e.key)) for e in found.entities])  # "NATO members"
    renamed = {k: members.get(v, v) for k, v in renamed.items()} | members
    if not renamed:
        return found
    mentions = tuple(replace(m, key=renamed.get(m.key, m.key)) for m in found.mentions)
    by_key = gazetteer_by_key()
    entities: dict[str, Entity] = {}
    for e in found.entities:
        moved = replace(e, key=renamed.get(e.key, e.key))
        entry = by_key.get(moved.key) if moved.key != e.key else None
        if entry is not None:  # "the House" as the U.S. House of Representatives: the gazetteer's name
            moved = replace(moved, cls=entry.cls, label=entry.label, wikidata=entry.wikidata)
        same = entities.get(moved.key)
        if same is None:
            entities[moved.key] = moved
        else:  # the entity that had the key keeps its class: the organisation, not its members' group
            base = moved if e.key == moved.key else same
            entities[moved.key] = replace(base, names=tuple(dict.fromkeys(same.names + moved.names)))
    return replace(found, mentions=mentions, entities=tuple(entities.values()))


def _block_candidates(index: int, doc, article_id: str, speaker: str | None) -> list[Candidate]:
    taken: set[int] = set()
    out: list[Candidate] = []

    def take(start, end, cls, key, label=None):
        taken.update(range(start, end))
        out.append(Candidate(index, start, end, cls, key, label))

    titles = title_spans(doc)
    named = repaired(joined_names([person_as_work(ent) for ent in doc.ents
                                   if ent.label_ in NER_CLASSES or ent.label_ == "WORK_OF_ART"]), titles)
    bodies = {i for e in doc.ents if e.label_ == "ORG" and e[-1].text in organisation_heads() for i in range(e.start, e.end)}
    bodies |= {i for e in set(named) - set(doc.ents) if e.label_ == "ORG" for i in range(e.start, e.end)}  # "the
    # Office of the UN High Commissioner for Human Rights": a title in a body's name the model cut
    title_tokens = {i for span in titles for i in range(span.start, span.end)  # "the General Intelligence
                    if not members_of_body(doc[i]) and i not in bodies}  # Directorate": a title in a body's name
    by_key = gazetteer_by_key()
    matches = _gazetteer_matcher(doc.vocab)(doc)
    gaz_keys = {(m_s, m_e): doc.vocab.strings[match_id] for match_id, m_s, m_e in matches if not non_prefixed(doc, m_s)}
    gaz_spans = filter_spans([doc[m_s:m_e] for m_s, m_e in gaz_keys])
    ner_spans = [without_titled_tail(ent, title_tokens) for ent in named if ent.label_ in NER_CLASSES
                 and not (ent[0].lower_ == "non" or non_prefixed(doc, ent.start))]  # "a non-NATO supplier"
    spelled_out = spelled_out_spans(doc)
    for start, end in instrument_spans(doc):  # "the Paris Agreement": a treaty, not France
        if any(s <= start and end < e for s, e, _ in spelled_out):
            continue  # "the North Atlantic Treaty Organization (NATO)"
        name = instrument_name(doc[start:end].text)
        take(start, end, "Product", INSTRUMENT + slug(name), name)
    for start, end, name in national_texts(doc, gaz_spans, gaz_keys):  # "Turkey's constitution": a text, not Turkey
        if not taken.intersection(range(start, end)):
            take(start, end, "Product", INSTRUMENT + slug(name), name)
    for start, end, designation, label in maker_model_spans(doc):  # "Boeing 787 Dreamliner aircraft": not Boeing
        take(start, end, "Product", "product:" + slug(designation), label)
    for start, end, key in led_governments(doc):  # "the Obama administration": the United States
        take(start, end, "Country", key, by_key[key].label)
    for start, end, key in armed_forces(doc, gaz_spans, gaz_keys):  # "the Russian military": an organisation
        take(start, end, "Organization", key)
    for start, end, key in national_bodies(doc, gaz_spans, gaz_keys):  # "Chile's parliament": an organisation
        if not taken.intersection(range(start, end)):
            take(start, end, "Organization", key)
    for start, end, key, name in mission_spans(doc, gaz_spans, gaz_keys, speaker):  # "the US Embassy in London"
        if not taken.intersection(range(start, end)):
            take(start, end, "Organization", key, name)
    for start, end, acronym in spelled_out:  # "... Hong Kong Special Administrative Region (LOCPG)"
        known = [by_key[gaz_keys[(s.start, s.end)]] for s in gaz_spans if s.start <= acronym < s.end]
        inside = [by_key[gaz_keys[(s.start, s.end)]] for s in gaz_spans if start <= s.start and s.end <= end]
        if taken.intersection(range(start, end)) or any(s.start == start and s.end == end for s in gaz_spans):
            continue  # "the People's Republic of China (PRC)": the gazetteer knows the name
        if known:  # the gazetteer knows the acronym: the name, however spelled, is that entity
            take(start, end, known[0].cls, known[0].key, known[0].label)
        elif all(entry.cls in ("Country", "Place") for entry in inside):  # "Foreign Military Financing (FMF)": a programme
            take(start, end, "Product" if doc[end - 1].lower_ in programme_heads() else "Organization", None)
    ceded = []  # (gazetteer name, the longer name the model found around it)
    for span in gaz_spans:
        owner = next((ent for ent in ner_spans if _ner_owns(ent, span, title_tokens)), None)
        ceded += [(span, owner)] if owner is not None and not taken.intersection(range(span.start, span.end)) else []
        if owner is not None or taken.intersection(range(span.start, span.end)):
            continue  # "Turkish Airlines", "the Russian Foreign Ministry": the longer name wins
        entry = by_key[gaz_keys[(span.start, span.end)]]
        if entry.cls in ("Country", "Place") and span.start > 0 and doc[span.start - 1].text in _COMPASS \
                and doc[span.start].text == entry.label and span.start - 1 not in taken:
            region = doc[span.start - 1:span.end].text  # "Northern Syria", "West Africa": a region, not the state
            take(span.start - 1, span.end, "Place", "place:" + slug(region), region)
            continue
        take(span.start, span.end, entry.cls, entry.key, entry.label)
    for start, end, designation, label in product_spans(doc):
        if not taken.intersection(range(start, end)):
            take(start, end, "Product", "product:" + slug(designation), label)
    for start, end, designation, label in list(named_weapon_spans(doc, taken | title_tokens)):
        take(start, end, "Product", "product:" + slug(designation), label)
    for span, owner in ceded:  # "sell Poland Patriot missiles" read as one name: a product took its tail, the state stays
        if taken.intersection(range(owner.start, owner.end)) and not taken.intersection(range(span.start, span.end)):
            take(span.start, span.end, by_key[gaz_keys[(span.start, span.end)]].cls, gaz_keys[(span.start, span.end)])
    for ent in ner_spans:
        start, end = trim(ent)
        start = _past_titles(doc, start, end, title_tokens, 1 if ent.label_ == "PERSON" else 2)  # "Spokesperson Ned Price"
        cut = start
        while cut < end and cut in taken and end - cut > 2:
            cut += 1
        if cut > start and after_title(doc, cut, title_tokens):
            start = cut  # "Ukraine Volodymyr Zelenskyy" after "President of": the title's country, then a name
        elif cut > start and _past_titles(doc, cut, end, title_tokens) > cut and doc[end - 1].text not in organisation_heads():
            start = _past_titles(doc, cut, end, title_tokens)  # "American General Ann Roe" as one organisation
        if ent.label_ == "PERSON":
            start, end = extend_name_left(doc, start, taken | title_tokens), extend_name(doc, end, taken | title_tokens)
            given = start
            while given > 0 and start - given < 2 and doc[given - 1].pos_ == "PROPN" and doc[given - 1].is_title \
                    and not doc[given - 1].ent_type_ and given - 1 not in taken | title_tokens:
                given -= 1
            if given < start and given > 0 and doc[given - 1].text == ",":
                start = given  # ", Camila Antonia Ortega Murillo, who": given names the model left out of an apposition
        if start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
                and start - 1 not in taken and listed_after_plural_title(doc, start - 1, titles):
            start -= 1  # "business leaders A, Naing Htut Aung, and B": the model left out the given name
        elif ent.label_ == "ORG" and start > 0 and doc[start - 1].ent_type_ == "ORDINAL" and start - 1 not in taken:
            start -= 1  # "the 66th Light Infantry Division": the number is part of the unit's name
        titled_org = ent.label_ == "ORG" and start in title_tokens and end - start == 2  # "General Electric"
        if start >= end or taken.intersection(range(start, end)) or (
                title_tokens.intersection(range(start, end)) and not titled_org):
            continue
        if all(t.is_lower or not t.is_alpha for t in doc[start:end]) and not _capitalised_person(ent, doc[start:end]) \
                or is_people_phrase(doc[start:end]):
            continue  # common nouns tagged as names; "Nicaraguans" are a group
        if ent.label_ == "ORG" and doc[end - 1].lower_ in programme_heads():
            continue  # "a Foreign Military Sale to Poland": a sale, no organisation
        cls = NER_CLASSES[ent.label_]
        state = _government_of(doc[start:end].text) or (speaker if _OWN_ADMINISTRATION.match(doc[start:end].text) else None)
        state = state or own_body(speaker, doc[start:end].text)
        if state:  # "the Government of Iran", "U.S. Government": the state itself; "Treasury" in a U.S. release
            entry = by_key[state]
            take(start, end, entry.cls, entry.key, entry.label)
            continue
        if _CORPORATE.search(doc[start:end].text):
            cls = "Organization"  # "East Ocean Shipping Co.", "Htoo Group": whatever the model guessed
        elif doc[end - 1].text in organisation_heads() and end - start >= 2:
            cls = "Organization"  # "the Kenyan Bar Association": a body's name, whatever the model guessed
        elif cls == "Person" and doc[end - 1].text in word_set("groups.json", "place_heads") and end - start >= 2:
            cls = "Place"  # "Evin Prison", "Tahrir Square": no person
        elif cls == "Organization" and doc[end - 1].lower_ in word_set("products.json", "weapon_heads"):
            cls = "Product"  # "Unmanned Aerial Vehicles (UAVs)": goods, no organisation
        elif apposed_to_title(doc, start, title_tokens) and end - start >= 2 and name_shaped(doc[start:end]):
            cls = "Person"  # "Chancellor Olaf Scholz", "Ambassador to the UN Nikki Haley": a name after a title
        elif end - start >= 2 and all(t.is_title for t in doc[start:end]) and listed_after_plural_title(doc, start, titles):
            cls = "Person"  # "business leaders A, B and C": each a person, whatever the model guessed
        elif end - start >= 2 and in_apposition(doc[start:end], organisation_nouns()):
            cls = "Organization"  # "Saraya al-Areen, a militia affiliated with ...": whatever the model guessed
        elif end - start >= 2 and in_apposition(doc[start:end]):
            cls = "Person"  # "Jan Novak, the government commissioner": whatever the model guessed
        elif cls == "Organization" and 2 <= end - start <= 3 and all(t.is_title for t in doc[start:end]) \
                and is_given_name(doc[start].text):
            cls = "Person"  # "Alexei Navalny", "Fariba Adelkhah" tagged as organisations: a given name opens them
        elif cls == "Place" and doc[end - 1].dep_ == "nsubj" and doc[end - 1].head.lemma_.lower() in speech_verbs():
            cls = "Person"  # "Erdogan said": a name the model took for a place speaks, so it is a person's
        elif cls == "Person" and any(by_key[gaz_keys[(g.start, g.end)]].cls == "Organization"
                                     for g in gaz_spans if start <= g.start and g.end <= end):
            cls = "Organization"  # "Kataeb Hezbollah": a name holding an organisation's is no person's
        elif cls == "Person" and end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" \
                and not (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")):
            cls = "Organization"  # "a proposal by the Quint": one word after "the" names no person (but "the
            # Lukashenka regime" is his)
        take(start, end, cls, None)
    for start, end in initialled_names(doc, taken | title_tokens) + titled_appositions(doc, taken, title_tokens) \
            + given_named(doc, taken | title_tokens):
        take(start, end, "Person", None)  # "C.S. Eliot Kang", "Ana Ruiz, Peru's foreign minister": the model missed it
    for start, end in listed_between_people(doc, out, taken | title_tokens):  # "A, He Jing, and B"
        take(start, end, "Person", None)
    for start, end in names_after_title(doc, taken | title_tokens, titles, is_plural):
        take(start, end, "Person", None)  # "Crown Prince A bin B", "Foreign Ministers A and B": the model missed a name
    for i, c in enumerate(out):  # "Hong Kong police", "Northamptonshire Police": the place's police force
        if c.cls == "Place" and c.end < len(doc) and doc[c.end].lower_ == "police" and c.end not in taken:
            name = doc[c.start:c.end + 1].text
            out[i] = Candidate(index, c.start, c.end + 1, "Organization", "organization:" + slug(name), name)
            taken.add(c.end)
    out = _joined_organisations(doc, out)
    for start, end, cls, key in group_candidates(doc, out, article_id):
        out.append(Candidate(index, start, end, cls, key))
    for start, end, cls, key in vessel_candidates(doc, out, article_id):
        out.append(Candidate(index, start, end, cls, key))
    return out


_COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                      "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
                      "Southeastern", "Southwestern"})


_NAME_LINKS = frozenset({"for", "of", "on"})


def _joined_organisations(doc, out: list[Candidate]) -> list[Candidate]:
    """A body's name the model cut at its preposition ("the Kenyan League | for the Protection of
    Civil Rights"): an organisation ending in an organisation's word, then "for", "of" or "on"
    (and "the"), then an organisation no rule keyed, is one organisation."""
    by_start = {c.start: c for c in out if c.cls == "Organization" and c.key is None}
    joined, dropped = [], set()
    for c in out:
        if c.cls != "Organization" or c.end >= len(doc) or doc[c.end - 1].text not in organisation_heads() \
                or doc[c.end].lower_ not in _NAME_LINKS or c.key is not None or c.label:
            continue
        after = c.end + 1 + (c.end + 1 < len(doc) and doc[c.end + 1].lower_ == "the")
        tail = by_start.get(after)
        if tail is not None and tail is not c:
            joined.append((c, tail))
            dropped |= {id(c), id(tail)}
    merged = [Candidate(c.block, c.start, tail.end, "Organization", None) for c, tail in joined]
    return [c for c in out if id(c) not in dropped] + merged


def _surname_candidates(parsed: ParsedArticle, candidates: list[Candidate]) -> list[Candidate]:
    """Surnames and short organisation names the model did not tag ("Maróth said", after "Gáspár
    Maróth"; "Salling said", after "Salling Group"): a capitalised proper noun, outside every other
    candidate, equal to the last word of a person's full name or the first word of an organisation's
    name found in the article. Resolution then joins it to that person or organisation."""
    surnames, first_words = set(), set()
    for c in candidates:
        words = parsed.blocks[c.block].doc[c.start:c.end].text.split()
        if c.cls == "Person" and c.key is None and len(words) >= 2 and words[-1][:1].isupper():
            surnames.add(words[-1])
        if c.cls == "Organization" and c.key is None and len(words) >= 2 and words[0].istitle() and len(words[0]) > 3:
            first_words.add(words[0])  # "Salling said", after "Salling Group A/S"
    taken = {(c.block, i) for c in candidates for i in range(c.start, c.end)}
    out = []
    for index, pb in enumerate(parsed.blocks):
        for token in pb.doc:
            if ((token.text in surnames or token.text in first_words) and (index, token.i) not in taken
                    and token.pos_ == "PROPN" and not (token.i + 1 < len(pb.doc) and pb.doc[token.i + 1].pos_ == "PROPN")):
                cls = "Person" if token.text in surnames else "Organization"
                out.append(Candidate(index, token.i, token.i + 1, cls, None))
    return out


_CORPORATE = re.compile(r"\b(?:Co|Corp|Inc|Ltd|LLC|PLC|GmbH|JSC|Pte|S\.A|A/S|Company|Companies|Corporation|"
                        r"Group|Holdings?|Bank|Airlines?|Airways|Enterprises?|Industries|Limited)\b\.?$")


_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:(?:government|administration|regime)\s+of\s+(?:the\s+)?(?P<a>.+)|"
                         r"(?P<b>.+?)\s+(?:government|administration|regime))$", re.IGNORECASE)


# A government's release calls its own executive "the Smith Administration", capitalised.
_OWN_ADMINISTRATION = re.compile(r"^(?:the\s+)?[A-Z][\w'’.-]+(?:\s*[-–]\s*[A-Z][\w'’.-]+)?\s+Administration$")


def _government_of(name: str) -> str | None:
    """The country key of "Government of X" / "X Government" / "X administration", X a country's name or adjective."""
    m = _GOVERNMENT.match(name.strip())
    if not m:
        return None
    return country_names().get(fold(m.group("a") or m.group("b")))


def _voice_candidates(index: int, doc, country_key: str) -> list[Candidate]:
    """First-person words outside quotes in a government's own release: its country."""
    inside = {i for start, end in quote_spans(doc) for i in range(start, end)}
    entry = gazetteer_by_key()[country_key]
    return [Candidate(index, t.i, t.i + 1, entry.cls, entry.key, entry.label, voice=True)
            for t in doc if t.lower_ in FIRST_PERSON and t.i not in inside and (t.text == "I" or not t.text.isupper())]


def _capitalised_person(ent, span) -> bool:
    """A person's name written with a particle joined to it ("d'Escoto", "al-Sisi"): one token, no
    plain word, but a capital inside it."""
    return ent.label_ == "PERSON" and any(ch.isupper() for t in span for ch in t.text)


def _ner_owns(ent, span, title_tokens) -> bool:
    """A multi-word organisation/person/facility/law name that contains a gazetteer name."""
    named = ent
    if ent[-1].lower_ in ("'s", "’s") and len(ent) > 2:
        named = ent[:-1]  # "Air India's fleet": the airline, not India
    if ent[0].lower_ in LEADING_DETERMINERS and any(t.text in organisation_heads() for t in ent):
        named = named[1:]  # "the Iranian Ministry of Intelligence", but not "the NATO Alliance"
    return (ent.label_ in ("ORG", "PERSON", "FAC", "LAW") and named.start <= span.start and span.end <= named.end
            and (named.end - named.start) > (span.end - span.start) and named[0].lower_ not in LEADING_DETERMINERS
            and not _government_of(named.text)  # "the Turkish government" is Turkey
            and not title_tokens.intersection(range(ent.start, ent.end))
            and (not any(t.is_punct and t.text != "&" or t.lower_ in ("'s",) for t in named)  # "Chemical & Machinery"
                 or _CORPORATE.search(named.text))  # "X Management, Inc."
            and named[-1].pos_ == "PROPN"
            and not (span.start == named.start and (ent.label_ == "PERSON" and len(named) > 2 or after_title(
                ent.doc, span.start, title_tokens) and not given_name(ent, span, title_tokens))))
    # "[President of] Ukraine Volodymyr Zelenskyy": a title's country, then a name; "Jordan Peele": a given name


def _past_titles(doc, start: int, end: int, title_tokens: set[int], least: int = 2) -> int:
    """Where the name starts in a span that opens with titles and goes on in `least` capitalised
    words or more ("Spokesperson Ned Price" as one organisation, "King Salman" as one person);
    `start` when it does not."""
    named = start
    while named < end - least and named in title_tokens:
        named += 1
    if named > start and named not in title_tokens and all(t.is_title or is_particle(t) or REGNAL.match(t.text)
                                                           for t in doc[named:end]):  # "Queen Elizabeth II"
        return named
    return start
