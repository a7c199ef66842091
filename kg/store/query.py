"""Named SPARQL queries (kg/queries/*.rq) and running them over files (rdflib), the embedded
store (pyoxigraph) or a SPARQL endpoint, with parameters bound as a VALUES block of RDF terms."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from ..errors import InputError

NUMERIC = {f"http://www.w3.org/2001/XMLSchema#{t}" for t in ("integer", "decimal", "double", "float", "int", "long")}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_PARAMETER = re.compile(r"^# Parameter (\w+) \(\?(\w+), (literal|iri)\): (.*)$")


@dataclass(frozen=True)
class Parameter:
    """A query parameter: its name on the command line, the variable it binds, literal or IRI."""

    name: str
    variable: str
    kind: str
    description: str


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query with its header: what it answers, its parameters, an example."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    example: str
    text: str


@dataclass(frozen=True)
class Term:
    """An RDF term in results, the same whichever engine produced it."""

    kind: str  # "iri", "literal", "bnode"
    value: str
    datatype: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Results:
    """A SELECT result: variable names and rows (None for unbound)."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]


def _parse_header(name: str, text: str) -> NamedQuery:
    comments = [line for line in text.splitlines() if line.startswith("#")]
    description = comments[0].lstrip("# ").strip() if comments else ""
    parameters = tuple(Parameter(*m.groups()) for m in (_PARAMETER.match(c) for c in comments) if m)
    example = next((c.split(":", 1)[1].strip() for c in comments if c.startswith("# Example:")), "")
    return NamedQuery(name, description, parameters, example, text)


def list_queries() -> list[NamedQuery]:
    """The queries shipped with kg, by name."""
    folder = resources.files("kg").joinpath("queries")
    return sorted((_parse_header(f.name[:-3], f.read_text(encoding="utf-8")) for f in folder.iterdir()
                   if f.name.endswith(".rq")), key=lambda q: q.name)


def load_query(name_or_file: str) -> NamedQuery:
    """A shipped query by name, or a .rq file."""
    if name_or_file.endswith(".rq") or "/" in name_or_file:
        path = Path(name_or_file)
        if not path.is_file():
            raise InputError(f"{name_or_file}: no such query file")
        return _parse_header(path.stem, path.read_text(encoding="utf-8"))
    for query in list_queries():
        if query.name == name_or_file:
            return query
    names = ", ".join(q.name for q in list_queries())
    raise InputError(f"no query named {name_or_file!r} (kg query --list shows them: {names})")


def check_syntax(text: str, update: bool = False, allow_service: bool = False) -> None:
    """Parse, never run, the query (or, with `update`, the update): InputError with line and
    column when it does not parse, when an update is given as a query, and when it would reach
    out to other servers (SERVICE, LOAD) without `allow_service`."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = (parseUpdate if update else parseQuery)(text)
    except ParseException as exc:
        if not update and _parses(parseUpdate, text):
            raise InputError("this is a SPARQL update: kg query runs updates only with --update") from None
        raise InputError(f"SPARQL syntax error: {_diagnosis(text, update, exc)}") from None
    calls = sorted(set(_federation(tree)))
    if calls and not allow_service:
        what = "update" if update else "query"
        raise InputError(f"the {what} would call other servers ({', '.join(calls)[:200]}); "
                         "kg runs SERVICE and LOAD only with --allow-service")


def _parses(parser, text: str) -> bool:
    from pyparsing import ParseException

    try:
        parser(text)
        return True
    except ParseException:
        return False


_REACHES_OUT = re.compile(r"service|load|\\u", re.IGNORECASE)


def _diagnosis(text: str, update: bool, exc) -> str:
    """Where the text stops being SPARQL. Oxigraph's parser pinpoints it best, but a text it
    accepts it also runs: it is asked only when nothing in the text could reach the network
    (no SERVICE, no LOAD, no \\u escape, which can spell either), and on an empty store of its own."""
    if not _REACHES_OUT.search(text):
        try:
            (ox.Store().update if update else ox.Store().query)(text)
        except SyntaxError as error:
            return str(error)
    found = f", found {exc.found}" if getattr(exc, "found", None) else ""
    return f"error at {exc.lineno}:{exc.col}: {exc.msg[:1].lower()}{exc.msg[1:]}{found} (kg takes SPARQL 1.1)"


def _federation(node) -> Iterator[str]:
    """The SERVICE and LOAD calls anywhere in a parsed query or update."""
    name = getattr(node, "name", None)
    if name == "ServiceGraphPattern":
        yield f"SERVICE {node.get('term').n3()}"
    elif name == "Load":
        yield f"LOAD {node.get('iri').n3()}"
    if isinstance(node, dict):
        children = node.values()
    elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        children = node
    else:
        return
    for child in children:
        yield from _federation(child)


# Parameters are bound inside the WHERE, at the query's `# parameters: VALUES` line: a trailing
# VALUES block would be joined after any grouping (SPARQL 1.1, 18.2.4.3) and some engines refuse
# one on a variable that is not selected (Virtuoso: "SQ200: No column name").
PARAMETERS_HERE = "# parameters: VALUES"
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind(query: NamedQuery, values: dict[str, str]) -> str:
    """The query text with parameters bound by a VALUES block built from RDF terms, inside the
    WHERE: at the query's `# parameters: VALUES` line, else first in its WHERE."""
    known = {p.name: p for p in query.parameters}
    rows = []
    for name, raw in sorted(values.items()):
        if name not in known:
            accepted = ", ".join(known) or "none"
            raise InputError(f"query {query.name!r} has no parameter {name!r} (parameters: {accepted})")
        parameter = known[name]
        if parameter.kind == "iri":
            try:
                value = ox.NamedNode(raw.strip("<>"))
            except ValueError:
                raise InputError(f"--param {name}: not an IRI: {raw!r}") from None
        else:
            value = ox.Literal(raw)
        rows.append((parameter.variable, str(value)))  # N-Triples syntax: escaped, never raw text
    if not rows:
        return query.text
    variables = " ".join(f"?{v}" for v, _ in rows)
    terms = " ".join(t for _, t in rows)
    block = f"VALUES ({variables}) {{ ({terms}) }}"
    if PARAMETERS_HERE in query.text:
        return query.text.replace(PARAMETERS_HERE, block, 1)
    where = _WHERE.search(query.text)
    if not where:
        raise InputError(f"query {query.name!r}: no WHERE {{ to bind parameters in (add a '{PARAMETERS_HERE}' line)")
    return f"{query.text[:where.end()]}\n  {block}\n{query.text[where.end():]}"


def _canonical(kind: str, value: str, datatype: str | None, language: str | None) -> Term:
    if kind == "literal":
        datatype = None if language else (datatype or XSD_STRING)
        if datatype in NUMERIC:
            try:
                number = Decimal(value)
                value = format(number.normalize(), "f") if number == number.to_integral_value() or \
                    datatype != "http://www.w3.org/2001/XMLSchema#double" else str(number)
            except InvalidOperation:
                pass
    return Term(kind, value, datatype, language)


def from_rdflib(term) -> Term | None:
    """A Term from an rdflib node."""
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, URIRef):
        return Term("iri", str(term))
    if isinstance(term, BNode):
        return Term("bnode", str(term))
    if isinstance(term, Literal):
        return _canonical("literal", str(term), str(term.datatype) if term.datatype else None, term.language)
    raise TypeError(type(term))


def from_oxigraph(term) -> Term | None:
    """A Term from a pyoxigraph node."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    return _canonical("literal", term.value, term.datatype.value if term.datatype else None, term.language)


def from_json(binding: dict | None) -> Term | None:
    """A Term from a SPARQL 1.1 JSON results binding."""
    if binding is None:
        return None
    kind = {"uri": "iri", "literal": "literal", "typed-literal": "literal", "bnode": "bnode"}[binding["type"]]
    return _canonical(kind, binding["value"], binding.get("datatype"), binding.get("xml:lang"))
