"""Offices stated by a predicate (kg/extract/predicated.py) and title forms of round 33."""
from kg.extract.offices import find_offices

from .conftest import claims, titles_of


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


def test_news_shorthands_for_a_foreign_minister(found_in):
    assert ("person:peter-arvidsson", "Foreign Minister", "sweden") in claims(
        found_in("Swedish FM Peter Arvidsson arrived in Oslo."))
    assert ("person:lucia-ferro", "Foreign Minister", "italy") in claims(
        found_in("Italy's top diplomat Lucia Ferro said the talks would go on."))


def test_chief_and_chairperson_with_their_party(found_in):
    assert ("person:ilse-brandt", "Chief", "united-nations") in claims(found_in("U.N. chief Ilse Brandt flew home."))
    assert ("person:ilse-brandt", "Chairman", None) in {(c.person, c.title, None) for c in find_offices(
        found_in("Former Central Bank chairperson Ilse Brandt spoke on Monday."))}
    # a lower-case "chief" with no party is no office: "the chief negotiator"
    assert all(t != "Chief" for _, t, _ in claims(found_in("The chief of the delegation, Ilse Brandt, said little.")))


def test_under_before_a_title_is_a_preposition_unless_it_makes_under_secretary(found_in):
    found = found_in("Tom Reed, who served as the American ambassador to Chile under President Ann Holt, retired.")
    got = claims(found)
    assert ("person:ann-holt", "President", None) in {(p, t, None) for p, t, _ in got}
    assert not any(t.startswith("Under") for _, t, _ in got)
    assert not any(p == "person:ann-holt" and t == "Ambassador" for p, t, _ in got)
    assert any(p == "person:tom-reed" and t == "Ambassador" for p, t, _ in got)


def test_a_name_after_a_complement_that_names_no_party(found_in):
    assert ("person:mara-lind", "High Representative", "european-union") in claims(
        found_in("EU High Representative for Foreign Affairs Mara Lind met the envoys."))
    assert any(p == "person:ali-karimi" and t == "Secretary" for p, t, _ in claims(
        found_in("Secretary of Iran's Supreme National Security Council (SNSC) Ali Karimi led the talks.")))
    # a capitalised word after "for" that is itself taken for a name is no complement to skip
    assert not any(p == "person:mara-lind" and t == "Secretary" for p, t, _ in claims(
        found_in("The Secretary for Mara Lind's affairs resigned.")))


def test_an_envoy_to_an_organisation_is_the_sending_states(found_in):
    assert ("person:liu-wen", "Ambassador", "china") in claims(found_in("China's U.N. Ambassador Liu Wen spoke."))
    assert ("person:julia-hart", "Ambassador", "nato") in claims(found_in("NATO Ambassador Julia Hart spoke."))


def test_a_minister_named_after_his_head_of_state_shares_the_state(found_in):
    got = claims(found_in("Russian President Ivan Petrov, Foreign Minister Oleg Smirnov and Defence Minister "
                          "Pavel Orlov attended."))
    assert {("person:oleg-smirnov", "Foreign Minister", "russia"), ("person:pavel-orlov", "Defense Minister", "russia")} <= got
    # a head of government of another state, or a party written after the name, is not shared
    assert ("person:rosa-vidal", "Prime Minister", "united-states") not in claims(
        found_in("U.S. President Tomas Arden and Prime Minister Rosa Vidal met."))
    assert ("person:wang-lei", "Foreign Minister", "china") in claims(
        found_in("Russian President Ivan Petrov and Foreign Minister Wang Lei of China met."))


def test_the_country_a_speaker_states_the_stand_of_is_his(found_in):
    assert ("person:ken-sato", "Foreign Minister", "japan") in claims(
        found_in("Japan hopes that the talks will resume, said Foreign Minister Ken Sato on Tuesday."))
    assert ("person:tomas-arden", "President", "japan") not in claims(
        found_in("Japan welcomed President Tomas Arden on Tuesday."))


def test_a_name_after_a_title_its_complement_and_a_comma_is_a_persons(found_in):
    found = found_in("Issuing a warning, the incoming ambassador to the United Nations, Tessa Marlow, said on Friday "
                     "that the talks would fail.")
    assert any(e.cls == "Person" and "Tessa Marlow" in e.names for e in found.entities)
    assert any(t == "Ambassador" for p, t, _ in claims(found) if p == "person:tessa-marlow")


def test_an_apposition_past_an_age_or_a_party_tag(found_in):
    assert any(p == "person:john-smith" and t == "Mayor" for p, t, _ in claims(
        found_in("John Smith, 62, the mayor of Lyon, said the plan would work.")))
    assert any(p == "person:ann-roe" and t == "Chairman" for p, t, _ in claims(
        found_in("Sen. Ann Roe, D-N.Y., the chairwoman of the Senate Foreign Relations Committee, spoke.")))
    # a place set off by commas is no aside: the title after it is the place's description
    assert not any(p == "person:john-smith" for p, _, _ in claims(found_in("John Smith, Paris, the city of light, said.")))


def test_a_lower_case_common_title_with_a_possessor_is_an_office(found_in):
    assert any(p == "person:tom-reed" and t == "Chairman" for p, t, _ in claims(
        found_in("Tom Reed, the club's chairman, resigned.")))
    assert not any(p == "person:tom-reed" for p, _, _ in claims(found_in("Tom Reed, the chairman, resigned.")))


def test_a_title_a_persons_name_possesses_takes_the_party_of_his_office(found_in):
    got = claims(found_in("Prime Minister Tomas Arden of Chile spoke first. Rosa Vidal, who was Arden's special "
                          "envoy to the talks until May, spoke next."))
    assert ("person:rosa-vidal", "Envoy", "chile") in got
    # the holder's own party wins over the possessor's
    got = claims(found_in("Prime Minister Tomas Arden of Chile spoke first. Arden's Peruvian adviser, "
                          "Rosa Vidal, spoke next."))
    assert ("person:rosa-vidal", "Advisor", "chile") not in got


def test_a_hyphenated_given_name_after_a_title_and_the_region_of_a_post(found_in):
    found = found_in("\"The ruling changes nothing,\" Hong Kong director of Human Rights Watch Man-kei Lau said.")
    assert any(e.cls == "Person" and "Man-kei Lau" in e.names for e in found.entities)
    surfaces = {c.surface for c in find_offices(found) if c.person == "person:man-kei-lau"}
    assert "Hong Kong director of Human Rights Watch" in surfaces


def test_an_office_in_waiting_is_named_as_such(found_in):
    got = claims(found_in("Prime Minister-designate Nadia Karam said she would form a cabinet soon."))
    assert any(p == "person:nadia-karam" and t == "Prime Minister-designate" for p, t, _ in got)
    assert not any(t == "Prime Minister" for _, t, _ in got)
    assert any(t == "President-elect" for _, t, _ in claims(found_in("President-elect Tomas Arden of Chile spoke.")))


def test_who_heads_or_leads_a_named_body_holds_its_head(found_in):
    got = claims(found_in("Elvira Petrova, who heads Russia's central bank, said inflation would slow."))
    assert any(p == "person:elvira-petrova" and t == "Head" and o for p, t, o in got)
    assert any(p == "person:ivan-orlov" and t == "Leader" for p, t, _ in claims(
        found_in("Ivan Orlov leads the Wagner Group.")))
    # negated, or a country leading a body: no office
    assert not any(t in ("Head", "Leader") for _, t, _ in claims(
        found_in("Anna Berg does not lead the European Commission. The United States leads NATO.")))
