"""A person named as someone's counterpart holds that one's office, of the state before
"counterpart" (kg/extract/counterparts.py)."""
from .conftest import office_claims as claims


def test_his_counterpart_takes_the_title_of_the_man_before(found_in):
    held = claims(found_in("Kenyan President Amos Kiprono and his Ugandan counterpart Joseph Okello met in Nairobi."))
    assert ("person:joseph-okello", "President", "uganda") in held


def test_a_named_owners_counterpart_after_a_comma(found_in):
    text = "German Foreign Minister Lena Vogt said Lena Vogt's Polish counterpart, Marek Nowicki, agreed."
    assert ("person:marek-nowicki", "Foreign Minister", "poland") in claims(found_in(text))


def test_no_counterpart_office_when_the_owner_holds_none(found_in):
    held = claims(found_in("Amos Kiprono spoke with his Ugandan counterpart Joseph Okello on Monday."))
    assert not any(p == "person:joseph-okello" for p, _, _ in held)


def test_a_counterpart_takes_the_title_his_state_gives_that_office(found_in):
    held = claims(found_in("Greek Foreign Minister Nikos Dendias met his US counterpart Ann Roe in Athens."))
    assert ("person:ann-roe", "Secretary of State", "united-states") in held
    assert not any(p == "person:ann-roe" and t == "Foreign Minister" for p, t, _ in held)
