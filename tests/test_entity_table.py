"""The entity table of issue 20 (tests/data/entities.jsonl): articles of our own, each row saying
which names must be one node ("same"), which must be two ("apart"), which strings must be no
node's name ("not_alias": descriptions, honorifics, families) and which offices the person named in
full must hold ("holds": person, title, party or null); "typed" gives the one class the node of a
name must have. Each row is built as a whole graph (every stage to the merge), so names given in
another article of the row count. Pass counts per kind are printed (`pytest -s`); the floor is in
tests/data/tables_floor.json ("entities")."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from kg.evaluation.gold import norm
from kg.read.documents import Document

DATA = Path(__file__).parent / "data"


def rows() -> list[dict]:
    """The rows of the entity table."""
    lines = (DATA / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def failures(row: dict, result) -> list[str]:
    """What a built row gets wrong (empty when it passes)."""
    entities = {e.id: e for e in result.resolution.entities}
    written = {e.id: {e.label, *e.aliases} for e in entities.values()}

    def nodes(name: str) -> set[str]:
        return {i for i, names in written.items() if norm(name) in {norm(n) for n in names}}

    out = []
    for a, b in row.get("same", []):
        if not nodes(a) or nodes(a) != nodes(b) or len(nodes(a)) != 1:
            out.append(f"same {a!r}/{b!r}: {sorted(nodes(a))} vs {sorted(nodes(b))}")
    for a, b in row.get("apart", []):
        if not nodes(a) or not nodes(b) or nodes(a) & nodes(b):
            out.append(f"apart {a!r}/{b!r}: {sorted(nodes(a))} vs {sorted(nodes(b))}")
    for name, cls in row.get("typed", []):
        if {entities[i].cls for i in nodes(name)} != {cls}:
            out.append(f"typed {name!r}: {sorted(entities[i].cls for i in nodes(name))}, not {cls}")
    for name in row.get("not_alias", []):
        if any(name in names for names in written.values()):
            out.append(f"not_alias {name!r}")
    for person, title, of in row.get("holds", []):
        held = {(p.title, entities[p.of].label if p.of else None) for p in result.resolution.positions
                if entities[p.holder].label == person}
        if not any(t == title and (of is None or norm(o or "") == norm(of)) for t, o in held):
            out.append(f"holds {person}: {title} of {of}; has {sorted(held, key=str)}")
    return out


def outcomes() -> list[tuple[dict, list[str]]]:
    """Each row built on its own, with what it gets wrong."""
    from kg.pipeline import build

    out = []
    for row in rows():
        documents = [Document(id=f"{row['id']}-{i}", text=text) for i, text in enumerate(row["articles"])]
        out.append((row, failures(row, build(documents))))
    return out


@pytest.mark.model
def test_the_entity_table_keeps_its_floor():
    results = outcomes()
    passed, total = Counter(), Counter()
    for row, wrong in results:
        total[row["kind"]] += 1
        passed[row["kind"]] += not wrong
    for kind in sorted(total):
        print(f"{kind:<28} {passed[kind]:>3} / {total[kind]}")
    for row, wrong in results:
        if wrong:
            print(row["id"], "; ".join(wrong))
    even = sum(not wrong for row, wrong in results if int(row["id"][1:]) % 2 == 0)
    print(f"all {sum(passed.values())} / {len(results)}; even rows (held out) {even} / {len(results) // 2}")
    floor = json.loads((DATA / "tables_floor.json").read_text(encoding="utf-8"))["entities"]
    assert sum(passed.values()) >= floor
