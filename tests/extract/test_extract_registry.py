"""Fact extractors by registry: dependency order, one-line refusals, and a plugin's extractor used.

The plugin (tests/plugin_fixtures.py) adds `quote-words`, which requires kg's `statements`.
"""

from __future__ import annotations

import pytest
from extract_fixtures import make
from plugin_fixtures import DEMO

from kg.extract import extract_facts
from kg.extract.registry import Extractor, pipeline
from kg.plugins import PluginError
from kg.rdf.facts import facts_triples
from kg.rdf.iris import Iris


def test_an_extractor_plugin_runs_after_what_it_requires_and_writes_its_triples(demo):
    text = "قال وزير الخارجية المصري سامر نبيل إن المحادثات مع الأردن كانت مثمرة جدا."
    linked = make(text, ("سامر نبيل", "PER"), ("الأردن", "LOC"))
    assert [ex.name for ex in pipeline()] == ["officials", "arguments", "treaties", "meetings", "statements",
                                              "quote-words"]
    facts = extract_facts(linked)
    (statement,) = facts.statements
    words = len(statement.quote.split())
    assert facts.extra == (("quote_words", (words,)),)
    iris = Iris()
    triples = set(facts_triples(linked, facts, iris))
    assert any(str(p) == DEMO + "quoteWords" and s == iris.article(linked.document) and o.value == words
               for s, p, o in triples)


def test_without_plugins_the_facts_carry_nothing_extra():
    linked = make("قال وزير الخارجية المصري سامر نبيل إن المحادثات كانت مثمرة.", ("سامر نبيل", "PER"))
    assert extract_facts(linked).extra == ()
    assert [ex.name for ex in pipeline()] == ["officials", "arguments", "treaties", "meetings", "statements"]


# -- extractor ordering ----------------------------------------------------------------------------


def _ex(name, provides, requires=()):
    return Extractor(name, provides=provides, requires=requires, run=lambda view, inputs: {})


def test_extractors_run_after_what_they_require_whatever_the_order_given():
    order = pipeline([_ex("c", ("z",), ("y",)), _ex("b", ("y",), ("x",)), _ex("a", ("x",))])
    assert [ex.name for ex in order] == ["a", "b", "c"]


def test_a_requirement_nobody_provides_is_refused():
    with pytest.raises(PluginError, match="fact extractor 'b' requires 'nothing', which no extractor provides"):
        pipeline([_ex("a", ("x",)), _ex("b", ("y",), ("nothing",))])


def test_two_extractors_providing_one_result_are_refused():
    with pytest.raises(PluginError, match="fact extractors 'a' and 'b' both provide 'x'"):
        pipeline([_ex("a", ("x",)), _ex("b", ("x",))])


def test_extractors_requiring_each_other_in_a_circle_are_refused():
    with pytest.raises(PluginError, match="in a circle"):
        pipeline([_ex("a", ("x",), ("y",)), _ex("b", ("y",), ("x",))])
