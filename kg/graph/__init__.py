"""The graph: cross-article resolution of entities and events (resolve, merge) into `Resolution` and
`ResolvedEvent`s, their RDF quads (rdf, vocab), serialised (output, jsonld) and checked (validate)."""
