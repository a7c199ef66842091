"""Captivity and court orders on sentences of our own (kg/extract/captivity.py): 'held hostage/captive'
with its by-phrase wherever the parser hangs it, a reduced relative read as a main clause, 'holding X
hostage'; 'a court ordered X jailed / ruled that X be detained' (the court detains); a prison term
handed to someone; and the same words with no detention."""
import pytest

from .conftest import of_class, roles


def _detentions(events):
    return [roles(e) for e in of_class(events, "Detention")]


@pytest.mark.parametrize("text, agent, target", [
    ("Two Norwegians were held captive by the Kivu Front for a month.", "kivu-front", "norwegian"),
    ("Nine fishermen held hostage by the Kivu Front returned home on Monday.", "kivu-front", "fishermen"),
    ("The Kivu Front is holding Lars Bakke hostage.", "kivu-front", "lars-bakke"),
    ("A court in Quito ordered Marta Quispe jailed for 30 days.", "ecuador", "marta-quispe"),
    ("A court in Quito ruled that Marta Quispe should be detained pending trial.", "ecuador", "marta-quispe"),
    ("Bolivia on Tuesday handed a six-year prison term to the activist Omar Saleh.", "bolivia", "omar-saleh"),
    ("Peru handed a ten-year prison sentence to the reporter Ana Ruiz.", "peru", "ana-ruiz"),
])
def test_who_holds_whom(events_of, text, agent, target):
    found = _detentions(events_of(text))
    assert any(any(agent in k for k in r.get("agent", ())) and any(target in k for k in r.get("target", ()))
               for r in found), found


@pytest.mark.parametrize("text", [
    "The ministers of Peru and Chile held talks in Lima on Monday.",
    "The Kivu Front held a press conference in Goma.",
    "A court in Quito ordered the company to pay damages.",
    "Peru will hold Chile responsible for the spill.",
    "Bolivia seized the opportunity to expand its exports to Brazil.",
    "The judge ordered the report published on Friday.",
])
def test_no_detention(events_of, text):
    assert _detentions(events_of(text)) == []


@pytest.mark.parametrize("text", [
    "The minister put the arrest of Ales Marchuk on the agenda of the talks.",
    "The army placed the border region under tight control.",
])
def test_placed_under_something_else_is_no_arrest(events_of, text):
    assert [e.rule for e in of_class(events_of(text), "Detention") if e.rule == "place-under-arrest"] == []


def test_a_statement_released_about_a_ship_is_no_release(events_of):
    assert of_class(events_of("Iran released a statement on the seized tanker Aegean Star."), "Transfer") == []


@pytest.mark.parametrize("text", [
    "Marta Quispe served two terms as president of Ecuador.",
    "The minister spent two days in Geneva for the talks.",
    "The envoy Omar Saleh served as ambassador to Chile.",
    "The country's arrested development worries economists in Lima.",
    "The photograph captured the mood in Quito.",
])
def test_time_spent_or_served_elsewhere_is_no_detention(events_of, text):
    assert _detentions(events_of(text)) == []
