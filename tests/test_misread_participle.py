"""A verb the parser reads as a participle on the root noun, yet with a direct object, acts."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.syntax import clause_subject, undergone


def _doc(words, heads, deps, tags):
    pos = ["VERB" if t.startswith("VB") else "ADP" if t == "IN" else "DET" if t == "DT" else "PUNCT" if t == "." else
           "PROPN" if t.startswith("NNP") else "NOUN" for t in tags]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_participle_with_object_takes_the_root_noun_as_subject():
    # "The Ministry condemned on Friday the strike ." parsed with "condemned" as a reduced relative of "Ministry"
    doc = _doc(["The", "Ministry", "condemned", "on", "Friday", "the", "strike", "."],
               [1, 1, 1, 2, 3, 6, 2, 1], ["det", "ROOT", "acl", "prep", "pobj", "det", "dobj", "punct"],
               ["DT", "NNP", "VBN", "IN", "NNP", "DT", "NN", "."])
    assert clause_subject(doc[2]).i == 1
    assert not undergone(doc[2])


def test_participle_with_by_phrase_stays_passive():
    # "Sailors held hostage by pirates ." as a headline: the sailors are held, they hold no one
    doc = _doc(["Sailors", "held", "hostage", "by", "pirates", "."],
               [0, 0, 1, 1, 3, 0], ["ROOT", "acl", "dobj", "agent", "pobj", "punct"],
               ["NNS", "VBN", "NN", "IN", "NNS", "."])
    assert undergone(doc[1])
    assert getattr(clause_subject(doc[1]), "i", None) != 0


def test_participle_without_object_stays_passive():
    # "Americans detained in Iran ." : a reduced relative, no object
    doc = _doc(["Americans", "detained", "in", "Iran", "."], [0, 0, 1, 2, 0], ["ROOT", "acl", "prep", "pobj", "punct"],
               ["NNPS", "VBN", "IN", "NNP", "."])
    assert undergone(doc[1])
