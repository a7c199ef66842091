"""Stage 6a, after the frames: what a sentence's framing says about its drafts, as wire copy
frames them. A condition or a whether-clause asserts nothing ("If Italy arrests X,
...", "asked whether X would ..."); "said nothing" says nothing; "..., the statement said" is one
statement; the press narrates ("Reuters reported", "state media said"); "Speaking to NBC, X said"
addresses NBC; "X's office said" is X speaking; "in a phone call with Y, X thanked Z": X held the call; "said in a statement that Y
had ...": the statement is about Y; "X said Y had done A and urged Z to ...": X urged; "Asked
about X, Y said": nobody named asked Y."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..data import load_json
from .concerns import concern_site
from .drafts import Draft, assign, content_target
from .inversion import inverted_speaker
from .lexicon import speech_verbs
from .relays import elaborated, unspoken
from .syntax import agent_of_passive, clause_subject, prepositions_of

if TYPE_CHECKING:
    from .refer import Referents

_CONDITIONS = frozenset({"if", "unless"})
_INVERTED = frozenset({"should", "had", "were"})  # "Should Poland detain X, ...": a condition without "if"
_SILENT = frozenset({"nothing"})  # "said nothing"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    raw = load_json("events.json")["framing"]
    return {k: frozenset(v) for k, v in raw.items() if k != "_comment"}


def settle(drafts: list[Draft], block: int, sentence, refs: Referents, outlets: frozenset[str]) -> list[Draft]:
    """The drafts a sentence asserts, with the speakers, call holders and targets its framing gives."""
    out = []
    for draft in drafts:
        if unasserted(draft.token) or _says_nothing(draft) or _names_the_speech(draft, drafts) or unspoken(draft, drafts):
            continue
        statement = draft.trigger.cls == "Statement"
        asked = statement and _fronted_participle(draft.token)  # "Asked about X, Y said": Y is no asker
        speaker = agent_of_passive(draft.token) if asked else _speaker_going_on(draft.token) \
            or (inverted_speaker(draft.token) if statement else None)
        if asked and speaker is None:
            continue
        if speaker is not None:  # not the reported clause's subject, nor the one asked
            draft.roles["agent"] = []
            assign(draft, "agent", speaker, refs)
            draft.roles["target"] = [k for k in draft.roles.get("target", []) if k not in draft.roles["agent"]]
        if statement and not draft.roles.get("agent"):  # "X's office said": X; "quoted X as saying": X
            assign(draft, "agent", _voice_owner(draft.token), refs)
            assign(draft, "agent", _quoted_as(draft.token), refs)
        if statement and not draft.roles.get("agent"):
            assign(draft, "agent", _stranded_speaker(draft.token), refs)
        spoken = elaborated(draft, drafts)  # "X said ..., confirming that Russia ...": X's, about none of X's own
        if spoken is not None:
            draft.roles["agent"] = list(spoken.roles["agent"])
            own = refs.own_side(draft.roles["agent"])
            draft.roles["target"] = [k for k in draft.roles.get("target", []) if k not in own]
        if statement and not draft.roles.get("counterpart"):  # "Speaking to NBC News, X said": NBC News
            assign(draft, "counterpart", addressee(draft.token), refs)
        if draft.trigger.id == "say" and (_only(draft.roles.get("agent"), outlets) or _narrator(draft.token)):
            speaker = _appositive_person(block, draft.token, refs)  # "Reuters, the mayor, Jean Dupont, said"
            if speaker is None:
                continue  # "Reuters reported ...": the journalist's narration
            draft.roles["agent"] = [speaker]
        if statement and _withheld(draft.token):
            continue  # "X declined to comment": X said nothing
        if draft.trigger.cls in ("Meeting", "Threat") and draft.trigger.pos == "NOUN" and not draft.roles.get("agent"):
            assign(draft, "agent", _occasion_holder(draft.token), refs)  # "in a warning to Tehran, X said": X warns
        for noun in _channels(draft.token) if statement and not draft.roles.get("target") else ():
            content_target(draft, noun, refs)  # "said in a statement that Ethiopia had ignored ..."
        if statement:
            concern_site(draft, refs)  # "concerned by the harassment of journalists in Turkey": Turkey
        out.append(draft)
    return out


def unasserted(token) -> bool:
    """The word is inside a condition or an open question: 'if Italy arrests X', 'unless ...',
    'should Poland detain X', 'asked whether the US would impose tariffs', 'asked if ...'."""
    for t in (token, *token.ancestors):
        marks = [c for c in t.children if c.dep_ in ("mark", "aux") and c.i < t.i]
        if any(m.lower_ == "whether" for m in marks):
            return True
        if t.dep_ not in ("advcl", "ccomp"):
            continue
        if any(m.lower_ in _CONDITIONS for m in marks) or t.i < t.head.i and any(
                m.lower_ in _INVERTED and m.i == t.left_edge.i for m in marks):  # parsed as either clause
            return True
    return False


def _speaker_going_on(verb):
    """The speaker of a verb coordinated after the clause they report, in the speech verb's own form
    where the reported verb has another ('X said Russia had launched drones, and urged Y to ...',
    'said Belarus was moving troops and called on Poland to ...'): the speech verb's subject."""
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    reported = verb.head
    while reported.dep_ == "conj":
        reported = reported.head
    speech = reported.head
    if reported.dep_ != "ccomp" or speech.lemma_.lower() not in speech_verbs() or verb.tag_ != speech.tag_:
        return None
    if reported.tag_ == verb.tag_ and not any(c.dep_ == "aux" for c in reported.children):
        return None  # "said Russia launched drones and hit a dam": one reported clause
    return clause_subject(speech)


def _fronted_participle(verb) -> bool:
    """'Asked whether ..., Y said', 'Pressed by Sweden, Hungary ...': a participle before the clause,
    passive, whose asker is no one or its by-phrase, never the clause's subject."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _narrator(verb) -> bool:
    """'State media reported', 'the newspaper said': the press narrates, named or not."""
    subject, words = clause_subject(verb), _words()
    if subject is None:
        return False
    if subject.lemma_.lower() in words["news_heads"] and any(  # "the Interfax news agency reported"
            c.dep_ in ("compound", "amod") and c.lower_ in words["news_modifiers"] for c in subject.children):
        return True
    return subject.lower_ in words["narrators"] or subject.lemma_.lower() in words["narrators"]


def _names_the_speech(draft: Draft, drafts: list[Draft]) -> bool:
    """'..., the statement said': the noun is the subject of the speech verb that tells the statement
    and knows who made it (else the noun's own frame names them: 'a statement issued by X condemned')."""
    token = draft.token
    return draft.trigger.cls == "Statement" and draft.trigger.pos == "NOUN" and token.dep_ == "nsubj" and any(
        d.token == token.head and d.trigger.cls == "Statement" and d.roles.get("agent") for d in drafts)


def _says_nothing(draft: Draft) -> bool:
    return draft.trigger.cls == "Statement" and draft.trigger.pos == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in _SILENT for c in draft.token.children)


def _voice_owner(verb):
    """Whose voice the subject is: 'Kemal Aydin's office said', 'her spokesman said'."""
    subject = clause_subject(verb) if verb.pos_ == "VERB" else None
    if subject is None or subject.lemma_.lower() not in _words()["voices"]:
        return None
    return next((c for c in subject.children if c.dep_ == "poss"), None)


def _quoted_as(verb):
    """Who speaks in 'state media quoted X as saying / telling Y', 'X was cited as saying': X."""
    if verb.dep_ not in ("pcomp", "advcl") or verb.head.lower_ != "as" or \
            verb.head.head.lemma_.lower() not in _words()["quoting_verbs"]:
        return None
    return next((c for c in verb.head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)


def addressee(token):
    """Whom the framing of a speech word addresses: the audience of a speaking participle, else the
    other party of the call, talks or letter it is said in ('In a call with Y, X stressed the need')."""
    audience = _audience(token) if token.pos_ in ("VERB", "AUX") else None
    if audience is not None:
        return audience
    verb = token if token.pos_ in ("VERB", "AUX") else token.head if token.dep_ in ("dobj", "nsubjpass") else None
    subject = clause_subject(verb) if verb is not None else None  # "X, in remarks to Y, said": on the subject
    framed = prepositions_of(verb) + prepositions_of(subject) if verb is not None and subject is not None else (
        prepositions_of(verb) if verb is not None else [])
    for preposition, noun in framed:
        if preposition in _words()["occasion_preps"] and noun.lemma_.lower() in _words()["occasion_nouns"] \
                and noun.tag_ != "NNP":  # "in Talks With X" in a headline's title case names no call
            party = next((o for p, o in prepositions_of(noun) if p in ("with", "to")), None)
            if party is not None:
                return party
    return None


def _audience(verb):
    """Whom a speaking participle that frames the speech verb addresses: 'Speaking to NBC News, X
    said', 'X, talking to reporters, said'."""
    subject = clause_subject(verb)
    frames = [c for c in verb.children if c.dep_ == "advcl"] + (
        [c for c in subject.children if c.dep_ == "acl"] if subject is not None else [])  # "X, talking to Y, said"
    opening = verb.doc[verb.sent.start]
    if verb.dep_ == "parataxis" and opening.dep_ == "advcl" and opening.i < verb.i:  # 'Speaking to Y, she said, "..."':
        frames.append(opening)  # the opening participle hangs somewhere in the quote
    for frame in (c for c in frames if c.tag_ == "VBG" and c.lemma_.lower() in _words()["audience_verbs"]):
        for preposition in (c for c in frame.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
            return next((o for o in preposition.children if o.dep_ == "pobj"), None)
    return None


def _occasion_holder(noun):
    """Who holds a call or talks that frame a clause: the clause's subject ('In a phone call with Y,
    X thanked Z', 'X said during talks with Y'), unless the clause is passive ('was arrested during
    talks with Y')."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in _words()["occasion_preps"] or prep.head.pos_ != "VERB":
        return None
    subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    if subject is None or prep.lower_ != "during" and prep.i > subject.i:
        return None  # "X remains in talks with Y": a state the clause is in, no call that frames it
    return subject


def _stranded_speaker(verb):
    """'Talking to X on Monday, the envoy, A B, said': the parser hangs the subject on the fronted
    phrase as an apposition, leaving the speech verb none; the name right before it speaks."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or verb.i < 2:
        return None
    before, name = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    return name if before.text == "," and name.pos_ == "PROPN" and name.dep_ == "appos" and name.i > name.head.i \
        and name.head.i < verb.i and any(a.i == verb.i for a in name.ancestors) else None


def _channels(verb) -> list:
    """The documents a verb says its words in: 'said in a statement that ...'."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "through")
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _words()["channel_nouns"]]


def _withheld(verb) -> bool:
    """The speech verb is what its subject declined or refused to do ('declined to comment')."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _words()["withholding_verbs"]


def _only(keys, among) -> bool:
    return bool(keys) and all(k in among for k in keys)


def _appositive_person(block: int, verb, refs: Referents) -> str | None:
    """The person in apposition to a speech verb's subject ("Reuters, the mayor of X, Jean Dupont, said")."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for t in subject.subtree:
            key = refs.resolve(block, t) if t.dep_ == "appos" else None
            if refs.cls(key) == "Person":
                return key
    return None
