"""'The X administration' names X's state once the article says whose national office X holds
(kg/extract/administrations.py); a day after a name is no part of it."""
from kg.extract.administrations import administrations
from kg.extract.offices import find_offices


def keyed(found):
    return {m.text: m.key for m in administrations(found, find_offices(found)).mentions}


def test_a_leaders_administration_is_his_state(found_in):
    text = "Brazilian President Rui Moreira spoke on Monday. Later the Moreira administration imposed tariffs."
    assert keyed(found_in(text)).get("Moreira administration") == "brazil"


def test_a_government_named_for_a_prime_minister(found_in):
    text = "Dutch Prime Minister Anna Veld met the envoy. The Veld government then raised the budget."
    assert keyed(found_in(text)).get("Veld government") == "netherlands"


def test_no_state_without_an_office(found_in):
    text = "The Moreira administration imposed tariffs on steel."
    assert "Moreira administration" not in keyed(found_in(text))


def test_an_office_abroad_is_not_the_state_of_the_administration(found_in):
    text = "Rui Moreira, the ambassador to Chile, arrived. The Moreira administration of the embassy was praised."
    assert "Moreira administration" not in keyed(found_in(text))


def test_a_weekday_after_a_name_stays_out_of_it(found_in):
    found = found_in("Lawmakers met with Finance Minister Clara Osei Tuesday in the capital.")
    assert any(m.text == "Clara Osei" for m in found.mentions)
    assert not any("Tuesday" in m.text for m in found.mentions)


def test_the_administration_in_a_us_release_is_the_united_states(found_in):
    found = found_in("The Administration reaffirms its commitment to the people of Ruritania.", publisher="The White House")
    assert any(m.text == "Administration" and m.key == "united-states" for m in found.mentions)


def test_the_administration_in_news_is_not_a_state(found_in):
    found = found_in("The Administration reaffirms its commitment to the people of Ruritania.")
    assert not any(m.text == "Administration" and m.key == "united-states" for m in found.mentions)
