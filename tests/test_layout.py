import datetime as dt

from kg.documents import Document
from kg.layout import analyse, paragraphs

TEXT = """World   /   Asia

Japan and India sign a trade pact in Tokyo

Prime Minister Kishida greets guests in Tokyo, on March 3, 2021. (Photo by AFP)

TOKYO (Kyodo) - Japan and India signed a trade pact on Friday.

The pact cuts tariffs. KYODO/Jane Roe

Reporting by Ann Lee and Bob Stone in Osaka; Editing by Carl Dunn

Visit our website. All rights reserved.

More links here
"""


def test_blocks_headline_and_boilerplate():
    article = analyse(Document(id="d", text=TEXT))
    assert article.headline == "Japan and India sign a trade pact in Tokyo"
    kinds = [(b.kind, article.text_of(b)) for b in article.blocks]
    assert kinds == [
        ("headline", "Japan and India sign a trade pact in Tokyo"),
        ("caption", "Prime Minister Kishida greets guests in Tokyo, on March 3, 2021."),
        ("body", "Japan and India signed a trade pact on Friday."),
        ("caption", "The pact cuts tariffs."),
    ]
    assert article.authors == ("Ann Lee", "Bob Stone")
    assert article.publisher == "Kyodo"
    assert article.published == dt.date(2021, 3, 3)


def test_given_metadata_wins():
    doc = Document(id="d", text=TEXT, title="Given title", published=dt.date(2021, 3, 5), publisher="Desk")
    article = analyse(doc)
    assert (article.headline, article.published, article.publisher) == ("Given title", dt.date(2021, 3, 5), "Desk")
    assert analyse(doc, published=dt.date(2000, 1, 1)).published == dt.date(2000, 1, 1)


def test_no_headline_when_text_starts_with_a_sentence():
    article = analyse(Document(id="d", text="The minister resigned on Monday after a long dispute."))
    assert article.headline is None
    assert [b.kind for b in article.blocks] == ["body"]
    assert article.published is None


def test_paragraph_offsets_point_into_the_text():
    text = "  One.\n\n\n Two lines\nhere. \n \nThree"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two lines\nhere.", "Three"]
