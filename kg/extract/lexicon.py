"""Stage 6a: the trigger lexicon (kg/data/events.json) as Trigger frames, and the tokens of a
sentence that may start one."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import load_json, word_set


@dataclass(frozen=True)
class Trigger:
    """One trigger frame of kg/data/events.json."""
    id: str
    cls: str
    pos: str
    slots: dict
    lemmas: frozenset[str] = frozenset()
    object_lemmas: frozenset[str] = frozenset()
    requires: tuple[str, ...] = ()
    confidence: float = 0.8
    implies_purchase_of_item: bool = False
    cameo: str | None = None  # the CAMEO event code of the frame
    requires_any: tuple[str, ...] = ()  # at least one of these roles
    particles: frozenset[str] = frozenset()  # the verb counts only with one of these ("call on", "hand over")
    companions: frozenset[str] = frozenset()  # ... or with one of these words below it ("take X hostage")
    not_companions: frozenset[str] = frozenset()  # no event with one of these words below it ("off the table")
    support: frozenset[str] = frozenset()  # support verbs of a noun, besides the common ones
    no_complement: bool = False  # not with a predicative complement ("hold X responsible")
    person_object: bool = False  # the object must be a person or group ("release X", not "release a report")
    copular: bool = False  # only as a copula's place of holding ("is in prison", not "Evin Prison" or "sent to prison")
    place_object: bool = False  # an object that is a place fills the place ("visit Tripoli")
    not_objects: frozenset[str] = frozenset()  # no event with such an object ("give thanks", "meet its commitments")
    not_infinitives: frozenset[str] = frozenset()  # no event with such a to-infinitive ("declined to comment")
    goods_verbs: frozenset[str] = frozenset()  # lemmas that count only with goods objects ("delivered tanks", not "a speech")
    goods_alone: bool = False  # goods as object stand for the item role ("Iran has supplied drones": no recipient named)
    no_clause: bool = False  # not with a that-clause or infinitive ("agreed that X was serious", "agreed to keep talking")
    complement_alone: bool = False  # stands without its requires_any roles when it says what it is about ("is
    # deeply troubled by the court's decision"), not bare ("the parties concerned")
    symmetric: bool = False  # coordinated subjects act on each other ("Japan and Peru met"): one is the counterpart
    predicative: bool = False  # only with a predicative complement ("called the vote illegal", "described X as Y")
    companion_depth: int = 2  # how far below the verb a companion may be ("hold X and those complicit responsible": 5)
    not_modifier: frozenset[str] = frozenset()  # nouns that name no event when they modify another ("opposition group")
    channels: frozenset[str] = frozenset()  # "in an interview with X", "in a letter to X": X is the counterpart
    overrides: frozenset[str] = frozenset()  # classes the same word does not also give ("welcomed X for talks": no praise)
    only_future: bool = False  # only with will/would/can/must...: "will be held to account", not "was held"
    only_negated: bool = False  # only negated: "will not tolerate"; the negation is the threat, not its modality
    not_future: bool = False  # never with will/would/can...: "will respond to X's letter" tells nothing yet
    infinitive: bool | None = None  # True: only with a to-infinitive ("warned X to leave"); False: only without
    with_class: str | None = None  # only beside an event of this class on the same target ("X, held in Iran, came home")
    bodies_alone: frozenset[str] = frozenset()  # an organisation so named meets without a counterpart ("the Council met")
    official_agent: bool = False  # only states, bodies and office holders ("the minister travelled to X", not a tourist)
    intent: bool = False  # the verb announces the act, which is Planned ("pledged weapons for Ukraine")
    home_counterpart: bool = False  # "five Canadians came home": their country receives them (the counterpart)
    not_progressive: frozenset[str] = frozenset()  # lemmas that count only outside the progressive ("is considering
    # sanctions" deliberates; "considers the vote illegal" says)
    occasion: bool = False  # a visit that is the occasion of the sentence's meeting by the same agent: one event
    subject_lemmas: frozenset[str] = frozenset()  # the verb counts only with such a subject ("the bill passed the Senate")
    modality: str | None = None  # the frame's own modality ("voted down the bill": Negated)
    plural: bool = False  # only a plural noun ("Houthi threats" are acts; "the Russian threat" is a danger)
    not_under: frozenset[str] = frozenset()  # words governing the noun that make it no event ("amid threats from X")
    unowned_objects: frozenset[str] = frozenset()  # objects whose owner fills no role ("blocked X's sale to Y": the
    # seller is not who the ban is aimed at)
    doer_noun: bool = False  # the noun names the doer, who is its copula subject or what it is in apposition to
    # ("China is the largest buyer of X", "Russia, the main supplier of arms to India")
    infinitive_objects: frozenset[str] = frozenset()  # to-infinitives whose object is the verb's ("refused to meet
    # the demands": the demands are refused)
    content_subjects: frozenset[str] = frozenset()  # the verb counts only with such a subject of its that-clause,
    # which stands for its object ("said the accusations were groundless")
    clause_object: bool = False  # the object may be parsed as the subject of the verb's clause ("allowed X to leave")
    requires_own: bool = False  # its requires hold before it merges with the sentence's other frames ("a deal that
    # would bring hostages home" brings no one a thing of its own to lend to "aid" nearby)
    goods_subject: bool = False  # the verb's subject (a noun's "of" object) is what is handed over, and must be goods
    # ("the Patriot system from Germany arrived", "the arrival of a shipment of bombs"), not a visitor
    self_movers: frozenset[str] = frozenset()  # goods that travel by themselves count only with a "from" giver
    # ("jets arrived from the Netherlands" are delivered; "Russian bombers arrived in Venezuela" are deployed)
    held_object: bool = False  # the object is held people: a detainee noun or people a participle says are held
    # ("transferred 10 detainees to Oman", "men held at Guantanamo were sent to Oman"), not troops or envoys
    money_in: bool = False  # only as what a sum is in ("$1.75 billion in support for Ukraine", not "support for X")
    passive_only: bool = False  # only a passive naming no doer ("F-16s have been delivered to Ukraine")
    not_subjects: frozenset[str] = frozenset()  # doers whose act is no event of the frame ("a court sanctioned X":
    # a judicial penalty, not sanctions)
    not_subject_of: frozenset[str] = frozenset()  # the noun as subject of these tells a standing state, no event
    # ("the agreement between X and Y expires", "the deal requires X")
    not_reasons: frozenset[str] = frozenset()  # words of a "for" reason that make it no event of the frame
    # ("banned for two years for doping offences": a sports penalty, not a sanction)
    courtesy: bool = False  # "called on the president": a visit, only when the call asks for nothing (courtesy.py)



_SLOTS = ("subject", "object", "poss", "poss_by_class", "modifiers", "item_modifiers", "preps", "affected", "dative",
          "object_owner", "prep_object_owner", "object_prep_owner", "foreign_modifiers", "prep_preps", "prep_preps_nouns", "support_subject",
          "condition_subject", "cause_subject", "noun_preps", "actor_object", "let_object")
_SETS = ("lemmas", "object_lemmas", "particles", "companions", "not_companions", "support", "not_objects", "goods_verbs", "not_modifier",
         "overrides", "channels", "not_progressive", "subject_lemmas", "not_under", "unowned_objects", "not_infinitives",
         "self_movers", "infinitive_objects", "content_subjects", "not_reasons",
         "not_subjects", "not_subject_of")
_TUPLES = ("requires", "requires_any")


def _expanded(words, raw: dict) -> list[str]:
    """A word list where "@name" stands for the shared list events.json keeps under that name."""
    return [w for word in words for w in (raw[word[1:]] if word.startswith("@") else [word])]


@lru_cache(maxsize=1)
def lexicon():
    """(triggers, support verbs, modality cues) of kg/data/events.json."""
    raw = load_json("events.json")
    triggers = []
    for t in raw["triggers"]:
        options = {k: v for k, v in t.items() if k not in _SLOTS and k not in ("id", "class", "pos")}
        options.update({k: frozenset(_expanded(v, raw)) for k, v in options.items() if k in _SETS})
        options.update({k: tuple(v) for k, v in options.items() if k in _TUPLES})
        triggers.append(Trigger(t["id"], t["class"], t["pos"], slots={k: t[k] for k in _SLOTS if k in t}, **options))
    cues = {m: frozenset(words) for m, words in raw["modality_cues"].items()}
    return tuple(triggers), frozenset(raw["support_verbs"]), cues


def excluded_object(trigger: Trigger, token, obj) -> bool:
    """The frame never takes this object ("give thanks"), nor this to-infinitive ("declined to comment":
    withholding an answer rejects no one's demand)."""
    if obj is not None and (obj.lemma_.lower() in trigger.not_objects or obj.lower_ in trigger.not_objects):
        return True
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in trigger.not_infinitives for c in token.children)


def performs(subject) -> bool:
    """A subject of a present-tense speech act ("China condemns", "we welcome"): the voice quoted
    words speak in, not whom they are about."""
    verb = subject.head
    return verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in word_set("events.json", "performative_verbs")


def programme_heads() -> frozenset[str]:
    """Last words of a trade or aid programme's name ('Foreign Military Financing')."""
    return word_set("events.json", "programme_heads")


@lru_cache(maxsize=1)
def legislative_texts() -> frozenset[str]:
    """Nouns of texts a body adopts ('resolution', 'bill'): what they demand is their content."""
    return frozenset(load_json("events.json")["legislative_texts"])


@lru_cache(maxsize=1)
def trigger_lemmas() -> frozenset[str]:
    """Every lemma that can start a frame."""
    return frozenset(lemma for t in lexicon()[0] for lemma in t.lemmas)


@lru_cache(maxsize=None)
def triggers_of(lemma: str) -> tuple[Trigger, ...]:
    """The triggers a lemma can start, in the lexicon's order (so that a word is not tried against every trigger)."""
    return tuple(t for t in lexicon()[0] if lemma in t.lemmas)


def trigger_tokens(sentence, skip: set[int]) -> list:
    """The tokens of a sentence whose lemma is a trigger (read from one array, without making
    a Token object for every word)."""
    from spacy.attrs import LEMMA

    doc = sentence.doc
    wanted = _lemma_hashes(doc.vocab)
    lemmas = doc.to_array([LEMMA])[sentence.start:sentence.end]
    return [doc[sentence.start + i] for i, h in enumerate(lemmas.tolist()) if h in wanted and sentence.start + i not in skip]


@lru_cache(maxsize=4)
def _lemma_hashes(vocab) -> frozenset[int]:
    strings = vocab.strings
    return frozenset(strings.add(form) for lemma in trigger_lemmas() for form in (lemma, lemma.capitalize()))


@lru_cache(maxsize=1)
def content_verbs() -> frozenset[str]:
    """Verbs by which a text or statement says what it does ('a bill that would bar ...'): kg/data/bills.json."""
    return frozenset(load_json("bills.json")["content_verbs"])


@lru_cache(maxsize=1)
def penalty_nouns() -> frozenset[str]:
    """Penalties a text may carry, whose on/against phrase names whom it is aimed at ('a bill including sanctions on X')."""
    return frozenset(load_json("bills.json")["penalty_nouns"])


@lru_cache(maxsize=1)
def reaction_words() -> frozenset[str]:
    """Participles of feeling ('concerned', 'alarmed'): their subject reacts to an event, it does not undergo it."""
    return frozenset(load_json("events.json")["reaction_words"])


@lru_cache(maxsize=1)
def acting_speech_verbs() -> frozenset[str]:
    """Speech verbs whose every frame is a Threat or Rejection ('threaten', 'deny'): the act, not a Statement."""
    triggers = lexicon()[0]
    acts = {lemma for t in triggers if t.cls in ("Threat", "Rejection") and t.pos == "VERB" for lemma in t.lemmas}
    said = {lemma for t in triggers if t.cls == "Statement" and t.pos == "VERB" for lemma in t.lemmas}
    return frozenset((acts - said) & speech_verbs())


@lru_cache(maxsize=1)
def speech_nouns() -> frozenset[str]:
    """Nouns of speech whose possessor speaks ("his statement", "her spokesman"): the Statement frames'
    nouns and events.json's speech_nouns."""
    said = {lemma for t in lexicon()[0] if t.cls == "Statement" and t.pos == "NOUN" for lemma in t.lemmas}
    return frozenset(said | set(load_json("events.json")["speech_nouns"]))


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Verbs that introduce quoted or reported speech ("said", "told", "added")."""
    return frozenset(load_json("events.json")["speech_verbs"])
