"""Shared fixtures: the real model (loaded once), and helpers to run the stages on text."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.read.documents import Document
from kg.extract.entities import find_entities
from kg.extract.offices import find_offices
from kg.read.layout import analyse
from kg.read.nlp import load_model, parse

DATA = Path(__file__).parent / "data"
SEEDS = DATA / "seeds"


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def found_in(nlp):
    """Run layout, NLP and entity stages on a text; return ArticleEntities."""
    def run(text: str, doc_id: str = "t", publisher: str | None = None):
        article = analyse(Document(id=doc_id, text=text, publisher=publisher))
        return find_entities(next(parse([article], nlp)))
    return run


def roles(event) -> dict[str, set[str]]:
    """role -> entity keys of an EventMention"""
    out: dict[str, set[str]] = {}
    for role, key in event.roles:
        out.setdefault(role, set()).add(key)
    return out


def of_class(events, cls):
    """The events of one class"""
    return [e for e in events if e.cls == cls]


def only(events, cls):
    """The one event of a class (fails, listing what was found, if there is none or more)."""
    found = of_class(events, cls)
    assert len(found) == 1, [(e.cls, e.rule, e.roles) for e in events]
    return found[0]


def local_roles(event) -> dict[str, set[str]]:
    """role -> entity keys without their class prefix ('person:ana-ruiz' -> 'ana-ruiz')"""
    return {role: {k.split(":", 1)[-1] for k in keys} for role, keys in roles(event).items()}


def by_name(found) -> dict[str, tuple[str, str]]:
    """surface form -> (entity key, class)"""
    classes = {e.key: e.cls for e in found.entities}
    return {m.text: (m.key, classes[m.key]) for m in found.mentions}


def claims(found) -> set[tuple]:
    """(person, title, party) of every office the article states."""
    return {(c.person, c.title, c.of) for c in find_offices(found)}


def titles_of(found, person) -> set[str]:
    """The titles the article gives one person."""
    return {c.title for c in find_offices(found) if c.person == person}


@pytest.fixture(scope="session")
def events_of(nlp):
    """Run every extraction stage on a text; return its EventMentions."""
    from kg.extract.events import find_events
    from kg.extract.offices import find_offices

    def run(text: str, publisher: str | None = None, published=None):
        article = analyse(Document(id="x", text=text, published=published, publisher=publisher))
        found = find_entities(next(parse([article], nlp)))
        return find_events(found, find_offices(found))
    return run


def office_claims(found) -> set[tuple[str, str, str | None]]:
    """(person key, title, party key) of every office an article states"""
    from kg.extract.offices import find_offices

    return {(c.person, c.title, c.of) for c in find_offices(found)}
