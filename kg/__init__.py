"""newskg: build an RDF knowledge graph of who did what to whom from English news articles."""

__version__ = "0.1.0"
