"""Speech verbs that make no speech act of their own, on sentences of our own
(kg/extract/relays.py): a report after another speech act relays it; a capacity or an accused
deed is nobody speaking; 'asked about' is a question; the news agency narrates; a 'by' misread as
a passive's agent leaves an active verb's subject the agent."""
import pytest

from .conftest import of_class, roles


def _statements(events):
    return [(e.rule, roles(e).get("agent", set())) for e in of_class(events, "Statement")]


@pytest.mark.parametrize("text, agent", [
    ("Marta Quispe told Omar Saleh that the border would reopen, a spokesperson for Quispe said.", "person:marta-quispe"),
    ("Tomas Lindgren urged Chile to free the sailors, his spokesman Karl Jansen said on Monday.", "person:tomas-lindgren"),
    ("Peru condemned the raid on its embassy, the Andean Wire news agency reported.", "peru"),
    ("Chile protested the seizure of its trawler, DPA reported.", "chile"),
])
def test_one_speech_act_told_and_relayed_is_one_statement(events_of, text, agent):
    found = _statements(events_of(text))
    assert len(found) == 1 and agent in found[0][1], found


@pytest.mark.parametrize("text", [
    "Estonia has every right to defend its borders.",
    "Journalists asked Marta Quispe about the floods in the north.",
    "The Volter news agency reported that the dam had burst.",
])
def test_no_statement(events_of, text):
    assert of_class(events_of(text), "Statement") == []


def test_the_deed_an_accusation_is_about_is_no_speech_act(events_of):
    found = _statements(events_of("Peru accused Bolivia of supporting the rebels in the south."))
    assert [rule for rule, _ in found] == ["disapprove"], found
    assert "peru" in found[0][1]


def test_asking_someone_to_act_is_still_an_appeal(events_of):
    found = of_class(events_of("Peru asked Bolivia to release the sailors."), "Statement")
    assert any(roles(e).get("target") == {"bolivia"} for e in found), found


def test_a_by_phrase_misread_as_agent_leaves_the_subject(events_of):
    found = _statements(events_of("France denounced a deadly strike on Peru on Monday by militants who had crossed the border."))
    assert found and all("france" in agents for _, agents in found), found


def test_a_report_before_what_it_reports_stays_a_statement(events_of):
    found = _statements(events_of("Peru said Chile had urged Bolivia to close the border."))
    assert any("peru" in agents for _, agents in found), found


def test_a_source_that_relays_a_named_speakers_words_is_no_second_statement(events_of):
    found = _statements(events_of("According to the Peruvian foreign ministry, Marta Quispe told Omar Saleh that the "
                                  "border would stay closed."))
    assert [rule for rule, _ in found] == ["tell"], found


def test_a_source_of_narration_still_speaks(events_of):
    found = _statements(events_of("According to the Peruvian foreign ministry, Chilean troops crossed the border."))
    assert [rule for rule, _ in found] == ["according-to"], found


@pytest.mark.parametrize("text", [
    "Peru called on Chile to stop supporting the rebels.",
    "Peru urged Chile to refrain from criticising Bolivia.",
])
def test_an_act_to_cease_is_not_done(events_of, text):
    found = _statements(events_of(text))
    assert all("chile" not in agents for _, agents in found), found
    assert any("peru" in agents for _, agents in found), found


def test_a_participle_going_on_with_a_speech_act_is_that_speakers_and_not_about_his_state(events_of):
    found = of_class(events_of("Peruvian President Marta Quispe praised the talks, confirming that Peru was ready "
                               "to work with Chile."), "Statement")
    assert all(roles(e).get("agent") == {"person:marta-quispe"} for e in found), found
    assert all("peru" not in roles(e).get("target", set()) for e in found), found


@pytest.mark.parametrize("text", [
    "Chile will defend its borders.",
    "Peru has every reason to defend itself.",
])
def test_defending_by_force_is_no_statement(events_of, text):
    assert of_class(events_of(text), "Statement") == []


def test_defending_a_decision_is_a_statement(events_of):
    found = _statements(events_of("Marta Quispe defended the decision to close the embassy."))
    assert found and "person:marta-quispe" in found[0][1], found


def test_a_quoted_phrase_of_a_speech_act_relayed_by_a_source_is_one_statement(events_of):
    found = _statements(events_of('Marta Quispe raised "serious concerns" over the raid by Chile, a Peruvian '
                                  'government source said.'))
    assert len(found) == 1 and "person:marta-quispe" in found[0][1], found


def test_a_participle_on_the_reported_clause_is_the_reporters(events_of):
    found = of_class(events_of("Marta Quispe said Chile should reflect on the report, calling for Bolivia to "
                               "reopen the border."), "Statement")
    assert found and all(roles(e).get("agent") == {"person:marta-quispe"} for e in found), found
