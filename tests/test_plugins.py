"""Extension points: a third-party store and renderer are found by entry point and used; broken ones fail in one line.

The plugin (tests/plugin_fixtures.py) is a tiny package in tmp_path with a `.dist-info`, put on
sys.path as if installed. Its extractor is tested in tests/extract/test_extract_registry.py.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from plugin_fixtures import DEMO, write_plugin

from kg.extract.registry import EXTRACTORS
from kg.plugins import PluginError, UnknownPluginError
from kg.store import open_store
from kg.store.registry import BACKENDS, backends, get_backend
from kg.store.results import RENDERERS, render

ROOT = Path(__file__).resolve().parents[1]


def test_a_store_plugin_is_found_by_its_scheme_and_opened(demo):
    assert "demo" in backends() and BACKENDS.source("demo") == "kg-demo-plugin 0.1"
    with open_store("demo:bonjour") as store:
        assert [row["o"].value for row in store.query("SELECT ?o { ?s ?p ?o }")] == ["bonjour"]


def test_a_renderer_plugin_renders_query_results(demo):
    out = io.BytesIO()
    with open_store("demo:") as store:
        render(store.query(f"SELECT ?says {{ <{DEMO}plugin> <{DEMO}says> ?says }}"), "markdown", out)
    assert out.getvalue().decode() == "| says |\n|---|\n| hello |\n"


def test_kg_query_in_a_fresh_process_uses_the_plugin_store_and_renderer(demo):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(demo), str(ROOT)])}
    proc = subprocess.run(
        [sys.executable, "-m", "kg.cli", "query", "--store", "demo:", "--format", "markdown",
         f"SELECT ?says {{ ?s <{DEMO}says> ?says }}"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "| says |\n|---|\n| hello |\n"


def test_a_plugin_whose_module_is_missing_is_one_clear_error(tmp_path, installed):
    installed(write_plugin(tmp_path / "site", "kg-broken", """
        [kg.stores]
        broken = kg_no_such_module:open_it
    """))
    with pytest.raises(PluginError) as info:
        get_backend("broken")
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(
        "kg.stores: cannot load store backend 'broken' (kg_no_such_module:open_it, from kg-broken 0.1)")
    assert "ModuleNotFoundError" in message


def test_kg_reports_a_broken_plugin_in_one_line_without_a_traceback(tmp_path, installed):
    site = installed(write_plugin(tmp_path / "site", "kg-broken", """
        [kg.renderers]
        broken = kg_no_such_module:render
    """))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)])}
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "query", "--store", "memory:", "--format", "broken",
                           "ASK {}"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert "Traceback" not in proc.stderr
    assert any("cannot load result format 'broken'" in line and "ModuleNotFoundError" in line for line in lines)


def test_an_entry_point_naming_the_wrong_kind_of_object_is_refused(tmp_path, installed):
    installed(write_plugin(tmp_path / "site", "kg-wrong", """
        [kg.extractors]
        wrong = kg_demo_plugin:NOT_AN_EXTRACTOR
    """, module="kg_demo_plugin"))
    with pytest.raises(PluginError, match=r"fact extractor 'wrong' .* is not usable: "
                                          r"expected a kg.extract.registry.Extractor, got int"):
        EXTRACTORS.get("wrong")


def test_a_plugin_cannot_replace_a_builtin(tmp_path, installed):
    installed(write_plugin(tmp_path / "site", "kg-hijack", """
        [kg.stores]
        memory = kg_demo_plugin:open_demo
    """, module="kg_demo_plugin"))
    assert BACKENDS.source("memory") == "kg"
    with open_store("memory:") as store:
        assert len(store) == 0


def test_an_unknown_name_lists_the_known_ones():
    with pytest.raises(UnknownPluginError, match="unknown result format 'nope'; known: csv, json, table, tsv, xml"):
        RENDERERS.get("nope")


def test_a_lazy_entry_is_imported_only_when_first_used(tmp_path, monkeypatch):
    from kg.plugins import Registry

    (tmp_path / "kg_lazy_probe.py").write_text("VALUE = object()\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry: Registry[object] = Registry("kg.test-lazy", "probe")
    registry.register("probe", "kg_lazy_probe:VALUE")
    assert "probe" in registry and "kg_lazy_probe" not in sys.modules
    value = registry.get("probe")
    assert sys.modules["kg_lazy_probe"].VALUE is value is registry.get("probe")
    monkeypatch.delitem(sys.modules, "kg_lazy_probe")
