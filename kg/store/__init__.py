"""Storing and querying: the embedded Oxigraph store (store, incremental; one writer at a time:
storelock), named SPARQL queries (query), the engines that run them (engines: rdflib, pyoxigraph,
SPARQL endpoints through endpoint and httpauth) and their results."""
