"""Surname-only officeholders get their full name and state from kg/data/officeholders.tsv."""
import datetime as dt

import pytest

from kg.extract.entities import find_entities
from kg.extract.holders_known import holders, known_holders
from kg.extract.offices import find_offices
from kg.read.documents import Document
from kg.read.layout import analyse
from kg.read.nlp import parse


@pytest.fixture(scope="module")
def known(nlp):
    """(person key -> (label, names), set of (person, title, of)) for a text published on a date."""
    def run(text: str, published: dt.date | None = dt.date(2022, 3, 1)):
        found = find_entities(next(parse([analyse(Document(id="t", text=text, published=published))], nlp)))
        found, claims = known_holders(found, find_offices(found))
        people = {e.key: (e.label, e.names) for e in found.entities if e.cls == "Person"}
        return people, {(c.person, c.title, c.of) for c in claims}, {e.key for e in found.entities}
    return run


def test_every_row_names_a_known_state_and_a_sane_term():
    terms = [h for rows in holders().values() for h in rows]
    assert len(terms) > 400
    assert all(1950 <= h.first <= h.last <= 2025 for h in terms)


def test_prime_minister_by_surname_gets_full_name_and_state(known):
    people, claims, keys = known("Prime Minister Andersson told reporters the talks would go on.")
    assert people["person:andersson"][0] == "Magdalena Andersson"
    assert "Andersson" in people["person:andersson"][1]
    assert ("person:andersson", "Prime Minister", "sweden") in claims
    assert "sweden" in keys  # the state is an entity of the article even where it is not named


def test_hyphenated_secretary_general(known):
    people, claims, _ = known("Secretary-General Guterres called for a ceasefire on Tuesday.")
    assert people["person:guterres"][0] == "António Guterres"
    assert ("person:guterres", "Secretary General", "united-nations") in claims


def test_a_party_the_sentence_gives_must_agree(known):
    people, claims, _ = known("German Chancellor Scholz told reporters on Monday that the talks would go on.")
    assert people["person:scholz"][0] == "Olaf Scholz"
    assert ("person:scholz", "Chancellor", "germany") in claims
    people, claims, _ = known("Austrian Chancellor Scholz told reporters on Monday that the talks would go on.")
    assert people["person:scholz"][0] is None  # not the list's Scholz: left as written


def test_surname_not_in_the_list_is_left_alone(known):
    people, claims, _ = known("Prime Minister Vandermolen told reporters the talks would go on.")
    assert all(label is None for label, _ in people.values())
    assert all(of is None for _, _, of in claims)


def test_title_that_does_not_match_is_left_alone(known):
    people, _, _ = known("Governor Andersson told reporters the talks would go on.")
    assert all(label is None for label, _ in people.values())


def test_date_outside_the_years_is_left_alone(known):
    people, _, _ = known("Prime Minister Andersson told reporters the talks would go on.", dt.date(2012, 5, 1))
    assert all(label is None for label, _ in people.values())
    people, _, _ = known("Prime Minister Andersson told reporters the talks would go on.", None)
    assert all(label is None for label, _ in people.values())


def test_two_candidates_of_one_title_and_year_are_left_alone(known):
    text = "President Berdimuhamedov told reporters on Monday that the gas pipeline would open."
    people, claims, _ = known(text)  # father and son, both President in 2022
    assert people["person:berdimuhamedov"][0] is None
    assert ("person:berdimuhamedov", "President", None) in claims
    people, claims, _ = known(text, dt.date(2019, 5, 1))
    assert people["person:berdimuhamedov"][0] == "Gurbanguly Berdimuhamedov"
    assert ("person:berdimuhamedov", "President", "turkmenistan") in claims


def test_a_full_name_is_not_replaced(known):
    people, _, _ = known("Prime Minister Anna Andersson told reporters the talks would go on.")
    assert people["person:anna-andersson"][0] is None


def test_a_bare_title_takes_the_lists_full_title(known):
    people, claims, _ = known("Secretary Tillerson told reporters on Monday that the talks would go on.", dt.date(2017, 6, 1))
    assert people["person:tillerson"][0] == "Rex Tillerson"
    assert ("person:tillerson", "Secretary of State", "united-states") in claims


def test_the_list_beats_the_country_the_sentence_names_before_the_holder(known):
    people, claims, _ = known("On the question of Ukraine, Prime Minister Kishida urged restraint.")
    assert people["person:kishida"][0] == "Fumio Kishida"
    assert ("person:kishida", "Prime Minister", "japan") in claims
    assert not any(p == "person:kishida" and of == "ukraine" for p, _, of in claims)


def test_a_full_name_with_no_state_written_takes_the_lists_state(known):
    people, claims, keys = known("PM Fumio Kishida told reporters the harbour project would go ahead.")
    assert ("person:fumio-kishida", "Prime Minister", "japan") in claims
    assert "japan" in keys
    assert people["person:fumio-kishida"][1] == ("Fumio Kishida",)  # the name as written is kept


def test_a_full_name_keeps_the_state_its_sentence_gives(known):
    _, claims, _ = known("Austrian Chancellor Olaf Scholz told reporters the harbour project would go ahead.")
    assert not any(of == "germany" for _, _, of in claims)
