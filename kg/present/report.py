"""One self-contained HTML report of a graph: counts, the actor picture, top actors, and every
event with its roles and the sentences and articles that support it. No network access."""
from __future__ import annotations

import base64
from collections import Counter
from decimal import Decimal, InvalidOperation
from html import escape

from rdflib import Graph, Literal

from .draw import draw_network
from .network import ENTITY_CLASSES, EVENT_CLASSES, actor_scores, project
from ..graph.vocab import NKG, RDF, RDFS, SCHEMA

ROLES = ("agent", "counterpart", "target", "item", "place", "topic")
STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;color:#222;padding:0 1em}
h1{font-size:1.6em}h2{margin-top:1.8em;border-bottom:1px solid #ddd}table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid #eee;vertical-align:top}th{background:#f6f6f6}
.counts span{display:inline-block;margin:0 1.2em .4em 0}.muted{color:#777}.evidence{margin:.2em 0 .2em 1em;font-size:.92em}
.evidence q{font-style:italic}img{max-width:100%}.modality{font-variant:small-caps}
"""


def _label(graph: Graph, node) -> str:
    if isinstance(node, Literal):
        return str(node)
    label = graph.value(node, RDFS.label)
    if label is not None:
        return str(label)
    cls = graph.value(node, RDF.type)
    return f"{str(cls).rsplit('#', 1)[-1] if cls else 'event'} {str(node).rsplit('/', 1)[-1]}"


def _amount(value) -> str:
    try:
        return f"{Decimal(str(value)).normalize():,f}"
    except (InvalidOperation, ValueError):
        return str(value)


def render_report(graph: Graph, title: str = "newskg report") -> str:
    """The report as one HTML document."""
    network = project(graph)
    picture = base64.b64encode(draw_network(network, "png")).decode("ascii")
    articles = sorted(graph.subjects(RDF.type, NKG.Article))
    headline = {a: str(graph.value(a, SCHEMA.headline) or graph.value(a, SCHEMA.identifier) or a) for a in articles}
    entity_counts = Counter({c: len(set(graph.subjects(RDF.type, NKG[c]))) for c in ENTITY_CLASSES})
    event_counts = Counter({c: len(set(graph.subjects(RDF.type, NKG[c]))) for c in EVENT_CLASSES})
    out = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>",
           f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1>", "<div class='counts'>",
           f"<span><b>{len(articles)}</b> articles</span>"]
    out += [f"<span><b>{n}</b> {escape(c)}</span>" for c, n in entity_counts.items() if n]
    out += [f"<span><b>{sum(event_counts.values())}</b> events</span></div>"]
    out += ["<h2>Who acts on whom</h2>", f"<img alt='actor network' src='data:image/png;base64,{picture}'>"]
    scores = actor_scores(network)[:15]
    if scores:
        out += ["<h2>Top actors</h2><table><tr><th>actor</th><th>class</th><th>weighted degree</th>"
                "<th>PageRank</th><th>betweenness</th><th>community</th></tr>"]
        out += [f"<tr><td>{escape(s.label)}</td><td>{s.cls}</td><td>{s.weighted_degree:g}</td><td>{s.pagerank:.3f}</td>"
                f"<td>{s.betweenness:.3f}</td><td>{s.community}</td></tr>" for s in scores]
        out.append("</table>")
    out.append("<h2>Events</h2>")
    for cls in EVENT_CLASSES:
        events = sorted(graph.subjects(RDF.type, NKG[cls]), key=lambda e: (str(graph.value(e, NKG.date) or ""), str(e)))
        if not events:
            continue
        out.append(f"<h3>{cls} ({len(events)})</h3><table><tr><th>roles</th><th>date</th><th>modality</th>"
                   "<th>confidence</th></tr>")
        for event in events:
            roles = []
            for role in ROLES:
                values = sorted(_label(graph, o) for o in graph.objects(event, NKG[role]))
                if values:
                    roles.append(f"<b>{role}</b>: {escape(', '.join(values))}")
            for quote in sorted(graph.objects(event, NKG.quote)):
                roles.append(f"<b>quote</b>: <q>{escape(str(quote))}</q>")
            value = graph.value(event, NKG.value)
            if value is not None:
                roles.append(f"<b>value</b>: {escape(_amount(graph.value(value, SCHEMA.value)))} "
                             f"{escape(str(graph.value(value, SCHEMA.currency)))}")
            modality = str(graph.value(event, NKG.modality) or "").rsplit("#", 1)[-1]
            out.append(f"<tr><td>{'<br>'.join(roles)}")
            sources = sorted(graph.objects(event, NKG.source))
            for sentence in sorted(str(s) for s in graph.objects(event, NKG.evidence)):
                out.append(f"<div class='evidence'>“{escape(sentence)}”</div>")
            out.append("<div class='evidence muted'>" + " · ".join(escape(headline.get(s, str(s))) for s in sources) + "</div>")
            out.append(f"</td><td>{escape(str(graph.value(event, NKG.date) or ''))}</td>"
                       f"<td class='modality'>{escape(modality)}</td>"
                       f"<td>{escape(str(graph.value(event, NKG.confidence) or ''))}</td></tr>")
        out.append("</table>")
    out.append("<h2>Articles</h2><ul>")
    out += [f"<li>{escape(headline[a])} <span class='muted'>({escape(str(graph.value(a, SCHEMA.identifier) or ''))}, "
            f"{escape(str(graph.value(a, SCHEMA.datePublished) or 'undated'))})</span></li>" for a in articles]
    out.append("</ul></body></html>\n")
    return "\n".join(out)
