"""Nothing lost, nothing run that was not asked: folders that are not stores, one writer per
store (two real processes), outputs that are inputs or cannot be written, feeds with odd
records, and queries that would reach other servers."""
import datetime as dt
import errno
import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.read.documents import read_documents
from kg.errors import KgError
from kg.extract.attributes import resolve_date

KG = [sys.executable, "-m", "kg.cli"]
TRIALS = int(os.environ.get("KG_WRITER_TRIALS", "2"))  # the full check (the issue's): KG_WRITER_TRIALS=20
BUILD_TRIALS = int(os.environ.get("KG_WRITER_TRIALS", "1"))  # a build loads the model: one trial by default
BUSY = "is writing this store"


def invoke(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


def kg(*args, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(KG + [str(a) for a in args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def finished(process: subprocess.Popen, timeout: float = 300) -> tuple[int, str]:
    _, err = process.communicate(timeout=timeout)
    return process.returncode, err.decode("utf-8", "replace")


def graph_file(path: Path, graph: str, count: int) -> Path:
    """An N-Quads file of `count` quads in one named graph."""
    path.write_text("".join(f'<http://e/{graph}/s{i}> <http://e/p> "{graph} {i}" <http://e/{graph}> .\n'
                            for i in range(count)))
    return path


def graphs_in(store: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for q in ox.Store.read_only(str(store)).quads_for_pattern(None, None, None, None):
        if isinstance(q.graph_name, ox.NamedNode):
            found[q.graph_name.value] = found.get(q.graph_name.value, 0) + 1
    return found


# ---------------------------------------------------------------- a store is only ever a store

def _listing(folder: Path) -> list[tuple[str, bytes | None]]:
    return sorted((str(p.relative_to(folder)), p.read_bytes() if p.is_file() else None) for p in folder.rglob("*"))


def test_a_folder_that_is_not_a_store_is_never_touched(tmp_path):
    folder = tmp_path / "v"
    (folder / "sub").mkdir(parents=True)
    (folder / "notes.txt").write_text("my notes\n")
    data = graph_file(tmp_path / "a.nq", "a", 3)
    article = tmp_path / "article.txt"
    article.write_text("Norland signed a trade pact with Southia on Monday.\n")
    before = _listing(tmp_path)
    for args in (["load", data, "--store", f"{folder}/"], ["build", article, "--store", folder],
                 ["query", "offices", "--store", folder]):
        result = invoke(*args)
        assert result.exit_code == 2, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and "not an Oxigraph store (it holds notes.txt, sub/)" in result.stderr
    update = tmp_path / "u.rq"
    update.write_text("INSERT DATA { <http://e/a> <http://e/b> 1 }")
    assert invoke("query", update, "--update", "--store", folder).exit_code == 2
    assert _listing(tmp_path) == sorted(before + [("u.rq", update.read_bytes())])  # nothing beside it either


def test_an_empty_folder_becomes_a_store_and_a_store_is_written_again(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    assert invoke("load", graph_file(tmp_path / "a.nq", "a", 3), "--store", folder, "-q").exit_code == 0
    assert invoke("load", graph_file(tmp_path / "b.nq", "b", 2), "--store", folder, "-q").exit_code == 0
    assert graphs_in(folder) == {"http://e/a": 3, "http://e/b": 2}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.nq", "b.nq", "empty"]  # no lock, no copy left


# ---------------------------------------------------------------- one writer per store

def _two_loads(tmp_path: Path, trial: int, *extra) -> None:
    store = tmp_path / f"store{trial}"
    one = graph_file(tmp_path / "A.nq", "a", 20000)
    two = tmp_path / "B.trig"
    two.write_text("<http://e/b> {\n" + "".join(f'<http://e/b/s{i}> <http://e/p> "b {i}" .\n' for i in range(15000)) + "}\n")
    first, second = kg("load", one, "--store", store, "-q", *extra), kg("load", two, "--store", store, "-q", *extra)
    outcomes = [finished(first), finished(second)]
    held = graphs_in(store)
    codes = sorted(code for code, _ in outcomes)
    assert codes in ([0, 0], [0, 1]), outcomes
    for (code, err), graph, count in zip(outcomes, ("http://e/a", "http://e/b"), (20000, 15000)):
        if code == 0:
            assert held.get(graph) == count, (trial, outcomes, held)  # a success is never lost
        else:
            assert err.count("\n") == 1 and BUSY in err and graph not in held, err


@pytest.mark.parametrize("trial", range(TRIALS))
def test_two_concurrent_loads_both_land_or_one_says_why(tmp_path, trial):
    _two_loads(tmp_path, trial)


def test_a_second_writer_waits_with_wait(tmp_path):
    _two_loads(tmp_path, 0, "--wait", "120")
    assert sorted(graphs_in(tmp_path / "store0").values()) == [15000, 20000]


def _holding_the_lock(store: Path) -> subprocess.Popen:
    """Another process that holds the store's write lock until it is killed."""
    code = ("import sys, time\nfrom kg.store.storelock import writer_lock\n"
            f"with writer_lock({str(store)!r}):\n    print('held', flush=True)\n    time.sleep(120)\n")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert holder.stdout.readline() == b"held\n"
    return holder


def test_readers_go_on_while_a_writer_holds_the_lock_and_a_dead_writer_is_no_obstacle(tmp_path):
    store = tmp_path / "store"
    assert invoke("load", graph_file(tmp_path / "a.nq", "a", 5), "--store", store, "-q").exit_code == 0
    holder = _holding_the_lock(store)
    try:
        reader = kg("query", "offices", "--store", store)
        assert finished(reader, 120) == (0, "")
        started = time.monotonic()
        code, err = finished(kg("load", graph_file(tmp_path / "b.nq", "b", 5), "--store", store, "--wait", "1"), 120)
        assert code == 1 and err.count("\n") == 1 and f"(pid {holder.pid}) {BUSY}; still busy after --wait 1" in err
        assert time.monotonic() - started >= 1
    finally:
        holder.send_signal(signal.SIGKILL)  # dies holding the lock: its lock file stays behind
        holder.wait()
    assert (tmp_path / ".store.lock").exists()
    assert invoke("load", tmp_path / "b.nq", "--store", store, "-q").exit_code == 0
    assert graphs_in(store) == {"http://e/a": 5, "http://e/b": 5}


def test_readers_go_on_during_writes(tmp_path):
    store, stop, ready = tmp_path / "store", tmp_path / "stop", tmp_path / "ready"
    one, two = graph_file(tmp_path / "a.nq", "a", 8000), graph_file(tmp_path / "b.nq", "b", 2000)
    assert invoke("load", one, "--store", store, "-q").exit_code == 0
    code = ("import os, pathlib, time\nfrom kg.store.engines import query_store\n"
            "reads, end = 0, time.time() + 240\n"
            f"while time.time() < end and not os.path.exists({str(stop)!r}):\n"
            f"    query_store('SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}', {str(store)!r}, 120)\n"  # a cap, not a speed test
            "    reads += 1\n"
            f"    pathlib.Path({str(ready)!r}).touch()\n"
            "print(reads)\n")
    reader = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 120  # on a loaded machine the reader's start-up can outlast the writes
        while not ready.exists() and reader.poll() is None and time.time() < deadline:
            time.sleep(0.1)
        assert ready.exists(), "the reader never finished its first read"
        for _ in range(4):  # four swaps while it reads
            assert finished(kg("load", one, two, "--store", store, "-q", "--wait", "60"), 120)[0] == 0
    finally:
        stop.touch()
    out, err = reader.communicate(timeout=240)
    assert reader.returncode == 0 and err == "" and int(out) > 0, err


def _graphs_read(store: Path) -> int:
    """How many named graphs a reader finds, opening the store as readers do (a plain open by path
    can catch the writer between its two renames)."""
    from kg.store.engines import query_store
    return int(query_store("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", str(store), 60).rows[0][0].value)


def test_a_swapped_away_store_stays_until_its_reader_is_done(tmp_path):
    from kg.store.store import reading_store
    store = tmp_path / "store"
    assert invoke("load", graph_file(tmp_path / "a.nq", "a", 300), "--store", store, "-q").exit_code == 0
    with reading_store(str(store)) as old:
        size = len(old)
        writer = kg("load", graph_file(tmp_path / "b.nq", "b", 200), "--store", store, "-q")
        deadline = time.time() + 120
        while _graphs_read(store) != 2 and time.time() < deadline:
            time.sleep(0.1)  # the new store is in place ...
        assert writer.poll() is None, "the writer removed the old store while a reader had it open"
        assert len(old) == size  # ... and the reader still reads the old one, whole
    assert finished(writer, 120)[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.nq", "b.nq", "store"]  # no copy left


@pytest.mark.model
@pytest.mark.parametrize("trial", range(BUILD_TRIALS))
def test_two_concurrent_builds_into_one_store(tmp_path, trial):
    store = tmp_path / "bs"
    texts = {"north": "Norland signed a trade pact with Southia on Monday, officials said.",
             "east": "Eastmark imposed sanctions on Westland on Friday, its foreign minister said."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n")
    runs = [kg("build", tmp_path / f"{name}.txt", "--store", store, "-q", "-o", tmp_path / f"{name}.ttl") for name in texts]
    outcomes = [finished(run) for run in runs]
    assert sorted(code for code, _ in outcomes) in ([0, 0], [0, 1]), outcomes
    articles = {g for g in graphs_in(store) if "/article/" in g}
    for (code, err), name in zip(outcomes, texts):
        if code == 0:
            assert any(g.endswith(f"/article/{name}") for g in articles), (outcomes, articles)
        else:
            assert BUSY in err and err.count("\n") == 1, err


# ---------------------------------------------------------------- outputs

def test_an_output_that_is_an_input_is_refused(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "Norland signed a pact."}) + "\n")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text("Southia bought tanks.\n")
    kept = {p: p.read_bytes() for p in (feed, folder / "one.txt")}
    for args in (["build", feed, "--format", "nt", "-o", feed], ["build", folder, "--format", "nt", "-o", folder / "one.txt"],
                 ["eval", feed, "--graph", feed, "-o", feed], ["report", feed, "-o", feed]):
        result = invoke(*args)
        assert result.exit_code == 2 and "is one of the inputs" in result.stderr, (args, result.stderr)
    assert {p: p.read_bytes() for p in kept} == kept


def test_short_writes_are_completed_and_a_full_disk_is_named(tmp_path, monkeypatch):
    from kg.graph import output

    real_write = os.write
    monkeypatch.setattr(output.os, "write", lambda fd, data: real_write(fd, bytes(data[:1000])))  # a disk filling up
    target = tmp_path / "out.ttl"
    output.write_atomically(b"x" * 50_000, str(target))
    assert target.read_bytes() == b"x" * 50_000

    calls = []

    def filling(fd, data):
        calls.append(len(data))
        if len(calls) > 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data[:1000]))
    monkeypatch.setattr(output.os, "write", filling)
    with pytest.raises(KgError, match=r"out.ttl: cannot write: disk full; .*out.ttl was left as it was"):
        output.write_atomically(b"y" * 50_000, str(target))
    assert target.read_bytes() == b"x" * 50_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ttl"]


def test_a_read_only_output_is_one_line(tmp_path, monkeypatch):
    import tempfile

    graph = tmp_path / "g.nt"
    graph.write_text('<http://e/a> <http://w3.org/p> "x" .\n')
    report = tmp_path / "report.html"
    report.write_text("old")

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")
    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    result = invoke("report", graph, "-o", report)
    assert result.exit_code == 1
    assert result.stderr == f"kg: error: {report}: cannot write: read-only file system; {report} was left as it was\n"
    assert report.read_text() == "old"


@pytest.fixture(scope="module")
def small_graph(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "g.trig"
    path.write_text("<http://e/g> {\n" + "".join(f'<http://e/s{i}> <http://e/p> "{i}" .\n' for i in range(3000)) + "}\n")
    return path


def test_stdout_on_a_full_disk_or_a_closed_pipe_is_one_line(tmp_path, small_graph):
    query = tmp_path / "all.rq"
    query.write_text("SELECT ?s ?o WHERE { ?s ?p ?o }")
    with open("/dev/full", "wb") as full:
        done = subprocess.run(KG + ["query", str(query), str(small_graph)], stdout=full, stderr=subprocess.PIPE, timeout=300)
    assert done.returncode == 1 and done.stderr.decode() == "kg: error: stdout: cannot write: disk full\n"
    reader = kg("query", str(query), str(small_graph))
    reader.stdout.close()  # the reader goes away before the first byte
    _, err = reader.communicate(timeout=300)
    assert reader.returncode == 1 and err.decode() == "kg: error: stdout: cannot write: broken pipe (the reading end was closed)\n"


@pytest.mark.model
def test_a_build_to_a_full_stdout_fails(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Norland signed a trade pact with Southia on Monday, officials said.\n")
    with open("/dev/full", "wb") as full:
        done = subprocess.run(KG + ["build", str(article), "-q"], stdout=full, stderr=subprocess.PIPE, timeout=300)
    assert done.returncode == 1 and done.stderr.decode() == "kg: error: stdout: cannot write: disk full\n"


# ---------------------------------------------------------------- feeds

def _read(*paths, skip_bad=True):
    skipped: list[str] = []
    docs = list(read_documents([str(p) for p in paths], skip_bad, skipped))
    return docs, skipped


def test_json_lines_end_at_newlines_only_and_odd_records_are_named(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "sep", "text": "Norland\u2028signed\u2029a pact\u0085today."}, ensure_ascii=False),
             '{"id": "s1", "text": "Southia \\ud800 bought tanks."}',
             '{"id": "s2", "text": "Southia bought tanks.", "title": "A \\udfff title"}',
             '{"id": NaN, "text": "Southia bought tanks."}',
             '{"id": ["a", "b"], "text": "Southia bought tanks."}',
             '{"id": true, "text": "Southia bought tanks."}',
             '{"id": 7, "text": "Southia bought tanks.", "published": "2023-02-30"}',
             '{"id": 8, "text": "Southia bought tanks.", "publisher": {"name": "x"}}',
             '{"id": 9, "text": "Southia bought tanks.", "published": "9999-12-31"}']
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, skipped = _read(feed)
    assert [d.id for d in docs] == ["sep", "9"]
    assert docs[0].text == "Norland\u2028signed\u2029a pact\u0085today."
    assert docs[1].published == dt.date(9999, 12, 31)
    where = {int(message.split(":")[1]) for message in skipped}
    assert where == {2, 3, 4, 5, 6, 7, 8}  # each named by its own line
    assert any("2: text holds a lone surrogate (\\ud800)" in m for m in skipped)
    assert any("4: malformed JSON (NaN is not a JSON number)" in m for m in skipped)
    assert any("5: id must be a string or a number, not list" in m for m in skipped)
    assert any("7: published: not a date" in m for m in skipped)
    with pytest.raises(KgError, match=r"feed.jsonl:2: text holds a lone surrogate"):
        _read(feed, skip_bad=False)


def test_upper_case_txt_files_are_read(tmp_path):
    (tmp_path / "LOUD.TXT").write_text("Norland signed a pact.\n")
    (tmp_path / "quiet.txt").write_text("Southia bought tanks.\n")
    (tmp_path / "notes.md").write_text("not an article\n")
    docs, _ = _read(tmp_path)
    assert [d.id for d in docs] == ["LOUD", "quiet"]


def test_relative_dates_hold_at_the_calendar_edges():
    first, last = dt.date(1, 1, 1), dt.date(9999, 12, 31)
    assert resolve_date("yesterday", first).value == "0001-01-01"
    assert resolve_date("on Friday", first).value == "0001-01-01"
    assert resolve_date("last year", first).value == "0001"
    assert resolve_date("tomorrow", last).value == "9999-12-31"
    assert resolve_date("next year", last).value == "9999"
    assert resolve_date("tomorrow", dt.date(2024, 2, 28)).value == "2024-02-29"  # the middle is unchanged


@pytest.mark.model
def test_a_feed_at_the_calendar_edges_builds(tmp_path, nlp):
    feed = tmp_path / "edge.jsonl"
    feed.write_text(json.dumps({"id": "late", "published": "9999-12-31",
                                "text": "Tomorrow Norland will sign a trade pact with Southia, officials said."}) + "\n"
                    '{"id": NaN, "text": "x"}\n')
    result = invoke("build", feed, "--skip-bad", "-o", tmp_path / "edge.ttl")
    assert result.exit_code == 0, result.stderr
    assert "skipped: " + str(feed) + ":2: malformed JSON" in result.stderr
    assert '"9999-12-31"^^xsd:date' in (tmp_path / "edge.ttl").read_text()
    early = tmp_path / "early.txt"
    early.write_text("Yesterday Norland signed a trade pact with Southia, officials said.\n")
    result = invoke("build", early, "--published", "0001-01-01", "-o", tmp_path / "early.ttl")
    assert result.exit_code == 0, result.stderr
    assert '"0001-01-01"^^xsd:date' in (tmp_path / "early.ttl").read_text()


# ---------------------------------------------------------------- queries that would reach out

class _Counting(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server API
        type(self).requests.append(self.path)
        body = b"<http://e/x> <http://e/y> <http://e/z> .\n"
        self.send_response(200)
        self.send_header("Content-Type", "application/n-triples")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET  # noqa: N815

    def log_message(self, *args):
        pass


@pytest.fixture
def counting():
    _Counting.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_load_service_and_from_reach_nothing_unless_allowed(tmp_path, counting, small_graph):
    store = tmp_path / "store"
    assert invoke("load", small_graph, "--store", store, "-q").exit_code == 0
    load, service, from_ = tmp_path / "load.rq", tmp_path / "service.rq", tmp_path / "from.rq"
    load.write_text(f"LOAD <{counting}/x>")
    service.write_text(f"SELECT * WHERE {{ SERVICE <{counting}/sparql> {{ ?s ?p ?o }} }}")
    from_.write_text(f"SELECT * FROM <{counting}/g> WHERE {{ ?s ?p ?o }}")
    for args in (["query", load, "--store", store], ["query", load, "--update", "--store", store],
                 ["query", load, "--update", "--endpoint", f"{counting}/update"],
                 ["query", service, "--store", store], ["query", service, small_graph],
                 ["query", service, "--endpoint", f"{counting}/sparql"]):
        result = invoke(*args)
        assert result.exit_code == 2 and result.stderr.count("\n") == 1, (args, result.stderr)
    assert "runs updates only with --update" in invoke("query", load, "--store", store).stderr
    assert "kg runs SERVICE and LOAD only with --allow-service" in invoke("query", service, small_graph).stderr
    assert invoke("query", from_, small_graph).exit_code == 0  # FROM names a graph of the files
    assert _Counting.requests == []
    assert invoke("query", load, "--update", "--store", store, "--allow-service").exit_code == 0
    assert _Counting.requests == ["/x"]
    assert len(ox.Store.read_only(str(store))) == 2 * 3000 + 1  # the graph and its union, and the loaded triple


@pytest.fixture
def silent():
    listener = socket.create_server(("127.0.0.1", 0))
    accepted = []
    threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    for connection, _ in accepted:
        connection.close()
    listener.close()


def test_an_allowed_service_to_a_silent_server_ends_within_the_timeout(tmp_path, silent, small_graph):
    from kg.store.engines import query_files, query_store

    store = tmp_path / "store"
    assert invoke("load", small_graph, "--store", store, "-q").exit_code == 0
    text = f"SELECT * WHERE {{ SERVICE <{silent}/sparql> {{ ?s ?p ?o }} }}"
    for run in (lambda: query_store(text, str(store), 1.0, allow_service=True),
                lambda: query_files(text, [str(small_graph)], 1.0, allow_service=True)):
        started = time.monotonic()
        with pytest.raises(KgError, match="did not finish within 1 s"):
            run()
        assert time.monotonic() - started < 2.5


def test_a_syntax_error_is_placed_without_running_anything():
    from kg.store.query import check_syntax

    with pytest.raises(KgError, match=r"SPARQL syntax error: error at 2:16: expected "):
        check_syntax("SELECT ?x\nWHERE { ?x ?y }")
    with pytest.raises(KgError, match=r"SPARQL syntax error: error at 1:\d+"):  # a text naming a service is never run
        check_syntax("SELECT ?x WHERE { SERVICE <http://127.0.0.1:9/> { ?x ?y } }")
    with pytest.raises(KgError, match=r"would call other servers \(SERVICE <http://127.0.0.1:9/>\)"):
        check_syntax(r"SELECT * WHERE { \u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")  # an escape spells it
