"""Stage 6a: what a pronoun stands for. "He" and "she" agree in gender with a person
(genders.py), "they" may stand for everyone its antecedent names together, and the walk to an
antecedent prefers the latest subject of the paragraph, then the latest mention, in it and the
two paragraphs before. A mixin of Referents (refer.py), which holds the article's mentions."""
from __future__ import annotations

from functools import cached_property

from ..data import word_set
from .genders import pronoun_gender
from .lexicon import speech_nouns, speech_verbs
from .quotemarks import quote_spans
from .syntax import clause_subject

MALE_OR_FEMALE = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
THING = {"it", "its", "itself"}
THEY = {"they", "them", "their", "themselves"}


# Words that, standing alone as a subject or object, count people named before ("Both were freed").
_COUNTS = frozenset({"both", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def bare_count(token) -> bool:
    """'Both were released', 'the two were detained', 'all four': a count with no noun, standing for
    people named before, as "they" does."""
    return token.lower_ in _COUNTS and token.dep_ in ("nsubj", "nsubjpass", "dobj") and not any(
        c.dep_ == "prep" for c in token.children)


def plural_pronoun(token) -> bool:
    """'they' and its kin, or a bare count standing for people."""
    return token.lower_ in THEY or bare_count(token)


def _subject(token) -> bool:
    """The token is a clause's subject, names the subject's kind ("the Venezuelan regime meets ..."),
    or is the name the parser set beside a subject title ("US President Barack Obama condemned ...")."""
    return token.dep_ in ("nsubj", "nsubjpass") or (
        token.dep_ in ("amod", "compound") and token.head.dep_ in ("nsubj", "nsubjpass")) or (
        token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "PROPN")


def _in_relative_clause(token) -> bool:
    """'the parliament that Lukashenko disbanded': a subject inside a relative clause is not what the
    next sentence's 'he' most likely stands for; the main clause's subject is."""
    return any(a.dep_ == "relcl" for a in token.ancestors)


def own_subject_before(pronoun):
    """The subject of the verb a possessive pronoun's phrase hangs on, if it comes first."""
    if pronoun.dep_ != "poss":
        return None
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    return subject if subject is not None and subject.i < pronoun.i else None


def plural_subject_before(pronoun):
    """The plural common noun the pronoun's sentence opens with, or has as a subject before it
    ("The parties said they ...", "Six defendants ..., at the time of their arrest")."""
    before = [t for t in pronoun.sent if t.i < pronoun.i]
    first = next((t for t in before if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if first is not None and first.tag_ == "NNS":
        return first
    return next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS"), None)


def inherited_subject(pronoun):
    """The subject an object pronoun's clause takes from the clause it hangs on ("Prosecutors ..., charging them"):
    never the pronoun's antecedent, which would be "themselves"."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = next((a for a in pronoun.ancestors if a.pos_ == "VERB"), None)
    while verb is not None and verb.dep_ in ("advcl", "xcomp", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None


def _a_place(token, classes) -> bool:
    """A name used as where something happens ("met in Riga"), no antecedent of 'they' or 'it'."""
    return "Person" not in classes and token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "near", "inside")


def _quoted_before(pronoun) -> frozenset[int]:
    """Tokens of the quotes before a speaking pronoun in its paragraph: '"... the Ugandan police," it said'
    names what the speaker spoke of, never the speaker."""
    return frozenset(i for start, end in quote_spans(pronoun.doc) if end <= pronoun.i for i in range(start, end))


def speaks(pronoun) -> bool:
    """The pronoun is the subject of a speech verb, or the possessor of a word of speech ("his statement");
    not of other things ("since his arrest": the one arrested need not be the last speaker)."""
    head = pronoun.head
    return head.lemma_.lower() in speech_verbs() or pronoun.dep_ == "poss" and head.lemma_.lower() in speech_nouns()


class PronounReferents:
    """The pronoun half of Referents: needs its found, classes, mention_at, speakers, genders,
    conjoined, cls() and resolve()."""

    def agrees(self, key: str | None, pronoun) -> bool:
        """The key may stand for the pronoun: not a person of the other gender ("she": not John)."""
        gender = pronoun_gender(pronoun)
        return gender is None or self.cls(key) != "Person" or self.genders.get(key, gender) == gender

    def issuer(self, block: int, token) -> str | None:
        """Who issued the text a subject names ("The statement also said"): the latest speaker within three
        paragraphs, unless someone spoke since whom no event names ("a paper quoted a court official
        who said ..."): then it is that one's text, and no one we know issued it."""
        for b, i, key in reversed(self.speakers):
            if (b, i) < (block, token.i) and block - b <= 3:
                return None if self._unnamed_speech_between((b, i), (block, token.i)) else key
        return None

    def _unnamed_speech_between(self, start: tuple[int, int], end: tuple[int, int]) -> bool:
        """A speech verb after the speaker's sentence and before `end` whose speaker is not among the known."""
        known = {(b, i) for b, i, _ in self.speakers}
        first = self.found.parsed.blocks[start[0]].doc[start[1]].sent.end  # the speaker's own sentence goes on
        return any((b, t.i) < end and (b > start[0] or t.i >= first) and (b, t.i) not in known
                   and t.pos_ == "VERB" and t.lemma_.lower() in speech_verbs()
                   for b in range(start[0], end[0] + 1) for t in self.found.parsed.blocks[b].doc)

    def held_people(self, block: int, token) -> str | None:
        """'They are being held', 'released them': the group or person "they" stands for, when a
        slot takes only people (the state named last is no detainee)."""
        if not plural_pronoun(token):
            return None
        return self._antecedent(block, token, {"Group", "Person"}, exclude=self._captors)  # not "the authorities"

    def captor(self, key: str | None) -> bool:
        """The key is a group that holds people ("Iranian authorities", "the police"), never one held."""
        return key in self._captors

    @cached_property
    def _captors(self) -> frozenset[str]:
        nouns = word_set("groups.json", "captor_nouns")
        return frozenset(e.key for e in self.found.entities if e.cls == "Group"
                         and any(name.split()[-1].lower() in nouns for name in e.names if name))

    def _antecedent(self, block: int, token, classes: set[str], depth: int = 0,
                    exclude: frozenset[str] = frozenset()) -> str | None:
        # depth is the caller's: a pronoun whose clause subject is itself a pronoun phrase
        # ("Ortega's plundering of his nation's assets") would otherwise resolve in a cycle.
        if depth > 4:
            return None
        sentence = token.sent
        if token.dep_ == "poss":  # "During his meeting ..., Pompeo raised": the clause's subject
            for t in sentence:
                if t.dep_ in ("nsubj", "nsubjpass") and t.i > token.i and t.head.dep_ == "ROOT":
                    key = self.resolve(block, t, depth + 1)
                    if key and self.cls(key) in classes and self.agrees(key, token):
                        return key
        itself = self._clause_subject_key(block, token, depth)  # "Kagame told him": not Kagame
        if token.lower_ in ("him", "her") and token.dep_ in ("dobj", "pobj", "dative"):
            key = self._earlier_in_sentence(block, token, classes)
            if key and key != itself:  # "labelled Smith a terrorist and sanctioned him": Smith
                return key
        if "Person" in classes and speaks(token):  # "..., he added": the one who spoke last
            for b, i, key in reversed(self.speakers):
                if (b, i) < (block, token.i) and block - b <= 2 and self.agrees(key, token):
                    return key
        # the latest subject, else the latest mention, before the token: in its paragraph first
        quoted = _quoted_before(token) if speaks(token) and token.dep_ == "nsubj" else frozenset()
        for b in range(block, max(block - 2, 0) - 1, -1):
            if self.found.parsed.blocks[b].block.kind == "caption" and b != block:
                continue
            bdoc = self.found.parsed.blocks[b].doc
            limit = token.i if b == block else len(bdoc)
            before = [m for m in sorted(self.found.mentions_in(b), key=lambda m: m.start, reverse=True)
                      if m.start < limit and (self.cls(m.key) in classes or self._people_named_together(m, token))
                      and not (m.voice and plural_pronoun(token)) and self.agrees(m.key, token) and m.key != itself
                      and m.key not in exclude and not (b == block and m.start in quoted)]
            for tier in ("main subject", "subject", "mention"):
                for m in before:
                    head = bdoc[m.end - 1]
                    if tier == "main subject" and not (_subject(head) and not _in_relative_clause(head)) or \
                            tier == "subject" and not _subject(head) or tier == "mention" and _a_place(head, classes):
                        continue
                    if plural_pronoun(token):  # "Chile and Peru met. They signed": both; "A met B. They ...": A and B
                        self.conjoined[(block, token.i)] = tuple(
                            k for c in head.conjuncts for k in [self._key_at(b, c)] if self.cls(k) == self.cls(m.key)
                        ) + self._partners(b, head)
                    return m.key
        return None

    def _clause_subject_key(self, block: int, token, depth: int) -> str | None:
        """Whom an object 'him'/'her' cannot stand for: the subject of its own verb (who would be 'himself')."""
        if token.lower_ not in ("him", "her") or token.dep_ not in ("dobj", "dative"):
            return None
        subject = clause_subject(token.head)
        return self.resolve(block, subject, depth + 1) if subject is not None and subject.i != token.i else None

    def _people_named_together(self, mention, pronoun) -> bool:
        """'They' may stand for people named together ("A and B met. They discussed ...", "A met B")."""
        if not plural_pronoun(pronoun) or self.cls(mention.key) != "Person":
            return False
        head = self.found.parsed.blocks[mention.block].doc[mention.end - 1]
        return any(self.cls(self._key_at(mention.block, c)) == "Person" for c in head.conjuncts) or bool(
            self._partners(mention.block, head))

    def _partners(self, block: int, subject) -> tuple[str, ...]:
        """The people a person subject met, hosted or spoke with ("A met with B", "A hosted B"): a later
        'they' stands for both sides."""
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.lemma_.lower() not in word_set("descriptions.json", "partner_verbs"):
            return ()
        sides = [c for c in verb.children if c.dep_ == "dobj"] + [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        return tuple(k for side in sides for t in (side, *side.conjuncts) for k in [self._key_at(block, t)]
                     if self.cls(k) == "Person")

    def _key_at(self, block: int, token) -> str | None:
        mention = self.mention_at.get((block, token.i))
        return mention.key if mention is not None else None

    def _earlier_in_sentence(self, block: int, token, classes: set[str]) -> str | None:
        """The latest mention before an object pronoun in its sentence, other than the subject of
        the pronoun's own clause (who would be 'himself')."""
        verb = token.head.head if token.dep_ == "pobj" else token.head
        bdoc = self.found.parsed.blocks[block].doc
        start = token.sent.start
        for m in sorted(self.found.mentions_in(block), key=lambda m: m.start, reverse=True):
            if m.start >= token.i or m.start < start or self.cls(m.key) not in classes or not self.agrees(m.key, token):
                continue
            head = bdoc[m.end - 1]
            if head.dep_ in ("nsubj", "nsubjpass") and head.head == verb:
                return None
            return m.key
        return None
