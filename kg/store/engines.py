"""Run a SELECT query over graph files (rdflib), the embedded store (pyoxigraph) or an endpoint."""
from __future__ import annotations

import threading
import traceback
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from ..errors import InputError, KgError
from .query import Results, check_syntax, from_json, from_oxigraph, from_rdflib

T = TypeVar("T")


def with_timeout(work: Callable[[], T], timeout: float | None) -> T:
    """Run `work`, giving up after `timeout` seconds (the work goes on in a daemon thread,
    which ends with the process)."""
    if not timeout:
        return work()
    outcome: dict = {}

    def target():
        try:
            outcome["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            traceback.clear_frames(exc.__traceback__)  # what the frames held (a store's results) is dropped here
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise KgError(f"the query did not finish within {timeout:g} s (--timeout)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


_RDFLIB_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld",
                   ".json": "json-ld"}


def query_files(text: str, paths: Iterable[str], timeout: float | None = None, allow_service: bool = False) -> Results:
    """Run a query with rdflib over the union of the given files (named graphs kept)."""
    check_syntax(text, allow_service=allow_service)
    return with_timeout(lambda: _query_files(text, list(paths), allow_service), timeout)


def _query_files(text: str, paths: list[str], allow_service: bool) -> Results:
    import rdflib.plugins.sparql
    from rdflib import Dataset

    # FROM <iri> names a graph of the files; rdflib would fetch it from the web unless told not to
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = allow_service
    dataset = Dataset(default_union=True)
    for path in paths:
        if not Path(path).is_file():
            raise InputError(f"{path}: no such file")
        fmt = _RDFLIB_FORMATS.get(Path(path).suffix.lower(), "turtle")
        try:
            dataset.parse(path, format=fmt)
        except Exception as exc:  # noqa: BLE001 - rdflib raises many kinds; its message names the place
            raise InputError(f"{path}: does not parse as {fmt}: {' '.join(str(exc).split())[:300]}") from None
    result = dataset.query(text)
    if result.type != "SELECT":
        raise InputError("only SELECT queries are supported")
    variables = tuple(str(v) for v in result.vars)
    rows = tuple(tuple(from_rdflib(row[i]) for i in range(len(variables))) for row in result)
    return Results(variables, rows)


def query_store(text: str, store_dir: str, timeout: float | None = None, allow_service: bool = False) -> Results:
    """Run a query with pyoxigraph over an embedded store (default graph = union of all graphs)."""
    import pyoxigraph as ox

    from .store import reading_store

    check_syntax(text, allow_service=allow_service)

    def work(store) -> Results:
        solutions = _oxigraph(store.query, text)  # the default graph holds the union of the article graphs
        if not isinstance(solutions, ox.QuerySolutions):
            raise InputError("only SELECT queries are supported")
        variables = tuple(v.value for v in solutions.variables)
        return Results(variables, tuple(tuple(from_oxigraph(s[v]) for v in variables) for s in solutions))
    with reading_store(store_dir) as store:
        return with_timeout(lambda: work(store), timeout)


def update_store(text: str, store_dir: str, timeout: float | None = None, allow_service: bool = False,
                 wait: float = 0.0) -> None:
    """Run a SPARQL update on the embedded store, all or nothing, as its only writer (on a copy
    swapped in after, like every write: readers go on)."""
    from .store import check_store_folder, write_store
    from .storelock import writer_lock

    check_syntax(text, update=True, allow_service=allow_service)
    check_store_folder(store_dir)
    with writer_lock(store_dir, wait):  # waiting for another writer is not part of --timeout
        with_timeout(lambda: write_store(store_dir, lambda store: _oxigraph(store.update, text)), timeout)


def _oxigraph(run: Callable[[str], T], text: str) -> T:
    """Run the text on a store; what rdflib's parser let through and Oxigraph's does not is a syntax error."""
    try:
        return run(text)
    except SyntaxError as exc:
        raise InputError(f"SPARQL syntax error: {exc}") from None


def update_endpoint(text: str, url: str, timeout: float = 60.0, allow_service: bool = False) -> None:
    """POST a SPARQL update to an endpoint's update URL."""
    from .endpoint import request

    check_syntax(text, update=True, allow_service=allow_service)
    request("POST", url, text.encode("utf-8"), {"Content-Type": "application/sparql-update"}, timeout)


def query_endpoint(text: str, url: str, timeout: float = 60.0, default_graphs: tuple[str, ...] = (),
                   named_graphs: tuple[str, ...] = (), allow_service: bool = False) -> Results:
    """Run a query over a SPARQL 1.1 Protocol endpoint (its dataset given by graph IRIs, or the
    server's; the server would run SERVICE calls itself)."""
    from .endpoint import sparql_select

    check_syntax(text, allow_service=allow_service)
    data = sparql_select(url, text, timeout, tuple(default_graphs), tuple(named_graphs))
    try:
        variables = tuple(data["head"]["vars"])
        rows = tuple(tuple(from_json(b.get(v)) for v in variables) for b in data["results"]["bindings"])
    except (KeyError, TypeError):
        raise KgError(f"{url}: the answer is not SPARQL JSON results") from None
    return Results(variables, rows)
