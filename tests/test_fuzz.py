"""Fuzzing: mutated articles (tests/fuzzing.py) raise nothing and give valid Turtle; the indexes
that keep the cost per article near-linear find what the pairwise comparisons found."""
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.read.documents import Document
from kg.names import PersonIndex, closest_person
from kg.graph.output import graph_prefixes, serialise
from kg.pipeline import build
from tests import fuzzing

BASE = "https://w3id.org/newskg/id/"


def _turtle(result) -> bytes:
    return serialise(result.quads, "turtle", graph_prefixes(BASE))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seeds=st.lists(st.integers(0, 10**6), min_size=1, max_size=3, unique=True))
def test_mutated_articles_build_into_valid_turtle(nlp, seeds):
    docs = [Document(id=f"m{seed}", text=fuzzing.mutated(seed), published=dt.date(2022, 3, 1)) for seed in seeds]
    docs = [d for d in docs if d.text.strip()]
    failures = []
    result = build(docs, on_failure=failures.append)
    assert failures == []  # every stage copes: nothing is left out
    graph = Graph().parse(data=_turtle(result), format="turtle")
    assert {str(o) for o in graph.objects()} >= {f"m{seed}" for seed in seeds if any(d.id == f"m{seed}" for d in docs)}


def test_every_mutation_is_exercised_and_deterministic():
    texts = {fuzzing.mutated(seed) for seed in range(60)}
    assert len(texts) == 60 and fuzzing.mutated(7) == fuzzing.mutated(7)
    assert any("\ufffd" in t for t in texts) and any("\x00" in t for t in texts)
    assert len(set(fuzzing.names(6000))) == 6000


NAMES = st.lists(st.sampled_from(["Ali", "Ana", "Hassan", "Hasan", "Omar", "J.", "Biden", "Joe", "Joseph",
                                  "R.", "Ivanov", "Ivanova", "Jr.", "Costa", "Kosta", "Mario", "Maria"]),
                 min_size=1, max_size=4).map(" ".join)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(name=NAMES, full_names=st.lists(NAMES, max_size=8))
def test_the_person_index_finds_what_closest_person_finds(name, full_names):
    # as the caller (kg/extract/mentions.py) gives them: distinct names of two words or more, longest first
    full_names = sorted({n for n in full_names if len(n.split()) >= 2}, key=lambda n: (-len(n), n))
    assert PersonIndex(full_names).closest(name) == closest_person(name, full_names)


def test_a_long_chain_of_titles_is_walked_a_few_steps_not_to_the_end_of_the_stack(nlp):
    text = "Talks\n\n" + "Special Envoy and Ambassador and " * 700 + "Ana Costa arrived in Oslo on Monday.\n"
    failures = []
    result = build([Document(id="titles", text=text)], on_failure=failures.append)
    assert failures == [] and len(result.articles) == 1
