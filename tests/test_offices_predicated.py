"""Offices stated by a predicate (kg/extract/predicated.py) and title forms of round 33."""
from kg.extract.offices import find_offices


def titles_of(found, person):
    return {c.title for c in find_offices(found) if c.person == person}


def test_a_relative_clause_of_appointment_names_the_antecedent(found_in):
    found = found_in("Karl Weber, who was appointed defence minister in May, visited the troops.")
    assert "Defense Minister" in titles_of(found, "person:karl-weber")


def test_became_and_was_named_state_offices_of_the_subject(found_in):
    assert "Foreign Minister" in titles_of(found_in("Anna Berg became foreign minister in 2019."), "person:anna-berg")
    assert "Interior Minister" in titles_of(found_in("Anna Berg was named interior minister on Tuesday."),
                                            "person:anna-berg")


def test_an_active_appointment_gives_the_office_to_its_object_not_its_subject(found_in):
    found = found_in("Premier Tomas Arden appointed Senator Rosa Vidal as his new defence minister on Friday.")
    assert "Defense Minister" in titles_of(found, "person:rosa-vidal")
    assert "Defense Minister" not in titles_of(found, "person:tomas-arden")


def test_the_possessor_of_an_appointment_holds_the_office(found_in):
    found = found_in("Rosa Vidal's appointment as prime minister calmed the markets.")
    assert "Prime Minister" in titles_of(found, "person:rosa-vidal")


def test_wishes_expectations_and_negations_state_no_office(found_in):
    for text in ("Anna Berg wants to become foreign minister.", "Anna Berg was not named foreign minister.",
                 "Anna Berg is expected to be named interior minister.",
                 "In our capacity as chair, we met Anna Berg."):
        assert titles_of(found_in(text), "person:anna-berg") == set(), text
