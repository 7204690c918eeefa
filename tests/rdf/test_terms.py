"""`kg.rdf.terms` is the one declaration of kg's IRIs and prefixes, and dumps declare what they use."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from kg.extract import extract_facts
from kg.rdf import namespaces, terms
from kg.rdf.article import article_triples, provenance_triples
from kg.rdf.facts import facts_triples
from kg.store import open_store

KG_DIR = Path(__file__).resolve().parents[2] / "kg"


def test_rdflib_namespaces_spell_the_declared_iris():
    assert {p: str(ns) for p, ns in namespaces.PREFIXES.items()} == terms.PREFIXES
    for name in ("KG", "SCHEMA", "NIF", "ITSRDF", "SEM", "ORG", "WD", "SH", "PROV", "DCTERMS", "OWL", "RDF", "XSD"):
        assert str(getattr(namespaces, name)) == getattr(terms, name), name


def test_no_other_module_declares_a_namespace_iri():
    declared = set(terms.PREFIXES.values()) | {terms.SD, terms.FORMATS, terms.SH}
    offenders = []
    for path in sorted(KG_DIR.rglob("*.py")):
        if path.name == "terms.py" and path.parent.name == "rdf":
            continue
        for iri in declared:
            if re.search(rf"[\"']{re.escape(iri)}", path.read_text(encoding="utf-8")):
                offenders.append(f"{path.relative_to(KG_DIR)}: {iri}")
    assert offenders == []


def test_sparql_prefixes_writes_prefix_lines():
    assert terms.sparql_prefixes("kg", "owl") == f"PREFIX kg: <{terms.KG}>\nPREFIX owl: <{terms.OWL}>\n"


@pytest.mark.parametrize("fmt", ["ttl", "trig"])
def test_a_dump_declares_every_kg_namespace_its_quads_use(fmt, linked, run, iris):
    store = open_store("memory:")
    store.write_article(str(iris.article_graph_iri(linked.document)),
                        [*article_triples(linked, run, iris), *facts_triples(linked, extract_facts(linked), iris)],
                        provenance_graph=str(iris.provenance_graph_iri),
                        provenance=provenance_triples(linked, run, iris))
    nquads, text = io.BytesIO(), io.BytesIO()
    store.dump(nquads, "nq")
    store.dump(text, fmt)
    used = {prefix for prefix, iri in terms.PREFIXES.items() if f"<{iri}" in nquads.getvalue().decode()}
    assert {"kg", "nif", "itsrdf", "rdf", "prov", "xsd"} <= used  # the article really uses NIF and ITS
    declared = set(re.findall(r"(?m)^@prefix (\w+): ", text.getvalue().decode()))
    assert used <= declared
