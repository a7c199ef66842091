import datetime as dt
from decimal import Decimal

import pytest

from kg.extract.attributes import parse_money, parse_quantity, resolve_date

FRIDAY = dt.date(2018, 4, 27)


@pytest.mark.parametrize("text, value, precision", [
    ("on Friday", "2018-04-27", "date"),
    ("Thursday", "2018-04-26", "date"),
    ("last Friday", "2018-04-20", "date"),
    ("last December", "2017-12", "gYearMonth"),
    ("in late December", "2017-12", "gYearMonth"),
    ("in March", "2018-03", "gYearMonth"),
    ("since December 2016", "2016-12", "gYearMonth"),
    ("April 16, 2018", "2018-04-16", "date"),
    ("16 April 2018", "2018-04-16", "date"),
    ("yesterday", "2018-04-26", "date"),
    ("last year", "2017", "gYear"),
    ("in 2016", "2016", "gYear"),
])
def test_dates(text, value, precision):
    date = resolve_date(text, FRIDAY)
    assert (date.value, date.precision) == (value, precision)


@pytest.mark.parametrize("text", ["earlier in the week", "that year", "the 1990s", "hours"])
def test_no_date(text):
    assert resolve_date(text, FRIDAY) is None


def test_relative_dates_need_a_publication_date():
    assert resolve_date("on Friday", None) is None
    assert resolve_date("December 2016", None).value == "2016-12"


@pytest.mark.parametrize("text, amount, currency", [
    ("$2.5 billion", "2500000000", "USD"),
    ("worth about 2.5 billion dollars", "2500000000", "USD"),
    ("€300m", "300000000", "EUR"),
    ("USD 40 million", "40000000", "USD"),
    ("1,200 rubles", "1200", "RUB"),
])
def test_money(text, amount, currency):
    money = parse_money(text)
    assert (money.amount, money.currency) == (Decimal(amount), currency)


def test_money_needs_a_currency():
    assert parse_money("40 million") is None


def test_quantities():
    assert parse_quantity("more than 100") == 100
    assert parse_quantity("three") == 3
    assert parse_quantity("several") is None
