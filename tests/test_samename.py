"""Name variants of one article joined at the merge (kg/graph/samename.py), on invented names."""
from kg.extract.model import Entity
from kg.graph.samename import joins


def test_a_plural_a_possessor_a_lower_case_adjective_and_an_acronym_join_what_they_vary():
    entities = [
        Entity("product:talon", "Product", ("Talon", "Talon missiles"), label="Talon"),
        Entity("organization:talons", "Organization", ("Talons",)),
        Entity("organization:grand-assembly", "Organization", ("Grand Assembly",)),
        Entity("organization:norlands-grand-assembly", "Organization", ("Norland's Grand Assembly",)),
        Entity("organization:united-grand-assembly", "Organization", ("divided Grand Assembly",)),
        Entity("product:cadr", "Product", ("CADR",), label="CADR"),
        Entity("organization:coastal-air-defense-radars", "Organization", ("Coastal Air-Defense Radars",)),
    ]
    assert joins(entities) == {
        "organization:talons": "product:talon",
        "organization:norlands-grand-assembly": "organization:grand-assembly",
        "organization:united-grand-assembly": "organization:grand-assembly",
        "organization:coastal-air-defense-radars": "product:cadr",
    }


def test_a_family_is_not_its_member_and_unlike_names_stay_apart():
    entities = [
        Entity("person:mara-quenby", "Person", ("Mara Quenby", "Quenby")),
        Entity("place:quenbys", "Place", ("Quenbys",)),
        Entity("organization:river-board", "Organization", ("River Board",)),
        Entity("organization:rb", "Organization", ("RBX",)),
        Entity("country:norland", "Country", ("Norland",)),
        Entity("organization:norlands", "Organization", ("Norlands Holdings",)),
    ]
    assert joins(entities) == {}
