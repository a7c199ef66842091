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
