"""End to end: `kg build` on the seed articles and on bad input, through click's CliRunner."""
import re

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, to_isomorphic

from kg.cli import main
from kg.graph.validate import validate_graph
from kg.graph.vocab import NKG, RDFS

from .conftest import DATA, SEEDS


def run(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


@pytest.fixture(scope="module")
def seeds_ttl(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "seeds.ttl"
    result = run("build", SEEDS, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stderr == f"kg: wrote {out} (turtle): 2 articles, 30 entities, 7 positions, 37 events\n"
    return out


def test_seed_graph_parses_everywhere_and_conforms(seeds_ttl):
    graph = Graph().parse(seeds_ttl, format="turtle")
    assert len(list(ox.parse(path=str(seeds_ttl), format=ox.RdfFormat.TURTLE))) == len(graph)
    report = validate_graph(graph)
    assert report.conforms, report.text


def test_seed_graph_has_the_people_offices_and_one_node_each(seeds_ttl):
    graph = Graph().parse(seeds_ttl, format="turtle")
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    assert {"Mevlut Cavusoglu", "Mike Pompeo", "Jens Stoltenberg", "Recep Tayyip Erdogan", "S-400", "F-35",
            "Turkey", "Russia", "United States", "NATO"} <= labels
    rows = graph.query("""SELECT ?title ?of WHERE { ?p rdfs:label "Mevlut Cavusoglu" ; nkg:holds ?pos .
                          ?pos rdfs:label ?title ; nkg:of/rdfs:label ?of }""", initNs={"nkg": NKG, "rdfs": RDFS})
    assert {(str(t), str(o)) for t, o in rows} == {("Foreign Minister", "Turkey")}
    hutchison = [s for s in graph.subjects(RDFS.label, None) if "Hutchi" in str(graph.value(s, RDFS.label))]
    assert len(hutchison) == 1


def test_build_is_byte_identical_and_jsonl_gives_the_same_entities(seeds_ttl, tmp_path):
    again = tmp_path / "again.ttl"
    assert run("build", SEEDS, "-o", again, "-q").exit_code == 0
    assert again.read_bytes() == seeds_ttl.read_bytes()
    from_jsonl = tmp_path / "jsonl.ttl"
    assert run("build", DATA / "seeds.jsonl", "-o", from_jsonl, "-q").exit_code == 0
    entities = lambda path: {(str(s), str(o)) for s, o in Graph().parse(path).subject_objects(RDFS.label)}  # noqa: E731
    assert entities(from_jsonl) == entities(seeds_ttl)


def test_trig_puts_each_article_in_its_named_graph(tmp_path, seeds_ttl):
    out = tmp_path / "seeds.trig"
    assert run("build", SEEDS, "-o", out, "-q").exit_code == 0
    dataset = Dataset(default_union=True)
    dataset.parse(out, format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert names == {"https://w3id.org/newskg/id/article/000_eec6349a4f158b67",
                     "https://w3id.org/newskg/id/article/002_01407f7eedaa3867"}
    union = Graph()
    for triple in dataset.triples((None, None, None)):
        union.add(triple)
    flat = Graph().parse(seeds_ttl)
    iso_a, iso_b = to_isomorphic(union), to_isomorphic(flat)
    if iso_a != iso_b:
        _, only_trig, only_ttl = graph_diff(iso_a, iso_b)
        pytest.fail(f"only in TriG:\n{only_trig.serialize(format='nt')}\nonly in Turtle:\n{only_ttl.serialize(format='nt')}")


@pytest.mark.parametrize("fmt, parser", [("nt", "nt"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_other_formats_hold_the_same_triples(tmp_path, seeds_ttl, fmt, parser):
    out = tmp_path / f"seeds.{fmt}"
    assert run("build", SEEDS, "-o", out, "-q").exit_code == 0
    dataset = Dataset(default_union=True)
    dataset.parse(out, format=parser)
    assert len(set(dataset.triples((None, None, None)))) == len(Graph().parse(seeds_ttl))


def test_jsonld_is_compacted_with_a_context_and_holds_the_turtle_triples(tmp_path, seeds_ttl):
    out = tmp_path / "seeds.jsonld"
    assert run("build", SEEDS, "-o", out, "-q").exit_code == 0
    document = __import__("json").loads(out.read_text())
    assert {"nkg", "schema", "rdfs", "skos", "owl", "xsd"} <= set(document["@context"])
    keys = {key for node in document["@graph"] for key in node}
    assert "rdfs:label" in keys and not any(key.startswith("http") for key in keys)
    assert all(node["@id"].startswith(("id:", "art:", "ev:", "pos:", "author:")) for node in document["@graph"])
    iso_a, iso_b = to_isomorphic(Graph().parse(out, format="json-ld")), to_isomorphic(Graph().parse(seeds_ttl))
    if iso_a != iso_b:
        _, only_jsonld, only_ttl = graph_diff(iso_a, iso_b)
        pytest.fail(f"only in JSON-LD:\n{only_jsonld.serialize(format='nt')}\nonly in Turtle:\n{only_ttl.serialize(format='nt')}")
    assert len(list(ox.parse(path=str(out), format=ox.RdfFormat.JSON_LD))) == len(iso_b)


def test_stdin_to_stdout(nlp):
    result = run("build", "-", input="Japan and China signed a trade deal in Beijing.\n")
    assert result.exit_code == 0
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert (URIRef("https://w3id.org/newskg/id/japan"), RDFS.label, None) in graph


def test_hostile_text_gives_valid_iris_and_escaped_literals(tmp_path):
    text = ('Headline with "quotes" \\ and <tags> {x} |pipe|\n\nThe minister Ali Ba\u0301kr\u200b met '
            'Jean "Le" Smith\tin Tokyo 😀 and \u202eشيراز\u202c.\n')
    path = tmp_path / 'odd name "x" <y>.txt'
    path.write_text(text)
    out = tmp_path / "odd.ttl"
    assert run("build", path, "-o", out, "-q").exit_code == 0
    graph = Graph().parse(out, format="turtle")
    assert len(list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE))) == len(graph)
    for node in graph.all_nodes():
        if isinstance(node, URIRef):
            assert not re.search(r'[\s<>"{}|^`\\]', str(node)), node
    assert validate_graph(graph).conforms


@pytest.mark.parametrize("args, message", [
    (["build", "missing.txt"], "kg: error: missing.txt: no such file or directory\n"),
    (["build", "{tmp}/empty.txt"], "kg: error: {tmp}/empty.txt: empty document\n"),
    (["build", "{tmp}/bad.jsonl"], "kg: error: {tmp}/bad.jsonl:2: malformed JSON (Expecting property name enclosed in double quotes)\n"),
    (["build", "{tmp}/ok.txt", "--published", "soon"], "kg: error: --published: not a date (expected YYYY-MM-DD): 'soon'\n"),
    (["build", "{tmp}/ok.txt", "--base", "not an iri"], "kg: error: --base: not a valid IRI: 'not an iri'\n"),
    (["build", "{tmp}/ok.txt", "-o", "{tmp}/out.xyz"], "kg: error: {tmp}/out.xyz: unknown extension '.xyz'; use --format (turtle, trig, nt, nq, jsonld)\n"),
])
def test_bad_input_is_one_line_exit_2_and_keeps_existing_output(tmp_path, args, message):
    (tmp_path / "empty.txt").write_text("\n")
    (tmp_path / "ok.txt").write_text("Japan spoke.")
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "fine"}\n{broken\n')
    existing = tmp_path / "existing.ttl"
    existing.write_text("# keep me\n")
    args = [a.format(tmp=tmp_path) for a in args]
    if "-o" not in args:
        args += ["-o", str(existing)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.stderr == message.format(tmp=tmp_path)
    assert existing.read_text() == "# keep me\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_duplicate_ids_are_refused(tmp_path):
    (tmp_path / "a.txt").write_text("Japan spoke.")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "duplicate document id 'a'" in result.stderr


def test_validate_exit_codes(tmp_path, seeds_ttl):
    assert run("validate", seeds_ttl).exit_code == 0
    broken = tmp_path / "two-labels.ttl"
    broken.write_text(seeds_ttl.read_text() + '\n<https://w3id.org/newskg/id/turkey> '
                      '<http://www.w3.org/2000/01/rdf-schema#label> "Türkiye" .\n')
    result = run("validate", broken)
    assert result.exit_code == 1 and "exactly one rdfs:label" in result.stdout
    (tmp_path / "junk.ttl").write_text("this is not turtle")
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "junk.ttl")])
    assert result.exit_code == 2 and result.stderr.startswith(f"kg: error: {tmp_path}/junk.ttl: does not parse as turtle")


def test_model_missing_is_a_clear_error(monkeypatch, tmp_path):
    (tmp_path / "ok.txt").write_text("Japan spoke.")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "ok.txt"), "--model", "no_such_model_xyz"])
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: spaCy model 'no_such_model_xyz' is not installed;")
    assert "python -m spacy download en_core_web_sm" in result.stderr


def test_summary(seeds_ttl):
    result = run("summary", seeds_ttl)
    assert result.exit_code == 0
    assert "  Mevlut Cavusoglu: Foreign Minister of Turkey\n" in result.stdout
    assert re.search(r"^  Article +2$", result.stdout, re.M)


def test_seed_events_carry_source_evidence_and_known_facts(seeds_ttl):
    graph = Graph().parse(seeds_ttl, format="turtle")
    rows = graph.query("""
        SELECT ?buyer ?seller ?amount ?currency ?date WHERE {
          ?e a nkg:Purchase ; nkg:agent/rdfs:label ?buyer ; nkg:counterpart/rdfs:label ?seller ;
             nkg:item/rdfs:label "S-400" ; nkg:value [ schema:value ?amount ; schema:currency ?currency ] ;
             nkg:date ?date .
        }""", initNs={"nkg": NKG, "rdfs": RDFS, "schema": "https://schema.org/"})
    assert {(str(b), str(s), float(a), str(c), str(d)) for b, s, a, c, d in rows} == {
        ("Turkey", "Russia", 2.5e9, "USD", "2017-12")}
    for event in set(graph.subjects(NKG.source, None)):
        evidence = [str(o) for o in graph.objects(event, NKG.evidence)]
        assert evidence and all(sentence.strip() == sentence for sentence in evidence)


def test_workers_give_the_same_bytes(seeds_ttl, tmp_path):
    out = tmp_path / "workers.ttl"
    assert run("build", SEEDS, "-o", out, "-q", "--workers", "2").exit_code == 0
    assert out.read_bytes() == seeds_ttl.read_bytes()


def test_ntriples_stream_holds_each_triple_of_the_turtle_once(seeds_ttl, tmp_path):
    out = tmp_path / "seeds.nt"
    assert run("build", SEEDS, "-o", out, "-q").exit_code == 0
    lines = [line for line in out.read_text().splitlines() if line.strip()]
    assert len(lines) == len(set(lines)) == len(Graph().parse(seeds_ttl))


def test_dask_build_equals_the_plain_build(seeds_ttl, tmp_path):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "dask.ttl"
    result = run("build", SEEDS, "-o", out, "-q", "--engine", "dask", "--workers", "2")
    assert result.exit_code == 0, result.output
    dask_graph, plain = to_isomorphic(Graph().parse(out)), to_isomorphic(Graph().parse(seeds_ttl))
    if dask_graph != plain:
        _, only_dask, only_plain = graph_diff(dask_graph, plain)
        pytest.fail(f"only in the Dask build:\n{only_dask.serialize(format='nt')}\nonly in the plain build:\n"
                    f"{only_plain.serialize(format='nt')}")
    assert out.read_bytes() == seeds_ttl.read_bytes()


def test_output_files_get_the_mode_of_the_umask(tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        out = tmp_path / "g.ttl"
        assert run("build", SEEDS, "-o", out, "-q").exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
        os.umask(0o077)
        assert run("build", SEEDS, "-o", out, "-q").exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_no_quad_or_triple_is_written_twice_in_any_format(tmp_path):
    story = ("By Jane Roe\n\nPresident Emmanuel Macron met Prime Minister Boris Johnson in London on Monday. "
             "President Joe Biden said the talks went well.")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(__import__("json").dumps({"id": doc_id, "published": "2021-06-14", "text": text})
                                for doc_id, text in [("a", story), ("b", story), ("c", story + "\n\n" + story)]))
    counts = {}
    for ext in ("nt", "nq", "ttl", "trig", "jsonld"):
        out = tmp_path / f"out.{ext}"
        assert run("build", corpus, "-o", out, "-q").exit_code == 0
        if ext in ("nt", "nq"):
            lines = out.read_text().splitlines()
            assert len(lines) == len(set(lines)), [line for line in lines if lines.count(line) > 1][:3]
        counts[ext] = len(Dataset().parse(out, format={"nt": "nt", "nq": "nquads", "ttl": "turtle", "trig": "trig",
                                                      "jsonld": "json-ld"}[ext]))
    assert counts["nt"] == counts["ttl"] == counts["jsonld"] == len((tmp_path / "out.nt").read_text().splitlines())
    assert counts["nq"] == counts["trig"]


def test_validate_and_summary_read_every_named_graph_of_trig_and_nquads(tmp_path, seeds_ttl):
    for ext in ("trig", "nq"):
        out = tmp_path / f"seeds.{ext}"
        assert run("build", SEEDS, "-o", out, "-q").exit_code == 0
        assert run("summary", out).stdout == run("summary", seeds_ttl).stdout
        assert run("validate", out).exit_code == 0
