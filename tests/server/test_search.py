"""`/api/suggest` and `/search` over a live server: Arabic-aware, most mentioned first, and in step
with what a writer adds while the server runs."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from search_fixtures import KYIV, MINISTER, PERSONS, UKRAINE, build_search_store, write_article
from search_fixtures import _entity as add_entity

from kg.store.search_index import kept_in_step

PERSON = "https://w3id.org/kg-ar/ontology#Person"


@pytest.fixture(scope="module")
def search_client(tmp_path_factory, start_server):
    return start_server(build_search_store(tmp_path_factory.mktemp("search") / "store"))


def suggest(client, q: str, **params) -> list[dict]:
    reply = client.get("/api/suggest", {"q": q, **params})
    assert reply.status == 200, reply.text
    assert reply.content_type.startswith("application/json")
    return reply.json()["results"]


def test_suggest_answers_each_result_with_its_names_type_wikidata_and_mentions(search_client):
    results = suggest(search_client, "اوكرانيا")  # written without hamza
    assert results[0] == {
        "id": UKRAINE, "label": "أوكرانيا", "label_en": "Ukraine",
        "type": "https://w3id.org/kg-ar/ontology#Country", "wikidata": "http://www.wikidata.org/entity/Q212",
        "mentions": 40, "page": "/page/entity/country/ukraine",
    }


def test_suggest_finds_names_by_the_prefix_of_any_word_most_mentioned_first(search_client):
    results = suggest(search_client, "القحط", limit=50)  # 20 persons of that family
    expected = sorted((p for p in PERSONS if "القحطاني" in p[0]), key=lambda p: -p[2])
    assert len(results) == 20
    assert [r["mentions"] for r in results] == [p[2] for p in expected]
    assert {r["id"] for r in results} == {p[1] for p in expected}


def test_suggest_folds_hamza_clitics_and_english_names(search_client):
    assert suggest(search_client, "ابراهيم الحلبي")[0]["label"] == "إبراهيم الحلبي"
    assert suggest(search_client, "لأوكرانيا")[0]["id"] == UKRAINE
    assert suggest(search_client, "KYIV")[0]["id"] == KYIV
    assert suggest(search_client, "arab lea")[0]["label_en"] == "Arab League"


def test_suggest_filters_by_type_and_counts_officials_as_persons(search_client):
    assert [r["id"] for r in suggest(search_client, "كوفال", type="Person")] == [MINISTER]
    assert suggest(search_client, "كوفال", type="Place") == []
    assert suggest(search_client, "ك", type="City,Country") and all(
        r["type"].endswith(("#City", "#Country")) for r in suggest(search_client, "ك", type="City,Country"))


def test_suggest_rejects_an_unknown_type_or_limit_on_one_line(search_client):
    for params in ({"type": "Animal"}, {"limit": "0"}, {"limit": "many"}):
        reply = search_client.get("/api/suggest", {"q": "x", **params})
        assert reply.status == 400 and reply.text.count("\n") == 1, reply.text


def test_suggest_with_an_empty_query_answers_no_results(search_client):
    assert suggest(search_client, "") == [] and suggest(search_client, "   ") == []


def test_search_page_lists_results_with_links_to_their_pages(search_client):
    reply = search_client.get("/search", {"q": "وكوفال"})
    assert reply.status == 200 and reply.content_type.startswith("text/html")
    assert 'href="/page/entity/person/minister"' in reply.text and "أندريه كوفال" in reply.text
    assert "script-src 'self'" in reply.headers["content-security-policy"]
    assert "unsafe-inline" not in reply.headers["content-security-policy"].split("style-src")[0]


def test_search_page_pages_through_many_results(search_client):
    first = search_client.get("/search", {"q": "ال", "type": "Person"})
    assert 'rel="next"' in first.text and first.text.count('class="label"') == 20
    second = search_client.get("/search", {"q": "ال", "type": "Person", "page": "2"})
    assert 'rel="prev"' in second.text and 'start="21"' in second.text


def test_search_page_escapes_the_query(search_client):
    reply = search_client.get("/search", {"q": '<script>alert("x")</script>'})
    assert reply.status == 200 and '<script>alert' not in reply.text
    assert "&lt;script&gt;" in reply.text


def test_search_page_says_so_when_nothing_is_found(search_client):
    reply = search_client.get("/search", {"q": "زززز"})
    assert reply.status == 200 and 'class="none"' in reply.text


@pytest.mark.parametrize("path", ["/", "/search", "/page/entity/person/minister"])
def test_every_page_has_the_search_box_and_its_script(search_client, path):
    reply = search_client.get(path)
    assert reply.status == 200, path
    assert '<form class="kg-search" role="search" action="/search"' in reply.text
    assert 'data-suggest="/api/suggest"' in reply.text
    assert '<script src="/assets/search.js" defer></script>' in reply.text
    csp = reply.headers["content-security-policy"]
    assert "connect-src 'self'" in csp and "script-src 'self'" in csp


def test_the_search_script_and_styles_are_served_from_this_server(search_client):
    script = search_client.get("/assets/search.js")
    assert script.status == 200 and "javascript" in script.content_type
    assert "innerHTML" not in script.text  # results are written as text
    assert search_client.get("/assets/search.css").status == 200


def test_a_writer_adds_an_article_and_the_running_server_finds_it(live_pair):
    writer, client = live_pair
    with kept_in_step(writer) as index:
        write_article(writer, index, "first", [])
        assert client.get("/api/suggest", {"q": "زينب"}).json()["results"] == []  # opens the index file
        triples: list = []
        add_entity(triples, URIRef("https://kg.example.org/entity/person/zainab"), ("Person",), "زينب الأحمد",
                ["زينب الأحمد"], "second")
        write_article(writer, index, "second", triples)
    results = client.get("/api/suggest", {"q": "زينب"}).json()["results"]
    assert [r["label"] for r in results] == ["زينب الأحمد"]


def test_a_store_without_an_index_is_searched_from_memory_until_a_writer_makes_one(live_pair):
    writer, client = live_pair
    triples: list = []
    add_entity(triples, URIRef("https://kg.example.org/entity/person/huda"), ("Person",), "هدى الراشد",
               ["هدى الراشد"], "old")
    writer.replace_graph("https://kg.example.org/graph/old", triples)  # as a kg older than the index wrote it
    writer.publish()
    assert [r["label"] for r in client.get("/api/suggest", {"q": "هدى"}).json()["results"]] == ["هدى الراشد"]
    with kept_in_step(writer) as index:  # the next build makes the index file
        more: list = []
        add_entity(more, URIRef("https://kg.example.org/entity/person/huda-2"), ("Person",), "هدى السالم",
                   ["هدى السالم"], "new")
        write_article(writer, index, "new", more)
    labels = {r["label"] for r in client.get("/api/suggest", {"q": "هدى"}).json()["results"]}
    assert labels == {"هدى الراشد", "هدى السالم"}


def test_the_sparql_form_page_has_a_plain_search_form_too(search_client):
    reply = search_client.get("/sparql", accept="text/html")
    assert reply.status == 200 and '<form method="get" action="search" role="search">' in reply.text


def test_writes_over_http_update_and_graph_store_are_searched_at_once(tmp_path, start_server):
    from kg.server.config import ServerConfig

    token = "search-test-token-0123456789"
    client = start_server(build_search_store(tmp_path / "store"),
                          ServerConfig(workers=1, enable_update=True, token=token, query_timeout=20))
    auth = {"Authorization": f"Bearer {token}"}
    kg, rdfs = "https://w3id.org/kg-ar/ontology#", "http://www.w3.org/2000/01/rdf-schema#"
    update = (f'INSERT DATA {{ GRAPH <https://kg.example.org/graph/u1> {{ <https://kg.example.org/entity/person/u1> '
              f'a <{kg}Person> ; <{rdfs}label> "ليلى المنصوري"@ar }} }}')
    reply = client.request("POST", "/update", update.encode(), {"Content-Type": "application/sparql-update", **auth})
    assert reply.status == 204, reply.text
    assert [r["label"] for r in suggest(client, "ليلى")] == ["ليلى المنصوري"]

    turtle = f'<https://kg.example.org/entity/city/u2> a <{kg}City>, <{kg}Place> ; <{rdfs}label> "مدينة النخيل"@ar .'
    graph = "https://kg.example.org/graph/u2"
    reply = client.request("PUT", f"/store?graph={graph}", turtle.encode(), {"Content-Type": "text/turtle", **auth})
    assert reply.status == 201, reply.text
    assert [r["label"] for r in suggest(client, "النخيل", type="Place")] == ["مدينة النخيل"]
    assert client.request("DELETE", f"/store?graph={graph}", None, auth).status == 204
    assert suggest(client, "النخيل") == []

    everything = f"DELETE {{ GRAPH ?g {{ ?s <{rdfs}label> ?l }} }} WHERE {{ GRAPH ?g {{ ?s <{rdfs}label> ?l }} }}"
    reply = client.request("POST", "/update", everything.encode(),
                           {"Content-Type": "application/sparql-update", **auth})
    assert reply.status == 204, reply.text
    assert suggest(client, "ليلى") == []  # GRAPH ?g: the whole index was made again


def test_an_update_names_the_graphs_it_writes_or_says_it_cannot_tell():
    from kg.server.search_sync import graphs_an_update_writes as writes

    assert writes('INSERT DATA { GRAPH <http://g/1> { <http://a> <http://b> "GRAPH <http://g/2>" } }') == ["", "http://g/1"]
    assert writes("WITH <http://g/3> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }") == ["", "http://g/3"]
    assert writes("ADD <http://g/a> TO <http://g/b>") == ["", "http://g/a", "http://g/b"]
    assert writes("CLEAR DEFAULT") == [""]
    for unknown in ("DROP ALL", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
                    "PREFIX ex: <http://ex/> INSERT DATA { GRAPH ex:g { ex:a ex:b ex:c } }",
                    "BASE <http://b/> DROP GRAPH <g>"):
        assert writes(unknown) is None, unknown
