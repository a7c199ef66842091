"""Uses of trigger words that are no event of their frame (kg/extract/senses.py), on sentences of
our own: giving that hands over no goods, agreeing that or to do something, acts only asked
about or supposed, and goods handed over to no one named."""
import pytest

from .conftest import of_class, roles


@pytest.mark.parametrize("text", [
    "The prime minister delivered a speech to Kenya on Tuesday.",
    "Ambassador Ilse Brandt gave her full support to Portugal.",
    "The envoy sent an appeal to Chile on Monday.",
])
def test_giving_no_goods_is_no_transfer(events_of, text):
    assert of_class(events_of(text), "Transfer") == []


@pytest.mark.parametrize("text", [
    "Norway delivered air defence systems to Ukraine.",
    "Japan gave 100 military trucks to Moldova.",
    "Canada sent $20 million to Haiti.",
])
def test_giving_goods_is_a_transfer(events_of, text):
    transfer, = of_class(events_of(text), "Transfer")
    assert roles(transfer)["agent"] and roles(transfer)["target"]


@pytest.mark.parametrize("text", [
    "Peru agreed with Bolivia that the talks had gone well.",
    "Spain and Morocco agreed to keep talking about fishing.",
])
def test_agreeing_that_or_to_do_is_no_signing(events_of, text):
    assert of_class(events_of(text), "AgreementSigning") == []


def test_agreeing_with_a_partner_is_a_signing(events_of):
    signing, = of_class(events_of("Peru agreed with Bolivia on a new border accord."), "AgreementSigning")
    assert roles(signing)["agent"] == {"peru"} and roles(signing)["counterpart"] == {"bolivia"}


@pytest.mark.parametrize("text", [
    "Will Brazil buy more fighter jets from Sweden?",
    "If Chile signed such a pact with Peru, it would anger Bolivia.",
])
def test_acts_asked_about_or_supposed_give_no_event(events_of, text):
    events = events_of(text)
    assert of_class(events, "Purchase") == [] and of_class(events, "AgreementSigning") == []


def test_a_question_asking_why_takes_the_act_for_granted(events_of):
    purchase, = of_class(events_of("Why did Brazil buy fighter jets from Sweden?"), "Purchase")
    assert roles(purchase)["agent"] == {"brazil"}


@pytest.mark.parametrize("text", ["Iran has supplied hundreds of drones, officials said.",
                                  "Drones supplied by Iran were found in the wreckage."])
def test_goods_handed_to_no_one_named_are_a_transfer(events_of, text):
    transfer, = of_class(events_of(text), "Transfer")
    assert roles(transfer)["agent"] == {"iran"}


def test_a_thing_that_is_no_goods_needs_a_recipient(events_of):
    assert of_class(events_of("Iran has supplied details, officials said."), "Transfer") == []


@pytest.mark.parametrize("text", ["Ghana's cocoa board said on Friday it had bought 40,000 tonnes of fuel in a tender.",
                                  "Moldova bought 2 million barrels of diesel in May."])
def test_a_counted_measure_of_goods_is_a_purchase(events_of, text):
    assert of_class(events_of(text), "Purchase")


def test_a_measure_with_no_number_is_no_purchase(events_of):
    assert of_class(events_of("Residents bought tonnes of fuel before the storm."), "Purchase") == []
