"""Unnamed groups that fill a slot of an event word are kept, even where no event was drawn;
others, and a second wording of a group already kept, are not (kg/extract/__init__._result)."""
from kg.extract import extract
from kg.read.documents import Document


def groups(text: str) -> set[str]:
    result = next(extract([Document(id="g", text="Report\n\n" + text)]))
    return {n for e in result.entities if e.cls == "Group" for n in e.names}


def test_a_group_that_condemns_is_kept():
    assert "Regional leaders" in groups("Regional leaders swiftly condemned the bombing of the market.")


def test_the_agent_of_a_passive_event_word_is_kept():
    assert "opposition parties" in groups("The roadmap was agreed to by opposition parties last year.")


def test_a_group_joined_in_condemning_is_kept():
    assert any("nations" in n for n in groups("We joined more than 30 nations in condemning the missile launches."))


def test_a_group_beside_no_event_word_is_dropped():
    assert "local farmers" not in groups("The river floods the fields of local farmers every spring.")


def test_a_second_wording_of_a_kept_group_is_dropped():
    found = groups("The Ruritanian people deserve peace. Ruritanians condemned the strike, the minister said.")
    assert not ({"Ruritanians"} <= found and "Ruritanian people" in found)
