"""Round 36 (Meeting, Rejection): a courtesy call ("X called on President Y") is a visit, not an
appeal; a dinner "in honour of" a guest hosts them; datelines with a colon, a bare agency or a
TASS slash leave the text; a wire's "(outlawed in Russia)" gloss bans no one; a title's
bracketed short form ("Foreign Minister (FM)") names no organisation."""
from __future__ import annotations

from kg.read.documents import Document
from kg.read.layout import analyse

from .conftest import by_name, local_roles, of_class, only, roles


def test_calling_on_a_president_is_a_visit(events_of):
    events = events_of("Senator Malik Hassan called on President Yusuf Adeyemi at the State House in Abuja on Tuesday.")
    roles = local_roles(only(events, "Meeting"))
    assert roles["agent"] == {"malik-hassan"} and roles["counterpart"] == {"yusuf-adeyemi"}
    assert not of_class(events, "Statement")


def test_calling_on_someone_to_act_stays_an_appeal(events_of):
    for text in ["Foreign Minister Dana Kovac called on President Ivo Brandt to withdraw the troops.",
                 "Envoy Rosa Lind called upon Premier Odile Marchand for restraint in the dispute."]:
        events = events_of(text)
        assert not of_class(events, "Meeting"), text
        assert of_class(events, "Statement"), text


def test_a_call_on_followed_by_the_two_discussing_is_one_visit(events_of):
    events = events_of("Earlier, Premier Lina Okoro called on President Faisal Nour and the two leaders "
                       "reviewed regional security.")
    meetings = of_class(events, "Meeting")
    assert meetings and any(local_roles(m).get("agent") == {"lina-okoro"} for m in meetings)
    assert not of_class(events, "Statement")


def test_a_dinner_in_honour_of_a_guest_hosts_the_guest(events_of):
    events = events_of("President Amara Diallo hosted a state dinner in honour of President Jonas Eklund at the palace.")
    roles = local_roles(only(events, "Meeting"))
    assert roles["agent"] == {"amara-diallo"} and roles["counterpart"] == {"jonas-eklund"}


def _dateline(line: str):
    article = analyse(Document(id="d", text="Talks on grain resume\n\n" + line + "\n\nA second paragraph."))
    body = next(article.text_of(b) for b in article.blocks if b.kind == "body")
    return article.dateline, article.publisher, body


def test_datelines_without_a_dash_leave_the_text():
    assert _dateline("KARSHI: The governor met the envoy.") == ("KARSHI", None, "The governor met the envoy.")
    assert _dateline("Tashkent: The minister arrived.") == ("Tashkent", None, "The minister arrived.")
    assert _dateline("PORTO NOVO, Benin (AFP) Officials met on Friday.") == ("PORTO NOVO, Benin", "AFP", "Officials met on Friday.")
    assert _dateline("MINSK, March 4. /BelTA/. The envoy left.") == ("MINSK", "BelTA", "The envoy left.")


def test_prose_with_brackets_or_a_colon_is_no_dateline():
    for line in ["The African Union (AU) Commission met on Friday.", "Warning: The road is closed.",
                 "Ruiz (the former envoy) Spoke first."]:
        place, _, body = _dateline(line)
        assert place is None and body == line, line


def test_a_bracketed_ban_gloss_bans_no_one(events_of):
    events = events_of("Fighters of the Al-Nusra Front (outlawed in Kazakhstan) attacked a convoy near Idlib.")
    assert not of_class(events, "Sanction")


def test_a_title_short_form_in_brackets_is_no_organisation(found_in):
    found = found_in("Foreign Minister (FM) Rashid Nazarov held talks with Ambassador Lena Fischer in Dushanbe.")
    assert not any(cls == "Organization" and "minister" in name.lower() for name, (_, cls) in by_name(found).items())


def test_a_stay_somewhere_for_talks_is_a_meeting_of_who_stays(events_of):
    events = events_of("Chancellor Dieter Krause is in Vienna for two days of talks with Chancellor Eva Lindner.")
    roles = local_roles(only(events, "Meeting"))
    assert roles["agent"] == {"dieter-krause"} and roles["counterpart"] == {"eva-lindner"}


def test_being_open_to_talks_is_no_meeting(events_of):
    assert not of_class(events_of("Premier Sofia Lund is open to talks with President Aron Weiss."), "Meeting")


def test_the_name_after_a_bracketed_title_short_form_is_the_subject(events_of):
    events = events_of("Foreign Minister (FM) Rashid Nazarov held talks with his Afghan counterpart Omar Sadiq in Dushanbe.")
    roles = local_roles(only(events, "Meeting"))
    assert roles["agent"] == {"rashid-nazarov"} and roles["counterpart"] == {"omar-sadiq"}


def test_a_visit_followed_by_talks_of_plans_is_still_a_visit(nlp):
    from kg.extract.courtesy import appeal_call
    doc = nlp("The envoy Ravi Menon called on President Samia Hassan and discussed ways to boost trade.")
    assert not appeal_call(next(t for t in doc if t.lower_ == "called"))
    doc = nlp("The envoy Ravi Menon called on President Samia Hassan to free the detained sailors.")
    assert appeal_call(next(t for t in doc if t.lower_ == "called"))


def test_a_dinner_in_a_place_of_a_country_hosts_no_one_from_it(events_of):
    events = events_of("President Amara Diallo hosted a state dinner in the capital of Kenya on Friday.")
    assert not any("kenya" in roles(m).get("counterpart", set()) for m in of_class(events, "Meeting"))
