"""Stage 6a: trigger frames. A trigger word (kg/data/events.json) and the slots around it in the
dependency parse (subject, object, possessor, modifiers, prepositions), resolved to entities."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from .attributes import parse_quantity
from .instruments import INSTRUMENT
from .groups import VESSEL
from .lexicon import Trigger, lexicon, speech_verbs
from .namekeys import GOVERNMENTS
from .refer import ACTOR_CLASSES, Referents, own_subject_before
from .slots import (
    PREDICATIVE,
    below,
    for_clause,
    objects_with_preps,
    predicative_complement,
    to_clause,
    verb_object,
)
from .syntax import (
    affected_party,
    attributes_a_label,
    future_or_modal,
    negated,
    with_infinitive,
    agent_of_passive,
    clause_subject,
    left_of_noun,
    named_members,
    prep_object,
    prepositions_of,
)

ENTITY_ROLES = ("agent", "counterpart", "target", "item", "place")
ROLE_CLASSES = {"agent": ACTOR_CLASSES, "counterpart": ACTOR_CLASSES, "target": ACTOR_CLASSES,
                "item": {"Product", "Organization"}, "place": {"Place", "Country"}}

@dataclass
class _Draft:
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
        if key and key not in self.roles.setdefault(role, []):
            self.roles[role].append(key)


def frames(block: int, token, refs: Referents) -> list[_Draft]:
    triggers, support_verbs, _ = lexicon()
    out = []
    lemma = token.lemma_.lower()
    for trigger in triggers:
        if lemma not in trigger.lemmas or not _pos_ok(token, trigger.pos):
            continue
        obj = verb_object(token) if trigger.pos == "VERB" else None
        if trigger.predicative:
            complement = predicative_complement(token, obj)
            if complement is None:
                continue
            obj = obj if obj is not None and obj != complement else next(
                (c for c in token.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")), None)
        if trigger.object_lemmas:
            obj = next((o for o in objects_with_preps(token, obj) if o.lemma_.lower() in trigger.object_lemmas), None)
            if obj is None:
                continue
        if obj is not None and (obj.lemma_.lower() in trigger.not_objects or obj.lower_ in trigger.not_objects):
            continue
        if trigger.particles and not any(c.lower_ in trigger.particles and c.dep_ in ("prt", "prep") for c in token.children) \
                and not for_clause(token, trigger.particles) and not to_clause(token, trigger.particles):
            continue
        if trigger.companions and not any(t.lemma_.lower() in trigger.companions for t in below(token, trigger.companion_depth)):
            continue
        if trigger.no_complement and any(t.lemma_.lower() in PREDICATIVE for t in below(token, 5)):
            continue
        if trigger.person_object and trigger.pos == "VERB" and obj is None and token.dep_ not in ("acl", "amod") \
                and "target" in trigger.requires and trigger.slots.get("object") == "target":
            continue  # "X returned home": no one is returned (an intransitive use gives no release)
        if trigger.infinitive is not None and trigger.infinitive != with_infinitive(token):
            continue  # "warned X to leave" (advice) and "warned X of consequences" (a threat)
        if (trigger.only_future and not future_or_modal(token)) or (trigger.only_negated and not negated(token)):
            continue  # "will not tolerate", "will be held to account": promises, not reports
        if trigger.pos == "ADJ" and _reported(token):
            continue  # "told X that the US was concerned over ...": the concern is what was told, one statement
        if token.dep_ in ("compound", "amod") and lemma in trigger.not_modifier:
            continue  # "an opposition group", "opposition leaders": no one opposes anything
        if trigger.cls == "Statement" and attributes_a_label(token):
            continue  # "over what they described as X": wording attributed inside another event
        if trigger.cls == "Statement" and token.tag_ == "VBG" and token.dep_ == "pcomp" and (
                token.head.lower_ == "for" or token.head.lower_ == "in" and token.head.head.pos_ == "NOUN"):
            continue  # "arrested for reporting", "their jobs in reporting": a reason or an activity, no statement
        if trigger.cls == "Statement" and token.dep_ == "xcomp" and token.head.lemma_.lower() == "vote":
            continue  # "voted to demand that X ...": the demand is what the vote (a Legislation) says
        draft = _Draft(trigger, block, token, confidence=trigger.confidence)
        _fill(draft, token, obj, refs, support_verbs | trigger.support)
        out.append(draft)
    overridden = {cls for d in out for cls in d.trigger.overrides}
    return [d for d in out if d.trigger.cls not in overridden]


def _reported(token) -> bool:
    """The word is in the reported clause of a speech verb ('said that ...')."""
    speech = speech_verbs() | {"inform"}
    return any(a.dep_ == "ccomp" and a.head.lemma_.lower() in speech for a in [token, *token.ancestors])


def _pos_ok(token, pos: str) -> bool:
    if pos == "VERB":
        return token.pos_ == "VERB"
    if pos == "ADJ":  # "is deeply concerned by", tagged an adjective or a passive participle (not "this concerns X")
        return token.pos_ in ("ADJ", "VERB") and (token.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in token.children))
    return token.pos_ in ("NOUN", "PROPN")


def _fill(draft: _Draft, token, obj, refs: Referents, support_verbs) -> None:
    slots, block = draft.trigger.slots, draft.block
    preps = []  # (preposition, object token)
    if draft.trigger.pos in ("VERB", "ADJ"):
        passive = (draft.trigger.pos == "VERB" and any(c.dep_ in ("nsubjpass", "agent") for c in token.children)) or (
            token.tag_ == "VBN" and token.dep_ in ("acl", "amod"))  # "Americans detained abroad": no subject of its own
        subject = agent_of_passive(token) if passive else clause_subject(token)
        _assign(draft, slots.get("subject"), subject, refs)
        if obj is None and token.dep_ == "acl" and token.tag_ == "VBN":  # "Americans detained by Turkey"
            obj = token.head
        if "object" in slots:  # with object_lemmas, only an object that is an entity ("passed the X Act")
            _assign_object(draft, slots["object"], obj, refs)
            for other in (c for c in token.children if c.dep_ == "dobj" and obj is not None and c.i > obj.i):
                if not draft.roles.get(slots["object"]):  # "sanctioning an advisor of X, NAME": the name parsed
                    _assign_object(draft, slots["object"], other, refs)  # as a second object
        if obj is not None and "object_owner" in slots and not draft.roles.get(slots["object_owner"]):
            _assign_owner(draft, slots["object_owner"], obj, refs)  # "condemns the regime's detention of ..."
        for child in token.children:  # "sell Poland helicopters"
            if child.dep_ == "dative" and "dative" in slots:
                _assign(draft, slots["dative"], child, refs)
        # "called for G7 action" (the verb's prepositions), "raised concerns over Iran's program" (the object's)
        for slot, head in (("prep_object_owner", token), ("object_prep_owner", obj)):
            for preposition, pobj in prepositions_of(head) if head is not None else ():
                role = slots.get(slot, {}).get(preposition)
                if role:
                    _assign(draft, role, pobj, refs)
                    if not draft.roles.get(role):
                        _assign_owner(draft, role, pobj, refs)
        preps += prepositions_of(token)
        if obj is not None and not draft.trigger.object_lemmas:  # "bought S-400 systems from Russia"
            for noun in (obj, *obj.conjuncts):  # "provide arms, aid and support to Ukraine": parsed onto "support"
                preps += [(p, o) for p, o in prepositions_of(noun) if p in slots.get("preps", {}) and p not in ("of", "in", "at")]
        if obj is not None and draft.trigger.object_lemmas:
            preps += prepositions_of(obj)
            for _, inner in (p for p in prepositions_of(obj) if p[0] == "of"):  # "a memorandum of understanding with X"
                preps += [(p, o) for p, o in prepositions_of(inner) if p in ("with", "between")]
            _modifiers(draft, obj, refs, slots.get("modifiers", {}))
            for child in obj.children:  # "the S-400 purchase agreement"
                if child.dep_ == "compound":
                    _modifiers(draft, child, refs, slots.get("modifiers", {}))
    else:
        shared = [*token.head.children] if token.dep_ == "conj" and token.head.pos_ == "NOUN" else []
        for child in [*token.children, *left_of_noun(token), *shared]:  # "X's harassment and detention of Y": X's
            if child.dep_ == "poss" and not draft.roles.get(slots.get("poss")):
                # "Navalny's arrest" (the target) but "Russia's seizure of the tanker" (the agent)
                owner = "Country" if child.lemma_.lower() in GOVERNMENTS else refs.cls(refs.resolve(block, child))
                role = slots.get("poss_by_class", {}).get(owner, slots.get("poss"))  # "the regime's arrests": its own
                subject = own_subject_before(child) if child.lower_ == "their" and role == "target" else None
                # "A and B have not received ... during their detention": both are held
                _assign(draft, role, subject if subject is not None and subject.conjuncts else child, refs)
        _modifiers(draft, token, refs, slots.get("modifiers", {}))
        carrier = token.head if token.dep_ == "compound" and token.head.lemma_.lower() in CARRIERS else token
        preps += [(p, o) for p, o in prepositions_of(token) if p != "of"]
        if carrier is not token:  # "announced an aid package for Ukraine": the package's slots are the aid's
            preps += [(p, o) for p, o in prepositions_of(carrier) if p != "of"]
        for deed in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"):  # "the sentence imposed against X"
            preps += [(p, o) for p, o in prepositions_of(deed) if p in ("against", "on")]
        for p, o in prepositions_of(token):  # "restrictions on flights to Cuba": Cuba
            if p in slots.get("prep_preps", {}) and refs.resolve(block, o) is None:
                for inner, party in prepositions_of(o):
                    _assign(draft, slots["prep_preps"][p].get(inner), party, refs)
        of = prep_object(token, "of")
        if of is None and token.dep_ == "conj" and token.head.pos_ == "NOUN":
            of = prep_object(token.head, "of")  # "the removal and arrest of X": coordinated nouns share it
        if of is not None and "object" in slots:
            _assign(draft, slots["object"], of, refs)
            if "object_owner" in slots and not draft.roles.get(slots["object_owner"]):
                _assign_owner(draft, slots["object_owner"], of, refs)  # "the enactment of Uganda's X Act"
            preps += [(p, o) for p, o in prepositions_of(of) if p in ("by", "in")]  # "the arrest of X by Y in Z": parsed onto X
        elif of is not None and "of" in slots.get("preps", {}):
            preps.append(("of", of))  # "a meeting of the Council": whose meeting
        head = carrier.head
        if carrier.dep_ == "pobj" and head.lower_ == "in":  # "engaged in the shipment of oil": who engaged ships it
            head, token_dep = head.head, "dobj"
            if head.ent_type_ == "MONEY" and head.dep_ == "dobj":  # "pledged $2 billion in aid": who pledged
                head = head.head
        else:
            token_dep = carrier.dep_
        if token_dep in ("dobj", "nsubjpass") and head.lemma_.lower() in support_verbs:
            doer = slots.get("support_subject", "agent")  # "approved the sale of X to Y": the seller approves
            if not draft.roles.get(doer):  # "Iran issued arrest warrants": who does it
                _assign(draft, doer, clause_subject(head), refs)
            preps += prepositions_of(head)
    for preposition, channel in prepositions_of(token) if draft.trigger.channels else ():
        if preposition in ("in", "during") and channel.lemma_.lower() in draft.trigger.channels:
            for inner, party in prepositions_of(channel):  # "said in an interview with Reuters"
                if inner in ("with", "to"):
                    _assign(draft, "counterpart", party, refs)
    mapping = slots.get("preps", {})
    for preposition, target in preps:
        role = mapping.get(preposition)
        if role == "participants":
            parties = [target, *target.conjuncts]
            _assign(draft, "agent", parties[0], refs, with_conjuncts=False)
            for other in parties[1:]:
                _assign(draft, "counterpart", other, refs, with_conjuncts=False)
        elif role and role != "topic":
            before = len(draft.roles.get(role, []))
            _assign(draft, role, target, refs)
            if role == "target" and draft.trigger.cls == "Sanction" and len(draft.roles.get(role, [])) == before \
                    and refs.resolve(block, target) is None:
                _assign_owner(draft, role, target, refs)  # "sanctions on Venezuela's oil sector": on Venezuela
    if draft.trigger.symmetric and len(draft.roles.get("agent", [])) > 1 \
            and not draft.roles.get("counterpart"):  # "Japan and Australia signed a pact"
        first, *others = draft.roles["agent"]
        draft.roles["agent"], draft.roles["counterpart"] = [first], others
    item_mods = slots.get("item_modifiers")
    if item_mods:
        for item_token in _item_tokens(token, obj):
            for key in refs.modifiers(block, item_token):
                role = item_mods.get(refs.cls(key))
                if role and key not in draft.roles.get("agent", []) and key not in draft.roles.get("item", []):
                    draft.add(role, key)
    for item_token in _item_tokens(token, obj):
        numbers = [item_token] + [c for c in item_token.children if c.dep_ == "nummod"]
        for number in numbers:
            if number.like_num and (block, number.i) not in refs.mention_at and draft.quantity is None:
                draft.quantity = parse_quantity(" ".join(t.text for t in number.subtree if t.i <= number.i))
    if (draft.trigger.cls == "Threat" or draft.trigger.cls == "Statement" and draft.trigger.pos in ("VERB", "ADJ")) \
            and not draft.roles.get("target"):
        _content_target(draft, token, refs)  # "warned that Tehran would pay", "pleased that X agreed", "a warning ..."
        if not draft.roles.get("target") and obj is not None and token.lemma_.lower() in _REPORTING:
            for by in (t for t in obj.subtree if t.lower_ == "by" and t.dep_ == "agent" or
                       t.lower_ == "by" and t.dep_ == "prep" and t.head.pos_ == "NOUN"):
                for party in (c for c in by.children if c.dep_ == "pobj"):  # "report abuses by X": about X
                    _assign(draft, "target", party, refs)
        if not draft.roles.get("target") and obj is not None and obj.lemma_.lower() in _NEEDS:
            for p, party in prepositions_of(obj):  # "underscored the need for Libya's leaders to ..."
                if p == "for":
                    _assign(draft, "target", party, refs)
    if draft.trigger.cls == "Legislation" and not draft.roles.get("target"):
        # "a resolution demanding that Russia withdraw", "voted to demand that Russia withdraw": aimed at Russia
        _content_target(draft, obj if obj is not None else token, refs)
    affected = slots.get("affected")
    if affected and not draft.roles.get(affected):  # "Turkey would not be deterred by possible sanctions"
        _assign(draft, affected, affected_party(token), refs)


def _item_tokens(token, obj):
    out = []
    for candidate in (obj, prep_object(token, "of"), prep_object(token, "for")):
        if candidate is not None:
            out.append(candidate)
            inner = prep_object(candidate, "of")
            if candidate.like_num and inner is not None:
                out.append(inner)
    return out


def _assign(draft: _Draft, role: str | None, token, refs: Referents, with_conjuncts: bool = True,
            classes: set[str] | None = None) -> None:
    """Resolve a slot (and its conjuncts) to entities of the classes the role takes."""
    if not role or token is None:
        return
    allowed = classes or ROLE_CLASSES.get(role)
    for t in [token, *token.conjuncts] if with_conjuncts else [token]:
        if role == "item" and t.pos_ == "PRON":
            continue  # "denied it": "it" stands for a claim far more often than for a company
        key = refs.resolve(draft.block, t)
        sides = refs.sides(t) if key is None else []
        if sides:  # "called on both sides to ...": the article's two countries
            for side in sides:
                draft.add(role, side)
            continue
        if key is None:
            if t.tag_ == "NNS" or t.pos_ == "PRON":  # "allies such as Germany", "those responsible, like X"
                for member in named_members(t):
                    _assign(draft, role, member, refs, classes=allowed)
            continue
        if allowed and refs.cls(key) not in allowed and allowed <= _PEOPLE:
            key = refs.held_people(draft.block, t) or key  # "They are being held by X": the people "they" are
        if allowed and refs.cls(key) not in allowed and not key.startswith(VESSEL):  # ships are held like people
            continue
        draft.via_reference |= refs.mention_at.get((draft.block, t.i)) is None
        draft.add(role, key)
        parties = refs.represented_all(draft.block, t) if refs.cls(key) == "Group" else []
        if len(parties) > 1:  # "Japanese and South Korean officials met": the states, each a party
            draft.roles[role].remove(key)
            for party in parties:
                draft.add(role, party)
        elif refs.cls(key) == "Group":  # "German officials said": the officials, and Germany they speak for
            party = refs.represented(draft.block, t)
            if party and party not in draft.roles.get(role, []):
                draft.add(role, party)
            for member in named_members(t):  # "three entities, including A and B": A and B too
                _assign(draft, role, member, refs, classes=allowed)


_PEOPLE = {"Person", "Group"}
CARRIERS = frozenset({"package", "packages", "programme", "program", "tranche"})  # "an aid package", "a sanctions package"
_NEEDS = frozenset({"need", "importance", "necessity", "urgency"})  # "stressed the need for X to act": aimed at X
_REPORTING = frozenset({"report", "allege", "document", "describe", "detail", "recount"})  # "report abuses by X"


def _content_target(draft: _Draft, verb, refs: Referents) -> None:
    """What a statement is about, as event data codes it: the first actor of the reported
    clause other than the speaker ("Pompeo said Iran shot the plane down" -> Iran)."""
    speakers = refs.own_side([*draft.roles.get("agent", []), *draft.roles.get("counterpart", [])])  # and their states
    clauses = ("ccomp", "xcomp", "advcl") if verb.pos_ != "NOUN" else ("acl", "ccomp")  # "a warning that X would ..."
    for clause in (c for c in verb.children if c.dep_ in clauses and (verb.pos_ != "NOUN" or c.pos_ in ("VERB", "AUX"))):
        if clause.dep_ == "advcl" and not any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
            continue  # only "calling for X to ...", not "said X, adding ..." or "when ..."
        if verb.pos_ == "NOUN" and clause.tag_ == "VBN":
            continue  # "a resolution co-sponsored by 80 states": who backs it, not what it is about
        subject = clause_subject(clause)
        tokens = ([subject] if subject is not None and subject.i > verb.i - 1 else []) + list(clause.subtree)
        for t in tokens:
            key = refs.resolve(draft.block, t) if t.pos_ in ("PROPN", "NOUN", "PRON", "ADJ") else None
            if key and key not in speakers and refs.cls(key) in ACTOR_CLASSES:
                draft.add("target", key)
                party = refs.represented(draft.block, t) if refs.cls(key) == "Group" else None
                if party not in speakers:  # "said US troops must leave": the troops, and the US
                    draft.add("target", party)
                draft.confidence -= 0.1
                return


def _assign_object(draft: _Draft, role: str, obj, refs: Referents) -> None:
    """The object fills its role; a place object of a visit fills the place."""
    if obj is None:
        return
    trigger = draft.trigger
    if trigger.place_object:
        key = refs.resolve(draft.block, obj)
        if refs.cls(key) == "Place":
            draft.add("place", key)
            return
    _assign(draft, role, obj, refs, classes=_PEOPLE if trigger.person_object else None)


def _assign_owner(draft: _Draft, role: str, noun, refs: Referents) -> None:
    """Whose thing a noun is: its possessor, an entity modifier, or its 'of'/'by' object
    ("the Lukashenka regime's harassment", "Chinese actions", "the announcement by Tatar")."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return
    candidates = [c for c in noun.children if c.dep_ == "poss"]
    candidates += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    candidates += [o for p, o in prepositions_of(noun) if p in ("of", "by", "from")]
    for deed in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):  # "actions taken by the UK"
        candidates += [o for p, o in prepositions_of(deed) if p == "by"]
    for candidate in candidates:
        before = len(draft.roles.get(role, []))
        _assign(draft, role, candidate, refs)
        if len(draft.roles.get(role, [])) > before:
            draft.confidence -= 0.05
            return


def _modifiers(draft: _Draft, token, refs: Referents, by_class: dict) -> None:
    voice, foreign = refs.found.voice, draft.trigger.slots.get("foreign_modifiers", {})
    for key in refs.modifiers(draft.block, token):
        role = by_class.get(refs.cls(key))
        if voice and key != voice and refs.cls(key) in foreign:  # a U.S. release on "the Zimbabwe sanctions program"
            role = foreign[refs.cls(key)]
        if role and key not in sum(draft.roles.values(), []):
            draft.add(role, key)


def implied_purchases(drafts: list[_Draft]) -> list[_Draft]:
    """Signing an agreement for a product is buying it from the other signer."""
    out = []
    for d in drafts:
        if d.trigger.implies_purchase_of_item and [k for k in d.roles.get("item", []) if not k.startswith(INSTRUMENT)]:
            purchase = _Draft(replace(d.trigger, id=d.trigger.id + "+purchase", cls="Purchase", requires=()),
                              d.block, d.token, {k: list(v) for k, v in d.roles.items()},
                              d.quantity, d.modality, d.confidence - 0.1, d.via_reference)
            out.append(purchase)
    return out


def merge_drafts(drafts: list[_Draft]) -> list[_Draft]:
    """Frames of one class in a sentence whose roles agree tell one event:
    "the detention of X, ... detained by Turkey"."""
    out: list[_Draft] = []
    for draft in drafts:
        twin = next((o for o in out if o.trigger.cls == draft.trigger.cls and _agree(o.roles, draft.roles)), None)
        if twin is None:
            out.append(draft)
            continue
        for role, keys in draft.roles.items():
            for key in keys:
                twin.add(role, key)
        twin.merged_tokens |= {draft.token.i} | draft.merged_tokens
        twin.quantity = twin.quantity or draft.quantity
        twin.confidence = max(twin.confidence, draft.confidence)
        if draft.modality != "Asserted":
            twin.modality = draft.modality
    return out


def _agree(a: dict, b: dict) -> bool:
    return all(not (a.get(r) and b.get(r)) or set(a[r]) & set(b[r]) for r in ("agent", "counterpart", "target", "item"))
