"""The package's layers: imports only run down the stages (read -> extract -> graph -> store,
evaluation, present; pipeline, run and cli on top), and kg/ keeps few modules of its own."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "kg"
# a layer may import its own modules and those of the layers with a lower rank; errors, data and
# names (how names are written and compared) serve every stage
RANK = {"errors": 0, "data": 0, "names": 0, "read": 1, "extract": 2, "graph": 3,
        "store": 4, "evaluation": 4, "present": 4, "run": 4, "pipeline": 5, "cli": 6, "__init__": 6}


def _layer(module: str) -> str:
    """'kg.graph.merge' -> 'graph'; 'kg' -> '__init__'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path, root: Path = PACKAGE) -> set[str]:
    """Absolute kg modules a file imports (relative imports resolved from its package)."""
    module = ".".join(path.relative_to(root.parent).with_suffix("").parts)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    if path.name == "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            found.add(target)
            if not node.module:  # "from . import x"
                found.update(f"{target}.{a.name}" for a in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kg"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("kg"))
    return {m for m in found if m.startswith("kg.")}


def _module_layer(path: Path, root: Path = PACKAGE) -> str:
    rel = path.relative_to(root)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def upward_imports(root: Path = PACKAGE) -> list[str]:
    """'file imports module' for each import of a layer at or above the file's own."""
    upward = []
    for path in sorted(root.rglob("*.py")):
        own = _module_layer(path, root)
        for target in sorted(_imports(path, root)):
            other = _layer(target)
            base = RANK[own] == RANK.get(other) == 0  # errors, data and names may use each other
            if other in RANK and other != own and RANK[other] >= RANK[own] and not base:  # ("kg.__version__": the package)
                upward.append(f"{path.relative_to(root)} imports {target}")
    return upward


def test_imports_only_run_down_the_stages():
    assert upward_imports() == []


def test_every_module_belongs_to_a_known_layer():
    assert {_module_layer(p) for p in PACKAGE.rglob("*.py")} <= set(RANK)


def test_kg_keeps_at_most_six_modules_of_its_own_and_every_stage_says_what_it_does():
    own = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(own) <= 6, own
    for folder in (p for p in PACKAGE.iterdir() if (p / "__init__.py").exists()):
        assert ast.get_docstring(ast.parse((folder / "__init__.py").read_text())), folder.name


def test_the_layer_check_sees_an_upward_import(tmp_path):
    fake = tmp_path / "kg"
    for folder in ("read", "graph"):
        (fake / folder).mkdir(parents=True)
    (fake / "read" / "x.py").write_text("from ..graph.vocab import NKG\nfrom ..errors import InputError\n")
    (fake / "graph" / "y.py").write_text("from ..read import x\n")
    assert upward_imports(fake) == ["read/x.py imports kg.graph.vocab"]


def test_the_public_api_is_reached_from_kg():
    import kg
    from kg.graph.output import write_build
    from kg.pipeline import build

    assert kg.build is build and kg.write_build is write_build
    assert callable(kg.evaluate) and callable(kg.read_documents) and callable(kg.validate)
