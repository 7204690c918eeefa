"""The view data endpoints (/api/map, /api/timeline, /api/graph) and the page sections of issue 14
item 5, over a store written by kg's own RDF stage (explore_fixtures), through Flask's test client."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import rdflib
from explore_fixtures import (
    CAIRO_IRI,
    DOC1,
    DOC2,
    DOC3,
    MEETING_IRI,
    MOSCOW_IRI,
    PEZESHKIAN_IRI,
    PUTIN_IRI,
    QUOTE,
    SISI_IRI,
    build_store,
)
from ld_fixtures import parse_html

from kg.server.app import close_app, create_app
from kg.server.config import DATASET_TITLE, ServerConfig
from kg.server.explore import parse_wkt_point
from kg.server.explore.reads import isolate_dates
from kg.store.oxigraph import OxigraphStore

VENDOR = Path(__file__).resolve().parents[2] / "kg" / "server" / "static" / "vendor"


@pytest.fixture(scope="module")
def store():
    s = build_store()
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):
    app = create_app(store)
    yield app.test_client()
    close_app(app)


def _get(client, url: str) -> dict:
    reply = client.get(url)
    assert reply.status_code == 200, reply.get_data(as_text=True)
    assert reply.mimetype == "application/json"
    return reply.get_json()


def _page(client, iri: str):
    reply = client.get("/page/" + iri.split("/", 3)[3])
    assert reply.status_code == 200
    return reply, parse_html(reply.get_data(as_text=True))


# -- /api/map ---------------------------------------------------------------------------------------


def test_store_map_has_every_place_with_kb_coordinates_and_its_counts(client):
    points = {p["id"]: p for p in _get(client, "/api/map")["points"]}
    assert set(points) == {MOSCOW_IRI, CAIRO_IRI}
    moscow = points[MOSCOW_IRI]
    assert (moscow["label"], moscow["label_en"]) == ("موسكو", "Moscow")
    assert (round(moscow["lat"], 2), round(moscow["long"], 2)) == (55.63, 37.61)
    assert moscow["articles"] == 2 and moscow["events"] == 1  # two articles, one merged meeting
    assert moscow["href"] == "/" + MOSCOW_IRI.split("/", 3)[3]


def test_map_around_a_person_shows_where_its_events_were(client):
    data = _get(client, "/api/map?entity=" + SISI_IRI)
    assert [(p["id"], p["articles"], p["events"], p["self"]) for p in data["points"]] == [(CAIRO_IRI, 1, 1, False)]


def test_map_of_a_place_marks_the_place_itself(client):
    points = _get(client, "/api/map?entity=" + CAIRO_IRI)["points"]
    assert [(p["id"], p["self"], p["articles"], p["events"]) for p in points] == [(CAIRO_IRI, True, 1, 1)]


def test_map_reads_a_place_that_has_only_a_wkt_geometry():
    store = OxigraphStore()
    try:
        store.replace_graph(
            "https://kg.example.org/graph/geo",
            rdflib.Graph().parse(
                format="turtle",
                data="""@prefix geo: <http://www.opengis.net/ont/geosparql#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://kg.example.org/entity/city/x> rdfs:label "بغداد"@ar ; geo:hasGeometry [
                  geo:asWKT "<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(44.4 33.3)"^^geo:wktLiteral ] .""",
            ),
        )
        app = create_app(store)
        points = app.test_client().get("/api/map").get_json()["points"]
        assert [(p["label"], p["lat"], p["long"]) for p in points] == [("بغداد", 33.3, 44.4)]
        close_app(app)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("wkt", "point"),
    [
        ("POINT(37.6 55.6)", (55.6, 37.6)),
        (" point ( -3.7 40.4 ) ", (40.4, -3.7)),
        ("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(31.2 30.1)", (30.1, 31.2)),
        ("POINT(200 10)", None),
        ("LINESTRING(1 2, 3 4)", None),
        ("POINT(1)", None),
        ("POINT(a b)", None),
    ],
)
def test_wkt_points_are_read_longitude_first(wkt, point):
    assert parse_wkt_point(wkt) == point


# -- /api/timeline ----------------------------------------------------------------------------------


def test_timeline_lists_events_by_date_with_their_article_counts(client):
    events = _get(client, "/api/timeline")["events"]
    assert [(e["id"] == MEETING_IRI, e["date"], e["articles"], e["kind"]) for e in events] == [
        (True, "2025-03-09", 2, "meeting"),
        (False, "2025-04-10", 1, "meeting"),
    ]
    assert events[0]["label_en"].startswith("meeting: Masoud Pezeshkian, Vladimir Putin")


def test_timeline_of_an_entity_has_only_its_events(client):
    events = _get(client, "/api/timeline?entity=" + PEZESHKIAN_IRI)["events"]
    assert [e["id"] for e in events] == [MEETING_IRI]


def test_an_event_without_a_date_of_its_own_is_placed_at_its_first_report():
    store = OxigraphStore()
    try:
        store.replace_graph(
            "https://kg.example.org/graph/a",
            rdflib.Graph().parse(
                format="turtle",
                data="""@prefix kg: <https://w3id.org/kg-ar/ontology#> . @prefix schema: <https://schema.org/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://kg.example.org/article/a> a kg:NewsArticle ; schema:datePublished "2024-11-02"^^xsd:date .
                <https://kg.example.org/entity/treaty/t> a kg:Treaty .""",
            ),
        )
        app = create_app(store)
        events = app.test_client().get("/api/timeline").get_json()["events"]
        assert [(e["date"], e["dated_by"], e["kind"]) for e in events] == [("2024-11-02", "article", "treaty")]
        close_app(app)
    finally:
        store.close()


# -- /api/graph -------------------------------------------------------------------------------------


def test_graph_links_an_entity_to_everyone_it_met_weighted_by_articles(client):
    data = _get(client, "/api/graph?entity=" + PUTIN_IRI)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == {PUTIN_IRI, PEZESHKIAN_IRI, SISI_IRI}
    assert nodes[PUTIN_IRI]["center"] and nodes[SISI_IRI]["label_en"] == "Abdel Fattah el-Sisi"
    edges = {frozenset((e["source"], e["target"])): (e["weight"], e["articles"], e["meeting"]) for e in data["edges"]}
    assert edges == {
        frozenset((PUTIN_IRI, PEZESHKIAN_IRI)): (2, 2, 1),  # one meeting, reported by two articles
        frozenset((PUTIN_IRI, SISI_IRI)): (1, 1, 1),
    }


@pytest.mark.parametrize(
    ("query", "message"),
    [("", "give the entity's IRI"), ("?entity=not an iri", "is not an IRI"), ("?entity=%3Cx%3E", "is not an IRI")],
)
def test_graph_without_a_valid_entity_says_why(client, query, message):
    reply = client.get("/api/graph" + query)
    assert reply.status_code == 400 and message in reply.get_data(as_text=True)


def test_an_entity_nobody_met_has_an_empty_graph(client):
    data = _get(client, "/api/graph?entity=" + MOSCOW_IRI)
    assert data["edges"] == [] and [n["id"] for n in data["nodes"]] == [MOSCOW_IRI]


# -- pages (item 5) ---------------------------------------------------------------------------------


def test_an_arabic_entity_page_is_arabic_right_to_left_with_its_views(client):
    reply, doc = _page(client, PUTIN_IRI)
    assert doc.find("html").attrs == {"lang": "ar", "dir": "rtl"}
    assert doc.find("nav").attrs["dir"] == "ltr"
    sources = {div.attrs["data-kg-view"]: div.attrs["data-src"]
               for div in doc.iter("div") if "data-kg-view" in div.attrs}
    assert set(sources) == {"map", "timeline", "graph"}
    assert sources["graph"].startswith("/api/graph?entity=https%3A//kg.example.org/entity/person/")
    csp = reply.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp and "unsafe" not in csp


def test_each_page_offers_only_the_views_it_can_draw(client):
    _, doc = _page(client, MOSCOW_IRI)  # a city: a map, but nobody it met and no events of its own
    assert [d.attrs["data-kg-view"] for d in doc.iter("div") if "data-kg-view" in d.attrs] == ["map"]


def test_a_page_without_views_loads_no_view_script(client):
    statement_page = next(a.attrs["href"]
                          for a in _page(client, PUTIN_IRI)[1].find("section", id="statements").iter("a"))
    reply = client.get("/page" + statement_page)
    assert "script-src 'self';" in reply.headers["Content-Security-Policy"]  # this server's scripts only
    scripts = [s.attrs.get("src", "") for s in parse_html(reply.get_data(as_text=True)).iter("script")]
    assert all(src.endswith("/search.js") for src in scripts), scripts  # the search box, no map or graph


def test_statements_have_their_own_section_with_quote_and_outlet(client):
    _, doc = _page(client, PUTIN_IRI)
    section = doc.find("section", id="statements")
    assert section.attrs["dir"] == "rtl"
    item = next(section.iter("li"))
    assert item.find("blockquote").text == f"«{QUOTE}»"
    source = item.find("p").text
    assert "وكالة أنباء الشرق" in source  # who it is attributed to
    assert DOC3.title in source and DOC3.source in source and "2025-04-10" in source  # the article
    meetings = doc.find("section", id="related-meetings")
    assert "تصريح" not in meetings.text  # not filed under Meetings any more
    assert doc.find("section", id="related-statements") is None  # shown once, with its quote


def test_a_statement_page_says_statement(client):
    _, doc = _page(client, PUTIN_IRI)
    href = next(doc.find("section", id="statements").iter("a")).attrs["href"]
    page = parse_html(client.get("/page" + href).get_data(as_text=True))
    assert "Statement" in page.find("p", class_="kind").text


def test_merged_meeting_lists_each_reporting_article_and_what_it_claims(client):
    _, doc = _page(client, MEETING_IRI)
    section = doc.find("section", id="reports")
    assert "Reported by 2 articles" in section.find("h2").text
    items = list(section.find("ol").iter("li"))
    assert len(items) == 2
    first, second = items
    assert DOC1.title in first.text and DOC1.source in first.text and "2025-03-05" in first.text
    assert DOC1.text in first.find("blockquote").text  # the evidence sentence
    assert "planned" in first.find("dl").text and "موسكو" in first.find("dl").text
    assert DOC2.title in second.text and "held" in second.find("dl").text
    assert "2025-03-09" in second.find("dl").text and "الأحد" in second.find("dl").text


def test_page_titles_name_the_dataset_not_a_path(client, tmp_path):
    _, doc = _page(client, PUTIN_IRI)
    title = doc.find("title").text
    assert title == f"فلاديمير بوتين – {DATASET_TITLE}"
    assert ServerConfig().title == DATASET_TITLE


def test_serve_cli_takes_a_title(monkeypatch):
    from click.testing import CliRunner

    from kg.cli.app import main

    captured = {}
    monkeypatch.setattr("kg.server.serve.serve", lambda location, **kw: captured.update(kw))
    result = CliRunner().invoke(main, ["serve", "--store", "/srv/data/store", "--title", "أخبار"])
    assert result.exit_code == 0, result.output
    assert captured["config"].title == "أخبار"
    CliRunner().invoke(main, ["serve", "--store", "/srv/data/store"])
    assert captured["config"].title == DATASET_TITLE and "/srv" not in captured["config"].title


def test_iso_dates_in_arabic_labels_are_isolated_left_to_right():
    assert isolate_dates("لقاء (2025-03-09)") == "لقاء (\u20662025-03-09\u2069)"
    assert isolate_dates("meeting (2025-03-09)") == "meeting (2025-03-09)"


@pytest.mark.parametrize("package", ["leaflet", "cytoscape", "topojson-client", "world-atlas"])
def test_vendored_view_packages_match_their_checksums(package):
    """scripts/vendor-views.sh --check, in Python: the committed files are the pinned npm releases."""
    folder = VENDOR / package
    entries = [line.split() for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines() if line]
    assert entries and any(name == "LICENSE" for _, name in entries)
    for digest, name in entries:
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    assert (folder / "VERSION").read_text(encoding="utf-8").startswith(package + " ")


def test_explore_page_draws_the_store_from_the_json_endpoints(client):
    reply = client.get("/explore")
    assert reply.status_code == 200
    doc = parse_html(reply.get_data(as_text=True))
    sources = {d.attrs["data-kg-view"]: d.attrs["data-src"] for d in doc.iter("div") if "data-kg-view" in d.attrs}
    assert sources == {"map": "/api/map", "timeline": "/api/timeline"}
    assert "script-src 'self'" in reply.headers["Content-Security-Policy"]
    scripts = [s.attrs["src"] for s in doc.iter("script")]
    assert all(src.startswith("/assets/") for src in scripts) and "/assets/views.js" in scripts


def test_an_entity_whose_articles_name_no_located_place_gets_no_views():
    store = OxigraphStore()
    try:
        store.replace_graph(
            "https://kg.example.org/graph/b",
            rdflib.Graph().parse(
                format="turtle",
                data="""@prefix kg: <https://w3id.org/kg-ar/ontology#> . @prefix schema: <https://schema.org/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://kg.example.org/article/b> a kg:NewsArticle ; schema:mentions <https://kg.example.org/entity/person/p> .
                <https://kg.example.org/entity/person/p> a kg:Person ; rdfs:label "زيد"@ar .""",  # noqa: E501
            ),
        )
        store.replace_graph(  # a located place in another article must not give p a map
            "https://kg.example.org/graph/c",
            rdflib.Graph().parse(
                format="turtle",
                data="""@prefix wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#> .
                <https://kg.example.org/entity/city/c> wgs84:lat 30.0 ; wgs84:long 31.0 .""",
            ),
        )
        app = create_app(store)
        reply = app.test_client().get("/page/entity/person/p")
        doc = parse_html(reply.get_data(as_text=True))
        assert doc.find("section", id="views") is None
        scripts = [s.attrs.get("src", "") for s in doc.iter("script")]
        assert all(src.endswith("/search.js") for src in scripts), scripts  # no view script
        close_app(app)
    finally:
        store.close()
