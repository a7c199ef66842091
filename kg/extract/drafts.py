"""Stage 6a (slots): an event draft and how its slots are filled: a parse token resolved to the
entities its role takes, through conjuncts, listed members, the states representatives act for,
owners ("Russia's seizure of X") and reported clauses ("said Iran shot the plane down")."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ..data import load_json, word_set
from .groups import VESSEL
from .lexicon import Trigger, content_verbs, performs
from .namekeys import armed_forces_state
from .refer import ACTOR_CLASSES, Referents
from .media import platform_modifiers
from .mood import future_or_modal
from .coordination import buried_conjuncts, colon_list, described_name, held_by_name, listed_names, named_members
from .syntax import clause_subject, deed_patients, prep_object, prepositions_of

ENTITY_ROLES = ("agent", "counterpart", "target", "item", "place")
ROLE_CLASSES = {"agent": ACTOR_CLASSES, "counterpart": ACTOR_CLASSES, "target": ACTOR_CLASSES,
                "item": {"Product", "Organization"}, "place": {"Place", "Country"}}

_PEOPLE = {"Person", "Group"}
CARRIERS = frozenset({"package", "packages", "programme", "program", "tranche"})  # "an aid package", "a sanctions package"


@dataclass
class Draft:
    """One frame's reading of a trigger word: its roles so far, modality, confidence."""
    trigger: Trigger
    block: int
    token: object
    roles: dict[str, list[str]] = field(default_factory=dict)
    quantity: Decimal | None = None
    modality: str = "Asserted"
    confidence: float = 0.8
    via_reference: bool = False
    merged_tokens: set[int] = field(default_factory=set)  # triggers of frames merged into this one

    def add(self, role: str, key: str | None):
        """Add an entity key to a role once."""
        if key and key not in self.roles.setdefault(role, []):
            self.roles[role].append(key)


def item_tokens(token, obj):
    """Tokens that may name what changes hands: the object, the trigger's 'of'/'for' objects, and
    what a count counts ("two of the jets")."""
    out = []
    for candidate in (obj, prep_object(token, "of"), prep_object(token, "for")):
        if candidate is not None:
            out.append(candidate)
            inner = prep_object(candidate, "of")
            if candidate.like_num and inner is not None:
                out.append(inner)
    return out


def assign(draft: Draft, role: str | None, token, refs: Referents, with_conjuncts: bool = True,
            classes: set[str] | None = None, depth: int = 0) -> None:
    """Resolve a slot (and its conjuncts) to entities of the classes the role takes; members of
    members ("allies such as those of X") a few levels down at most."""
    if not role or token is None or depth > 4:
        return
    allowed = classes or ROLE_CLASSES.get(role)
    for t in [*_headline_pair(token), *buried_conjuncts(token), token, *token.conjuncts, *_titled_list(token),
              *listed_names(token)] \
            if with_conjuncts else [token]:  # each in the order the text names them
        t = held_by_name(t) or (described_name(t) if role == "target" and draft.trigger.cls == "Transfer" else None) or t
        # "X, one of five Americans released by Y": the named one is who is freed
        if role == "item" and t.pos_ == "PRON":
            continue  # "denied it": "it" stands for a claim far more often than for a company
        key = refs.resolve(draft.block, t) or (_leader(draft.block, t, refs) if role == "target" else None)
        sides = refs.sides(t, draft.block) if key is None or refs.cls(key) == "Group" else []
        if sides:  # "called on both sides to ...": the article's two countries
            for side in sides:
                draft.add(role, side)
            continue
        if key is None:
            if t.tag_ == "NNS" or t.pos_ == "PRON":  # "allies such as Germany", "those responsible, like X"
                for member in named_members(t):
                    assign(draft, role, member, refs, classes=allowed, depth=depth + 1)
            continue
        if allowed and allowed <= _PEOPLE and (refs.cls(key) not in allowed or t.pos_ == "PRON" and refs.captor(key)):
            key = refs.held_people(draft.block, t) or key  # "They are being held by X": the people "they" are
            if refs.captor(key):  # "Police arrested A. They are being held": not the police
                continue
        if allowed and refs.cls(key) not in allowed and not key.startswith(VESSEL) \
                and not (allowed <= _PEOPLE and _bare_surname(t, key, refs, draft.trigger)):  # ships are held like people
            continue
        draft.via_reference |= refs.mention_at.get((draft.block, t.i)) is None
        draft.add(role, key)
        for other in refs.conjoined.get((draft.block, t.i), ()):  # "Chile and Peru met. They signed": both
            draft.add(role, other)
        draft.add(role, armed_forces_state(key))  # "the Iranian navy seized": the navy, and Iran it acts for
        parties = refs.represented_all(draft.block, t) if refs.cls(key) == "Group" else []
        if len(parties) > 1:  # "Japanese and South Korean officials met": the states, each a party
            draft.roles[role].remove(key)
            for party in parties:
                draft.add(role, party)
        elif refs.cls(key) == "Group":  # "German officials said": the officials, and Germany they speak for
            if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
                   and not any(d.dep_ == "det" for d in c.children) for c in t.children):
                draft.roles[role].remove(key)  # "their two leaders, A and B": the names are who they are
            party = refs.represented(draft.block, t)
            if party and party not in draft.roles.get(role, []):
                draft.add(role, party)
            for member in named_members(t):  # "three entities, including A and B": A and B too
                assign(draft, role, member, refs, classes=allowed)
        else:  # "freed three foreigners: A, B and C" (the parser hangs A on the noun as an apposition)
            for member in colon_list(t):
                if member.i != t.i:
                    assign(draft, role, member, refs, with_conjuncts=False, classes=allowed)


@lru_cache(maxsize=1)
def _leading_participles() -> frozenset[str]:
    return frozenset(load_json("events.json")["leading_participles"])


def _leader(block: int, noun, refs: Referents) -> str | None:
    """The actor leading or running a body no entity names ("the BJP-led government": the BJP); for
    a target only: who speaks or acts for "the Hamas-run ministry" is the ministry's own matter."""
    for participle in (c for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_ in _leading_participles()):
        for party in (c for c in participle.children if c.dep_ in ("npadvmod", "compound", "nmod")):
            key = refs.resolve(block, party)
            if key and refs.cls(key) in ACTOR_CLASSES:
                return key
    return None


def _titled_list(token) -> list:
    """'Presidents A of Chile and B of Peru': the names a plural title lists, after the first."""
    if token.tag_ != "NNPS" and token.tag_ != "NNS":
        return []
    return [c for a in token.children if a.dep_ == "appos" and a.pos_ == "PROPN" for c in a.conjuncts]


def _headline_pair(token) -> list:
    """'Turkey, Iraq sign water deal': a headline joins its subjects with a comma, and the parser
    hangs the first on the verb; it comes before the subject it is joined to."""
    if token.dep_ != "nsubj" or token.left_edge.i < 2 or token.sent[-1].is_punct:  # the sentence looked up last: it costs most
        return []
    doc = token.doc
    first = doc[token.left_edge.i - 2]
    return [first] if doc[token.left_edge.i - 1].text == "," and first.head == token.head and \
        first.dep_ == "npadvmod" and first.pos_ == "PROPN" else []


def content_target(draft: Draft, verb, refs: Referents) -> None:
    """What a statement is about, as event data codes it: the first actor of the reported
    clause other than the speaker ("Pompeo said Iran shot the plane down" -> Iran)."""
    # the speaker's own side, and the addressee (not the addressee's state: "told his Israeli counterpart that Israeli
    # strikes must stop" is about Israel)
    speakers = refs.own_side(draft.roles.get("agent", [])) | set(draft.roles.get("counterpart", []))
    told = told_to_act(draft, verb, refs)
    if told:  # "told Iran to free the sailors": aimed at the one told to act, not at the sailors
        draft.add("target", told)
        return
    clauses = ("ccomp", "xcomp", "advcl") if verb.pos_ != "NOUN" else ("acl", "ccomp", "relcl")  # "a warning that X would"
    for clause in (c for c in verb.children if c.dep_ in clauses and (verb.pos_ != "NOUN" or c.pos_ in ("VERB", "AUX"))):
        if clause.dep_ == "relcl" and not _tells_content(clause):
            continue  # "a bill that would bar arms sales to X" says what it does; "a bill that passed the House" does not
        if clause.dep_ == "advcl" and not any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
            continue  # only "calling for X to ...", not "said X, adding ..." or "when ..."
        if verb.pos_ == "NOUN" and clause.tag_ == "VBN" and not any(m.dep_ == "mark" for m in clause.children):
            continue  # "a resolution co-sponsored by 80 states": who backs it, not what it is about
        subject = clause_subject(clause)
        tokens = ([subject] if subject is not None and subject.i > verb.i - 1 else []) + list(clause.subtree)
        acted_on = deed_patients(subject) if subject is not None else set()
        if subject is not None and performs(subject):  # 'said: "Beijing condemns X's move"': Beijing speaks, X is judged
            acted_on |= {t.i for t in subject.subtree}
        if (subject is None or subject.i < verb.i) and verb.pos_ == "NOUN":  # "an ultimatum to withdraw from Kuwait":
            tokens = [t for t in tokens if not _place_left(t)]  # the place left is not who is told to leave it
        for t in (t for t in tokens if t.i not in acted_on):
            key = refs.resolve(draft.block, t) if t.pos_ in ("PROPN", "NOUN", "PRON", "ADJ") else None
            if key and fuller_party(draft.block, t, key, refs):
                continue  # "sanctions on Chinese officials": the officials (and their state), not only "Chinese"
            if key and key not in speakers and refs.cls(key) in ACTOR_CLASSES:
                draft.add("target", key)
                head = t.head if t.dep_ == "compound" and refs.resolve(draft.block, t.head) == key else t
                for other in (refs.resolve(draft.block, c) for c in head.conjuncts):  # "to strike Seoul and Washington"
                    if other and other not in speakers and refs.cls(other) in ACTOR_CLASSES:
                        draft.add("target", other)
                party = refs.represented(draft.block, t) if refs.cls(key) == "Group" else None
                if party not in speakers:  # "said US troops must leave": the troops, and the US
                    draft.add("target", party)
                draft.confidence -= 0.1
                return


def told_to_act(draft: Draft, verb, refs: Referents) -> str | None:
    """The addressee a verb tells to act ("advised Japan to withdraw", "reminded X to pay"): the
    object that controls the verb's to-infinitive, if it is an actor other than the speaker's side."""
    if verb.pos_ == "NOUN" or not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                                      for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    key = refs.resolve(draft.block, obj) if obj is not None else None
    own = refs.own_side(draft.roles.get("agent", []))
    return key if key and key not in own and refs.cls(key) in ACTOR_CLASSES else None


def _place_left(token) -> bool:
    """The object of a verb's 'from'/'out of' phrase ("withdraw from Kuwait", "pull out of Syria"): where one leaves
    (not "imports from Iran": whose goods)."""
    preposition = token.head
    return token.dep_ == "pobj" and (preposition.lower_ == "from" and preposition.head.pos_ in ("VERB", "AUX")
                                     or preposition.lower_ == "of" and preposition.head.lower_ == "out")


def fuller_party(block: int, modifier, key: str, refs: Referents) -> bool:
    """The state modifying a noun that names a group of its own ("Chinese officials", "U.S. troops"), which the caller
    meets next (not "Meta and other companies": a party of its own)."""
    if modifier.dep_ not in ("amod", "compound") or modifier.head.pos_ not in ("NOUN", "PROPN") or refs.cls(key) != "Country":
        return False
    head = refs.resolve(block, modifier.head)
    return head is not None and head != key and refs.cls(head) == "Group"


def _tells_content(relative) -> bool:
    """A relative clause that says what a text or statement does: a modal ('that would bar'), or a verb of aim."""
    return relative.lemma_.lower() in content_verbs() or future_or_modal(relative)


def _bare_surname(token, key: str, refs: Referents, trigger: Trigger) -> bool:
    """A lone capitalised word the tagger took for an unknown organisation or a town, where only a person can be:
    arrested, jailed, taken into custody ("police arrested Angasi"): a surname (one-word organisations are in the
    gazetteer; acronyms are no names)."""
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    unknown = refs.cls(key) == "Organization" and key.startswith("organization:") or refs.cls(key) == "Place"
    return unknown and token.pos_ == "PROPN" \
        and not token.is_upper and not any(c.dep_ in ("compound", "det") for c in token.children) \
        and verb is not None and (verb.lemma_.lower() in word_set("events.json", "arrest_verbs")
                                  or trigger.cls == "Detention" and bool(trigger.companions))  # "took X into custody"


def assign_object(draft: Draft, role: str, obj, refs: Referents) -> None:
    """The object fills its role; a place object of a visit fills the place."""
    if obj is None:
        return
    trigger = draft.trigger
    if trigger.place_object:
        key = refs.resolve(draft.block, obj)
        if refs.cls(key) == "Place":
            draft.add("place", key)
            return
    assign(draft, role, obj, refs, classes=_PEOPLE if trigger.person_object else None)


def assign_owner(draft: Draft, role: str, noun, refs: Referents) -> None:
    """Whose thing a noun is: its possessor, an entity modifier, or its 'of'/'by' object
    ("the Lukashenka regime's harassment", "Chinese actions", "the announcement by Tatar")."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return
    candidates = [c for c in noun.children if c.dep_ == "poss"]
    candidates += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    candidates += [o for p, o in prepositions_of(noun) if p in ("of", "by", "from")]
    for deed in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):  # "actions taken by the UK"
        candidates += [o for p, o in prepositions_of(deed) if p == "by"]
    candidates += _misplaced_doer(noun)
    for candidate in candidates:
        before = len(draft.roles.get(role, []))
        assign(draft, role, candidate, refs)
        if len(draft.roles.get(role, [])) > before:
            draft.confidence -= 0.05
            return


def add_modifiers(draft: Draft, token, refs: Referents, by_class: dict) -> None:
    """Roles from a noun's entity modifiers, by the modifier's class ("Russian sanctions": agent)."""
    voice, foreign = refs.found.voice, draft.trigger.slots.get("foreign_modifiers", {})
    media = platform_modifiers(token) if draft.trigger.cls == "Statement" else set()
    opposed = _anti_keys(draft.block, token, refs)
    for key in refs.modifiers(draft.block, token):
        if key in media:  # "a Twitter announcement": where it was said, not who said it
            continue
        role = by_class.get(refs.cls(key))
        if role == "agent" and key in opposed:
            role = "target"  # "anti-Russia sanctions" are against Russia, not Russia's
        if voice and key != voice and refs.cls(key) in foreign:  # a U.S. release on "the Zimbabwe sanctions program"
            role = foreign[refs.cls(key)]
        if role and key not in sum(draft.roles.values(), []):
            draft.add(role, key)
            draft.add(role, armed_forces_state(key))  # "US military aid": the military's, and the state's


def _anti_keys(block: int, noun, refs: Referents) -> set[str]:
    """Entity keys of the noun's 'anti-' modifiers ('anti-Russia sanctions', 'anti-Iran measures')."""
    doc, out = noun.doc, set()
    for child in noun.children:
        before = [doc[i].lower_ for i in range(max(child.i - 2, 0), child.i)]
        if child.i < noun.i and (before[-1:] == ["anti"] or before[-2:] == ["anti", "-"] or child.lower_.startswith("anti-")):
            key = refs.resolve(block, child)
            out |= {key} if key else set()
    return out


def _misplaced_doer(noun) -> list:
    """The 'by' phrase right after an active verb's object, which the parser hung on the verb: in
    'described the reversal by Australia as hasty' Australia made the reversal, not the description."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1
            for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
