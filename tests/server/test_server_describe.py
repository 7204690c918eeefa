"""The dataset describes itself at /.well-known/void (VoID + DCAT) and serves its ontology at
/ontology, as RDF by content negotiation and as HTML for browsers (over real HTTP)."""

from __future__ import annotations

import rdflib
from rdflib import RDF, Literal, Namespace, URIRef
from server_helpers import QUADS, G

from kg.rdf.namespaces import ONTOLOGY_PATH
from kg.store.describe import ODBL

VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
KG = Namespace("https://w3id.org/kg-ar/ontology#")
DATASET = URIRef("https://kg.example.org/.well-known/void#dataset")


def _void(client, accept: str | None = None, fmt: str = "turtle") -> rdflib.Graph:
    reply = client.get("/.well-known/void", accept=accept)
    assert reply.status == 200, reply.text
    return rdflib.Graph().parse(data=reply.body, format=fmt)


def test_void_without_accept_is_turtle_with_the_stores_counts(client):
    reply = client.get("/.well-known/void")
    assert reply.content_type.startswith("text/turtle")
    g = rdflib.Graph().parse(data=reply.body, format="turtle")
    assert (DATASET, RDF.type, VOID.Dataset) in g and (DATASET, RDF.type, DCAT.Dataset) in g
    assert g.value(DATASET, VOID.triples).toPython() == QUADS
    partitions = {g.value(p, VOID["class"]): g.value(p, VOID.entities).toPython()
                  for p in g.objects(DATASET, VOID.classPartition)}
    assert partitions == {KG.Person: 1, KG.Place: 1}


def test_void_names_the_endpoint_and_every_dump_of_this_server(client):
    g = _void(client, "application/n-triples", "nt")
    endpoint = URIRef(client.base + "/sparql")
    assert g.value(DATASET, VOID.sparqlEndpoint) == endpoint
    assert (endpoint, DCAT.servesDataset, DATASET) in g
    dumps = {str(u) for u in g.objects(DATASET, VOID.dataDump)}
    assert {client.base + "/dump.nq.gz", client.base + "/dump.ttl"} <= dumps
    for dump in dumps:  # every advertised dump really is served
        assert client.request("HEAD", dump.removeprefix(client.base)).status == 200
    media = {str(g.value(d, DCAT.mediaType)) for d in g.objects(DATASET, DCAT.distribution)}
    assert "https://www.iana.org/assignments/media-types/application/n-quads" in media


def test_void_states_the_licences_of_each_part(client):
    g = _void(client, "application/ld+json", "json-ld")
    kb = g.value(DATASET, VOID.subset)
    assert g.value(kb, DCT.license) == URIRef(ODBL)
    assert "ODbL" in str(g.value(kb, DCT.rights))  # the attribution the ODbL asks for
    assert "publishers' terms" in str(g.value(DATASET, DCT.rights))  # article texts are not ours


def test_void_for_a_browser_is_a_page_with_the_counts(client):
    reply = client.get("/.well-known/void", accept="text/html,application/xhtml+xml,*/*;q=0.8")
    assert reply.content_type.startswith("text/html")
    assert "Dataset description" in reply.text and f">{QUADS}<" in reply.text
    assert "kg:Person" in reply.text


def test_void_refuses_a_media_type_it_cannot_write(client):
    assert client.get("/.well-known/void", accept="image/png").status == 406


def test_ontology_turtle_is_the_file_itself(client):
    reply = client.get("/ontology", accept="text/turtle")
    assert reply.status == 200 and reply.body == ONTOLOGY_PATH.read_bytes()
    assert client.get("/ontology.ttl").body == ONTOLOGY_PATH.read_bytes()


def test_ontology_in_other_rdf_formats_has_the_same_triples(client):
    expected = len(rdflib.Graph().parse(ONTOLOGY_PATH, format="turtle"))
    reply = client.get("/ontology", accept="application/ld+json")
    assert len(rdflib.Graph().parse(data=reply.body, format="json-ld")) == expected


def test_ontology_page_has_an_anchor_and_both_labels_for_every_term(client):
    onto = rdflib.Graph().parse(ONTOLOGY_PATH, format="turtle")
    reply = client.get("/ontology", accept="text/html")
    assert reply.status == 200 and reply.content_type.startswith("text/html")
    defined = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(str(KG))}
    assert len(defined) > 20
    for term in defined:
        name = str(term)[len(str(KG)):]
        assert f'id="{name}"' in reply.text, name
        for label in onto.objects(term, rdflib.RDFS.label):
            assert str(label) in reply.text, (name, label)
    assert Literal("لقاء", lang="ar") in set(onto.objects(KG.Meeting, rdflib.RDFS.label))


def test_description_is_recounted_after_the_store_changes(live_pair):
    writer, client = live_pair
    before = _void(client).value(DATASET, VOID.triples).toPython()
    g = rdflib.Graph()
    g.add((URIRef("https://kg.example.org/entity/person/x"), rdflib.RDFS.label, Literal("س", lang="ar")))
    writer.replace_graph(G + "live", g)
    writer.publish()
    assert _void(client).value(DATASET, VOID.triples).toPython() == before + 1
