"""Linked Data over real HTTP: 303 negotiation, HTML pages (RTL, highlighting, escaping), RDF."""

from __future__ import annotations

import json
import re

import pytest
import rdflib
from ld_fixtures import (
    AGENT_IRI,
    ARTICLE1,
    ARTICLE1_IRI,
    ARTICLE2_IRI,
    IRIS,
    MEETING_IRI,
    MOSCOW_IRI,
    PEZESHKIAN_IRI,
    PUTIN_IRI,
    S1,
    SHADY_IRI,
    TEXT1,
    TREATY_IRI,
    XSS,
    build_store,
    parse_html,
    serving,
)
from server_helpers import Client

from kg.server.linked_data import text_direction

BASE = IRIS.base
OWL_SAME_AS = rdflib.OWL.sameAs
RDFS_LABEL = rdflib.RDFS.label
ITS_REF = rdflib.URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef")


def path(iri: str) -> str:
    assert iri.startswith(BASE)
    return "/" + iri[len(BASE) :]


@pytest.fixture(scope="module")
def store():
    s = build_store()
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):
    with serving(store) as port:
        yield Client("127.0.0.1", port)


def page(client: Client, iri: str):
    reply = client.get("/page" + path(iri))
    assert reply.status == 200, reply.text
    assert reply.content_type.startswith("text/html")
    return reply, parse_html(reply.text)


# -- dereferencing: 303 and content negotiation ------------------------------------------------


@pytest.mark.parametrize("accept", [None, "text/html,application/xhtml+xml,*/*;q=0.8", "*/*"])
def test_browsers_are_sent_to_the_html_page(client, accept):
    reply = client.get(path(PUTIN_IRI), accept=accept)
    assert reply.status == 303
    assert reply.headers["location"] == "/page" + path(PUTIN_IRI)
    assert "Accept" in reply.headers["vary"]


@pytest.mark.parametrize(
    ("accept", "ext", "rdflib_format"),
    [
        ("text/turtle", "ttl", "turtle"),
        ("application/n-triples", "nt", "nt"),
        ("application/ld+json", "jsonld", "json-ld"),
        ("application/rdf+xml", "rdf", "xml"),
    ],
)
def test_rdf_clients_are_sent_to_the_data_document(client, accept, ext, rdflib_format):
    reply = client.get(path(PUTIN_IRI), accept=accept)
    assert reply.status == 303 and "Accept" in reply.headers["vary"]
    location = reply.headers["location"]
    assert location == f"/data{path(PUTIN_IRI)}.{ext}"

    data = client.get(location)
    assert data.status == 200 and data.content_type.startswith(accept)
    g = rdflib.Graph().parse(data=data.body, format=rdflib_format)
    putin = rdflib.URIRef(PUTIN_IRI)
    labels = {(str(o), o.language) for o in g.objects(putin, RDFS_LABEL)}
    assert {("فلاديمير بوتين", "ar"), ("Vladimir Putin", "en")} <= labels
    assert (putin, OWL_SAME_AS, rdflib.URIRef("http://www.wikidata.org/entity/Q7747")) in g
    assert len(set(g.subjects(ITS_REF, putin))) == 2  # the mentions, from both article graphs
    assert (
        rdflib.URIRef(MEETING_IRI),
        rdflib.URIRef("https://w3id.org/kg-ar/ontology#participant"),
        putin,
    ) in g


def test_q_values_choose_between_html_and_rdf(client):
    reply = client.get(path(PUTIN_IRI), accept="text/html;q=0.4, text/turtle;q=0.9")
    assert reply.headers["location"].endswith(".ttl")
    reply = client.get(path(PUTIN_IRI), accept="text/html;q=0.9, text/turtle;q=0.4")
    assert reply.headers["location"].startswith("/page/")


def test_unacceptable_media_type_is_406(client):
    reply = client.get(path(PUTIN_IRI), accept="image/png")
    assert reply.status == 406 and "text/turtle" in reply.text


def test_data_without_extension_negotiates_and_varies(client):
    reply = client.get("/data" + path(PUTIN_IRI), accept="application/n-triples")
    assert reply.status == 200 and reply.content_type.startswith("application/n-triples")
    assert "Accept" in reply.headers["vary"]
    assert reply.headers["content-location"] == f"/data{path(PUTIN_IRI)}.nt"
    default = client.get("/data" + path(PUTIN_IRI))
    assert default.content_type.startswith("text/turtle")


def test_representations_have_their_own_urls_without_vary(client):
    for url in ("/page" + path(PUTIN_IRI), f"/data{path(PUTIN_IRI)}.ttl"):
        reply = client.get(url)
        assert reply.status == 200 and "vary" not in reply.headers


def test_head_is_answered_like_get(client):
    reply = client.request("HEAD", path(PUTIN_IRI), headers={"Accept": "text/turtle"})
    assert reply.status == 303 and reply.body == b""


@pytest.mark.parametrize(
    "url",
    [
        "/entity/person/0000000000000000",
        "/page/entity/person/0000000000000000",
        "/data/entity/person/0000000000000000.ttl",
        "/data/entity/person/0000000000000000",
        "/meeting/ffffffffffffffff",
        "/entity/person/%3Cscript%3E",
        "/page/%22%3E%3Cscript%3E",
    ],
)
def test_unknown_iris_are_404(client, url):
    reply = client.get(url, accept="text/html")
    assert reply.status == 404
    assert "<script>" not in reply.text or reply.content_type.startswith("text/plain")


@pytest.mark.parametrize(
    "iri", [MEETING_IRI, TREATY_IRI, ARTICLE1_IRI, str(IRIS.article_graph_iri(ARTICLE1)), BASE + "graph/facts"]
)
def test_every_kind_of_minted_iri_dereferences(client, iri):
    reply = client.get(path(iri), accept="text/html")
    assert reply.status == 303
    assert client.get(reply.headers["location"]).status == 200


def test_percent_encoded_iris_dereference_as_minted(client):
    assert "%2B" in AGENT_IRI
    reply = client.get(path(AGENT_IRI), accept="text/html")
    assert reply.status == 303 and reply.headers["location"] == "/page" + path(AGENT_IRI)
    _, doc = page(client, AGENT_IRI)
    assert doc.find("h1").text == "kg 0.1+dev"
    assert client.get("/agent/kg/0.1+dev").status == 404  # a different IRI


def test_article_rdf_carries_its_nif_text_and_mentions(client):
    g = rdflib.Graph().parse(data=client.get(f"/data{path(ARTICLE1_IRI)}.ttl").body, format="turtle")
    nif = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    assert str(next(g.objects(None, nif.isString))) == TEXT1
    anchors = {str(o) for o in g.objects(None, nif.anchorOf)}
    assert anchors == {"فلاديمير بوتين", "مسعود بزشكيان", "موسكو"}


# -- the HTML page of an entity ----------------------------------------------------------------


def test_entity_page_labels_in_arabic_and_english_with_direction(client):
    reply, doc = page(client, PUTIN_IRI)
    h1 = doc.find("h1")
    assert h1.text == "فلاديمير بوتين" and h1.attrs["lang"] == "ar" and h1.attrs["dir"] == "rtl"
    labels = {
        (dd.text, dd.attrs.get("lang"), dd.attrs.get("dir"))
        for dd in doc.find("dl", class_="labels").iter("dd")
    }
    assert ("فلاديمير بوتين", "ar", "rtl") in labels
    assert ("بوتين", "ar", "rtl") in labels  # the label article 2 gave
    assert ("Vladimir Putin", "en", "ltr") in labels
    # an Arabic entity's page is Arabic, right to left (issue 14): list numbers on the right
    assert doc.find("html").attrs == {"lang": "ar", "dir": "rtl"}


def test_entity_page_types_and_same_as_links(client):
    _, doc = page(client, MOSCOW_IRI)
    types = doc.find("section", id="types").text
    assert "kg:City" in types and "City" in types and "مدينة" in types
    links = {a.attrs["href"]: a.text for a in doc.find("section", id="same-as").iter("a")}
    assert links == {
        "http://www.wikidata.org/entity/Q649": "Wikidata Q649",
        "https://sws.geonames.org/524901/": "GeoNames 524901",
    }


def test_mention_is_highlighted_inside_its_source_sentence(client):
    _, doc = page(client, PUTIN_IRI)
    quotes = list(doc.find("section", id="mentions").iter("blockquote"))
    assert len(quotes) == 2
    first = next(q for q in quotes if q.text == S1)  # the whole sentence, emoji and all
    assert first.attrs["lang"] == "ar" and first.attrs["dir"] == "rtl"
    marks = list(first.iter("mark"))
    assert [m.text for m in marks] == ["فلاديمير بوتين"]
    # the mark sits exactly where the offsets (code points) say
    before = first.children[0]
    assert isinstance(before, str) and before == S1[: S1.index("فلاديمير")]
    second = next(q for q in quotes if q is not first)
    assert [m.text for m in second.iter("mark")] == ["بوتين"]


def test_mention_links_to_its_place_in_the_article(client):
    _, doc = page(client, PUTIN_IRI)
    start = TEXT1.index("فلاديمير بوتين")
    fragment = f"offset_{start}_{start + len('فلاديمير بوتين')}"
    hrefs = {a.attrs["href"] for a in doc.find("section", id="mentions").iter("a")}
    assert f"{path(ARTICLE1_IRI)}#{fragment}" in hrefs
    _, article = page(client, ARTICLE1_IRI)
    assert article.find("mark", id=fragment).text == "فلاديمير بوتين"


def test_entity_page_lists_the_articles_that_mention_it(client):
    _, doc = page(client, PUTIN_IRI)
    links = {a.attrs["href"]: a for a in doc.find("section", id="articles").iter("a")}
    assert set(links) == {path(ARTICLE1_IRI), path(ARTICLE2_IRI)}
    title = links[path(ARTICLE1_IRI)]
    assert title.text == ARTICLE1.title and title.attrs["dir"] == "rtl"


def test_entity_page_lists_related_meetings_and_treaties(client):
    _, doc = page(client, PEZESHKIAN_IRI)
    meetings = doc.find("section", id="related-meetings")
    treaties = doc.find("section", id="related-treaties")
    assert meetings is not None and treaties is not None
    meeting = meetings.find("a", href=path(MEETING_IRI))
    assert meeting.text == "لقاء بوتين وبزشكيان" and meeting.attrs["dir"] == "rtl"
    assert "2025-01-17" in meetings.text and "kg:participant" in meetings.text
    assert treaties.find("a", href=path(TREATY_IRI)).text == "معاهدة الشراكة الاستراتيجية الشاملة"


def test_meeting_page_links_its_participants(client):
    _, doc = page(client, MEETING_IRI)
    assert doc.find("p", class_="kind").text.startswith("Meeting")
    props = doc.find("section", id="properties")
    participants = {
        a.attrs["href"]: a.text for a in props.iter("a") if a.attrs["href"].startswith("/entity/")
    }
    assert participants[path(PUTIN_IRI)] == "فلاديمير بوتين"
    assert participants[path(PEZESHKIAN_IRI)] == "مسعود بزشكيان"
    assert participants[path(MOSCOW_IRI)] == "موسكو"


def test_page_advertises_its_rdf_alternates(client):
    reply, doc = page(client, PUTIN_IRI)
    alternates = {link.attrs["type"]: link.attrs["href"] for link in doc.find_all("link", rel="alternate")}
    assert alternates["text/turtle"] == f"/data{path(PUTIN_IRI)}.ttl"
    assert set(alternates) == {
        "text/turtle",
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml",
    }
    assert 'rel="alternate"; type="text/turtle"' in reply.headers["link"]


# -- the HTML page of an article -------------------------------------------------------------------


def test_article_page_has_title_url_date_and_outlet(client):
    _, doc = page(client, ARTICLE1_IRI)
    h1 = doc.find("h1")
    assert h1.text == ARTICLE1.title and h1.attrs["dir"] == "rtl"
    meta = doc.find("dl", class_="meta")
    assert meta.find("a", href=ARTICLE1.url) is not None
    assert meta.find("time").attrs["datetime"] == "2025-01-17"
    assert ARTICLE1.source in meta.text


def test_article_text_is_whole_with_every_mention_marked_and_linked(client):
    _, doc = page(client, ARTICLE1_IRI)
    body = doc.find("div", class_="article-text")
    assert body.attrs["lang"] == "ar" and body.attrs["dir"] == "rtl"
    assert body.text == TEXT1  # nothing lost or added around the marks
    marked = {(m.text, m.parent.attrs["href"]) for m in body.iter("mark")}
    assert marked == {
        ("فلاديمير بوتين", path(PUTIN_IRI)),
        ("مسعود بزشكيان", path(PEZESHKIAN_IRI)),
        ("موسكو", path(MOSCOW_IRI)),
    }


# -- escaping and safety ---------------------------------------------------------------------------


def _only_the_search_script(doc) -> bool:
    """The page's one script is the search box's, from this server, with nothing inline."""
    scripts = list(doc.iter("script"))
    return len(scripts) == 1 and scripts[0].attrs.get("src") == "/assets/search.js" and not scripts[0].text.strip()


def test_script_label_is_escaped_on_its_page(client):
    reply, doc = page(client, SHADY_IRI)
    assert XSS not in reply.text
    assert "&lt;script&gt;alert(&#34;kg&#34;)&lt;/script&gt;" in reply.text  # Jinja2 escapes " as &#34;
    assert doc.find("h1").text == XSS  # shown as text, not run
    assert _only_the_search_script(doc)
    csp = reply.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp  # the search box's own script only
    assert "default-src 'none'" in reply.headers["content-security-policy"]


def test_script_label_and_markup_in_text_are_escaped_on_the_article_page(client):
    reply, doc = page(client, ARTICLE2_IRI)
    assert "<script>" not in reply.text and _only_the_search_script(doc)
    shady = next(a for a in doc.iter("a") if a.attrs.get("href") == path(SHADY_IRI))
    assert XSS in shady.attrs["title"]  # an attribute value, safely quoted
    reply1, doc1 = page(client, ARTICLE1_IRI)
    assert "<i>مطلع</i>" not in reply1.text and "&lt;i&gt;مطلع&lt;/i&gt;" in reply1.text
    assert not list(doc1.find("div", class_="article-text").iter("i"))


def test_text_direction():
    assert (
        text_direction("ar") == "rtl" and text_direction("ar-EG") == "rtl" and text_direction("fa") == "rtl"
    )
    assert text_direction("en") == "ltr" and text_direction(None) == "auto"


# -- the base IRI is the server's option -------------------------------------------------------


def test_another_base_maps_paths_to_its_own_iris():
    from kg.store.oxigraph import OxigraphStore

    base = "https://news.example.net/kg/"
    store = OxigraphStore()
    g = rdflib.Graph()
    g.add(
        (
            rdflib.URIRef(base + "entity/person/0123456789abcdef"),
            RDFS_LABEL,
            rdflib.Literal("بوتين", lang="ar"),
        )
    )
    store.replace_graph(base + "graph/x", g)
    try:
        with serving(store, base_iri=base) as port:
            client = Client("127.0.0.1", port)
            assert client.get("/entity/person/0123456789abcdef").status == 303
            reply = client.get("/data/entity/person/0123456789abcdef.nt")
            assert f"<{base}entity/person/0123456789abcdef>" in reply.text
            assert client.get(path(PUTIN_IRI)).status == 404  # the default base is not this server's
            ui = client.get("/")
            assert (
                json.loads(re.search(r'id="kg-config"[^>]*>(.*?)</script>', ui.text).group(1))["base"] == base
            )
    finally:
        store.close()
