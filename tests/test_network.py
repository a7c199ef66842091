"""The actor network, its rankings, pictures and the HTML report (opened in headless Chromium)."""
import json
import re
import shutil
import subprocess

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.present.network import actor_scores, project
from kg.graph.vocab import NKG

from .conftest import SEEDS


@pytest.fixture(scope="module")
def seeds_ttl(tmp_path_factory):
    out = tmp_path_factory.mktemp("net") / "seeds.ttl"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "-q"]).exit_code == 0
    return out


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_projection_has_labelled_edges_per_role_pair():
    graph = Graph().parse(data="""
        @prefix nkg: <https://w3id.org/newskg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix id: <https://w3id.org/newskg/id/> .
        id:jp a nkg:Country ; rdfs:label "Japan" . id:fr a nkg:Country ; rdfs:label "France" .
        id:jet a nkg:Product ; rdfs:label "Rafale" .
        id:e1 a nkg:Purchase ; nkg:agent id:jp ; nkg:counterpart id:fr ; nkg:item id:jet ; nkg:date "2020-01"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> ;
              nkg:modality nkg:Planned ; nkg:source id:a1, id:a2 .
    """, format="turtle")
    network = project(graph)
    edges = sorted((network.nodes[a]["label"], network.nodes[b]["label"], d["label"], d["role"], d["date"], d["modality"],
                    d["articles"]) for a, b, d in network.edges(data=True))
    assert edges == [("Japan", "France", "Purchase", "counterpart", "2020-01", "Planned", 2),
                     ("Japan", "Rafale", "Purchase", "item", "2020-01", "Planned", 2)]
    assert [s.label for s in actor_scores(network)] == ["France", "Japan"]  # products are not actors


def test_seed_actors_put_turkey_the_us_and_russia_on_top(seeds_ttl):
    top = [s.label for s in actor_scores(project(Graph().parse(seeds_ttl)))][:5]
    assert top[0] == "Turkey" and {"United States", "Russia"} <= set(top)
    table = run("actors", seeds_ttl, "--top", "3")
    assert table.stdout.splitlines()[0].split() == ["actor", "class", "weighted_degree", "pagerank", "betweenness", "community"]
    assert table.stdout.splitlines()[2].startswith("Turkey")
    rows = json.loads(run("actors", seeds_ttl, "--format", "json").stdout)
    assert rows[0]["actor"] == "Turkey" and rows[0]["iri"] == "https://w3id.org/newskg/id/turkey"


@pytest.mark.parametrize("suffix, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_files_read_back(tmp_path, seeds_ttl, suffix, reader):
    out = tmp_path / f"n.{suffix}"
    assert run("network", seeds_ttl, "-o", out).exit_code == 0
    network = reader(out)
    assert network.number_of_edges() == project(Graph().parse(seeds_ttl)).number_of_edges()
    labels = {d["label"] for _, d in network.nodes(data=True)}
    assert {"Turkey", "Russia", "S-400"} <= labels


def test_pictures_are_deterministic(tmp_path, seeds_ttl):
    for name in ("a.svg", "b.svg", "t1.png", "t2.png"):
        command = "timeline" if name.startswith("t") else "network"
        assert run(command, seeds_ttl, "-o", tmp_path / name).exit_code == 0
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()
    assert b"Turkey" in (tmp_path / "a.svg").read_bytes()
    assert (tmp_path / "t1.png").read_bytes() == (tmp_path / "t2.png").read_bytes()
    bad = CliRunner().invoke(main, ["timeline", str(seeds_ttl), "-o", str(tmp_path / "x.jpg")])
    assert bad.exit_code == 2 and "pictures are .png or .svg" in bad.stderr


@pytest.fixture(scope="module")
def report(tmp_path_factory, seeds_ttl):
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert run("report", seeds_ttl, "-o", out, "--title", "Seed articles").exit_code == 0
    return out


def test_report_is_self_contained_and_lists_every_event_with_its_evidence(report, seeds_ttl):
    html = report.read_text()
    assert not re.search(r"""(?:src|href)\s*=\s*['"](?!data:)""", html)  # nothing fetched from anywhere
    graph = Graph().parse(seeds_ttl)
    pairs = {(e, str(s)) for e, s in graph.subject_objects(NKG.evidence)}
    assert html.count("<div class='evidence'>") == len(pairs)
    events = {e for e, _ in pairs}
    assert html.count("<tr><td>") >= len(events)
    assert "Turkey signed an agreement with Russia for S-400 missiles" in html


def test_report_opens_in_headless_chromium(report, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        pytest.skip("chromium is not installed (make tools installs Debian's chromium): report not opened in a browser")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    shot = tmp_path / "shot.png"
    subprocess.run(flags + [f"--screenshot={shot}", "--window-size=1280,1600", report.as_uri()],
                   capture_output=True, timeout=120, check=True)
    dom = subprocess.run(flags + ["--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120, check=True).stdout
    for key in ("Seed articles", "Who acts on whom", "Top actors", "Turkey", "Purchase", "S-400"):
        assert key in dom
    from PIL import Image

    image = Image.open(shot).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20)
    assert image.size[0] >= 1000 and colours and len(colours) > 50  # text and a picture, not a blank page
