"""Stage 7: merge what articles found into one set of entities, positions (and events).

Entities keep the key the article stage gave them (gazetteer keys, product designations,
groups), except people: "Cavusoglu" in one article and "Mevlut Cavusoglu" in another, or
"Kay Bailey Hutchison" and "Kay Bailey Hutchinson", become one person. Every choice is
deterministic, so the same input always gives the same labels and IRIs.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable

from ..names import abbreviates, fold, same_person, slug
from ..extract.groups import without_count
from ..extract.offices import OfficeClaim
from .samename import joins


@dataclass(frozen=True)
class ResolvedEntity:
    """An entity of the whole build: IRI local name, class, one label, other names, articles."""

    id: str
    cls: str
    label: str
    aliases: tuple[str, ...]
    wikidata: str | None
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Position:
    """An office (title of a country or organisation) held by a person."""

    id: str
    title: str
    of: str | None  # ResolvedEntity.id
    holder: str  # ResolvedEntity.id
    articles: tuple[str, ...]
    aliases: tuple[str, ...] = ()  # the title as the articles write it, where that differs from `title`


@dataclass(frozen=True)
class Resolution:
    """Global entities and positions, and the map from (article id, local key) to entity id."""

    entities: tuple[ResolvedEntity, ...]
    positions: tuple[Position, ...]
    entity_of: dict[tuple[str, str], str]

    def entity(self, article_id: str, local_key: str) -> str:
        return self.entity_of[(article_id, local_key)]


def resolve(results: Iterable) -> Resolution:
    """Merge the entities of all articles (ArticleResults); map offices onto the merged people."""
    results = list(results)
    mention_counts = Counter({(art.article.id, key, name): n for art in results for key, name, n in art.names})
    effective = _variants_joined(results, _short_forms_elsewhere(results, _one_class_per_name(results, mention_counts)))
    cluster_of = _person_clusters(results, effective)
    members: dict[str, list[tuple[str, object]]] = {}
    for art in results:
        for original in art.entities:
            entity = effective[(art.article.id, original.key)]
            cluster = cluster_of.get((art.article.id, entity.key), entity.key)
            members.setdefault(cluster, []).append((art.article.id, entity, original.key))
    offices = {art.article.id: art.offices for art in results}

    resolved, entity_of, used_ids = [], {}, {}
    for cluster in sorted(members):
        group = members[cluster]
        first = group[0][1]
        names = Counter()
        for article_id, entity, key in group:
            for name in entity.names:
                names[name] += mention_counts[(article_id, key, name)]
        label = first.label or _canonical(names, first.cls, cluster)
        local = cluster.split(":", 1)[1] if ":" in cluster else cluster
        if first.cls == "Person":
            local = slug(label)
        entity_id = local if used_ids.setdefault(local, cluster) == cluster else f"{local}-{first.cls.lower()}"
        aliases = sorted(n for n in names if n != label)
        resolved.append(ResolvedEntity(
            id=entity_id, cls=first.cls, label=label, aliases=tuple(aliases),
            wikidata=next((e.wikidata for _, e, _ in group if e.wikidata), None),
            articles=tuple(sorted({a for a, _, _ in group}))))
        for article_id, _, key in group:
            entity_of[(article_id, key)] = entity_id
    positions = _positions(offices, entity_of)
    return Resolution(tuple(resolved), positions, entity_of)


def _canonical(names: Counter, cls: str, key: str = "") -> str:
    """The fullest, most used, then alphabetically first surface form; for a group, first one
    that spells its key ("NATO officials" over "officials of the alliance", keyed nato-officials)."""
    def rank(name):
        if cls == "Group":  # "over 550 Cuban protesters" over "more than 20 protesters" and "protesters";
            # "journalists" over the sentence-initial "Journalists"
            spells = slug(without_count(name)) == key.removeprefix("group:")
            return (not spells, -len(without_count(name).split()), name != name.lower() and name.lower() in names,
                    -names[name], name)
        words = len(name.split()) if cls == "Person" else 0
        return (names[name] == 0, -words, -names[name], name)  # a name no mention wrote ("Queen X") is an alias
    return sorted(names, key=rank)[0]


# Keys of names the model classed; the same name classed differently in two articles is one entity.
_MODEL_CLASSES = {"person": "Person", "organization": "Organization", "place": "Place"}


def _one_class_per_name(results: list, mention_counts: Counter) -> dict:
    """Each (article id, key) -> its entity, re-keyed and re-classed so that a name the model
    classed differently across articles ("Alexei Navalny" as a person here, an organisation
    there) takes the class most of its mentions got."""
    votes: dict[str, Counter] = {}
    for art in results:
        for e in art.entities:
            prefix, _, local = e.key.partition(":")
            if prefix in _MODEL_CLASSES:
                votes.setdefault(local, Counter())[prefix] += sum(mention_counts[(art.article.id, e.key, n)] for n in e.names) or 1
    out = {}
    for art in results:
        for e in art.entities:
            prefix, _, local = e.key.partition(":")
            winner = prefix
            if prefix in _MODEL_CLASSES and len(votes[local]) > 1:
                winner = sorted(votes[local].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            out[(art.article.id, e.key)] = e if winner == prefix else replace(
                e, key=f"{winner}:{local}", cls=_MODEL_CLASSES[winner])
    return out


def _short_forms_elsewhere(results: list, effective: dict) -> dict:
    """A name the model found alone in one article ("Triliance") that another article gave as
    the short form of exactly one organisation ("Triliance Petrochemical Co. Ltd.") is that organisation."""
    short_forms: dict[str, set[str]] = {}
    for e in effective.values():
        if e.cls == "Organization" and e.key.startswith("organization:"):
            for name in e.names:
                if fold(name) != fold(e.key.split(":", 1)[1].replace("-", " ")):
                    short_forms.setdefault(fold(name), set()).add(e.key)
    out = dict(effective)
    for (article_id, key), e in effective.items():
        prefix = e.key.partition(":")[0]
        owners = set.union(*(short_forms.get(fold(n), set()) for n in e.names)) if e.names else set()
        if prefix in ("organization", "place") and len(owners) == 1 and e.key not in owners \
                and all(fold(n) in short_forms for n in e.names):
            out[(article_id, key)] = replace(e, key=owners.pop(), cls="Organization")
    return out


def _variants_joined(results: list, effective: dict) -> dict:
    """A name variant of another entity of its article ("Patriots", "Britain's House of Commons",
    a name beside its acronym) is that entity, in every article that writes the variant alone too
    (when the build gives it one such entity); it keeps its own names as aliases."""
    targets: dict[str, set[str]] = {}
    found = {}
    for art in results:
        entities = {e.key: e for e in (effective[(art.article.id, o.key)] for o in art.entities)}
        for key, target in joins(entities.values()).items():
            targets.setdefault(key, set()).add(target)
            found[target] = replace(entities[target], label=entities[target].label or entities[target].names[0])
    out = dict(effective)
    for (article_id, key), e in effective.items():
        if e.key in found:  # the variant's label is the name it varies: "House of Commons"
            out[(article_id, key)] = replace(e, label=e.label or found[e.key].label)
        elif len(targets.get(e.key, ())) == 1:
            target = found[next(iter(targets[e.key]))]
            out[(article_id, key)] = replace(target, names=e.names)
    return out


def _person_clusters(results: list, effective: dict) -> dict[tuple[str, str], str]:
    """Map (article id, local person key) to one cluster key per real person; a bare surname two
    people share ("Biden") is the one more articles name in full, if one leads."""
    people = []
    for art in results:
        for original in art.entities:
            e = effective[(art.article.id, original.key)]
            if e.cls == "Person":
                people.append((art.article.id, e.key, max(e.names, key=lambda n: (len(n.split()), len(n), n))))
    # Longest names first, so short forms join the full name they abbreviate.
    people.sort(key=lambda p: (-len(p[2].split()), -len(p[2]), p[2], p[0]))
    clusters: list[tuple[str, list[str]]] = []  # (cluster key, full names), in creation order
    by_last: dict[str, list[int]] = {}  # surname -> clusters: candidates for "Erdogan" / "Tayyip Erdogan"
    by_first: dict[tuple[str, ...], list[int]] = {}  # given names -> clusters: candidates for misspelt surnames
    names_in: list[set[str]] = []
    seen_in: list[set[str]] = []  # per cluster: the articles that name it
    out = {}
    for article_id, key, name in people:
        tokens = fold(name).split() or [name]
        candidates = sorted(set(by_last.get(tokens[-1], [])) | set(by_first.get(tuple(tokens[:-1]), []) if len(tokens) > 1 else []))
        matches = [c for c in candidates if any(same_person(name, full) for full in clusters[c][1])]
        abbreviated = [c for c in matches if any(abbreviates(name, full) for full in clusters[c][1])]
        matches = abbreviated or matches  # "Hassan" joins "Ali Hassan" rather than "Omar Hasan"
        if len(matches) > 1 and len(tokens) == 1:
            ranked = sorted(matches, key=lambda c: (-len(seen_in[c]), c))
            matches = ranked[:1] if len(seen_in[ranked[0]]) > len(seen_in[ranked[1]]) else matches
        if len(matches) == 1 or (matches and len(tokens) > 1):
            index = matches[0]
        else:
            index = len(clusters)
            clusters.append((key, []))
            names_in.append(set())
            seen_in.append(set())
        seen_in[index].add(article_id)
        if name not in names_in[index]:  # each distinct spelling once keeps the comparisons few
            names_in[index].add(name)
            clusters[index][1].append(name)
            by_last.setdefault(tokens[-1], []).append(index)
            if len(tokens) > 1:
                by_first.setdefault(tuple(tokens[:-1]), []).append(index)
        out[(article_id, key)] = clusters[index][0]
    return out


def _positions(offices: dict[str, tuple[OfficeClaim, ...]], entity_of) -> tuple[Position, ...]:
    held: dict[tuple[str, str, str | None], set[str]] = {}
    written: dict[tuple[str, str | None], set[str]] = {}  # (title, party) -> surface forms
    for article_id, claims in offices.items():
        for claim in claims:
            holder = entity_of[(article_id, claim.person)]
            of = entity_of[(article_id, claim.of)] if claim.of else None
            held.setdefault((holder, claim.title, of), set()).add(article_id)
            if claim.surface and claim.surface != claim.title:
                written.setdefault((claim.title, of), set()).add(claim.surface)
    with_party = {(h, t) for h, t, of in held if of}
    out = []
    for (holder, title, of), articles in sorted(held.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        if of is None and (holder, title) in with_party:
            continue  # "Secretary of State" when another sentence says whose
        position_id = f"{of}--{slug(title)}" if of else slug(title)
        out.append(Position(position_id, title, of, holder, tuple(sorted(articles)), tuple(sorted(written.get((title, of), ())))))
    return tuple(out)
