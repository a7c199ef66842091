"""Write query results as a readable table or as standard SPARQL JSON, CSV or TSV."""
from __future__ import annotations

import csv
import io
import json

from ..graph.output import graph_prefixes
from .query import XSD_STRING, Results, Term
from ..graph.vocab import DEFAULT_BASE, WD

FORMATS = ("table", "csv", "tsv", "json")
_WIDTH = 60


def render(results: Results, fmt: str, base: str = DEFAULT_BASE) -> str:
    """Results in one of FORMATS."""
    return {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}[fmt](results, base)


def _short(term: Term | None, prefixes: list[tuple[str, str]]) -> str:
    if term is None:
        return ""
    if term.kind == "iri":
        for prefix, namespace in prefixes:
            if term.value.startswith(namespace) and "/" not in term.value[len(namespace):]:
                return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    if term.kind == "bnode":
        return f"_:{term.value}"
    return " ".join(term.value.split())


def _table(results: Results, base: str) -> str:
    prefixes = sorted({**graph_prefixes(base), "wd": str(WD)}.items(), key=lambda kv: -len(kv[1]))
    cells = [[_clip(_short(t, prefixes)) for t in row] for row in results.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(results.variables)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    out = [line(results.variables), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


def _clip(text: str) -> str:
    return text if len(text) <= _WIDTH else text[:_WIDTH - 1] + "…"


def _csv(results: Results, base: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(results.variables)
    for row in results.rows:
        writer.writerow(["" if t is None else (f"_:{t.value}" if t.kind == "bnode" else t.value) for t in row])
    return buffer.getvalue()


def _turtle_term(t: Term | None) -> str:
    if t is None:
        return ""
    if t.kind == "iri":
        return f"<{t.value}>"
    if t.kind == "bnode":
        return f"_:{t.value}"
    escaped = t.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    if t.language:
        return f'"{escaped}"@{t.language}'
    if t.datatype and t.datatype != XSD_STRING:
        return f'"{escaped}"^^<{t.datatype}>'
    return f'"{escaped}"'


def _tsv(results: Results, base: str) -> str:
    lines = ["\t".join(f"?{v}" for v in results.variables)]
    lines += ["\t".join(_turtle_term(t) for t in row) for row in results.rows]
    return "\n".join(lines) + "\n"


def _json(results: Results, base: str) -> str:
    def binding(t: Term) -> dict:
        if t.kind == "iri":
            return {"type": "uri", "value": t.value}
        if t.kind == "bnode":
            return {"type": "bnode", "value": t.value}
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype and t.datatype != XSD_STRING:
            out["datatype"] = t.datatype
        return out
    rows = [{v: binding(t) for v, t in zip(results.variables, row) if t is not None} for row in results.rows]
    return json.dumps({"head": {"vars": list(results.variables)}, "results": {"bindings": rows}},
                      ensure_ascii=False, indent=1) + "\n"
