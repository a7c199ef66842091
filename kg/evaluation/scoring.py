"""`kg eval`: measure a graph against gold facts, entities and offices (docs/gold-format.md).

A gold fact is found by an event node of its class (or a subclass) that cites one of its
articles (nkg:source), whose nkg:evidence overlaps the gold sentence, and whose roles hold
entities named as the fact says (rdfs:label, skos:altLabel or skos:prefLabel, normalised).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..errors import InputError
from .gold import Gold, GoldFact, load_gold, norm
from ..graph.vocab import NKG, SCHEMA

EVENT_CLASSES = ("Purchase", "AgreementSigning", "Sanction", "Threat", "Legislation",
                 "Meeting", "Statement", "Detention", "Rejection", "Transfer")
ENTITY_CLASSES = ("Country", "Organization", "Person", "Group", "Place", "Product")


def read_graphs(paths: list[str]) -> Graph:
    """The union of the graph files' triples, with the shipped ontology's class hierarchy."""
    from ..graph.validate import load_graphs, ontology_graph

    graph = load_graphs(paths)
    for triple in ontology_graph("newskg.ttl").triples((None, RDFS.subClassOf, None)):
        graph.add(triple)
    return graph


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]


class GraphIndex:
    """Look-ups the matching needs: subclasses, normalised names, evidence words, sources."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.sub: dict = defaultdict(set)
        self._subclasses: dict[str, set] = {}
        for s, o in graph.subject_objects(RDFS.subClassOf):
            self.sub[o].add(s)
        self.names: dict = defaultdict(set)
        for p in (RDFS.label, SKOS.altLabel, SKOS.prefLabel):
            for s, o in graph.subject_objects(p):
                self.names[s].add(norm(o))
        self.doc_id = {s: str(o) for s, o in graph.subject_objects(SCHEMA.identifier)}
        self.events = sorted({e for c in EVENT_CLASSES for e in self.instances(c)}, key=str)
        self.evidence = {e: [set(norm(o).split()) for o in graph.objects(e, NKG.evidence)] for e in self.events}
        self.source = {e: {self.doc_id.get(a, str(a)) for a in graph.objects(e, NKG.source)} for e in self.events}

    def subclasses(self, local: str) -> set:
        if local in self._subclasses:
            return self._subclasses[local]
        seen, todo = {NKG[local]}, [NKG[local]]
        while todo:
            for s in self.sub.get(todo.pop(), ()):
                if s not in seen:
                    seen.add(s)
                    todo.append(s)
        self._subclasses[local] = seen
        return seen

    def instances(self, local: str) -> set:
        return {s for c in self.subclasses(local) for s in self.graph.subjects(RDF.type, c)}

    def is_a(self, node, local: str) -> bool:
        return bool(set(self.graph.objects(node, RDF.type)) & self.subclasses(local))

    def classes_of(self, event) -> set[str]:
        return {_local(t) for t in self.graph.objects(event, RDF.type)} & set(EVENT_CLASSES)

    def named(self, node, names) -> bool:
        return bool(self.names.get(node, set()) & {norm(str(n)) for n in names})

    def label(self, node) -> str:
        label = self.graph.value(node, RDFS.label)
        return str(label) if label is not None else _local(node)


def evidence_overlaps(index: GraphIndex, event, evidence: tuple[str, ...]) -> bool:
    """The event was read from a sentence that overlaps one of the gold sentences."""
    for gold in evidence:
        want = set(norm(gold).split())
        for got in index.evidence.get(event, ()):
            shared = len(want & got)
            if want and got and (shared >= 0.4 * len(want) or shared >= 0.6 * len(got)):
                return True
    return False


def role_filled(index: GraphIndex, event, role: str, names) -> bool:
    """The role holds an entity with one of the names ("participant": agent or counterpart, every name)."""
    if role == "participant":
        parties = set(index.graph.objects(event, NKG.agent)) | set(index.graph.objects(event, NKG.counterpart))
        return all(any(index.named(p, [n]) for p in parties) for n in names)
    return any(index.named(o, names) for o in index.graph.objects(event, NKG[role]))


def _amount(value):
    if isinstance(value, list):
        return float(value[0]), (value[1] if len(value) > 1 else None)
    m = re.match(r"([\d.,]+)\s*(billion|million)?\s*([A-Z]{3})?", str(value))
    if not m:
        return None, None
    return float(m.group(1).replace(",", "")) * {"billion": 1e9, "million": 1e6}.get(m.group(2) or "", 1), m.group(3)


def _number(literal):
    try:
        return float(str(literal))
    except ValueError:
        return None


def attribute_right(index: GraphIndex, event, attribute: str, want) -> bool:
    """The event has the attribute's value: date prefix, quote inside, quantity, place, amount (1%)."""
    g = index.graph
    if attribute == "date":
        return any(str(o).startswith(str(want)) for o in g.objects(event, NKG.date))
    if attribute == "quote":
        return any(norm(want) in norm(o) for o in g.objects(event, NKG.quote))
    if attribute == "quantity":
        return any(_number(o) == float(want) for o in g.objects(event, NKG.quantity))
    if attribute == "place":
        return any(index.named(o, want if isinstance(want, list) else [want]) for o in g.objects(event, NKG.place))
    if attribute == "value":
        amount, currency = _amount(want)
        for v in g.objects(event, NKG.value):
            got = [_number(x) for x in g.objects(v, SCHEMA.value)]
            currencies = {str(x) for x in g.objects(v, SCHEMA.currency)}
            if any(x is not None and amount and abs(x - amount) <= 0.01 * amount for x in got) and (
                    not currency or currency in currencies):
                return True
    return False


def describe(index: GraphIndex, event) -> str:
    """An event in one line: its class and the names in its roles."""
    roles = []
    for role in ("agent", "counterpart", "target", "item"):
        names = sorted(index.label(o) for o in index.graph.objects(event, NKG[role]))
        if names:
            roles.append(f"{role}={'|'.join(names)}")
    return f"{','.join(sorted(index.classes_of(event)))}({', '.join(roles)})"


@dataclass(frozen=True)
class Miss:
    """A gold fact no event matched, and what the graph has from its sentence instead."""

    key: str
    classes: tuple[str, ...]
    roles: dict
    evidence: str
    graph_has: tuple[str, ...]
    verdict: str  # "nothing", "roles wrong", or the classes found


@dataclass(frozen=True)
class Evaluation:
    """The figures of one evaluation (to_dict() gives its JSON form)."""

    facts: int
    events_in_graph: int
    fact_recall: float
    event_precision: float
    f1: float
    mention_recall: float | None
    fusion: str
    attribute_accuracy: float | None
    modality_accuracy: float | None
    role_accuracy: dict
    by_class: dict
    confusion: dict
    entities: int
    entity_recall: float | None
    entity_type_accuracy: float | None
    entity_duplicates: int
    entity_nodes: int
    entities_not_in_gold: int
    position_recall: float | None
    contract_violations: int
    misses: tuple[Miss, ...] = field(default=(), repr=False)
    missing_entities: tuple[str, ...] = field(default=(), repr=False)
    extra_entities: tuple[str, ...] = field(default=(), repr=False)
    duplicated_entities: tuple[str, ...] = field(default=(), repr=False)
    missing_offices: tuple[str, ...] = field(default=(), repr=False)

    def to_dict(self, show_misses: bool = False) -> dict:
        """The JSON form; the lists of misses only with `show_misses`."""
        lists = ("misses", "missing_entities", "extra_entities", "duplicated_entities", "missing_offices")
        out = {k: v for k, v in self.__dict__.items() if k not in lists}
        if show_misses:
            out["missed_facts"] = [m.__dict__ for m in self.misses]
            out["missing_entities"] = list(self.missing_entities)
            out["entities_not_in_gold_labels"] = list(self.extra_entities)
            out["duplicated_entities"] = list(self.duplicated_entities)
            out["missing_offices"] = list(self.missing_offices)
        return out


def _ratio(hit: int, total: int) -> float | None:
    return round(hit / total, 3) if total else None


def evaluate(gold_paths: list[str], graph_paths: list[str]) -> Evaluation:
    """Score graph files against gold files."""
    if not gold_paths:
        raise InputError("no gold files given")
    if not graph_paths:
        raise InputError("no graph given (--graph FILE)")
    gold = load_gold(list(gold_paths))
    return score(GraphIndex(read_graphs(list(graph_paths))), gold)


def score(index: GraphIndex, gold: Gold) -> Evaluation:
    """Score an indexed graph against merged gold."""
    facts = fact_figures(index, gold.facts)
    entities = entity_figures(index, gold)
    return Evaluation(**facts, **entities)


def matches(index: GraphIndex, fact: GoldFact, event) -> bool:
    """The event is the fact: class, every role, evidence (sources are checked by the caller)."""
    return (any(index.is_a(event, c) for c in fact.classes)
            and all(role_filled(index, event, r, n) for r, n in fact.roles)
            and evidence_overlaps(index, event, fact.evidence))


def from_sentence(index: GraphIndex, fact: GoldFact) -> list[URIRef]:
    """Events of the fact's articles read from its sentence, whatever their class."""
    return [e for e in index.events if index.source[e] & fact.docs and evidence_overlaps(index, e, fact.evidence)]


def fact_figures(index: GraphIndex, facts: tuple[GoldFact, ...]) -> dict:
    """Recall, precision (lower bound), per class and per role figures, confusion, misses."""
    found = fused = multi = attr_hit = attr_all = mod_hit = mod_all = mention_hit = mention_all = 0
    supported: set = set()
    by_class = {c: {"facts": 0, "found": 0, "events": 0, "supported": 0} for c in EVENT_CLASSES}
    confusion: dict[str, dict[str, int]] = {}
    roles: dict[str, list[int]] = {}
    misses = []
    for fact in facts:
        by_class[fact.classes[0]]["facts"] += 1
        near = from_sentence(index, fact)
        same_class = [e for e in near if any(index.is_a(e, c) for c in fact.classes)]
        row = confusion.setdefault(fact.classes[0], {})
        for cls in sorted({c for e in near for c in index.classes_of(e)}) or ["nothing"]:
            row[cls] = row.get(cls, 0) + 1
        for role, names in fact.roles:  # per role: right in any same-class event from the sentence
            tally = roles.setdefault(role, [0, 0])
            if same_class:
                tally[0] += any(role_filled(index, e, role, names) for e in same_class)
                tally[1] += 1
        candidates = [e for e in index.events if matches(index, fact, e)]
        for doc in fact.docs:
            mention_all += 1
            mention_hit += any(doc in index.source[e] for e in candidates)
        candidates = [e for e in candidates if index.source[e] & fact.docs]
        supported |= set(candidates)
        if not candidates:
            verdict = "roles wrong" if same_class else ", ".join(sorted({c for e in near for c in index.classes_of(e)})) or "nothing"
            misses.append(Miss(fact.key, fact.classes, dict(fact.roles), fact.evidence[0],
                               tuple(describe(index, e) for e in near[:4]), verdict))
            continue
        found += 1
        by_class[fact.classes[0]]["found"] += 1
        attributes = dict(fact.attributes)
        best = max(candidates, key=lambda e: sum(attribute_right(index, e, a, v) for a, v in attributes.items()))
        attr_all += len(attributes)
        attr_hit += sum(attribute_right(index, best, a, v) for a, v in attributes.items())
        if fact.modality:
            mod_all += 1
            mod_hit += (best, NKG.modality, NKG[fact.modality]) in index.graph
        if len(fact.docs) > 1:
            multi += 1
            fused += any(fact.docs <= index.source[e] for e in candidates)
    supported |= _loosely_supported(index, facts, set(index.events) - supported)
    for e in index.events:
        for c in index.classes_of(e):
            by_class[c]["events"] += 1
            by_class[c]["supported"] += e in supported
    recall = found / len(facts) if facts else 0.0
    precision = len(supported) / len(index.events) if index.events else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return dict(facts=len(facts), events_in_graph=len(index.events), fact_recall=round(recall, 3),
                event_precision=round(precision, 3), f1=round(f1, 3), mention_recall=_ratio(mention_hit, mention_all),
                fusion=f"{fused}/{multi}", attribute_accuracy=_ratio(attr_hit, attr_all),
                modality_accuracy=_ratio(mod_hit, mod_all),
                role_accuracy={r: {"facts": n, "right": k, "accuracy": _ratio(k, n)} for r, (k, n) in sorted(roles.items())},
                by_class={c: {"recall": _ratio(v["found"], v["facts"]), "precision": _ratio(v["supported"], v["events"]), **v}
                          for c, v in by_class.items() if v["facts"] or v["events"]},
                confusion={c: dict(sorted(confusion[c].items())) for c in EVENT_CLASSES if c in confusion},
                misses=tuple(misses))


def _loosely_supported(index: GraphIndex, facts, events) -> set:
    """Events not matched but that loosely agree with a fact of their article: same class and
    one named role right. They do not count against precision (the gold may be incomplete)."""
    out = set()
    for e in events:
        for fact in facts:
            if any(index.is_a(e, c) for c in fact.classes) and index.source[e] & fact.docs and (
                    not fact.roles or any(role_filled(index, e, r, n if r != "participant" else n[:1]) for r, n in fact.roles)):
                out.add(e)
                break
    return out


def entity_figures(index: GraphIndex, gold: Gold) -> dict:
    """Entity recall, typing, duplicates and extras; office recall; contract checks."""
    nodes = {n for c in ENTITY_CLASSES for n in index.instances(c)}
    found = typed = duplicates = 0
    claimed: set = set()
    missing, doubled = [], []
    for entity in gold.entities:
        hits = [n for n in nodes if index.named(n, [entity.label, *entity.aliases])]
        claimed |= set(hits)
        if hits:
            found += 1
            typed += any(index.is_a(n, entity.cls) for n in hits)
            duplicates += len(hits) > 1
            if len(hits) > 1:
                doubled.append(f"{entity.label} ({' / '.join(sorted(index.label(n) for n in hits))})")
        else:
            missing.append(entity.label)
    extra = sorted(index.label(n) for n in nodes - claimed if not index.names.get(n, set()) & gold.optional)
    held, unheld = 0, []
    for office in gold.offices:
        holds = any(_holds(index, person, office) for person in nodes if index.named(person, [office.person]))
        held += holds
        if not holds:
            unheld.append(f"{office.person}: {office.titles[0]}" + (f" of {office.of[0]}" if office.of else ""))
    violations = sum((index.graph.value(e, NKG.source) is None) + (index.graph.value(e, NKG.evidence) is None)
                     for e in index.events)
    violations += sum(len(set(index.graph.objects(n, RDFS.label))) != 1 for n in nodes)
    return dict(entities=len(gold.entities), entity_recall=_ratio(found, len(gold.entities)),
                entity_type_accuracy=_ratio(typed, found), entity_duplicates=duplicates, entity_nodes=len(nodes),
                entities_not_in_gold=len(extra), position_recall=_ratio(held, len(gold.offices)),
                contract_violations=violations, missing_entities=tuple(missing), extra_entities=tuple(extra),
                duplicated_entities=tuple(doubled), missing_offices=tuple(unheld))


def _holds(index: GraphIndex, person, office) -> bool:
    for position in index.graph.objects(person, NKG.holds):
        titles = index.names.get(position, set())
        if any(norm(t) in title for t in office.titles for title in titles) and (
                not office.of or any(index.named(o, office.of) for o in index.graph.objects(position, NKG.of))):
            return True
    return False
