"""Stage 6a: uses of a trigger word that are no event of its frame: a Statement word inside
another act ("over what they described as X", "arrested for reporting", "a resolution demanding
X"), a verb of giving whose object is no goods ("delivered a speech", "gave it credence"), and
agreeing that or to do something (a view or a plan, no signing). Questions and conditions are
events._finish's and framing.unasserted's."""
from __future__ import annotations

from functools import lru_cache

from ..data import load_json, word_set
from .asides import parenthetical_participle
from .captivity import copular_inmate
from .courtesy import appeal_call
from .lexicon import Trigger, legislative_texts, lexicon, speech_verbs, trigger_lemmas
from .products import is_product_word
from .slots import AGREEMENTS, CONTAINERS, counted, verb_object
from .syntax import attributes_a_label, clause_subject, prep_object, prepositions_of

@lru_cache(maxsize=1)
def goods_nouns() -> frozenset[str]:
    """Nouns of things handed over (kg/data/events.json goods_nouns): arms, aid, fuel, money."""
    return frozenset(load_json("events.json")["goods_nouns"])


def is_goods_noun(token) -> bool:
    """The noun names goods, by its lemma or its plain plural (the lemmatizer reads "doses" as "dos")."""
    word = token.lower_
    return token.lemma_.lower() in goods_nouns() or (word.endswith("s") and word[:-1] in goods_nouns())


def not_the_event(trigger: Trigger, token, obj) -> bool:
    """This use of the trigger word is no event of the trigger's frame."""
    if trigger.cls == "Statement" and _inside_another_act(token):
        return True
    if trigger.cls == "AgreementSigning" and token.lemma_.lower() == "sign" and _joins_a_text(token):
        return True  # "Senators A and B have signed onto the bill": cosponsors joining a text, no agreement signed
    if trigger.cls == "Statement" and _press_request(token, trigger):
        return True  # "did not reply to a request for comment from a paper": the reporter's, no appeal made
    if trigger.cls == "Sanction" and parenthetical_participle(token):
        return True  # "the Taliban (outlawed in Russia)": a wire's gloss on a standing ban
    if trigger.courtesy and appeal_call(token):
        return True  # "called on Iran to free the crew" asks; "called on the president" visits
    if trigger.copular and copular_inmate(token) is None:
        return True  # "held in Evin Prison": the verb's; "is in prison" is the noun's own
    if token.lemma_.lower() in trigger.goods_verbs and not _goods(obj):
        return True
    if trigger.cls == "Transfer" and trigger.cameo == "070" and _deal_terms(token):
        return True  # "signed a deal to supply X with gas": the sale agreed (a Purchase by X), no delivery told
    if obj is not None and obj.lemma_.lower() in ("cost", "costs") and any(t.ent_type_ == "MONEY" for t in obj.subtree):
        return True  # "approved the sale for an estimated cost of $3.5 billion": a price, no costs imposed
    handed = obj if token.pos_ == "VERB" else prep_object(token, "of") or prep_object(token, "including")
    # a noun's: "the arrival of a shipment", "a package including tanks"
    if trigger.goods_subject and not _arriving_goods(trigger, token, handed):
        return True  # "Blinken arrived in Kyiv", "the arrival of the delegation": a visit, nothing handed over
    if trigger.goods_subject and token.lemma_.lower() in CONTAINERS and handed.lemma_.lower() in trigger_lemmas():
        return True  # "a package of military aid": the aid's own frame tells it (the package carries it)
    if trigger.held_object != _held(handed) and (trigger.held_object or trigger.cameo == "070" and token.pos_ == "VERB"):
        return True  # "sent troops to Poland" hands over no one held; "transferred ten detainees to Oman" no goods
    if trigger.no_clause and any(c.dep_ == "ccomp" or c.dep_ == "xcomp" and not _joint(token) for c in token.children):
        return True  # "agreed that the situation was serious", "agreed to keep talking" (but "agreed with Airbus to
        # open a factory", "Turkey and Iran agreed to build a railway": a deed the parties agree to do together)
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in trigger.not_subject_of and not any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in trigger.support for c in token.subtree):
        return True  # "the accord between X and Y expires": in force, no signing told ("the accord, signed in
        # 2015, expires" tells one)
    if trigger.not_reasons and _for_reason(token, trigger.not_reasons):
        return True  # "was banned for doping", "a two-year ban for misconduct": sport's penalties
    doing = token if token.pos_ == "VERB" else token.head if token.dep_ == "dobj" and (
        token.head.lemma_.lower() in lexicon()[1]) else None  # "a tribunal imposed sanctions", not "upheld" them
    if trigger.not_subjects and doing is not None and _doer(doing) is not None \
            and _doer(doing).lemma_.lower() in trigger.not_subjects:
        return True  # "a court in Paris sanctioned X", "the judge barred him": a court's penalty
    return False  # questions are events._finish's (mood.yes_no_question), conditions framing.unasserted's


def _deal_terms(verb) -> bool:
    """The verb is an agreement's to-infinitive: 'a contract to deliver jets', 'a deal to supply X'."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in AGREEMENTS


def _doer(verb):
    """Who does what the verb says: its subject, or a passive's "by" object."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is not None:
        return next((c for c in by.children if c.dep_ == "pobj"), None)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = clause_subject(verb)
    if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ == "that"):
        return verb.head  # "sanctions that restrict X", "the judge who barred him": the relative's antecedent
    return subject


def _for_reason(token, words) -> bool:
    """A "for" phrase of the token names one of `words` ("for doping offences")."""
    reasons = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in words or t.lower_ in words for o in reasons for t in o.subtree)


def enough_roles(draft, refs) -> bool:
    """The draft holds one of its requires_any roles, or stands without: goods handed over to no
    one named ('Iran has supplied drones', 'the shipment of fuel'), a body acting alone ('the Council met')."""
    trigger = draft.trigger
    if not trigger.requires_any or any(draft.roles.get(r) for r in trigger.requires_any):
        return True
    recipients = ("to",) if trigger.cls == "Purchase" else ("to", "for")  # "bought jets for $3 billion": a price
    headline = refs.found.parsed.blocks[draft.block].block.kind == "headline"
    if trigger.cls == "Purchase" and headline:
        return False  # "Navy buys frigates": a headline's bare purchase, told with its parties in the body
    if trigger.goods_alone and draft.roles.get("agent") and not any(  # a recipient named but not kept: no
            p in recipients and not _many_unnamed(o) for p, o in prepositions_of(draft.token)):  # event ("to 65
        # countries" names none)
        goods = _handed(draft.token)
        counted_goods = goods is not None and (_numbered(goods) or _numbered_measure(draft.token))
        # "bought 24 jets", "bought 90,000 tonnes of wheat", not "open to buying other systems"
        if goods is not None and (is_goods_noun(goods) or goods.ent_type_ == "MONEY") \
                and (counted_goods or trigger.cls != "Purchase"):
            return True
    agents = draft.roles.get("agent", [])
    if trigger.complement_alone and agents and _about(draft.token, trigger) \
            and all(refs.cls(k) in ("Country", "Organization", "Person") for k in agents):
        return True  # "the United States is deeply troubled by the court's decision" (not "residents were shocked")
    return bool(trigger.bodies_alone) and bool(agents) and all(
        refs.cls(k) == "Organization" and any(w.lower() in trigger.bodies_alone
                                              for n in refs.found.entity(k).names for w in n.split()) for k in agents)


def _about(token, trigger) -> bool:
    """The word, or one coordinated with it ("troubled and disappointed by"), says what it is about: one of
    its frame's prepositions, or a that-clause."""
    owned = trigger.slots.get("prep_object_owner", {})
    return any(any(c.dep_ == "ccomp" for c in word.children) or any(p in owned for p, _ in prepositions_of(word))
               for word in (token, *token.conjuncts))


def _numbered(noun) -> bool:
    """A sum, or a noun with a number: '$3 billion', '24 jets'."""
    return noun.ent_type_ == "MONEY" or noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def _numbered_measure(token) -> bool:
    """'bought 90,000 tonnes of wheat': the verb's object is a measure with a number, of the goods."""
    obj = verb_object(token) if token.pos_ == "VERB" else None
    return obj is not None and bool(counted(obj)) and _numbered(obj)


def _many_unnamed(noun) -> bool:
    """A counted plural of unnamed parties: '65 countries', 'dozens of nations'."""
    return noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in noun.children) or bool(counted(noun))


def _handed(token):
    """What a verb or noun of giving hands over: its object, the noun its participle modifies
    ('drones supplied by Iran'), a noun's 'of' phrase ('the delivery of tanks')."""
    if token.pos_ == "VERB":
        if token.dep_ == "acl" and token.tag_ == "VBN":
            return token.head
        obj = verb_object(token)
        return next(iter(counted(obj)), obj) if obj is not None else None  # "supplied hundreds of drones"
    return prep_object(token, "of")


def _joins_a_text(verb) -> bool:
    """'signed onto the bill', 'signed on to the resolution': the verb's on/onto/to phrase is a legislative text."""
    texts = legislative_texts()
    return any(o.lemma_.lower() in texts for word in ("on", "onto", "to") for o in [prep_object(verb, word)] if o is not None)


def _press_request(noun, trigger: Trigger) -> bool:
    """A reporter's request for a comment, the comment asked for, or the reply to one: no appeal, no comment made."""
    asked = word_set("events.json", "press_request_objects")
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in asked and noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return True  # "asked for comment", "reached for comment"
    answered = prep_object(noun, "to") if noun.pos_ == "VERB" else None  # "did not reply to a request for comment"
    if answered is not None and _asks_comment(answered, asked):
        return True
    return noun.pos_ == "NOUN" and (trigger.cameo or "").startswith("02") and _asks_comment(noun, asked)


def _asks_comment(noun, asked) -> bool:
    wanted = prep_object(noun, "for")
    return wanted is not None and wanted.lemma_.lower() in asked


def _inside_another_act(token) -> bool:
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according" and any(
            a.pos_ == "VERB" and a.lemma_.lower() in speech_verbs() for a in token.head.head.ancestors):
        return True  # "Norway alleges that X ..., according to a coastguard statement": where the words are found
    if attributes_a_label(token):
        return True  # "over what they described as X": wording attributed inside another event
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and (
            token.head.lower_ == "for" or token.head.lower_ == "in" and token.head.head.pos_ == "NOUN"):
        return True  # "arrested for reporting", "their jobs in reporting": a reason or an activity
    if token.lemma_.lower() == "blame" and token.dep_ == "xcomp" and token.head.lemma_.lower() == "be":
        return True  # "X was to blame for the blast": X is the one held responsible, no one speaks
    return (token.dep_ == "xcomp" and token.head.lemma_.lower() == "vote") or (
        token.dep_ == "acl" and token.head.lemma_.lower() in legislative_texts())  # "voted to demand that X",
    # "a resolution demanding X": what the vote or text (a Legislation) says


def _arriving_goods(trigger: Trigger, token, goods) -> bool:
    """What arrives is goods ('the Patriot system arrived', 'the arrival of a shipment of bombs'); a
    craft that travels by itself only when someone sends it ('six jets arrived from the Netherlands')."""
    if goods is None:
        return False
    inner = next(iter(counted(goods)), goods)  # "the first batch of jets"
    if not (is_goods_noun(inner) or inner.ent_type_ == "PRODUCT" or is_goods_noun(goods)):
        return False
    senders = [t for t in (token, goods, inner) for p, _ in prepositions_of(t) if p == "from"]
    senders += [c for t in (goods, inner) for c in t.children if c.dep_ == "acl" and any(  # "jets supplied by NATO"
        g.dep_ == "agent" for g in c.children)]
    return inner.lemma_.lower() not in trigger.self_movers or bool(senders)


def _held(obj) -> bool:
    """The object (or what its count counts) is people held: 'the 242 detainees', 'six men held at X'."""
    if obj is None:
        return False
    inner = next(iter(counted(obj)), obj)  # "more than half of the detainees"
    raw = load_json("events.json")
    clauses = [c for c in inner.children if c.dep_ in ("acl", "relcl")]
    return inner.lemma_.lower() in raw["detainee_nouns"] or any(  # "a citizen who was suspected of X and detained"
        v.pos_ == "VERB" and v.lemma_.lower() in raw["holding_verbs"] for c in clauses for v in c.subtree)


def _goods(obj) -> bool:
    """The object is goods: a goods noun, a product or a sum ('delivered 50 tanks', '$400 million')."""
    if obj is None:
        return True  # "sent Ukraine more" or a passive: the frame's own requirements decide
    inner = next(iter(counted(obj)), obj)  # "sent millions of artillery shells"
    if is_goods_noun(obj) or obj.ent_type_ in ("MONEY", "PRODUCT") or is_goods_noun(inner):
        return True
    if obj.like_num or obj.lower_ in ("million", "billion"):  # "$400 million in aid", "50 of them"
        return True
    if is_product_word(obj) or is_product_word(inner):
        return True  # "received the third Patriot": a named system the parser took for a person
    return obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON"  # a named system ("delivered the S-400"), not a
    # person one receives or sends ("Putin received Modi")


def _joint(verb) -> bool:
    """Two parties agree on one deed: 'agreed with X to ...', or a subject of conjoined parties ('X and Y agreed to')."""
    subject = clause_subject(verb)
    return prep_object(verb, "with") is not None or subject is not None and bool(subject.conjuncts)
