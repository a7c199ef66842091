"""Helpers that read spaCy's dependency parse: subjects, objects, prepositions, dominance."""
from __future__ import annotations

from ..data import word_set
from .absolutes import absolute_subject
from .captivity import captor, held_subject, judged_participle, misread_relative, ordered_clause, ordering_verb
from .dated import dated_subject
from .strays import stray_subject


def prepositions_of(token) -> list[tuple[str, object]]:
    """(preposition, object) pairs of the token, and those the parser hung on its price ("jets worth $2 billion from X")."""
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative"):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "pcomp"):
                    out.append((child.lower_, grandchild))
        elif child.lower_ == "worth" and child.i > token.i:
            out += [(p, o) for p, o in prepositions_of(child) if p != "of"]
        elif child.dep_ == "advcl" and (with_object := misparsed_with(child)) is not None:
            out.append(("with", with_object))
    return out


def misparsed_with(clause):
    """'met today with X in Y to discuss Z' may be parsed as a clause 'with X ... to discuss Z' whose
    subject is X: the with-object of the verb before it (not 'with prices rising', which has no 'to')."""
    verb = clause.head
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "with"), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if mark is None or subject is None or not verb.i < mark.i < subject.i < clause.i \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    between = verb.doc[verb.i + 1:mark.i]
    return subject if all(t.dep_ in ("advmod", "npadvmod") for t in between) else None


# Nouns of a standing one is "in" and acts from ("is in talks to buy"; not "in order to").
_STANDINGS = frozenset({"discussion", "negotiation", "position", "process", "talk"})


def agent_of_passive(verb):
    """The by-phrase of a passive verb, or of the participle coordinated after it ("was detained
    and deported by Chile": Chile both times)."""
    for head in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")):
        for child in head.children:
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    # "was sentenced to 16 years in a penal colony by a court": the parser hangs the by-phrase on
    # the noun of the verb's own prepositional phrase before it
    for _, noun in (po for po in prepositions_of(verb) if po[0] != "by"):
        for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
            return next((g for g in by.children if g.dep_ == "pobj"), None)
    if captor(verb) is not None:  # "were held captive by X": the by-phrase hung on "captive"
        return captor(verb)
    if ordered_clause(verb):  # "a court ordered X detained", "ruled that X should be detained": the court
        return clause_subject(ordering_verb(verb))
    return None


def passive_verb(verb) -> bool:
    """A passive verb; 'by' misread as a passive's agent leaves an active verb with its subject
    active ('France denounced a strike Monday by militants')."""
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps or "agent" in deps and "nsubj" not in deps or (
        verb.dep_ == "conj" and "auxpass" in deps and not deps & {"nsubj", "dobj"})  # "X led the march but was arrested"


def undergone(verb, is_verb: bool = True) -> bool:
    """The verb has no doer of its own as subject: a passive, a participle on a noun ("Americans detained
    abroad"), one coordinated with a passive ("was arrested and released"), "after being freed", a
    misread reduced relative ("sailors held hostage by X"), or a clause a court orders ("ordered X jailed")."""
    participle = verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not _misread_participle(verb) \
        and not sentence_verb_on_subject(verb)
    return (is_verb and passive_verb(verb)) or participle \
        or passive_conjunct(verb) or passive_after_preposition(verb) or misread_relative(verb) or ordered_clause(verb) \
        or held_subject(verb) is not None


def sentence_verb_on_subject(verb) -> bool:
    """The sentence's own verb parsed as a participle on its subject, past the subject's apposition:
    "The X Brigades, the armed wing of Y, threatened ..." (not "the report, released by Y, ...")."""
    noun = verb.head
    return verb.dep_ == "acl" and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ == "agent" for c in verb.children) \
        and any(c.dep_ == "appos" and noun.i < c.i < verb.i for c in noun.children)


def passive_conjunct(verb) -> bool:
    """A participle coordinated with a passive verb is passive too ("was arrested and later released")."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and any(
        c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


def passive_after_preposition(verb) -> bool:
    """'after being freed', 'since being detained': a passive with no subject of its own, undergone by
    the subject of the clause the preposition belongs to."""
    return verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and any(c.dep_ == "auxpass" for c in verb.children)


# Verbs whose object, not subject, does what the infinitive says: "urged Iran to release".
OBJECT_CONTROL = frozenset({"urge", "call", "ask", "encourage", "press", "push", "implore", "invite", "request", "appeal",
                            "demand", "allow", "force", "compel", "persuade", "order", "instruct", "tell", "advise",
                            "pressure", "pressurize", "enable", "help", "require", "expect", "want", "need", "permit"})


# Verbs whose object did what a "for" gerund says: "thanked Slovakia for providing", "designated X for shipping".
FOR_CONTROL = frozenset({"thank", "praise", "commend", "applaud", "congratulate", "salute", "hail", "credit", "reward",
                         "blame", "criticize", "criticise", "condemn", "accuse", "punish", "sanction", "designate",
                         "fault", "penalize", "penalise", "target", "arrest", "detain", "charge", "convict", "sentence"})


# Verbs whose object (or passive subject) did what an "of" gerund says: "accused X of supplying",
# "X is suspected of shipping".
OF_CONTROL = frozenset({"accuse", "suspect", "convict", "acquit", "clear"})


def reason_doer(prep):
    """Who did what a 'for'/'over' phrase of blame or penalty says: 'sanctioned Turkey over its
    purchase', 'imposed sanctions on Turkey for acquiring S-400s' (Turkey); None when it names none."""
    if prep.lower_ not in ("for", "over"):
        return None
    head = prep.head
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in FOR_CONTROL:
        return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    penalties = word_set("events.json", "penalty_nouns")
    nouns = [head] if head.lemma_.lower() in penalties else [
        c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in penalties]
    return next((o for n in nouns for p in ("on", "against") for o in [prep_object(n, p)] if o is not None), None)


def object_controller(verb):
    """The object that controls a verb's infinitive: a direct object, or 'on'/'upon'/'from' X."""
    for child in verb.children:
        if child.dep_ in ("dobj",):
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon", "from", "for"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


# Texts whose "-ing" clause says what their author does: "a decision rejecting X" (not "a network supplying X").
_DOCUMENTS = frozenset({"decision", "ruling", "judgment", "judgement", "verdict", "statement", "declaration", "letter",
                        "resolution", "communique", "communiqué", "message", "report", "note", "motion", "petition",
                        "notice", "advisory", "alert", "bulletin", "directive"})
# Prepositions whose gerund is done by the governing clause's subject ("by providing", "on
# delivering"); not "for"/"of"/"with", whose gerund often belongs to the object ("thanked X for providing").
_MANNER_PREPOSITIONS = frozenset({"by", "on", "in", "through", "while", "after", "before"})


def _quoted(token) -> bool:
    """The phrase the token heads begins inside double quotes (an odd number of quote marks before it)."""
    return sum(t.text in ('"', "\u201c", "\u201d") for t in token.doc[:token.left_edge.i]) % 2 == 1


def _swallowed_subject(verb):
    """The subject the parser hung on a fronted phrase: in 'In response to the war on Ukraine, the Treasury
    announced ...' the Treasury was parsed as an apposition of Ukraine; it is the name after the comma that ends
    right before the verb (a date between them aside)."""
    for phrase in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for noun in (t for t in phrase.subtree if t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN") and t.i > 0):
            between = verb.doc[noun.right_edge.i + 1:verb.i]
            if verb.doc[_appositions_start(noun) - 1].text == "," and all(
                    t.dep_ in ("punct", "npadvmod", "advmod") for t in between):
                return noun
    return None


def _misread_participle(verb) -> bool:
    """A verb parsed as a participle modifying the sentence's root noun, yet taking a direct object
    ("The Ministry of X condemned on Tuesday the attack"): the noun is its subject."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "ROOT" \
        and verb.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children)  # "sailors held hostage by X"


def dateline(noun) -> bool:
    """The noun opens the sentence as a place name set off by a dash: a dateline, no subject
    ("Haddad - a veteran of the talks - was arrested" names a person, no place)."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.left_edge.i == noun.sent.start and noun.pos_ == "PROPN" and noun.ent_type_ in ("GPE", "LOC") \
        and nxt is not None and nxt.text in ("-", "—", "–")


def _appositions_start(noun) -> int:
    """Where the name's phrase starts: ', UK Prime Minister Rishi Sunak met' may be parsed as two appositions
    of the fronted noun ('UK' and 'Prime Minister Rishi Sunak'); the country's is part of the name's."""
    start = noun.left_edge.i
    while start > 0 and noun.doc[start - 1].dep_ == "appos" and noun.doc[start - 1].head.i == noun.head.i \
            and noun.doc[start - 1].right_edge.i == start - 1:
        start = noun.doc[start - 1].left_edge.i
    return start


def clause_subject(verb, depth: int = 0):
    """The subject of a verb, following control and coordination ('plans to buy', 'and limit')."""
    if depth > 4:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that"]
    if len(subjects) > 1:  # "fighters which ... European nations have refused to repatriate": "which" is the object
        subjects = [c for c in subjects if c.tag_ not in ("WDT", "WP")] or subjects
    if len(subjects) > 1:  # '"Brutal dictator," X tweeted': the quoted words parsed as a second subject
        subjects = [c for c in subjects if not _quoted(c)] or subjects
    if len(subjects) == 2 and (subjects[0].pos_ == "NOUN" or subjects[0].tag_ == "NNPS") \
            and (subjects[1].pos_ == "PROPN" or subjects[0].left_edge.tag_ == "VBG") and subjects[1].left_edge.i > 0 and subjects[1].doc[subjects[1].left_edge.i - 1].text in (",", "—", "–", ":"):
        return subjects[1]  # "A member of the Senate, Ana Ruiz said", "Three Republicans — Reps. A, B and C — voted":
        # the description stands before the names; "Briefing reporters in X, the leader said": a fronted participle
    if len(subjects) == 2 and subjects[1].ent_type_ == "PERSON" and subjects[1].left_edge.i > 0 \
            and subjects[1].doc[subjects[1].left_edge.i - 1].text == ")":
        return subjects[1]  # "Foreign Minister (FM) X held": the title's bracketed short form splits the subject
    if len(subjects) == 2 and dateline(subjects[0]):  # "Nairobi - The bill was approved": the city heads the story
        return subjects[1]
    if subjects and verb.dep_ == "advcl" and misparsed_with(verb) == subjects[0]:
        return clause_subject(verb.head, depth + 1)  # "met with X in Y to discuss": who met discusses
    if subjects:
        return subjects[0]
    for aux in (c for c in verb.children if c.dep_ in ("aux", "auxpass")):  # "The US has been encouraging":
        for child in aux.children:  # the subject hung on an auxiliary
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    swallowed = _swallowed_subject(verb) if verb.dep_ == "ROOT" else None
    if swallowed is None:  # "Chancellor Angela Merkel Wednesday criticized": the name hung on the date
        swallowed = dated_subject(verb) or stray_subject(verb)  # "X claimed it and Kyiv denied"
    if swallowed is not None:
        return swallowed
    if _misread_participle(verb):  # "The Ministry condemned on Tuesday the attack": no reduced relative takes an object
        return verb.head
    if verb.dep_ == "acomp" and verb.head.pos_ in ("AUX", "VERB"):  # "the US is deeply concerned by ..."
        return clause_subject(verb.head, depth + 1)
    for child in verb.children:  # "calling for China to release them": the subject after "for"
        if child.dep_ == "mark" and child.lower_ == "for":
            named = next((g for g in child.children if g.dep_ == "pobj"), None)
            if named is not None:
                return named
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and _small_clause(verb.head):
        # "urged X to reconsider and spoke with Y": a finite verb hung on an infinitive joins its governor
        return clause_subject(verb.head.head, depth + 1)
    if verb.dep_ == "dep" and verb.tag_ == "VB":  # "call on X to allow A, release B": parsed loose of "allow"
        sibling = next((c for c in verb.head.children if c.dep_ == "xcomp" and c.i < verb.i), None)
        if sibling is not None:
            return clause_subject(sibling, depth + 1)
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in OBJECT_CONTROL:
        controller = object_controller(verb.head)  # "urged Iran to release", "called on Iran to release"
        if controller is not None:
            return controller
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "if attacked", "his son, wrongfully detained citizen X": a bare participle is passive
    if judged_participle(verb):
        return None  # "X was arrested ..., wrongfully detained citizen Y": no doer of X's
    if verb.dep_ in ("xcomp", "advcl", "conj", "ccomp") and verb.head.i != verb.i:
        return clause_subject(verb.head, depth + 1)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in OF_CONTROL:
        doer = next((c for c in verb.head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if doer is not None:  # "accused X of shipping"
            return doer
    doer = reason_doer(verb.head) if verb.dep_ == "pcomp" else None
    if doer is not None:  # "thanked Slovakia for providing", "imposed sanctions on Turkey for acquiring"
        return doer
    if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.pos_ == "VERB":
        return clause_subject(verb.head.head, depth + 1)  # "looks forward to signing", "is committed to buying"
    if verb.dep_ == "pcomp" and verb.head.lower_ in _MANNER_PREPOSITIONS:
        # "helped by delivering", "placed priority on delivering": whoever does the governing act
        governor = verb.head.head
        if governor.pos_ == "NOUN" and governor.dep_ == "dobj":
            governor = governor.head
        if governor.pos_ in ("VERB", "AUX"):
            return clause_subject(governor, depth + 1)
    if sentence_verb_on_subject(verb):
        return verb.head
    if verb.dep_ == "acl" or (verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "to") and verb.head.head.pos_ in ("NOUN", "ADJ")):
        noun = verb.head if verb.dep_ == "acl" else verb.head.head  # "Ankara's decision to buy", "threats of imposing"
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "amod") and child.i < noun.i and (
                    child.pos_ in ("PROPN", "PRON") or child.pos_ == "ADJ" and child.text[:1].isupper()):
                return child  # "Ankara's decision to buy", "the Turkish decision to buy"; not "a unanimous decision"
        by = prep_object(noun, "by")
        if by is not None and verb.dep_ == "acl":  # "the decision by the Government of X to release"
            return by
        if verb.dep_ == "acl" and noun.lemma_.lower() in _STANDINGS and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
                and noun.head.head.pos_ in ("AUX", "VERB"):  # "is in talks to buy": who is in talks
            return clause_subject(noun.head.head, depth + 1)
        if noun.pos_ == "ADJ" and noun.dep_ == "acomp":  # "Ankara would be open to purchasing"
            return clause_subject(noun.head, depth + 1)
    noun = verb.head
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return clause_subject(noun.head, depth + 1)  # "authorized a drawdown to provide aid": who authorized
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.lemma_.lower() in _DOCUMENTS and noun.dep_ == "dobj" \
            and noun.head.pos_ == "VERB":  # "delivered a decision rejecting X", "issued a statement condemning X"
        return clause_subject(noun.head, depth + 1)
    return absolute_subject(verb)  # "with Moscow releasing journalist X", misparsed as one name


def _small_clause(verb) -> bool:
    """An infinitive complement: 'urged X to reconsider'."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VB"


def left_of_noun(token) -> list:
    """Words just before a noun that the parser hung elsewhere: 'his Brussels meeting'."""
    out, i = [], token.i - 1
    while i >= 0 and token.i - i <= 3 and token.doc[i].pos_ in ("PROPN", "ADJ", "PRON", "NOUN") and token.doc[i].head.i != token.i:
        out.append(token.doc[i])
        if token.doc[i].dep_ == "poss":
            break
        i -= 1
    return out


def complement_of(head, token) -> bool:
    """`token` states the content of `head`: 'threats of imposing sanctions', 'threatened X with sanctions'."""
    t = token
    while t.i != head.i:
        if t.dep_ == "prep" and t.lower_ not in ("of", "with", "to"):
            return False
        if t.dep_ in ("nsubj", "nsubjpass", "advcl", "ccomp", "conj", "relcl") or t.head.i == t.i:
            return False
        t = t.head
    return True


def dominates(head, token) -> bool:
    return head.i != token.i and any(a.i == head.i for a in token.ancestors)


def distance(head, token) -> int:
    n = 0
    for a in token.ancestors:
        n += 1
        if a.i == head.i:
            return n
    return 99


def prep_object(token, preposition: str):
    """The object of a preposition attached to `token`: 'of' in 'purchase of the S-400' -> 'S-400'."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def attributes_a_label(verb) -> bool:
    """'over what they described as X', 'for what he said was X': a speech verb in a free relative
    under a preposition attributes wording inside another event; it is no statement of its own."""
    return verb.dep_ == "pcomp" and verb.left_edge.lower_ == "what"


def title_case(doc) -> bool:
    """A block written in Title Case ("Tesco To Sell Polish Stores"): its capitals say nothing of names."""
    words = [t for t in doc if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.is_title or t.is_upper for t in words) >= 0.75 * len(words)


def text_of(doc) -> str:
    """The Doc's text, built once: spaCy joins it from the tokens again on every `doc.text`."""
    text = doc.user_data.get("kg:text")
    if text is None:
        text = doc.user_data["kg:text"] = doc.text
    return text


def governed_by(noun, lemmas) -> bool:
    """The noun is the object of one of `lemmas`, or of its "of" or "on", or modifies it ("amid threats",
    "in breach of sanctions", "curbs on exports", "sanctions evasion")."""
    for _ in range(3):  # through quantities: "under a raft of sanctions", "in breach of a series of sanctions"
        of = noun.dep_ == "pobj" and noun.head.lower_ in ("of", "on")  # "curbs on exports"
        head = noun.head.head if of else noun.head
        if noun.dep_ in ("pobj", "dobj", "compound") and head.lemma_.lower() in lemmas:
            return True
        if not of:
            return False
        noun = head
    return False


def doerless_passive(verb) -> bool:
    """A passive verb with no by-phrase: 'jets have been delivered to Ukraine'."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def deed_patients(noun) -> set[int]:
    """The tokens of what a deed noun does to others ('the decision ordering X to resume', 'a move
    allowing X to ...'): its participle or infinitive modifiers, less their 'by' doer ('taken by X').
    A subject deed is about its doer, not about whom it acts on."""
    if noun.pos_ != "NOUN":
        return set()
    out = set()
    for clause in (c for c in noun.children if c.dep_ == "acl"):
        doers = {t.i for a in clause.children if a.dep_ == "agent" for t in a.subtree}
        out |= {t.i for t in clause.subtree} - doers
    return out
