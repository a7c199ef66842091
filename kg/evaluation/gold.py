"""Gold files for `kg eval`: read, check against the shipped JSON Schema, and turn into facts,
entities and offices (the format of docs/gold-format.md)."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import InputError

# other spellings of event classes that gold files may use: class, implied modality
EVENT_ALIASES = {"SanctionThreat": ("Sanction", "Threatened"), "Warning": ("Threat", None)}
ATTRIBUTE_ROLES = ("value", "date", "quote", "quantity", "place")


@lru_cache(maxsize=1 << 16)  # the same names are compared again and again
def norm(text: str) -> str:
    """A name or sentence for comparison: no accents, case, dots in initials, possessives or punctuation."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<=\b[a-z])\.", "", text)  # U.S. -> us
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@dataclass(frozen=True)
class GoldEntity:
    """An entity the annotator expects as a node: its label, class and other names."""

    label: str
    cls: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class GoldOffice:
    """A person holds an office (one of `titles`), of one of `of` when given."""

    person: str
    titles: tuple[str, ...]
    of: tuple[str, ...]


@dataclass(frozen=True)
class GoldFact:
    """One event as annotated; told by several articles when `docs` has more than one."""

    key: str
    docs: frozenset[str]
    classes: tuple[str, ...]  # the first is the class it is reported under
    roles: tuple[tuple[str, tuple[str, ...]], ...]  # role -> every name that fills it
    attributes: tuple[tuple[str, Any], ...]
    modality: str | None
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Gold:
    """Everything the gold files say, merged."""

    facts: tuple[GoldFact, ...]
    entities: tuple[GoldEntity, ...]
    offices: tuple[GoldOffice, ...]
    optional: frozenset[str]  # normalised names of entities a graph may have without penalty


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@lru_cache(maxsize=1)
def schema() -> dict:
    """The JSON Schema of gold files, shipped with the package."""
    return json.loads(resources.files("kg").joinpath("data/gold.schema.json").read_text(encoding="utf-8"))


def read_gold_file(path: str) -> dict:
    """One gold file as JSON, checked against the schema; a broken file gets a one-line error
    naming the file and the field."""
    import jsonschema

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not JSON: {exc}") from None
    validator = jsonschema.Draft202012Validator(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise InputError(f"{path}: {where}: {error.message}")
    return data


class _Merger:
    """Facts with one key across articles merge; entities with one label unite their aliases."""

    def __init__(self):
        self.facts: dict[str, dict] = {}
        self.entities: dict[str, dict] = {}
        self.offices: list[GoldOffice] = []
        self.optional: set[str] = set()

    def entity(self, e: dict) -> None:
        known = self.entities.setdefault(norm(e["label"]), {**e, "aliases": list(e.get("aliases", []))})
        if known is not e:
            known["aliases"] = list(dict.fromkeys([*known["aliases"], *e.get("aliases", [])]))

    def office(self, r: dict) -> None:
        self.offices.append(GoldOffice(r["person"], tuple(_as_list(r["role"])), tuple(_as_list(r.get("of")))))

    def fact(self, doc: str, index: int, f: dict) -> None:
        key = f.get("key") or f"{doc}#{index}"
        classes, modality = [], f.get("modality")
        for c in _as_list(f["event"]):
            c, implied = EVENT_ALIASES.get(c, (c, None))
            classes.append(c)
            modality = modality or implied
        fact = self.facts.setdefault(key, {"key": key, "docs": set(), "classes": classes, "roles": {},
                                           "attributes": {}, "modality": modality, "evidence": []})
        fact["docs"].add(doc)
        fact["evidence"].append(f.get("evidence", ""))
        for role, names in (f.get("roles") or {}).items():
            if role == "topic" or names is None:
                continue  # free-text topics are not scored
            if role in ATTRIBUTE_ROLES:
                fact["attributes"].setdefault(role, names)
                continue
            # "A; B" lists several parties: any one of them may fill the role
            names = [n.strip() for x in _as_list(names) for n in str(x).split(";") if n.strip()]
            if names:
                fact["roles"].setdefault(role, names)
        for attr, value in (f.get("attributes") or {}).items():
            fact["attributes"].setdefault(attr, value)

    def gold(self) -> Gold:
        names_of: dict[str, list[str]] = {}  # a role named by any of an entity's names accepts all of them
        for e in self.entities.values():
            group = [e["label"], *e.get("aliases", [])]
            for n in group:
                names_of.setdefault(norm(n), group)
        facts = []
        for f in self.facts.values():
            roles = {}
            for role, names in f["roles"].items():
                if role == "participant":
                    roles[role] = tuple(names)
                    continue
                known = [n for n in names if norm(n) in names_of]
                if known:  # a role filled only by free text describes the event, like a topic: not scored
                    roles[role] = tuple(dict.fromkeys(x for n in known for x in names_of[norm(n)]))
            facts.append(GoldFact(f["key"], frozenset(f["docs"]), tuple(f["classes"]), tuple(roles.items()),
                                  tuple(f["attributes"].items()), f["modality"], tuple(f["evidence"])))
        entities = tuple(GoldEntity(e["label"], e["type"], tuple(e.get("aliases", []))) for e in self.entities.values())
        return Gold(tuple(facts), entities, tuple(self.offices), frozenset(self.optional))


def load_gold(paths: list[str]) -> Gold:
    """The gold of several files, merged (facts with one key across articles are one fact)."""
    merger = _Merger()
    for path in paths:
        data = read_gold_file(path)
        merger.optional |= {norm(n) for n in data.get("optional_entities", [])}
        for e in data.get("entities", []):
            merger.entity(e)
        for r in data.get("roles", []):
            merger.office(r)
        for d in data.get("documents") or [data]:
            doc = Path(d["doc"]).stem
            if d is not data:
                for e in d.get("entities", []):
                    merger.entity(e)
                for r in d.get("roles", []):
                    merger.office(r)
            for i, f in enumerate(d.get("facts", [])):
                merger.fact(doc, i, f)
    return merger.gold()
