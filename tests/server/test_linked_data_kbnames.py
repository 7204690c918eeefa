"""The Linked Data page of a KB-linked place shows the KB's English name and its coordinates."""

from __future__ import annotations

from dataclasses import replace

import pytest
from ld_fixtures import IRIS, LINKED2, RUN, parse_html, serving
from server_helpers import Client

from kg.link.kb import KBEntry, KnowledgeBase
from kg.rdf.article import article_graph
from kg.store.oxigraph import OxigraphStore
from kg.types import Entity

# A composed KB entry (the test's own input): the city the fixture article mentions.
ENTRY = KBEntry(id="city:XX-testcity", kind="City", qid=None, labels_ar=("القاهرة",),
                labels_en=("Test City",), lat=30.04442, lon=31.23571)
CITY = Entity.of_kb(ENTRY.id, "City", "القاهرة")


@pytest.fixture(scope="module")
def client():
    linked = replace(LINKED2, entities=(*LINKED2.entities[:2], CITY))
    store = OxigraphStore()
    store.replace_graph(str(IRIS.article_graph_iri(linked.document)),
                        article_graph(linked, RUN, IRIS, kb=KnowledgeBase((ENTRY,))))
    with serving(store) as port:
        yield Client("127.0.0.1", port)
    store.close()


def test_kb_linked_city_page_shows_its_english_name_and_no_missing_note(client):
    reply = client.get("/page/" + str(IRIS.entity(CITY))[len(IRIS.base):])
    assert reply.status == 200, reply.text
    labels = {(dd.text, dd.attrs.get("lang"), dd.attrs.get("dir"))
              for dd in parse_html(reply.text).find("dl", class_="labels").iter("dd")}
    assert ("Test City", "en", "ltr") in labels
    assert ("القاهرة", "ar", "rtl") in labels
    assert "no English label in the graph yet" not in reply.text
    assert "30.04442" in reply.text and "31.23571" in reply.text
