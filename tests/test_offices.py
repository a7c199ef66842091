from kg.extract.offices import find_offices

from .conftest import by_name, claims


def test_title_before_name_with_adjective_or_possessive(found_in):
    found = found_in("French Foreign Minister Jean-Yves Le Drian met the EU's High Representative Josep Borrell.")
    assert claims(found) >= {("person:jean-yves-le-drian", "Foreign Minister", "france"),
                             ("person:josep-borrell", "High Representative", "european-union")}


def test_apposition_after_the_name(found_in):
    found = found_in("Antonio Guterres, the UN's secretary-general, warned of famine.")
    assert ("person:antonio-guterres", "Secretary General", "united-nations") in claims(found)


def test_title_with_of_complement(found_in):
    found = found_in("British Ambassador to Iran Rob Macaire was detained briefly.")
    assert ("person:rob-macaire", "Ambassador", "united-kingdom") in claims(found)


def test_confirmed_as_names_the_subject(found_in):
    found = found_in("Days after being confirmed as Japan's new foreign minister, Taro Kono flew to Seoul.")
    assert ("person:taro-kono", "Foreign Minister", "japan") in claims(found)


def test_no_office_without_a_named_holder(found_in):
    assert claims(found_in("The president of the club said the prime minister was absent.")) == set()


def test_coordinated_titles_share_the_party_after_them(found_in):
    found = found_in("The chancellor welcomed President Tomas Arden and Prime Minister Rosa Vidal of Chile.")
    assert {("person:tomas-arden", "President", "chile"), ("person:rosa-vidal", "Prime Minister", "chile")} <= claims(found)


def test_an_unqualified_title_in_a_release_is_its_governments_when_the_holder_speaks(nlp):
    import datetime as dt

    from kg.read.documents import Document
    from kg.extract.entities import find_entities
    from kg.read.layout import analyse
    from kg.read.nlp import parse

    def claims_in(text):
        article = analyse(Document(id="r", text=text, published=dt.date(2023, 1, 5), publisher="The White House"))
        return claims(find_entities(next(parse([article], nlp))))
    assert ("person:jane-fuller", "Press Secretary", "united-states") in claims_in(
        "Press Secretary Jane Fuller said the talks would resume.")
    # the object of a sanction, or a sentence naming another country: no party is invented
    assert ("person:tomas-arden", "President", None) in claims_in("Today we are sanctioning President Tomas Arden.")
    assert ("person:tomas-arden", "President", None) in claims_in("President Tomas Arden said Chile would not yield.")
    assert ("person:jane-fuller", "Press Secretary", "united-states") in claims_in(
        "Statement from Press Secretary Jane Fuller on the Situation in Chile\n\nThe talks resumed.")


def test_the_title_as_written_travels_with_the_claim(found_in):
    found = found_in("Rosa Vidal, the foreign affairs minister of Chile, met the press. Houthi military spokesperson "
                     "Ali Qasim spoke too.")
    written = {(c.title, c.surface) for c in find_offices(found)}
    assert {("Foreign Minister", "foreign affairs minister of Chile"), ("Spokesperson", "military spokesperson")} <= written


def test_a_plural_title_is_held_by_everyone_it_names(found_in):
    found = found_in("The court sentenced Deputy Ministers Ivan Popov and Oleg Sidorov of Russia.")
    assert claims(found) == {("person:ivan-popov", "Deputy Minister", "russia"),
                             ("person:oleg-sidorov", "Deputy Minister", "russia")}  # deputies, not the minister
    found = found_in("The Treasury designated Chen Wu, Yang Li, and Qiu Ming, who are Deputy Directors of the Liaison Office of Macau.")
    office = "organization:liaison-office-of-macau"
    assert claims(found) == {(p, "Deputy Director", office) for p in ("person:chen-wu", "person:yang-li", "person:qiu-ming")}


def test_a_title_only_one_state_has_is_that_states(found_in):
    found = found_in("Foreign Secretary Jane Holt spoke to reporters in London.")
    assert claims(found) == {("person:jane-holt", "Foreign Secretary", "united-kingdom")}
    found = found_in("Foreign Secretary Jane Holt spoke to reporters.")  # the UK is not mentioned: no party
    assert claims(found) == {("person:jane-holt", "Foreign Secretary", None)}


def test_a_qualified_title_in_apposition_keeps_its_party(found_in):
    found = found_in("Omar Haddad, the acting Prime Minister of Jordan, spoke out against the attack.")
    assert claims(found) == {("person:omar-haddad", "Prime Minister", "jordan")}


def test_the_government_named_with_its_head_is_his(found_in):
    found = found_in("Canada urged President Mendez and the Bolivian government to free the prisoners.")
    assert ("person:mendez", "President", "bolivia") in claims(found)


def test_a_title_complement_ends_at_its_verb_and_sentence(found_in):
    found = found_in("The spokesperson for the Dutch government condemned the attack. Mark Visser, the Foreign Minister of the Netherlands, agreed.")
    assert ("person:mark-visser", "Spokesperson", "netherlands") not in claims(found)
    assert ("person:mark-visser", "Foreign Minister", "netherlands") in claims(found)


def test_coordinated_titles_share_the_party_before_them_and_the_holder_after_them(found_in):
    found = found_in("Canadian Special Envoy and Ambassador to Peru Laura Quinn arrived in Lima.")
    assert claims(found) == {("person:laura-quinn", "Envoy", "canada"), ("person:laura-quinn", "Ambassador", "canada")}


def test_where_an_ambassador_is_sent_is_not_whom_she_serves(found_in):
    found = found_in("Ambassador to Peru Laura Quinn arrived in Lima.")
    assert claims(found) == {("person:laura-quinn", "Ambassador", None)}


def test_a_role_held_in_our_capacity_is_not_the_subjects(found_in):
    found = found_in("Laura Quinn urged talks, including in our capacity as a Geneva Group Co-Chair.")
    assert claims(found) == set()


def test_a_national_title_takes_the_one_country_its_sentence_names_before_the_holder(found_in):
    assert claims(found_in("The deal fits the Chilean plan of President Tomas Arden.")) == {
        ("person:tomas-arden", "President", "chile")}
    assert ("person:tomas-arden", "Prime Minister", "chile") in claims(found_in(
        "The envoy visited Santiago, Chile, where she met Prime Minister Tomas Arden."))
    # a place the holder acts on, a country that acts, two countries: no party is guessed
    for text in ("In Peru, Prime Minister Tomas Arden praised the deal.",
                 "Peru welcomed President Tomas Arden on Monday.",
                 "The Peruvian and Chilean plans of President Tomas Arden failed."):
        assert claims(found_in(text)) == {("person:tomas-arden", "President" if "President" in text else "Prime Minister", None)}, text


def test_another_titles_party_does_not_keep_a_release_from_speaking_for_its_government(nlp):
    import datetime as dt

    from kg.read.documents import Document
    from kg.extract.entities import find_entities
    from kg.read.layout import analyse
    from kg.read.nlp import parse

    text = "Press Secretary Jane Fuller met today with Chilean Foreign Minister Tomas Arden."
    article = analyse(Document(id="r", text=text, published=dt.date(2023, 1, 5), publisher="U.S. Department of State"))
    assert claims(find_entities(next(parse([article], nlp)))) == {
        ("person:jane-fuller", "Press Secretary", "united-states"), ("person:tomas-arden", "Foreign Minister", "chile")}


def test_the_subject_of_a_copula_holds_the_title(found_in):
    found = found_in("Lamar was the deputy commander of the Ghana Armed Forces, a big army.")
    assert claims(found) == {("person:lamar", "Deputy Commander", "organization:ghana-military")}


def test_the_head_of_a_countrys_body_heads_the_body(found_in):
    assert claims(found_in("Kofi Lamar, head of Ghana's Cocoa Board, resigned.")) == {
        ("person:kofi-lamar", "Head", "organization:cocoa-board")}
    assert claims(found_in("Kofi Lamar, the head of the delegation, resigned.")) == set()  # no party: no office


def test_a_title_before_another_title_is_the_same_persons(found_in):
    found = found_in("Ghanaian Armed Forces Commander General Kofi Lamar spoke.")
    assert ("person:kofi-lamar", "Commander", "organization:ghana-military") in claims(found)


def test_a_plural_title_names_its_whole_list_however_the_model_tagged_it(found_in):
    found = found_in("OFAC designated Burmese business leaders Min Thu Aung, Kyaw Zin Htet, and Thant Zaw Oo.")
    assert claims(found) == {(p, "Business Leader", "myanmar") for p in
                             ("person:min-thu-aung", "person:kyaw-zin-htet", "person:thant-zaw-oo")}


def test_a_name_later_in_a_plural_titles_list_is_listed_after_it():
    import spacy
    from spacy.tokens import Doc

    from kg.extract.titles import listed_after_plural_title, title_spans

    words = ["designated", "business", "leaders", "Min", "Oo", ",", "Naing", "Tun", "Aung", ",", "and", "Zaw", "Oo",
             "and", "the", "bank", "Kyaw", "Aung"]
    pos = ["VERB", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "CCONJ", "PROPN",
           "PROPN", "CCONJ", "DET", "NOUN", "PROPN", "PROPN"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    spans = title_spans(doc)
    assert [listed_after_plural_title(doc, i, spans) for i in (6, 11, 16)] == [True, True, False]


def test_a_relative_clause_gives_a_plural_title_to_the_whole_list_before_it(found_in):
    found = found_in("The Department designated Chen Wu, Li Na, He Min, and Zhou Lan, "
                     "who are Deputy Directors of the Liaison Office.")
    assert {c[0] for c in claims(found)} == {"person:chen-wu", "person:li-na", "person:he-min", "person:zhou-lan"}


def test_a_name_the_model_misses_in_apposition_with_a_title_is_the_holders(found_in):
    for text in ("Ana Ruiz, Peru's foreign minister, said the talks were useful.",
                 "Peru's foreign minister, Ana Ruiz, said the talks were useful."):
        assert ("person:ana-ruiz", "Foreign Minister", "peru") in claims(found_in(text)), text


def test_a_deputy_holds_the_deputys_office_not_the_ministers(found_in):
    found = found_in("Chilean Deputy Foreign Minister Carlos Mendez visited Lima.")
    assert claims(found) == {("person:carlos-mendez", "Deputy Foreign Minister", "chile")}


def test_names_after_a_plural_title_each_with_their_own_party(found_in):
    found = found_in("Defence Ministers Jonas Berg of Norway and Liisa Korhonen of Finland signed the accord.")
    assert {("person:jonas-berg", "Defense Minister", "norway"),
            ("person:liisa-korhonen", "Defense Minister", "finland")} <= claims(found)
    found = found_in("Trade Ministers Omar Haddad and Leila Mansour met in Amman on Sunday.")
    assert {c[:2] for c in claims(found)} >= {("person:omar-haddad", "Trade Minister"),
                                               ("person:leila-mansour", "Trade Minister")}


def test_a_name_with_particles_after_a_title(found_in):
    found = found_in("On Sunday, Crown Prince Hamad bin Rashid of Bahrain opened the summit.")
    assert ("person:hamad-bin-rashid", "Crown Prince", "bahrain") in claims(found)


def test_the_party_after_the_name_may_take_the(found_in):
    found = found_in("Chairwoman Ines Duarte of the Portuguese Bar Association said the law was unjust.")
    assert ("person:ines-duarte", "Chairman", "organization:portuguese-bar-association") in claims(found)


def test_an_apposition_with_an_adverb_before_the_title(found_in):
    found = found_in("The minister thanked Maria Lund, currently the Swedish ambassador to Chile, for her work.")
    assert ("person:maria-lund", "Ambassador", "sweden") in claims(found)


def test_in_a_release_coordinated_subjects_and_other_titles_parties(found_in):
    def claims_in(text):
        return claims(found_in(text, publisher="The White House"))
    assert {("person:tomas-arden", "President", "united-states"), ("person:rosa-vidal", "Vice President", "united-states")} \
        <= claims_in("President Tomas Arden and Vice President Rosa Vidal are grateful to the people of the region.")
    # "Ambassador to Peru": another title's party, not a country the sentence is about
    assert ("person:tomas-arden", "President", "united-states") in claims_in(
        "President Tomas Arden will nominate Maria Lund, currently the U.S. Ambassador to Peru.")


def test_a_release_about_one_country_gives_its_unqualified_national_titles(found_in):
    text = ("Today we are sanctioning Malawi's security chiefs. Malawi has jailed critics, and the people of Malawi "
            "deserve better. The sanctions name President Tomas Arden and Vice President Rosa Vidal.")
    held = claims(found_in(text, publisher="U.S. Department of State"))
    assert {("person:tomas-arden", "President", "malawi"), ("person:rosa-vidal", "Vice President", "malawi")} <= held
    assert ("person:tomas-arden", "President", None) in claims(found_in(text))  # no release, no guess


def test_a_plural_national_title_takes_the_country_its_sentence_names(found_in):
    held = claims(found_in("We call on the Malawian government to release presidential candidates Ada Banda and "
                           "Joyce Phiri."))
    assert {("person:ada-banda", "Presidential Candidate", "malawi"),
            ("person:joyce-phiri", "Presidential Candidate", "malawi")} <= held


def test_the_bare_name_of_a_states_body_is_that_body(found_in):
    names = by_name(found_in("Colombia's Senate approved the reform on Monday. The Senate will vote again in May."))
    assert names["Senate"] == names["Colombia's Senate"] == ("organization:colombia-senate", "Organization")
