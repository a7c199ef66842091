"""An Evaluation as a text table, JSON, or one self-contained HTML page."""
from __future__ import annotations

import json
import re
from html import escape

from .scoring import EVENT_CLASSES, Evaluation

_SUMMARY = ("facts R={fact_recall} P>={event_precision} F1={f1} attrs={attribute_accuracy} "
            "modality={modality_accuracy} fusion={fusion} | entities R={entity_recall} typed={entity_type_accuracy} "
            "dup={entity_duplicates} extra={entities_not_in_gold} | positions R={position_recall} | "
            "violations={contract_violations}")


def _figure(value) -> str:
    return "-" if value is None else f"{value}"


def summary_line(evaluation: Evaluation) -> str:
    """The one-line summary (the scorer's SUMMARY line)."""
    return "SUMMARY " + _SUMMARY.format(**evaluation.to_dict())


def _confusion_columns(evaluation: Evaluation) -> list[str]:
    found = {c for row in evaluation.confusion.values() for c in row}
    return [c for c in EVENT_CLASSES if c in found] + (["nothing"] if "nothing" in found else [])


def as_table(evaluation: Evaluation, show_misses: bool = False) -> str:
    """Plain-text tables for a terminal."""
    e = evaluation
    lines = [f"facts {e.facts}, events in the graph {e.events_in_graph}",
             f"fact recall {e.fact_recall}   event precision >= {e.event_precision}   F1 {e.f1}",
             f"mention recall {_figure(e.mention_recall)}   fusion {e.fusion}   attributes {_figure(e.attribute_accuracy)}"
             f"   modality {_figure(e.modality_accuracy)}", "",
             "by class           facts  found  recall | events  supported  precision>="]
    for cls, v in e.by_class.items():
        lines.append(f"  {cls:<16} {v['facts']:>5}  {v['found']:>5}  {_figure(v['recall']):>6} |"
                     f" {v['events']:>6}  {v['supported']:>9}  {_figure(v['precision']):>10}")
    lines += ["", "roles (facts whose sentence gave an event of their class)   right / facts  accuracy"]
    for role, v in e.role_accuracy.items():
        lines.append(f"  {role:<14} {v['right']:>5} / {v['facts']:<5} {_figure(v['accuracy'])}")
    columns = _confusion_columns(e)
    lines += ["", "confusion: gold class (rows) x classes of the events read from its sentence (columns)",
              "  " + " " * 16 + "".join(f"{c[:9]:>10}" for c in columns)]
    for cls, row in e.confusion.items():
        lines.append(f"  {cls:<16}" + "".join(f"{row.get(c, 0) or '.':>10}" for c in columns))
    lines += ["", f"entities {e.entities}: recall {_figure(e.entity_recall)}, typed {_figure(e.entity_type_accuracy)}, "
                  f"duplicated {e.entity_duplicates}; {e.entity_nodes} entity nodes, {e.entities_not_in_gold} not in the gold",
              f"offices recall {_figure(e.position_recall)}   contract violations {e.contract_violations}"]
    if show_misses:
        lines += ["", f"missed facts ({len(e.misses)}):"]
        for miss in e.misses:
            roles = ", ".join(f"{r}={names[0]}" for r, names in miss.roles.items())
            lines.append(f"  - {'/'.join(miss.classes)}({roles}) [{miss.verdict}] {miss.evidence}")
            lines += [f"      graph has: {g}" for g in miss.graph_has]
        lines.append(f"missing entities: {', '.join(e.missing_entities) or '-'}")
        lines.append(f"duplicated entities: {', '.join(e.duplicated_entities) or '-'}")
        lines.append(f"missing offices: {'; '.join(e.missing_offices) or '-'}")
    lines += ["", summary_line(e)]
    return "\n".join(lines) + "\n"


def as_json(evaluation: Evaluation, show_misses: bool = False) -> str:
    """The figures as JSON."""
    return json.dumps(evaluation.to_dict(show_misses), indent=2, ensure_ascii=False) + "\n"


STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;color:#222;padding:0 1em}
h1{font-size:1.6em}h2{margin-top:1.8em;border-bottom:1px solid #ddd}table{border-collapse:collapse;margin:.5em 0}
th,td{text-align:left;padding:.3em .6em;border-bottom:1px solid #eee;vertical-align:top}th{background:#f6f6f6}
td.n{text-align:right;font-variant-numeric:tabular-nums}.heat{font-size:.9em}.heat td.n{min-width:3.2em;text-align:center}
.big span{display:inline-block;margin:0 1.6em .4em 0;font-size:1.2em}mark{background:#ffe58a}.muted{color:#777}
li{margin:.5em 0}
"""


def _cells(values) -> str:
    return "".join(f'<td class="n">{escape(_figure(v))}</td>' for v in values)


def _heat(count: int, row_total: int, diagonal: bool) -> str:
    share = count / row_total if row_total else 0
    hue = 130 if diagonal else 8  # green where the class is right, red where it is not
    return f'<td class="n" style="background:hsl({hue},70%,{100 - 45 * share:.0f}%)">{count or ""}</td>'


def _highlight(sentence: str, names) -> str:
    """The sentence, escaped, with the gold role names marked."""
    words = sorted({n for group in names for n in group if len(n) > 2}, key=len, reverse=True)
    if not words:
        return escape(sentence)
    pattern = re.compile("|".join(re.escape(w) for w in words))
    out, last = [], 0
    for m in pattern.finditer(sentence):
        out += [escape(sentence[last:m.start()]), f"<mark>{escape(m.group(0))}</mark>"]
        last = m.end()
    return "".join(out) + escape(sentence[last:])


_SHORT = {"AgreementSigning": "Agreement", "Legislation": "Legislat.", "Statement": "Statem.", "Detention": "Detent."}


def as_html(evaluation: Evaluation, title: str = "Evaluation") -> str:
    """One self-contained page: figures, tables, the confusion heat map, the misses."""
    e = evaluation
    parts = [f"<!doctype html><html lang=en><meta charset=utf-8><title>{escape(title)}</title><style>{STYLE}</style>",
             f"<h1>{escape(title)}</h1><div class=big><span>fact recall <b>{e.fact_recall}</b></span>"
             f"<span>event precision &ge; <b>{e.event_precision}</b></span><span>F1 <b>{e.f1}</b></span>"
             f"<span>entity recall <b>{_figure(e.entity_recall)}</b></span><span>offices <b>{_figure(e.position_recall)}</b></span></div>",
             f"<p class=muted>{e.facts} gold facts, {e.events_in_graph} events in the graph; fusion {e.fusion}; "
             f"attributes {_figure(e.attribute_accuracy)}; modality {_figure(e.modality_accuracy)}; "
             f"contract violations {e.contract_violations}</p>",
             "<h2>By class</h2><table><tr><th>class</th><th>facts</th><th>found</th><th>recall</th><th>events</th>"
             "<th>supported</th><th>precision &ge;</th></tr>"]
    for cls, v in e.by_class.items():
        parts.append(f"<tr><td>{cls}</td>{_cells([v['facts'], v['found'], v['recall'], v['events'], v['supported'], v['precision']])}</tr>")
    parts.append("</table><h2>Roles</h2><table><tr><th>role</th><th>right</th><th>facts</th><th>accuracy</th></tr>")
    for role, v in e.role_accuracy.items():
        parts.append(f"<tr><td>{role}</td>{_cells([v['right'], v['facts'], v['accuracy']])}</tr>")
    columns = _confusion_columns(e)
    parts.append("</table><h2>Confusion</h2><p class=muted>Gold class (rows) against the classes of the events "
                 "read from the same sentence (columns).</p><table class=heat><tr><th></th>"
                 + "".join(f'<th title="{c}">{_SHORT.get(c, c)}</th>' for c in columns) + "</tr>")
    for cls, row in e.confusion.items():
        total = sum(row.values())
        parts.append(f"<tr><th>{cls}</th>" + "".join(_heat(row.get(c, 0), total, c == cls) for c in columns) + "</tr>")
    parts.append(f"</table><h2>Entities</h2><p>{e.entities} in the gold: recall {_figure(e.entity_recall)}, typed "
                 f"{_figure(e.entity_type_accuracy)}, duplicated {e.entity_duplicates}; {e.entity_nodes} entity nodes, "
                 f"{e.entities_not_in_gold} not in the gold.</p>")
    if e.misses:
        parts.append(f"<h2>Missed facts ({len(e.misses)})</h2><ol>")
        for miss in e.misses:
            roles = ", ".join(f"{r}: {names[0]}" for r, names in miss.roles.items())
            has = "".join(f"<br><span class=muted>graph has: {escape(g)}</span>" for g in miss.graph_has)
            parts.append(f"<li><b>{'/'.join(miss.classes)}</b> ({escape(roles)}) <i>{escape(miss.verdict)}</i><br>"
                         f"{_highlight(miss.evidence, miss.roles.values())}{has}</li>")
        parts.append("</ol>")
    return "".join(parts) + "</html>\n"
