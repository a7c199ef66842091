"""Legislation as wire copy tells it: a group's members as sponsors, and a bill's relative clause saying
whom it is aimed at (sentences of our own)."""
import pytest

from .conftest import of_class, roles


@pytest.mark.parametrize("text, sponsors, aimed_at", [
    ("A bipartisan group of senators introduced a resolution on Monday that seeks to block the sale of "
     "drones to Ecuador.", "group:senators", "ecuador"),
    ("Senators Ana Ruiz and Tom Hale introduced a bill that would bar arms exports to Bolivia.",
     "person:ana-ruiz", "bolivia"),
])
def test_a_bill_is_aimed_at_whom_its_relative_clause_names(events_of, text, sponsors, aimed_at):
    bill, = of_class(events_of(text), "Legislation")
    assert sponsors in roles(bill)["agent"] and roles(bill)["target"] == {aimed_at}


def test_a_relative_clause_telling_the_bills_passage_names_no_target(events_of):
    bills = of_class(events_of("The House passed a bill that the Senate approved last week."), "Legislation")
    assert bills and all("target" not in roles(b) for b in bills)


def test_plural_title_abbreviations_stay_one_token(nlp):
    """'Sens.' split as 'Sens' + '.' gave the clause a second subject (the full stop) ahead of the senators."""
    doc = nlp("Sens. Ana Ruiz and Tom Hale introduced a bill. Reps. Lee and Cho agreed.")
    assert [t.text for t in doc[:3]] == ["Sens.", "Ana", "Ruiz"] and "Reps." in [t.text for t in doc]


def test_a_plural_title_abbreviation_opens_a_list_of_names(found_in):
    found = found_in("Sens. Ana Ruiz, Tom Hale and Mia Cole introduced a bill on Monday.")
    people = {e.key for e in found.entities if e.key.startswith("person:")}
    assert {"person:ana-ruiz", "person:tom-hale", "person:mia-cole"} <= people
    assert not any(n.lower().startswith("sens") for e in found.entities for n in e.names)
