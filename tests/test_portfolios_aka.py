"""A title's field ("Minister of State for Energy Affairs") is written with it; a counterpart's
office is spelt as its owner's; "A aka B" names one person
(kg/extract/portfolios.py, counterparts.py, aka.py)."""
from kg.extract.offices import find_offices


def _surfaces(found, person):
    return {c.surface for c in find_offices(found) if c.person == person}


def test_minister_of_state_keeps_its_field(found_in):
    found = found_in("Omar Faisal Nasser, Minister of State for Energy Affairs, opened the plant on Sunday.")
    assert "Minister of State for Energy Affairs" in _surfaces(found, "person:omar-faisal-nasser")


def test_field_after_a_party_ends_before_the_holder(found_in):
    found = found_in("The talks were led by Deputy Assistant Secretary of State for Andean Affairs Laura Pike.")
    assert "Deputy Assistant Secretary of State for Andean Affairs" in _surfaces(found, "person:laura-pike")


def test_lower_case_for_phrase_is_no_field(found_in):
    found = found_in("Minister Hugo Brandt, who spoke for the coalition, left early.")
    assert not any("for" in s for s in _surfaces(found, "person:hugo-brandt"))


def test_counterpart_spelt_as_its_owners_title(found_in):
    found = found_in("Kenyan Defence Minister Amos Kiprono and his Ugandan counterpart Joseph Okello met in Nairobi.")
    claim = next(c for c in find_offices(found) if c.person == "person:joseph-okello")
    assert claim.of == "uganda" and claim.surface == "Defence Minister"


def test_aka_joins_two_names_of_one_person(found_in):
    found = found_in("Police said the driver, John Michael Carter aka Johnny Blake, was held in Denver.")
    keys = {m.key for m in found.mentions if m.text in ("John Michael Carter", "Johnny Blake")}
    assert len(keys) == 1


def test_two_people_in_a_list_stay_apart(found_in):
    found = found_in("Police said the drivers, John Michael Carter and Johnny Blake, were held in Denver.")
    keys = {m.key for m in found.mentions if m.text in ("John Michael Carter", "Johnny Blake")}
    assert len(keys) == 2
