"""The ontology defines every term the code uses, each with a label and a comment."""
import re
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph

from kg.graph.validate import ontology_graph
from kg.graph.vocab import NKG

CONTRACT = Path(__file__).parents[2] / "shared" / "CONTRACT.md"


def test_every_vocabulary_term_is_defined_with_label_and_comment():
    onto = ontology_graph("newskg.ttl")
    for name in NKG.__annotations__:
        term = NKG[name]
        assert (term, RDF.type, None) in onto, f"{name} is not defined"
        assert onto.value(term, RDFS.label), f"{name} has no rdfs:label"
        assert onto.value(term, RDFS.comment), f"{name} has no rdfs:comment"


def test_ontology_header():
    onto = ontology_graph("newskg.ttl")
    [header] = onto.subjects(RDF.type, OWL.Ontology)
    assert onto.value(header, OWL.versionInfo)
    assert any("license" in str(p) for p in onto.predicates(header, None))


def test_contract_terms_are_all_in_the_vocabulary():
    if not CONTRACT.exists():
        import pytest
        pytest.skip("shared/CONTRACT.md is not beside this clone")
    terms = set(re.findall(r"`nkg:(\w+)`", CONTRACT.read_text()))
    assert terms and terms <= set(NKG.__annotations__)


def test_shapes_parse():
    assert len(ontology_graph("shapes.ttl")) > 50
    Graph().parse(data=(Path(__file__).parents[1] / "ontology" / "shapes.ttl").read_text(), format="turtle")
