"""A representative of rebels or of the opposition speaks for no state, and a lone given name read
apart from the surname after it opens one person's name (sentences of our own)."""
from .conftest import only, roles


def test_an_opposition_spokesman_with_a_nationality_is_not_the_state(events_of):
    events = events_of("A Sudanese opposition spokesman told reporters the march would go ahead on Friday.")
    assert all("sudan" not in roles(e).get("agent", set()) for e in events)


def test_a_government_spokesman_with_a_nationality_still_speaks_for_the_state(events_of):
    event = only(events_of("A Sudanese government spokesman told reporters the march was banned."), "Statement")
    assert roles(event)["agent"] == {"sudan"}


def test_a_given_name_tagged_apart_from_a_hyphenated_surname_joins_it():
    import spacy
    from spacy.tokens import Doc, Span

    from kg.extract.nameshape import joined_names

    words = ["said", "his", "sister", ",", "Olga", "Orlova", "-", "Bykova", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, False, True, True, False, False, False, False],
              pos=["VERB", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT"])
    doc.ents = [Span(doc, 4, 5, label="GPE"), Span(doc, 5, 6, label="GPE")]
    joined = joined_names(list(doc.ents))
    assert [(e.text, e.label_) for e in joined] == [("Olga Orlova-Bykova", "PERSON")]


def test_a_place_after_a_word_that_is_no_given_name_stays_apart():
    import spacy
    from spacy.tokens import Doc, Span

    from kg.extract.nameshape import joined_names

    doc = Doc(spacy.blank("en").vocab, words=["flights", "from", "Dubai", "Sharjah", "resumed"],
              pos=["NOUN", "ADP", "PROPN", "PROPN", "VERB"])
    doc.ents = [Span(doc, 2, 3, label="GPE"), Span(doc, 3, 4, label="GPE")]
    assert [e.text for e in joined_names(list(doc.ents))] == ["Dubai", "Sharjah"]


def test_a_possessive_pronoun_of_no_word_of_speech_does_not_take_the_last_speaker():
    from kg.extract.lexicon import speech_nouns

    assert {"statement", "spokesman"} <= speech_nouns() and "arrest" not in speech_nouns()


def test_his_spokesman_still_speaks_for_the_last_speaker(events_of):
    events = events_of("Foreign Minister Ali Karimi spoke in Geneva on Monday. His spokesman said the talks would resume.")
    assert any(roles(e).get("agent") == {"person:ali-karimi"} for e in events if e.cls == "Statement")
