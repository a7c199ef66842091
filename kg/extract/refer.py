"""Stage 6a: what a token refers to: a mention, or a pronoun, title, description or
representative ("a senior U.S. official") resolved to an entity of the article."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..data import load_json, word_set
from ..names import fold
from .goods import described_goods
from .descriptions import description_kinds, described_state, named_state, possessed_state
from .genders import person_genders
from .model import ArticleEntities, OfficeClaim
from .senses import goods_nouns
from .pronouns import (MALE_OR_FEMALE, THEY, THING, PronounReferents, bare_count, inherited_subject, own_subject_before,
                       plural_subject_before, speaks)
from .namekeys import GOVERNMENTS, body_state, country_names, organisation_heads
from .coordination import buried_conjuncts
from .syntax import left_of_noun, prep_object
from .titles import is_plural, title_spans

SPOKEN_TEXTS = frozenset({"statement", "letter", "communique", "communiqué", "message", "tweet", "post"})  # a government, a body or a group; never the release's "we"
RELATIVE = {"who", "whom", "which", "that", "whose"}
# Heads that count or pick out part of the phrase after "of": "thousands of Ukrainian citizens".
QUANTIFIERS = {"some", "all", "many", "most", "one", "dozens", "hundreds", "thousands", "millions", "scores",
               "several", "few", "both", "each", "none", "number", "majority", "handful", "dozen", "hundred", "thousand",
               "batch", "batches", "consignment", "shipment", "shipments", "squadron", "fleet", "pair", "set"}
# (the last words count things: "its first batch of Apache helicopters" is the helicopters)
# Nouns of a body of people that stand for their members when an of-phrase names them ("a bipartisan group
# of senators introduced": the senators); alone ("the group") they are descriptions.
MEMBERS_OF = word_set("descriptions.json", "members_of")
SENT_FROM = word_set("descriptions.json", "sent_from")  # those a state sends
_PAIR_NOUNS = word_set("descriptions.json", "pair_nouns")  # "the two countries"
ACTOR_CLASSES = {"Country", "Organization", "Person", "Group"}


@lru_cache(maxsize=1)
def _representatives() -> frozenset[str]:
    return frozenset(load_json("groups.json")["representatives"])


def non_state_side(token) -> bool:
    """'a Libyan rebel spokesman', 'Syrian opposition activists': a word before the noun puts it on a side
    other than the state its nationality adjective names."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in word_set("groups.json", "non_state_sides")
               for c in token.lefts)


@lru_cache(maxsize=1)
def _counterpart_groups() -> dict[str, frozenset[str]]:
    out = {}
    for group in load_json("counterparts.json")["groups"]:
        for title in group:
            out[title] = frozenset(group)
    return out


class Referents(PronounReferents):
    """Resolves tokens of one article's blocks to entity keys."""
    def __init__(self, found: ArticleEntities, offices: list[OfficeClaim]):
        self.found = found
        self.classes = {e.key: e.cls for e in found.entities}
        self.offices = offices
        self.mention_at: dict[tuple[int, int], object] = {}
        for m in sorted(found.mentions, key=lambda m: m.end - m.start, reverse=True):
            for i in range(m.start, m.end):
                self.mention_at[(m.block, i)] = m  # the smallest mention wins
        self.mentioned = {m.key for m in found.mentions}
        self.titles = {b: {i: span for span in title_spans(pb.doc) for i in range(span.start, span.end)}
                       for b, pb in enumerate(found.parsed.blocks)}
        self._name_heads: dict[str, set[str]] | None = None
        self._descriptions: dict[str, list[tuple[int, int, str]]] | None = None  # noun -> (block, token, key)
        self._country_counts: list[tuple[str, int]] | None = None
        self.speakers: list[tuple[int, int, str]] = []  # (block, token, key) of statement agents, for pronouns
        self.genders = person_genders(found)
        self.conjoined: dict[tuple[int, int], tuple[str, ...]] = {}  # "they" -> the other conjuncts of its antecedent

    def cls(self, key: str | None) -> str | None:
        return self.classes.get(key) if key else None

    def resolve(self, block: int, token, depth: int = 0, skip_groups: bool = False) -> str | None:
        """The entity key `token` refers to, or None (skip_groups: look inside a group's phrase)."""
        if token is None or depth > 4:
            return None
        mention = self.mention_at.get((block, token.i))
        if mention is not None and not (skip_groups and self.cls(mention.key) == "Group"):
            return mention.key
        lower = token.lower_
        if lower in RELATIVE and token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.dep_ == "relcl":
            return self.resolve(block, token.head.head, depth + 1)
        if lower in MALE_OR_FEMALE:
            return self._antecedent(block, token, {"Person"}, depth + 1)
        if lower in THING:
            return self._antecedent(block, token, {"Country", "Organization"}, depth + 1)
        if lower in THEY:
            subject = own_subject_before(token)
            if subject is not None:  # "Chile said their ...": Chile; "A and B held their talks": both, no one key
                return None if subject.conjuncts or buried_conjuncts(subject) else self.resolve(block, subject, depth + 1)
            plural = plural_subject_before(token)
            if plural is not None and plural != inherited_subject(token):  # "Hundreds of protesters languish ... because they criticized": those people
                return self.resolve(block, plural, depth + 1) if plural.i != token.i else None
            return self._antecedent(block, token, {"Country", "Organization", "Group"}, depth + 1)
        if token.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "PRON"):
            return None
        for child in token.children:  # "his Russian counterpart Sergei Lavrov", "the envoy, Kay Hutchison"
            if child.dep_ == "appos":
                key = self.resolve(block, child, depth + 1)
                if key:
                    return key
        if token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_ == "be":  # "X is a journalist who was
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)  # arrested": the journalist is X
            return self.resolve(block, subject, depth + 1) if subject is not None else None
        of = prep_object(token, "of") if token.pos_ == "NOUN" else None
        for child in of.children if of is not None else ():  # "the legislature of Peru, the National Congress,":
            if child.dep_ == "appos" and child.pos_ == "PROPN":  # the name is the legislature's, parsed onto Peru
                key = self.resolve(block, child, depth + 1)
                if key:
                    return key
        state = named_state(self, block, token, depth)
        if state:  # "the Republic of the Marshall Islands"
            return state
        if lower in MEMBERS_OF and prep_object(token, "of") is not None:
            return self.resolve(block, prep_object(token, "of"), depth + 1)
        if lower in SENT_FROM and prep_object(token, "from") is not None:  # "a delegation from Pakistan"
            key = self.resolve(block, prep_object(token, "from"), depth + 1)
            return key if self.cls(key) in ("Country", "Organization") else None
        if token.like_num or lower in QUANTIFIERS:
            of = prep_object(token, "of")
            if of is not None:  # "more than 100 of the F-35 aircraft"
                return self.resolve(block, of, depth + 1)
            if bare_count(token):  # "A and B were arrested. Both were released"
                return self._antecedent(block, token, {"Country", "Organization", "Group", "Person"}, depth + 1)
            return None
        if lower == "counterpart":
            return self._counterpart(block, token, depth)
        title = self.titles[block].get(token.i)
        if title is not None and not is_plural(title):  # "foreign ministers" are not one minister
            holder = self._title_holder(block, token, title.label_, depth)
            if holder:
                return holder
        if lower in SPOKEN_TEXTS and token.dep_ == "nsubj" and speaks(token) and any(
                c.lower_ in ("the", "this", "that") for c in token.lefts) and not any(
                c.dep_ in ("amod", "compound", "poss") for c in token.lefts):
            return self.issuer(block, token)  # "The statement also said ...": whoever issued it
        if any(c.lower_ == "the" for c in token.lefts) and not any(c.dep_ in ("amod", "compound", "poss") for c in token.lefts):
            key = self._short_name(block, token)
            if key:  # "the Council" after "the UN Human Rights Council", "the embassy"
                return key
        state = described_state(self, block, token) or possessed_state(self, block, token, depth)
        if state:  # "Iran seized a tanker. The regime said ...": Iran
            return state
        if lower in _representatives() or token.lemma_ in _representatives():
            party = self._modifier_party(block, token, depth) or self._led_by(block, token, depth)
            if party:
                return party
            of = prep_object(token, "of") or prep_object(token, "for")  # "the spokesperson for the German government"
            if of is not None:
                return self.resolve(block, of, depth + 1)
            where = self.resolve(block, prep_object(token, "in"), depth + 1)  # "police in Egypt": the state's
            return where if self.cls(where) == "Country" else None
        described = self._described(block, token) or described_goods(self, block, token)
        if described:  # "banned Iranian airline Mahan Air ... The airline transports": Mahan Air
            return described
        kind_keys = [k for k in description_kinds().get(token.lemma_.lower(), ()) if k in self.mentioned]
        if kind_keys and any(c.lower_ in ("the", "this", "its") or c.dep_ in ("amod", "compound") for c in token.lefts):
            key = self._latest(block, token, kind_keys)  # "the council": of two, the one named last
            if key:
                return key
        for child in token.children:  # "S-400 batteries", "preacher Andrew Brunson", "Patriot anti-missile systems"
            if child.dep_ in ("compound", "nmod"):
                key = self.resolve(block, child, depth + 1)
                if key and self.cls(key) in (("Product", "Person") if child.dep_ == "compound" else ("Product",)):
                    return key
        if token.pos_ == "NOUN" and token.lemma_.lower() in goods_nouns():  # "20 Sukhoi SU-35 multi-role fighter
            for child in token.lefts:  # jets", parsed onto "multi": a product named among the goods' modifiers
                for inner in child.subtree:
                    mention = self.mention_at.get((block, inner.i))
                    if mention is not None and self.cls(mention.key) == "Product":
                        return mention.key
        return None

    def modifiers(self, block: int, token, depth: int = 0, skip: range = range(0)) -> list[str]:
        """Entity keys of a noun's adjective, compound and possessive modifiers (those at `skip` left out)."""
        out = []
        left = left_of_noun(token)
        for child in [*token.children, *left]:
            if (child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod") or child in left) and child.i < token.i \
                    and child.i not in skip:
                key = self.resolve(block, child, depth + 1)
                if key and key not in out:
                    out.append(key)
        return out

    def represented(self, block: int, token) -> str | None:
        """The country or organisation a group of representatives acts for ("NATO officials"), or
        the nation a plural demonym with "the" names ("warned the Saudis")."""
        affiliate = self._affiliate(block, token)
        if affiliate is not None:  # "militants affiliated with the Abu Sayyaf group"
            return affiliate
        if token.lower_ not in _representatives():
            nation = country_names().get(fold(token.text[:-1])) if token.tag_ in ("NNPS", "NNS") else None
            the = any(c.lower_ == "the" for c in token.children if c.dep_ == "det")
            return nation if nation in self.classes and the else None
        party = self._modifier_party(block, token, 1)
        if party is None:
            of = prep_object(token, "of") or prep_object(token, "for") or prep_object(token, "from")
            key = self.resolve(block, of, 1, skip_groups=True) if of is not None else None
            party = key if self.cls(key) in ("Country", "Organization") else None
        if party is None and (place := prep_object(token, "in")) is not None:  # "security forces in Belarus": Belarus's
            key = self.resolve(block, place, 1, skip_groups=True)
            party = key if self.cls(key) == "Country" else None
        return party

    def _affiliate(self, block: int, token) -> str | None:
        """The organisation a group is tied to by a participle: 'gunmen linked to X', 'militants affiliated with X'."""
        for tie in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    and c.lemma_.lower() in word_set("groups.json", "affiliation_verbs")):
            for p in (c for c in tie.children if c.dep_ == "prep" and c.lower_ in ("with", "to")):
                key = self.resolve(block, next((o for o in p.children if o.dep_ == "pobj"), None), 1, skip_groups=True)
                if self.cls(key) == "Organization":
                    return key
        return None

    def represented_all(self, block: int, token) -> list[str]:
        """Every state or organisation a group of representatives acts for, when it names several:
        "Japanese and South Korean officials", "the leaders of France and Germany"."""
        if self.represented(block, token) is None:
            return []
        named = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
        named += [o for o in (prep_object(token, "of"), prep_object(token, "from")) if o is not None]
        out = []
        for t in (x for n in named for x in (n, *n.conjuncts)):
            key = self.resolve(block, t, 1, skip_groups=True)
            if self.cls(key) in ("Country", "Organization") and key not in out:
                out.append(key)
        return out

    def _led_by(self, block, token, depth: int) -> str | None:
        """'the Ortega regime', 'the Biden administration': the state whose office the named person
        holds, as the article says ('President Ortega and the Nicaraguan government'); else the person."""
        if token.lemma_.lower() not in GOVERNMENTS:
            return None
        leaders = [key for key in self.modifiers(block, token, depth) if self.cls(key) == "Person"]
        for key in leaders:
            states = {c.of for c in self.offices if c.person == key and self.cls(c.of) == "Country"}
            if len(states) == 1:
                return states.pop()
        if len(leaders) != 1:
            return None
        if any(c.person == leaders[0] and c.of for c in self.offices):
            return leaders[0]  # an office of no state ("chief executive of Hong Kong"): not the country named most
        speakers = {self.resolve(block, t, depth + 1) for t in token.sent if t.dep_ == "nsubj" and t.i < token.i}
        main = self._main_country()  # no office in the article: the state it is about, else the leader
        return main if main and main not in speakers else leaders[0]

    def sides(self, token, block: int | None = None) -> list[str]:
        """'both sides', 'the two sides', 'the two countries', 'both nations': the two states last
        named together before them, else the two countries the article names most (twice at least
        each, clearly ahead of a third), other than its own voice."""
        dets = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet")}
        pair = token.lower_ in _PAIR_NOUNS and bool(dets & {"both", "two"})
        if not pair and (token.lower_ not in ("sides", "parties") or not dets & {"both", "the", "two"}):
            return []
        last = self._last_pair(block, token) if block is not None else []
        if last:
            return last
        top = self._countries_named() + [(None, 0)] * 3
        return [top[0][0], top[1][0]] if top[1][1] >= 2 and top[1][1] > top[2][1] else []

    def _last_pair(self, block: int, token) -> list[str]:
        """The last two states named as conjuncts ('Chile and Peru') before `token`, in its paragraph
        or the two before."""
        for b in range(block, max(block - 2, 0) - 1, -1):
            doc = self.found.parsed.blocks[b].doc
            states = [m for m in self.found.mentions_in(b) if self.cls(m.key) == "Country" and (b < block or m.end <= token.i)]
            for m in sorted(states, key=lambda m: m.start, reverse=True):
                for other in doc[m.end - 1].conjuncts:
                    mention = self.mention_at.get((b, other.i))
                    if mention is not None and self.cls(mention.key) == "Country" and mention.key != m.key:
                        return sorted([m.key, mention.key], key=lambda k: (m.start, mention.start)[k == mention.key])
        return []

    def _main_country(self) -> str | None:
        """The country an article names most (twice at least), other than its own voice, if one leads."""
        top = self._countries_named() + [(None, 0)] * 2
        return top[0][0] if top[0][1] >= 2 and top[0][1] > top[1][1] else None

    def _countries_named(self) -> list[tuple[str, int]]:
        """The article's countries other than its own voice, most named first (counted once)."""
        if self._country_counts is None:
            self._country_counts = Counter(m.key for m in self.found.mentions if self.cls(m.key) == "Country"
                                           and not m.voice and m.key != self.found.voice).most_common()
        return list(self._country_counts)

    def _modifier_party(self, block, token, depth: int) -> str | None:
        if non_state_side(token):
            return None  # "Syrian opposition activists": the opposition's, not Syria's
        for key in self.modifiers(block, token, depth):
            if self.cls(key) in ("Country", "Organization"):
                return key
        return None

    def _described(self, block: int, token) -> str | None:
        """'the airline', 'this company': the entity last introduced with that noun ('Iranian airline
        Mahan Air', 'X, a Danish retailer'), if the noun is a bare definite description."""
        if token.pos_ != "NOUN" or token.tag_ != "NN" or not any(
                c.lower_ in ("the", "this", "that") for c in token.children if c.dep_ == "det") or any(
                c.dep_ in ("amod", "compound", "poss") for c in token.children):
            return None
        if self._descriptions is None:
            self._descriptions = {}
            for m in self.found.mentions:
                if self.cls(m.key) not in ("Organization", "Person"):
                    continue
                doc = self.found.parsed.blocks[m.block].doc
                root = doc[m.end - 1]
                nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]  # "X, an airline"
                nouns += [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []  # "the airline, X"
                before = doc[m.start - 1] if m.start > 0 else None
                if before is not None and before.pos_ == "NOUN" and m.start <= before.head.i < m.end:
                    nouns.append(before)  # "Iranian airline Mahan Air", "the company Tesla"
                for noun in nouns:
                    self._descriptions.setdefault(noun.lemma_.lower(), []).append((m.block, m.start, m.key))
        earlier = [(b, i, k) for b, i, k in self._descriptions.get(token.lemma_.lower(), ()) if (b, i) < (block, token.i)]
        return max(earlier)[2] if earlier else None

    def _short_name(self, block: int, token) -> str | None:
        """The organisation named last before `token` (in its block) whose name ends in its word:
        "the Council" after "the UN Human Rights Council"."""
        if self._name_heads is None:
            heads: dict[str, set[str]] = {}
            for e in self.found.entities:
                if e.cls == "Organization" and e.key in self.mentioned:
                    for name in e.names:
                        words = name.split()
                        if len(words) > 1:  # its last word, or the kind of body it is ("the embassy")
                            for word in {words[-1], *(w for w in words if w in organisation_heads())}:
                                heads.setdefault(word.lower(), set()).add(e.key)
            self._name_heads = heads
        return self._latest(block, token, self._name_heads.get(token.lower_, ()))

    def _latest(self, block: int, token, keys) -> str | None:
        """Of these keys, the only one, else the one mentioned last before the token in its block."""
        if len(keys) == 1:
            return next(iter(keys))
        earlier = [m for m in self.found.mentions_in(block) if m.key in keys and m.start < token.i]
        return max(earlier, key=lambda m: m.start).key if earlier else None

    def _title_holder(self, block: int, token, title: str, depth: int) -> str | None:
        span = self.titles[block][token.i]  # "the foreign minister": "foreign" is the title's, not a party to it
        parties = set(self.modifiers(block, token, depth, skip=range(span.start, span.end)))
        of = prep_object(token, "of") or prep_object(token, "to")
        if of is not None:
            key = self.resolve(block, of, depth + 1)
            if key and self.cls(key) == "Person" and self._party_before(block, of):
                return key  # "President of Ukraine X said": the name parsed into the title's complement
            if key:
                parties.add(key)
        holders = {c.person for c in self.offices if c.title == title and (not parties or c.of in parties)}
        if not holders:  # "the Secretary" after "Secretary of State X", "the Minister" after "Foreign Minister Y"
            holders = {c.person for c in self.offices if title in c.title.split() and (not parties or c.of in parties)}
        if not holders and not any(c.lower_ in ("former", "ex", "late") for c in token.children) and not non_state_side(token):
            # "Iran's foreign minister visited Moscow", nobody named: the state he acts for (not a former one);
            # "the Secretary" in a government's own release: that government's
            holders = {p for p in parties if self.cls(p) in ("Country", "Organization")} or (
                {self.found.voice} if self.found.voice in self.classes and not parties else set())
        return holders.pop() if len(holders) == 1 else None

    def own_side(self, keys) -> set[str]:
        """The keys, the states or bodies whose offices they hold (a minister's own country), and the
        state of such a body (a "State Department spokesperson" speaks for the United States too)."""
        keys = set(keys)
        held = {c.of for c in self.offices if c.person in keys and c.of}
        bodies = {body_state(n) for k in keys | held if self.cls(k) == "Organization"
                  for e in [self.found.entity(k)] if e is not None for n in (e.label, *e.names) if n}
        return keys | held | (bodies - {None})

    def _party_before(self, block: int, token) -> bool:
        """A country or organisation is named right before the mention `token` is in ("of Ukraine X")."""
        mention = self.mention_at.get((block, token.i))
        before = self.mention_at.get((block, mention.start - 1)) if mention is not None else None
        return before is not None and self.cls(before.key) in ("Country", "Organization")

    def _counterpart(self, block: int, token, depth: int) -> str | None:
        """'his Turkish counterpart': the person of that country holding an office like his."""
        owner = next((self.resolve(block, c, depth + 1) for c in token.children if c.dep_ == "poss"), None)
        countries = [k for k in self.modifiers(block, token, depth) if self.cls(k) == "Country"]
        if not countries:
            return None
        groups = _counterpart_groups()
        owner_titles = {c.title for c in self.offices if c.person == owner}
        alike = frozenset().union(*(groups.get(t, frozenset({t})) for t in owner_titles)) if owner_titles else None
        holders = {c.person for c in self.offices if c.of == countries[0] and c.person != owner
                   and (alike is None or c.title in alike)}
        if not holders:  # nobody of that country holds such an office in the article: the country itself
            return countries[0]
        return holders.pop() if len(holders) == 1 else None
