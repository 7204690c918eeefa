"""A tiny third-party kg plugin written into tmp_path, found by `importlib.metadata` as if installed.

The package has a `.dist-info/entry_points.txt` beside it; putting the folder on sys.path is all
`importlib.metadata` needs to find it. Used by tests/test_plugins.py and the extractor registry tests.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from kg.extract.registry import EXTRACTORS
from kg.store.registry import BACKENDS
from kg.store.results import RENDERERS

DEMO = "http://example.org/demo#"

PLUGIN = f'''
"""A kg plugin: a store with one triple in it, a Markdown renderer, and an extractor on top of statements."""
import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.extract.registry import Extractor
from kg.store.oxigraph import open_memory


def open_demo(rest, *, read_only=False, **options):
    store = open_memory(**options)
    store.add_to_graph("{DEMO}g", [(URIRef("{DEMO}plugin"), URIRef("{DEMO}says"), Literal(rest or "hello"))])
    store.read_only = read_only
    return store


def render_markdown(results, out):
    names = [v.value for v in results.variables]
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    lines += ["| " + " | ".join(row[n].value for n in names) + " |" for row in results]
    out.write(("\\n".join(lines) + "\\n").encode())


def _count_words(view, inputs):
    return {{"quote_words": tuple(len(s.quote.split()) for s in inputs["statements"])}}


def _words_rdf(value, linked, iris):
    yield (iris.article(linked.document), URIRef("{DEMO}quoteWords"), Literal(sum(value)))


QUOTE_WORDS = Extractor("quote-words", provides=("quote_words",), requires=("statements",),
                        run=_count_words, to_rdf=_words_rdf)
NOT_AN_EXTRACTOR = 42
'''


def write_plugin(root: Path, dist: str, entry_points: str, module: str | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    if module is not None:
        (root / f"{module}.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = root / f"{dist.replace('-', '_')}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(textwrap.dedent(entry_points), encoding="utf-8")
    return root


def _rescan() -> None:
    for registry in (BACKENDS, RENDERERS, EXTRACTORS):
        registry.rescan()


@pytest.fixture
def installed(monkeypatch):
    """Put plugin folders on sys.path (as if installed); afterwards kg sees only its own again."""

    def install(root: Path) -> Path:
        monkeypatch.syspath_prepend(str(root))
        _rescan()
        return root

    yield install
    monkeypatch.undo()
    sys.modules.pop("kg_demo_plugin", None)
    _rescan()


@pytest.fixture
def demo(tmp_path, installed):
    return installed(write_plugin(tmp_path / "site", "kg-demo-plugin", """
        [kg.stores]
        demo = kg_demo_plugin:open_demo
        [kg.renderers]
        markdown = kg_demo_plugin:render_markdown
        [kg.extractors]
        quote-words = kg_demo_plugin:QUOTE_WORDS
    """, module="kg_demo_plugin"))
