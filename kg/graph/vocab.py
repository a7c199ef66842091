"""The vocabulary of newskg graphs: one place for every ontology term the code uses."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

__all__ = ["NKG", "SCHEMA", "RDF", "RDFS", "OWL", "SKOS", "XSD", "WD", "DEFAULT_BASE", "PREFIXES"]

SCHEMA = SDO
WD = Namespace("http://www.wikidata.org/entity/")
DEFAULT_BASE = "https://w3id.org/newskg/id/"


class NKG(DefinedNamespace):
    """The newskg ontology (ontology/newskg.ttl)."""

    _NS = Namespace("https://w3id.org/newskg/ontology#")
    _fail = True

    # documents
    Article: URIRef
    # entities
    Entity: URIRef
    Country: URIRef
    Organization: URIRef
    Person: URIRef
    Group: URIRef
    Place: URIRef
    Product: URIRef
    Position: URIRef
    holds: URIRef
    of: URIRef
    mentionedIn: URIRef
    # events
    Event: URIRef
    Purchase: URIRef
    AgreementSigning: URIRef
    Sanction: URIRef
    Threat: URIRef
    Legislation: URIRef
    Meeting: URIRef
    Statement: URIRef
    Detention: URIRef
    Rejection: URIRef
    Transfer: URIRef
    agent: URIRef
    counterpart: URIRef
    target: URIRef
    item: URIRef
    place: URIRef
    topic: URIRef
    date: URIRef
    value: URIRef
    quantity: URIRef
    quote: URIRef
    modality: URIRef
    source: URIRef
    evidence: URIRef
    confidence: URIRef
    cameoCode: URIRef
    # modalities
    Modality: URIRef
    Asserted: URIRef
    Planned: URIRef
    Threatened: URIRef
    Proposed: URIRef
    Negated: URIRef


PREFIXES = {
    "nkg": str(NKG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "schema": str(SCHEMA),
    "owl": str(OWL),
    "xsd": str(XSD),
}
