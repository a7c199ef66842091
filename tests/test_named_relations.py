"""Legislation, Threat and Rejection in the forms news uses, on sentences of our own."""
import pytest

from .conftest import of_class, roles
from .conftest import only as one


# Legislation: the text's life cycle, by a chamber, a lawmaker or a head of state
@pytest.mark.parametrize("text, agent", [
    ("The bill passed the Senate 61-38 on Wednesday.", "united-states-senate"),
    ("The measure cleared the Knesset last week.", "knesset"),
    ("The Storting voted down the budget bill.", "storting"),
    ("Senator Ana Ruiz voted against the bill.", "person:ana-ruiz"),
    ("The Senate rejected the amendment by 52 votes to 47.", "united-states-senate"),
])
def test_a_text_passed_or_defeated_by_a_chamber_or_lawmaker(events_of, text, agent):
    law = one(events_of(text), "Legislation")
    assert agent in roles(law)["agent"]


def test_a_defeated_bill_is_negated_and_no_rejection_besides(events_of):
    events = events_of("The Storting voted down the budget bill.")
    assert one(events, "Legislation").modality == "Negated" and not of_class(events, "Rejection")


def test_a_vetoed_bill_is_a_rejection(events_of):
    """CONTRACT.md: "a veto is a Rejection" (a bill's as a resolution's), not a negated Legislation."""
    events = events_of("Governor Paul Lemaire vetoed the bill on Tuesday.")
    assert "person:paul-lemaire" in roles(one(events, "Rejection"))["agent"] and not of_class(events, "Legislation")


def test_a_passed_bill_is_asserted_and_a_bill_that_passed_gives_its_chamber(events_of):
    assert one(events_of("The bill passed the Senate 61-38 on Wednesday."), "Legislation").modality == "Asserted"
    law = one(events_of("A bill that passed the Knesset would ban Hamas television."), "Legislation")
    assert roles(law)["agent"] == {"knesset"}


def test_a_vetoed_resolution_stays_a_rejection(events_of):
    events = events_of("Brazil vetoed the draft resolution on Haiti.")
    assert one(events, "Rejection").role("agent") == ["brazil"] and not of_class(events, "Legislation")


def test_a_law_aimed_at_a_party_targets_it(events_of):
    law = one(events_of("The Diet passed a law aimed at North Korean shipping firms."), "Legislation")
    assert any("north-korea" in key for key in roles(law)["target"])


def test_a_chamber_approving_a_bid_to_join_targets_the_applicant(events_of):
    law = one(events_of("The Croatian parliament approved Montenegro's bid to join the European Union."), "Legislation")
    assert roles(law)["target"] == {"montenegro"}
    assert not of_class(events_of("The bank approved the company's bid for a loan."), "Legislation")


def test_voting_to_legalise_and_signing_an_executive_order(events_of):
    law = one(events_of("The National Assembly voted 91 to 12 to legalize cannabis."), "Legislation")
    assert roles(law)["agent"] == {"organization:national-assembly"}
    order = one(events_of("President Ana Ruiz signed an executive order banning imports from Iran."), "Legislation")
    assert roles(order)["agent"] == {"person:ana-ruiz"} and "iran" in roles(order)["target"]
    assert not of_class(events_of("The court issued an order to release the prisoners."), "Legislation")


def test_an_appositive_name_is_the_body_not_its_country(events_of):
    law = one(events_of("The legislature of Chile, the National Congress, voted 80 to 20 to ban fracking."), "Legislation")
    assert roles(law)["agent"] == {"organization:national-congress"}


# Threat: warnings of harm, vows to respond, conditional threats
def test_a_warning_of_harm_needs_no_named_target(events_of):
    threat = one(events_of("Azerbaijan warned of a military response to any attack."), "Threat")
    assert roles(threat)["agent"] == {"azerbaijan"}
    assert not of_class(events_of("Economists warned of a recession next year."), "Threat")


def test_vowing_to_respond_is_a_threat_at_whom_it_answers(events_of):
    threat = one(events_of("Tehran vowed to respond to any Israeli aggression."), "Threat")
    assert roles(threat) == {"agent": {"iran"}, "target": {"israel"}}
    assert not of_class(events_of("The ministry promised to respond to the letters of parents."), "Threat")


def test_a_conditional_threat_is_aimed_at_the_condition_subject(events_of):
    text = "If Latvia closes the border, we will cut off electricity supplies, Belarusian Prime Minister Ivan Golub said."
    threat = one(events_of(text), "Threat")
    assert roles(threat) == {"agent": {"person:ivan-golub"}, "target": {"latvia"}}
    text = "If Mexico attacks our ships, we will retaliate, the Guatemalan president said."
    assert "mexico" in roles(one(events_of(text), "Threat"))["target"]
    assert not of_class(events_of("If it rains, we will close the stadium."), "Threat")


# Rejection
@pytest.mark.parametrize("text, agent", [
    ("Moscow brushed aside the criticism from Warsaw.", "russia"),
    ("Greece said no to the Turkish plan.", "greece"),
    ("Serbia will not recognize the election in Kosovo.", "serbia"),
    ("Hanoi did not bow to pressure from Beijing.", "vietnam"),
    ("Several Arab states boycotted the summit in Tehran.", "group:arab-states"),
    ("Pakistan flouted the court ruling.", "pakistan"),
    ("Kyiv snubbed the Hungarian offer.", "ukraine"),
])
def test_rejection_forms(events_of, text, agent):
    rejection = one(events_of(text), "Rejection")
    assert agent in roles(rejection)["agent"]


def test_an_unheeded_call_is_aimed_at_its_caller(events_of):
    rejection = one(events_of("Mali has not heeded calls from the African Union."), "Rejection")
    assert roles(rejection).get("target") == {"african-union"}


def test_acceptance_and_an_intransitive_say_are_no_rejection(events_of):
    assert not of_class(events_of("Greece accepted the Turkish plan."), "Rejection")
    assert not of_class(events_of("Greece said there was no plan."), "Rejection")


def test_threats_in_the_plural_are_acts_by_their_makers(events_of):
    threat = one(events_of("We condemn the Hezbollah threats against shipping."), "Threat")
    assert "hezbollah" in roles(threat)["agent"]
    assert not of_class(events_of("The Iranian threat to the region is growing."), "Threat")


def test_a_report_of_threats_by_others_is_a_statement_and_a_threat(events_of):
    events = events_of("Human Rights Watch reported threats by Serbian police.")
    assert roles(one(events, "Threat"))["agent"] >= {"serbia"}
    assert roles(one(events, "Statement"))["agent"] == {"human-rights-watch"}


def test_neither_nor_negates_the_verb(events_of):
    rejection = one(events_of("Neither Spain nor Portugal would recognize the referendum."), "Rejection")
    assert roles(rejection)["agent"] == {"spain", "portugal"}
    assert not of_class(events_of("Chile and Peru recognized the referendum."), "Rejection")


def test_threats_from_militants_that_a_state_faces_are_a_danger_not_a_threat_made(events_of):
    text = "Egypt bought Rafale jets amid threats from Islamist militants in Sinai."
    assert not of_class(events_of(text), "Threat")


def test_light_verbs_of_approval_and_an_overridden_veto(events_of):
    law = one(events_of("The Armenian parliament gave final approval to the citizenship bill."), "Legislation")
    assert roles(law)["agent"] == {"organization:armenia-parliament"}  # the body (kg/extract/bodies.py)
    law = one(events_of("Senators overrode the veto of Governor Paul Lemaire."), "Legislation")
    assert roles(law)["agent"] == {"group:senators"}
    assert not of_class(events_of("The teacher gave her approval to the new timetable."), "Legislation")


def test_a_warning_of_consequences_for_a_party_targets_it(events_of):
    threat = one(events_of("Norway warned of serious consequences for Belarus."), "Threat")
    assert roles(threat) == {"agent": {"norway"}, "target": {"belarus"}}
    threat = one(events_of("Japan warned of a firm response if China entered its waters."), "Threat")
    assert roles(threat)["target"] == {"china"}


def test_the_passage_of_a_text_by_a_chamber(events_of):
    law = one(events_of("The passage of the bill by the Storting was a victory for the government."), "Legislation")
    assert roles(law)["agent"] == {"storting"}
    assert not of_class(events_of("The UN demanded safe passage for civilians from Mariupol."), "Legislation")


def test_a_relative_pronoun_object_is_the_noun_it_stands_for(events_of):
    text = "The bill, which was introduced by Senator Ana Ruiz, would ban arms sales to Nicaragua."
    law = one(events_of(text), "Legislation")
    assert roles(law)["agent"] == {"person:ana-ruiz"} and "nicaragua" in roles(law)["target"]


def test_vowing_attacks_is_a_threat(events_of):
    threat = one(events_of("The Taliban vowed to continue their attacks on Afghan forces."), "Threat")
    assert roles(threat)["agent"] == {"taliban"}
    assert not of_class(events_of("Kenya vowed to rebuild the schools."), "Threat")


def test_conditional_offers_and_vows_to_fight_ills_are_no_threats(events_of):
    assert not of_class(events_of("If Hamas releases the hostages, Israel will withdraw from Gaza."), "Threat")
    assert not of_class(events_of("President Ana Ruiz vowed to fight corruption."), "Threat")
    threat = one(events_of("If Iran enriches uranium to weapons grade, Israel will strike its facilities."), "Threat")
    assert roles(threat) == {"agent": {"israel"}, "target": {"iran"}}


def test_impeaching_an_office_holder_is_legislation_aimed_at_them(events_of):
    law = one(events_of("President Ana Ruiz was impeached by the National Assembly."), "Legislation")
    assert roles(law) == {"agent": {"organization:national-assembly"}, "target": {"person:ana-ruiz"}}


def test_promised_retaliatory_measures_are_a_threat(events_of):
    threat = one(events_of("Moscow said it would take retaliatory measures against Helsinki."), "Threat")
    assert roles(threat) == {"agent": {"russia"}, "target": {"finland"}}
    assert not of_class(events_of("The company will take steps to protect data."), "Threat")


@pytest.mark.parametrize("text, target", [
    ("The Storting passed a law that targets Hamas.", "hamas"),
    ("The bill, which the Knesset approved on Monday, would bar arms sales to Chile.", "chile"),
    ("The measure, which cleared the Storting in May, would restrict imports from Peru.", "peru"),
])
def test_what_a_text_does_in_a_clause_of_its_own_names_its_target(events_of, text, target):
    assert target in roles(one(events_of(text), "Legislation"))["target"]


def test_a_clause_that_tells_no_content_names_no_target(events_of):
    law = one(events_of("The Storting passed the bill, which now goes to Peru for review."), "Legislation")
    assert "target" not in roles(law)


def test_a_text_that_passed_a_committee_in_a_relative_clause(events_of):
    law = one(events_of("The bill, which passed the Senate on Tuesday, would ban fishing."), "Legislation")
    assert roles(law)["agent"] == {"united-states-senate"}


def test_a_decree_and_a_text_sponsor_named_in_apposition(events_of):
    decree = one(events_of("President Ana Ruiz issued a decree banning imports from Peru."), "Legislation")
    assert roles(decree)["agent"] == {"person:ana-ruiz"} and "peru" in roles(decree)["target"]
    sponsor = one(events_of("The bill's sponsor, Senator Ana Ruiz, said it would save jobs."), "Legislation")
    assert roles(sponsor)["agent"] == {"person:ana-ruiz"}
    assert not of_class(events_of("The festival's sponsor, Ana Ruiz, said it would return next year."), "Legislation")


def test_a_yes_no_question_asserts_no_event(events_of):
    assert not of_class(events_of("Will the Storting pass the bill before the summer?"), "Legislation")
    assert of_class(events_of("The Storting will pass the bill before the summer."), "Legislation")


def test_lawmakers_in_a_named_chamber_act_as_the_chamber(events_of):
    law = one(events_of("Lawmakers in the Bundestag approved a bill on arms exports."), "Legislation")
    assert "bundestag" in roles(law)["agent"]
    law = one(events_of("Lawmakers in Peru approved a bill on arms exports."), "Legislation")
    assert "peru" not in roles(law)["agent"]


def test_a_bill_introduced_is_asserted_what_it_would_do_is_proposed(events_of):
    events = events_of("A bill introduced by Senator Ana Ruiz would impose sanctions on Peru.")
    assert one(events, "Legislation").modality == "Asserted"
    assert one(events, "Sanction").modality == "Proposed"
    assert one(events_of("The bill would have to pass the Senate first."), "Legislation").modality == "Planned"
