"""Compound military and press titles and ranks set off after a title (round 34)."""
import datetime as dt

from kg.extract.entities import find_entities
from kg.read.documents import Document
from kg.read.layout import analyse
from kg.read.nlp import parse

from .conftest import claims, titles_of


def test_a_compound_chief_keeps_its_modifier(found_in):
    assert "Army Chief" in titles_of(found_in("Army Chief General Tomas Brek toured the border posts."),
                                     "person:tomas-brek")
    assert "Military Chief" in titles_of(found_in("The talks were joined by armed forces chief Omar Selim."),
                                         "person:omar-selim")
    assert "Bureau Chief" in titles_of(found_in("The paper's Cairo bureau chief Nadia Farouk filed the story."),
                                       "person:nadia-farouk")


def test_a_rank_after_a_comma_still_precedes_the_holder(found_in):
    found = found_in("The Chief of Army Staff, Lt. Gen. Musa Danladi, visited the troops.")
    assert {"Chief of Army Staff", "General"} <= titles_of(found, "person:musa-danladi")
    found = found_in("Freedonia's army chief, General Karl Oster, spoke on Monday.")
    assert "Army Chief" in titles_of(found, "person:karl-oster")


def test_a_title_after_a_comma_is_no_rank_and_takes_no_later_name(found_in):
    # a list of titles: the minister is not the person named after the next title
    found = found_in("The defence minister, President Ana Duarte and the army chief attended.")
    assert "Defense Minister" not in titles_of(found, "person:ana-duarte")
    # a title in quotes about someone else
    found = found_in('Omar Selim mocked the "army chief" label his rivals gave him.')
    assert titles_of(found, "person:omar-selim") == set()


def test_a_place_before_a_title_is_the_beat_the_owner_before_it_holds_the_post(found_in):
    assert ("person:lena-hart", "Envoy", "united-nations") in claims(
        found_in("United Nations Yemen envoy Lena Hart said the talks would resume."))
    assert ("person:lena-hart", "Envoy", "united-states") in claims(
        found_in("U.S. Iran envoy Lena Hart met the allies in Paris."))
    # a country alone before the title is its party
    assert ("person:lena-hart", "Envoy", "france") in claims(found_in("French envoy Lena Hart left Beirut."))


def test_committee_and_mission_titles(found_in):
    assert "Ranking Member" in titles_of(found_in("Senate Banking Committee Ranking Member Carl Dunn objected."),
                                         "person:carl-dunn")
    assert ("person:omar-selim", "Permanent Representative", "egypt") in claims(
        found_in("Egypt's U.N. Permanent Representative Omar Selim spoke first."))


def test_one_of_a_plural_title_gives_the_apposed_person_the_title(found_in):
    assert "Leader" in titles_of(found_in("Karim Nasser, one of the leaders of the Freedom Front, was arrested."),
                                 "person:karim-nasser")
    assert "Aide" in titles_of(found_in("He met Lev Orlov, one of President Ana Duarte's aides, in Rome."),
                               "person:lev-orlov")
    # not an apposition: the subject who met them holds nothing
    assert titles_of(found_in("Lev Orlov met one of the leaders of the Freedom Front."), "person:lev-orlov") == set()


def test_a_deputy_coordinated_after_its_principal_shares_the_principals_state(nlp):
    def offices(text):
        article = analyse(Document(id="t", text=text, published=dt.date(2024, 6, 1)))
        return claims(find_entities(next(parse([article], nlp))))
    # the principal's state is known only from the list of holders, after the sentence is read
    assert ("person:ada-lowe", "Vice President", "united-states") in offices(
        "President Biden and Vice President Ada Lowe visited Leeds.")
    # another title after the pair is no deputy of it: its state stays unknown
    assert ("person:ada-lowe", "Foreign Minister", "united-states") not in offices(
        "President Biden and Foreign Minister Ada Lowe met in Rome.")


def test_a_nationality_before_a_title_of_an_organisation_is_no_party(found_in):
    found = found_in("Maria Lind, the Swedish chief executive of Volvo, resigned.")
    assert ("person:maria-lind", "Chief Executive", "organization:volvo") in claims(found)
    # with no organisation after it, the nationality is the party
    assert ("person:maria-lind", "Foreign Minister", "sweden") in claims(
        found_in("Swedish Foreign Minister Maria Lind resigned."))


def test_its_before_a_title_is_the_organisation_coordinated_with_it_or_the_subject(found_in):
    assert ("person:igor-petrov", "Chief Executive", "gazprom") in claims(
        found_in("The sanctions hit Gazprom and its chief executive, Igor Petrov."))
    assert ("person:igor-petrov", "Chief Executive", "gazprom") in claims(
        found_in("Gazprom said its chief executive Igor Petrov would step down."))
    # an organisation only named in a prepositional phrase is not what "its" refers to
    found = found_in("The plans sent to the ministry were signed by its director Igor Petrov.")
    assert all(of is None for p, _, of in claims(found) if p == "person:igor-petrov")
