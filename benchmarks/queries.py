"""Every named query's time in rdflib over a dev-size graph file (and in pyoxigraph over the same
data), against the 5 s target. The file: out/dev.ttl when `make eval` has built it, else the
shared dev corpus built now, else the seed articles.

    python benchmarks/queries.py [GRAPH]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 5.0
PARAMS = {"statements": {"speaker": "Pompeo"}, "timeline": {"entity": "Turkey"}, "entity": {"name": "Turkey"}}


def graph_file(folder: Path) -> Path:
    """The graph to measure: given, out/dev.ttl, or built from the dev corpus or the seeds."""
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    built = ROOT / "out" / "dev.ttl"
    if built.is_file():
        return built
    from click.testing import CliRunner

    from kg.cli import main
    dev = ROOT.parent / "shared" / "dev" / "corpus.jsonl"
    source = dev if dev.is_file() else ROOT / "tests" / "data" / "seeds"
    out = folder / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "-q"])
    if result.exit_code != 0:
        sys.exit(f"could not build {source}: {result.output}")
    return out


def timed(work):
    start = time.perf_counter()
    value = work()
    return value, time.perf_counter() - start


def main() -> None:
    import pyoxigraph as ox

    from kg.store.engines import query_files
    from kg.errors import KgError
    from kg.store.query import bind, from_oxigraph, list_queries

    with tempfile.TemporaryDirectory() as folder:
        path = graph_file(Path(folder))
        store = ox.Store()
        store.load(path=str(path), format=ox.RdfFormat.TURTLE if path.suffix == ".ttl" else ox.RdfFormat.TRIG)
        print(f"named queries over {path} ({len(store)} quads); rdflib over the file, pyoxigraph in memory")
        print(f"{'query':<34} {'rdflib s':>9} {'/ 5 s':>7} {'oxigraph s':>11} {'rows':>6}  same order")
        print("-" * 84)
        worst = 0.0
        for query in list_queries():
            for params in ({}, PARAMS.get(query.name)):
                if params is None:
                    continue
                text = bind(query, params)
                label = query.name + "".join(f" {k}={v}" for k, v in params.items())
                try:
                    on_file, took = timed(lambda: query_files(text, [str(path)], timeout=120))
                except KgError as exc:
                    print(f"{label:<34} {'>120':>9}  {exc}")
                    worst = float("inf")
                    continue
                solutions, in_memory = timed(lambda: list(store.query(text, use_default_graph_as_union=True)))
                rows = tuple(tuple(from_oxigraph(s[v]) for v in on_file.variables) for s in solutions)
                worst = max(worst, took)
                print(f"{label:<34} {took:9.2f} {took / TARGET_SECONDS:7.2f} {in_memory:11.3f} "
                      f"{len(on_file.rows):6d}  {'yes' if rows == on_file.rows else 'NO'}")
        print(f"{'slowest rdflib query / 5 s target':<34} {worst / TARGET_SECONDS:9.2f}  (<= 1 meets it; times include parsing the file)")


if __name__ == "__main__":
    main()
