"""The build's writer keeps the search index beside the store in step, and mends it after a crash."""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal, Namespace, URIRef

from kg.build.work import ArticleWrite
from kg.build.writer import BuildReport, forget_stale, write_result
from kg.store.oxigraph import OxigraphStore
from kg.store.search_index import kept_in_step

KG = Namespace("https://w3id.org/kg-ar/ontology#")
BASE = "https://kg.example.org/"
PROV = BASE + "graph/provenance"


def result(article_id: str, text_hash: str, label: str) -> ArticleWrite:
    graph = f"{BASE}graph/{article_id}-{text_hash}"
    doc, person = URIRef(f"{BASE}article/{article_id}"), URIRef(f"{BASE}entity/person/{text_hash}")
    triples = [(doc, KG.articleId, Literal(article_id)), (doc, KG.textHash, Literal(text_hash)),
               (person, RDF.type, KG.Person), (person, RDFS.label, Literal(label, lang="ar"))]
    provenance = [(URIRef(graph), URIRef("http://www.w3.org/ns/prov#wasGeneratedBy"), URIRef(BASE + "activity/1"))]
    return ArticleWrite(article_id, "test", text_hash, graph, triples, provenance, 0, 0)


def labels(index, text: str) -> list[str]:
    return [h.label for h in index.search(text)]


def test_a_rewritten_article_replaces_its_entities_in_the_index(tmp_path):
    with OxigraphStore(tmp_path / "store") as store, kept_in_step(store) as index:
        write_result(store, result("a1", "h1", "مريم الخوري"), PROV, BuildReport(), print, index)
        assert labels(index, "مريم") == ["مريم الخوري"]
        write_result(store, result("a1", "h2", "مريم النعيمي"), PROV, BuildReport(), print, index)  # new text
        assert labels(index, "مريم") == ["مريم النعيمي"]
        assert index.counts()["graphs"] == 1


def test_an_article_stored_but_not_indexed_is_indexed_by_the_next_build(tmp_path):
    with OxigraphStore(tmp_path / "store") as store, kept_in_step(store) as index:
        write_result(store, result("a0", "h0", "سعاد الحكيم"), PROV, BuildReport(), print, index)
        written = result("a1", "h1", "مريم الخوري")
        write_result(store, written, PROV, BuildReport(), print, None)  # killed before the index's write
        assert labels(index, "مريم") == []
        forget_stale(store, "a1", written.graph_iri, PROV, index)  # the next build finds a1 unchanged
        assert labels(index, "مريم") == ["مريم الخوري"]
