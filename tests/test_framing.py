"""The framing of wire copy on sentences of our own (kg/extract/framing.py): conditions, open
questions and 'whether' clauses assert nothing; the press narrates; a voice speaks for its owner;
a call framing a clause is held by the clause's subject; a speech act coordinated after what its
speaker reports is the speaker's."""
import pytest

from kg.extract.framing import unasserted

from .conftest import of_class, roles


@pytest.mark.parametrize("text, word, expected", [
    ("If Chile arrests the captain, Peru will protest.", "arrests", True),
    ("Should Chile arrest the captain, Peru will protest.", "arrest", True),
    ("Nobody knows whether Chile will arrest the captain.", "arrest", True),
    ("Chile arrested the captain because he fled.", "arrested", False),
    ("Peru will protest if Chile arrests the captain.", "protest", False),
])
def test_a_condition_or_an_open_question_asserts_nothing(nlp, text, word, expected):
    token = next(t for t in nlp(text) if t.text == word)
    assert unasserted(token) is expected


@pytest.mark.parametrize("text, cls", [
    ("If Chile detains Marta Quispe, Peru will recall its envoy.", "Detention"),
    ("Will Omar Saleh meet Irina Pavlova next week?", "Meeting"),
    ("Chile has expelled two diplomats, local media reported.", "Statement"),
    ("Asked about the ruling, Marta Quispe said nothing.", "Statement"),
])
def test_no_event_of_the_class(events_of, text, cls):
    assert of_class(events_of(text), cls) == []


@pytest.mark.parametrize("text, cls, role, key", [
    ("Tomas Lindgren's office said the visit would go ahead.", "Statement", "agent", "person:tomas-lindgren"),
    ("In a phone call with Karl Jansen, Maria Ionescu thanked Austria for its support.", "Meeting", "agent",
     "person:maria-ionescu"),
    ("Peru said Chile had moved troops to the border, and urged Bolivia to stay calm.", "Statement", "agent", "peru"),
])
def test_the_framing_names_who_acts(events_of, text, cls, role, key):
    found = of_class(events_of(text), cls)
    assert any(key in roles(e).get(role, set()) for e in found), [(e.rule, e.roles) for e in found]


def test_a_speech_act_after_the_reported_clause_is_not_the_reported_subjects(events_of):
    events = of_class(events_of("Peru said Chile had moved troops to the border, and urged Bolivia to stay calm."),
                      "Statement")
    assert all("chile" not in roles(e).get("agent", set()) for e in events)


@pytest.mark.parametrize("text, about", [
    ('"This is a dangerous escalation," a spokesman for the Norwegian government said of the Chilean move.', "chile"),
    ("Maria Ionescu said of Peru's decision that it was a mistake.", "peru"),
])
def test_said_of_names_whom_the_words_are_about(events_of, text, about):
    statement, = of_class(events_of(text), "Statement")
    assert roles(statement)["target"] == {about}


def test_a_statement_about_someones_deed_is_aimed_at_its_owner(events_of):
    statement, = of_class(events_of("Maria Ionescu acknowledged Chile's efforts to end the conflict."), "Statement")
    assert roles(statement)["target"] == {"chile"}
    said, = of_class(events_of("Chile announced its decision on Monday."), "Statement")
    assert "target" not in roles(said)  # its own decision: no one else's


def test_a_description_fronted_before_the_speakers_name_is_not_the_speaker(events_of):
    text = "An adviser to the Peruvian president, Maria Ionescu said the talks had failed."
    statement, = of_class(events_of(text), "Statement")
    assert roles(statement)["agent"] == {"person:maria-ionescu"}


@pytest.mark.parametrize("text, key", [
    ("Lina Morales criticised a joint statement that said Cuba was a threat.", "cuba"),
    ("Lina Morales hit out at Canada over a joint statement that said Cuba was a threat.", "cuba"),
    ("Lina Morales condemned a report which accused Cuba of fraud.", "cuba"),
])
def test_words_a_relative_clause_reports_of_a_document_are_not_the_main_speakers(events_of, text, key):
    # the statement's makers said it: the critic neither says it nor aims the criticism at what it is about
    assert all(key not in roles(e).get("target", set()) for e in of_class(events_of(text), "Statement"))


def test_a_speaker_in_a_relative_clause_on_a_person_still_speaks(events_of):
    events = of_class(events_of("Sergei Lavrov, who said Ukraine must surrender, met Wang Yi."), "Statement")
    assert any(roles(e).get("agent") == {"person:sergei-lavrov"} for e in events)
