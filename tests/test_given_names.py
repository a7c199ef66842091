"""A known given name opens a person's name, whatever the model guessed (sentences of our own)."""
from .conftest import by_name


def test_a_name_the_model_left_unnamed_is_a_person_when_a_given_name_opens_it(found_in):
    names = by_name(found_in("Police detained Alexei Varga at the airport on Monday."))
    assert names["Alexei Varga"][1] == "Person"


def test_a_name_the_model_took_for_an_organisation_is_a_person_when_a_given_name_opens_it(found_in):
    names = by_name(found_in("Iran released the French academic Fariba Moradi on Friday."))
    assert names["Fariba Moradi"][1] == "Person"


def test_an_organisation_that_does_not_open_with_a_given_name_stays_one(found_in):
    names = by_name(found_in("Iran sanctioned Hirtenfeld Defence Group on Friday."))
    assert all(cls != "Person" for _, cls in names.values())
