"""The layout follows the data: ingest → nlp → link → extract → rdf → store → build/ops → server → cli.

A module may import its own layer or a lower one, never a higher one (also inside functions),
and the packages that share a layer do not import each other in a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

KG = Path(__file__).resolve().parents[1] / "kg"

LAYERS = {
    "types": 0, "plugins": 0, "ingest": 1, "nlp": 2, "link": 3, "extract": 4, "rdf": 5, "store": 6,
    "build": 7, "ops": 7, "server": 8, "cli": 9,
}


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "kg" and parts[1] in LAYERS else None


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names if node.module == "kg")
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _package_imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in KG.rglob("*.py"):
        module = ".".join(("kg", *path.relative_to(KG).with_suffix("").parts))
        own = _layer(module)
        if own is not None:
            graph.setdefault(own, set()).update(filter(None, map(_layer, _imports(path))))
    return graph


def test_no_layer_imports_a_higher_one():
    upward = sorted(f"{own} → {other}" for own, others in _package_imports().items()
                    for other in others if LAYERS[other] > LAYERS[own])
    assert upward == []


def test_the_build_and_ops_packages_do_not_import_each_other():
    graph = _package_imports()
    assert "ops" not in graph["build"] and "build" not in graph["ops"]


def test_kg_link_is_the_offline_linker_without_rdf_or_store():
    assert not {"rdf", "store", "ops"} & _package_imports()["link"]


def test_the_plugin_registry_is_a_leaf_every_layer_may_use():
    assert _package_imports()["plugins"] == set()
