"""The actor network: the RDF graph projected onto networkx, and who matters in it."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

import networkx as nx
from rdflib import Graph

from ..graph.validate import load_graphs
from ..graph.vocab import NKG, OWL, RDF, RDFS

EVENT_CLASSES = ("Purchase", "AgreementSigning", "Sanction", "Threat", "Legislation", "Meeting", "Statement",
                 "Detention", "Rejection", "Transfer")
ENTITY_CLASSES = ("Country", "Organization", "Person", "Group", "Place", "Product")
ROLE_PAIRS = (("agent", "target"), ("agent", "counterpart"), ("agent", "item"))


@dataclass(frozen=True)
class ActorScore:
    """One actor's standing in the network."""

    iri: str
    label: str
    cls: str
    weighted_degree: float
    pagerank: float
    betweenness: float
    community: int


def project(graph: Graph) -> nx.MultiDiGraph:
    """Entities as nodes (label, class, Wikidata id); one edge per event and role pair
    (agent -> target, agent -> counterpart, agent -> item), keyed and labelled by event class,
    with the event's date, modality and number of supporting articles."""
    network = nx.MultiDiGraph()
    for cls in ENTITY_CLASSES:
        for node in sorted(graph.subjects(RDF.type, NKG[cls])):
            wikidata = next((str(o).rsplit("/", 1)[-1] for o in graph.objects(node, OWL.sameAs)
                             if "wikidata.org" in str(o)), "")
            network.add_node(str(node), label=str(graph.value(node, RDFS.label) or node), cls=cls, wikidata=wikidata)
    for cls in EVENT_CLASSES:
        for event in sorted(graph.subjects(RDF.type, NKG[cls])):
            date = graph.value(event, NKG.date)
            modality = graph.value(event, NKG.modality)
            articles = len(set(graph.objects(event, NKG.source)))
            for from_role, to_role in ROLE_PAIRS:
                for a in sorted(graph.objects(event, NKG[from_role])):
                    for b in sorted(graph.objects(event, NKG[to_role])):
                        if a == b or str(a) not in network or str(b) not in network:
                            continue
                        network.add_edge(str(a), str(b), key=f"{event}#{to_role}", event=str(event), label=cls,
                                         role=to_role, date=str(date or ""), articles=articles,
                                         modality=str(modality).rsplit("#", 1)[-1] if modality else "")
    return network


def project_files(paths: Iterable[str]) -> nx.MultiDiGraph:
    """project() over the union of graph files."""
    return project(load_graphs(paths))


ACTOR_CLASSES = ("Country", "Organization", "Person", "Group")


def actor_scores(network: nx.MultiDiGraph, seed: int = 42) -> list[ActorScore]:
    """Actors (countries, organisations, people, groups with at least one edge) ranked by
    PageRank, then weighted degree (edges weighted by their number of supporting articles)."""
    weights: dict[tuple[str, str], float] = defaultdict(float)
    for a, b, data in network.edges(data=True):
        weights[(a, b)] += data.get("articles", 1) or 1
    simple = nx.DiGraph()
    simple.add_nodes_from(n for n in network if network.degree(n))
    for (a, b), w in weights.items():
        simple.add_edge(a, b, weight=w)
    if not simple:
        return []
    pagerank = nx.pagerank(simple, weight="weight")
    betweenness = nx.betweenness_centrality(simple)
    undirected = simple.to_undirected()
    communities = nx.community.louvain_communities(undirected, weight="weight", seed=seed)
    community_of = {}
    for number, members in enumerate(sorted(communities, key=lambda c: (-len(c), sorted(c)))):
        for member in members:
            community_of[member] = number + 1
    degree = dict(simple.degree(weight="weight"))
    scores = [ActorScore(n, network.nodes[n]["label"], network.nodes[n]["cls"], degree[n], pagerank[n],
                         betweenness[n], community_of[n]) for n in simple if network.nodes[n]["cls"] in ACTOR_CLASSES]
    return sorted(scores, key=lambda s: (-round(s.pagerank, 9), -s.weighted_degree, s.label))


def write_network(network: nx.MultiDiGraph, path: str) -> None:
    """GraphML, GEXF or node-link JSON, by extension (atomically)."""
    import io
    import json

    from ..errors import InputError
    from ..graph.output import write_atomically

    suffix = path.rsplit(".", 1)[-1].lower()
    buffer = io.BytesIO()
    if suffix == "graphml":
        nx.write_graphml(network, buffer)
    elif suffix == "gexf":
        nx.write_gexf(network, buffer)
    elif suffix == "json":
        buffer.write(json.dumps(nx.node_link_data(network, edges="links"), indent=1, sort_keys=True).encode("utf-8"))
    else:
        raise InputError(f"{path}: unknown extension (use .graphml, .gexf, .json, .png or .svg)")
    write_atomically(buffer.getvalue(), path)
