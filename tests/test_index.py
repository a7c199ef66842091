"""Per-Doc string columns (kg/read/index.py) and the parse's batches of articles."""
from kg.read.documents import Document
from kg.read.index import indices_of, lowers, texts
from kg.read.layout import analyse
from kg.read.nlp import parse


def test_columns_hold_each_tokens_strings_and_are_made_once(nlp):
    doc = nlp("The Navy of Freedonia bought Two Ships.")
    assert lowers(doc) == tuple(t.lower_ for t in doc) and texts(doc) == tuple(t.text for t in doc)
    assert lowers(doc) is lowers(doc)  # kept in the Doc's user_data
    assert indices_of(lowers(doc), {"ships", "navy"}) == [1, 6]
    assert indices_of(texts(doc), {"ships"}) == []  # texts keep their case


def test_batches_of_articles_parse_as_one_article_at_a_time(nlp):
    docs = [Document(id=f"d{i}", text=f"Headline {i}\n\nThe minister of Ruritania met envoys on day {i}.\n\nThey left.")
            for i in range(5)]
    def parses(batch_size):
        return [[(t.text, t.dep_, t.head.i, t.ent_type_) for b in p.blocks for t in b.doc]
                for p in parse([analyse(d) for d in docs], nlp, batch_size=batch_size)]
    together, alone = parses(64), parses(1)
    assert len(together) == 5 and together == alone
