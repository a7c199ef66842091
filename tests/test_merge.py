"""One real-world event told by two articles is one node with both sources."""
import datetime as dt

import pytest
from rdflib import Graph, Literal

from kg.read.documents import Document
from kg.graph.output import graph_prefixes, serialise
from kg.pipeline import build
from kg.graph.validate import validate_graph
from kg.graph.vocab import NKG, RDF

A = Document(id="a", published=dt.date(2021, 3, 5), text=(
    "Egypt buys jets\n\n"
    "Egypt signed a contract with France for 30 Rafale jets, worth $4.5 billion, last December.\n\n"
    "\"We are proud of this deal,\" said Egyptian President Abdel Fattah al-Sisi."))
B = Document(id="b", published=dt.date(2021, 3, 6), text=(
    "Cairo's purchase of the Rafale jets from France worried Israel.\n\n"
    "The Egyptian leader, President Abdel Fattah al-Sisi, said: \"We are proud of this deal.\""))
C = Document(id="c", published=dt.date(2021, 3, 6), text="India bought Rafale jets from France in 2016.")


@pytest.fixture(scope="module")
def graph(nlp):
    result = build([A, B, C])
    return Graph().parse(data=serialise(result.quads, "turtle", graph_prefixes("https://w3id.org/newskg/id/")),
                         format="turtle")


def sources(graph, event) -> list[str]:
    return sorted(str(o).rsplit("/", 1)[-1] for o in graph.objects(event, NKG.source))


def test_one_purchase_node_for_the_two_articles_and_another_for_india(graph):
    purchases = list(graph.subjects(RDF.type, NKG.Purchase))
    by_agent = {str(graph.value(p, NKG.agent)).rsplit("/", 1)[-1]: p for p in purchases}
    assert set(by_agent) == {"egypt", "india"}
    egypt = by_agent["egypt"]
    assert sources(graph, egypt) == ["a", "b"]
    assert len(list(graph.objects(egypt, NKG.evidence))) == 2
    assert graph.value(egypt, NKG.date) == Literal("2020-12", datatype=graph.value(egypt, NKG.date).datatype)
    assert sources(graph, by_agent["india"]) == ["c"]


def test_the_same_quote_in_two_articles_is_one_statement(graph):
    statements = [s for s in graph.subjects(RDF.type, NKG.Statement) if graph.value(s, NKG.quote)]
    assert len(statements) == 1
    assert sources(graph, statements[0]) == ["a", "b"]


def test_merged_graph_conforms(graph):
    assert validate_graph(graph).conforms


def test_event_iris_do_not_depend_on_other_documents(nlp):
    alone = {e.id for e in build([C]).events}
    together = {e.id for e in build([A, B, C]).events}
    assert alone <= together


def test_quotes_that_differ_by_a_final_stop_are_one_quote():
    from kg.graph.merge import _distinct_quotes

    assert _distinct_quotes(["We will respond", "We will respond.", " “We will respond.” "]) == ("We will respond.",)
    assert len(_distinct_quotes(["We will respond.", "We will not respond."])) == 2


def test_events_without_their_identity_roles_stay_in_their_own_article(nlp):
    vague = [Document(id=f"v{i}", published=dt.date(2021, 3, 5), text=text) for i, text in enumerate([
        "Peru rejected the plan on Monday.",
        "Peru rejected the offer from Chile.",
        "Canada imposed sanctions on Tuesday.",
        "Canada imposed sanctions on Venezuela."])]
    result = build(vague)
    for event in result.events:
        assert len(event.articles) == 1, (event.cls, event.roles, event.articles)


def test_a_name_classed_differently_in_two_articles_is_one_entity():
    from kg.extract import ArticleInfo, ArticleResult
    from kg.extract.model import Entity
    from kg.graph.resolve import resolve

    def article(doc_id, key, cls, mentions):
        info = ArticleInfo(doc_id, None, None, None, None, (), None, "x")
        return ArticleResult(info, (Entity(key, cls, ("Ivo Marek",)),), ((key, "Ivo Marek", mentions),), (), ())
    resolution = resolve([article("a", "person:ivo-marek", "Person", 3), article("b", "organization:ivo-marek",
                                                                                 "Organization", 1)])
    assert [(e.id, e.cls, e.articles) for e in resolution.entities] == [("ivo-marek", "Person", ("a", "b"))]


def test_a_name_given_as_another_articles_short_form_is_that_organisation():
    from kg.extract import ArticleInfo, ArticleResult
    from kg.extract.model import Entity
    from kg.graph.resolve import resolve

    def article(doc_id, entities):
        info = ArticleInfo(doc_id, None, None, None, None, (), None, "x")
        names = tuple((e.key, n, 1) for e in entities for n in e.names)
        return ArticleResult(info, tuple(entities), names, (), ())
    full = Entity("organization:veltrano-shipping-co-ltd", "Organization", ("Veltrano Shipping Co. Ltd.", "Veltrano"))
    alone = Entity("place:veltrano", "Place", ("Veltrano",))
    other = Entity("place:kestria", "Place", ("Kestria",))
    resolution = resolve([article("a", [full]), article("b", [alone, other])])
    assert resolution.entity("b", "place:veltrano") == resolution.entity("a", full.key)
    assert resolution.entity("b", "place:kestria") != resolution.entity("a", full.key)


def test_a_groups_label_is_its_lower_case_form_over_a_sentence_initial_capital():
    from kg.extract import ArticleInfo, ArticleResult
    from kg.extract.model import Entity
    from kg.graph.resolve import resolve

    def article(doc_id, name):
        info = ArticleInfo(doc_id, None, None, None, None, (), None, "x")
        return ArticleResult(info, (Entity("group:reporters", "Group", (name,)),), (("group:reporters", name, 1),), (), ())
    resolution = resolve([article("a", "Reporters"), article("b", "reporters")])
    assert [(e.label, e.aliases) for e in resolution.entities] == [("reporters", ("Reporters",))]


def test_a_groups_label_spells_its_key_where_a_name_does():
    from collections import Counter

    from kg.graph.resolve import _canonical
    names = Counter({"officials of the US-led military alliance": 1, "NATO officials": 1})
    assert _canonical(names, "Group", "group:nato-officials") == "NATO officials"
    scoped = Counter({"over 50 Chilean miners": 1, "more than 20 miners": 1, "miners": 2})
    assert _canonical(scoped, "Group", "group:miners-1a2b") == "over 50 Chilean miners"  # no name spells it: the fullest
