"""Lawmakers' titles the text leaves bare (kg/extract/legislators.py), honorifics between a title
and its holder, abbreviated titles and lone surnames after a title."""
from .conftest import office_claims as claims


def test_a_chamber_named_before_its_officer_is_the_party(found_in):
    held = claims(found_in("Senate Majority Leader Dana Whitlow said on Monday that the U.S. Senate would vote."))
    assert ("person:dana-whitlow", "Majority Leader", "united-states-senate") in held


def test_an_officer_is_of_the_one_chamber_the_article_names(found_in):
    text = "The Senate passed the treaty. We thank Minority Leader Corbett for his work."
    assert ("person:corbett", "Minority Leader", "united-states-senate") in claims(found_in(text))


def test_two_chambers_leave_an_officer_without_a_party(found_in):
    text = "The Senate and the U.S. House of Representatives met. Majority Leader Corbett spoke first."
    assert ("person:corbett", "Majority Leader", None) in claims(found_in(text))


def test_a_party_and_state_tag_makes_a_senator_american(found_in):
    text = "Sen. Harold Pike (R-Idaho) criticised the United States trade policy on Tuesday."
    assert ("person:harold-pike", "Senator", "united-states") in claims(found_in(text))


def test_a_senator_elsewhere_stays_without_a_party(found_in):
    text = "Senator Harold Pike criticised the trade policy of the United States on Tuesday."
    assert ("person:harold-pike", "Senator", None) in claims(found_in(text))


def test_a_member_in_an_article_about_the_us_congress(found_in):
    text = "Representative Lena Ortiz told the U.S. Congress that the deal hurt the United States."
    assert ("person:lena-ortiz", "Representative", "united-states") in claims(found_in(text))


def test_an_honorific_between_title_and_name(found_in):
    held = claims(found_in("Kuwaiti Emir Sheikh Nawaf Jaber Sabah met the envoy in Kuwait City."))
    assert any(p.startswith("person:nawaf") and t == "Emir" and of == "kuwait" for p, t, of in held)


def test_a_lone_surname_after_a_title_is_a_person(found_in):
    found = found_in("Norway welcomed the visit of President Halvorsrud on Friday.")
    assert any(m.text == "Halvorsrud" and m.key.startswith("person:") for m in found.mentions)


def test_a_lone_capitalised_word_before_a_name_is_not_taken_alone(found_in):
    found = found_in("President Halvorsrud Berg met them.")
    assert not any(m.text == "Halvorsrud" for m in found.mentions)


def test_the_bare_house_beside_the_us_senate_is_the_us_house(found_in):
    found = found_in("The U.S. Senate passed the bill, and the House voted on it on Friday.")
    assert any(m.text == "House" and m.key == "us-house-of-representatives" for m in found.mentions)
    assert found.entity("us-house-of-representatives").label == "United States House of Representatives"


def test_the_bare_house_alone_stays_as_written(found_in):
    found = found_in("The House voted on the bill on Friday.")
    assert not any(m.key == "us-house-of-representatives" for m in found.mentions)


def test_an_apposition_after_a_party_and_state_tag(found_in):
    text = "Rep. Ada Pruitt (D-OR), chairwoman of the House Committee on Energy, said the plan would fail."
    held = claims(found_in(text))
    assert any(p == "person:ada-pruitt" and t == "Chairman" and of for p, t, of in held)
