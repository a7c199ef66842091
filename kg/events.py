"""Stage 6: events (who did what to whom) from trigger frames in the dependency parse.

Triggers are data (kg/data/events.json). For each trigger the frame's slots (subject,
object, possessor, modifiers, prepositions) are read from the parse, resolved to entities
(kg/refer.py) and mapped to roles. Attributes (date, money, quantity), modality and topic
links follow; events of one class told twice in a sentence merge.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from .attributes import EventDate, Money, parse_money, parse_quantity, resolve_date
from .data import load_json
from .entities import ArticleEntities
from .offices import OfficeClaim
from .quotes import quote_spans, quote_statements
from .refer import ACTOR_CLASSES, Referents, prep_object

ENTITY_ROLES = ("agent", "counterpart", "target", "item", "place")
ROLE_CLASSES = {"agent": ACTOR_CLASSES, "counterpart": ACTOR_CLASSES, "target": ACTOR_CLASSES,
                "item": {"Product", "Organization"}, "place": {"Place", "Country"}}
MODALITY_ORDER = ("Negated", "Threatened", "Proposed", "Planned")
VALUED = {"Purchase", "AgreementSigning", "Transfer", "Sanction"}


@dataclass(frozen=True)
class Trigger:
    """One trigger frame of kg/data/events.json."""

    id: str
    cls: str
    pos: str
    lemmas: frozenset[str]
    slots: dict
    object_lemmas: frozenset[str] = frozenset()
    requires: tuple[str, ...] = ()
    confidence: float = 0.8
    implies_purchase_of_item: bool = False


@dataclass(frozen=True)
class EventMention:
    """An event as one article tells it: roles hold the article's entity keys."""

    cls: str
    rule: str
    block: int
    token: int
    sentences: tuple[tuple[int, int], ...]  # evidence: character spans in the document text
    roles: tuple[tuple[str, str], ...]
    modality: str = "Asserted"
    confidence: float = 0.8
    date: EventDate | None = None
    value: Money | None = None
    quantity: Decimal | None = None
    quote: str | None = None
    topics: tuple[int, ...] = ()  # indexes of other events of the article

    def role(self, name: str) -> list[str]:
        return [k for r, k in self.roles if r == name]


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


@lru_cache(maxsize=1)
def _lexicon():
    raw = load_json("events.json")
    triggers = []
    for t in raw["triggers"]:
        slots = {k: t[k] for k in ("subject", "object", "poss", "modifiers", "item_modifiers", "preps", "affected") if k in t}
        triggers.append(Trigger(t["id"], t["class"], t["pos"], frozenset(t["lemmas"]), slots,
                                frozenset(t.get("object_lemmas", ())), tuple(t.get("requires", ())),
                                t.get("confidence", 0.8), t.get("implies_purchase_of_item", False)))
    cues = {m: frozenset(words) for m, words in raw["modality_cues"].items()}
    return tuple(triggers), frozenset(raw["support_verbs"]), cues


def find_events(found: ArticleEntities, offices: list[OfficeClaim]) -> tuple[EventMention, ...]:
    """Every event the article's headline and body tell (photo captions are left out)."""
    refs = Referents(found, offices)
    article = found.parsed.article
    events: list[EventMention] = []
    for index, pb in enumerate(found.parsed.blocks):
        if pb.block.kind == "caption":
            continue
        inside_quotes = {i for start, end in quote_spans(pb.doc) for i in range(start, end)}
        for sentence in pb.doc.sents:
            drafts = [d for t in sentence if t.i not in inside_quotes for d in _frames(index, t, refs)]
            found_here = _finish(drafts, sentence, pb, article.published, refs, len(events))
            for event in found_here:
                refs.speakers.extend((index, event.token, k) for k in event.role("agent")
                                     if event.cls == "Statement" and refs.cls(k) == "Person")
            events.extend(found_here)
        for statement in quote_statements(index, pb, refs):
            events.append(statement)
    return tuple(_merge_in_sentence(events))


def _frames(block: int, token, refs: Referents) -> list[_Draft]:
    triggers, support_verbs, _ = _lexicon()
    out = []
    lemma = token.lemma_.lower()
    for trigger in triggers:
        if lemma not in trigger.lemmas or not _pos_ok(token, trigger.pos):
            continue
        obj = _object(token) if trigger.pos == "VERB" else None
        if trigger.object_lemmas and (obj is None or obj.lemma_.lower() not in trigger.object_lemmas):
            continue
        draft = _Draft(trigger, block, token, confidence=trigger.confidence)
        _fill(draft, token, obj, refs, support_verbs)
        out.append(draft)
    return out


def _pos_ok(token, pos: str) -> bool:
    if pos == "VERB":
        return token.pos_ == "VERB"
    return token.pos_ in ("NOUN", "PROPN")


def _object(verb):
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            return child
    return None


def _fill(draft: _Draft, token, obj, refs: Referents, support_verbs) -> None:
    slots, block = draft.trigger.slots, draft.block
    preps = []  # (preposition, object token)
    if draft.trigger.pos == "VERB":
        passive = any(c.dep_ in ("nsubjpass", "agent") for c in token.children)
        subject = _agent_of_passive(token) if passive else _clause_subject(token)
        _assign(draft, slots.get("subject"), subject, refs)
        if obj is None and token.dep_ == "acl" and token.tag_ == "VBN":  # "Americans detained by Turkey"
            obj = token.head
        if "object" in slots and not draft.trigger.object_lemmas:
            _assign(draft, slots["object"], obj, refs)
        preps += _preps(token)
        if obj is not None and not draft.trigger.object_lemmas:  # "bought S-400 systems from Russia"
            preps += [(p, o) for p, o in _preps(obj) if p in slots.get("preps", {}) and p not in ("of", "in", "at")]
        if obj is not None and draft.trigger.object_lemmas:
            preps += _preps(obj)
            _modifiers(draft, obj, refs, slots.get("modifiers", {}))
            for child in obj.children:  # "the S-400 purchase agreement"
                if child.dep_ == "compound":
                    _modifiers(draft, child, refs, slots.get("modifiers", {}))
    else:
        for child in [*token.children, *_left_of_noun(token)]:
            if child.dep_ == "poss" and not draft.roles.get(slots.get("poss")):
                _assign(draft, slots.get("poss"), child, refs)
        _modifiers(draft, token, refs, slots.get("modifiers", {}))
        preps += [(p, o) for p, o in _preps(token) if p != "of"]
        of = prep_object(token, "of")
        if of is not None and "object" in slots:
            _assign(draft, slots["object"], of, refs)
        head = token.head
        if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in support_verbs:
            if not draft.roles.get(slots.get("poss", "agent")):
                _assign(draft, slots.get("poss", "agent"), _clause_subject(head), refs)
            preps += _preps(head)
    mapping = slots.get("preps", {})
    for preposition, target in preps:
        role = mapping.get(preposition)
        if role == "participants":
            parties = [target, *target.conjuncts]
            _assign(draft, "agent", parties[0], refs, with_conjuncts=False)
            for other in parties[1:]:
                _assign(draft, "counterpart", other, refs, with_conjuncts=False)
        elif role and role != "topic":
            _assign(draft, role, target, refs)
    if draft.trigger.cls in ("AgreementSigning", "Meeting") and len(draft.roles.get("agent", [])) > 1 \
            and not draft.roles.get("counterpart"):  # "Japan and Australia signed a pact"
        first, *others = draft.roles["agent"]
        draft.roles["agent"], draft.roles["counterpart"] = [first], others
    item_mods = slots.get("item_modifiers")
    if item_mods:
        for item_token in _item_tokens(token, obj):
            for key in refs.modifiers(block, item_token):
                role = item_mods.get(refs.cls(key))
                if role and key not in draft.roles.get("agent", []):
                    draft.add(role, key)
    for item_token in _item_tokens(token, obj):
        numbers = [item_token] + [c for c in item_token.children if c.dep_ == "nummod"]
        for number in numbers:
            if number.like_num and (block, number.i) not in refs.mention_at and draft.quantity is None:
                draft.quantity = parse_quantity(" ".join(t.text for t in number.subtree if t.i <= number.i))
    affected = slots.get("affected")
    if affected and not draft.roles.get(affected):  # "Turkey would not be deterred by possible sanctions"
        _assign(draft, affected, _affected_party(token), refs)


def _left_of_noun(token) -> list:
    """Words just before a noun that the parser hung elsewhere: 'his Brussels meeting'."""
    out, i = [], token.i - 1
    while i >= 0 and token.i - i <= 3 and token.doc[i].pos_ in ("PROPN", "ADJ", "PRON", "NOUN") and token.doc[i].head.i != token.i:
        out.append(token.doc[i])
        if token.doc[i].dep_ == "poss":
            break
        i -= 1
    return out


def _item_tokens(token, obj):
    out = []
    for candidate in (obj, prep_object(token, "of"), prep_object(token, "for")):
        if candidate is not None:
            out.append(candidate)
            inner = prep_object(candidate, "of")
            if candidate.like_num and inner is not None:
                out.append(inner)
    return out


def _assign(draft: _Draft, role: str | None, token, refs: Referents, with_conjuncts: bool = True) -> None:
    if not role or token is None:
        return
    for t in [token, *token.conjuncts] if with_conjuncts else [token]:
        key = refs.resolve(draft.block, t)
        if key is None:
            continue
        if role in ROLE_CLASSES and refs.cls(key) not in ROLE_CLASSES[role]:
            continue
        draft.via_reference |= refs.mention_at.get((draft.block, t.i)) is None
        draft.add(role, key)


def _modifiers(draft: _Draft, token, refs: Referents, by_class: dict) -> None:
    for key in refs.modifiers(draft.block, token):
        role = by_class.get(refs.cls(key))
        if role and key not in sum(draft.roles.values(), []):
            draft.add(role, key)


def _preps(token) -> list[tuple[str, object]]:
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative"):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "pcomp"):
                    out.append((child.lower_, grandchild))
    return out


def _affected_party(noun):
    """Who undergoes a nominal event: the subject of 'X faces sanctions', 'X was hit by sanctions'."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "agent":
        return next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
    if noun.dep_ == "dobj" and head.lemma_.lower() in ("face", "fear", "avoid", "risk", "escape", "suffer", "survive"):
        return _clause_subject(head)
    return None


def _agent_of_passive(verb):
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _clause_subject(verb, depth: int = 0):
    """The subject of a verb, following control and coordination ('plans to buy', 'and limit')."""
    if depth > 4:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("that",):
            return child
    if verb.dep_ in ("xcomp", "advcl", "conj", "ccomp") and verb.head.i != verb.i:
        return _clause_subject(verb.head, depth + 1)
    if verb.dep_ == "acl" or (verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "to") and verb.head.head.pos_ in ("NOUN", "ADJ")):
        noun = verb.head if verb.dep_ == "acl" else verb.head.head  # "Ankara's decision to buy", "threats of imposing"
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "amod") and child.i < noun.i and child.pos_ in ("PROPN", "PRON", "ADJ"):
                return child
        if noun.pos_ == "ADJ" and noun.dep_ == "acomp":  # "Ankara would be open to purchasing"
            return _clause_subject(noun.head, depth + 1)
    return None


def _finish(drafts: list[_Draft], sentence, pb, published, refs: Referents, offset: int) -> list[EventMention]:
    """Apply requirements, nested threats, modality, attributes and topics to a sentence's drafts."""
    _, _, cues = _lexicon()
    for draft in drafts:  # "threats of imposing sanctions": the inner event is the threat's content
        if draft.trigger.cls == "Threat":
            for inner in drafts:
                if inner is not draft and _complement_of(draft.token, inner.token):
                    inner.modality = "Threatened"
                    if not inner.roles.get("agent") and draft.roles.get("agent"):
                        inner.roles["agent"] = list(draft.roles["agent"])
    drafts = _merge_drafts(drafts + _implied_purchases(drafts))
    kept = [d for d in drafts if all(d.roles.get(r) for r in d.trigger.requires)
            and any(d.roles.get(r) for r in ENTITY_ROLES)]
    for draft in kept:
        if draft.modality == "Asserted":
            draft.modality = _modality(draft.token, draft.trigger.cls, cues)
        if draft.via_reference:
            draft.confidence -= 0.1
    dates = _dates(sentence, published)
    out = []
    start = pb.block.start
    evidence = ((start + sentence.start_char, start + sentence.end_char),)
    for draft in kept:
        date = _date_for(draft, dates, kept)
        value = _money_for(draft, sentence, kept)
        roles = tuple(sorted((r, k) for r, keys in draft.roles.items() for k in keys if r in ENTITY_ROLES))
        out.append(EventMention(draft.trigger.cls, draft.trigger.id, draft.block, draft.token.i, evidence, roles,
                                draft.modality, round(draft.confidence, 2), date, value, draft.quantity))
    for i, draft in enumerate(kept):  # topic: the nearest event inside this one's frame
        inner = [j for j, other in enumerate(kept) if other is not draft and other.token.i != draft.token.i
                 and _dominates(draft.token, other.token)]
        if inner:
            j = min(inner, key=lambda j: _distance(draft.token, kept[j].token))
            out[i] = replace(out[i], topics=(offset + j,))
            if draft.trigger.cls == "Legislation":  # the bill is about its purpose's item and target
                roles = dict(out[i].roles)
                extra = [(r, k) for r, k in out[j].roles if r in ("item", "target") and r not in roles]
                out[i] = replace(out[i], roles=tuple(sorted(out[i].roles + tuple(extra))))
    return out


def _implied_purchases(drafts: list[_Draft]) -> list[_Draft]:
    """Signing an agreement for a product is buying it from the other signer."""
    out = []
    for d in drafts:
        if d.trigger.implies_purchase_of_item and d.roles.get("item"):
            purchase = _Draft(replace(d.trigger, id=d.trigger.id + "+purchase", cls="Purchase", requires=()),
                              d.block, d.token, {k: list(v) for k, v in d.roles.items()},
                              d.quantity, d.modality, d.confidence - 0.1, d.via_reference)
            out.append(purchase)
    return out


def _merge_drafts(drafts: list[_Draft]) -> list[_Draft]:
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


def _complement_of(head, token) -> bool:
    """`token` states the content of `head`: 'threats of imposing sanctions', 'threatened X with sanctions'."""
    t = token
    while t.i != head.i:
        if t.dep_ == "prep" and t.lower_ not in ("of", "with", "to"):
            return False
        if t.dep_ in ("nsubj", "nsubjpass", "advcl", "ccomp", "conj", "relcl") or t.head.i == t.i:
            return False
        t = t.head
    return True


def _dominates(head, token) -> bool:
    return head.i != token.i and any(a.i == head.i for a in token.ancestors)


def _distance(head, token) -> int:
    n = 0
    for a in token.ancestors:
        n += 1
        if a.i == head.i:
            return n
    return 99


def _modality(token, cls: str, cues) -> str:
    """From negation, auxiliaries and governing words: 'plans to buy', 'threat of', 'would not'."""
    found = set()
    chain = [token]
    t = token
    while t.dep_ in ("xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "relcl", "acomp") and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ not in ("of", "to", "with"):
            break
        t = t.head
        chain.append(t)
    for i, t in enumerate(chain):
        for child in t.children:
            if child.dep_ == "neg" and i <= 1:
                found.add("Negated")
            if child.dep_ == "aux" and child.lower_ in ("will", "would", "shall", "'ll") and i <= 1:
                found.add("Planned")
            if child.dep_ in ("nsubj",) and child.lemma_.lower() in cues["Proposed"]:
                found.add("Proposed")
            if child.dep_ == "amod" and child.lemma_.lower() in cues["Threatened"] and i == 0:
                found.add("Threatened")
        if i == 0:
            continue
        lemma = t.lemma_.lower()
        for modality in ("Threatened", "Proposed", "Planned"):
            if lemma in cues[modality] and modality not in ("Planned",) or (
                    modality == "Planned" and lemma in cues["Planned"] and lemma not in ("will", "would", "shall")):
                found.add(modality)
    if cls in ("Statement", "Threat", "Rejection"):  # saying and threatening are acts themselves
        found &= {"Negated"}
    return next((m for m in MODALITY_ORDER if m in found), "Asserted")


def _dates(sentence, published):
    out = []
    for ent in sentence.ents:
        if ent.label_ == "DATE":
            date = resolve_date(ent.text, published)
            if date:
                since = ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("since", "until", "by")
                out.append((ent, date, since))
    return out


def _date_for(draft: _Draft, dates, drafts) -> EventDate | None:
    """A date in the trigger's own frame; else the sentence's one free date ("since" dates
    only for detentions, which last); a reporting verb's date also dates the meeting it reports."""
    owners: dict[int, list[_Draft]] = {}  # date -> the frames of its nearest trigger ancestor
    for n, (ent, _, _) in enumerate(dates):
        for ancestor in ent.root.ancestors:
            holders = [d for d in drafts if ancestor.i in {d.token.i} | d.merged_tokens]
            if holders:
                owners[n] = holders
                break
    mine = [dates[n][1] for n, holders in owners.items() if any(d is draft for d in holders)]
    if mine:
        return mine[0]
    free = [(ent, date, since) for n, (ent, date, since) in enumerate(dates)
            if n not in owners or (draft.trigger.cls == "Meeting" and all(d.trigger.cls == "Statement" for d in owners[n]))]
    plain = [date for _, date, since in free if not since]
    if len(plain) == 1:
        return plain[0]
    if draft.trigger.cls == "Detention" and free:
        return min(free, key=lambda x: abs(x[0].start - draft.token.i))[1]
    return None


def _money_for(draft: _Draft, sentence, drafts) -> Money | None:
    if draft.trigger.cls not in VALUED:
        return None
    for ent in sentence.ents:
        if ent.label_ == "MONEY":
            money = parse_money(ent.text)
            if money:
                return money
    return None


def _merge_in_sentence(events: list[EventMention]) -> list[EventMention]:
    """Events of one class in one sentence whose roles agree are one event told twice."""
    out: list[EventMention] = []
    index_map = {}
    for i, e in enumerate(events):
        for j, o in enumerate(out):
            if o.cls == e.cls and set(o.sentences) & set(e.sentences) and _compatible(o, e):
                out[j] = _combine(o, e)
                index_map[i] = j
                break
        else:
            index_map[i] = len(out)
            out.append(e)
    return [replace(e, topics=tuple(sorted({index_map[t] for t in e.topics if index_map.get(t) != k})))
            for k, e in enumerate(out)]


def _compatible(a: EventMention, b: EventMention) -> bool:
    for role in ("agent", "counterpart", "target", "item"):
        x, y = set(a.role(role)), set(b.role(role))
        if x and y and not x & y:
            return False
    if a.quote and b.quote and a.quote != b.quote:
        return False
    return True


def _combine(a: EventMention, b: EventMention) -> EventMention:
    best = a if a.confidence >= b.confidence else b
    return replace(best, roles=tuple(sorted(set(a.roles) | set(b.roles))),
                   sentences=tuple(sorted(set(a.sentences) | set(b.sentences))),
                   date=a.date or b.date, value=a.value or b.value, quantity=a.quantity or b.quantity,
                   quote=a.quote or b.quote, topics=tuple(sorted(set(a.topics) | set(b.topics))),
                   modality=_stronger(a.modality, b.modality, best.modality))


def _stronger(a: str, b: str, best: str) -> str:
    if "Threatened" in (a, b):
        return "Threatened"
    return best
