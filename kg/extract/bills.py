"""Whom a legislative text is aimed at: the parties its participles name ("a bill aimed at X"),
what it demands ("a resolution demanding that X withdraw"), and what a clause it is the subject
of says it does ("a law that targets X", "the bill, which passed the committee, would block arms
sales to Y"). Content verbs: kg/data/bills.json."""
from __future__ import annotations


from ..data import word_set
from .drafts import Draft, assign, assign_owner, content_target, fuller_party
from .lexicon import content_verbs, legislative_texts, penalty_nouns
from .refer import ACTOR_CLASSES, Referents
from .aims import acted_on, aimed_at
from .slots import contained
from .syntax import clause_subject, prepositions_of

_RELATIVES = frozenset({"that", "which"})
_MEMBERS = word_set("bills.json", "legislator_nouns")
_EXECUTIVE_SEATS = word_set("bills.json", "executive_seats")


def subject_among(verb, lemmas) -> bool:
    """The verb's subject (or the noun its relative clause is on: "a bill that passed the House") is one of `lemmas`."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "the bill was passed by the Senate": the chamber acts, as the plain frame reads it
    subject = clause_subject(verb)
    if verb.dep_ == "relcl" and (subject is None or subject.lower_ in _RELATIVES):  # "which passed"
        subject = verb.head
    if subject is None or _executive_seat(subject):
        return False  # "the White House approved sanctions": the president's office, no chamber
    inner = contained(subject)  # "an earlier version of the bill passed"
    return subject.lemma_.lower() in lemmas or inner is not None and inner.lemma_.lower() in lemmas


def _executive_seat(noun) -> bool:
    """The noun with its compounds names a head of state's office ("White House"), not a chamber."""
    words = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i] + [noun.lower_]
    return " ".join(words) in _EXECUTIVE_SEATS


def members_body(draft: Draft, token, refs: Referents) -> None:
    """Lawmakers of a named body act as the body: "lawmakers in Slovakia's parliament approved a bill"."""
    subject = clause_subject(token) if token.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.lemma_.lower() not in _MEMBERS:
        return
    # "lawmakers in X's parliament", "... from the X party", "majorities - but not a veto-proof majority - in X"
    said = [subject, *(c for c in subject.children if c.dep_ in ("appos", "conj") and c.lemma_.lower() in _MEMBERS)]
    bodies = [body for s in said for p, body in prepositions_of(s)
              if p in ("in", "of", "from") and refs.cls(refs.resolve(draft.block, body)) == "Organization"]
    if not bodies:  # "Chinese lawmakers approved ...": the lawmakers of China
        bodies = [m for m in subject.children if m.dep_ in ("amod", "compound")
                  and refs.cls(refs.resolve(draft.block, m)) == "Country"]
    for body in bodies:  # beside the members themselves, who stay agents too ("three US senators")
        assign(draft, "agent", body, refs)


def reading_chamber(draft: Draft, token, refs: Referents) -> None:
    """The chamber of the reading or vote a text passed at acts: "passed by 300 votes on its second reading in X"."""
    if draft.roles.get("agent") or token.pos_ != "VERB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
        return  # "can be passed only by two-thirds votes in X" tells a rule, not a vote held
    for _, stage in prepositions_of(token):
        if stage.lemma_.lower() in _STAGES:
            for p, body in prepositions_of(stage):
                if p == "in" and refs.cls(refs.resolve(draft.block, body)) == "Organization":
                    assign(draft, "agent", body, refs)


_STAGES = word_set("bills.json", "stage_nouns")


def instrument_agent(draft: Draft, token, refs: Referents) -> None:
    """Who acts with a text acts through it: "imposed sanctions on X with an executive order", "by decree"."""
    if draft.roles.get("agent") or token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in _INSTRUMENTAL:
        return
    if token.head.head.pos_ == "VERB":
        assign(draft, "agent", clause_subject(token.head.head), refs)


_INSTRUMENTAL = frozenset({"with", "by", "through", "via", "under"})


def text_target(draft: Draft, token, obj, refs: Referents) -> None:
    """Fill a Legislation's target from its text, when no slot of the frame named one."""
    if draft.roles.get("target"):
        return
    for noun in (obj, token, clause_subject(token) if draft.trigger.pos == "VERB" else None):
        for party in aimed_at(noun) if noun is not None else ():  # "a bill aimed at Chinese chipmakers"
            assign(draft, "target", party, refs)
            if not draft.roles.get("target"):
                assign_owner(draft, "target", party, refs)
    if not draft.roles.get("target"):
        # "a resolution demanding that Russia withdraw", "voted to demand that Russia withdraw": aimed at Russia
        content_target(draft, obj if obj is not None else token, refs)
    for noun in _texts(token, obj):
        for verb in _content_clauses(noun, token):
            if draft.roles.get("target"):
                return
            _aimed_by_clause(draft, verb, refs)
    for noun in _texts(token, obj):
        if not draft.roles.get("target"):
            _penalised(draft, noun, refs)


def _penalised(draft: Draft, noun, refs: Referents) -> None:
    """Whom the penalties a text carries fall on: "a bill including sanctions on X", "a bill intended to
    enforce sanctions against X", "legislation with penalties aimed at X",
    "an X sanctions bill" (penalty nouns: kg/data/bills.json)."""
    side = refs.own_side(draft.roles.get("agent", []))
    for penalty in (t for t in noun.subtree if t.lemma_.lower() in penalty_nouns()):
        # "sanctions on X", "penalties aimed at X"
        parties = [o for p, o in prepositions_of(penalty) if p in ("on", "against")] + list(aimed_at(penalty))
        if penalty.dep_ == "compound" and penalty.head.i == noun.i:  # "a North Korea sanctions bill" (the name
            # parsed onto either noun)
            parties += [c for c in (*penalty.children, *noun.children) if c.dep_ == "compound" and c.pos_ == "PROPN"
                        and c.i < penalty.i]
        for party in parties:
            key = refs.resolve(draft.block, party)
            if key is None or key not in side:
                assign(draft, "target", party, refs)
                if not draft.roles.get("target"):
                    assign_owner(draft, "target", party, refs)  # "sanctions on Iran's oil sector": on Iran
        if draft.roles.get("target"):
            return


def _texts(token, obj) -> list:
    """The text nouns of the frame: its object, its subject ("the bill passed"), the noun its relative clause is on."""
    candidates = [obj, clause_subject(token) if token.pos_ in ("VERB", "AUX") else None,
                  token.head if token.dep_ in ("relcl", "acl") else None]
    if token.pos_ == "NOUN":  # "a vote on legislation that would ban X", "passage of a bill targeting X", also
        # parsed onto the verb the noun is the object of ("forced a vote on legislation ...")
        heads = [token, token.head] if token.dep_ == "dobj" else [token]
        candidates += [o for head in heads for p, o in prepositions_of(head) if p in ("on", "of", "for")]
    return [n for n in candidates if n is not None and n.lemma_.lower() in legislative_texts() | penalty_nouns()]


def _content_clauses(noun, trigger) -> list:
    """Verbs of content whose subject is the text: "a law that targets X", "the bill ... would block X"."""
    verbs = [c for c in noun.children if c.dep_ == "relcl" and (clause_subject(c) is None or clause_subject(c).lower_ in _RELATIVES)]
    if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX"):
        verbs.append(noun.head)
    # its purpose: "a bill to counter X", also parsed onto the verb that passes it ("approved bills to counter X")
    holders = [noun, trigger] if _object_of(noun, trigger) else [noun]
    verbs += [c for h in holders for c in h.children if c.dep_ in ("acl", "xcomp", "advcl") and c.i > noun.i
              and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return [v for v in verbs if v.i != trigger.i and v.lemma_.lower() in content_verbs()]


def _object_of(noun, verb) -> bool:
    """The noun is the verb's object or inside it: "approved bills", "approved a package of bills"."""
    while noun.dep_ in ("pobj", "prep", "dobj") and noun.i != verb.i:
        if noun.dep_ == "dobj":
            return noun.head.i == verb.i
        noun = noun.head
    return False


def _aimed_by_clause(draft: Draft, verb, refs: Referents) -> None:
    """The first actor the content verb's object or on/against/to phrase names, other than the text's own side."""
    side = refs.own_side(draft.roles.get("agent", []))
    phrases = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod"))]  # "to push back against X"
    phrases += [o for h in heads for p, o in prepositions_of(h) if p in ("on", "against", "to", "from")]
    # a purpose ("to counter X's influence") names its aim in the phrase's head or owner, not deeper down
    # ("to block the transfer of a maker's jets to Y": not the maker)
    purpose = any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
    tokens = [t for phrase in phrases for t in (_near(phrase) if purpose else phrase.subtree)]
    aims = [o for p, o in prepositions_of(verb) if p == "at"]  # "which is aimed at X", "... at curbing X's influence"
    tokens += [t for o in aims for phrase in (acted_on(o) if o.tag_ == "VBG" else [o]) for t in _near(phrase)]
    for t in tokens:
        key = refs.resolve(draft.block, t) if t.pos_ in ("PROPN", "NOUN", "ADJ") else None
        if key and key not in side and refs.cls(key) in ACTOR_CLASSES and not fuller_party(draft.block, t, key, refs):
            assign(draft, "target", t, refs)
            if draft.roles.get("target"):
                return


def _near(phrase) -> list:
    """A phrase's head and the names right on it: "X's influence", "the X regime"."""
    return [phrase, *(c for c in phrase.children if c.dep_ in ("poss", "compound", "amod"))]


def carried(text_verb, inner) -> bool:
    """The inner event is part of what the text does, not a clause beside it: "passed a bill to sanction X", not
    "passed a farm bill, while sanctions on X remained" or "was introduced after X vetoed a motion"."""
    for a in (inner, *inner.ancestors):
        if a.i == text_verb.i:
            return True
        if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ not in _PURPOSE_MARKS for m in a.children):
            return False
    return True


_PURPOSE_MARKS = frozenset({"so", "that", "for"})  # "so that X cannot ...", "for X to ...": the text's aim

