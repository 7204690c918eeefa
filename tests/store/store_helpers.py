"""Builders of small RDF fixtures with Arabic labels, shared by the store and server tests."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef

KG = Namespace("https://w3id.org/kg-ar/ontology#")
ENTITY = Namespace("https://kg.example.org/entity/")
GRAPH = "https://kg.example.org/graph/"


def graph_iri(article_id: str) -> str:
    return GRAPH + article_id


def article(article_id: str, person_label: str, *, text_hash: str, extra: int = 0) -> Graph:
    """An article graph: the article, its text hash, one person it mentions (Arabic label)."""
    g = Graph()
    doc = URIRef(f"https://kg.example.org/article/{article_id}")
    person = ENTITY[f"person/{article_id}"]
    g.add((doc, RDF.type, KG.Article))
    g.add((doc, KG.textHash, Literal(text_hash)))
    g.add((doc, KG.mentions, person))
    g.add((person, RDF.type, KG.Person))
    g.add((person, RDFS.label, Literal(person_label, lang="ar")))
    mention = BNode()
    g.add((doc, KG.hasMention, mention))
    g.add((mention, KG.surface, Literal("وبوتين", lang="ar")))
    for i in range(extra):
        g.add((doc, KG.note, Literal(f"ملاحظة {i}", lang="ar")))
    return g


TTL = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix kg: <https://w3id.org/kg-ar/ontology#> .
<https://kg.example.org/entity/person/x> a kg:Person ; rdfs:label "فلاديمير بوتين"@ar .
<https://kg.example.org/entity/place/moscow> a kg:Place ; rdfs:label "موسكو"@ar .
"""

NT = """<https://kg.example.org/entity/person/x> <http://www.w3.org/2000/01/rdf-schema#label> "فلاديمير بوتين"@ar .
<https://kg.example.org/entity/org/un> <http://www.w3.org/2000/01/rdf-schema#label> "الأمم المتحدة"@ar .
"""

NQ = (
    '<https://kg.example.org/entity/person/x> <http://www.w3.org/2000/01/rdf-schema#label> "فلاديمير بوتين"@ar'
    " <https://kg.example.org/graph/q1> .\n"
    '<https://kg.example.org/entity/place/cairo> <http://www.w3.org/2000/01/rdf-schema#label> "القاهرة"@ar'
    " <https://kg.example.org/graph/q2> .\n"
    '<https://kg.example.org/entity/place/cairo> <http://www.w3.org/2000/01/rdf-schema#label> "Cairo"@en .\n'
)

TRIG = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://kg.example.org/graph/t1> {
  <https://kg.example.org/entity/person/y> rdfs:label "عبد الفتاح السيسي"@ar .
}
<https://kg.example.org/entity/person/y> rdfs:label "Abdel Fattah el-Sisi"@en .
"""


def write_rdf_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for ext, text, name in (
        ("ttl", TTL, "entities"),
        ("nt", NT, "labels"),
        ("nq", NQ, "dataset"),
        ("trig", TRIG, "graphs"),
    ):
        path = folder / f"{name}.{ext}"
        path.write_text(text, encoding="utf-8")
        files[ext] = path
    return files
