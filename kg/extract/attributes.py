"""Event attributes read from text: dates (relative ones resolved against the article's date),
money amounts and quantities.

dateparser misses "last December" / "in late December" and puts "on Friday" in the week
before, so relative dates follow the rules here; dateparser handles the rest.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..data import load_json

MONTHS = ("january february march april may june july august september october november december").split()
WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday").split()
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                     "ninety": 90, "hundred": 100, "dozen": 12})


@dataclass(frozen=True)
class EventDate:
    """A date at the precision the text gives: 'date' (YYYY-MM-DD), 'gYearMonth' or 'gYear'."""
    value: str
    precision: str


@dataclass(frozen=True)
class Money:
    """An amount of money with its ISO 4217 currency."""
    amount: Decimal
    currency: str


_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + r")"
_FULL = re.compile(rf"\b{_MONTH}\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>\d{{4}})\b|"
                   rf"\b(?P<day2>\d{{1,2}}) (?P<month2>[A-Z][a-z]+),? (?P<year2>\d{{4}})\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH},? (?P<year>\d{{4}})\b")
_MONTH_ONLY = re.compile(rf"\b{_MONTH}\b")
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")
_WEEKDAY = re.compile(r"\b(?P<weekday>" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b")


def resolve_date(text: str, published: dt.date | None) -> EventDate | None:
    """The date a DATE expression names, or None when it names no day, month or year."""
    m = _FULL.search(text)
    if m:
        month = (m.group("month") or m.group("month2") or "").lower()
        if month in MONTHS:
            year, day = int(m.group("year") or m.group("year2")), int(m.group("day") or m.group("day2"))
            try:
                return EventDate(dt.date(year, MONTHS.index(month) + 1, day).isoformat(), "date")
            except ValueError:
                return None
    m = _MONTH_YEAR.search(text)
    if m:
        return EventDate(f"{int(m.group('year')):04d}-{MONTHS.index(m.group('month').lower()) + 1:02d}", "gYearMonth")
    lowered = text.lower()
    if published is not None:
        m = _WEEKDAY.search(text)
        if m:  # "on Friday": the latest such day on or before publication
            back = (published.weekday() - WEEKDAYS.index(m.group("weekday").lower())) % 7
            if "next" in lowered:
                back = -((7 - back) % 7 or 7)
            elif "last" in lowered and back == 0:
                back = 7
            return EventDate(_shifted(published, -back).isoformat(), "date")
        m = _MONTH_ONLY.search(text)
        if m:  # "last December", "in late December": the latest such month before publication
            month = MONTHS.index(m.group("month").lower()) + 1
            year = published.year if month < published.month or (
                month == published.month and "last" not in lowered) else published.year - 1
            if "next" in lowered:
                year = published.year if month > published.month else published.year + 1
            return EventDate(f"{_in_calendar(year):04d}-{month:02d}", "gYearMonth")
        for word, delta in (("yesterday", -1), ("today", 0), ("tomorrow", 1)):
            if re.search(rf"\b{word}\b", lowered):
                return EventDate(_shifted(published, delta).isoformat(), "date")
        for phrase, delta in (("last year", -1), ("this year", 0), ("next year", 1)):
            if phrase in lowered:
                return EventDate(f"{_in_calendar(published.year + delta):04d}", "gYear")
    m = _YEAR.search(text)
    if m and not re.search(r"\d{4}s\b", text):
        return EventDate(m.group("year"), "gYear")
    return None


def _shifted(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, held at the calendar's edges (years 1 and 9999)."""
    if days < 0 and (day - dt.date.min).days < -days:
        return dt.date.min
    if days > 0 and (dt.date.max - day).days < days:
        return dt.date.max
    return day + dt.timedelta(days=days)


def _in_calendar(year: int) -> int:
    return min(max(year, dt.MINYEAR), dt.MAXYEAR)


@lru_cache(maxsize=1)
def _currencies():
    return load_json("currencies.json")


def parse_money(text: str) -> Money | None:
    """'$2.5 billion', 'about 2.5 billion dollars', '€300m', 'USD 40 million' -> Money."""
    data = _currencies()
    symbols = sorted(data["symbols"], key=len, reverse=True)
    symbol = "|".join(re.escape(s) for s in symbols)
    scales = "|".join(sorted(data["scales"], key=len, reverse=True))
    m = re.search(rf"(?P<sym>{symbol})?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>{scales})?\b\s*(?P<word>[A-Za-z]+)?", text)
    if not m:
        return None
    currency = data["symbols"].get(m.group("sym") or "")
    word = (m.group("word") or "").lower()
    if not currency:
        currency = data["words"].get(word)
    if not currency:
        code = re.search(r"\b([A-Z]{3})\b", text)
        currency = data["words"].get(code.group(1).lower()) if code else None
    if not currency:
        return None
    try:
        amount = Decimal(m.group("num").replace(",", ""))
    except InvalidOperation:
        return None
    scale = m.group("scale")
    if scale:
        amount *= data["scales"][scale.lower()] if scale.lower() in data["scales"] else 1
    return Money(amount.normalize(), currency)


def parse_quantity(text: str) -> Decimal | None:
    """'more than 100' -> 100; 'three' -> 3; '1,200' -> 1200."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if m:
        try:
            return Decimal(m.group(0).replace(",", ""))
        except InvalidOperation:
            return None
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in NUMBER_WORDS:
            return Decimal(NUMBER_WORDS[word])
    return None
