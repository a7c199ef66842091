"""Handovers of people named by no entity, weapons named before several modifiers, and deals that
only agree a supply (kg/extract/combine.py, kg/extract/products.py, kg/extract/senses.py), on
sentences of our own."""
import pytest

from .conftest import local_roles, of_class, only


@pytest.mark.parametrize("text, agent, counterpart", [
    ("Syria handed over the hostages to the Red Cross.", "syria", "icrc"),
    ("Ecuador extradited the fugitive to Peru on Monday.", "ecuador", "peru"),
    ("The banker was extradited to Chile by Uruguay.", "uruguay", "chile"),
    ("Norway deported the smugglers to Estonia.", "norway", "estonia"),
])
def test_handover_of_people_no_entity_names(events_of, text, agent, counterpart):
    found = local_roles(only(events_of(text), "Transfer"))
    assert counterpart in found["counterpart"]
    assert agent is None or agent in found["agent"]


def test_extradition_needs_the_receiving_party(events_of):
    text = "A draft law would have let Peru extradite wanted smugglers from Bolivia for trial."
    assert of_class(events_of(text), "Transfer") == []


@pytest.mark.parametrize("text", [
    "Sweden delivered the first batch of Arkto supersonic cruise missiles to Hungary.",
    "Norway on Tuesday handed the Arkto hypersonic cruise missile system to Latvia.",
    "Sweden shipped the first lot of Arkto missiles to Hungary.",
    "Denmark shipped the second battery of its Gripen air defence system to Latvia.",
])
def test_weapon_named_before_modifiers_is_the_item(events_of, text):
    found = local_roles(only(events_of(text), "Transfer"))
    assert found.get("item"), found


@pytest.mark.parametrize("text", [
    "Kazakhstan signed a deal to supply Slovakia with uranium.",
    "Qatar signed a contract to deliver liquefied gas to Croatia.",
])
def test_deal_to_supply_is_a_sale_not_a_delivery(events_of, text):
    events = events_of(text)
    assert of_class(events, "Transfer") == []
    assert of_class(events, "Purchase") or of_class(events, "AgreementSigning")
