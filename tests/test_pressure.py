"""Threats, sanctions and rejections the frames alone miss (kg/extract/pressure.py, quoted.py), on
sentences of our own."""
import pytest

from .conftest import of_class, roles
from .conftest import only as one


@pytest.mark.parametrize("text", [
    "Would Norway impose sanctions on Chile if it seized the ship?",
    "If sanctions are imposed on Peru, will copper prices rise?",
    "Will Brazil reject the offer from Argentina?",
])
def test_a_yes_no_question_asserts_no_event(events_of, text):
    events = events_of(text)
    assert not of_class(events, "Sanction") and not of_class(events, "Rejection"), [(e.cls, e.roles) for e in events]


def test_a_question_word_keeps_what_it_presupposes(events_of):
    assert of_class(events_of("Why did Norway impose sanctions on Chile?"), "Sanction")


@pytest.mark.parametrize("text", [
    "The Foreign Ministry of Norway declined to comment on the report.",
    "Chile's embassy refused to confirm the figures.",
])
def test_declining_to_comment_rejects_nothing(events_of, text):
    assert not of_class(events_of(text), "Rejection")


def test_refusing_a_demand_is_still_a_rejection(events_of):
    assert "norway" in roles(one(events_of("Norway refused to sign the declaration."), "Rejection"))["agent"]


def test_a_sanction_a_party_could_face_is_threatened_by_who_says_so(events_of):
    sanction = one(events_of("Peru could face sanctions over the election, Norway said."), "Sanction")
    assert sanction.modality == "Threatened"
    assert roles(sanction)["agent"] == {"norway"} and "peru" in roles(sanction)["target"]


def test_the_members_named_after_including_are_sanctioned(events_of):
    text = "Norway sanctioned nine firms linked to the smuggling network, including the company Borealis Freight."
    sanction = one(events_of(text), "Sanction")
    assert any("borealis-freight" in k for k in roles(sanction)["target"])


def test_including_elsewhere_in_the_sentence_adds_no_target(events_of):
    text = "Norway sanctioned Chile over attacks on activists in countries including Peru."
    assert "peru" not in roles(one(events_of(text), "Sanction")).get("target", set())


def test_a_quoted_promise_of_harm_is_the_speakers_threat(events_of):
    text = '"Any attack on our ships will be met with a crushing response," Admiral Tomas Ferreira said.'
    assert "person:tomas-ferreira" in roles(one(events_of(text), "Threat"))["agent"]
    assert not of_class(events_of("The minister will be met with a warm welcome in Lima."), "Threat")


def test_export_controls_on_a_company_are_a_sanction(events_of):
    text = "Norway imposed export controls on the shipbuilder Borealis Marine."
    sanction = one(events_of(text), "Sanction")
    assert roles(sanction)["agent"] == {"norway"} and any("borealis-marine" in k for k in roles(sanction)["target"])
    assert not of_class(events_of("The central bank of Peru imposed capital controls."), "Sanction")


@pytest.mark.parametrize("text", [
    "Chile warned that its response would be swift if Peru closed the border.",
    '"Bolivia will pay a heavy price if it seizes the plant," the Paraguayan foreign minister Rosa Benitez said.',
])
def test_a_warning_is_a_threat_and_no_statement_besides(events_of, text):
    events = events_of(text)
    assert of_class(events, "Threat") and not of_class(events, "Statement"), [(e.cls, e.rule, e.roles) for e in events]


def test_a_threat_another_party_made_is_still_reported_by_a_statement(events_of):
    events = events_of("Norway said that Denmark had threatened to expel its ambassador.")
    assert roles(one(events, "Statement"))["agent"] == {"norway"}
    assert roles(one(events, "Threat"))["agent"] == {"denmark"}


def test_an_anti_modifier_names_the_target_of_a_sanction(events_of):
    sanction = one(events_of("Canada expanded its anti-Iran sanctions on Monday."), "Sanction")
    assert roles(sanction)["agent"] == {"canada"} and roles(sanction)["target"] == {"iran"}


def test_a_list_the_parser_hangs_inside_the_object_still_lists(events_of):
    events = events_of("On Tuesday, Canada added nine companies in six countries to its export blacklist.")
    assert roles(one(events, "Sanction"))["agent"] == {"canada"}
    assert not of_class(events, "Statement")


def test_controls_on_exports_to_a_state_curb_trade_and_deliver_nothing(events_of):
    events = events_of("Norway has tightened its control on exports to Belarus of drone parts.")
    assert roles(one(events, "Sanction"))["target"] == {"belarus"}
    assert not of_class(events, "Transfer")


def test_a_warning_to_respond_decisively_is_a_threat(events_of):
    threat = one(events_of("Ecuador warned that it would respond decisively to any incursion across its border."), "Threat")
    assert roles(threat)["agent"] == {"ecuador"}


def test_an_act_said_to_bring_consequences_is_threatened_by_the_speaker(events_of):
    threat = one(events_of("Norway said any attack on its fishing fleet would bring severe consequences."), "Threat")
    assert roles(threat)["agent"] == {"norway"}


def test_a_forecast_of_consequences_threatens_nothing(events_of):
    text = "The World Bank said higher interest rates would bring serious consequences for poor countries."
    assert not of_class(events_of(text), "Threat")


def test_restrictive_measures_are_sanctions_not_legislation(events_of):
    events = events_of("Canada imposed restrictive measures on nine Moldovan officials.")
    assert roles(one(events, "Sanction"))["agent"] == {"canada"}
    assert not of_class(events, "Legislation")


def test_a_policy_move_said_to_raise_costs_threatens_nothing(events_of):
    text = "Norway's central bank said the move would mean higher costs for Belgian borrowers."
    assert not of_class(events_of(text), "Threat")


def test_restrictive_measures_against_no_party_are_no_sanction(events_of):
    assert not of_class(events_of("Norway introduced restrictive measures to curb the spread of the virus."), "Sanction")
