"""Load the knowledge that is data (lexicons, gazetteers, patterns) shipped in kg/data."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class GazetteerEntry:
    """A known entity: its stable key, class, canonical label, Wikidata id and other names."""

    key: str
    cls: str  # "Country", "Organization", "Place"
    label: str
    wikidata: str | None
    aliases: tuple[str, ...]
    kind: str | None = None  # organisations: "alliance", "legislature", ...


def read_text(name: str) -> str:
    """The text of a data file shipped in kg/data."""
    return resources.files("kg").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@cache
def load_json(name: str) -> dict:
    """A JSON data file, parsed once per process."""
    return json.loads(read_text(name))


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """One word list of a JSON data file, as a set, built once per process."""
    return frozenset(load_json(name)[key])


def _rows(name: str):
    lines = [line for line in read_text(name).splitlines() if line.strip() and not line.startswith("#")]
    yield from csv.reader(lines, delimiter="\t")


@cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Every gazetteer entry: countries, organisations, places."""
    entries = []
    for row in _rows("countries.tsv"):
        key, label, qid, aliases = (row + [""] * 4)[:4]
        entries.append(GazetteerEntry(key, "Country", label, qid or None, _split(aliases)))
    for row in _rows("organizations.tsv"):
        key, label, qid, kind, aliases = (row + [""] * 5)[:5]
        entries.append(GazetteerEntry(key, "Organization", label, qid or None, _split(aliases), kind or None))
    for row in _rows("places.tsv"):
        key, label, qid, aliases = (row + [""] * 4)[:4]
        entries.append(GazetteerEntry(key, "Place", label, qid or None, _split(aliases)))
    return tuple(entries)


@cache
def gazetteer_by_key() -> dict[str, GazetteerEntry]:
    """Gazetteer entries by key."""
    return {e.key: e for e in gazetteer()}


def _split(aliases: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in aliases.split("|") if a.strip())
