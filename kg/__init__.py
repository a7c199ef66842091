"""newskg: build an RDF knowledge graph of who did what to whom from English news articles."""

__version__ = "0.1.0"


def evaluate(gold, graphs):
    """Measure graph files against gold files (kg.evaluate.evaluate): an Evaluation."""
    from .scoring import evaluate as run

    return run(list(gold), list(graphs))
