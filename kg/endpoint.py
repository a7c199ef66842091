"""SPARQL 1.1 Protocol (queries) and Graph Store HTTP Protocol (loads) over HTTP, with
credentials from the environment or ~/.netrc only, timeouts, and bounded retries."""
from __future__ import annotations

import base64
import json
import netrc
import os
import time
import urllib.error
import urllib.request
from urllib.parse import quote, urlsplit

from .errors import InputError, KgError

USER_ENV, PASSWORD_ENV = "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD"
RETRIES = 3
BACKOFF_SECONDS = 0.5


def check_url(url: str) -> str:
    """An http(s) URL without credentials in it."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"--endpoint: not an http(s) URL: {url!r}")
    if parts.username or parts.password:
        raise InputError(f"--endpoint: put credentials in ${USER_ENV}/${PASSWORD_ENV} or ~/.netrc, not in the URL")
    return url


def _credentials(url: str) -> dict[str, str]:
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if not user:
        try:
            found = netrc.netrc().authenticators(urlsplit(url).hostname or "")
        except (FileNotFoundError, netrc.NetrcParseError, OSError):
            found = None
        if found:
            user, _, password = found
    if not user:
        return {}
    token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def request(method: str, url: str, body: bytes | None, headers: dict[str, str], timeout: float) -> bytes:
    """One HTTP exchange, retried with backoff on 5xx answers and broken connections."""
    check_url(url)
    headers = {**headers, **_credentials(url), "User-Agent": "newskg"}
    for attempt in range(RETRIES):
        last = attempt == RETRIES - 1
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers, method=method),
                                        timeout=timeout) as answer:
                return answer.read()
        except urllib.error.HTTPError as exc:
            message = " ".join(exc.read(500).decode("utf-8", "replace").split())[:300]
            if exc.code >= 500 and not last:
                time.sleep(BACKOFF_SECONDS * 2 ** attempt)
                continue
            raise KgError(f"{url}: HTTP {exc.code} {exc.reason}" + (f": {message}" if message else "")) from None
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
            if not last:
                time.sleep(BACKOFF_SECONDS * 2 ** attempt)
                continue
            reason = getattr(exc, "reason", exc)
            raise KgError(f"{url}: cannot reach the endpoint after {RETRIES} tries: {reason}") from None
    raise AssertionError("unreachable")


def sparql_select(url: str, query: str, timeout: float) -> dict:
    """POST a SELECT query; the parsed SPARQL JSON results."""
    raw = request("POST", url, query.encode("utf-8"), {"Content-Type": "application/sparql-query",
                                                       "Accept": "application/sparql-results+json"}, timeout)
    try:
        return json.loads(raw)
    except ValueError:
        raise KgError(f"{url}: the answer is not JSON") from None


def graph_store(url: str, graph: str | None, ntriples: bytes, replace: bool, timeout: float) -> None:
    """Send one graph: POST adds to it, PUT replaces it in one request."""
    target = f"{url}{'&' if '?' in url else '?'}" + (f"graph={quote(graph, safe='')}" if graph else "default")
    request("PUT" if replace else "POST", target, ntriples, {"Content-Type": "application/n-triples"}, timeout)


def load_endpoint(paths: list[str], url: str, graph: str | None, replace: bool, timeout: float) -> int:
    """Parse every file first (a broken file sends nothing), then send each graph; the number of
    triples sent."""
    import pyoxigraph as ox

    from .store import read_quads

    check_url(url)
    groups: dict[str | None, list] = {}
    for path in paths:
        for q in read_quads(path, graph):
            name = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            groups.setdefault(name, []).append(ox.Triple(q.subject, q.predicate, q.object))
    sent = 0
    for name in sorted(groups, key=lambda g: g or ""):
        triples = sorted(set(groups[name]), key=str)
        graph_store(url, name, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), replace, timeout)
        sent += len(triples)
    return sent
