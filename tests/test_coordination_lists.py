"""Names of lists the parser mis-builds (kg/extract/coordination.py), on hand-made parses."""
import spacy
from spacy.tokens import Doc

from kg.extract.coordination import held_by_name, listed_names


def _doc(rows, ents=None):
    """rows: (word, head index, dep, pos); ents: BIO tags."""
    words, heads, deps, pos = zip(*rows)
    return Doc(spacy.blank("en").vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), ents=ents)


def test_apposition_inside_a_list_is_a_member():
    # "met with Anna Weber, James Hall, and Luca Conti": Hall parsed as Weber's apposition
    doc = _doc([("met", 0, "ROOT", "VERB"), ("with", 0, "prep", "ADP"), ("Anna", 3, "compound", "PROPN"),
                ("Weber", 1, "pobj", "PROPN"), (",", 3, "punct", "PUNCT"), ("James", 6, "compound", "PROPN"),
                ("Hall", 3, "appos", "PROPN"), (",", 3, "punct", "PUNCT"), ("and", 3, "cc", "CCONJ"),
                ("Luca", 10, "compound", "PROPN"), ("Conti", 3, "conj", "PROPN")],
               ents=["O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON"])
    assert [t.text for t in listed_names(doc[3])] == ["Hall"]


def test_true_apposition_is_no_member():
    # "met with Anna Weber, James Hall" (no list goes on): an apposition, not a second name
    doc = _doc([("met", 0, "ROOT", "VERB"), ("with", 0, "prep", "ADP"), ("Anna", 3, "compound", "PROPN"),
                ("Weber", 1, "pobj", "PROPN"), (",", 3, "punct", "PUNCT"), ("James", 6, "compound", "PROPN"),
                ("Hall", 3, "appos", "PROPN")],
               ents=["O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON"])
    assert listed_names(doc[3]) == []


def test_second_object_after_and_is_a_member():
    # "met Minister Vidal and Minister Castro" parsed as two objects of "met"
    doc = _doc([("met", 0, "ROOT", "VERB"), ("Minister", 2, "compound", "PROPN"), ("Vidal", 0, "dobj", "PROPN"),
                ("and", 2, "cc", "CCONJ"), ("Minister", 5, "compound", "PROPN"), ("Castro", 0, "dobj", "PROPN")])
    assert [t.text for t in listed_names(doc[2])] == ["Castro"]


def test_name_ending_a_title_holds_it():
    # "Director General for Political Affairs Luca Conti": the name hangs on "for"
    rows = [("General", 0, "ROOT", "PROPN"), ("for", 0, "prep", "ADP"), ("Political", 3, "compound", "PROPN"),
            ("Affairs", 5, "compound", "PROPN"), ("Luca", 5, "compound", "PROPN"), ("Conti", 1, "pobj", "PROPN")]
    doc = _doc(rows, ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON"])
    assert held_by_name(doc[0]).text == "Conti"
    served = _doc([("envoy", 0, "ROOT", "NOUN"), ("for", 0, "prep", "ADP"), ("Maria", 3, "compound", "PROPN"),
                   ("Lopez", 1, "pobj", "PROPN")], ents=["O", "O", "B-PERSON", "I-PERSON"])
    assert held_by_name(served[0]) is None  # "the envoy for Maria Lopez" serves her
