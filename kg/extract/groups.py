"""Unnamed collectives that act ("three U.S. senators introduced", "political prisoners", "the
international community", "associates of Navalny", "Syrians"): noun phrases found in the
parse around the nouns of kg/data/groups.json, keyed so that one article's "36 people" are not
another's; and the one unnamed ship of an article ("seized the tanker ... released the ship")."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from ..data import gazetteer, load_json
from ..names import fold, slug
from ..read.index import indices_of, lowers
from .namekeys import country_keys


def group_candidates(doc, named: list, article_id: str):
    """(start, end, class, key) of the group phrases of a Doc; a phrase whose capitalised head
    names an institution ("Syrian Democratic Forces") is an organisation, keyed by its name."""
    for start, end, key in _groups(doc, named, article_id):
        head = doc[end - 1]
        if not key.startswith("group:"):  # "the Saudis": the nation; "U.S. military forces": the military
            yield start, end, "Organization" if key.startswith("organization:") else "Country", key
        elif end - start >= 2 and head.text in _words("named_heads") and not any(t.like_num for t in doc[start:end]):
            yield start, end, "Organization", None
        else:
            yield start, end, "Group", key


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    """One word list of kg/data/groups.json ("nouns", "bare", "crews", "vessels", ...)."""
    return frozenset(load_json("groups.json")[name])


# Verbs whose object takes an "of" of their own ("remind X of Y", "accuse X of Y").
_OF_VERBS = frozenset({"accuse", "advise", "apprise", "assure", "convict", "convince", "deprive", "inform", "notify",
                       "remind", "rid", "suspect", "warn"})
_GROUP_SLOTS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "dative", "ROOT")
_GROUP_MODIFIERS = ("nummod", "compound", "amod", "nmod", "quantmod", "npadvmod")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Folded capitalised aliases of countries ("saudi", "iranian") -> country key."""
    return {fold(a): e.key for e in gazetteer() if e.cls == "Country" for a in e.aliases if a[:1].isupper()}


@lru_cache(maxsize=1)
def _peoples() -> dict[str, str]:
    """Folded names of peoples with no state of their own ("kurds", "uighurs") -> their key."""
    return {name: key for key, names in load_json("groups.json")["peoples"].items() for name in names}


def is_people(key: str) -> bool:
    """The group key is a people's ("group:kurds"), which is named, whether or not it acts."""
    return key.removeprefix("group:") in set(_peoples().values())


def people_key(span) -> str | None:
    """The key of the people a phrase names ("the Kurds", "Uighurs"), if it names one."""
    return _people_named(span.text)


@lru_cache(maxsize=1 << 16)  # bounded: it sees every word and word pair of a build
def _people_named(text: str) -> str | None:
    return _peoples().get(fold(text.removeprefix("the ").removeprefix("The ")))


def is_people_phrase(span) -> bool:
    """'Nicaraguans', 'Turkish Cypriots', 'the Kurds': demonyms or peoples naming people, a group
    phrase (whatever the model tagged it)."""
    last = span[-1]
    return people_key(span) is not None or last.tag_ in ("NNS", "NNPS") and fold(last.text[:-1]) in _demonyms() and all(
        fold(t.text) in _demonyms() for t in span[:-1])


def article_scope(article_id: str) -> str:
    """A key suffix that keeps a nameless thing to its article ("36 people", "the ship")."""
    return "-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:8]


VESSEL = "product:vessel"


def vessel_candidates(doc, named: list, article_id: str):
    """(start, end, "Product", key) of unnamed ships that fill a slot ("seized the tanker", "released
    the ship"): one vessel per article, since news that names no ship tells of one."""
    taken = {i for c in named for i in range(c.start, c.end)}
    for token in (doc[i] for i in indices_of(lowers(doc), _words("vessels"))):
        named_too = any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in token.children)
        some = any(c.dep_ in ("det", "poss", "nummod") for c in token.children) or (  # not "attacks on vessels"
            token.tag_ == "NN" and any(c.dep_ in ("amod", "compound") and fold(c.text) in _demonyms() for c in token.children))
        # a headline's "Iran seizes British tanker": one flagged ship
        if token.lower_ in _words("vessels") and token.pos_ == "NOUN" and token.dep_ in _GROUP_SLOTS \
                and token.i not in taken and some and not named_too:
            yield token.i, token.i + 1, "Product", VESSEL + article_scope(article_id)


def _is_group_noun(token) -> bool:
    lower = token.lower_
    if lower in _words("crews"):
        return True  # "the ship and its crew", "coast guards"
    if _held_person(token):
        return True  # "arrested a French tourist"
    if lower in _words("collectives"):  # "opposition to the sanctions" is a stance, not the opposition
        return token.tag_ == "NN" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    return lower in _words("nouns") or (lower.endswith("s") and fold(token.text[:-1]) in _demonyms())


def _held_person(token) -> bool:
    """One unnamed person in the slot of a holding verb or noun: "detained a Canadian
    businessman", "an American reporter was arrested", "the release of a French aid worker"."""
    if token.tag_ != "NN" or token.lower_ not in _words("held_persons"):
        return False
    if token.dep_ in ("dobj", "nsubjpass"):
        holder = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of":
        holder = token.head.head
    else:
        return False
    return holder.lemma_.lower() in _words("holding_words")


def _count_head(token):
    """The count a partitive puts before a group noun ("dozens of people", "three of its journalists"), or None."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.dep_ != "prep":
        return None
    count = token.head.head
    if count.i > token.i or not (count.pos_ == "NUM" or count.lower_ in _words("counts")):
        return None
    return count


def _demonym(token) -> bool:
    """A plural demonym: 'Americans', 'Russians'."""
    return token.tag_ in ("NNS", "NNPS") and fold(token.text[:-1]) in _demonyms()


def _groups(doc, named, article_id: str):
    """Noun phrases for unnamed collectives that fill a slot: "three U.S. senators", "political
    prisoners", "the international community", "associates of Navalny", "Syrians"."""
    key_at = {i: c.key for c in named for i in range(c.start, c.end) if c.key}
    taken = {i for c in named for i in range(c.start, c.end)}
    used: set[int] = set()
    tokens = list(doc)
    for token in tokens:  # a word's or two words' text, without making a Span of each
        people = _people_named(token.text) if token.i not in taken and token.pos_ == "PROPN" else None
        if people is None and token.i + 1 < len(doc) and token.i not in taken:
            people = _people_named(token.text_with_ws + tokens[token.i + 1].text)  # "Crimean Tatars"
            if people is not None:
                used.update((token.i, token.i + 1))
                yield token.i, token.i + 2, "group:" + people
                continue
        if people is not None and token.i not in used:  # "the Kurds", "Uighurs": one people everywhere
            used.add(token.i)
            yield token.i, token.i + 1, "group:" + people
            continue
        if token.i in taken or token.i in used or not _is_group_noun(token) or token.dep_ not in _GROUP_SLOTS and not (
                token.dep_ == "poss" and (token.lower_ in _words("bare") or _demonym(token) and any(
                    c.lower_ == "the" for c in token.lefts))):  # "protesters' demands", "the Russians' offer" (the
            # nation's; not "Nicaraguans' calls"): whose they are
            continue
        if token.dep_ == "conj" and _is_group_noun(token.head):
            continue  # "allies and partners": the first noun carries the phrase
        modifiers = [c for c in token.lefts if c.dep_ in _GROUP_MODIFIERS]
        for pronoun in (c for c in token.lefts if c.dep_ == "poss" and c.lower_ in ("its", "their")):
            state = _subject_state(pronoun, key_at)  # "Kenya demanded the release of its citizens": Kenya's
            if state:
                key_at[pronoun.i] = state
        owner = [c for c in token.lefts if c.dep_ == "poss" and c.i in key_at]
        # "associates of Navalny", "protesters from Havana's neighborhoods"; not "defendants from these neighborhoods"
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _OF_VERBS:
            of_phrase = []  # "remind Americans of the risks": the verb's "of", not the group's
        else:
            of_phrase = [c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")
                         and any(g.dep_ == "pobj" and (c.lower_ == "of" or any(t.i in taken for t in g.subtree))
                                 for g in c.children)]
        partners = [c for c in token.rights if c.dep_ == "conj" and _is_group_noun(c) and c.i not in taken]
        count = _count_head(token)  # "dozens of people", "three of the journalists": the count heads the phrase
        if count is not None:
            modifiers.append(count)
        demonym = _demonym(token)  # "Americans"
        collective = token.lower_ in _words("collectives")
        bare = token.lower_ in _words("crews") or (
            token.lower_ in _words("bare") and not any(c.dep_ in ("det", "poss") for c in token.lefts))
        if collective and not modifiers:
            continue
        if not (modifiers or owner or of_phrase or partners or demonym or bare):
            continue
        if demonym and not (modifiers or owner or of_phrase or partners) and any(c.lower_ == "the" for c in token.lefts):
            used.add(token.i)  # "warned the Saudis", "the Americans agreed": the nation, not some of its people
            yield token.i, token.i + 1, _demonyms()[fold(token.text[:-1])]
            continue
        start = min([c.left_edge.i for c in modifiers + owner] + [token.i])
        end = token.i + 1
        if partners:
            end = max(end, partners[-1].i + 1)
        if of_phrase and not partners:  # "associates of Navalny"; a long phrase ends at its noun
            subtree = list(of_phrase[0].subtree)
            pobj = next(g for g in of_phrase[0].children if g.dep_ == "pobj")
            last = next((t.i - 1 for t in subtree if t.is_punct), subtree[-1].i)  # "officer of Huawei, Meng W.": the
            end = max(end, (last if len(subtree) <= 8 else pobj.i) + 1)  # name after the comma is its own
        while start < token.i and (doc[start].dep_ in ("det", "poss") and doc[start].i not in key_at or doc[start].is_punct):
            start += 1
        if set(range(start, end)) & used:
            start, end = token.i, token.i + 1
        used.update(range(start, end))
        parts = []
        phrase = doc[start:end]
        count_chars = len(phrase.text) - len(without_count(phrase.text))  # the key leaves the count out
        for t in phrase:
            if t.idx - phrase.start_char < count_chars or t.lower_ in ("'s", "’s") or count is not None and (
                    t.i <= token.head.i or t.pos_ == "PRON" and t.i not in key_at):
                continue  # "hundreds of his supporters": the count, its "of" and a bare pronoun are no part
            part = (key_at.get(t.i) or _demonyms().get(fold(t.text)) or fold(t.text)).split(":")[-1]  # "Turkish":
            # turkey; "Burmese military officials": myanmar-military, not its key's class
            if part and (not parts or parts[-1] != part):
                parts.append(part)
        nation = demonym and all(c.dep_ in ("case", "punct") for c in token.children)
        if nation:  # bare "Nicaraguans" are the "Nicaraguan people"; "these Americans", "Cubans who ..." some of them
            parts = [_demonyms()[fold(token.text[:-1])], "people"]
        content = [p for p in parts if p not in ("of", "the")]
        if len(content) == 2 and {content[0], content[1]} & _words("populace") \
                and {content[0], content[1]} & country_keys():
            # "the people of Uganda", "Ugandan citizens", "citizens of Uganda" are the "Ugandan people"
            parts, nation = [next(p for p in content if p in country_keys()), "people"], True
        located = _located_in(token, key_at)
        if located and not nation and not any(p in country_keys() or p in _words("foreigners") for p in parts):
            parts = [located, fold(token.text)]  # "political protesters in Cuba" are Cuban protesters
        if token.lower_ == "forces" and len(parts) == 2 and parts[0].endswith("-military"):
            yield start, end, "organization:" + parts[0]  # "U.S. military forces" are the U.S. military
            continue
        specific = nation or any(c.i in key_at or c.pos_ == "PROPN" for c in modifiers + owner) or len(parts) > 1
        # A bare "prisoners" or "36 people" is some people of this article (the count is no part of the
        # key), not the same ones everywhere; uncounted "journalists" are the trade, as event data codes it.
        specific = specific or (token.lower_ in _words("sectors") and not count_chars)
        specific = specific and not _held_person(token)  # "a Canadian businessman" is one of many
        by = _done_by(token, key_at)
        if by:  # "other Americans detained by Turkey": whose deed says which ones, in any article
            parts, specific = parts + by, True
        if len(parts) >= 3 and parts[-2] == "and":  # "partners and allies" are "allies and partners"
            parts[-3], parts[-1] = sorted((parts[-3], parts[-1]))
        yield start, end, "group:" + slug(" ".join(parts)) + ("" if specific else article_scope(article_id))


_COUNT = re.compile(r"^(?:(?:more|fewer|less) than|over|under|up to|at least|nearly|almost|about|around|roughly|between|"
                    r"and|million|billion|"
                    r"some|several|many|all|both|other|dozens of|hundreds of|thousands of|scores of|a number of|"
                    r"[\d][\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                    r"forty|fifty|hundred|thousand)\s+", re.IGNORECASE)


def national_antecedents(keys, article_id: str) -> dict[str, str]:
    """Bare group keys -> the one group of the article with the same noun and a nation: after
    "Cuban protesters", "more than 700 protesters" are they ("people" stay apart: "the people of X")."""
    scope = article_scope(article_id)
    national: dict[str, set[str]] = {}
    bare: dict[str, str] = {}
    for key in sorted(keys):
        local = key.removeprefix("group:").removesuffix(scope)
        words = local.split("-")
        if not key.startswith("group:") or "and" in words or "of" in words or "from" in words:
            continue  # "mothers of detained protesters": the head is not the last word
        if local.removesuffix("-" + words[-1]) in country_keys():
            national.setdefault(words[-1], set()).add(key)
        elif len(words) == 1 and words[0] != "people" and words[0][:-1] not in _demonyms():  # nor "Cypriots"
            bare[key] = words[0]
    return {key: min(national[head]) for key, head in bare.items() if len(national.get(head, ())) == 1}


def nation_of(key: str) -> str | None:
    """The country key of a group of nationals: "group:innocent-canadians", "group:canada-students"."""
    if not key.startswith("group:"):
        return None
    local = key.removeprefix("group:")
    country = next((c for c in sorted(country_keys()) if local.startswith(c + "-")), None)
    words = [w[:-1] for w in local.split("-") if w.endswith("s") and w[:-1] in _demonyms()]
    return country or (_demonyms()[words[0]] if words else None)


_BASED = frozenset({"base", "headquarter", "headquartered", "locate", "register", "registered"})


def _located_in(token, key_at: dict) -> str | None:
    """The country of an "in" phrase on a group noun ("prisoners in Iran", "journalists in Minsk",
    "companies based in China"), or on the event noun whose "of" it fills ("the sentencing of
    protesters in Cuba")."""
    nouns = [token] + [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in _BASED]  # "based in"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        nouns.append(token.head.head)
    for prep in (c for n in nouns for c in n.rights if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if key_at.get(place.i) in country_keys():
                return key_at[place.i]
    return None


def _done_by(token, key_at: dict) -> list[str]:
    """The participle and its named agent after a group noun: "detained by Turkey" -> [detained, by, turkey]."""
    for verb in (c for c in token.rights if c.dep_ == "acl" and c.tag_ == "VBN"):
        for by in (c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")):
            agents = [g for g in by.children if g.dep_ == "pobj" and g.i in key_at]
            if agents:
                return [fold(verb.text), "by", key_at[agents[0].i].split(":")[-1]]
    return []


def _subject_state(pronoun, key_at: dict) -> str | None:
    """The country that is the subject of the clause a possessive pronoun stands in, if any."""
    verb = pronoun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [key_at.get(c.i) for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if len(subjects) == 1 and subjects[0] in country_keys() else None


def members_keys(entities) -> dict[str, str]:
    """Group keys of an organisation's members ("NATO members", "members of the Senate") -> the
    organisation's key, when the article names it: event data codes the members as the body (but
    "over 220 members of the House" are some of them)."""
    bodies = {e.key.split(":")[-1]: e.key for e in entities if e.key and e.cls == "Organization"}
    out = {}
    for e in entities:
        local = e.key.removeprefix("group:") if e.key and e.cls == "Group" else ""
        body = local.removesuffix("-members") if local.endswith("-members") else local.removeprefix("members-of-")
        if body != local and body in bodies and all(without_count(n) == n for n in e.names):
            out[e.key] = bodies[body]
    return out


def without_count(name: str) -> str:
    """A group's name without the count before it: "more than 700 protesters" -> "protesters"."""
    while (shorter := _COUNT.sub("", name, count=1)) != name:
        name = shorter
    return name


def representative_keys(found, represented) -> dict[str, str]:
    """Group keys of "officials of X" (X named or described: "the alliance") -> the key "X
    officials" has, so that both wordings, in one article or two, are one group.
    `represented(block, token)` is the party a representatives' noun acts for (refer.Referents)."""
    classes = {e.key: e.cls for e in found.entities}
    out: dict[str, str] = {}
    for m in found.mentions:
        if classes.get(m.key) != "Group" or not m.key.startswith("group:"):
            continue
        doc = found.parsed.blocks[m.block].doc
        root = doc[m.start:m.end].root
        if not any(c.dep_ == "prep" and c.lower_ in ("of", "for", "from") and c.i < m.end for c in root.rights):
            continue
        party = represented(m.block, root)
        if classes.get(party) not in ("Country", "Organization"):
            continue
        before = [fold(t.text) for t in doc[m.start:root.i] if not (t.like_num or t.dep_ in ("det", "poss") or t.is_punct)
                  and not _COUNT.match(t.text + " ")]
        key = "group:" + slug(" ".join([*before, party.split(":")[-1], fold(root.text)]))
        if out.setdefault(m.key, key) != key:
            out[m.key] = m.key  # two readings of one phrase: keep its own key
    return {old: new for old, new in out.items() if old != new}
