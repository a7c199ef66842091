"""Words that tell no event of their own, on sentences of our own: the platform a statement is
made on is no speaker (kg/extract/media.py); a warning quoted is the Threat, no Statement besides
(kg/extract/events.py); a venue's meetings "on the sidelines of" which one speaks, trade told as a
habit, a state a speaker reports and a nominee confirmed are no events (kg/extract/habits.py); an
announcement naming an act is that act (kg/extract/announced.py)."""
import pytest

from .conftest import of_class, roles


def test_a_platform_modifying_a_statement_noun_is_no_speaker(events_of):
    events = events_of("Senator Maria Okafor posted a Facebook statement on Sunday about the fishing quotas.")
    assert all("facebook" not in roles(e).get("agent", set()) for e in events), [(e.cls, e.roles) for e in events]


def test_a_platform_that_speaks_for_itself_is_still_a_speaker(events_of):
    found = of_class(events_of("Facebook said in a statement that it had removed the pages."), "Statement")
    assert any("facebook" in roles(e).get("agent", set()) for e in found), [e.roles for e in found]


def test_a_quoted_warning_is_a_threat_and_no_statement(events_of):
    events = events_of('Chancellor Oskar Brandt warned on Friday that if Serbia closes the pipeline, '
                       '"we will answer with the full weight of our economic tools."')
    assert of_class(events, "Threat"), [(e.cls, e.rule) for e in events]
    assert of_class(events, "Statement") == [], [(e.cls, e.rule) for e in events]


def test_a_plain_quote_stays_a_statement(events_of):
    events = events_of('"We are ready to talk at any time," Chancellor Oskar Brandt said on Friday.')
    assert len(of_class(events, "Statement")) == 1, [(e.cls, e.rule) for e in events]


def test_meetings_on_whose_sidelines_one_speaks_are_no_meeting(events_of):
    events = events_of("Paulo Mendes spoke to reporters on the sidelines of the yearly meetings of "
                       "the African Development Bank and the Arab Monetary Fund in Abidjan.")
    assert of_class(events, "Meeting") == [], [(e.cls, e.roles) for e in events]


def test_talks_whose_sides_are_named_stay_a_meeting_on_their_sidelines(events_of):
    events = events_of("Kenya and Japan signed two accords on the sidelines of the talks between "
                       "President Wanjiru Kamau and Prime Minister Taro Sato.")
    assert of_class(events, "Meeting"), [(e.cls, e.roles) for e in events]


@pytest.mark.parametrize("text", [
    "The new duties would hit almost every Brazilian product that Canada imports and buys.",
    "The levy covers nearly all of the Peruvian fruit that Japan buys each year.",
])
def test_trade_told_as_a_habit_is_no_purchase(events_of, text):
    assert of_class(events_of(text), "Purchase") == []


def test_a_purchase_told_in_the_past_stays(events_of):
    assert of_class(events_of("Chile bought six frigates from the Netherlands in 2005."), "Purchase")


def test_a_state_a_speaker_reports_is_no_statement_of_its_own(events_of):
    found = of_class(events_of("Mayor Lena Sorensen said Finland and Estonia were committed to reopening the ferry route."),
                     "Statement")
    assert len(found) == 1 and "person:lena-sorensen" in roles(found[0]).get("agent", set()), [
        (e.rule, e.roles) for e in found]


def test_a_pledge_made_stays_a_statement(events_of):
    found = of_class(events_of("Finland committed to reopening the ferry route to Estonia."), "Statement")
    assert found and "finland" in roles(found[0]).get("agent", set()), [(e.rule, e.roles) for e in found]


def test_announcing_an_act_by_name_is_no_statement(events_of):
    events = events_of("Prime Minister Ana Lucero had announced the acquisition in March.")
    assert of_class(events, "Statement") == [], [(e.cls, e.rule) for e in events]


def test_announcing_what_is_no_act_of_the_classes_stays_a_statement(events_of):
    events = events_of("President Ana Lucero announced the closure of the northern border.")
    assert of_class(events, "Statement"), [(e.cls, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "The Senate confirmed Ines Duarte as ambassador to Ghana on Wednesday.",
    "The upper house on Monday confirmed Tomas Brandt as the new central bank governor.",
])
def test_a_nominee_confirmed_is_no_statement(events_of, text):
    assert of_class(events_of(text), "Statement") == []


def test_confirming_what_happened_stays_a_statement(events_of):
    assert of_class(events_of("Minister Ines Duarte confirmed that the embassy had been closed."), "Statement")
