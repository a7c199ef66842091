"""Welcoming a visitor on arrival is a Meeting (host and guest), not a Statement of praise."""
from __future__ import annotations

from .conftest import local_roles, of_class, only


def test_welcomed_on_arrival_is_a_meeting(events_of):
    events = events_of("Minister Ines Moreau was welcomed by Secretary Tomas Brandt upon her arrival "
                       "at the chancellery in Vienna.")
    roles = local_roles(only(events, "Meeting"))
    assert roles["agent"] == {"tomas-brandt"} and roles["counterpart"] == {"ines-moreau"}
    assert not of_class(events, "Statement")
