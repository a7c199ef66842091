"""A doerless detention in what a state says is the state's own act (kg/extract/holders.py), on
sentences of our own; not when the speaker is the held people's state, judges the detention, or is no state."""
import pytest

from .conftest import of_class, roles


def _agents(events):
    return [roles(e).get("agent", set()) for e in of_class(events, "Detention")]


@pytest.mark.parametrize("text, agent", [
    ("The Danish engineer Lars Bakke has been detained on suspicion of espionage, Venezuela said on Monday.", "venezuela"),
    ("Belarus said two Lithuanian students had been arrested near the border.", "belarus"),
])
def test_the_reporting_state_detains(events_of, text, agent):
    found = _agents(events_of(text))
    assert found and all(agent in a for a in found), found


@pytest.mark.parametrize("text", [
    "Denmark said two Danish citizens had been detained.",
    "Denmark said Lars Bakke had been wrongfully detained.",
    "The Kivu Rights Watch group said dozens of protesters had been arrested.",
])
def test_a_report_that_is_not_the_speakers_own_act(events_of, text):
    found = _agents(events_of(text))
    assert found and not any(found), found
