"""The HTTP side of endpoints, against scripted servers on 127.0.0.1: the SPARQL Protocol form,
authentication as the server asks, which failures are retried, one deadline per request, size
limits, and one-line errors with the server's bytes escaped."""
import hashlib
import json
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from click.testing import CliRunner

from kg.store import endpoint
from kg.cli import main
from kg.errors import KgError

RESULTS = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [
    {"x": {"type": "literal", "value": "fine"}}]}}).encode()


class Scripted(ThreadingHTTPServer):
    """A server that answers each request with the next step of its script and records requests."""

    daemon_threads = True

    def __init__(self, steps):
        super().__init__(("127.0.0.1", 0), Handler)
        self.steps, self.seen = list(steps), []

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _any(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.seen.append({"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body})
        step = self.server.steps.pop(0) if len(self.server.steps) > 1 else self.server.steps[0]
        step(self)

    do_GET = do_POST = do_PUT = _any


def answer(status, body=b"", headers=()):
    def step(handler):
        handler.send_response(status)
        for name, value in headers:
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    return step


@pytest.fixture
def serve():
    servers = []

    def start(*steps):
        server = Scripted(steps)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch, tmp_path):
    monkeypatch.delenv(endpoint.USER_ENV, raising=False)
    monkeypatch.delenv(endpoint.PASSWORD_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.netrc
    monkeypatch.setattr(endpoint, "BACKOFF_SECONDS", 0.05)
    endpoint._challenges.clear()


def test_queries_are_form_encoded_with_their_dataset(serve):
    server = serve(answer(200, RESULTS, [("Content-Type", "application/sparql-results+json")]))
    data = endpoint.sparql_select(f"{server.url}/sparql", "SELECT ?x WHERE { ?x ?y ?z }", 5,
                                  ("http://e/g1", "http://e/g2"), ("http://e/n",))
    assert data["results"]["bindings"][0]["x"]["value"] == "fine"
    [seen] = server.seen
    assert seen["method"] == "POST" and seen["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    form = parse_qs(seen["body"].decode())
    assert form == {"query": ["SELECT ?x WHERE { ?x ?y ?z }"], "default-graph-uri": ["http://e/g1", "http://e/g2"],
                    "named-graph-uri": ["http://e/n"]}


def test_cli_passes_default_and_named_graphs(serve):
    server = serve(answer(200, RESULTS))
    result = CliRunner().invoke(main, ["query", "offices", "--endpoint", f"{server.url}/sparql",
                                       "--default-graph", "urn:a", "--named-graph", "urn:b", "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    form = parse_qs(server.seen[0]["body"].decode())
    assert form["default-graph-uri"] == ["urn:a"] and form["named-graph-uri"] == ["urn:b"]
    refused = CliRunner().invoke(main, ["query", "offices", "x.ttl", "--default-graph", "urn:a"])
    assert refused.exit_code == 2 and "go with --endpoint" in refused.stderr


def _digest_ok(handler, user, password):
    header = handler.headers.get("Authorization", "")
    if not header.startswith("Digest "):
        return False
    fields = dict(re.findall(r'(\w+)="?([^",]*)"?', header[7:]))
    ha1 = hashlib.md5(f"{user}:{fields['realm']}:{password}".encode()).hexdigest()
    ha2 = hashlib.md5(f"{handler.command}:{fields['uri']}".encode()).hexdigest()
    expected = hashlib.md5(f"{ha1}:{fields['nonce']}:{fields['nc']}:{fields['cnonce']}:auth:{ha2}".encode()).hexdigest()
    return fields["response"] == expected and fields["uri"] == handler.path


def guarded(scheme, user, password):
    """A step that asks for `scheme` authentication and answers only correct credentials."""
    def step(handler):
        if scheme == "Digest":
            ok = _digest_ok(handler, user, password)
            challenge = 'Digest realm="test", nonce="n0nce", qop="auth", algorithm=MD5, opaque="op"'
        else:
            import base64
            ok = handler.headers.get("Authorization") == "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
            challenge = 'Basic realm="test"'
        if ok:
            return answer(200, RESULTS)(handler)
        return answer(401, b"who are you", [("WWW-Authenticate", challenge)])(handler)
    return step


@pytest.mark.parametrize("scheme", ["Digest", "Basic"])
def test_authentication_follows_the_challenge(serve, monkeypatch, scheme):
    server = serve(guarded(scheme, "ann", "s3cret"))
    monkeypatch.setenv(endpoint.USER_ENV, "ann")
    monkeypatch.setenv(endpoint.PASSWORD_ENV, "s3cret")
    assert endpoint.sparql_select(f"{server.url}/sparql?x=1", "SELECT * {}", 5)["results"]
    assert endpoint.sparql_select(f"{server.url}/sparql?x=1", "SELECT * {}", 5)["results"]
    assert len(server.seen) == 3  # challenged once; the second request answers it at once
    assert server.seen[-1]["headers"]["Authorization"].startswith(scheme)


def test_wrong_or_missing_credentials_are_one_line_without_the_password(serve, monkeypatch):
    server = serve(guarded("Digest", "ann", "s3cret"))
    with pytest.raises(KgError, match="wants Digest authentication; set") as missing:
        endpoint.sparql_select(f"{server.url}/sparql", "SELECT * {}", 5)
    assert len(server.seen) == 1 and "\n" not in str(missing.value)
    monkeypatch.setenv(endpoint.USER_ENV, "ann")
    monkeypatch.setenv(endpoint.PASSWORD_ENV, "wrong-pass")
    with pytest.raises(KgError, match="refused the credentials") as wrong:
        endpoint.sparql_select(f"{server.url}/sparql", "SELECT * {}", 5)
    assert "wrong-pass" not in str(wrong.value) and len(server.seen) == 3


def test_credentials_come_from_netrc(serve, tmp_path):
    (tmp_path / ".netrc").write_text("machine 127.0.0.1 login ann password s3cret\n")
    (tmp_path / ".netrc").chmod(0o600)
    server = serve(guarded("Digest", "ann", "s3cret"))
    assert endpoint.sparql_select(f"{server.url}/sparql", "SELECT * {}", 5)["results"]


@pytest.mark.parametrize("status, body, tries", [
    (404, b"no such dataset", 1), (400, b"Parse error at line 1", 1), (500, b"SQ200: No column name", 1),
    (501, b"", 1), (503, b"", 3), (502, b"bad gateway", 3), (504, b"", 3), (500, b"", 3)])
def test_only_failures_another_try_can_mend_are_retried(serve, status, body, tries):
    server = serve(answer(status, body))
    with pytest.raises(KgError) as error:
        endpoint.sparql_select(f"{server.url}/sparql", "SELECT * {}", 5)
    assert len(server.seen) == tries
    message = str(error.value)
    assert message.startswith(f"{server.url}/sparql: ") and f"HTTP {status}" in message and "\n" not in message
    assert body.decode() in message
    said = "the server was reached, but HTTP" if tries > 1 else "the server answered HTTP"
    assert said in message and (f"({tries} tries)" in message) == (tries > 1)


def test_a_retry_that_succeeds(serve):
    server = serve(answer(503, b""), answer(200, RESULTS))
    assert endpoint.sparql_select(f"{server.url}/sparql", "SELECT * {}", 5)["results"]
    assert len(server.seen) == 2


def _raw_server(reply):
    """A TCP server on 127.0.0.1 that runs `reply(connection)` for each connection; (port, count)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    count = [0]

    def loop():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            count[0] += 1
            threading.Thread(target=_serve_one, args=(conn, reply), daemon=True).start()
    threading.Thread(target=loop, daemon=True).start()
    return listener, count


def _serve_one(conn, reply):
    try:
        _read_request(conn)  # all of it: closing on unread bytes would reset the connection
        reply(conn)
        conn.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    finally:
        conn.close()


def _read_request(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length:\s*(\d+)", head).group(1)) if b"ength:" in head else 0
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return
        body += chunk


def trickle(conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n\r\n")
    for _ in range(60):
        conn.sendall(b" ")
        time.sleep(0.3)


def test_a_trickling_server_ends_within_the_timeout():
    listener, _ = _raw_server(trickle)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
    started = time.monotonic()
    result = CliRunner().invoke(main, ["query", "offices", "--endpoint", url, "--timeout", "2"])
    elapsed = time.monotonic() - started
    listener.close()
    assert result.exit_code == 1 and elapsed < 3, (elapsed, result.stderr)
    assert "reached but gave no complete answer within 2 s (--timeout)" in result.stderr


def test_a_dead_port_ends_within_the_timeout():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    result = CliRunner().invoke(main, ["query", "offices", "--endpoint", f"http://127.0.0.1:{port}/q", "--timeout", "1"])
    assert time.monotonic() - started < 2
    assert result.exit_code == 1 and "cannot reach the server" in result.stderr


def test_answers_over_the_size_limit_are_refused(serve, monkeypatch):
    monkeypatch.setenv(endpoint.MAX_ANSWER_ENV, "1000")
    server = serve(answer(200, b"x" * 5000))
    with pytest.raises(KgError, match="over the limit of 1,000") as error:
        endpoint.sparql_select(f"{server.url}/sparql", "SELECT * {}", 5)
    assert len(server.seen) == 1 and "reached" in str(error.value)

    def no_length(conn):  # a body of unknown length, read until the limit
        conn.sendall(b"HTTP/1.0 200 OK\r\n\r\n" + b"y" * 5000)
    listener, count = _raw_server(no_length)
    with pytest.raises(KgError, match="over the limit of 1,000 bytes"):
        endpoint.sparql_select(f"http://127.0.0.1:{listener.getsockname()[1]}/s", "SELECT * {}", 5)
    listener.close()


@pytest.mark.parametrize("reply, expected", [
    (lambda c: c.sendall(b"\x1b[31mSSH-2.0-evil\x07\r\n"), re.escape("not an HTTP answer: '\\x1b[31mSSH-2.0-evil\\x07")),
    (lambda c: c.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"he"), "broke off after 4 bytes"),
    (lambda c: None, "closed the connection without answering")])
def test_protocol_errors_are_one_escaped_line_and_retried(reply, expected):
    listener, count = _raw_server(reply)
    result = CliRunner().invoke(main, ["query", "offices", "--endpoint", f"http://127.0.0.1:{listener.getsockname()[1]}/q",
                                       "--timeout", "5"])
    listener.close()
    assert result.exit_code == 1 and "internal error" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert re.search(expected, result.stderr) and "(3 tries)" in result.stderr and count[0] == 3


def test_graph_store_urls_keep_their_own_query_string(serve, tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text('<http://e/a> <http://e/b> "c" .\n')
    server = serve(answer(201))
    assert CliRunner().invoke(main, ["load", str(graph), "--endpoint", f"{server.url}/crud?graph-uri=urn:x", "-q"]).exit_code == 0
    assert CliRunner().invoke(main, ["load", str(graph), "--endpoint", f"{server.url}/crud?key=1", "--graph", "urn:y",
                                     "-q"]).exit_code == 0
    assert [s["path"] for s in server.seen] == ["/crud?graph-uri=urn:x", "/crud?key=1&graph=urn%3Ay"]
    both = CliRunner().invoke(main, ["load", str(graph), "--endpoint", f"{server.url}/crud?graph-uri=urn:x", "--graph", "urn:y"])
    assert both.exit_code == 2 and "names its graph already" in both.stderr


def test_a_store_without_a_default_graph_says_to_pass_graph(serve, tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text('<http://e/a> <http://e/b> "c" .\n')
    server = serve(answer(500, b"Error 22023 the endpoint is not configured to have default graph"))
    result = CliRunner().invoke(main, ["load", str(graph), "--endpoint", f"{server.url}/crud"])
    assert result.exit_code == 1 and len(server.seen) == 1
    assert "has no default graph to load into; pass --graph IRI" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
