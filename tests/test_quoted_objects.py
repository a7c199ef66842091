"""A quoted noun phrase held by a light verb ('held "frank talks"') is the narrator's event, not
words spoken: its trigger is read like any other."""
from __future__ import annotations

from .conftest import local_roles, of_class, only


def test_quoted_phone_conversation_is_a_meeting(events_of):
    events = events_of('Chilean President Jorge Alvarez and Peruvian President Ana Ruiz held a '
                       '"frank telephone conversation" on Sunday, the presidency in Santiago said.')
    meeting = only(events, "Meeting")
    assert local_roles(meeting)["agent"] == {"jorge-alvarez"}
    assert local_roles(meeting)["counterpart"] == {"ana-ruiz"}


def test_quoted_talks_held_by_ministers(events_of):
    events = events_of('Foreign Minister Lena Varga had "constructive talks" with her Slovak '
                       'counterpart Pavol Hrasko in Bratislava on Tuesday.')
    roles = local_roles(only(events, "Meeting"))
    assert roles["agent"] == {"lena-varga"} and "pavol-hrasko" in roles["counterpart"]


def test_a_long_quote_is_still_spoken(events_of):
    events = events_of('Senator Rosa Dunn said the senators had "held secret talks with the lobby '
                       'for many months before the vote".')
    assert not of_class(events, "Meeting"), [(e.cls, e.rule, e.roles) for e in events]

