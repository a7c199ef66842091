"""The data objects the extraction steps hand to each other (and to resolve/merge): mentions
and entities of one article, office claims, event mentions. Kept apart from the steps so
that no step has to import another to name what it returns."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from decimal import Decimal

from ..read.nlp import ParsedArticle
from .attributes import EventDate, Money


@dataclass(frozen=True)
class Mention:
    """One mention of an entity: where it is (block, tokens, document characters) and what it names."""
    block: int
    start: int  # token offsets in the block's Doc
    end: int
    char_start: int  # offsets in the original document text
    char_end: int
    text: str
    key: str
    voice: bool = False  # "we" in a government's release: refers, but names nothing


@dataclass(frozen=True)
class Entity:
    """An entity as one article knows it: key, class, the surface forms used, and gazetteer facts."""
    key: str
    cls: str
    names: tuple[str, ...]
    label: str | None = None  # canonical label where known (gazetteer, product designation)
    wikidata: str | None = None


@dataclass(frozen=True)
class ArticleEntities:
    """The parsed article with its mentions and the entities they name."""
    parsed: ParsedArticle
    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    voice: str | None = None  # the country a government's release speaks for ("we"), if any

    def entity(self, key: str) -> Entity:
        return next(e for e in self.entities if e.key == key)

    def mentions_in(self, block: int) -> list[Mention]:
        """The mentions of one block, in their order (a new list: callers may change it)."""
        return list(self._by_block.get(block, ()))

    @cached_property  # steps ask for a block's mentions many times per article
    def _by_block(self) -> dict[int, tuple[Mention, ...]]:
        by_block: dict[int, list[Mention]] = {}
        for m in self.mentions:
            by_block.setdefault(m.block, []).append(m)
        return {block: tuple(found) for block, found in by_block.items()}


@dataclass(frozen=True)
class OfficeClaim:
    """A person holds an office: the person's and the country's or organisation's entity keys."""
    person: str
    title: str
    of: str | None
    block: int
    surface: str = ""  # the title as written, with its modifiers and complement ("foreign affairs minister")


@dataclass(frozen=True)
class EventMention:
    """An event as one article tells it: roles hold the article's entity keys."""
    cls: str
    rule: str
    block: int
    token: int
    sentences: tuple[tuple[int, int], ...]  # evidence: character spans in the document text
    roles: tuple[tuple[str, str], ...]
    modality: str = "Asserted"
    confidence: float = 0.8
    date: EventDate | None = None
    value: Money | None = None
    quantity: Decimal | None = None
    quote: str | None = None
    topics: tuple[int, ...] = ()  # indexes of other events of the article
    evidence: tuple[str, ...] = ()  # the sentences, verbatim, once the article is done
    cameo: str | None = None  # CAMEO event code of the frame that found it

    def role(self, name: str) -> list[str]:
        return [k for r, k in self.roles if r == name]
