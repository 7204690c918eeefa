"""The query-text checks: FROM clauses (no union default graph), update detection, depth and size."""

from __future__ import annotations

import pytest

from kg.store.sparql_lexer import has_dataset_clause, looks_like_update, nesting_depth, query_size


@pytest.mark.parametrize(
    "query,expected",
    [
        ("SELECT * { ?s ?p ?o }", False),
        ("SELECT * FROM <http://g> { ?s ?p ?o }", True),
        ("select * from named <http://g> { graph ?g { ?s ?p ?o } }", True),
        ("SELECT ?from { ?from ?p ?o }", False),
        ("PREFIX ex: <http://e/> SELECT * { ?s ex:from ?o }", False),
        ('SELECT * { ?s ?p "FROM here" }', False),
        ("SELECT * { ?s ?p ?o } # FROM <x>", False),
        ("SELECT * { ?s <http://e/#FROM> ?o }", False),
        ("SELECT * FROM<http://g>{?s ?p ?o}", True),
        ('SELECT * { ?s ?p """multi\nFROM line""" }', False),
    ],
)
def test_has_dataset_clause(query, expected):
    assert has_dataset_clause(query) is expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("INSERT DATA { <a:a> <a:b> <a:c> }", True),
        ("  prefix ex: <http://e/>\nBASE <http://b/>\ndelete where { ?s ?p ?o }", True),
        ("# comment\nDROP ALL", True),
        ("PREFIX كг: <http://e/> CLEAR GRAPH <http://g>", True),
        ("LOAD <http://x>", True),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
        ("SELECT * { ?s ?p ?o }", False),
        ('SELECT * { ?s ?p "INSERT DATA" }', False),
        ("PREFIX insert: <http://e/> SELECT * { ?s insert:p ?o }", False),
        ("ASK { ?s ?p ?o }", False),
    ],
)
def test_looks_like_update(text, expected):
    assert looks_like_update(text) is expected


@pytest.mark.parametrize("query,expected", [
    ("SELECT * { ?s ?p ?o }", 5),  # SELECT * ?s ?p ?o: brackets add nothing
    ("SELECT * { FILTER(1+1+1) }", 8),  # SELECT * FILTER 1 + 1 + 1
    ("ASK { ?s <http://x/a>/<http://x/b> ?o }", 6),  # a path step is its IRIs and its /
    ('SELECT * { BIND("a{b}(c)" AS ?x) } # { ( [ in a comment', 6),  # strings and comments are one or none
])
def test_query_size_counts_terms_operators_and_keywords(query, expected):
    assert query_size(query) == expected


def test_query_size_grows_with_flat_chains_that_have_no_depth():
    chain = "SELECT * { FILTER(" + "+".join(["1"] * 10_000) + ") }"
    unions = "SELECT * { " + " UNION ".join(["{ ?s ?p ?o }"] * 1000) + " }"
    assert nesting_depth(chain) == 2 and query_size(chain) > 19_000
    assert nesting_depth(unions) == 2 and query_size(unions) > 3_000


def test_query_size_leaves_out_the_ground_data_of_an_update():
    triples = " ".join(f"<http://e/{i}> <http://p> \"v{{{i}}}\" ." for i in range(5_000))
    update = f"INSERT DATA {{ GRAPH <http://g> {{ {triples} }} }} ; DELETE WHERE {{ ?s <http://p> ?o }}"
    assert query_size(update) == query_size("INSERT DATA { } ; DELETE WHERE { ?s <http://p> ?o }") == 7



def test_a_short_text_is_lexed_once_and_a_long_one_is_never_kept():
    cache = nesting_depth.memo  # type: ignore[attr-defined]
    short = "SELECT * WHERE { { ?s ?p ?o } } # once"
    assert nesting_depth(short) == 2
    hits, size = cache.cache_info().hits, cache.cache_info().currsize
    assert nesting_depth(short) == 2
    assert cache.cache_info().hits == hits + 1
    long = "ASK { " + "?s ?p ?o . " * 4000 + "}"
    assert nesting_depth(long) == 1
    assert cache.cache_info().currsize == size
