"""Events on sentences of our own: one positive and one negative case per class at least."""
import datetime as dt

import pytest

from kg.read.documents import Document
from kg.extract.entities import find_entities
from kg.extract.events import find_events
from kg.read.layout import analyse
from kg.read.nlp import parse
from kg.extract.offices import find_offices

from .conftest import of_class, roles

PUBLISHED = dt.date(2021, 3, 5)  # a Friday


@pytest.fixture(scope="module")
def events_in(nlp):
    def run(text):
        article = analyse(Document(id="e", text=text, published=PUBLISHED))
        found = find_entities(next(parse([article], nlp)))
        return find_events(found, find_offices(found))
    return run


def only(events, cls):
    matching = [e for e in events if e.cls == cls]
    assert len(matching) == 1, [(e.cls, e.roles) for e in events]
    return matching[0]


def test_purchase_with_seller_value_quantity_and_year(events_in):
    e = only(events_in("India bought five S-400 systems from Russia for $5.4 billion in 2018."), "Purchase")
    assert roles(e) == {"agent": {"india"}, "counterpart": {"russia"}, "item": {"product:s-400"}}
    assert (str(e.value.amount), e.value.currency, e.quantity, e.date.value, e.modality) == ("5.4E+9", "USD", 5, "2018", "Asserted")


def test_selling_is_buying_seen_from_the_seller(events_in):
    e = only(events_in("Russia sold Su-35 fighters to Egypt."), "Purchase")
    assert roles(e) == {"agent": {"egypt"}, "counterpart": {"russia"}, "item": {"product:su-35"}}


def test_buying_time_is_no_purchase(events_in):
    assert events_in("The company is trying to buy time.") == ()


def test_planned_and_negated_purchases(events_in):
    assert only(events_in("Poland plans to buy HIMARS launchers."), "Purchase").modality == "Planned"
    assert only(events_in("Germany did not buy the Patriot system."), "Purchase").modality == "Negated"


def test_signing_a_deal_for_a_product_is_also_a_purchase(events_in):
    events = events_in("Qatar signed a deal with France for Rafale jets last December.")
    signing, purchase = only(events, "AgreementSigning"), only(events, "Purchase")
    assert roles(signing)["agent"] == {"qatar"} and roles(signing)["counterpart"] == {"france"}
    assert roles(purchase) == {"agent": {"qatar"}, "counterpart": {"france"}, "item": {"product:rafale"}}
    assert signing.date.value == purchase.date.value == "2020-12"


def test_coordinated_signers_are_agent_and_counterpart(events_in):
    e = only(events_in("Japan and Australia signed a defense pact on Tuesday."), "AgreementSigning")
    assert roles(e) == {"agent": {"japan"}, "counterpart": {"australia"}}
    assert e.date.value == "2021-03-02"


def test_sanctions_imposed_and_threatened(events_in):
    e = only(events_in("The United States imposed sanctions on Iran last month."), "Sanction")
    assert roles(e) == {"agent": {"united-states"}, "target": {"iran"}} and e.modality == "Asserted"
    e = only(events_in("The EU threatened to impose sanctions on Belarus."), "Sanction")
    assert roles(e) == {"agent": {"european-union"}, "target": {"belarus"}} and e.modality == "Threatened"


def test_a_sanctions_expert_is_no_sanction(events_in):
    assert not [e for e in events_in("A sanctions expert said the measures were weak.") if e.cls == "Sanction"]


def test_threat_needs_someone_threatened(events_in):
    e = only(events_in("China warned Taiwan against independence."), "Threat")
    assert roles(e) == {"agent": {"china"}, "target": {"taiwan"}}
    assert not [e for e in events_in("Analysts see a threat from inflation in Brazil.") if e.cls == "Threat"]


def test_legislation_takes_item_from_what_the_bill_would_do(events_in):
    events = events_in("Senators introduced a bill to ban the sale of F-16s to Pakistan.")
    bill, ban, sale = only(events, "Legislation"), only(events, "Sanction"), only(events, "Purchase")
    assert roles(bill) == {"agent": {"group:senators"}, "item": {"product:f-16"}, "target": {"pakistan"}}
    assert sale.modality == ban.modality == "Proposed" and events.index(ban) in bill.topics  # the ban of the sale


def test_introducing_a_person_is_no_legislation(events_in):
    assert not [e for e in events_in("Joe Biden introduced his wife to Angela Merkel.") if e.cls == "Legislation"]


def test_meeting_between_two_named_parties(events_in):
    e = only(events_in("German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday."), "Meeting")
    assert roles(e) == {"agent": {"person:olaf-scholz"}, "counterpart": {"person:emmanuel-macron"}, "place": {"germany"}}
    assert e.date.value == "2021-03-01"
    assert not [e for e in events_in("The NATO meeting in Brussels was postponed.") if e.cls == "Meeting"]


def test_quote_with_inverted_speaker_and_pronoun(events_in):
    events = events_in('Wang Yi spoke in Beijing on Thursday.\n\n"We are ready to talk," he said. "But we will respond firmly."')
    e = only(events, "Statement")
    assert roles(e) == {"agent": {"person:wang-yi"}}
    assert e.quote == "We are ready to talk But we will respond firmly."


def test_quote_paragraph_continues_the_previous_speaker(events_in):
    text = 'Foreign Minister Wang Yi said China would not back down.\n\n"We are ready to respond."'
    statements = [e for e in events_in(text) if e.cls == "Statement"]
    assert {e.quote for e in statements} == {None, "We are ready to respond."}
    assert all(roles(e)["agent"] == {"person:wang-yi"} for e in statements)


def test_detention_with_representative_agent(events_in):
    e = only(events_in("Turkish police detained Swedish journalist Joakim Medin in Istanbul."), "Detention")
    assert roles(e)["agent"] == {"turkey"} and roles(e)["target"] == {"person:joakim-medin"}
    assert not [e for e in events_in("The storm detained flights for hours.") if e.cls == "Detention"]


def test_rejection(events_in):
    assert roles(only(events_in("Egypt rejected the proposal."), "Rejection")) == {"agent": {"egypt"}}
    assert not [e for e in events_in("The proposal was popular in Egypt.") if e.cls == "Rejection"]


def test_transfer_modality_and_relative_year(events_in):
    e = only(events_in("The US will not deliver the F-35s to Turkey."), "Transfer")
    assert roles(e) == {"agent": {"united-states"}, "item": {"product:f-35"}, "target": {"turkey"}}
    assert e.modality == "Negated"
    e = only(events_in("Russia plans to deliver S-400s to India next year."), "Transfer")
    assert (e.modality, e.date.value, e.date.precision) == ("Planned", "2022", "gYear")
    assert not [e for e in events_in("The transfer window closes in August.") if e.cls == "Transfer"]


def test_a_speaker_in_apposition_to_an_outlet_the_parser_made_the_subject_speaks(events_of):
    text = "According to the news agency Reuters, the mayor of Lyon, Jean Dupont, said the workers must face charges."
    statement, = of_class(events_of(text), "Statement")
    assert roles(statement) == {"agent": {"person:jean-dupont"}}


def test_an_unnamed_ship_is_seized_and_released_with_its_crew(events_of):
    events = events_of("Ship held\n\nCoast guards seized the tanker on Monday. "
                       "On Friday the government released the ship and its crew.")
    detention, = of_class(events, "Detention")
    transfer, = of_class(events, "Transfer")
    vessel, = roles(detention)["target"]
    assert vessel.startswith("product:vessel")  # the tanker and the ship are one vessel of the article
    assert vessel in roles(transfer)["target"]
    assert any(k.startswith("group:crew") for k in roles(transfer)["target"])
    assert of_class(events_of("The council condemned attacks on commercial vessels."), "Detention") == []


@pytest.mark.parametrize("text", ["The Foreign Office said it was deeply concerned by the arrest.",
                                  "Norway said it was alarmed by the detention."])
def test_who_is_concerned_by_an_arrest_is_not_the_one_arrested(events_of, text):
    assert [roles(e).get("target") for e in of_class(events_of(text), "Detention")] in ([], [None])


def test_who_is_hit_by_sanctions_undergoes_them(events_of):
    sanction, = of_class(events_of("Belarus was hit by new sanctions on Monday."), "Sanction")
    assert roles(sanction)["target"] == {"belarus"}


def test_blocking_a_sale_is_not_aimed_at_the_seller(events_of):
    text = "The senators moved to block the Norwegian government's sale of frigates to Chile."
    assert [roles(e).get("target") for e in of_class(events_of(text), "Sanction")] in ([], [None])
    sanction, = of_class(events_of("The European Union froze Belarus's assets."), "Sanction")
    assert roles(sanction)["target"] == {"belarus"}


@pytest.mark.parametrize("text, cls, doer, undergoer", [
    ("Ana Ruiz flew back to Madrid after being freed by Iran.", "Transfer", "iran", "person:ana-ruiz"),
    ("After being detained by Iranian police for a week, Ana Ruiz returned to Madrid.", "Detention", "iran",
     "person:ana-ruiz"),
    ("Chile protested after being sanctioned by the European Union.", "Sanction", "european-union", "chile"),
])
def test_a_passive_after_a_preposition_is_undergone_by_the_clauses_subject(events_of, text, cls, doer, undergoer):
    event, = of_class(events_of(text), cls)
    assert roles(event)["target"] == {undergoer} and doer in {k.split(":")[-1] for k in roles(event)["agent"]}


@pytest.mark.parametrize("text, item", [
    ("Chile agreed to buy Kestrel cruise missiles from Norway.", "product:kestrel"),
    ("Chile agreed to buy NORDAX air defence systems from Norway.", "product:nordax"),
    ("Norway sent Leopard 2 tanks to Chile.", "product:leopard-2"),
])
def test_a_weapons_name_before_its_kind_is_the_item(events_of, text, item):
    event, = [e for e in events_of(text) if e.cls in ("Purchase", "Transfer")]
    assert roles(event)["item"] == {item}


def test_systems_that_are_no_weapon_name_no_item(events_of):
    assert all("item" not in roles(e) for e in events_of("The firm bought Orion payment systems from a bank in Oslo."))
