"""Named queries: same rows from rdflib, the embedded store and an Oxigraph server; known answers
on the seeds; parameters bound, never pasted."""
import shutil
import socket
import subprocess
import time
import urllib.request
from collections import Counter

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store.engines import query_endpoint, query_files, query_store
from kg.errors import InputError
from kg.store.query import bind, list_queries, load_query

from .conftest import SEEDS

PARAMS = {"statements": {"speaker": "Cavusoglu"}, "timeline": {"entity": "Turkey"}, "entity": {"name": "S-400"}}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """The seeds' graph as TriG and Turtle files and in an embedded store."""
    folder = tmp_path_factory.mktemp("seeds")
    trig, store = folder / "seeds.trig", folder / "store"
    result = run("build", SEEDS, "-o", trig, "--store", store, "-q")
    assert result.exit_code == 0, result.output
    return {"trig": str(trig), "store": str(store)}


def as_bag(results):
    return results.variables, Counter(results.rows)


def text_of(name, params=None):
    return bind(load_query(name), params or {})


def test_at_least_ten_documented_queries():
    queries = list_queries()
    assert len(queries) >= 10
    for q in queries:
        assert q.description and q.example.startswith("kg query"), q.name
        assert {"purchases", "sanctions", "legislation", "meetings", "statements", "offices", "timeline",
                "entity", "provenance", "actors"} <= {q.name for q in queries}


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_rdflib_and_the_embedded_store_return_the_same_rows(seeds, name):
    text = text_of(name, PARAMS.get(name))
    on_files, in_store = query_files(text, [seeds["trig"]]), query_store(text, seeds["store"])
    assert on_files.rows, f"{name} returns no rows on the seeds"
    assert on_files == in_store  # same rows, same order


def test_known_answers_on_the_seeds(seeds):
    purchases = query_store(text_of("purchases"), seeds["store"])
    rows = {tuple(t.value if t else None for t in row[1:7]) for row in purchases.rows}
    assert ("Turkey", "Russia", "S-400", "2500000000", "USD", "2017-12") in rows
    offices = query_store(text_of("offices"), seeds["store"])
    assert ("Mevlut Cavusoglu", "Foreign Minister", "Turkey") in {tuple(t.value for t in r) for r in offices.rows}
    sanctions = query_store(text_of("sanctions"), seeds["store"])
    assert {(r[1].value, r[2].value, r[3].value) for r in sanctions.rows if r[1] and r[2]} == {
        ("United States", "Turkey", "Threatened")}
    statements = query_store(text_of("statements", {"speaker": "Cavusoglu"}), seeds["store"])
    assert {r[1].value for r in statements.rows} == {"Mevlut Cavusoglu"}
    assert any(r[3] and "done deal" in r[3].value for r in statements.rows)


def test_injection_through_a_parameter_is_just_a_string(seeds):
    hostile = 'x" } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } #'
    text = text_of("statements", {"speaker": hostile})
    assert query_store(text, seeds["store"]).rows == ()
    assert query_files(text, [seeds["trig"]]).rows == ()
    with pytest.raises(InputError, match="not an IRI"):
        text_of("provenance", {"event": "<http://x> } DROP ALL"})
    assert len(query_store(text_of("events"), seeds["store"]).rows) > 0  # nothing was dropped


def test_unknown_parameter_and_query_name():
    with pytest.raises(InputError, match="has no parameter 'who'"):
        text_of("statements", {"who": "x"})
    with pytest.raises(InputError, match="no query named 'nope'"):
        load_query("nope")


def test_cli_query_formats_and_list(seeds):
    listing = run("query", "--list")
    assert listing.exit_code == 0 and "purchases" in listing.stdout and "[--param speaker=...]" in listing.stdout
    table = run("query", "offices", "--store", seeds["store"])
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].split() == ["person", "position", "of"]
    assert table.stdout.rstrip().endswith("rows)")
    csv = run("query", "offices", seeds["trig"], "--format", "csv")
    assert csv.stdout_bytes.startswith(b"person,position,of\r\n")
    assert b"Mevlut Cavusoglu,Foreign Minister,Turkey\r\n" in csv.stdout_bytes
    tsv = run("query", "offices", seeds["trig"], "--format", "tsv")
    assert tsv.stdout.startswith("?person\t?position\t?of\n")
    js = run("query", "offices", seeds["trig"], "--format", "json")
    assert '"vars": [\n   "person",' in js.stdout


def test_query_errors(tmp_path, seeds):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ?y }")
    result = CliRunner().invoke(main, ["query", str(bad), seeds["trig"]])
    assert result.exit_code == 2 and result.stderr.startswith("kg: error: SPARQL syntax error: error at 1:26")
    update = tmp_path / "update.rq"
    update.write_text("DELETE WHERE { ?s ?p ?o }")
    result = CliRunner().invoke(main, ["query", str(update), "--store", seeds["store"]])
    assert result.exit_code == 2 and "runs updates only with --update" in result.stderr
    result = CliRunner().invoke(main, ["query", "offices", "--store", str(tmp_path / "nostore")])
    assert result.exit_code == 2 and "no store here" in result.stderr


def test_load_is_idempotent_and_all_or_nothing(tmp_path, seeds):
    store = tmp_path / "store"
    assert run("load", seeds["trig"], "--store", store, "-q").exit_code == 0
    first = len(__import__("pyoxigraph").Store.read_only(str(store)))
    assert run("load", seeds["trig"], "--store", store, "-q").exit_code == 0
    assert len(__import__("pyoxigraph").Store.read_only(str(store))) == first
    broken = tmp_path / "broken.ttl"
    broken.write_text('<http://e/a> <http://e/b> "fine" .\n<http://e/c> <http://e/d> "oops .\n')
    good = tmp_path / "good.ttl"
    good.write_text('<http://e/x> <http://e/y> "new" .\n')
    result = CliRunner().invoke(main, ["load", str(good), str(broken), "--store", str(store)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: error: {broken}: Parser error between line 2")
    assert len(__import__("pyoxigraph").Store.read_only(str(store))) == first


def test_replace_swaps_a_named_graph(tmp_path):
    store = tmp_path / "store"
    one, two = tmp_path / "one.ttl", tmp_path / "two.ttl"
    one.write_text('<http://e/a> <http://e/b> "1" .\n<http://e/a> <http://e/b> "2" .\n')
    two.write_text('<http://e/a> <http://e/b> "3" .\n')
    assert run("load", one, "--store", store, "--graph", "http://e/g", "-q").exit_code == 0
    assert run("load", two, "--store", store, "--graph", "http://e/g", "--replace", "-q").exit_code == 0
    import pyoxigraph as ox
    values = {q.object.value for q in ox.Store.read_only(str(store)).quads_for_pattern(None, None, None, ox.NamedNode("http://e/g"))}
    assert values == {"3"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    binary = shutil.which("oxigraph") or str(__import__("pathlib").Path(__import__("sys").executable).parent / "oxigraph")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                                "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("the Oxigraph server did not start")
    yield url
    process.terminate()
    process.wait(10)


def test_oxigraph_server_receives_loads_and_answers_like_the_others(oxigraph_server, seeds):
    result = run("load", seeds["trig"], "--endpoint", f"{oxigraph_server}/store")
    assert result.exit_code == 0, result.stderr
    again = run("load", seeds["trig"], "--endpoint", f"{oxigraph_server}/store", "-q")
    assert again.exit_code == 0
    for q in list_queries():
        text = text_of(q.name, PARAMS.get(q.name))
        served = query_endpoint(text, f"{oxigraph_server}/query")
        assert as_bag(served) == as_bag(query_store(text, seeds["store"])), q.name
    table = run("query", "offices", "--endpoint", f"{oxigraph_server}/query")
    assert table.exit_code == 0 and "Foreign Minister" in table.stdout


def test_endpoint_errors_are_one_line(oxigraph_server, tmp_path):
    result = CliRunner().invoke(main, ["query", "offices", "--endpoint", "http://127.0.0.1:9/query", "--timeout", "1"])
    assert result.exit_code == 1 and result.stderr.startswith("kg: error: http://127.0.0.1:9/query: cannot reach")
    result = CliRunner().invoke(main, ["query", "offices", "--endpoint", "http://user:pw@127.0.0.1:9/query"])
    assert result.exit_code == 2 and "not in the URL" in result.stderr and "pw" not in result.stderr


def test_incremental_store_build_equals_a_full_rebuild(tmp_path):
    import pyoxigraph as ox

    one, two = sorted(SEEDS.glob("*.txt"))
    incremental, full = tmp_path / "incremental", tmp_path / "full"
    assert run("build", one, "--store", incremental, "-q").exit_code == 0
    second = run("build", one, two, "--store", incremental)
    assert second.exit_code == 0 and "1 unchanged article(s) not extracted again" in second.stderr
    assert run("build", one, two, "--store", full, "-q").exit_code == 0
    content = lambda store: set(map(str, ox.Store.read_only(str(store)).quads_for_pattern(None, None, None, None)))  # noqa: E731
    assert content(incremental) == content(full)
    again = run("build", one, two, "--store", incremental)
    assert "2 unchanged article(s) not extracted again; 0 quads added, 0 removed" in again.stderr


def test_store_builds_keep_what_was_loaded_by_hand(tmp_path):
    import pyoxigraph as ox

    store = tmp_path / "store"
    mine = tmp_path / "mine.ttl"
    mine.write_text('<http://e/my> <http://e/note> "keep me" .\n')
    assert run("load", mine, "--store", store, "-q").exit_code == 0
    assert run("build", sorted(SEEDS.glob("*.txt"))[0], "--store", store, "-q").exit_code == 0
    assert run("build", *sorted(SEEDS.glob("*.txt")), "--store", store, "-q").exit_code == 0
    kept = list(ox.Store.read_only(str(store)).quads_for_pattern(ox.NamedNode("http://e/my"), None, None, None))
    assert [q.object.value for q in kept] == ["keep me"]


def test_statements_gives_one_row_per_statement_in_every_engine(tmp_path):
    graph = tmp_path / "two.ttl"
    graph.write_text("""@prefix nkg: <https://w3id.org/newskg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <http://e/s> a nkg:Statement ; nkg:agent <http://e/ann>, <http://e/bob> ; nkg:counterpart <http://e/x>, <http://e/y> ;
            nkg:quote "We will act.", "We shall act." .
        <http://e/ann> rdfs:label "Ann Lee" ; skos:altLabel "Lee" . <http://e/bob> rdfs:label "Bob Day" .
        <http://e/x> rdfs:label "Xland" . <http://e/y> rdfs:label "Yland" .""")
    store = tmp_path / "store"
    assert run("load", graph, "--store", store, "--graph", "http://e/g", "-q").exit_code == 0
    for params in ({}, {"speaker": "Bob Day"}, {"speaker": "Lee"}):
        on_file, in_store = query_files(text_of("statements", params), [graph]), query_store(text_of("statements", params), store)
        assert on_file.rows == in_store.rows
        assert [tuple(term.value for term in row[1:4]) for row in on_file.rows] == [("Ann Lee", "Xland", "We shall act.")]
    assert query_store(text_of("statements", {"speaker": "Nobody"}), store).rows == ()
