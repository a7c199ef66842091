"""Stage 6a: where a trigger's slots are in the parse, whatever the parser made of them: the
object of a verb (also a count hung on a preposition, or a later coordinated verb's object), a
predicative complement ("called the vote illegal"), "calling for X to ...", and words below a verb."""
from __future__ import annotations

from functools import lru_cache

from ..data import load_json, word_set
from .absolutes import absolute_object
from .captivity import captive_object, held_subject, ordered_object
from .sojourns import stay_for
from .syntax import dateline, passive_after_preposition, passive_conjunct, prep_object, prepositions_of


def for_clause(token, particles) -> bool:
    """'calling for China to release them': the particle heads the clause the verb governs."""
    return "for" in particles and any(c.dep_ in ("advcl", "xcomp", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for c in token.children)


PREDICATIVE = frozenset({"responsible", "accountable", "liable"})
COUNTING_PREPOSITIONS = frozenset({"between", "over", "about", "around", "nearly", "almost"})


def predicative_complement(verb, obj, words=frozenset()):
    """What a verb of calling says its object is: 'called the vote illegal', 'described X as Y' (`words`: the
    frame's own complements, known even where the parser took one for a noun)."""
    for head in (verb, obj):
        for child in head.children if head is not None else ():
            if child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ == "as"):
                return child
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in child.children):
                return child  # "described the claims as fabricated", the participle parsed as a clause
    # the object's last word, or that of a phrase after it the parser hung on the verb ("called the claims against X of
    # meddling in the vote groundless")
    last = max([t for p in [obj] + [c for c in verb.children if c.dep_ == "prep" and c.i > obj.i] for t in p.subtree],
               key=lambda t: t.i) if obj is not None else None
    if last is not None and last.dep_ == "pobj" and (last.pos_ == "ADJ" or last.lemma_.lower() in words):
        return last  # "called the plan by X unrealistic": the complement parsed as the object of "by"
    while last is not None and last.dep_ == "conj" and last.pos_ == "ADJ" and last.head.pos_ == "ADJ":
        last = last.head  # "... baseless and improper": the first of the coordinated adjectives
    if last is not None and last.pos_ == "ADJ" and last.dep_ in ("amod", "advcl", "advmod") and last.head.i < last.i:
        return last  # "called the claims against X in connection with the storms groundless": an adjective after
        # the word it is hung on ends the object and says what it is
    return None


def frame_object(verb, trigger) -> tuple:
    """(object, readable) of a verb frame: the verb's object; for content_subjects the subject of its
    that-clause ("said the accusations were groundless"; unreadable without one); else, for
    infinitive_objects, the object of such an infinitive ("refused to meet the demands"); for
    clause_object, its clause's subject ("allowed the detained Americans to leave")."""
    if trigger.content_subjects:
        obj = next((g for c in verb.children if c.dep_ == "ccomp" for g in c.children
                    if g.dep_ == "nsubj" and g.lemma_.lower() in trigger.content_subjects), None)
        return obj, obj is not None
    obj = captive_object(verb) or held_subject(verb) or verb_object(verb) or ordered_object(verb)  # "holding X
    # hostage", "remains jailed", "ordered X jailed"
    if obj is None and trigger.person_object and verb.dep_ == "amod" and verb.tag_ == "VBN" and _named(verb.head):
        obj = verb.head  # "the detained journalist X", "detained U.S. citizen X": the named one undergoes it (a
        # bare "wrongfully detained Americans" is mostly a description, no detention told)
        obj = obj.head if obj.dep_ == "compound" and obj.head.tag_ == "NNP" else obj  # "reporter" parsed onto the name
    if trigger.infinitive_objects and obj is None:
        obj = next((verb_object(c) or prep_object(c, _complying().get(c.lemma_.lower(), "")) for c in verb.children
                    if c.dep_ == "xcomp" and c.lemma_.lower() in trigger.infinitive_objects), None)  # "... to comply with X"
    if trigger.clause_object and obj is None:
        obj = next((g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"), None)
    return obj, True


def _named(noun) -> bool:
    """A noun that is a name or carries one ('journalist Evan Gershkovich', 'ISIS fighters')."""
    return noun.tag_ == "NNP" or noun.dep_ == "compound" and noun.head.tag_ == "NNP" or any(c.dep_ in ("appos", "compound") and c.tag_ == "NNP" for c in noun.children)


_PERMITS = frozenset({"allow", "let", "permit"})


@lru_cache(maxsize=1)
def _complying() -> dict[str, str]:
    """Infinitives of yielding and the preposition their thing stands after (events.json complying_verbs)."""
    return load_json("events.json")["complying_verbs"]


def let_object(verb):
    """Whom the verb's 'let'/'allow' clause is about: 'refused to let X enter', 'to allow X to leave'."""
    for permit in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _PERMITS):
        let = [g for g in permit.children if g.dep_ == "dobj"] + [
            g for c in permit.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        if let:
            return let[0]
    return None


def verb_object(verb):
    """The verb's object: its own, else that of a later verb it is coordinated with."""
    own = own_object(verb, ("dobj", "nsubjpass", "attr"))
    if own is not None and own.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head  # "the bill, which was introduced by X": the bill
    if own is not None:
        return own
    if passive_conjunct(verb) and own_object(verb.head, ("nsubjpass",)) is not None:  # "X was arrested and later
        return own_object(verb.head, ("nsubjpass",))  # released": X is released too
    head = verb
    while head.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and head.head.i != head.i:
        head = head.head  # "X founded a party but was arrested in 1963 and was imprisoned": the first verb's subject
        subject = own_object(head, ("nsubj", "nsubjpass")) if head.dep_ != "conj" or head.pos_ == "VERB" else None
        if subject is not None:
            return subject
    if passive_after_preposition(verb):  # "X returned home after being freed by Iran": X was freed
        return own_object(verb.head.head, ("nsubj", "nsubjpass"))
    # "have interrogated, detained, and deported thousands": coordinated verbs share the last one's object
    for conjunct in (c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"):
        shared = own_object(conjunct, ("dobj",))
        if shared is not None:
            return shared
    return _loose_object(verb) or absolute_object(verb)


def _loose_object(verb):
    """'to release, immediately and unconditionally, citizens A and B': an object the parser
    left hanging after adverbs and commas (dep "dep", or coordinated with the verb) is the verb's."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and (doc[i].pos_ in ("ADV", "PUNCT", "CCONJ") and doc[i].text not in (".", ";", ":")):
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or i == verb.i + 1:
        return None
    head = doc[i]
    while head.dep_ in ("compound", "amod", "det", "nummod") and head.head.i > head.i:
        head = head.head
    return head if head.dep_ == "dep" or (head.dep_ == "conj" and head.head.i == verb.i) else None


def own_object(verb, deps):
    """The verb's child in one of `deps`, else a count it governs through a preposition."""
    for child in verb.children:
        if child.dep_ in deps and not (child.dep_ == "nsubjpass" and dateline(child)):  # "Lagos - The bill was passed"
            return child
    for child in verb.children:  # "deported between 900,000 and 1.6 million citizens": a count parsed as a preposition
        if child.dep_ == "prep" and child.lower_ in COUNTING_PREPOSITIONS:
            counted = next((g for g in child.children if g.dep_ == "pobj"), None)
            if counted is not None and any(c.dep_ == "nummod" for c in counted.children):
                return counted
    return None


def objects_with_preps(verb, obj) -> list:
    """The direct object, else the objects of 'on'/'for' ("voted on a resolution"), 'against'/'down'
    ("voted against the bill")."""
    out = [obj] if obj is not None else []
    if any(c.dep_ == "nsubjpass" for c in verb.children):  # "X was awarded a contract": the second object
        out += [c for c in verb.children if c.dep_ == "dobj" and c is not obj]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the resolution proposed by Mexico"
        out.append(verb.head)
    elif verb.dep_ == "relcl" and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        out.append(verb.head)  # "the bill, to be introduced by X": a passive infinitive parsed as a relative clause
    for p, o in prepositions_of(verb):
        if p in ("on", "for", "in", "against", "down", "behind"):  # "spent a year behind bars"
            # "voted in support of a resolution": what is supported
            inner = prep_object(o, "of") if o.lemma_.lower() in SUPPORT_NOUNS else None
            out.append(inner if inner is not None else o)
            # "adopted in the third reading a bill": the object parsed onto "reading" as a gerund's
            out += [c for c in o.children if c.dep_ == "dobj" and o.tag_ == "VBG"]
        elif p == "into" and any(c.dep_ == "compound" and c.lower_ == "law" for c in o.children):
            out.append(o)  # "signed into law legislation that ...": the object parsed as one noun with "law"
        elif p == "as" and obj is None and any(c.dep_ == "amod" for c in o.children):
            out.append(o)  # "termed as baseless reports that ...": the object parsed as the noun its complement is on
    out += [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"]  # "ratified X's bid": parsed as a clause
    out += [c for o in out for c in o.children if c.dep_ == "appos"]  # "HR 4170, the X Act, was introduced by Y"
    for reading in (c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "read" and c.tag_ == "VBG"):
        out += [c for c in reading.children if c.dep_ == "dobj"]  # ... or onto "reading" as a clause of its own
    return out + [inner for inner in map(contained, out) if inner is not None]


def contained(noun):
    """What a container, version or change names, through a chain of them: 'a string of bills' -> bills,
    'the second reading of the bill' -> bill, 'the readings of the changes to the law' -> law."""
    inner = None
    for _ in range(3):
        lemma = noun.lemma_.lower()
        nxt = prep_object(noun, "of") if lemma in CONTAINERS | VERSIONS else \
            prep_object(noun, "to") if lemma in CHANGES else None
        if nxt is None:
            return inner
        inner = noun = nxt
    return inner


SUPPORT_NOUNS = frozenset({"support", "favor", "favour", "opposition"})


def below(token, depth: int) -> list:
    """The tokens up to `depth` dependency steps below `token`."""
    out, layer = [], [token]
    for _ in range(depth):
        layer = [c for t in layer for c in t.children]
        out += layer
    return out


def to_clause(token, particles) -> bool:
    """'committed to further strengthening ...' parsed as a clause whose "to" is an auxiliary."""
    return "to" in particles and any(g.lower_ == "to" and g.dep_ == "aux" for c in token.children
                                     if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" for g in c.children)


# Nouns that count or hold an event noun: "three sets of sanctions", "a new round of talks", "a package of arms".
CONTAINERS = word_set("events.json", "container_nouns")
VERSIONS = word_set("events.json", "version_nouns")  # "an earlier version of the bill", "its second reading"
CHANGES = word_set("events.json", "change_nouns")  # "passed the changes to the law": the law, as amended


# Nouns of a phase of an event: "the resumption of arms deliveries", "a halt to ...".
PHASES = word_set("events.json", "phase_nouns")
# Nouns of the doing itself: "announced the imposition of sanctions on X": who announces imposes them.
ENACTMENTS = word_set("events.json", "enactment_nouns")
# Pronouns of a part: "lifted some of the sanctions on X": the part is lifted, and the verb is the noun's.
PARTS = word_set("events.json", "part_words")


def carrier_of(token, carriers, deliberated: bool = False):
    """The noun an event noun rides on, whose verb and prepositions are the event's: 'an aid
    package' (a compound), 'three sets of sanctions', 'a package of arms' (the container it is 'of')."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in carriers:
        return token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in (
            CONTAINERS | PHASES | ENACTMENTS):  # "ordered the continuation of shipments": who orders it ships
        return head.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PARTS and head.head.dep_ in (
            "dobj", "nsubjpass"):
        return head.head
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.ent_type_ == "MONEY":
        return head.head  # "pledged $1 billion in aid to Ukraine": the recipient hung on the sum
    if token.dep_ == "pobj" and head.lower_ == "for":  # "signed a deal (with X) for the purchase of jets": the deal's
        deal = _prep_host(head)  # signers buy
        if deal is not None and deal.lemma_.lower() in AGREEMENTS:
            return deal
    deliberation = _deliberation_of(token) if deliberated else None
    return deliberation if deliberation is not None else token


def _prep_host(preposition):
    """The noun a preposition belongs to: its head noun, or the object before it of the verb it was hung on."""
    head = preposition.head
    return head if head.pos_ == "NOUN" else next(
        (c for c in head.children if c.dep_ == "dobj" and c.i < preposition.i), None)


@lru_cache(maxsize=1)
def _deliberations() -> frozenset[str]:
    return frozenset(load_json("events.json")["deliberation_nouns"])


def _deliberation_of(token):
    """'in talks with X for the purchase of jets', 'a decision on the purchase', 'a letter of intent on the
    purchase': the talks, decision or letter the event noun is the subject of."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in ("for", "on", "over", "about"):
        return None
    noun = _prep_host(head)  # "signed a letter of intent on ...", parsed onto the verb: the letter
    intent = prep_object(noun, "of") if noun is not None else None
    if intent is not None and intent.lower_ == "intent":
        return noun  # "a letter of intent": the letter is signed
    if noun is None or noun.lemma_.lower() not in _deliberations() and noun.lower_ not in _deliberations():
        return None
    if noun.lower_ == "intent" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return noun


AGREEMENTS = word_set("events.json", "agreement_nouns")


def particle_after(verb, particles) -> bool:
    """'will hand over 14 jets': the particle right after the verb, parsed as the count's modifier."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and nxt.lower_ in particles and nxt.dep_ in ("quantmod", "advmod")


# Prepositions that make talks the occasion of a clause: "X said after talks with Y", "in a call with Y";
# "with" only after a verb of a phase ("X opened the visit with a meeting with Y", not "disagreed with the talks").
_OCCASIONS = frozenset({"after", "during", "following", "in", "with"})


def _occasion(prep) -> bool:
    """'after', 'during', 'in' talks; 'with' talks only after a verb of a phase ('began the visit with talks')."""
    return prep.lower_ in _OCCASIONS and (prep.lower_ != "with" or prep.head.lemma_.lower() in word_set("events.json", "phase_verbs"))


def _past_copula(prep):
    """'X said Y was a close ally, during talks with Z': an adjunct set off by a comma after a reported
    copular clause is the speaker's occasion; the parser hangs it on the copula."""
    verb = prep.head
    if verb.lemma_ == "be" and verb.dep_ == "ccomp" and prep.i > 0 and prep.doc[prep.i - 1].text == "," \
            and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        return verb.head
    return verb


def governing_verb(carrier):
    """The verb an event noun is governed by, the noun's relation to it, and whether the verb is a
    light one by its own object: 'held talks' (dobj), 'engaged in talks', 'entered into a deal',
    'took part in talks' (the verb's object then; 'take part' is light), 'pledged $2 billion in aid'."""
    head = carrier.head
    stay = stay_for(carrier)
    if stay is not None and carrier.lower_ in _deliberations():  # "X is in Rome for talks with Y": X holds them
        return stay, "dobj", True
    verb = _past_copula(head)
    if carrier.dep_ == "pobj" and _occasion(head) and verb.pos_ == "VERB" \
            and verb.lemma_.lower() not in word_set("events.json", "stative_verbs") and carrier.lower_ in word_set("events.json", "partaken_nouns"):  # "X said after talks with Y": X held them
        return verb, "dobj", True
    if carrier.dep_ != "pobj" or head.lower_ not in ("in", "into"):
        return head, carrier.dep_, False
    verb = head.head
    if verb.lemma_.lower() == "be" and carrier.lower_ in _deliberations():  # "X is in talks with Y": X holds them
        return verb, "dobj", True
    if verb.ent_type_ == "MONEY" and verb.dep_ == "dobj":  # "pledged $2 billion in aid": who pledged
        verb = verb.head
    if verb.lemma_.lower() == "part" and verb.dep_ == "dobj":  # "took part in talks", parsed onto "part"
        verb = verb.head
    partaking = verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in verb.children)
    return verb, "dobj", partaking


def loose_dative(verb, obj):
    """'gave Ukraine 14 jets' parsed with the name as a modifier of the object: a name right
    after the verb that opens the object's phrase is the receiver (the caller checks it names a
    state or person; 'U.S.'-style abbreviations modify the object, and a to-phrase names the receiver;
    a for-phrase may only say what the goods are for: 'provide Ukraine missiles for its air defense')."""
    if obj is None or obj.i <= verb.i + 1 or any(p == "to" for p, _ in prepositions_of(verb)):
        return None
    modifiers = [*obj.children, *(g for c in obj.children if c.dep_ == "compound" for g in c.children)]
    for child in sorted(modifiers, key=lambda t: t.i):  # "sell Taiwan 66 F-16 jets": the name may hang on the
        # model's compound; "give Ukraine Leopard tanks": the first name, not the product's that holds it
        if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and child.left_edge.i == verb.i + 1 \
                and not child.text.isupper() and "." not in child.text:
            return child
    return None


def infinitive_noun(verb):
    """The noun a to-infinitive completes: 'a deal to buy jets', also when the parser hung the
    infinitive on the verb that governs the noun ('struck a deal with X to buy jets')."""
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < verb.i), None)
    return None


# Words of quantity whose "of" phrase is what a verb acts on: "imports most of its oil from Russia".
_QUANTITIES = word_set("events.json", "quantity_words")  # "the rest of the tanks", "hundreds of drones" (lemma "hundred")


def counted(noun) -> list:
    """What a quantity or container object counts ('most of its oil', 'half of the jets', 'two of the
    ships', 'the first batch of F-16s')."""
    if noun.lemma_.lower() == "worth" or noun.ent_type_ == "MONEY":  # "$10 billion worth of K2 tanks", "$2 billion in
        inner = prep_object(noun, "of")  # Patriot missiles": what the sum buys
        inner = inner if inner is not None else prep_object(noun, "in")
        return [inner] if inner is not None else []
    if noun.lemma_.lower() not in _QUANTITIES and noun.lemma_.lower() not in CONTAINERS and not noun.like_num:
        return []
    inner = prep_object(noun, "of")
    return [inner] if inner is not None else []


def in_order_to(token) -> bool:
    """'in order to', 'in exchange for', 'in return for': the noun is part of a fixed phrase
    (kg/data/events.json prepositional_idioms), no order, swap or return told."""
    doc, i = token.doc, token.i
    after = load_json("events.json")["prepositional_idioms"].get(token.lower_, ())
    return i > 0 and doc[i - 1].lower_ == "in" and i + 1 < len(doc) and doc[i + 1].lower_ in after


def stray_to(verb, obj) -> list:
    """'handed over hostages held in Gaza since May to the Red Cross': a to-phrase the parser hung on
    a participle of holding that describes the object belongs to the verb, which has none of its own."""
    if obj is None or any(p == "to" for p, _ in prepositions_of(verb)):
        return []
    holding = frozenset(load_json("events.json")["holding_verbs"])
    return [("to", o) for c in obj.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in holding
            for p, o in prepositions_of(c) if p == "to"]
