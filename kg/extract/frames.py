"""Stage 6a: trigger frames. A trigger word (kg/data/events.json) and the slots around it in the
dependency parse (subject, object, possessor, modifiers, prepositions), resolved to entities."""
from __future__ import annotations

from .habits import confirmed_nominee, habitual_trade, stative, venue_meetings
from .attributes import parse_quantity
from .drafts import (
    CARRIERS,
    Draft,
    add_modifiers,
    assign,
    assign_object,
    assign_owner,
    content_target,
    item_tokens,
)
from .conditions import CAUSES, aim_at_conditions, condition_subjects
from .bills import instrument_agent, members_body, reading_chamber, subject_among, text_target
from .captivity import copula_places
from .lexicon import excluded_object, lexicon, reaction_words, speech_verbs, triggers_of
from .namekeys import GOVERNMENTS
from .pronouns import own_subject_before
from .pressure import listed_onto
from .refer import ACTOR_CLASSES, Referents
from .rejected import thing_pronoun_antecedent
from .senses import goods_nouns, not_the_event
from .aims import affected_party, aimed_at, deed_owner
from .slots import (
    PREDICATIVE,
    below,
    carrier_of,
    counted,
    for_clause,
    frame_object,
    governing_verb,
    in_order_to,
    infinitive_noun,
    let_object,
    loose_dative,
    objects_with_preps,
    particle_after,
    predicative_complement,
    stray_to,
    to_clause,
)
from .mood import future_or_modal, negated, with_infinitive
from .syntax import (
    doerless_passive,
    governed_by,
    passive_conjunct,
    undergone,
    agent_of_passive,
    clause_subject,
    left_of_noun,
    prep_object,
    prepositions_of, sentence_verb_on_subject,
)


def frames(block: int, token, refs: Referents) -> list[Draft]:
    support_verbs = lexicon()[1]
    out = []
    lemma = token.lemma_.lower()
    for trigger in triggers_of(lemma):
        if not _pos_ok(token, trigger.pos):
            continue
        obj, readable = frame_object(token, trigger) if trigger.pos == "VERB" else (None, True)
        said = []  # a predicative complement: what the verb calls its object, however deep the parser hung it
        if not readable:
            continue
        if trigger.goods_subject and trigger.pos == "VERB":  # "the system from Germany arrived": what is handed over
            obj = clause_subject(token)
        if trigger.money_in and not (token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.ent_type_ == "MONEY"):
            continue  # "support for Ukraine" is a stance; "$2 billion in support for Ukraine" is money given
        if trigger.passive_only and not doerless_passive(token):
            continue  # "F-16s were delivered to Ukraine" names no giver; "Denmark delivered ..." is the provide frame's
        if obj is not None and obj.lemma_.lower() in trigger.companions and passive_conjunct(token):
            obj = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)  # "were threatened or
            # taken hostage": "hostage" says what they became; who did is the subject
        if trigger.predicative:
            complement = predicative_complement(token, obj, trigger.companions)
            if complement is None:
                continue
            said = list(complement.subtree)
            obj = obj if obj is not None and obj != complement else next(
                (c for c in token.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")), None) or next(
                (c for c in complement.children if c.dep_ == "nsubj"), None)  # "called X absurd", X parsed under it
        if trigger.object_lemmas:
            obj = next((o for o in objects_with_preps(token, obj) if o.lemma_.lower() in trigger.object_lemmas), None) \
                or thing_pronoun_antecedent(token, trigger.object_lemmas)  # "a proposal by X ... called it unacceptable"
            if obj is None:
                continue
        if excluded_object(trigger, token, obj) or trigger.cls == "Statement" and confirmed_nominee(token, obj):
            continue
        if trigger.plural and token.tag_ != "NNS":
            continue
        if governed_by(token, trigger.not_under) or habitual_trade(trigger.cls, token) or venue_meetings(trigger.cls, token):
            continue  # "bought jets amid threats from militants", "faces threats": a danger, not a threat made
        if trigger.subject_lemmas and not subject_among(token, trigger.subject_lemmas):
            continue  # "the bill passed the Senate": the text passes, the chamber it passes is who acts
        if trigger.particles and not any(c.lower_ in trigger.particles and c.dep_ in ("prt", "prep", "advmod") for c in token.children) \
                and not for_clause(token, trigger.particles) and not to_clause(token, trigger.particles) \
                and not particle_after(token, trigger.particles) \
                and not (trigger.cls == "Sanction" and listed_onto(token, trigger.particles, trigger.companions)):
            continue
        if trigger.companions and not any(t.lemma_.lower() in trigger.companions for t in below(token, trigger.companion_depth) + said):
            continue
        if any(t.lemma_.lower() in trigger.not_companions for t in below(token, trigger.companion_depth)):
            continue  # "said the options were off the table": ruled out, not threatened
        if trigger.no_complement and any(t.lemma_.lower() in PREDICATIVE for t in below(token, 5)):
            continue
        if trigger.person_object and trigger.pos == "VERB" and obj is None and token.dep_ not in ("acl", "amod") \
                and "target" in trigger.requires and trigger.slots.get("object") == "target":
            continue  # "X returned home": no one is returned (an intransitive use gives no release)
        if trigger.infinitive is not None and trigger.infinitive != with_infinitive(token):
            continue  # "warned X to leave" (advice) and "warned X of consequences" (a threat)
        if (trigger.only_future and not future_or_modal(token)) or (trigger.only_negated and not negated(token)) \
                or (trigger.not_future and future_or_modal(token)):
            continue  # "will not tolerate", "will be held to account": promises, not reports
        if (trigger.pos == "ADJ" and not trigger.only_future or trigger.cls == "Statement" and stative(token)) \
                and _reported(token):
            continue  # "told X that the US was concerned over ...", "said allies were committed to": what was told
        if token.dep_ in ("compound", "amod") and lemma in trigger.not_modifier:
            continue  # "an opposition group", "opposition leaders": no one opposes anything
        if lemma in trigger.not_progressive and token.tag_ == "VBG" and any(c.lemma_ == "be" for c in token.lefts):
            continue  # "Egypt is considering the purchase": deliberating, not saying
        if trigger.pos == "NOUN" and in_order_to(token):
            continue  # "in order to find a solution": a purpose, no order of anything
        if not_the_event(trigger, token, obj):
            continue  # "delivered a speech", "agreed that ...", "Will India buy oil?" (kg/extract/senses.py)
        draft = Draft(trigger, block, token, confidence=trigger.confidence, modality=trigger.modality or "Asserted")
        _fill(draft, token, obj, refs, support_verbs | trigger.support)
        out.append(draft)
    # a frame overrides others only with what it needs besides its agent ("welcome statements of intent to
    # this effect" hosts no one, so the welcome stays a statement); agents may come later from the release's voice
    overridden = {cls for d in out if all(d.roles.get(r) for r in d.trigger.requires if r != "agent")
                  and (not d.trigger.requires_any or any(d.roles.get(r) for r in d.trigger.requires_any))
                  for cls in d.trigger.overrides}
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


def _fill(draft: Draft, token, obj, refs: Referents, support_verbs) -> None:
    slots, block = draft.trigger.slots, draft.block
    preps = []  # (preposition, object token)
    supporter = None  # (role, support verb) of a noun's support verb, whose subject fills the role if nothing else does
    if draft.trigger.pos in ("VERB", "ADJ"):
        subject = agent_of_passive(token) if undergone(token, draft.trigger.pos == "VERB") else clause_subject(token)
        assign(draft, slots.get("subject"), subject, refs)
        if obj is None and (token.dep_ == "acl" and token.tag_ == "VBN" or token.dep_ == "amod" and token.tag_ in ("VBN", "VBD")) \
                and not sentence_verb_on_subject(token):
            obj = token.head  # "Americans detained by Turkey", "unjustly detained prisoners"; "wrongfully detained citizen X"
            obj = obj.head if obj.dep_ == "compound" else obj
            preps += [(p, o) for p, o in prepositions_of(obj) if p == "in" and token.dep_ == "amod"]  # "... prisoners in X"
        if "object" in slots:  # with object_lemmas, only an object that is an entity ("passed the X Act")
            assign_object(draft, slots["object"], obj, refs)
            for inner in counted(obj) if obj is not None and slots["object"] == "item" else ():
                if not draft.roles.get("item"):  # "sent 14 of its Challenger 2 tanks", "the first batch of F-16s"
                    assign_object(draft, "item", inner, refs)
            for other in (t for c in token.children if c.dep_ == "dobj" and obj is not None and c.i > obj.i for t in (c, *counted(c))):
                if not draft.roles.get(slots["object"]):  # "sanctioning an advisor of X, NAME", "hand Ukraine all of its
                    assign_object(draft, slots["object"], other, refs)  # jets": a second object, or what it counts
        if obj is not None and "object_owner" in slots and not draft.roles.get(slots["object_owner"]) \
                and obj.lemma_.lower() not in draft.trigger.unowned_objects:
            assign_owner(draft, slots["object_owner"], obj, refs)  # "condemns the regime's detention of ..."
        for child in token.children:  # "sell Poland helicopters"
            if child.dep_ == "dative" and "dative" in slots:
                assign(draft, slots["dative"], child, refs)
        if "actor_object" in slots and obj is not None and not draft.roles.get(slots["actor_object"]) and not any(
                p == "with" or p in ("to", "for") and refs.resolve(block, o) for p, o in prepositions_of(token)):
            # ("provided X with information": what X gets is for the with-frame's goods to say)
            assign(draft, slots["actor_object"], obj, refs, classes={"Country", "Organization"})  # "for supplying
            for key in draft.roles.get(slots["actor_object"], []):  # Russia", "arming Hezbollah": who receives
                if key in draft.roles.get("item", []):
                    draft.roles["item"].remove(key)
        if "dative" in slots and not draft.roles.get(slots["dative"]):  # "gave Ukraine 14 jets", misparsed
            receiver = loose_dative(token, obj)
            if receiver is not None and refs.cls(refs.resolve(block, receiver)) in ("Country", "Person"):
                assign(draft, slots["dative"], receiver, refs)
        noun = infinitive_noun(token) if "noun_preps" in slots else None
        for preposition, pobj in prepositions_of(noun) if noun is not None else ():
            assign(draft, slots["noun_preps"].get(preposition), pobj, refs)  # "a deal with Sweden to buy jets"
        # "called for G7 action" (the verb's prepositions), "raised concerns over Iran's program" (the object's)
        own = obj if obj is not None and (obj.head.i == token.i or obj.head.pos_ != "VERB") else None  # not a later
        inner = prep_object(own, "of") if own is not None else None  # verb's "wrote a letter to X"; "ruled out the
        for slot, head in (("prep_object_owner", token), ("object_prep_owner", own), ("object_prep_owner", inner)):
            for preposition, pobj in prepositions_of(head) if head is not None else ():  # idea of talks with X"
                role = slots.get(slot, {}).get(preposition)
                if role:
                    assign(draft, role, pobj, refs)
                    if not draft.roles.get(role):
                        assign_owner(draft, role, pobj, refs)
        _inner_parties(draft, token, refs, owners=True)  # "warned of consequences for Iran": Iran
        preps += prepositions_of(token) + (stray_to(token, obj) if "to" in slots.get("preps", {}) else [])
        if obj is not None and not draft.trigger.object_lemmas:  # "bought S-400 systems from Russia"
            for noun in (obj, *obj.conjuncts, *counted(obj)):  # "provide arms, aid and support to Ukraine": parsed
                # onto "support"; "imports most of its oil from Russia": onto what the quantity counts
                preps += [(p, o) for p, o in prepositions_of(noun) if p in slots.get("preps", {}) and p not in ("of", "in", "at")]
        if obj is not None and draft.trigger.object_lemmas:
            preps += prepositions_of(obj)
            _inner_parties(draft, obj, refs)  # "hosted a dinner in honour of X", "tightened its control on exports to X": X
            for _, inner in (p for p in prepositions_of(obj) if p[0] in ("of", "for")):  # "a memorandum of understanding
                # with X", "a deal for 36 jets with X"
                preps += [(p, o) for p, o in prepositions_of(inner) if p in ("with", "between")]
            add_modifiers(draft, obj, refs, slots.get("modifiers", {}))
            for child in obj.children:  # "the S-400 purchase agreement"
                if child.dep_ == "compound":
                    add_modifiers(draft, child, refs, slots.get("modifiers", {}))
    else:
        shared = [*token.head.children] if token.dep_ == "conj" and token.head.pos_ == "NOUN" else []
        praised = deed_owner(token)  # "congratulated Chile on its purchase of jets", "sanctioned X for the sale of Y"
        owners = [praised] if praised is not None else []
        for child in [*owners, *token.children, *left_of_noun(token), *shared]:  # "X's harassment and detention of Y": X's
            if (child.dep_ == "poss" or child.i in [o.i for o in owners]) and not draft.roles.get(slots.get("poss")):
                # "Navalny's arrest" (the target) but "Russia's seizure of the tanker" (the agent)
                owner = "Country" if child.lemma_.lower() in GOVERNMENTS else refs.cls(refs.resolve(block, child))
                role = slots.get("poss_by_class", {}).get(owner, slots.get("poss"))  # "the regime's arrests": its own
                subject = own_subject_before(child) if child.lower_ == "their" and role == "target" else None
                # "A and B have not received ... during their detention": both are held
                assign(draft, role, subject if subject is not None and subject.conjuncts else child, refs)
        add_modifiers(draft, token, refs, slots.get("modifiers", {}))
        for role in [slots.get("poss")] if owners and refs.resolve(block, owners[0]) else ():  # "sanctions on Turkey
            misread = {refs.resolve(block, c) for c in token.children if c.dep_ == "poss"} - {refs.resolve(block, owners[0])}
            draft.roles[role] = [k for k in draft.roles.get(role, []) if k not in misread]  # over its purchase": Turkey's
        if draft.trigger.doer_noun:  # "China is the largest buyer of Iranian oil", "Russia, the main supplier of arms to India"
            assign(draft, "agent", clause_subject(token.head) if token.dep_ == "attr" else token.head if token.dep_ ==
                   "appos" else next((c for c in token.children if c.dep_ == "appos"), None), refs)  # "its sponsor, X"
        carrier = carrier_of(token, CARRIERS, draft.trigger.cls == "Purchase")  # "an aid package", "three sets of
        # sanctions"; "in talks with X for the purchase of jets" (talks about sanctions impose none)
        preps += [(p, o) for p, o in prepositions_of(token) if p != "of"]
        if not any(p in ("to", "for") for p, _ in preps):  # "the sale of tanks and related support to X":
            later = [c for c in token.conjuncts if c.i > token.i]  # a receiver a later conjunct names
            preps += [(p, o) for c in later for p, o in prepositions_of(c) if p in ("to", "for")]
        if carrier is not token:  # "announced an aid package for Ukraine": the package's slots are the aid's
            preps += [(p, o) for p, o in prepositions_of(carrier) if p != "of"]
        for deed in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"):  # "the sentence imposed against X"
            light_deed = deed.lemma_.lower() in support_verbs  # "a phone call made by X to Y": all of its phrases
            preps += [(p, o) for p, o in prepositions_of(deed) if light_deed or p in ("against", "on")]
        aim = next((p for p in ("against", "on") if slots.get("preps", {}).get(p) == "target"), None)
        preps += [(aim, o) for o in aimed_at(token) if aim]  # "sanctions targeting X", "measures aimed at X"
        _inner_parties(draft, token, refs)  # "restrictions on flights to Cuba": Cuba
        of = prep_object(token, "of")
        if of is None and draft.trigger.goods_subject:  # "a package including Abrams tanks for Ukraine"
            of = prep_object(token, "including")
        if of is None and token.dep_ == "conj" and token.head.pos_ == "NOUN":
            of = prep_object(token.head, "of")  # "the removal and arrest of X": coordinated nouns share it
        by = next((o for p, o in prepositions_of(token) if p in ("by", "to", "from") and prep_object(o, "of") is not None), None)
        if of is None and by is not None and refs.resolve(block, by) is not None:  # "the purchase by Greece of frigates",
            inner = prep_object(by, "of")  # "the sale to Taiwan of tanks", parsed onto the party: the trigger's own "of", unless an actor
            of = obj = inner if inner is not None and refs.cls(refs.resolve(block, inner)) not in ACTOR_CLASSES else None
        if of is not None and "object" in slots:
            assign(draft, slots["object"], of, refs)
            if "object_owner" in slots and not draft.roles.get(slots["object_owner"]):
                assign_owner(draft, slots["object_owner"], of, refs)  # "the enactment of Uganda's X Act"
            # "the arrest of X by Y in Z", "a drawdown of equipment for X": parsed onto the "of" object
            kept = _KEPT_ON_OF.get(draft.trigger.cls, ("by", "in"))
            buyer_for = slots.get("preps", {}).get("for") in ("agent", "target")
            for noun in (of, *of.conjuncts, *counted(of)):  # "the transfer of the system and shells to Ukraine",
                # "the arrival of a shipment of bombs from X"; "the sale of 40 howitzers for Chile": the buyer
                preps += [(p, o) for p, o in prepositions_of(noun) if p in kept or p == "for" and buyer_for]
                # (not "jets for the navy")
            preps += [(p, o) for g in _for_goods(of) for p, o in prepositions_of(g) if p == "for" and buyer_for]
            # "a sale of $165 million for ammunition for Ukraine"
            for inner in counted(of) if slots["object"] == "item" and not draft.roles.get("item") else ():
                assign(draft, "item", inner, refs)  # "the delivery of the first batch of F-16s"
        elif of is not None and "of" in slots.get("preps", {}):
            preps.append(("of", of))  # "a meeting of the Council": whose meeting
        if draft.trigger.cls == "Purchase" and prep_object(token, "for") is not None:  # "an order for 12 jets with
            preps += [(p, o) for p, o in prepositions_of(prep_object(token, "for")) if p in ("from", "with")]  # X"
        head, token_dep, light = governing_verb(carrier)  # "engaged in the shipment of oil": who engaged ships it
        if token_dep in ("dobj", "nsubjpass") and (light or head.lemma_.lower() in support_verbs):
            # "approved the sale of X to Y": the seller approves; "Iran issued arrest warrants": who does it, unless
            # the noun names its own doer ("facilitated the transfer of tanks from Germany": Germany's)
            supporter = (slots.get("support_subject", "agent"), head)
            if head.lemma_.lower() == "join" and not draft.roles.get(supporter[0]):  # "joined the calls by X":
                assign(draft, supporter[0], clause_subject(head), refs)  # who joins makes them too
            preps += prepositions_of(head)
    for preposition, channel in dict.fromkeys(prepositions_of(token) + preps) if draft.trigger.channels else ():
        if preposition in ("in", "during") and channel.lemma_.lower() in draft.trigger.channels:
            for inner, party in prepositions_of(channel):  # "said in an interview with Reuters"
                if inner in ("with", "to"):
                    assign(draft, "counterpart", party, refs)
    mapping = slots.get("preps", {})
    for preposition, target in preps:
        role = mapping.get(preposition)
        if role == "participants":
            parties = [target, *target.conjuncts]
            assign(draft, "agent", parties[0], refs, with_conjuncts=False)
            for other in parties[1:]:
                assign(draft, "counterpart", other, refs, with_conjuncts=False)
        elif role and role != "topic":
            before = len(draft.roles.get(role, []))
            assign(draft, role, target, refs)
            owned = (role == "target" and draft.trigger.cls in ("Sanction", "Threat", "Statement", "AgreementSigning")) or (
                role == "agent" and preposition == "from") or (  # "condemnation of the Peruvian strike": of Peru
                role == "counterpart" and draft.trigger.cls == "AgreementSigning")  # "a deal with Sony's TV unit": Sony
            if owned and len(draft.roles.get(role, [])) == before and refs.resolve(block, target) is None:
                assign_owner(draft, role, target, refs)  # "sanctions on Venezuela's oil sector": on Venezuela;
                # "released from Peruvian custody": by Peru
    if supporter is not None and not draft.roles.get(supporter[0]):
        assign(draft, supporter[0], clause_subject(supporter[1]), refs)
    if draft.trigger.symmetric and len(draft.roles.get("agent", [])) > 1 \
            and not draft.roles.get("counterpart"):  # "Japan and Australia signed a pact"
        first, *others = draft.roles["agent"]
        draft.roles["agent"], draft.roles["counterpart"] = [first], others
    item_mods = slots.get("item_modifiers")
    if item_mods:
        for item_token in item_tokens(token, obj):
            for key in refs.modifiers(block, item_token):
                role = item_mods.get(refs.cls(key))
                if role and key not in draft.roles.get("agent", []) and key not in draft.roles.get("item", []):
                    draft.add(role, key)
    for item_token in item_tokens(token, obj):
        numbers = [item_token] + [c for c in item_token.children if c.dep_ == "nummod"]
        for number in numbers:
            if number.like_num and (block, number.i) not in refs.mention_at and draft.quantity is None:
                draft.quantity = parse_quantity(" ".join(t.text for t in number.subtree if t.i <= number.i))
    if slots.get("condition_subject") and draft.trigger.pos == "VERB":  # "if Peru closes the border, we will cut off
        aim_at_conditions(draft, slots["condition_subject"], token, refs)  # its gas": at Peru, before the reported clause
    if draft.trigger.cls in ("Threat", "Statement") and not draft.roles.get("target"):
        content_target(draft, token, refs)  # "warned that Tehran would pay", "pleased that X agreed", "a warning ..."
        if not draft.roles.get("target") and obj is not None and token.lemma_.lower() in _REPORTING:
            for by in (t for t in obj.subtree if t.lower_ == "by" and t.dep_ == "agent" or
                       t.lower_ == "by" and t.dep_ == "prep" and t.head.pos_ == "NOUN"):
                for party in (c for c in by.children if c.dep_ == "pobj"):  # "report abuses by X": about X
                    assign(draft, "target", party, refs)
        if not draft.roles.get("target") and obj is not None and obj.lemma_.lower() in _NEEDS:
            for p, party in prepositions_of(obj):  # "underscored the need for Libya's leaders to ..."
                if p == "for":
                    assign(draft, "target", party, refs)
    if draft.trigger.cls == "Legislation":
        members_body(draft, token, refs)
        reading_chamber(draft, token, refs)
        instrument_agent(draft, token, refs)
        text_target(draft, token, obj, refs)
    if slots.get("let_object"):  # "refused to let X enter", "refused to allow X to leave": aimed at X
        assign(draft, slots["let_object"], let_object(token), refs)
    cause = slots.get("cause_subject")
    if cause and draft.trigger.pos == "VERB" and not draft.roles.get(cause):
        for subject in condition_subjects(token, CAUSES):  # "vowed to retaliate after Seoul fired shells": at Seoul
            assign(draft, cause, subject, refs)
    affected = slots.get("affected")
    if affected and not draft.roles.get(affected) and not _felt(token):  # "Turkey was not deterred by sanctions"
        assign(draft, affected, affected_party(token), refs)
        for where in copula_places(token) if "in" in slots.get("preps", {}) else ():  # "in prison in Iran"
            assign(draft, slots["preps"]["in"], where, refs)


def _felt(noun) -> bool:
    """'X was concerned by the arrest': X reacts to the event; it is not the party the event befalls."""
    return noun.head.dep_ == "agent" and noun.head.head.lemma_.lower() in reaction_words()


def _inner_parties(draft: Draft, token, refs: Referents, owners: bool = False) -> None:
    """Roles from the prepositions of a preposition's object that is no entity itself (prep_preps), with
    owners of what they name when `owners` ("warned of a response to any Armenian attack": Armenia)."""
    for p, o in prepositions_of(token):
        if p not in draft.trigger.slots.get("prep_preps", {}) or refs.resolve(draft.block, o) is not None:
            continue
        if o.lemma_.lower() not in draft.trigger.slots.get("prep_preps_nouns", {}).get(p, (o.lemma_.lower(),)):
            continue  # "in honour of X" names a guest, "in the capital of X" none
        for inner, party in prepositions_of(o):
            role = draft.trigger.slots["prep_preps"][p].get(inner)
            assign(draft, role, party, refs)
            if owners and role and not draft.roles.get(role):
                assign_owner(draft, role, party, refs)


# Prepositions of an event noun's "of" object that are the event's ("the arrest of X by Y in Z",
# "a drawdown of equipment for X", "the acquisition of 42 jets from France").
def _for_goods(of) -> list:
    """'of $165 million for ammunition': the goods a sum is for."""
    return [o for p, o in prepositions_of(of) if p == "for" and o.lemma_.lower() in goods_nouns()] if of.like_num else []


_KEPT_ON_OF = {"Transfer": ("by", "in", "to", "for", "from"), "Purchase": ("by", "in", "from", "to", "with")}
_NEEDS = frozenset({"need", "importance", "necessity", "urgency"})  # "stressed the need for X to act": aimed at X
_REPORTING = frozenset({"report", "allege", "document", "describe", "detail", "recount"})  # "report abuses by X"
