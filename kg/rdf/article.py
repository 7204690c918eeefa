"""RDF stage: one LinkedDocument → the triples of that article's named graph.

Each article gets its own named graph, holding the article, its text as NIF, its mentions
and a copy of every entity it mentions. Repeating entity triples per article costs a little
space but means dropping or replacing one article's graph never removes facts another
article still supports. An entity's `rdfs:label` is its canonical name (the KB's, or the
longest form the article gives); each other name the article writes for it is a
`skos:altLabel` in that article's graph, so the contract queries can answer by the article's
own words. Nothing here depends on the clock or on processing order, so building the same
LinkedDocument twice gives identical triples; run times go to the provenance graph only
(`provenance_triples`).
"""

from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef

from kg.link.kb import KnowledgeBase
from kg.rdf.iris import Iris
from kg.rdf.kbnames import add_kb_names
from kg.rdf.namespaces import (
    DCTERMS,
    ITSRDF,
    KG,
    LEXVO_ARA,
    NIF,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WD,
    XSD,
)
from kg.rdf.triples import Triples
from kg.types import Entity, LinkedDocument, Mention, RunInfo

#: rdf:types for each Entity.kind. The schema.org type is stated as well as ours because the
#: store runs without inference and schema.org-aware clients should still find the entity.
ENTITY_TYPES: dict[str, tuple[URIRef, ...]] = {
    "Person": (KG.Person, SCHEMA.Person),
    "Official": (KG.Official, KG.Person, SCHEMA.Person),
    "Organization": (KG.Organization, SCHEMA.Organization),
    "Place": (KG.Place, SCHEMA.Place),
    "Country": (KG.Country, KG.Place, SCHEMA.Country),
    "City": (KG.City, KG.Place, SCHEMA.City),
    "Thing": (KG.OtherEntity,),
}

#: Language of titles and labels: kg reads Arabic news.
LANG = "ar"

_QID = re.compile(r"Q[1-9][0-9]*")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")


def _nni(value: int) -> Literal:
    """NIF indices are xsd:nonNegativeInteger by the NIF spec."""
    return Literal(value, datatype=XSD.nonNegativeInteger)


def _double(value: float) -> Literal:
    return Literal(float(value), datatype=XSD.double)


def _pick_mentions(linked: LinkedDocument) -> list[tuple[Mention, Entity]]:
    """Pair mentions with entities; keep one per span, since a span's IRI must name one thing.

    The NER model and the gazetteer can both report the same span. The kept pair is the most
    confident one, ties broken on content rather than on list order so the output stays
    order-independent.
    """
    ann = linked.annotated
    if len(linked.entities) != len(ann.mentions):
        raise ValueError(
            f"{ann.document.id}: {len(ann.mentions)} mentions but "
            f"{len(linked.entities)} entities (mention i must refer to entities[i])"
        )
    best: dict[tuple[int, int], tuple[Mention, Entity]] = {}
    for mention, entity in zip(ann.mentions, linked.entities, strict=True):
        span = (mention.start, mention.end)
        pair = (mention, entity)
        if span not in best or _rank(pair) > _rank(best[span]):
            best[span] = pair
    return [best[span] for span in sorted(best)]


def _rank(pair: tuple[Mention, Entity]) -> tuple[float, bool, str, str, str]:
    mention, entity = pair
    return (mention.confidence, mention.source == "ner", mention.ner_type, entity.kind, entity.key)


def _add_entity(g: Triples, iris: Iris, entity: Entity, kb: KnowledgeBase | None = None) -> URIRef:
    try:
        types = ENTITY_TYPES[entity.kind]
    except KeyError:
        raise ValueError(f"unknown entity kind {entity.kind!r} for {entity.key!r}") from None
    node = iris.entity(entity)
    for cls in types:
        g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(entity.label, lang=LANG)))
    if entity.qid:
        if not _QID.fullmatch(entity.qid):
            raise ValueError(f"bad Wikidata id {entity.qid!r} for {entity.key!r}")
        g.add((node, OWL.sameAs, WD[entity.qid]))
    for other in entity.same_as:
        if not _IRI.fullmatch(other):
            raise ValueError(f"bad same_as IRI {other!r} for {entity.key!r}")
        g.add((node, OWL.sameAs, URIRef(other)))
    if entity.link_confidence is not None:
        g.add((node, KG.linkConfidence, _double(entity.link_confidence)))
    if entity.link_evidence:
        g.add((node, KG.linkEvidence, Literal(entity.link_evidence)))
    add_kb_names(g, iris, entity, node, kb)
    return node


def article_graph(linked: LinkedDocument, run: RunInfo, iris: Iris, kb: KnowledgeBase | None = None) -> Graph:
    """`article_triples` as an rdflib Graph."""
    return article_triples(linked, run, iris, kb).graph()


def article_triples(
    linked: LinkedDocument, run: RunInfo, iris: Iris, kb: KnowledgeBase | None = None
) -> Triples:
    """The triples of one article's named graph (store them under `iris.article_graph_iri(doc)`).

    Entities linked to the KB (`kb` or the shipped one) also get its English label and, for
    places with coordinates, their point (`kg.rdf.kbnames`).

    Raises ValueError when the records break their contract (offsets outside the text, a
    mention whose text is not the slice its offsets give, entities not matching mentions):
    publishing wrong offsets would silently corrupt every NIF consumer downstream.
    """
    doc = linked.document
    ann = linked.annotated
    text = doc.text
    g = Triples()

    article = iris.article(doc)
    g.add((article, RDF.type, KG.NewsArticle))
    g.add((article, RDF.type, SCHEMA.NewsArticle))
    g.add((article, KG.articleId, Literal(doc.id)))
    g.add((article, KG.textHash, Literal(doc.text_hash)))
    g.add((article, PROV.wasGeneratedBy, iris.activity(doc, run)))
    if doc.title:
        g.add((article, SCHEMA.headline, Literal(doc.title, lang=LANG)))
        g.add((article, DCTERMS.title, Literal(doc.title, lang=LANG)))
    if doc.url:
        g.add((article, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)))
    if doc.published:
        g.add((article, SCHEMA.datePublished, Literal(doc.published.isoformat(), datatype=XSD.date)))
    if doc.source:
        g.add((article, KG.sourceOutlet, Literal(doc.source)))

    context = iris.context(doc)
    g.add((context, RDF.type, NIF.Context))
    g.add((context, RDF.type, NIF.OffsetBasedString))
    g.add((context, NIF.isString, Literal(text)))
    g.add((context, NIF.beginIndex, _nni(0)))
    g.add((context, NIF.endIndex, _nni(len(text))))
    g.add((context, NIF.predLang, LEXVO_ARA))
    g.add((context, KG.article, article))

    sentences: dict[int, URIRef] = {}
    for sentence in ann.sentences:
        if not 0 <= sentence.start <= sentence.end <= len(text):
            raise ValueError(f"{doc.id}: sentence {sentence.index} offsets outside the text")
        node = iris.sentence(doc, sentence)
        sentences[sentence.index] = node
        g.add((node, RDF.type, NIF.Sentence))
        g.add((node, RDF.type, NIF.OffsetBasedString))
        g.add((node, NIF.beginIndex, _nni(sentence.start)))
        g.add((node, NIF.endIndex, _nni(sentence.end)))
        g.add((node, NIF.referenceContext, context))

    for mention, entity in _pick_mentions(linked):
        if not 0 <= mention.start < mention.end <= len(text):
            raise ValueError(f"{doc.id}: mention offsets {mention.start}..{mention.end} bad")
        anchor = text[mention.start : mention.end]
        if anchor != mention.text:
            raise ValueError(
                f"{doc.id}: mention {mention.text!r} != text[{mention.start}:{mention.end}] = {anchor!r}"
            )
        entity_node = _add_entity(g, iris, entity, kb)
        g.add((article, SCHEMA.mentions, entity_node))
        if mention.label and mention.label != entity.label:
            # The name as this article writes it (clitics dropped), beside the canonical label: a
            # reader searching the article's own words (`ترامب`, `السعودية`) finds the entity.
            g.add((entity_node, SKOS.altLabel, Literal(mention.label, lang=LANG)))
        node = iris.mention(doc, mention)
        g.add((node, RDF.type, KG.Mention))
        g.add((node, RDF.type, NIF.Phrase))
        g.add((node, RDF.type, NIF.OffsetBasedString))
        g.add((node, NIF.beginIndex, _nni(mention.start)))
        g.add((node, NIF.endIndex, _nni(mention.end)))
        g.add((node, NIF.anchorOf, Literal(anchor)))
        g.add((node, NIF.referenceContext, context))
        if mention.sentence in sentences:
            g.add((node, NIF.sentence, sentences[mention.sentence]))
        g.add((node, ITSRDF.taIdentRef, entity_node))
        g.add((node, KG.nerType, Literal(mention.ner_type)))
        g.add((node, KG.confidence, _double(mention.confidence)))
        g.add((node, KG.extractionSource, Literal(mention.source)))
    return g


def provenance_graph(linked: LinkedDocument, run: RunInfo, iris: Iris) -> Graph:
    """`provenance_triples` as an rdflib Graph."""
    return provenance_triples(linked, run, iris).graph()


def provenance_triples(linked: LinkedDocument, run: RunInfo, iris: Iris) -> Triples:
    """PROV-O for one article's processing, for the shared graph `iris.provenance_graph_iri`.

    The activity IRI is stable for (text, version, model), but its start time changes each
    run: a store re-processing an article should drop the activity's old triples first.
    """
    doc = linked.document
    g = Triples()
    activity = iris.activity(doc, run)
    agent = iris.agent(run.tool_version)

    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, PROV.startedAtTime, Literal(run.started, datatype=XSD.dateTime)))
    g.add((activity, PROV.wasAssociatedWith, agent))
    g.add((activity, PROV.used, iris.article(doc)))

    g.add((agent, RDF.type, PROV.SoftwareAgent))
    g.add((agent, RDFS.label, Literal(f"kg {run.tool_version}")))
    g.add((agent, SCHEMA.softwareVersion, Literal(run.tool_version)))

    for name in sorted({run.model, linked.annotated.model} - {""}):
        model = iris.model(name)
        g.add((activity, PROV.used, model))
        g.add((model, RDF.type, PROV.Entity))
        g.add((model, RDFS.label, Literal(name)))

    graph = iris.article_graph_iri(doc)
    g.add((graph, RDF.type, PROV.Entity))
    g.add((graph, PROV.wasGeneratedBy, activity))
    return g


__all__ = ["ENTITY_TYPES", "article_graph", "article_triples", "provenance_graph", "provenance_triples"]
