"""SPARQL 1.1 Protocol (queries) and Graph Store HTTP Protocol (loads) over HTTP: form-encoded
queries, Basic or Digest authentication as the server asks (credentials from the environment or
~/.netrc only), one deadline for the whole request, a size limit on answers, and retries only
where another try can help (broken connections, 502/503/504, a 500 that says nothing)."""
from __future__ import annotations

import http.client
import json
import os
import re
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from . import httpauth
from ..errors import InputError, KgError

USER_ENV, PASSWORD_ENV = httpauth.USER_ENV, httpauth.PASSWORD_ENV
RETRIES = 3
BACKOFF_SECONDS = 0.5
MAX_ANSWER_ENV = "KG_ENDPOINT_MAX_BYTES"
MAX_ANSWER_BYTES = 256 * 1024 * 1024
_RETRY_STATUS = {502, 503, 504}
_CHUNK = 64 * 1024
# What a server last asked for, by host: later requests answer it at once instead of being refused first.
_challenges: dict[str, dict[str, dict[str, str]]] = {}


def check_url(url: str) -> str:
    """An http(s) URL without credentials in it."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"--endpoint: not an http(s) URL: {url!r}")
    if parts.username or parts.password:
        raise InputError(f"--endpoint: put credentials in ${USER_ENV}/${PASSWORD_ENV} or ~/.netrc, not in the URL")
    return url


def printable(text: str, limit: int = 300) -> str:
    """Text from a server made safe for a terminal: one line, control bytes escaped, clipped."""
    text = " ".join(text.split())
    safe = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    return safe if len(safe) <= limit else safe[:limit - 1] + "…"


@dataclass(frozen=True)
class Answer:
    """An HTTP answer read in full."""

    status: int
    reason: str
    headers: http.client.HTTPMessage
    body: bytes


class _Failed(Exception):
    """One try that failed: why, whether the server was reached, whether to try again."""

    def __init__(self, message: str, reached: bool, retry: bool):
        super().__init__(message)
        self.reached, self.retry = reached, retry


class _Refused(ValueError):
    """An answer we will not hold."""


def _max_answer() -> int:
    try:
        return int(os.environ.get(MAX_ANSWER_ENV, MAX_ANSWER_BYTES))
    except ValueError:
        return MAX_ANSWER_BYTES


def _exchange(method: str, url: str, body: bytes | None, headers: dict[str, str], deadline: float) -> Answer:
    """One HTTP exchange that ends by the deadline, whatever the server does: a watchdog shuts the
    socket when time is up, so a server trickling bytes cannot hold it."""
    parts = urlsplit(url)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _Failed("no time left", reached=False, retry=False)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = kind(parts.hostname, parts.port, timeout=remaining)
    opened: list[socket.socket] = []  # the answer may take the socket from the connection: keep our own
    fired = threading.Event()  # a body cut by the watchdog ends like a complete one: this tells them apart
    watchdog = threading.Timer(remaining, _shut, (connection, opened, fired))
    watchdog.daemon = True
    watchdog.start()
    try:
        try:
            connection.connect()
            opened.append(connection.sock)
        except (OSError, http.client.HTTPException) as exc:
            raise _Failed(_reason(exc, deadline), reached=False, retry=not _late(deadline)) from None
        try:
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            connection.request(method, target, body, headers)
            answer = connection.getresponse()
            body = _read(answer)
            if fired.is_set():
                raise TimeoutError
            return Answer(answer.status, answer.reason, answer.headers, body)
        except _Refused as exc:
            raise _Failed(str(exc), reached=True, retry=False) from None
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if fired.is_set() or _late(deadline):
                raise _Failed("timed out", reached=True, retry=False) from None
            raise _Failed(_protocol_reason(exc), reached=True, retry=True) from None
    finally:
        watchdog.cancel()
        connection.close()


def _read(answer: http.client.HTTPResponse) -> bytes:
    limit = _max_answer()
    declared = answer.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise _Refused(f"the answer is {int(declared):,} bytes, over the limit of {limit:,} (${MAX_ANSWER_ENV})")
    chunks, size = [], 0
    while chunk := answer.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise _Refused(f"the answer is over the limit of {limit:,} bytes (${MAX_ANSWER_ENV})")
        chunks.append(chunk)
    if declared and declared.isdigit() and size < int(declared):  # read(n) returns what came before the close
        raise http.client.IncompleteRead(b"".join(chunks), int(declared) - size)
    return b"".join(chunks)


def _shut(connection: http.client.HTTPConnection, opened: list[socket.socket], fired: threading.Event) -> None:
    fired.set()
    for sock in [connection.sock, *opened]:
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def _late(deadline: float) -> bool:
    return time.monotonic() >= deadline - 0.01


def _reason(exc: BaseException, deadline: float) -> str:
    if isinstance(exc, TimeoutError) or _late(deadline):
        return "timed out"
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return printable(str(reason))


def _protocol_reason(exc: BaseException) -> str:
    if isinstance(exc, http.client.IncompleteRead):
        return f"the answer broke off after {len(exc.partial):,} bytes"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(exc, http.client.BadStatusLine):
        return f"not an HTTP answer: {printable(repr(exc.args[0]) if exc.args else '', 120)}"
    if isinstance(exc, http.client.HTTPException):
        return f"not a valid HTTP answer: {printable(type(exc).__name__ + ' ' + str(exc), 120)}"
    return "the connection broke: " + printable(getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)


def _message(answer: Answer) -> str:
    """The server's own words from an error answer, one safe line."""
    text = answer.body[:2000].decode("utf-8", "replace")
    if "html" in (answer.headers.get("Content-Type") or ""):
        text = re.sub(r"<[^>]*>", " ", text)
    return printable(text)


def request(method: str, url: str, body: bytes | None, headers: dict[str, str], timeout: float) -> bytes:
    """One HTTP request, bounded by `timeout` seconds in all (tries included), answering the server's
    authentication challenge, retried with backoff on broken connections, 502/503/504 and a 500
    that says nothing; the answer's body."""
    check_url(url)
    deadline = time.monotonic() + timeout
    headers = {**headers, "User-Agent": "newskg"}
    tries = 0
    while True:
        tries += 1
        try:
            return _try(method, url, body, headers, deadline)
        except _Failed as failure:
            pause = BACKOFF_SECONDS * 2 ** (tries - 1)
            if not failure.retry or tries == RETRIES or time.monotonic() + pause >= deadline:
                raise KgError(_gave_up(url, failure, tries, timeout)) from None
            time.sleep(pause)


def _try(method: str, url: str, body: bytes | None, headers: dict[str, str], deadline: float) -> bytes:
    """One try: the exchange, made once more to answer a challenge for credentials we have."""
    host = urlsplit(url).netloc
    login = httpauth.credentials(url)
    for answering in (False, True):
        sent = dict(headers)
        if login and host in _challenges:
            header = httpauth.authorization(_challenges[host], *login, method, _request_uri(url))
            if header:
                sent["Authorization"] = header
        answer = _exchange(method, url, body, sent, deadline)
        if 200 <= answer.status < 300:
            return answer.body
        if answer.status != 401:
            break
        offered = answer.headers.get_all("WWW-Authenticate") or []
        if answering or not (login and offered):
            raise KgError(_unauthorized(url, answer, login, offered))
        _challenges[host] = httpauth.parse_challenges(offered)
    message = _message(answer)
    failure = _Failed(f"HTTP {answer.status} {printable(answer.reason, 80)}" + (f": {message}" if message else ""),
                      reached=True, retry=answer.status in _RETRY_STATUS or (answer.status == 500 and not message))
    if not failure.retry:
        raise KgError(f"{url}: the server answered {failure}")
    raise failure


def _request_uri(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _unauthorized(url: str, answer: Answer, login: tuple[str, str] | None, offered: list[str]) -> str:
    wants = httpauth.schemes_offered(offered)
    if not offered:
        message = _message(answer)
        return f"{url}: the server answered HTTP 401 Unauthorized" + (f": {message}" if message else "")
    if not login:
        return (f"{url}: the server answered HTTP 401 Unauthorized: it wants {wants} authentication; "
                f"set ${USER_ENV} and ${PASSWORD_ENV} or put the host in ~/.netrc")
    return f"{url}: the server answered HTTP 401 Unauthorized: it refused the credentials ({wants} authentication)"


def _gave_up(url: str, failure: _Failed, tries: int, timeout: float) -> str:
    times = f" ({tries} tries)" if tries > 1 else ""
    if str(failure) == "timed out":
        where = "the server was reached but gave no complete answer" if failure.reached else "cannot reach the server"
        return f"{url}: {where} within {timeout:g} s (--timeout){times}"
    if not failure.reached:
        return f"{url}: cannot reach the server{times}: {failure}"
    return f"{url}: the server was reached, but {failure}{times}"


def sparql_select(url: str, query: str, timeout: float, default_graphs: tuple[str, ...] = (),
                  named_graphs: tuple[str, ...] = ()) -> dict:
    """POST a SELECT query form-encoded (the SPARQL 1.1 Protocol form every server reads), with its
    dataset as default-graph-uri / named-graph-uri; the parsed SPARQL JSON results."""
    fields = [("query", query)] + [("default-graph-uri", g) for g in default_graphs] + \
        [("named-graph-uri", g) for g in named_graphs]
    raw = request("POST", url, urlencode(fields).encode("ascii"),
                  {"Content-Type": "application/x-www-form-urlencoded",
                   "Accept": "application/sparql-results+json"}, timeout)
    try:
        return json.loads(raw)
    except ValueError:
        raise KgError(f"{url}: the answer is not JSON: {printable(raw[:80].decode('utf-8', 'replace'), 100)}") from None


_GRAPH_PARAMETERS = ("graph", "graph-uri", "default")


def url_graph(url: str) -> str | None:
    """The graph an endpoint URL names itself (`?graph=`, Virtuoso's `?graph-uri=`, `?default`)."""
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key in _GRAPH_PARAMETERS:
            return value if key != "default" else ""
    return None


def graph_store(url: str, graph: str | None, ntriples: bytes, replace: bool, timeout: float) -> None:
    """Send one graph: POST adds to it, PUT replaces it in one request. `graph` None is the
    default graph; a URL that names its graph is used as it is."""
    if url_graph(url) is None:
        selector = f"graph={quote(graph, safe='')}" if graph else "default"
        url = f"{url}{'&' if urlsplit(url).query else ('' if url.endswith('?') else '?')}{selector}"
    try:
        request("PUT" if replace else "POST", url, ntriples, {"Content-Type": "application/n-triples"}, timeout)
    except KgError as exc:
        if graph is None and url_graph(url) == "" and "default graph" in str(exc).lower():
            raise KgError(f"{url}: this store has no default graph to load into; pass --graph IRI "
                          f"(it said: {str(exc).split(': ', 1)[1]})") from None
        raise


def load_endpoint(paths: list[str], url: str, graph: str | None, replace: bool, timeout: float) -> int:
    """Parse every file first (a broken file sends nothing), then send each graph; the number of
    triples sent. A URL that names its graph gets every triple."""
    import pyoxigraph as ox

    from .store import read_quads

    check_url(url)
    fixed = url_graph(url)
    if fixed is not None and graph:
        raise InputError(f"--graph {graph}: the endpoint URL names its graph already; give one of them")
    groups: dict[str | None, list] = {}
    for path in paths:
        for q in read_quads(path, graph):
            name = None if fixed is not None or isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            groups.setdefault(name, []).append(ox.Triple(q.subject, q.predicate, q.object))
    sent = 0
    for name in sorted(groups, key=lambda g: g or ""):
        triples = sorted(set(groups[name]), key=str)
        graph_store(url, name, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), replace, timeout)
        sent += len(triples)
    return sent
