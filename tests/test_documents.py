import datetime as dt
import json

import pytest

from kg.read.documents import parse_date, read_documents
from kg.errors import InputError


def test_text_file_id_is_the_stem(tmp_path):
    (tmp_path / "a-1.txt").write_text("Hello world.\n")
    [doc] = read_documents([str(tmp_path / "a-1.txt")])
    assert (doc.id, doc.text) == ("a-1", "Hello world.\n")


def test_directory_reads_txt_below_in_sorted_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B text")
    (tmp_path / "a.txt").write_text("A text")
    (tmp_path / "c.md").write_text("not read")
    assert [d.id for d in read_documents([str(tmp_path)])] == ["a", "b"]


def test_directory_without_txt_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no .txt files"):
        list(read_documents([str(tmp_path)]))


def test_jsonl_records_carry_metadata(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "T", "title": "H", "published": "2020-01-02T10:00:00Z",
                                "publisher": "P", "url": "https://e.org/x"}) + "\n\n")
    [doc] = read_documents([str(path)])
    assert (doc.id, doc.title, doc.published, doc.publisher, doc.url) == ("x", "H", dt.date(2020, 1, 2), "P", "https://e.org/x")


@pytest.mark.parametrize("line, message", [
    ("{not json", "feed.jsonl:2: malformed JSON"),
    ('{"id": "y"}', "feed.jsonl:2: record has no text"),
    ('["a list"]', "feed.jsonl:2: a record must be a JSON object"),
    ('{"id": "y", "text": "t", "published": "someday"}', "feed.jsonl:2: published: not a date"),
])
def test_bad_jsonl_line_is_named(tmp_path, line, message):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "x", "text": "fine"}\n' + line + "\n")
    with pytest.raises(InputError, match=message):
        list(read_documents([str(path)]))


def test_empty_binary_and_missing_inputs_are_errors(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\t\n")
    (tmp_path / "bin.txt").write_bytes(b"abc\x00def")
    with pytest.raises(InputError, match="empty document"):
        list(read_documents([str(tmp_path / "empty.txt")]))
    with pytest.raises(InputError, match="binary file"):
        list(read_documents([str(tmp_path / "bin.txt")]))
    with pytest.raises(InputError, match="no such file"):
        list(read_documents([str(tmp_path / "nope.txt")]))


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path, capsys):
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 news.".encode("latin-1"))
    [doc] = read_documents([str(tmp_path / "latin.txt")])
    assert doc.text == "Caf\ufffd news."
    assert "latin.txt: invalid UTF-8" in capsys.readouterr().err


def test_parse_date():
    assert parse_date("2018-04-27", "x") == dt.date(2018, 4, 27)
    with pytest.raises(InputError, match="--published: not a date"):
        parse_date("27/04/2018", "--published")


def test_a_paragraph_after_a_headline_without_a_full_stop_keeps_its_first_word(nlp):
    from kg.read.documents import Document
    from kg.read.layout import analyse
    from kg.read.nlp import parse

    parsed = next(parse([analyse(Document(id="p", text="Talks in Oslo\n\nSweden condemned the vote on Monday.\n"))], nlp))
    body = parsed.blocks[-1].doc
    assert [s.text for s in body.sents] == ["Sweden condemned the vote on Monday."]
    assert body[0].dep_ == "nsubj"
