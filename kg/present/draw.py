"""Pictures of the actor network and of the timeline of events (matplotlib, no display)."""
from __future__ import annotations

import io
from collections import Counter

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 - after choosing the backend
import networkx as nx  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from ..errors import InputError  # noqa: E402
from .network import EVENT_CLASSES  # noqa: E402

CLASS_COLOURS = {"Country": "#4e79a7", "Organization": "#f28e2b", "Person": "#59a14f", "Group": "#b07aa1",
                 "Place": "#9c755f", "Product": "#e15759"}
EVENT_COLOURS = dict(zip(EVENT_CLASSES, ("#1f77b4", "#17becf", "#d62728", "#ff7f0e", "#9467bd", "#2ca02c",
                                         "#7f7f7f", "#8c564b", "#e377c2", "#bcbd22")))


def _figure_bytes(figure, fmt: str) -> bytes:
    buffer = io.BytesIO()
    # No timestamps in the files: the same graph gives the same bytes.
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    plt.rcParams["svg.hashsalt"] = "newskg"
    figure.savefig(buffer, format=fmt, dpi=120, metadata=metadata, bbox_inches="tight")
    plt.close(figure)
    return buffer.getvalue()


def picture_format(path: str) -> str:
    """'png' or 'svg' from a file name, or InputError."""
    fmt = path.rsplit(".", 1)[-1].lower()
    if fmt not in ("png", "svg"):
        raise InputError(f"{path}: pictures are .png or .svg")
    return fmt


def draw_network(network: nx.MultiDiGraph, fmt: str = "png", seed: int = 42, max_nodes: int = 60) -> bytes:
    """The actors (entities with events) coloured by class, edges coloured by event class."""
    actors = [n for n in network if network.degree(n)]
    ranked = sorted(actors, key=lambda n: (-network.degree(n), network.nodes[n]["label"]))[:max_nodes]
    shown = network.subgraph(ranked)
    simple = nx.Graph(shown.to_undirected())
    figure, axes = plt.subplots(figsize=(12, 9))
    axes.set_axis_off()
    if not shown:
        axes.text(0.5, 0.5, "no events with two parties", ha="center", va="center")
        return _figure_bytes(figure, fmt)
    layout = _layout(simple, seed)
    degree = dict(shown.degree())
    sizes = [300 + 120 * degree[n] for n in shown]
    colours = [CLASS_COLOURS.get(shown.nodes[n]["cls"], "#bab0ac") for n in shown]
    nx.draw_networkx_nodes(shown, layout, ax=axes, node_size=sizes, node_color=colours, alpha=0.9, linewidths=0)
    seen = Counter()
    for a, b, data in sorted(shown.edges(data=True), key=lambda e: (e[0], e[1], e[2]["label"])):
        seen[(a, b)] += 1
        nx.draw_networkx_edges(shown, layout, edgelist=[(a, b)], ax=axes, width=1.2, alpha=0.7, arrows=True,
                               arrowsize=12, edge_color=EVENT_COLOURS.get(data["label"], "#999999"),
                               connectionstyle=f"arc3,rad={0.08 * seen[(a, b)]}", node_size=sizes[list(shown).index(b)])
    labels = {n: shown.nodes[n]["label"] for n in shown}
    for node, (x, y) in layout.items():
        axes.text(x, y + 0.06, labels[node], fontsize=9, ha="center", va="bottom",
                  bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
    used_events = sorted({d["label"] for _, _, d in shown.edges(data=True)})
    used_classes = sorted({shown.nodes[n]["cls"] for n in shown})
    handles = [Line2D([], [], marker="o", ls="", color=CLASS_COLOURS[c], label=c, markersize=9) for c in used_classes]
    handles += [Line2D([], [], color=EVENT_COLOURS[e], label=e, lw=2) for e in used_events]
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False)
    axes.set_title("Who acts on whom", fontsize=13)
    return _figure_bytes(figure, fmt)


def _layout(graph: nx.Graph, seed: int) -> dict:
    """Each connected part laid out on its own (Kamada-Kawai), the parts side by side,
    largest first: no part drifts into a corner."""
    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), sorted(c)))
    layout, x = {}, 0.0
    for part in parts:
        sub = graph.subgraph(part)
        pos = nx.kamada_kawai_layout(sub) if len(sub) > 2 else nx.spring_layout(sub, seed=seed)
        if len(sub) == 1:
            pos = {next(iter(part)): (0.0, 0.0)}
        width = max(len(part) ** 0.5, 1.0) * 0.6
        xs = [p[0] for p in pos.values()]
        span = (max(xs) - min(xs)) or 1.0
        for node, (px, py) in pos.items():
            layout[node] = (x + (px - min(xs)) / span * width, py * width / 2)
        x += width + 0.6
    return layout


def draw_timeline(network: nx.MultiDiGraph, fmt: str = "png", max_actors: int = 15) -> bytes:
    """Events by date, one row per actor (events without a full or partial date are left out)."""
    rows: dict[str, list[tuple[str, str]]] = {}
    for a, _, data in network.edges(data=True):
        if data.get("date"):
            rows.setdefault(a, []).append((data["date"], data["label"]))
    actors = sorted(rows, key=lambda n: (-len(rows[n]), network.nodes[n]["label"]))[:max_actors]
    figure, axes = plt.subplots(figsize=(11, 1.2 + 0.45 * max(len(actors), 1)))
    if not actors:
        axes.set_axis_off()
        axes.text(0.5, 0.5, "no dated events", ha="center", va="center")
        return _figure_bytes(figure, fmt)
    import datetime as dt

    def when(value: str) -> dt.date:
        parts = [int(p) for p in value.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1] or 1, parts[2] or 1)

    for y, actor in enumerate(actors):
        for date, label in sorted(set(rows[actor])):
            axes.scatter(when(date), y, color=EVENT_COLOURS.get(label, "#999999"), s=60, zorder=3)
    axes.set_yticks(range(len(actors)), [network.nodes[a]["label"] for a in actors])
    axes.invert_yaxis()
    axes.grid(axis="x", alpha=0.3)
    used = sorted({label for a in actors for _, label in rows[a]})
    axes.legend(handles=[Line2D([], [], marker="o", ls="", color=EVENT_COLOURS[e], label=e) for e in used],
                loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    axes.set_title("Events by date, per actor", fontsize=12)
    figure.autofmt_xdate()
    return _figure_bytes(figure, fmt)
