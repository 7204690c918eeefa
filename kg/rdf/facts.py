"""Facts (posts, meetings, treaties, statements) → triples for the article's named graph.

Fact nodes are minted from their content, never from counters, so the same fact found in
two articles gets one IRI and each article's graph holds its own copy of the triples —
dropping one article never removes what another still supports:

* a post (`kg:Post`, an `org:Post`) is keyed by role, portfolio and the country or
  organization it belongs to — "President of Russia" is one node whoever holds it; a post
  of unknown country is keyed by its holder too, so two unrelated "presidents" stay apart;
* a meeting by its sorted participants, day (or month) and mode (`kg.extract.meetings`);
* a treaty by instrument, topic and sorted parties (`kg.extract.treaties`);
* a statement by article (its URL, or its text when it has none), speaker and quote offsets.

All fact IRIs live under `{base}entity/{kind}/{hash}`, so the server's IRI parser already
knows them. Each fact links to the `nif:Sentence`(s) stating it (`kg:evidence`). Entities a
fact implies but no mention names (Russia, from "الرئيس الروسي") are written too, with the
same triples `kg.rdf.article` writes for mentioned entities.
"""

from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.extract import vocab
from kg.extract.batch_identity import batch_key
from kg.extract.facts import Facts, Meeting, Post, Ref, Statement, Treaty, When
from kg.extract.registry import provider_of
from kg.link.kb import KnowledgeBase
from kg.link.resources import Resources
from kg.rdf.article import ENTITY_TYPES, LANG
from kg.rdf.iris import Iris
from kg.rdf.kbnames import add_kb_names
from kg.rdf.namespaces import KG, NIF, ORG, OWL, RDF, RDFS, SCHEMA, SEM, WD, XSD
from kg.rdf.triples import Triples
from kg.types import Entity, LinkedDocument

MEETING_STATUS = {
    "held": KG.MeetingHeld, "planned": KG.MeetingPlanned, "reported": KG.MeetingReported,
    "postponed": KG.MeetingPostponed, "cancelled": KG.MeetingCancelled, "not-held": KG.MeetingNotHeld,
}
TREATY_STATUS = {
    "signed": KG.TreatySigned, "to-be-signed": KG.TreatyToBeSigned, "negotiating": KG.TreatyNegotiating,
    "proposed": KG.TreatyProposed, "ratified": KG.TreatyRatified, "terminated": KG.TreatyTerminated,
    "mentioned": KG.TreatyMentioned,
}
_DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
_QID = re.compile(r"Q[1-9][0-9]*")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")
_TOPIC_LABELS = {
    "strategic-partnership": ("شراكة استراتيجية", "strategic partnership"),
    "free-trade": ("تجارة حرة", "free trade"),
    "peace": ("سلام", "peace"),
    "nuclear": ("نووي", "nuclear"),
    "security": ("أمني", "security"),
    "defence": ("دفاعي", "defence"),
    "energy": ("طاقة", "energy"),
    "prisoner-exchange": ("تبادل الأسرى", "prisoner exchange"),
    "border": ("حدود", "border"),
    "implementing": ("تنفيذي", "implementing"),
    "general": ("", ""),
}


def _entity(g: Triples, iris: Iris, kb: KnowledgeBase, entity: Entity) -> URIRef:
    """The entity's node, with the triples `kg.rdf.article` gives a mentioned entity."""
    node = iris.entity(entity)
    for cls in ENTITY_TYPES.get(entity.kind, (KG.OtherEntity,)):
        g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(entity.label, lang=LANG)))
    if entity.qid and _QID.fullmatch(entity.qid):
        g.add((node, OWL.sameAs, WD[entity.qid]))
    for other in entity.same_as:
        if _IRI.fullmatch(other):
            g.add((node, OWL.sameAs, URIRef(other)))
    if entity.link_confidence is not None:
        g.add((node, KG.linkConfidence, Literal(float(entity.link_confidence), datatype=XSD.double)))
    add_kb_names(g, iris, entity, node, kb)
    return node


def _english(kb: KnowledgeBase, ref: Ref | None) -> str | None:
    """The English name the KB gives an entity, if it is a KB entity."""
    if ref is None or ref.kb_id is None:
        return None
    entry = kb.get(ref.kb_id)
    return entry.labels_en[0] if entry is not None and entry.labels_en else None


def _names_en(kb: KnowledgeBase, refs: tuple[Ref, ...] | list[Ref]) -> str | None:
    """English names of all refs joined, or None if any has none (no Arabic in @en labels)."""
    names = [_english(kb, r) for r in refs]
    return ", ".join(n for n in names if n) if all(names) else None


def _date(g: Triples, node: URIRef, prop: URIRef, when: When | None) -> None:
    if when is None:
        return
    if when.iso and when.precision in _DATE_TYPES:
        g.add((node, prop, Literal(when.iso, datatype=_DATE_TYPES[when.precision])))
    g.add((node, KG.dateText, Literal(when.text, lang=LANG)))


def role_labels(role: str, portfolio: str | None) -> tuple[str, str]:
    """Arabic and English names of a role ("وزير الخارجية", "Minister of Foreign Affairs")."""
    r = vocab.ROLES[role]
    if portfolio is None:
        return r.ar, r.en
    p_ar, p_en = vocab.PORTFOLIOS[portfolio]
    if role in ("spokesperson", "deputy-spokesperson"):
        return f"{r.ar} وزارة {p_ar}", f"{r.en} of the Ministry of {p_en}"
    return f"{r.ar} {p_ar}", f"{r.en} of {p_en}"


def post_key(post: Post) -> str:
    """Role, portfolio and the post's country or organization; its holder when that is unknown."""
    where = post.of.key if post.of is not None else f"holder:{post.person.key}"
    return "|".join(["post", post.role, post.portfolio or "", where])


def _evidence(g: Triples, iris: Iris, linked: LinkedDocument, node: URIRef, sentences: tuple[int, ...]) -> None:
    by_index = {s.index: s for s in linked.annotated.sentences}
    for i in sentences:
        if i in by_index:
            g.add((node, KG.evidence, iris.sentence(linked.document, by_index[i])))


def _post(g: Triples, iris: Iris, kb: KnowledgeBase, linked: LinkedDocument, post: Post) -> None:
    person = _entity(g, iris, kb, post.person.entity)
    node = iris.entity_iri("Post", post_key(post))
    g.add((node, RDF.type, KG.Post))
    g.add((node, RDF.type, ORG.Post))
    if post.current:
        g.add((person, RDF.type, KG.Official))
        g.add((person, KG.holdsPost, node))
        g.add((person, ORG.holds, node))
    else:  # "الرئيس السابق X": a post he held, not one he holds
        g.add((person, KG.heldPost, node))
    ar, en = role_labels(post.role, post.portfolio)
    if post.of is not None:
        of = _entity(g, iris, kb, post.of.entity)
        g.add((node, KG.postIn, of))
        g.add((node, ORG.postIn, of))
        if post.of_parent is not None:  # "قسم المياه بالمندوبية …": the unit is of the body (`kg.extract.unit_parents`)
            g.add((of, ORG.subOrganizationOf, _entity(g, iris, kb, post.of_parent.entity)))
        g.add((node, RDFS.label, Literal(f"{ar} ({post.of.entity.label})", lang="ar")))
        of_en = _english(kb, post.of)
        g.add((node, RDFS.label, Literal(f"{en} ({of_en})" if of_en else en, lang="en")))
    else:
        g.add((node, RDFS.label, Literal(ar, lang="ar")))
        g.add((node, RDFS.label, Literal(en, lang="en")))
    if post.title_text:
        g.add((node, KG.roleAsWritten, Literal(post.title_text, lang=LANG)))
    if post.of is not None and post.of_source != "text":  # `of` inferred: how sure, and why
        if post.of_confidence is not None:
            g.add((node, KG.linkConfidence, Literal(float(post.of_confidence), datatype=XSD.double)))
        if post.of_evidence:
            g.add((node, KG.linkEvidence, Literal(post.of_evidence)))
    role = iris.entity_iri("Role", post.title)
    g.add((node, ORG.role, role))
    g.add((role, RDF.type, KG.Role))
    g.add((role, RDF.type, ORG.Role))
    g.add((role, RDF.type, SKOS.Concept))
    g.add((role, SKOS.notation, Literal(post.title)))
    g.add((role, RDFS.label, Literal(ar, lang="ar")))
    g.add((role, RDFS.label, Literal(en, lang="en")))
    _evidence(g, iris, linked, node, (post.evidence,))


def _meeting(g: Triples, iris: Iris, kb: KnowledgeBase, linked: LinkedDocument, m: Meeting,
             batch: str | None = None) -> None:
    node = iris.entity_iri("Meeting", batch_key(m.key, m.date, m.place, batch))
    g.add((node, RDF.type, KG.Meeting))
    g.add((node, RDF.type, SCHEMA.Event))
    g.add((node, RDF.type, SEM.Event))
    for p in m.participants:
        g.add((node, KG.participant, _entity(g, iris, kb, p.entity)))
    if m.place is not None:
        g.add((node, KG.meetingPlace, _entity(g, iris, kb, m.place.entity)))
    _date(g, node, KG.meetingDate, m.date)
    g.add((node, KG.meetingStatus, MEETING_STATUS[m.status]))
    g.add((node, KG.meetingKind, Literal(m.kind)))
    g.add((node, KG.cameoCode, Literal(m.cameo)))
    kind_ar, kind_en = vocab.KIND_LABELS[m.kind]
    when = f" ({m.date.value})" if m.date is not None else ""
    people = sorted(m.participants, key=lambda p: p.key)  # the same label in every article telling it
    g.add((node, RDFS.label, Literal(f"{kind_ar}: " + "، ".join(p.entity.label for p in people) + when,
                                     lang="ar")))
    names_en = _names_en(kb, people)
    g.add((node, RDFS.label, Literal(f"{kind_en}: {names_en}{when}" if names_en else f"{kind_en}{when}",
                                     lang="en")))
    _evidence(g, iris, linked, node, m.evidence)


def _treaty(g: Triples, iris: Iris, kb: KnowledgeBase, linked: LinkedDocument, t: Treaty) -> None:
    node = iris.entity_iri("Treaty", t.key)
    g.add((node, RDF.type, KG.Treaty))
    if t.memorandum:
        g.add((node, RDF.type, KG.MemorandumOfUnderstanding))
    for p in t.parties:
        g.add((node, KG.treatyParty, _entity(g, iris, kb, p.entity)))
    g.add((node, KG.treatyStatus, TREATY_STATUS[t.status]))
    g.add((node, KG.treatyTopic, Literal(t.topic)))
    _date(g, node, KG.signingDate, t.date)
    if t.place is not None:
        g.add((node, KG.signingPlace, _entity(g, iris, kb, t.place.entity)))
    if t.duration_years is not None:
        g.add((node, KG.durationYears, Literal(t.duration_years, datatype=XSD.integer)))
    if t.article_count is not None:
        g.add((node, KG.articleCount, Literal(t.article_count, datatype=XSD.integer)))
    for area in t.areas:
        g.add((node, KG.treatyArea, Literal(area)))
    if t.status == "signed":
        g.add((node, KG.cameoCode, Literal(vocab.CAMEO["treaty"])))
    g.add((node, RDFS.label, Literal(t.label, lang="ar")))
    kind = "memorandum of understanding" if t.memorandum else "agreement"
    topic = _TOPIC_LABELS.get(t.topic, ("", t.topic))[1]
    parties = _names_en(kb, sorted(t.parties, key=lambda p: p.key)) or ""
    g.add((node, RDFS.label, Literal(" ".join(x for x in (topic, kind) if x) + (f": {parties}" if parties else ""),
                                     lang="en")))
    _evidence(g, iris, linked, node, t.evidence)


def statement_key(linked: LinkedDocument, st: Statement) -> str:
    """A statement is one utterance in one article (the same words in a copy of the article,
    at another URL, are that copy's statement: its quote span is in that article)."""
    return "|".join(["statement", Iris.article_id(linked.document), st.speaker.key, str(st.start), str(st.end)])


def _statement(g: Triples, iris: Iris, kb: KnowledgeBase, linked: LinkedDocument, st: Statement) -> None:
    doc = linked.document
    node = iris.entity_iri("Statement", statement_key(linked, st))
    g.add((node, RDF.type, KG.Statement))
    g.add((node, RDF.type, SEM.Event))
    speaker = _entity(g, iris, kb, st.speaker.entity)
    g.add((node, KG.speaker, speaker))
    g.add((node, KG.quote, Literal(st.quote, lang=LANG)))
    g.add((node, KG.cameoCode, Literal(vocab.CAMEO["statement"])))
    g.add((node, RDFS.label, Literal(f"تصريح {st.speaker.entity.label}", lang="ar")))
    speaker_en = _english(kb, st.speaker)
    g.add((node, RDFS.label, Literal(f"statement by {speaker_en}" if speaker_en else "statement", lang="en")))
    if st.outlet is not None:
        g.add((node, KG.reportedBy, _entity(g, iris, kb, st.outlet.entity)))
    if st.outlet_text:
        g.add((node, KG.attribution, Literal(st.outlet_text, lang=LANG)))
    if 0 <= st.start < st.end <= len(doc.text):
        span = iris.offset(iris.article(doc), st.start, st.end)
        g.add((node, KG.quoteSpan, span))
        g.add((span, RDF.type, NIF.String))
        g.add((span, RDF.type, NIF.OffsetBasedString))
        g.add((span, NIF.beginIndex, Literal(st.start, datatype=XSD.nonNegativeInteger)))
        g.add((span, NIF.endIndex, Literal(st.end, datatype=XSD.nonNegativeInteger)))
        g.add((span, NIF.anchorOf, Literal(doc.text[st.start:st.end])))
        g.add((span, NIF.referenceContext, iris.context(doc)))
    _evidence(g, iris, linked, node, (st.evidence,))


def facts_graph(linked: LinkedDocument, facts: Facts, iris: Iris, *, resources: Resources | None = None) -> Graph:
    """`facts_triples` as an rdflib Graph."""
    return facts_triples(linked, facts, iris, resources=resources).graph()


def facts_triples(linked: LinkedDocument, facts: Facts, iris: Iris, *, resources: Resources | None = None,
                  batch: str | None = None) -> Triples:
    """The triples of `facts`, to add to the article's named graph (`iris.article_graph_iri(doc)`).

    `resources` gives the KB the English labels come from (default: `Resources.default()`);
    `batch` names the files built together (the run), within which undated reports of one
    meeting are one event (`kg.extract.batch_identity`)."""
    kb = (resources or Resources.default()).kb
    g = Triples()
    for post in facts.posts:
        _post(g, iris, kb, linked, post)
    for meeting in facts.meetings:
        _meeting(g, iris, kb, linked, meeting, batch)
    for treaty in facts.treaties:
        _treaty(g, iris, kb, linked, treaty)
    for statement in facts.statements:
        _statement(g, iris, kb, linked, statement)
    for name, value in facts.extra:  # what kg.extractors plugins provide, written by their own hook
        extractor = provider_of(name)
        if extractor is not None and extractor.to_rdf is not None:
            g += extractor.to_rdf(value, linked, iris)
    return g


__all__ = ["MEETING_STATUS", "TREATY_STATUS", "facts_graph", "facts_triples", "post_key", "role_labels",
           "statement_key"]
