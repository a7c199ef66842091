"""Sources and lists on sentences of our own: "according to X" is a Statement by X unless X is a
news outlet or unnamed people; names listed after a colon fill the role of the plural noun before it."""
import pytest

from .conftest import of_class, roles


def _according(events):
    return [e for e in of_class(events, "Statement") if e.rule == "according-to"]


@pytest.mark.parametrize("text, agent, target", [
    ("According to Amnesty International, Eritrea holds thousands of political prisoners.",
     "amnesty-international", "eritrea"),
    ("According to a statement released by the Kremlin, Norway expelled two diplomats.", "russia", "norway"),
    ("According to a NATO press release, Portugal spent 1.5% of its GDP on defence.", "nato", "portugal"),
])
def test_the_source_speaks_about_the_first_actor_of_its_sentence(events_of, text, agent, target):
    statement, = _according(events_of(text))
    assert agent in roles(statement)["agent"] and target in roles(statement)["target"]


@pytest.mark.parametrize("text", [
    "According to Reuters, Eritrea holds thousands of political prisoners.",
    "According to The Guardian, Eritrea holds thousands of political prisoners.",
    "According to The Hill, Senator Ada Price introduced a resolution on Eritrea.",  # named without its "The"
    "According to Semafor, Eritrea holds thousands of political prisoners.",
    "Norway is in talks with Spain about buying frigates, according to two people familiar with the matter.",
])
def test_outlets_and_unnamed_people_make_no_statement(events_of, text):
    assert _according(events_of(text)) == []


@pytest.mark.parametrize("text, cls, role, names", [
    ("Four countries signed the pact with Brazil on Monday: Peru, Paraguay and Bolivia.",
     "AgreementSigning", "agent", {"peru", "paraguay", "bolivia"}),
    ("Iran freed three foreigners on Sunday: Peter Hale, Sara Lindqvist and Tom Keller.",
     "Transfer", "target", {"person:peter-hale", "person:sara-lindqvist", "person:tom-keller"}),
])
def test_names_listed_after_a_colon_fill_the_plural_nouns_role(events_of, text, cls, role, names):
    event, = of_class(events_of(text), cls)
    assert names <= roles(event)[role]


def test_a_clause_after_a_colon_is_no_list(events_of):
    events = events_of("Three countries signed the pact: Peru will build the road and Chile will pay for it.")
    assert all("chile" not in roles(e).get("agent", ()) for e in of_class(events, "AgreementSigning"))
