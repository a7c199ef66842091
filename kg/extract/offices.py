"""Stage 5: offices people hold, from titles and appositions.

"Turkish Foreign Minister Mevlut Cavusoglu", "NATO's Secretary General Jens Stoltenberg",
"US Ambassador of NATO Kay Bailey Hutchison", "Kay Bailey Hutchinson, Washington's envoy to
NATO, ...", "confirmed as U.S. President Donald Trump's new secretary of state, Pompeo ...".
Titles are data (kg/data/titles.json).
"""
from __future__ import annotations

import re

from ..data import word_set
from .counterparts import counterpart_claims
from .holders_known import known_states
from .legislators import in_the_legislature
from .model import ArticleEntities, Mention, OfficeClaim
from .namekeys import GOVERNMENTS
from .placed import (by_title, country_before, in_its_country, in_the_releases_subject, its_owner, national_titles,
                     of_the_owner)
from .portfolios import portfolio_end
from .predicated import headed_bodies, predicate_holder
from .titles import is_deputy_of, is_plural, past_bare_complement, past_honorifics, title_spans

# Tokens that may stand between a title and the country or organisation it belongs to:
# "U.S. President Donald Trump's new secretary of state".
_MODIFIER_POS = {"PROPN", "ADJ", "PART", "NOUN", "DET"}
_COMPLEMENT_PREPOSITIONS = {"of", "to", "for", "at"}


def find_offices(found: "ArticleEntities") -> list[OfficeClaim]:
    """Every (person, title, of) an article states."""
    classes = {e.key: e.cls for e in found.entities}
    claims, voiced, placed, owed = [], set(), {}, {}
    for index, pb in enumerate(found.parsed.blocks):
        doc = pb.doc
        mentions = found.mentions_in(index)
        person_at = {m.start: m for m in mentions if classes[m.key] == "Person"}
        person_ending = {m.end: m for m in mentions if classes[m.key] == "Person"}
        party_at = {i: m for m in mentions if classes[m.key] in ("Country", "Organization") or (
                    classes[m.key] == "Place" and _after_of(doc, m.start)) for i in range(m.start, m.end)}
        # a place is a party only after "of": "the mayor of Lyon", "Governor X of Texas"
        person_on = {i: m for m in person_at.values() for i in range(m.start, m.end)}
        left_of_title_ending: dict[int, "Mention | None"] = {}
        party_after_name: dict[int, "Mention"] = {}  # where a holder's name ends -> the party written before his title
        pair_ending: dict[int, tuple] = {}  # where a holder's name ends -> (holder, title) of a title-and-name pair
        spans = title_spans(doc)
        span_at = {span.start: span for span in spans}
        title_parties = {m.start for m in (_left_party(doc, span.start, party_at)[0] for span in spans) if m}
        other_titles = title_parties | _complement_parties(doc, spans, party_at, person_at)
        for span in spans:
            left_party, left_edge = _left_party(doc, span.start, party_at)
            if left_party is not None and span.label_ in _ENVOYS and classes[left_party.key] == "Organization":
                sender, edge = _left_party(doc, left_party.start, party_at)  # "China's U.N. Ambassador X": China's,
                if sender is not None and classes[sender.key] == "Country":  # sent to the U.N.
                    left_party, left_edge = sender, edge
            if left_party is not None and classes[left_party.key] in ("Country", "Place"):
                owner, edge = _left_party(doc, left_party.start, party_at)  # "the Post's Moscow bureau chief",
                if owner is not None:  # "U.N. Syria envoy X": the place is the post's beat, not its owner
                    left_party, left_edge = owner, edge
            if left_party is None and span.start > 0 and doc[span.start - 1].lower_ == "and":
                # "U.S. Special Envoy and Ambassador to Libya X": coordinated titles share the party before them
                left_party = left_of_title_ending.get(span.start - 1)
            left_of_title_ending[span.end] = left_party
            right_party, after = _right_complement(doc, span.end, party_at, person_at)
            one_of = _one_of(doc, left_edge)  # "X, one of the leaders of Y": one holder, the title singular
            if is_plural(span) and not one_of:  # "Deputy Directors A, B and C", "A and B, who are ministers of X"
                holders = _plural_holders(doc, span, after, person_on)
                of = left_party or right_party or (
                    _coordinated_party(doc, holders[-1], span, party_at, person_at) if holders else None)
                if of is None and holders and span.label_ in national_titles():  # "... release presidential candidates A, B"
                    country = country_before(doc, holders[0], span, party_at, classes, found.voice, title_parties)
                    of = next((m for m in party_at.values() if m.key == country), None)
                for h in holders:  # "Presidents A of Chile and B of Peru": each name's own party first
                    own = _party_of(doc, h.end, party_at)
                    party = left_party or own or right_party or of
                    claims.append(OfficeClaim(h.key, span.label_, party.key if party else None, index, span.label_))
                continue
            holder = None if one_of else _named_after(doc, after, person_at, span_at, party_at)
            holder = holder or _apposition_holder(doc, left_edge - 2 * one_of, person_ending) or predicate_holder(
                span, person_on) \
                or _as_holder(doc, span, left_edge, mentions, classes)
            if holder is None or (left_party is None and right_party is None and _is_bare_common_title(span)
                                  and not any(t.lower_ in ("'s", "’s") for t in doc[left_edge:span.start])):
                # "the study committee's chairman" is an office though its committee is no entity
                continue
            shared = None if span.label_ in word_set("titles.json", "unshared") or span.start == 0 or doc[
                span.start - 1].lower_ not in ("and", ",") else party_after_name.get(span.start - 1)
            # "Russian President X and Foreign Minister Y": Y is Russia's too
            if left_party is not None and right_party is not None and doc[left_party.start].ent_type_ == "NORP" \
                    and classes[right_party.key] == "Organization" and span.label_ not in _ENVOYS:
                left_party = None  # "the American chief executive of Reuters": his nationality, Reuters' office
            of = (left_party or right_party or _coordinated_party(doc, holder, span, party_at, person_at)
                  or _government_beside(doc, holder, party_at) or shared
                  or its_owner(doc, left_edge, span, mentions, classes))
            if of is not None and of in (left_party, shared):
                party_after_name[holder.end] = of
            claim = OfficeClaim(holder.key, span.label_, of.key if of else None, index,
                                _surface(doc, span, portfolio_end(doc, after, person_at), party_at))
            claims.append(claim)
            if of is None and _speaks_unqualified(doc, holder, span, party_at, classes, found.voice, other_titles):
                voiced.add(claim)
            elif of is None and span.label_ in national_titles():
                country = country_before(doc, holder, span, party_at, classes, found.voice, title_parties)
                if country:
                    placed[claim] = country
            if of is None:  # "Trump's Special Presidential Envoy X": the party of the possessor's office
                owners = [person_on[t.i - 1] for t in doc[left_edge:span.start] if t.lower_ in ("'s", "’s")
                          and t.i - 1 in person_on and person_on[t.i - 1].key != holder.key]
                if owners:
                    owed[claim] = owners[-1].key
                elif span.start > 0 and doc[span.start - 1].lower_ in ("and", ","):  # "President X and Vice
                    before = pair_ending.get(span.start - 1)  # President Y": the deputy of the same state
                    if before is not None and before[0].key != holder.key and is_deputy_of(span.label_, before[1]):
                        owed[claim] = before[0].key
            pair_ending[holder.end] = (holder, span.label_)
        bodies = {i: m for i, m in party_at.items() if classes[m.key] == "Organization"}
        claims += [OfficeClaim(person.key, title, body.key, index, surface)  # "X, who heads Russia's central bank"
                   for person, title, body, surface in headed_bodies(doc, person_on, bodies)]
    claims = of_the_owner(known_states(found, claims), owed)  # "Prime Minister Modi": India's, whatever country
    claims = _in_the_voice(claims, voiced, found.voice)
    claims = by_title(in_its_country(claims, placed), {e.key for e in found.entities})
    claims = in_the_legislature(in_the_releases_subject(claims, found, classes), found, classes)
    return counterpart_claims(found, claims)  # "his Tunisian counterpart X"


# Offices of a state sent to an organisation: the state, not the organisation, is their party.
_ENVOYS = frozenset({"Ambassador", "Envoy", "Special Representative", "Permanent Representative"})

# Offices no government calls its own ("Secretary General Guterres" in a U.S. release).
_INTERNATIONAL = frozenset({"Secretary General", "Deputy Secretary General", "High Representative"})


def _speaks_unqualified(doc, holder, span, party_at, classes, voice: str | None, title_parties: set[int]) -> bool:
    """Whether a title without a party may be the release's own government's: the holder is
    the subject of the clause ("President Biden shared ...", not "sanctioning President X") or
    the one a statement is from, and the sentence names no other country ("... met Prime
    Minister Y of Z") except as another title's party ("... met Armenian Foreign Minister Y")."""
    if voice is None or span.label_ in _INTERNATIONAL:
        return False
    head = doc[holder.end - 1]
    if head.dep_ == "pobj" and head.head.lower_ in ("from", "by"):
        return True  # "Statement from President X on the Situation in Haiti": the release's own official
    if head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head  # "President X and Vice President Y are grateful": both subjects
    if head.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return False
    sentence = span.sent
    return not any(m.key != voice and classes[m.key] == "Country" and m.start not in title_parties
                   for i, m in party_at.items() if sentence.start <= i < sentence.end)


def _complement_parties(doc, spans, party_at, person_at) -> set[int]:
    """Starts of the parties in titles' complements ("Ambassador to Slovakia"): another title's
    party, not a country the sentence is about."""
    out = set()
    for span in spans:
        _, after = _right_complement(doc, span.end, party_at, person_at)
        out |= {party_at[i].start for i in range(span.end, after) if i in party_at}
    return out


def _in_the_voice(claims: list[OfficeClaim], voiced: set[OfficeClaim], voice: str | None) -> list[OfficeClaim]:
    """In a government's own release an unqualified title may be that government's ("President
    Biden" in a White House statement), unless the article gives the person a party elsewhere
    (foreign officials are introduced as such: "Ukrainian President Zelenskyy")."""
    with_party = {c.person for c in claims if c.of}
    return [OfficeClaim(c.person, c.title, voice, c.block, c.surface) if c in voiced and c.person not in with_party else c
            for c in claims]


def _government_beside(doc, holder, party_at) -> "Mention | None":
    """'President X and the Nicaraguan government': the government named with its head is his."""
    for conjunct in doc[holder.end - 1].conjuncts:
        if conjunct.lemma_.lower() in GOVERNMENTS:
            for child in conjunct.children:
                if child.i in party_at and child.i < conjunct.i:
                    return party_at[child.i]
    return None


def _coordinated_party(doc, holder, span, party_at, person_at) -> "Mention | None":
    """'Prime Minister B of Poland', 'President A and Prime Minister B of Poland': the party after
    the name, or after the last of coordinated title-and-name pairs, belongs to each."""
    i = holder.end
    if _party_of(doc, i, party_at):  # "... Donald Tusk of Poland", "... of the Senate committee"
        return _party_of(doc, i, party_at)
    while i < len(doc) and doc[i].lower_ in ("and", ","):
        j = i + 1
        while j < len(doc) and j not in person_at and doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and j - i <= 5:
            j += 1
        if j not in person_at:
            return None
        i = person_at[j].end
        if _party_of(doc, i, party_at):
            return _party_of(doc, i, party_at)
    return None


def _after_of(doc, start: int) -> bool:
    """The span at `start` follows "of" (or "of the")."""
    before = start - 1 - (start >= 1 and doc[start - 1].lower_ == "the")
    return before >= 0 and doc[before].lower_ == "of"


def _party_of(doc, i: int, party_at) -> "Mention | None":
    """The party an "of" at i names right after a person's name: "of Poland", "of the Senate"."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 1 + (doc[i + 1].lower_ == "the")
    return party_at.get(j)


def _surface(doc, span, end: int, party_at) -> str:
    """The title as the article writes it: lower-case modifiers and a region before it ("military
    spokesperson", "Asia director") and its complement after it ("Ambassador to Germany")."""
    start = span.start
    while start > 0 and doc[start - 1].is_lower and doc[start - 1].is_alpha and doc[start - 1].pos_ in ("ADJ", "NOUN") \
            and start - 1 not in party_at:
        start -= 1
    while start > 0 and doc[start - 1].ent_type_ in ("GPE", "LOC") and doc[start - 1].is_title and start - 1 not in party_at:
        start -= 1  # "Hong Kong director of Amnesty International": the region a post covers
    while end > span.end and (doc[end - 1].is_punct and doc[end - 1].text != ")" or doc[end - 1].is_space):
        end -= 1
    opening = [t.i for t in doc[span.end:end] if t.text == "("]
    if opening and not any(t.text == ")" for t in doc[opening[-1]:end]):
        end = opening[-1]  # "... Armed Forces (GAF" cut inside its acronym
    while end > span.end and (doc[end - 1].is_punct and doc[end - 1].text != ")" or doc[end - 1].is_space):
        end -= 1
    return " ".join(doc[start:end].text.split())


def _is_bare_common_title(span) -> bool:
    # "chair", "speaker", "head" written in lower case with no party: too often not an office.
    return span.label_ in ("Chairman", "Speaker", "Commander", "Head", "Chief", "Leader") and span[0].is_lower


def _left_party(doc, start: int, party_at) -> tuple["Mention | None", int]:
    """The nearest country or organisation to the left of a title, within its noun phrase."""
    party, i = None, start - 1
    while i >= 0 and start - i <= 8:
        if i in party_at:
            party = party or party_at[i]
            i = party_at[i].start - 1
            continue
        if (doc[i].pos_ not in _MODIFIER_POS and doc[i].tag_ not in ("VBG", "VBN")) or doc[i].lower_ in ("as",):  # "acting", "newly elected"
            break
        i -= 1
    return party, i + 1


def _right_complement(doc, end: int, party_at, person_at) -> tuple["Mention | None", int]:
    """'Ambassador of NATO ...', 'envoy to the NATO military alliance, ...': the party and where it ends."""
    if end >= len(doc) or doc[end].lower_ not in _COMPLEMENT_PREPOSITIONS:
        return None, end
    party, i = None, end + 1
    while i < len(doc) and (i - end <= 8 or party is None and _in_long_name(doc[i]) or party is not None and party_at.get(i) is party) \
            and doc[i].text != "," \
            and i not in person_at and not doc[i].is_sent_start and doc[i].pos_ not in ("VERB", "AUX") \
            and not (party is not None and i not in party_at and doc[i].pos_ == "ADP" and doc[i].lower_ != "of"):
        # a long name the model missed may end in its acronym: "(LOCPG)"; a verb or a new sentence ends it,
        # and so does another preposition after the party ("ambassador to Israel under President X")
        if party is None and i in party_at:
            party = party_at[i]
        elif party is not None and i in party_at and doc[i - 1].lower_ in ("'s", "’s"):
            party = party_at[i]  # "head of Iran's Quds Force": the force, not the country
        i += 1
    if party is None:
        return None, end
    # "Ambassador to Libya", "envoy to NATO": where one is sent, not whom one serves
    return (None if doc[end].lower_ == "to" else party), i


def _in_long_name(token) -> bool:
    return token.is_title or token.is_upper or token.lower_ in ("of", "the", "and", "(", ")", "’s", "'s")


def _plural_holders(doc, span, after: int, person_on) -> list["Mention"]:
    """The people a plural title names: a list right after it, or the people a relative clause
    ('who are Deputy Directors of X') or an apposition describes."""
    first = person_on.get(after) or person_on.get(after + 1)
    if first is not None:
        listed = [first]  # "A, B, and C": the list as written, however the parser hung it
        i = first.end
        while i < len(doc) and doc[i].lower_ in (",", "and"):
            i += 1
            if i < len(doc) and doc[i].lower_ == "and":
                i += 1
            if i not in person_on or person_on[i].start != i:
                break
            listed.append(person_on[i])
            i = person_on[i].end
        head = doc[first.end - 1]
        if len(listed) > 1:
            return list({m.key: m for m in listed}.values())
    else:
        verb = span.root.head
        head = verb.head if verb.dep_ == "relcl" and span.root.dep_ == "attr" else (
            span.root.head if span.root.dep_ == "appos" else None)
    if head is None or head.i not in person_on:
        return []
    listed = [t for c in (head, *head.conjuncts) for t in (c, *(a for a in c.children if a.dep_ == "appos"))]
    holders = [person_on[t.i] for t in listed if t.i in person_on] + _listed_before(doc, person_on[head.i], person_on)
    holders = sorted(holders, key=lambda m: m.start)
    return list({m.key: m for m in holders}.values()) if len(holders) > 1 else []


def _listed_before(doc, last, person_on) -> list["Mention"]:
    """The people listed before `last` ('A, B, and C, who are ...'), as written."""
    out, i = [], last.start - 1
    while i > 0 and doc[i].lower_ in (",", "and"):
        i -= 1
        if doc[i].lower_ in (",", "and"):
            i -= 1
        if i not in person_on:
            break
        out.append(person_on[i])
        i = person_on[i].start - 1
    return out


def _named_after(doc, after: int, person_at, span_at, party_at, depth: int = 0) -> "Mention | None":
    """The person named right after a title (and its complement), or after the next title of a
    pair ("Special Envoy and Ambassador to Libya X"); a few titles in a row at most (a list of
    thousands ran out of stack)."""
    after = past_honorifics(doc, after)  # "Emir Sheikh Tamim bin Hamad"
    holder = person_at.get(after) or person_at.get(after + 1 if after < len(doc) and doc[after].text == "," else -1) \
        or person_at.get(past_bare_complement(doc, after, person_at))
    following = None if holder or after >= len(doc) else (
        span_at.get(after + 1) if doc[after].lower_ == "and" else _rank_after_comma(doc, after, span_at)
        or span_at.get(after))
    if following is not None and depth < 8:  # "Special Envoy and Ambassador X", "Commander General X": one person
        _, following_after = _right_complement(doc, following.end, party_at, person_at)
        return _named_after(doc, following_after, person_at, span_at, party_at, depth + 1)
    return holder


def _one_of(doc, left_edge: int) -> bool:
    """A plural title after 'one of' ('one of the founders of Y', 'one of President X's aides')."""
    return left_edge >= 2 and doc[left_edge - 1].lower_ == "of" and doc[left_edge - 2].lower_ == "one"


def _rank_after_comma(doc, i: int, span_at):
    """'the Chief of Army Staff, Lt. Gen. X': a rank set off after the title, the name after it."""
    rank = span_at.get(i + 1) if doc[i].text == "," else None
    return rank if rank is not None and rank.label_ in word_set("titles.json", "ranks") else None


def _apposition_holder(doc, left_edge: int, person_ending) -> "Mention | None":
    """'Jens Stoltenberg, NATO's secretary general': the person just before the comma."""
    i = left_edge - 1
    while i > 0 and doc[i].pos_ == "ADV" and doc[i].is_lower:  # "X, currently the ambassador to Y"
        i -= 1
    if i >= 0 and doc[i].text == ",":
        if i > 0 and doc[i - 1].text == ")":  # "X (R-FL), Chairman of ...": past the bracket after the name
            opening = next((j for j in range(i - 2, max(i - 8, -1), -1) if doc[j].text == "("), None)
            if opening is not None and opening in person_ending:
                return person_ending[opening]
        between = next((k for k in range(i - 2, max(i - 6, -1), -1) if doc[k].text == ","), None)
        if between is not None and between in person_ending and _aside(doc[between + 1:i]):
            return person_ending[between]  # "X, R-Texas, the committee's chairman", "X, 62, the mayor of Y"
        return person_ending.get(i)
    return None


_PARTY_TAG = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")  # "R-Texas", "D-N.Y."


def _aside(tokens) -> bool:
    """An age or a U.S. party-and-state tag set off by commas after a name."""
    return (len(tokens) == 1 and tokens[0].like_num) or bool(_PARTY_TAG.match("".join(t.text for t in tokens)))


def _as_holder(doc, span, left_edge: int, mentions, classes) -> "Mention | None":
    """'confirmed as ... secretary of state, Pompeo headed': the subject of the sentence."""
    if left_edge == 0 or doc[left_edge - 1].lower_ != "as" or doc[left_edge - 1].head.pos_ not in ("VERB", "AUX"):
        return None  # "in our capacity as Co-Chair": a role of "our", not of the subject
    sentence = span.sent
    for m in mentions:
        if classes[m.key] == "Person" and sentence.start <= m.start < sentence.end and not (
                left_edge <= m.start < span.end) and doc[m.end - 1].dep_ in ("nsubj", "nsubjpass"):
            return m
    return None
