"""The package's shape: no import cycles among the extraction steps (kg/extract/)."""
import re
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parents[1] / "kg"


def test_no_extraction_step_imports_another_in_a_cycle():
    imports = nx.DiGraph()
    for path in (PACKAGE / "extract").glob("*.py"):
        module = "extract" if path.stem == "__init__" else path.stem
        imports.add_node(module)
        for imported in re.findall(r"^\s*from \.([a-z_]+) import", path.read_text(), re.M):
            imports.add_edge(module, imported)
    assert {"entities", "offices", "events", "quotes", "model", "titles"} <= set(imports)
    assert list(nx.simple_cycles(imports)) == []
