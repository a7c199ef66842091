import datetime as dt

from kg.read.documents import Document
from kg.read.layout import analyse, paragraphs

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
    assert analyse(doc, published=dt.date(2000, 1, 1)).published == dt.date(2021, 3, 5)  # the record's own date wins
    undated = Document(id="u", text=TEXT)
    assert analyse(undated, published=dt.date(2000, 1, 1)).published == dt.date(2000, 1, 1)


def test_no_headline_when_text_starts_with_a_sentence():
    article = analyse(Document(id="d", text="The minister resigned on Monday after a long dispute."))
    assert article.headline is None
    assert [b.kind for b in article.blocks] == ["body"]
    assert article.published is None


def test_paragraph_offsets_point_into_the_text():
    text = "  One.\n\n\n Two lines\nhere. \n \nThree"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two lines\nhere.", "Three"]


def _body(text: str):
    article = analyse(Document(id="d", text="Ministers meet to talk about grain\n\n" + text + "\n\nA second paragraph follows."))
    return article, next(article.text_of(b) for b in article.blocks if b.kind == "body")


def test_datelines_leave_the_text_and_keep_their_place():
    for line, place, agency in [("OSLO (NTB) - Norway bought two frigates.", "OSLO", "NTB"),
                                ("NAIROBI — Kenya recalled its envoy.", "NAIROBI", None),
                                ("Quito, Ecuador - Ecuador signed the accord.", "Quito, Ecuador", None),
                                ("Hanoi, June 2 (AFP) - Vietnam ordered patrol boats.", "Hanoi", "AFP"),
                                ("ACCRA, Ghana (AP) — Ghana arrested two men.", "ACCRA, Ghana", "AP"),
                                ("Denver, Colorado - The governor vetoed the bill.", "Denver, Colorado", None),
                                ("March 3 (Kyodo) - Japan lodged a protest.", None, "Kyodo")]:
        article, body = _body(line)
        assert body == line.split(" - ", 1)[-1].split(" — ", 1)[-1], line
        assert (article.dateline, article.publisher) == (place, agency), line
        block = next(b for b in article.blocks if b.kind == "body")
        assert article.document.text[block.start:block.end] == body  # offsets on the original text


def test_bracketed_region_and_colon_datelines_leave_the_text():
    for line, place, agency in [("Accra [Ghana], May 4 (GNA): Ghana bought two patrol boats.", "Accra, Ghana", "GNA"),
                                ("Accra [Ghana], May 4 : Ghana bought two patrol boats.", "Accra, Ghana", None),
                                ("KARACHI: Pakistan bought two patrol boats.", "KARACHI", None)]:
        article, body = _body(line)
        assert body == "Ghana bought two patrol boats." if "Ghana" in line else body == "Pakistan bought two patrol boats."
        assert (article.dateline, article.publisher) == (place, agency), line


def test_a_label_with_a_colon_stays():
    article, body = _body("Background: Ghana bought two patrol boats.")
    assert body.startswith("Background:") and article.dateline is None


def test_prose_that_looks_like_a_dateline_stays():
    for line in ["Meanwhile, Haddad - a veteran of the talks - resigned.", "Later, Smith - who chairs the panel - spoke.",
                 "March 3 - a day of protests - ended quietly."]:  # a date alone, with no agency, is prose
        article, body = _body(line)
        assert body == line and article.dateline is None


def test_the_dateline_city_is_no_agent(events_of, found_in):
    from .conftest import of_class, roles
    text = "Navy buys frigates\n\nHAVANA — Mexico bought two frigates from Spain on Monday."
    buys = of_class(events_of(text), "Purchase")
    assert buys and all(roles(e).get("agent") == {"mexico"} for e in buys)
    assert not any(m.text == "HAVANA" for m in found_in(text).mentions)


def test_an_acronym_spelt_out_or_a_story_label_is_no_dateline():
    spelt = analyse(Document(id="a", text="OPEC (Organization of the Petroleum Exporting Countries) ministers met in Vienna."))
    assert spelt.dateline is None and spelt.publisher is None and spelt.blocks[0].start == 0
    label = analyse(Document(id="b", text="EXCLUSIVE: The ministry said the plan was ready."))
    assert label.dateline is None and label.blocks[0].start == 0
    wire = analyse(Document(id="c", text="SURABAYA, Indonesia (Reuters) The ministers met on Monday."))
    assert wire.dateline == "SURABAYA, Indonesia" and wire.publisher == "Reuters"
