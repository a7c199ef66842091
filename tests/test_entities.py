import pytest
import spacy

from kg.read.documents import Document
from kg.extract.entities import find_entities
from kg.extract.offices import find_offices
from kg.read.layout import analyse
from kg.read.nlp import parse

from .conftest import by_name


@pytest.fixture(scope="module")
def blank_found():
    """Entity stage on spacy.blank: gazetteer and product rules only, no NER or parse."""
    nlp = spacy.blank("en")

    def run(text):
        return find_entities(next(parse([analyse(Document(id="b", text=text))], nlp)))
    return run


def test_gazetteer_maps_names_adjectives_and_capitals_to_countries(blank_found):
    found = blank_found("Tokyo said Japanese exporters and Japan's allies in the U.S. and the United States agree.")
    names = by_name(found)
    assert names["Tokyo"] == names["Japanese"] == names["Japan"] == ("japan", "Country")
    assert names["U.S."] == names["United States"] == ("united-states", "Country")
    japan = found.entity("japan")
    assert (japan.label, japan.wikidata) == ("Japan", "Q17")


def test_capital_that_is_no_metonym_stays_a_place(blank_found):
    assert by_name(blank_found("Talks were held in Geneva."))["Geneva"] == ("geneva", "Place")


def test_products_take_designations_and_head_words(blank_found):
    names = by_name(blank_found("India ordered MiG-29 jets, Su-57s and the S-300 missile system, not COVID-19 kits."))
    assert names["MiG-29 jets"] == ("product:mig-29", "Product")
    assert names["Su-57s"] == ("product:su-57", "Product")
    assert names["S-300 missile system"] == ("product:s-300", "Product")
    assert not any("COVID" in n for n in names)


def test_dateline_capitals_match_in_upper_case(blank_found):
    assert by_name(blank_found("MOSCOW said so."))["MOSCOW"] == ("russia", "Country")


def test_people_merge_with_their_surname(found_in):
    found = found_in("German Chancellor Angela Merkel met Emmanuel Macron in Paris. "
                     "Merkel said the talks went well, and Macron agreed.")
    names = by_name(found)
    assert names["Angela Merkel"] == names["Merkel"] == ("person:angela-merkel", "Person")
    assert names["Macron"][0] == "person:emmanuel-macron"
    assert found.entity("person:angela-merkel").names == ("Angela Merkel", "Merkel")


def test_groups_that_act_are_entities(found_in):
    names = by_name(found_in("Two Brazilian lawmakers proposed a ban. Some experts doubt it."))
    assert names["Two Brazilian lawmakers"] == ("group:brazil-lawmakers", "Group")
    assert "Some experts" not in names and "experts" not in names


def test_bare_groups_belong_to_their_article(found_in):
    one = by_name(found_in("Protesters blocked the road.", doc_id="one"))["Protesters"]
    two = by_name(found_in("Protesters blocked the road.", doc_id="two"))["Protesters"]
    assert one[1] == two[1] == "Group" and one[0] != two[0]


def test_description_refers_to_the_organisation_of_its_kind(found_in):
    names = by_name(found_in("NATO met on Monday. The Alliance agreed to expand."))
    assert names["Alliance"] == names["NATO"] == ("nato", "Organization")


def test_titles_are_not_organisations(found_in):
    names = by_name(found_in("Secretary of State Antony Blinken spoke."))
    assert "State" not in names
    assert names["Antony Blinken"][1] == "Person"


def test_a_surname_the_model_does_not_tag_joins_the_full_name(found_in):
    found = found_in("Prime Minister Viktor Orbán said the deal was fair. Orbán said the deal was not fair, Orbán added.")
    assert [m.key for m in found.mentions if m.text == "Orbán"] == ["person:viktor-orban"] * 2  # the model tags one


def test_a_counted_group_is_also_named_without_its_count(found_in):
    found = found_in("Police arrested more than 300 Kenyan protesters on Monday.")
    group = next(e for e in found.entities if e.cls == "Group")
    assert group.names == ("more than 300 Kenyan protesters", "Kenyan protesters")


def test_a_name_after_a_title_and_its_complement_is_a_persons(found_in):
    names = by_name(found_in("Former Ambassador to the United Nations Carla Brennan wrote on Twitter that the vote failed."))
    assert names["Carla Brennan"] == ("person:carla-brennan", "Person")
    assert names["Twitter"][1] == "Organization"


@pytest.mark.parametrize("text, name", [
    ("Chile signed the Lima Fisheries Agreement in May.", "Lima Fisheries Agreement"),
    ("The ministry acted under Executive Order 14222 on Friday.", "Executive Order 14222"),
    ("Both states ratified the Convention on Migratory Species last year.", "Convention on Migratory Species"),
    ("The Clean Harbours Act of 2021 took effect.", "Clean Harbours Act of 2021"),
    ("Ghana may lose its place in the Coastal Trade and Fisheries Act next year.", "Coastal Trade and Fisheries Act"),
    ("Both sides broke the Geneva accords within a week.", "Geneva accords"),
])
def test_named_legal_instruments_are_whole_products(found_in, text, name):
    names = by_name(found_in(text))
    assert names[name][1] == "Product" and names[name][0].startswith("instrument:")
    assert "Lima" not in names  # a city inside a treaty's name is no mention of its country


def test_an_and_between_two_states_opens_no_instrument_name(found_in):
    names = by_name(found_in("Russia and Ukraine Treaty talks stalled on Monday."))
    assert names["Russia"][1] == "Country"


def test_a_states_constitution_is_a_text_of_that_state_not_the_state(found_in):
    names = by_name(found_in("The right to protest is written into Kenya's constitution, the court said."))
    assert names["Kenya's constitution"][0] == "instrument:constitution-of-kenya"
    assert "Kenya" not in names


def test_a_states_constitutional_court_is_no_text(found_in):
    names = by_name(found_in("Kenya's constitution court ruled on Monday."))
    assert not any(key.startswith("instrument:") for key, _ in names.values())


def test_a_bare_act_or_an_order_at_a_sentence_start_is_no_instrument(found_in):
    assert not [e for e in found_in("Order was restored. The Act passed easily.").entities if e.cls == "Product"]


def test_short_forms_of_an_organisation_join_its_full_name(found_in):
    names = by_name(found_in("The Kivu Defence Forces said on Monday that the KDF would withdraw. "
                             "Borvik Shipping Co. Ltd. denied it, and Borvik later apologised."))
    assert names["KDF"] == names["Kivu Defence Forces"] == ("organization:kivu-defence-forces", "Organization")
    assert names["Borvik"][0] == names["Borvik Shipping Co. Ltd."][0]


def test_the_government_of_a_country_is_the_country(found_in):
    found = found_in("Officials of the Government of Peru met the U.S. Government envoy.")
    assert {m.key for m in found.mentions} >= {"peru", "united-states"}


def test_a_given_name_alone_joins_the_one_full_name_it_starts(found_in):
    names = by_name(found_in("Tomas Keller and his son Jonas Keller were jailed. Tomas was freed on Friday."))
    assert names["Tomas"] == names["Tomas Keller"] == ("person:tomas-keller", "Person")


def test_a_countrys_armed_forces_are_one_organisation_however_named(found_in):
    found = found_in("The Chilean Navy and the Chilean navy met. The Peruvian military and the Peru military too.")
    keys = {m.text: m.key for m in found.mentions}
    assert keys["Chilean Navy"] == keys["Chilean navy"] == "organization:chile-navy"
    assert keys["Peruvian military"] == keys["Peru military"] == "organization:peru-military"
    assert found.entity("organization:chile-navy").cls == "Organization"


def test_an_organisation_named_after_its_country_is_the_organisation(found_in):
    names = by_name(found_in("Canada sanctioned the Iranian Ministry of Intelligence. The Turkish government objected. "
                             "The NATO Alliance met."))
    assert names["Iranian Ministry of Intelligence"][1] == "Organization"
    assert names["Turkish"] == ("turkey", "Country") and names["NATO"][0] == "nato"


def test_honorifics_and_cut_given_names(found_in):
    names = by_name(found_in("Minister of Trade Carlos J. Mendez met Anna Lind. Mr. Mendez later thanked Ms. Lind."))
    assert names["Carlos J. Mendez"][0] == names["Mendez"][0] == "person:carlos-j-mendez"
    assert names["Lind"][0] == "person:anna-lind" and not any(n.startswith(("Mr", "Ms")) for n in names)


@pytest.mark.parametrize("text", [
    "The paper interviewed Dénes Fodor, the government commissioner for ports, about the sale.",
    "A spokesman, Dénes Fodor, said the sale was final.",
])
def test_a_name_in_apposition_with_a_person_noun_is_a_person(found_in, text):
    # the small model tags this name as an organisation in both sentences
    assert by_name(found_in(text))["Dénes Fodor"] == ("person:denes-fodor", "Person")


def test_an_abbreviated_executive_order_is_the_order(found_in):
    found = found_in("Treasury acted under E.O. 13224 and Executive Order (E.O.) 13894, not under Executive Order 13224 again.")
    names = by_name(found)
    assert names["E.O. 13224"] == names["Executive Order 13224"] == ("instrument:executive-order-13224", "Product")
    assert names["Executive Order (E.O.) 13894"][0] == "instrument:executive-order-13894"
    assert found.entity("instrument:executive-order-13224").label == "Executive Order 13224"


def test_a_countrys_body_is_one_organisation_either_way_round(found_in):
    names = by_name(found_in("The Iraqi Parliament voted on Sunday. The Parliament of Iraq meets again in May."))
    assert names["Iraqi Parliament"] == names["Parliament of Iraq"] == ("organization:iraq-parliament", "Organization")


def test_the_army_of_a_country_is_its_military(found_in):
    names = by_name(found_in("The Ukrainian army advanced while the Ukrainian military asked for shells."))
    assert names["Ukrainian army"] == names["Ukrainian military"] == ("organization:ukraine-military", "Organization")


def test_a_short_form_takes_the_key_of_a_known_organisation(found_in):
    text = "The Lebanese Armed Forces received boats. The LAF will patrol the coast. An Arbitral Tribunal ruled. The Tribunal was unanimous."
    names = by_name(found_in(text))
    assert names["LAF"][0] == names["Lebanese Armed Forces"][0]
    assert names["Tribunal"][0] == names["Arbitral Tribunal"][0]


def test_a_designation_keeps_the_name_after_it(found_in):
    found = found_in("Chile will buy 12 MQ-9 Reaper drones. The MQ-9s arrive in May.")
    names = by_name(found)
    assert names["MQ-9 Reaper drones"] == names["MQ-9s"] == ("product:mq-9", "Product")
    assert found.entity("product:mq-9").label == "MQ-9 Reaper"


def test_a_region_of_a_country_is_a_place_of_its_own(blank_found):
    names = by_name(blank_found("Troops moved into Northern Syria while South Korea watched Syria."))
    assert names["Northern Syria"] == ("place:northern-syria", "Place")
    assert names["South Korea"][1] == names["Syria"][1] == "Country"


def test_a_countrys_embassy_is_one_organisation_wherever_it_is_named(blank_found):
    found = blank_found("The United States Embassy in Iraq closed. The U.S. Embassy in Baghdad reopened. The French Embassy did not.")
    names = by_name(found)
    assert names["United States Embassy in Iraq"] == names["U.S. Embassy in Baghdad"] == (
        "organization:united-states-embassy-iraq", "Organization")
    assert names["French Embassy"] == ("organization:france-embassy", "Organization")


def test_a_counted_common_noun_is_a_group_of_its_article_only(found_in):
    first = by_name(found_in("Police detained 36 people.", doc_id="a"))["36 people"][0]
    second = by_name(found_in("Police detained 36 people.", doc_id="b"))["36 people"][0]
    assert first.startswith("group:people-") and first != second


def test_a_company_named_by_its_first_word_is_the_company(found_in):
    found = found_in("The Danish retailer Salling Group A/S bought the stores.\n\nWith the purchase Salling said it would expand.")
    names = by_name(found)
    assert names["Salling"] == names["Salling Group A/S"] == ("organization:salling-group-a-s", "Organization")


def test_a_name_after_president_of_a_country_is_the_presidents(found_in):
    found = found_in('President of Ukraine Oleh Marchenko said, "We expect answers."')
    assert by_name(found)["Oleh Marchenko"] == ("person:oleh-marchenko", "Person")
    assert ("person:oleh-marchenko", "President", "ukraine") in {
        (c.person, c.title, c.of) for c in find_offices(found)}


def test_an_ordinal_before_a_units_name_is_part_of_it(found_in):
    names = by_name(found_in("Canada designated the 33rd Light Infantry Division on Monday."))
    assert names["33rd Light Infantry Division"] == ("organization:33rd-light-infantry-division", "Organization")


@pytest.mark.parametrize("text, name", [
    ("The Treasury is sanctioning Hector Ramon Castro Rivera, a National Assembly Deputy.", "Hector Ramon Castro Rivera"),
    ("This includes Samir ‘Abd-al-Karim Muhammad Sa’id, a Yemeni accountant.", "Samir ‘Abd-al-Karim Muhammad Sa’id"),
])
def test_a_name_the_model_cuts_is_taken_whole(found_in, text, name):
    assert by_name(found_in(text))[name][1] == "Person"


def test_a_makers_name_and_model_number_are_a_product_not_the_maker(found_in):
    names = by_name(found_in("Qantas ordered Airbus A350 jets and two Boeing 737-800 aircraft from Boeing."))
    assert names["Airbus A350 jets"] == ("product:airbus-a350", "Product")
    assert names["Boeing 737-800 aircraft"] == ("product:boeing-737-800", "Product")
    assert names["Boeing"][1] == "Organization"


def test_a_name_written_out_before_its_acronym_is_one_organisation(found_in):
    names = by_name(found_in("Officials of the Trade Bureau of the Lagos Free Trade Zone (TBL) met. The TBL denied it."))
    assert names["Trade Bureau of the Lagos Free Trade Zone"] == names["TBL"]
    assert names["TBL"][1] == "Organization"
    names = by_name(found_in("The Coalition for Open Rivers (COR) said the dam was illegal."))
    assert names["Coalition for Open Rivers"] == names["COR"]


def test_a_known_acronym_names_its_written_out_form_however_spelled(found_in):
    names = by_name(found_in("Chile asked the Organization for Security and Cooperation in Europe (OSCE) and the "
                             "North Atlantic Treaty Organization (NATO) for help."))
    assert names["Organization for Security and Cooperation in Europe"] == ("osce", "Organization")
    assert names["North Atlantic Treaty Organization"] == ("nato", "Organization")


def test_the_plural_demonym_with_the_is_the_nation(found_in):
    names = by_name(found_in("The rebels warned the Chileans that more strikes would come."))
    assert names["Chileans"] == ("chile", "Country")


def test_a_bare_plural_demonym_is_the_nations_people(found_in):
    names = by_name(found_in("The junta repressed Chileans. The Chilean people deserve better."))
    assert names["Chileans"] == names["Chilean people"] == ("group:chile-people", "Group")
    groups = {m.key for m in found_in("Police held these Chileans.").mentions}
    assert "group:chile-people" not in groups  # some Chileans, not the people


def test_demonyms_before_a_plural_demonym_key_the_group_however_tagged(found_in):
    found = found_in("When Greek Cypriots protested, the UN and Greek Cypriots met. We urge Greek Cypriots and Greece to talk.")
    assert {m.key for m in found.mentions if m.text == "Greek Cypriots"} == {"group:greece-cypriots"}


def test_the_singular_of_a_plural_organisation_name_is_the_same_organisation(found_in):
    names = by_name(found_in("The Defence Forces need new tanks. The Defence Force has old ones."))
    assert names["Defence Force"] == names["Defence Forces"]


def test_a_name_in_apposition_with_an_organisation_noun_is_an_organisation(found_in):
    names = by_name(found_in("Chile imposed sanctions on Saqr al-Jabal, a militia affiliated with the army."))
    assert names["Saqr al-Jabal"] == ("organization:saqr-al-jabal", "Organization")


def test_groups_a_name_qualifies_are_kept_bare_ones_only_when_they_act():
    from kg.read.documents import Document
    from kg.extract import extract

    result = next(extract([Document(id="g", text="Talks\n\nWe stand with the people of Chile. We met Peruvian officials. "
                                                  "Many students marched.")]))
    keys = {e.key for e in result.entities}
    assert {"group:chile-people", "group:peru-officials"} <= keys
    assert not [k for k in keys if "students" in k]


def test_the_people_of_a_country_are_its_people_and_its_military_forces_its_military(found_in):
    assert by_name(found_in("We stand with the people of Chile."))["people of Chile"][0] == "group:chile-people"
    assert by_name(found_in("Aid reached the Chilean people."))["Chilean people"][0] == "group:chile-people"
    names = by_name(found_in("Chilean military forces fired on the boat, the Chilean military said."))
    assert names["Chilean military forces"] == names["Chilean military"] == ("organization:chile-military", "Organization")


@pytest.mark.parametrize("text, name, expected", [
    ("The following is attributable to Spokesperson Ana Ruiz:", "Ana Ruiz", ("person:ana-ruiz", "Person")),
    ("Acting Coordinator for Counterterrorism J.T. Marlow Hale led the delegation.",
     "J.T. Marlow Hale", ("person:j-t-marlow-hale", "Person")),
    ("General Electric will supply the engines.", "General Electric", ("organization:general-electric", "Organization")),
    ("The loan supports Chile’s armed forces.", "Chile’s armed forces", ("organization:chile-military", "Organization")),
    ("Moscow’s military presence grew.", "Moscow", ("russia", "Country")),
    ("British General Curtis Hale said the drills would go on.", "Curtis Hale",
     ("person:curtis-hale", "Person")),  # demonym, title and name tagged as one organisation
])
def test_names_the_model_tags_with_a_title_or_misses_after_one(found_in, text, name, expected):
    assert by_name(found_in(text))[name] == expected


def test_people_listed_together_and_a_name_holding_an_organisations(found_in):
    names = by_name(found_in("The Department designated Chen Wu, Li Na, He Min, and Zhou Lan, "
                             "who are Deputy Directors of the Liaison Office."))
    assert names["He Min"] == ("person:he-min", "Person")  # read as a pronoun by the model
    assert names["Liaison Office"][1] == "Organization"  # the title's party, not a name after the title
    assert by_name(found_in("Reports said Saraya Hezbollah fired rockets."))["Saraya Hezbollah"][1] == "Organization"


def test_a_groups_from_phrase_names_it_only_when_it_holds_a_name(found_in):
    assert "Six defendants" in by_name(found_in("Six defendants from these neighborhoods received long sentences, "
                                                "and Chile condemned it."))
    assert "associates of Navalny" in by_name(found_in("Police detained associates of Navalny."))


def test_a_places_police_is_an_organisation_and_a_countrys_police_its_state(events_of):
    detention, = [e for e in events_of("Manchester police arrested three activists.") if e.cls == "Detention"]
    assert ("agent", "organization:manchester-police") in detention.roles
    detention, = [e for e in events_of("Peruvian police arrested three activists.") if e.cls == "Detention"]
    assert ("agent", "peru") in detention.roles


def test_an_ampersand_does_not_cut_an_organisations_name(found_in):
    names = by_name(found_in("Canada designated Peru Mining & Machinery Company Limited (PM&M) on Monday."))
    assert names["Peru Mining & Machinery Company Limited"][1] == "Organization"


def test_a_release_names_its_own_administration_and_treasury(found_in):
    text = ("New measures\n\nThe Carver Administration is committed to these measures. "
            "Treasury is designating four firms that ship oil for Iran.")
    released = by_name(found_in(text, publisher="U.S. Department of State"))
    assert released["Carver Administration"][0] == "united-states"
    assert released["Treasury"][0] == "us-department-of-the-treasury"
    reported = by_name(found_in(text))  # a news outlet's "Carver Administration" is not known to be the U.S.
    assert reported.get("Carver Administration", ("",))[0] != "united-states"


def test_a_bare_group_is_the_one_national_group_with_its_noun(found_in):
    found = by_name(found_in("Students held\n\nPolice in Minsk detained 40 Belarusian students on Monday. "
                             "Officers later released 12 students. 30 people were fined."))
    assert found["12 students"][0] == found["40 Belarusian students"][0]
    assert found["30 people"][0] != found["40 Belarusian students"][0]
    two = by_name(found_in("Students held\n\nPolice detained 40 Belarusian students. Guards held 12 Polish students. "
                           "Officers later released 9 students."))
    assert two["9 students"][0] not in (two["40 Belarusian students"][0], two["12 Polish students"][0])


def test_a_name_right_after_a_person_noun_is_a_persons(found_in):
    found = by_name(found_in("Verdict\n\nA Moscow court jailed the activist Oleg Orlov for two years."))
    assert found["Oleg Orlov"] == ("person:oleg-orlov", "Person")  # the model calls it an organisation


def test_regions_in_the_news_are_places_not_states(found_in):
    found = by_name(found_in("Talks\n\nEnvoys met in Washington, D.C. to discuss Kashmir and the Golan Heights. "
                             "Washington said the talks went well."))
    assert found["Washington, D.C."] == ("washington-dc", "Place")
    assert found["Kashmir"] == ("kashmir", "Place") and found["Golan Heights"] == ("golan-heights", "Place")
    assert found["Washington"] == ("united-states", "Country")


def test_state_companies_and_regional_bodies_are_known(found_in):
    found = by_name(found_in("Oil\n\nSaudi Aramco signed a supply deal with Sinopec, the GCC said."))
    assert (found["Saudi Aramco"], found["Sinopec"], found["GCC"]) == (
        ("saudi-aramco", "Organization"), ("sinopec", "Organization"), ("gulf-cooperation-council", "Organization"))


def test_a_name_taken_for_a_place_that_speaks_is_a_persons(found_in):
    found = by_name(found_in("Talks\n\nSpeaking at a press conference in Ankara, Erdogan said Turkey would not back down."))
    assert found["Erdogan"] == ("person:erdogan", "Person")  # the model calls it a place


def test_uncounted_journalists_are_one_group_everywhere_and_prisoners_are_not(found_in):
    text = "Police detained journalists on Monday. Guards beat prisoners on Tuesday."
    first, second = by_name(found_in(text, doc_id="a")), by_name(found_in(text, doc_id="b"))
    assert first["journalists"] == second["journalists"] == ("group:journalists", "Group")
    assert first["prisoners"][0].startswith("group:prisoners-") and first["prisoners"] != second["prisoners"]
    counted = by_name(found_in("Police detained six journalists.", doc_id="a"))["six journalists"][0]
    assert counted.startswith("group:journalists-") and counted != first["journalists"][0]


@pytest.mark.parametrize("text, name", [
    ("Political prisoners in Peru began a hunger strike. Peruvian prisoners want a retrial.", "Political prisoners"),
    ("The jailing of young activists in Peru angered Peruvian activists.", "young activists"),
])
def test_a_group_in_a_country_is_that_countrys_group(found_in, text, name):
    names = by_name(found_in(text))
    assert names[name][0] == "group:peru-" + name.split()[-1]


def test_foreigners_in_a_country_are_not_its_nationals(found_in):
    assert by_name(found_in("Courts jailed foreign journalists in Peru."))["foreign journalists"][0] == (
        "group:foreign-journalists")
    assert by_name(found_in("Foreign journalists in Peru left."))["Foreign journalists"][0] == "group:foreign-journalists"


def test_the_council_of_an_organisation_is_the_organisation(found_in):
    names = by_name(found_in("The Council of the International Maritime Organization met on Monday. "
                             "The International Maritime Organization said it would act."))
    assert names["Council of the International Maritime Organization"] == names[
        "International Maritime Organization"]
    assert names["International Maritime Organization"][1] == "Organization"


def test_seats_of_government_stand_for_their_state_but_a_palace_is_a_place(blank_found):
    names = by_name(blank_found("Downing Street and Whitehall agreed; the Elysee and Zhongnanhai did not. "
                                "Foggy Bottom objected. Talks were held at the Elysee Palace."))
    assert names["Downing Street"] == names["Whitehall"] == ("united-kingdom", "Country")
    assert names["Elysee"] == ("france", "Country") and names["Zhongnanhai"] == ("china", "Country")
    assert names["Foggy Bottom"] == ("us-department-of-state", "Organization")
    assert names["Elysee Palace"] == ("elysee-palace", "Place")


def test_a_ministry_named_with_a_possessive_is_that_states(found_in):
    names = by_name(found_in("Chile's Ministry of Foreign Affairs protested. The Chilean Foreign Ministry said more."))
    assert names["Ministry of Foreign Affairs"] == names["Chilean Foreign Ministry"] == (
        "organization:chile-foreign-ministry", "Organization")


def test_a_portfolio_ministry_after_a_possessive_is_that_states_and_keeps_the_possessive_as_a_name(found_in):
    found = found_in("Peru's Defense Ministry denied the report. The Peruvian Defense Ministry said more.")
    ministry = next(e for e in found.entities if e.key == "organization:peru-defense-ministry")
    assert "Peru's Defense Ministry" in ministry.names
    assert not any(e.key.startswith("organization:defense-ministry") for e in found.entities)


def test_a_ministry_no_state_owns_is_its_articles_only(found_in):
    first = by_name(found_in("The Ministry of Foreign Affairs protested.", doc_id="a"))["Ministry of Foreign Affairs"]
    second = by_name(found_in("The Ministry of Foreign Affairs protested.", doc_id="b"))["Ministry of Foreign Affairs"]
    assert first[0].startswith("organization:ministry-of-foreign-affairs-") and first != second


def test_companies_based_in_a_country_are_its_companies(found_in):
    assert by_name(found_in("Chile sanctioned three firms registered in Peru."))["three firms"][0] == "group:peru-firms"


def test_a_groups_key_holds_no_class_prefix_of_its_modifier(found_in):
    names = by_name(found_in("Peruvian military officials protested."))
    assert names["Peruvian military officials"] == ("group:peru-military-officials", "Group")


@pytest.mark.parametrize("headline", ["Securing The Release Of Chileans Detained In Peru",
                                      "Chilean Sanctions Target Peruvian Mining Network"])
def test_title_case_headline_phrases_the_body_never_names_are_no_organisations(found_in, headline):
    found = found_in(headline + "\n\nChile will help Peru, the ministry said.")
    assert not [e for e in found.entities if e.cls == "Organization"]


def test_a_bodys_name_said_once_in_a_title_case_headline_stays(found_in):
    found = found_in("Statement By National Security Council Spokesperson Ana Ruiz On Peru\n\nChile will help Peru.")
    assert by_name(found)["National Security Council"][1] == "Organization"


def test_a_states_bodies_named_by_what_they_are(found_in):
    names = by_name(found_in("Kenya's parliament rejected the plan. The lower house of the Kenyan parliament "
                             "had backed it, and the senate of Kenya will vote next week."))
    assert names["Kenya's parliament"] == ("organization:kenya-parliament", "Organization")
    assert names["lower house of the Kenyan parliament"] == ("organization:kenya-lower-house", "Organization")
    assert names["senate of Kenya"] == ("organization:kenya-senate", "Organization")
    names = by_name(found_in("Bolivia's Congress passed the law on Monday."))
    assert names["Bolivia's Congress"] == ("organization:bolivia-congress", "Organization")  # not the U.S. Congress


def test_officials_of_a_described_alliance_are_its_officials(found_in):
    found = found_in("NATO met on Monday. Officials of the military alliance warned Serbia, and NATO officials "
                     "later repeated the warning.")
    keys = {m.key for m in found.mentions if m.text.lower().startswith(("officials", "nato officials"))}
    assert keys == {"group:nato-officials"}


def test_a_group_named_by_what_a_state_did_to_it_is_one_across_articles(found_in):
    first = by_name(found_in("He raised the case of other Canadians detained by China.", doc_id="a"))
    second = by_name(found_in("Ottawa spoke of other Canadians detained by China.", doc_id="b"))
    assert first["other Canadians"] == second["other Canadians"]
    here, there = (by_name(found_in("Three Canadians were released.", doc_id=d))["Three Canadians"] for d in "ab")
    assert here != there  # counted and unqualified: some people of each article


def test_a_states_body_and_its_name_in_apposition_are_one(found_in):
    names = by_name(found_in("On Monday the legislature of Ghana, the National Assembly, voted 200 to 50. Ghana's "
                             "Supreme Court had ruled in May. The Supreme Court said the law was valid."))
    assert names["legislature of Ghana"] == names["National Assembly"]
    assert names["Supreme Court"] == names["Ghana's Supreme Court"] == ("organization:ghana-supreme-court", "Organization")


def test_a_name_ending_in_an_organisations_word_is_no_person(found_in):
    names = by_name(found_in("Speaking to reporters, the president of the Nigerian Bar Association, Ada Okafor, said so."))
    assert names["Nigerian Bar Association"][1] == "Organization" and names["Ada Okafor"][1] == "Person"


def test_small_states_are_countries(found_in):
    names = by_name(found_in("Malawi and Lesotho signed the accord; Togolese officials and Fiji welcomed it."))
    assert {names[n] for n in ("Malawi", "Lesotho", "Fiji")} == {("malawi", "Country"), ("lesotho", "Country"), ("fiji", "Country")}


def test_an_instrument_named_with_its_states_initials_is_one(found_in):
    names = by_name(found_in("The U.S. Constitution is clear. Scholars of the United States Constitution agree."))
    assert names["U.S. Constitution"] == names["United States Constitution"]


def test_a_bodys_name_cut_at_its_preposition_is_one(found_in):
    names = by_name(found_in("The Kenyan League for the Protection of Civil Rights condemned the decree."))
    assert names["Kenyan League for the Protection of Civil Rights"][1] == "Organization"
    assert "Protection of Civil Rights" not in names


@pytest.mark.parametrize("text", ["Late last week, Representative Ana Ruiz introduced a bill in the House.",
                                  "On Monday, Rep. Ana Ruiz (D-Calif.) introduced a bill."])
def test_a_representatives_title_is_no_part_of_her_name(found_in, text):
    assert by_name(found_in(text))["Ana Ruiz"] == ("person:ana-ruiz", "Person")


def test_one_unnamed_person_held_is_a_group_of_its_article_only(found_in):
    first = by_name(found_in("Iran arrested a German tourist.", doc_id="a"))["German tourist"]
    second = by_name(found_in("Iran arrested a German tourist.", doc_id="b"))["German tourist"]
    assert first[1] == "Group" and first[0] != second[0]  # two articles, two tourists
    assert "German tourist" not in by_name(found_in("A German tourist said the food was good."))  # held, or no one



def test_a_people_without_a_state_is_one_group_everywhere(found_in):
    first = by_name(found_in("Turkey shelled the Kurds near the border.", doc_id="a"))["Kurds"]
    second = by_name(found_in("Iraq praised the Kurds.", doc_id="b"))["Kurds"]
    assert first == second == ("group:kurds", "Group")
    assert by_name(found_in("China has detained thousands of Uighurs in camps."))["Uighurs"] == ("group:uyghurs", "Group")
    assert "Karen" not in by_name(found_in("Karen Smith said the vote was fair."))  # a given name, no people



def test_our_embassy_in_a_states_release_is_that_states_mission(found_in):
    names = by_name(found_in("We will return our diplomats to our Embassy in Lima soon.", publisher="U.S. Department of State"))
    assert names["Embassy in Lima"] == ("organization:united-states-embassy-peru", "Organization")


def test_our_embassy_in_a_newspaper_is_no_mission_of_its_own(found_in):
    names = by_name(found_in("We will return our diplomats to our Embassy in Lima soon."))
    assert "organization:united-states-embassy-peru" not in {key for key, _ in names.values()}


def test_a_title_inside_a_bodys_name_keeps_the_name_whole(found_in):
    names = by_name(found_in("Prisons run by the Syrian General Security Directorate were sanctioned on Monday."))
    assert names["Syrian General Security Directorate"][1] == "Organization"


def test_two_groups_named_in_either_order_are_one(found_in):
    def group_key(text):
        return next(m.key for m in found_in(text).mentions if m.key.startswith("group:"))
    assert group_key("Chile thanked its partners and allies on Monday.") == \
        group_key("Chile thanked its allies and partners on Monday.")


def test_one_word_after_the_is_no_persons_name(found_in):
    names = by_name(found_in("Peru rejected a plan presented by the Sextet. The Sextet members met again."))
    assert names["Sextet"][1] == "Organization"


def test_title_case_headline_words_the_body_writes_in_lower_case_are_no_person(found_in):
    found = found_in("Peruvian Foreign Minister Talks Down Chile Tariffs\n\n"
                     "The minister said the talks would go on and tariffs were not coming down.")
    assert not [e for e in found.entities if e.cls == "Person"]
    found = found_in("Statement By Spokesperson Ana Ruiz On Peru\n\nChile will help Peru, the talks showed.")
    assert by_name(found)["Ana Ruiz"][1] == "Person"  # a release's speaker, named only in its headline


def test_a_non_prefix_names_no_entity(found_in):
    found = found_in("Chile bought radars from a non-NATO supplier and courted non-EU states, NATO said.")
    assert not [e for e in found.entities if e.key in ("european-union", "organization:non-nato")]
    assert len([m for m in found.mentions if m.key == "nato"]) == 1  # only the speaker


def test_a_name_ending_in_a_place_noun_is_no_person(found_in):
    found = found_in("An elderly man named Omar Reza has been detained in Tehran's infamous Evin Prison, a cousin said.")
    assert by_name(found)["Evin Prison"][1] == "Place"  # the model says PERSON
    assert by_name(found)["Omar Reza"][1] == "Person"


def test_a_name_ending_in_a_weapon_noun_is_goods(found_in):
    found = found_in("The IRGC has been providing Unmanned Aerial Vehicles (UAVs) for use by militias in Yemen.")
    assert by_name(found)["Unmanned Aerial Vehicles"][1] == "Product"  # the model says ORG
