"""`kg.store.describe`: the VoID/DCAT description says what the store holds and under which terms."""

from __future__ import annotations

import io

import pyoxigraph as ox

from kg.store import open_store
from kg.store.articles import StoreStats
from kg.store.describe import ODBL, DatasetInfo, as_quads, description_triples, is_description_graph

VOID = "http://rdfs.org/ns/void#"
DCTERMS = "http://purl.org/dc/terms/"
INFO = DatasetInfo("news desk", "https://kg.example.org/")


def _stats(**overrides) -> StoreStats:
    values = dict(location="memory:", backend="memory", quads=120, graphs=3, articles=2, mentions=9,
                  entities={"Person": 4, "Meeting": 1}, last_build="2026-01-02T03:04:05Z", tools={}, models={})
    values.update(overrides)
    return StoreStats(**values)


def _objects(triples, predicate: str) -> list[str]:
    return [t.object.value for t in triples if t.predicate.value == predicate]


def test_counts_come_from_the_stores_stats():
    triples = description_triples(INFO, _stats(), {})
    assert _objects(triples, VOID + "triples") == ["120"]
    assert _objects(triples, VOID + "documents") == ["2"]
    assert sorted(_objects(triples, VOID + "entities")) == ["1", "4", "5"]  # the dataset and each class


def test_a_dump_written_offline_names_no_endpoint():
    triples = description_triples(INFO, _stats(), {})
    assert _objects(triples, VOID + "sparqlEndpoint") == [] and _objects(triples, VOID + "dataDump") == []
    served = description_triples(DatasetInfo("d", "https://kg.example.org/", site="http://h:1/"), _stats(), {})
    assert _objects(served, VOID + "sparqlEndpoint") == ["http://h:1/sparql"]


def test_the_odbl_is_claimed_only_when_the_kb_says_so():
    assert ODBL not in _objects(description_triples(INFO, _stats(), {}), DCTERMS + "license")
    odbl = description_triples(INFO, _stats(), {"licence": "ODbL-1.0", "attribution": "Contains …"})
    assert ODBL in _objects(odbl, DCTERMS + "license") and "Contains …" in _objects(odbl, DCTERMS + "rights")


def test_a_whole_dump_carries_one_fresh_description_in_its_own_graph():
    store = open_store("memory:")
    stale = ox.Quad(ox.NamedNode("https://kg.example.org/.well-known/void#dataset"),
                    ox.NamedNode(VOID + "triples"), ox.Literal("999"), ox.NamedNode(INFO.description_graph))
    store.oxigraph.add(stale)  # a description loaded back from an older dump
    out = io.BytesIO()
    extra = list(as_quads(description_triples(INFO, _stats(quads=1), {}), INFO))
    store.dump(out, "nq", extra=extra)
    quads = list(ox.parse(out.getvalue(), ox.RdfFormat.N_QUADS))
    assert stale not in quads and len(quads) == len(extra)
    assert {q.graph_name.value for q in quads} == {INFO.description_graph}
    assert is_description_graph(INFO.description_graph) and not is_description_graph("https://kg.example.org/graph/a")
