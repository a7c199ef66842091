"""newskg: build an RDF knowledge graph of who did what to whom from English news articles.

The stages, in the order data flows, each a subpackage: `kg.read` (documents, layout, parsing),
`kg.extract` (entities, offices, events of one article), `kg.graph` (resolution across articles,
RDF, serialisation, validation), then `kg.store`, `kg.evaluation` and `kg.present` over graphs;
`kg.pipeline` runs the stages (`kg.run` elsewhere than in this process) and `kg.cli` is the command.

The public API is importable from here: `read_documents`, `Document`, `build`, `BuildOptions`,
`write_build`, `validate`, `evaluate`. They load lazily, so `import kg` stays cheap.
"""

__version__ = "0.1.0"

_PUBLIC = {
    "Document": ("read.documents", "Document"),
    "read_documents": ("read.documents", "read_documents"),
    "build": ("pipeline", "build"),
    "BuildOptions": ("pipeline", "BuildOptions"),
    "BuildResult": ("pipeline", "BuildResult"),
    "write_build": ("graph.output", "write_build"),
    "validate": ("graph.validate", "validate"),
}
__all__ = ["__version__", "evaluate", *_PUBLIC]


def evaluate(gold, graphs):
    """Measure graph files against gold files (kg.evaluation.scoring.evaluate): an Evaluation."""
    from .evaluation.scoring import evaluate as run

    return run(list(gold), list(graphs))


def __getattr__(name: str):
    """The public API's names, imported on first use."""
    if name not in _PUBLIC:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    from importlib import import_module

    module, attribute = _PUBLIC[name]
    return getattr(import_module(f"{__name__}.{module}"), attribute)
