"""The article graph: NIF offsets that slice the text, deterministic triples, entities, PROV."""

from __future__ import annotations

import random
from dataclasses import replace

import pyoxigraph
import pytest
from rdf_fixtures import IRANIAN, PAIRS, PESKOV, PEZESHKIAN, PUTIN, RUN, S1, TEXT, make_linked
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from kg.rdf import namespaces as ns
from kg.rdf.article import article_graph, article_triples, provenance_graph, provenance_triples
from kg.rdf.iris import Iris
from kg.rdf.namespaces import DCTERMS, ITSRDF, KG, NIF, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD
from kg.types import Entity, LinkedDocument, Mention, RunInfo, Sentence


def ntriples(g: Graph) -> list[str]:
    return sorted(line for line in g.serialize(format="nt").splitlines() if line.strip())


def mentions(g: Graph) -> list[URIRef]:
    return sorted(s for s in g.subjects(RDF.type, NIF.Phrase) if isinstance(s, URIRef))


def test_anchor_is_the_text_between_the_offsets(linked: LinkedDocument, run: RunInfo, iris: Iris) -> None:
    g = article_graph(linked, run, iris)
    context = iris.context(linked.document)
    text = str(g.value(context, NIF.isString))
    assert text == TEXT
    found = mentions(g)
    assert len(found) == len(PAIRS)
    for node in found:
        begin = g.value(node, NIF.beginIndex)
        end = g.value(node, NIF.endIndex)
        assert isinstance(begin, Literal) and begin.datatype == ns.XSD.nonNegativeInteger
        assert isinstance(end, Literal) and end.datatype == ns.XSD.nonNegativeInteger
        assert text[begin.toPython() : end.toPython()] == str(g.value(node, NIF.anchorOf))
        assert g.value(node, NIF.referenceContext) == context


def test_anchor_keeps_the_clitic_and_the_entity_label_drops_it(
    linked: LinkedDocument, run: RunInfo, iris: Iris
) -> None:
    """`وبزشكيان` is the exact text; the entity it names is labelled `مسعود بزشكيان`."""
    g = article_graph(linked, run, iris)
    start = TEXT.index("وبزشكيان")
    node = iris.offset(iris.article(linked.document), start, start + len("وبزشكيان"))
    assert g.value(node, NIF.anchorOf) == Literal("وبزشكيان")
    entity = g.value(node, ITSRDF.taIdentRef)
    assert entity == iris.entity(PEZESHKIAN)
    assert g.value(entity, RDFS.label) == Literal("مسعود بزشكيان", lang="ar")
    assert g.value(node, KG.extractionSource) == Literal("gazetteer")


def test_each_other_name_the_article_writes_is_an_alt_label_beside_the_canonical_one(
    linked: LinkedDocument, run: RunInfo, iris: Iris
) -> None:
    """`بوتين` and `وبزشكيان` name entities labelled by their full names: the short forms (clitics
    dropped) become `skos:altLabel`s of this article's graph; a full-name mention adds none."""
    g = article_graph(linked, run, iris)
    putin, pezeshkian = iris.entity(PUTIN), iris.entity(PEZESHKIAN)
    assert set(g.objects(putin, SKOS.altLabel)) == {Literal("بوتين", lang="ar")}
    assert set(g.objects(pezeshkian, SKOS.altLabel)) == {Literal("بزشكيان", lang="ar")}
    assert set(g.objects(putin, RDFS.label)) >= {Literal("فلاديمير بوتين", lang="ar")}
    assert not list(g.objects(iris.entity(PESKOV), SKOS.altLabel))


def test_mention_i_refers_to_entity_i(linked: LinkedDocument, run: RunInfo, iris: Iris) -> None:
    g = article_graph(linked, run, iris)
    for mention, entity in PAIRS:
        node = iris.mention(linked.document, mention)
        assert g.value(node, ITSRDF.taIdentRef) == iris.entity(entity)
        assert g.value(node, KG.nerType) == Literal(mention.ner_type)
        assert g.value(node, KG.confidence) == Literal(mention.confidence, datatype=ns.XSD.double)
        sentence = linked.annotated.sentences[0 if mention.end <= len(S1) else 1]
        assert g.value(node, NIF.sentence) == iris.sentence(linked.document, sentence)
        assert (iris.article(linked.document), SCHEMA.mentions, iris.entity(entity)) in g


def test_two_builds_give_identical_triples(linked: LinkedDocument, run: RunInfo, iris: Iris) -> None:
    assert ntriples(article_graph(linked, run, iris)) == ntriples(article_graph(make_linked(), run, iris))


def test_graph_does_not_depend_on_mention_order(linked: LinkedDocument, run: RunInfo, iris: Iris) -> None:
    shuffled = PAIRS[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != PAIRS
    assert ntriples(article_graph(make_linked(shuffled), run, iris)) == ntriples(
        article_graph(linked, run, iris)
    )


def test_article_graph_has_no_timestamps_and_no_blank_nodes(linked: LinkedDocument, iris: Iris) -> None:
    """Run time lives only in the provenance graph, so re-running never changes the article graph."""
    later = RunInfo(RUN.tool_version, RUN.model, "2031-05-05T05:05:05+00:00")
    g = article_graph(linked, later, iris)
    assert ntriples(g) == ntriples(article_graph(linked, RUN, iris))
    for triple in g:
        assert not any(isinstance(term, BNode) for term in triple)
        assert not (isinstance(triple[2], Literal) and triple[2].datatype == ns.XSD.dateTime)


def test_article_metadata(linked: LinkedDocument, run: RunInfo, iris: Iris) -> None:
    doc = linked.document
    g = article_graph(linked, run, iris)
    article = iris.article(doc)
    assert (article, RDF.type, KG.NewsArticle) in g
    assert g.value(article, KG.textHash) == Literal(doc.text_hash)
    assert g.value(article, KG.articleId) == Literal(doc.id)
    assert g.value(article, SCHEMA.headline) == Literal(doc.title, lang="ar")
    assert g.value(article, DCTERMS.title) == Literal(doc.title, lang="ar")
    assert g.value(article, SCHEMA.url) == Literal(doc.url, datatype=ns.XSD.anyURI)
    assert g.value(article, SCHEMA.datePublished) == Literal("2024-10-11", datatype=ns.XSD.date)
    assert g.value(article, KG.sourceOutlet) == Literal(doc.source)
    assert g.value(article, PROV.wasGeneratedBy) == iris.activity(doc, run)
    context = iris.context(doc)
    assert g.value(context, KG.article) == article
    assert g.value(context, NIF.endIndex) == Literal(len(TEXT), datatype=ns.XSD.nonNegativeInteger)


def test_minimal_document_without_url_title_date_or_source(run: RunInfo, iris: Iris) -> None:
    linked = make_linked(url=None, title=None, published=None, source=None)
    g = article_graph(linked, run, iris)
    article = iris.article(linked.document)
    assert str(article).endswith(Iris.article_id(linked.document))
    assert Iris.article_id(linked.document) != linked.document.text_hash[:16]
    for prop in (SCHEMA.headline, DCTERMS.title, SCHEMA.url, SCHEMA.datePublished, KG.sourceOutlet):
        assert g.value(article, prop) is None


def test_entity_triples(linked: LinkedDocument, run: RunInfo, iris: Iris) -> None:
    g = article_graph(linked, run, iris)
    putin = iris.entity(PUTIN)
    assert set(g.objects(putin, RDF.type)) == {KG.Person, SCHEMA.Person}
    assert set(g.objects(putin, RDFS.label)) == {Literal("فلاديمير بوتين", lang="ar")}
    assert set(g.objects(putin, OWL.sameAs)) == {
        WD.Q7747,
        URIRef("http://dbpedia.org/resource/Vladimir_Putin"),
    }
    assert g.value(putin, KG.linkConfidence) == Literal(0.97, datatype=ns.XSD.double)
    iranian = iris.entity(IRANIAN)
    assert "/entity/thing/" in str(iranian)
    assert set(g.objects(iranian, RDF.type)) == {KG.OtherEntity}
    assert g.value(iris.entity(PEZESHKIAN), KG.linkConfidence) is None


def test_same_span_from_ner_and_gazetteer_keeps_the_more_confident(run: RunInfo, iris: Iris) -> None:
    mention, entity = PAIRS[4]  # مسعود بزشكيان, NER 0.97
    gazetteer = replace(mention, confidence=0.99, source="gazetteer")
    other = Entity(key="بزشكيان", kind="Person", label="بزشكيان")
    for pairs in ([*PAIRS, (gazetteer, other)], [(gazetteer, other), *PAIRS]):
        g = article_graph(make_linked(pairs), run, iris)
        node = iris.mention(make_linked().document, mention)
        assert list(g.objects(node, ITSRDF.taIdentRef)) == [iris.entity(other)]
        assert list(g.objects(node, KG.confidence)) == [Literal(0.99, datatype=ns.XSD.double)]


def test_bad_records_are_refused(run: RunInfo, iris: Iris) -> None:
    mention, entity = PAIRS[0]
    shifted = replace(mention, start=mention.start + 1, end=mention.end + 1)
    with pytest.raises(ValueError, match="!= text"):
        article_graph(make_linked([(shifted, entity)]), run, iris)
    outside = replace(mention, start=len(TEXT) - 2, end=len(TEXT) + 5)
    with pytest.raises(ValueError, match="offsets"):
        article_graph(make_linked([(outside, entity)]), run, iris)
    linked = make_linked()
    with pytest.raises(ValueError, match="entities"):
        article_graph(LinkedDocument(linked.annotated, linked.entities[:-1]), run, iris)
    with pytest.raises(ValueError, match="kind"):
        article_graph(make_linked([(mention, replace(entity, kind="Planet"))]), run, iris)


def test_removing_one_article_graph_keeps_shared_entities(run: RunInfo, iris: Iris) -> None:
    """Entities are repeated in every article graph that mentions them."""
    first = make_linked()
    second_text = "وصل الرئيس فلاديمير بوتين إلى طهران."
    start = second_text.index("فلاديمير بوتين")
    putin_mention = Mention(
        start=start,
        end=start + len("فلاديمير بوتين"),
        text="فلاديمير بوتين",
        label="فلاديمير بوتين",
        ner_type="PER",
        confidence=0.99,
        sentence=0,
    )
    second = make_linked(
        [(putin_mention, PUTIN)],
        (Sentence(0, 0, len(second_text)),),
        text=second_text,
        url="https://news.example.com/2",
    )
    ds = Dataset()
    for linked in (first, second):
        graph = ds.graph(iris.article_graph_iri(linked.document))
        graph += article_graph(linked, run, iris)
    ds.remove_graph(ds.graph(iris.article_graph_iri(first.document)))
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    assert (iris.entity(PUTIN), RDFS.label, Literal("فلاديمير بوتين", lang="ar")) in union
    assert (iris.entity(PUTIN), OWL.sameAs, WD.Q7747) in union


def test_provenance(linked: LinkedDocument, run: RunInfo, iris: Iris) -> None:
    g = provenance_graph(linked, run, iris)
    doc = linked.document
    activity = iris.activity(doc, run)
    assert (activity, RDF.type, PROV.Activity) in g
    assert g.value(activity, PROV.startedAtTime) == Literal(run.started, datatype=ns.XSD.dateTime)
    agent = g.value(activity, PROV.wasAssociatedWith)
    assert agent == iris.agent(run.tool_version)
    assert (agent, RDF.type, PROV.SoftwareAgent) in g
    assert g.value(agent, SCHEMA.softwareVersion) == Literal(run.tool_version)
    assert (activity, PROV.used, iris.model(run.model)) in g
    assert (iris.model(run.model), RDFS.label, Literal(run.model)) in g
    assert (iris.article_graph_iri(doc), PROV.wasGeneratedBy, activity) in g


def test_graph_round_trips_through_turtle_and_oxigraph(
    linked: LinkedDocument, run: RunInfo, iris: Iris
) -> None:
    """The store is Oxigraph, whose parsers are strict: every IRI and literal must pass them."""
    g = article_graph(linked, run, iris) + provenance_graph(linked, run, iris)
    assert ntriples(Graph().parse(data=g.serialize(format="turtle"), format="turtle")) == ntriples(g)
    for fmt, ox_format in (("nt", pyoxigraph.RdfFormat.N_TRIPLES), ("turtle", pyoxigraph.RdfFormat.TURTLE)):
        parsed = list(pyoxigraph.parse(g.serialize(format=fmt, encoding="utf-8"), ox_format))
        assert len(parsed) == len(g)


def test_triples_are_the_graph_without_rdflib(linked: LinkedDocument, run: RunInfo, iris: Iris) -> None:
    """The build stores `*_triples`; validation and dumps see `*_graph`: the same triples."""
    assert set(article_triples(linked, run, iris)) == set(article_graph(linked, run, iris))
    assert len(article_triples(linked, run, iris)) == len(article_graph(linked, run, iris))
    assert set(provenance_triples(linked, run, iris)) == set(provenance_graph(linked, run, iris))
