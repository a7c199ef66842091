"""The held-out set (benchmarks/holdout) is well formed: its gold loads under the schema, each fact's
evidence is a sentence of its article, and every record has its gold. What the graph scores on it is
measured by `make eval-holdout`, never asserted here."""
import json
from pathlib import Path

from kg.evaluation.gold import load_gold, norm

HOLDOUT = Path(__file__).parents[1] / "benchmarks" / "holdout"


def test_every_fact_of_the_holdout_is_told_by_its_own_article():
    records = {json.loads(line)["id"]: json.loads(line)["text"]
               for line in (HOLDOUT / "corpus.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    paths = sorted(str(p) for p in (HOLDOUT / "gold").glob("*.json"))
    assert sorted(Path(p).stem for p in paths) == sorted(records)
    gold = load_gold(paths)
    assert len(gold.facts) >= 200
    for fact in gold.facts:
        text = norm(" ".join(records[d] for d in fact.docs))
        assert all(norm(sentence) in text for sentence in fact.evidence), fact.key
