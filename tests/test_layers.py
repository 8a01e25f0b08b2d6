"""The package's layers: imports flow one way, and no module imports another in a circle.

This file is the one place that states the allowed directions. Every import of a newslab module
is read from the source (lazy imports inside functions and TYPE_CHECKING blocks too).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "lib" / "newslab"

#: Modules at the package's top level that form the base layer (everything may use them).
BASE = {"newslab", "newslab.seeds", "newslab.paths", "newslab.errors", "newslab.files", "newslab.safe_names"}

#: Layer -> the layers it may import (besides itself and the base layer).
#:   cli -> reports -> corpus -> extract -> base;  notebook -> corpus, extract;  evaluate -> extract.
ALLOWED = {
    "cli": {"reports", "corpus", "extract", "evaluate"},
    "reports": {"corpus", "extract"},
    "notebook": {"corpus", "extract"},
    "evaluate": {"extract"},
    "corpus": {"extract"},
    "extract": set(),
    "base": set(),
}


def layer_of(module: str) -> str:
    """The layer a dotted module name belongs to."""
    if module in BASE:
        return "base"
    parts = module.split(".")
    if parts[1] in {"cli", "__main__"}:
        return "cli"
    if len(parts) >= 2 and parts[1] in ALLOWED:
        return parts[1]
    raise AssertionError(f"{module} is in no layer: add it to tests/test_layers.py")


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    """Dotted names of the newslab modules an ``from ... import ...`` statement reads."""
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    if not target.startswith("newslab"):
        return []
    names = [target]
    # ``from newslab.corpus import network`` reads the submodule too
    for alias in node.names:
        candidate = f"{target}.{alias.name}"
        if (PACKAGE.parent / candidate.replace(".", "/")).with_suffix(".py").exists() or \
                (PACKAGE.parent / candidate.replace(".", "/") / "__init__.py").exists():
            names.append(candidate)
    return names


def imports_of(path: Path, source: str | None = None) -> set[str]:
    """Every newslab module ``path`` (or ``source`` standing at that path) imports, at any depth."""
    module = module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found.update(_resolve(module, path.name == "__init__.py", node))
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newslab"))
    found.discard(module)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the newslab modules it imports, for every module in the package."""
    return {module_name(p): imports_of(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_belongs_to_a_layer():
    for module in import_graph():
        layer_of(module)


def test_imports_flow_one_way():
    bad = []
    for module, imported in import_graph().items():
        mine = layer_of(module)
        for target in imported:
            theirs = layer_of(target)
            # a subpackage's __init__ is read when any of its modules is imported: it holds only a docstring
            if theirs in {mine, "base"} or theirs in ALLOWED[mine]:
                continue
            bad.append(f"{module} ({mine}) imports {target} ({theirs})")
    assert not bad, "upward or sideways imports:\n" + "\n".join(sorted(bad))


def test_no_import_cycles():
    import networkx as nx

    graph = nx.DiGraph()
    for module, imported in import_graph().items():
        graph.add_node(module)
        # a package's __init__ is not an edge back to its modules (they hold only docstrings)
        graph.add_edges_from((module, t) for t in imported if not module.startswith(t + "."))
    cycles = list(nx.simple_cycles(graph))
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c + [c[0]]) for c in cycles)


def test_layer_packages_hold_only_docstrings():
    for sub in ALLOWED:
        init = PACKAGE / sub / "__init__.py"
        if not init.exists():
            continue
        tree = ast.parse(init.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{init} needs a docstring saying what the layer holds"
        assert all(isinstance(n, ast.Expr) for n in tree.body), f"{init} should hold only its docstring"


@pytest.mark.parametrize("source, expected", [
    ("from ..extract.analysis import Analysis\n", {"newslab.extract.analysis"}),
    ("def f():\n    from ..notebook import widgets\n", {"newslab.notebook", "newslab.notebook.widgets"}),
    ("import newslab.reports.runner\n", {"newslab.reports.runner"}),
])
def test_the_checker_sees_lazy_and_relative_imports(source, expected):
    assert imports_of(PACKAGE / "corpus" / "_layer_probe.py", source) == expected


def test_the_checker_rejects_an_upward_import():
    mine, theirs = layer_of("newslab.extract.actors"), layer_of("newslab.corpus.network")
    assert theirs not in ALLOWED[mine] and theirs != mine
