"""A known given name opens a person's name, whatever the model guessed (sentences of our own)."""
from .conftest import by_name


def test_a_name_the_model_left_unnamed_is_a_person_when_a_given_name_opens_it(found_in):
    names = by_name(found_in("Police detained Alexei Varga at the airport on Monday."))
    assert names["Alexei Varga"][1] == "Person"


def test_a_name_the_model_took_for_an_organisation_is_a_person_when_a_given_name_opens_it(found_in):
    names = by_name(found_in("Iran released the French academic Fariba Moradi on Friday."))
    assert names["Fariba Moradi"][1] == "Person"


def test_an_organisation_that_does_not_open_with_a_given_name_stays_one(found_in):
    names = by_name(found_in("Iran sanctioned Hirtenfeld Defence Group on Friday."))
    assert all(cls != "Person" for _, cls in names.values())


def _doc_with_entity(words: list[str], pos: list[str], start: int, end: int, label: str):
    import spacy
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, start, end, label=label)]
    return doc


def test_a_name_the_model_took_for_a_work_is_a_person_when_a_given_name_opens_it():
    from kg.extract.nameshape import person_as_work

    doc = _doc_with_entity(["support", "for", "Nicolás", "Herrera", "in", "Lima"],
                           ["NOUN", "ADP", "PROPN", "PROPN", "ADP", "PROPN"], 2, 4, "WORK_OF_ART")
    assert person_as_work(doc.ents[0]).label_ == "PERSON"  # an accented given name counts as the plain one


def test_a_work_that_does_not_open_with_a_given_name_stays_a_work():
    from kg.extract.nameshape import person_as_work

    doc = _doc_with_entity(["she", "read", "Bleak", "House", "twice"], ["PRON", "VERB", "PROPN", "PROPN", "ADV"],
                           2, 4, "WORK_OF_ART")
    assert person_as_work(doc.ents[0]).label_ == "WORK_OF_ART"
