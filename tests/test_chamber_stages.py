"""Who passes a text when wire copy names the chamber indirectly: party members in it, the reading or vote it
passed at, a dateline before the sentence (sentences of our own)."""
import pytest

from .conftest import of_class, roles


@pytest.mark.parametrize("text, chamber", [
    ("Democrats in the House of Representatives approved the housing bill on Friday.", "house"),
    ("The broadcasting bill passed by 198 votes to 170 on its second reading in the Sejm.", "sejm"),
])
def test_the_chamber_named_around_the_text_passes_it(events_of, text, chamber):
    bills = of_class(events_of(text), "Legislation")
    assert any(chamber in key for b in bills for key in roles(b).get("agent", ())), [b.roles for b in bills]


def test_a_dateline_is_not_the_subject_of_the_sentence(nlp):
    from kg.extract.syntax import clause_subject
    doc = nlp("Kampala - The budget bill was approved by parliament on Monday.")
    verb = next(t for t in doc if t.lemma_ == "approve")
    assert clause_subject(verb).lower_ == "bill"


def test_a_name_before_a_dash_inside_a_sentence_stays_the_subject(nlp):
    from kg.extract.syntax import dateline
    doc = nlp("The senator - a former judge - approved the bill.")
    assert not any(dateline(t) for t in doc)


def test_a_rule_on_how_a_text_can_pass_names_no_chamber_acting(events_of):
    bills = of_class(events_of("The amendment can be passed only by two-thirds majority votes in the Bundestag."), "Legislation")
    assert not any(roles(b).get("agent") for b in bills), [b.roles for b in bills]


def test_a_person_named_before_a_dash_is_no_dateline(nlp):
    from kg.extract.syntax import dateline
    doc = nlp("Kamal Haddad - a veteran of the talks - was arrested on Monday.")
    assert not any(dateline(t) for t in doc)
    assert dateline(nlp("Kampala - The bill was approved by parliament on Monday.")[0])
