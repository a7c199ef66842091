"""'According to X': a Statement by X about what its sentence says, unless X is a news outlet or
unnamed people (sentences of our own)."""
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
    "Norway is in talks with Spain about buying frigates, according to two people familiar with the matter.",
])
def test_outlets_and_unnamed_people_make_no_statement(events_of, text):
    assert _according(events_of(text)) == []
