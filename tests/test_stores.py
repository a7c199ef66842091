"""Real triple stores started on loopback ports: Virtuoso 7 (Digest-authenticated Graph Store,
no default graph) and Oxigraph server answer every named query with the rows, in the order,
that `kg query NAME FILE` gives. Skipped, saying so, where a server is not installed."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store.query import list_queries

from .conftest import SEEDS

PARAMS = {"statements": ("speaker=Cavusoglu",), "timeline": ("entity=Turkey",), "entity": ("name=S-400",)}
CASES = [(q.name, ()) for q in list_queries()] + [(name, params) for name, params in PARAMS.items()]
VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 200M
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 4
MaxClientConnections = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


def run(*args, env=None):
    return CliRunner(env=env).invoke(main, [str(a) for a in args])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(command: list[str], url: str, cwd: Path, what: str, seconds: float):
    """Start a server on loopback and wait until `url` answers an ASK query."""
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        try:
            urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2)
            return process
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.25)
    process.kill()
    pytest.fail(f"{what} did not start within {seconds:g} s")


def _stop(process):
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    trig, ttl = folder / "seeds.trig", folder / "seeds.ttl"
    for out in (trig, ttl):
        result = run("build", SEEDS, "-o", out, "-q")
        assert result.exit_code == 0, result.stderr
    return {"trig": trig, "ttl": ttl}


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    binary = shutil.which("virtuoso-t")
    if not binary:
        pytest.skip("Virtuoso (virtuoso-t) is not installed: `make tools` installs virtuoso-opensource")
    folder = tmp_path_factory.mktemp("virtuoso")
    http = _free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(dir=folder, sql=_free_port(), http=http))
    url = f"http://127.0.0.1:{http}"
    process = _serve([binary, "-f", "-c", "virtuoso.ini"], f"{url}/sparql", folder, "Virtuoso", 90)
    yield url
    _stop(process)


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not os.path.exists(binary):
        pytest.skip("the Oxigraph server (pip package oxigraph) is not installed")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    process = _serve([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")), "--bind",
                      f"127.0.0.1:{port}", "--union-default-graph"], f"{url}/query", Path("."), "Oxigraph server", 30)
    yield url
    _stop(process)


def _same_answers(seed_files, endpoint, *dataset):
    """Each named query, with and without parameters: the same JSON (rows, order, terms) from the
    endpoint as from rdflib over the TriG file."""
    for name, params in CASES:
        bound = [arg for p in params for arg in ("--param", p)]
        local = run("query", name, seed_files["trig"], *bound, "--format", "json")
        served = run("query", name, "--endpoint", endpoint, *dataset, *bound, "--format", "json")
        assert local.exit_code == 0 and served.exit_code == 0, (name, local.stderr, served.stderr)
        assert '"value"' in local.stdout, f"{name} {params} has no rows on the seeds"
        assert served.stdout == local.stdout, (name, params)


def test_virtuoso_loads_with_digest_and_answers_like_rdflib(virtuoso, seed_files):
    login = {"KG_ENDPOINT_USER": "dba", "KG_ENDPOINT_PASSWORD": "dba"}
    crud = f"{virtuoso}/sparql-graph-crud-auth"
    without = run("load", seed_files["trig"], "--endpoint", crud)
    assert without.exit_code == 1 and "wants Digest authentication" in without.stderr
    assert run("load", seed_files["trig"], "--endpoint", crud, "-q", env=login).exit_code == 0
    _same_answers(seed_files, f"{virtuoso}/sparql")

    # No default graph in Virtuoso's Graph Store: one line saying to pass --graph, then a graph named
    # by --graph or by the URL itself, queried as the dataset's default graph.
    turtle = run("load", seed_files["ttl"], "--endpoint", crud, env=login)
    assert turtle.exit_code == 1 and "pass --graph IRI" in turtle.stderr and len(turtle.stderr.splitlines()) == 1
    assert run("load", seed_files["ttl"], "--endpoint", f"{crud}?graph-uri=urn:seeds", "-q", env=login).exit_code == 0
    offices = [run("query", "offices", *source, "--format", "csv").stdout
               for source in ((seed_files["ttl"],), ("--endpoint", f"{virtuoso}/sparql", "--default-graph", "urn:seeds"))]
    assert offices[0] == offices[1] and "Foreign Minister" in offices[0]


def test_virtuoso_refusals_are_one_line(virtuoso, seed_files):
    missing = run("query", "offices", "--endpoint", f"{virtuoso}/no-such-endpoint")
    assert missing.exit_code == 1 and len(missing.stderr.splitlines()) == 1
    assert missing.stderr.startswith(f"kg: error: {virtuoso}/no-such-endpoint: the server answered HTTP 404")
    forbidden = run("load", seed_files["trig"], "--endpoint", f"{virtuoso}/sparql-graph-crud")
    assert forbidden.exit_code == 1 and "HTTP 403" in forbidden.stderr and "No permission" in forbidden.stderr


def test_oxigraph_server_answers_like_rdflib(oxigraph, seed_files):
    assert run("load", seed_files["trig"], "--endpoint", f"{oxigraph}/store", "-q").exit_code == 0
    _same_answers(seed_files, f"{oxigraph}/query")
