"""The query-text checks: FROM clauses (no union default graph) and update detection."""

from __future__ import annotations

import pytest

from kg.store.sparql_lexer import has_dataset_clause, looks_like_update


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
