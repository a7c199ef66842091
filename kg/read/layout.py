"""Stage 2: tell an article's parts apart: headline, body, captions, credits, footers, date."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ..data import gazetteer, load_json
from .documents import Document
from ..names import fold

MONTHS = ("january february march april may june july august september october november december").split()
_FULL_DATE = re.compile(
    r"\b(?:(?P<m1>[A-Z][a-z]+)\.? (?P<d1>\d{1,2}),? (?P<y1>\d{4})|(?P<d2>\d{1,2}) (?P<m2>[A-Z][a-z]+),? (?P<y2>\d{4}))\b")


@dataclass(frozen=True)
class Block:
    """A paragraph to analyse: character offsets into the document text and its kind."""

    start: int
    end: int
    kind: str  # "headline", "body" or "caption"


@dataclass(frozen=True)
class Article:
    """A document with its parts told apart and its metadata settled."""

    document: Document
    headline: str | None
    published: dt.date | None
    publisher: str | None
    authors: tuple[str, ...]
    blocks: tuple[Block, ...]
    dateline: str | None = None  # the place the article was filed from ("Lima, Peru"), out of the text

    @property
    def id(self) -> str:
        return self.document.id

    def text_of(self, block: Block) -> str:
        return self.document.text[block.start:block.end]


@dataclass(frozen=True)
class _Patterns:
    section_labels: tuple[re.Pattern, ...]
    photo_credits: tuple[re.Pattern, ...]
    credit_lines: tuple[re.Pattern, ...]
    author_credits: tuple[re.Pattern, ...]
    footers: tuple[re.Pattern, ...]
    dateline: re.Pattern
    dateline_regions: frozenset[str]
    story_labels: frozenset[str]


@cache
def _patterns() -> _Patterns:
    raw = load_json("layout.json")
    many = lambda key: tuple(re.compile(_from_run_start(p)) for p in raw[key])  # noqa: E731
    return _Patterns(many("section_labels"), many("photo_credits"), many("credit_lines"),
                     many("author_credits"), many("footers"), re.compile(raw["dateline"]),
                     frozenset(raw["dateline_regions"]), frozenset(raw["story_labels"]))


def _from_run_start(pattern: str) -> str:
    """A pattern opening with `\\s*` searched from inside a run of whitespace spent time on the
    square of the run (19,000 scraped spaces: over a minute). Its leftmost match always starts
    where no whitespace precedes, so searching from there alone finds the same match."""
    return "(?<!\\s)" + pattern if pattern.startswith("\\s*") else pattern


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the blank-line separated paragraphs of `text`, whitespace trimmed."""
    spans, start = [], 0
    for gap in re.finditer(r"\n[ \t\r\f\v]*\n\s*", text):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.extend(_pieces(text, s + lead, s + lead + len(stripped)))
    return out


MAX_BLOCK = 20_000  # characters; a longer paragraph (a text without blank lines) is cut at sentence ends


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    while end - start > MAX_BLOCK:
        window = text[start:start + MAX_BLOCK]
        cut = max(window.rfind(". "), window.rfind("\n"), window.rfind(" "))
        cut = cut + 1 if cut > MAX_BLOCK // 2 else MAX_BLOCK
        out.append((start, start + cut))
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out


def analyse(document: Document, published: dt.date | None = None) -> Article:
    """Split a document into blocks and settle its headline, date, publisher and authors."""
    pat = _patterns()
    text = document.text
    blocks: list[Block] = []
    authors: list[str] = []
    headline = document.title
    caption_dates: list[dt.date] = []
    agency = place = None
    in_footer = False
    for start, end in paragraphs(text):
        chunk = text[start:end]
        if in_footer or any(p.search(chunk) for p in pat.footers):
            in_footer = True
            continue
        if any(p.search(chunk) for p in pat.credit_lines) or (
                len(chunk.split()) <= 6 and pat.author_credits[-1].match(chunk)):
            authors.extend(_authors(chunk, pat))
            continue
        if any(p.fullmatch(chunk) for p in pat.section_labels):
            continue
        credit = _first_match(pat.photo_credits, chunk)
        if credit:
            caption_dates.extend(_full_dates(chunk))
            blocks.append(Block(start, start + credit.start(), "caption"))
            continue
        if headline is None and not blocks and _reads_as_headline(chunk):
            headline = " ".join(chunk.split())
            blocks.append(Block(start, end, "headline"))
            continue
        dateline = _dateline(chunk, pat) if not any(b.kind == "body" for b in blocks) else None
        if dateline:  # the text events are read from starts after it; offsets stay the document's
            agency = (dateline.group("agency") or dateline.group("slash") or "").strip() or None
            place = ", ".join(p for p in dateline.group("place", "region") if p).strip() or None
            caption_dates.extend(_full_dates(dateline.group(0)))
            start += dateline.end()
        blocks.append(Block(start, end, "body"))
    # The record's own date wins; --published only fills in for articles that give none.
    date = document.published or published or (max(caption_dates) if caption_dates else None)
    return Article(document=document, headline=headline, published=date,
                   publisher=document.publisher or agency, authors=tuple(dict.fromkeys(authors)),
                   blocks=tuple(b for b in blocks if b.end > b.start), dateline=place)


def _dateline(chunk: str, pat: _Patterns):
    """The dateline a first paragraph opens with, if any: a place in capitals ("WASHINGTON -"),
    or in title case with an agency, a date or a known region after it ("Lima, Peru - "), or only a
    date and an agency ("April 30 (Reuters) -")."""
    m = pat.dateline.match(chunk)
    if m is None:
        return None
    if not m.group("place"):
        return m if m.group("date") and m.group("agency") else None
    if m.group("place").strip(" .").upper() in pat.story_labels:
        return None  # "EXCLUSIVE: ", "UPDATE - ": a label on the story, no place
    if not any(c in m.group("sep") for c in "-–—"):
        return m if _bare_dateline(m) else None
    if m.group("place").isupper() or m.group("agency") or m.group("date"):
        return m
    region = m.group("region")
    return m if region and (region in pat.dateline_regions or fold(region) in _region_names()) else None


def _bare_dateline(m) -> bool:
    """A dateline with no dash after it: a colon after a city ("ISLAMABAD: ", "Kabul: "), or an agency
    after a place in capitals or a date ("NUSA DUA, Indonesia (Reuters) ", "MOSCOW, May 3. /TASS/. "),
    not prose such as "The United Nations (UN) Security Council" or "Note: "."""
    place = m.group("place")
    if ":" in m.group("sep"):
        return place.isupper() or fold(place) in _region_names()
    if _spelt_out(place, m.group("agency")):
        return False  # "IAEA (International Atomic Energy Agency) Director General X said": an acronym
    return place.isupper() or bool(m.group("date"))


def _spelt_out(place: str, bracketed: str | None) -> bool:
    """The bracket spells out the capitals before it: an acronym and its name, not a place and an agency."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", bracketed or "") if w[0].isupper())
    return bool(initials) and initials.upper() == place.replace(" ", "").replace(".", "").upper()


@cache
def _region_names() -> frozenset[str]:
    """Folded names of the gazetteer's countries and places: the regions a dateline may name."""
    return frozenset(fold(n) for e in gazetteer() if e.cls in ("Country", "Place") for n in (e.label, *e.aliases))


def _first_match(patterns, text: str):
    for p in patterns:
        m = p.search(text)
        if m:
            return m
    return None


def _reads_as_headline(chunk: str) -> bool:
    words = chunk.split()
    return "\n" not in chunk and 3 <= len(words) <= 30 and not chunk.rstrip().endswith((".", ":", ",", ";"))


def _authors(chunk: str, pat: _Patterns) -> list[str]:
    names = []
    for p in pat.author_credits:
        for m in p.finditer(chunk):
            part = re.sub(r"\s+in\s+[A-Z][\w ]*$", "", m.group(1).strip())  # "X and Y in Istanbul"
            names.extend(n.strip() for n in re.split(r",\s*|\s+and\s+", part) if n.strip())
    return names


def _full_dates(text: str) -> list[dt.date]:
    out = []
    for m in _FULL_DATE.finditer(text):
        month, day, year = (m.group("m1"), m.group("d1"), m.group("y1")) if m.group("m1") else (
            m.group("m2"), m.group("d2"), m.group("y2"))
        if month.lower() in MONTHS:
            try:
                out.append(dt.date(int(year), MONTHS.index(month.lower()) + 1, int(day)))
            except ValueError:
                pass
    return out
