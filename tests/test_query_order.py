"""Named queries give the same rows in the same order in every engine: dates of mixed types,
unbound columns and ties sort on plain strings; parameters are bound inside the WHERE."""
import re

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store.engines import query_files, query_store
from kg.store.query import bind, list_queries, load_query

GRAPH = """@prefix nkg: <https://w3id.org/newskg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <https://schema.org/> . @prefix e: <http://e/> .
e:zed rdfs:label "Zedland" ; skos:altLabel "Zeds" . e:arc rdfs:label "Arcadia" . e:bo rdfs:label "Bo Quill" ; nkg:holds e:post .
e:post rdfs:label "Envoy" ; nkg:of e:arc . e:thing rdfs:label "Gizmo" .
e:l1 a nkg:Legislation ; nkg:agent e:zed ; nkg:target e:arc ; nkg:date "2021-03-04"^^xsd:date ; nkg:modality nkg:Proposed .
e:l2 a nkg:Legislation ; nkg:agent e:zed ; nkg:date "2021-03"^^xsd:gYearMonth ; nkg:modality nkg:Proposed .
e:l3 a nkg:Legislation ; nkg:agent e:arc ; nkg:date "2020"^^xsd:gYear ; nkg:modality nkg:Asserted .
e:l4 a nkg:Legislation ; nkg:agent e:arc ; nkg:modality nkg:Asserted .
e:m1 a nkg:Meeting ; nkg:agent e:zed ; nkg:counterpart e:arc ; nkg:date "2021-03"^^xsd:gYearMonth ; nkg:modality nkg:Asserted .
e:m2 a nkg:Meeting ; nkg:agent e:arc ; nkg:counterpart e:zed ; nkg:date "2021-03-01"^^xsd:date ; nkg:modality nkg:Asserted .
e:s1 a nkg:Statement ; nkg:agent e:bo ; nkg:target e:zed ; nkg:quote "Enough." ; nkg:date "2021-03"^^xsd:gYearMonth, "2021-03-02"^^xsd:date ;
     nkg:modality nkg:Asserted .
e:p1 a nkg:Purchase ; nkg:agent e:arc ; nkg:counterpart e:zed ; nkg:item e:thing ; nkg:modality nkg:Planned .
e:d1 a nkg:Detention ; nkg:agent e:zed ; nkg:target e:bo ; nkg:modality nkg:Asserted .
e:x1 a nkg:Sanction ; nkg:agent e:zed ; nkg:target e:arc ; nkg:date "2021"^^xsd:gYear ; nkg:modality nkg:Threatened .
"""
PARAMS = {"statements": {"speaker": "Bo Quill"}, "timeline": {"entity": "Zeds"}, "entity": {"name": "Arcadia"},
          "provenance": {"event": "http://e/l1"}}


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    folder = tmp_path_factory.mktemp("order")
    graph, store = folder / "graph.ttl", folder / "store"
    graph.write_text(GRAPH)
    result = CliRunner().invoke(main, ["load", str(graph), "--store", str(store), "-q"])
    assert result.exit_code == 0, result.output
    return str(graph), str(store)


@pytest.mark.parametrize("name, params", [(q.name, {}) for q in list_queries()] + list(PARAMS.items()))
def test_same_rows_in_the_same_order_in_rdflib_and_pyoxigraph(sources, name, params):
    text = bind(load_query(name), params)
    on_file, in_store = query_files(text, [sources[0]]), query_store(text, sources[1])
    assert on_file.variables == in_store.variables
    assert on_file.rows == in_store.rows


def test_mixed_dates_sort_as_text_with_undated_first(sources):
    rows = query_files(bind(load_query("legislation"), {}), [sources[0]]).rows
    dates = [row[4].value if row[4] else "" for row in rows]
    assert dates == ["", "2020", "2021-03", "2021-03-04"]
    timeline = query_files(bind(load_query("timeline"), {"entity": "Zeds"}), [sources[0]]).rows
    assert {row[1].value for row in timeline} == {"Zedland"}
    assert [row[0].value if row[0] else "" for row in timeline] == sorted(row[0].value if row[0] else "" for row in timeline)


def test_statements_date_is_the_first_in_text_order(sources):
    [row] = query_files(bind(load_query("statements"), {"speaker": "Bo Quill"}), [sources[0]]).rows
    assert row[4].value == "2021-03"


@pytest.mark.parametrize("query", [q for q in list_queries() if q.parameters])
def test_parameters_are_bound_inside_the_where(query):
    params = {p.name: ("http://e/x" if p.kind == "iri" else "x") for p in query.parameters}
    text = bind(query, params)
    where = text.index("{", re.search(r"\bWHERE\b", text).start())
    values = text.index("VALUES (")
    assert where < values < text.rindex("}"), "a trailing VALUES block"
    assert not re.search(r"}\s*VALUES", text[text.rindex("}"):])


def test_a_query_file_without_a_marker_gets_its_parameters_first_in_the_where(tmp_path):
    mine = tmp_path / "mine.rq"
    mine.write_text("# Mine.\n# Parameter who (?w, literal): a label.\n"
                    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?x WHERE { ?x rdfs:label ?w }\n")
    text = bind(load_query(str(mine)), {"who": "Gizmo"})
    assert re.search(r'WHERE \{\n  VALUES \(\?w\) \{ \("Gizmo"\) \}\n ?\?x rdfs:label \?w \}', text), text
