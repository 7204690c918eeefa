"""`/reconcile` speaks the W3C Reconciliation Service API v0.2 as OpenRefine sends it.

The request shapes are those of the specification's examples (reconciliation-api/specs,
0.2/examples: example-min, example-full, multi-values, no-query-string), with our names, types
and properties in them; the response checks follow its JSON schemas' required fields.
"""

from __future__ import annotations

import json
import time

import pytest
from search_fixtures import KYIV, MINISTER, NAMESAKES, PERSONS, UKRAINE, build_search_store

PERSON = "https://w3id.org/kg-ar/ontology#Person"
PLACE = "https://w3id.org/kg-ar/ontology#Place"


@pytest.fixture(scope="module")
def client(tmp_path_factory, start_server):
    return start_server(build_search_store(tmp_path_factory.mktemp("reconcile") / "store"))


def reconcile(client, batch: dict, method: str = "POST") -> dict:
    if method == "POST":
        reply = client.post_form("/reconcile", {"queries": json.dumps(batch, ensure_ascii=False)})
    else:
        reply = client.get("/reconcile", {"queries": json.dumps(batch, ensure_ascii=False)})
    assert reply.status == 200, reply.text
    assert reply.headers["access-control-allow-origin"] == "*"
    body = reply.json()
    assert set(body) == set(batch)
    for result in body.values():
        candidates = result["result"]
        assert [c["score"] for c in candidates] == sorted((c["score"] for c in candidates), reverse=True)
        for c in candidates:
            assert isinstance(c["id"], str) and isinstance(c["name"], str)
            assert isinstance(c["score"], int | float) and isinstance(c["match"], bool)
            assert all(set(t) == {"id", "name"} for t in c["type"])
            assert all(isinstance(f["value"], bool | int | float) for f in c["features"])
    return body


def test_the_manifest_names_the_spaces_types_and_services(client):
    reply = client.get("/reconcile")
    assert reply.status == 200 and reply.headers["access-control-allow-origin"] == "*"
    manifest = reply.json()
    assert {"versions", "name", "identifierSpace", "schemaSpace"} <= set(manifest)
    assert "0.2" in manifest["versions"]
    assert manifest["identifierSpace"] == "https://kg.example.org/"
    assert manifest["schemaSpace"] == "https://w3id.org/kg-ar/ontology#"
    assert PERSON in {t["id"] for t in manifest["defaultTypes"]}
    assert "{{id}}" in manifest["view"]["url"] and "{{id}}" in manifest["preview"]["url"]
    assert set(manifest["suggest"]) == {"entity", "type", "property"}
    for service in manifest["suggest"].values():
        assert service["service_url"] == client.base + "/reconcile"


def test_a_minimal_batch_finds_each_name_by_get_and_by_post(client):
    batch = {"q1": {"query": "حسن الشامي"}, "q2": {"query": "أوكرانيا"}}  # spec: example-min
    for method in ("GET", "POST"):
        body = reconcile(client, batch, method)
        assert body["q1"]["result"][0]["name"] == "حسن الشامي" and body["q1"]["result"][0]["match"]
        assert body["q2"]["result"][0]["id"] == UKRAINE and body["q2"]["result"][0]["match"]


def test_a_full_query_with_type_limit_properties_and_type_strict(client):
    batch = {  # spec: example-full
        "q0": {"query": "كوفال", "type": PERSON, "limit": 5, "type_strict": "should",
               "properties": [{"pid": "post", "v": "وزير الخارجية"}]},
        "q1": {"query": "كييف", "type": "Place", "limit": 1, "type_strict": "should",
               "properties": [{"pid": "label_en", "v": "kyiv"}]},
    }
    body = reconcile(client, batch)
    top = body["q0"]["result"][0]
    assert top["id"] == MINISTER and top["match"]  # the news call him كوفال: a name of his, and his alone
    assert {"id": "property_post", "value": True} in top["features"]
    assert {t["id"] for t in top["type"]} >= {PERSON, "https://w3id.org/kg-ar/ontology#Official"}
    assert [c["id"] for c in body["q1"]["result"]] == [KYIV] and body["q1"]["result"][0]["match"]


def test_a_property_with_several_values_matches_any_of_them(client):
    batch = {"q0": {"query": "أوكرانيا", "type": PLACE, "limit": 5, "type_strict": "should",  # spec: multi-values
                    "properties": [{"pid": "wikidata", "v": ["Q1", {"id": "Q212", "name": "Ukraine"}]}]}}
    top = reconcile(client, batch)["q0"]["result"][0]
    assert top["id"] == UKRAINE and top["match"] and top["score"] == 100
    assert {"id": "property_wikidata", "value": True} in top["features"]


def test_a_query_of_properties_only_finds_the_wikidata_item(client):
    batch = {"q1": {"properties": [{"pid": "wikidata", "v": "Q1899"}]},  # spec: no-query-string
             "q2": {"properties": [{"pid": "wikidata", "v": "http://www.wikidata.org/entity/Q212"}]}}
    body = reconcile(client, batch)
    assert [c["id"] for c in body["q1"]["result"]] == [KYIV]
    assert body["q2"]["result"][0]["id"] == UKRAINE and body["q2"]["result"][0]["match"]


def test_a_property_against_the_candidate_lowers_it_and_stops_the_match(client):
    batch = {"q0": {"query": "كييف", "properties": [{"pid": "wikidata", "v": "Q90"}]}}
    top = reconcile(client, batch)["q0"]["result"][0]
    assert top["id"] == KYIV and not top["match"] and top["score"] < 90


def test_namesakes_are_both_candidates_and_neither_is_a_match(client):
    result = reconcile(client, {"q0": {"query": "نادر سليم"}})["q0"]["result"]
    assert {c["id"] for c in result[:2]} == set(NAMESAKES)
    assert not any(c["match"] for c in result)


def test_a_strict_type_drops_other_types_and_should_only_lowers_them(client):
    strict = reconcile(client, {"q0": {"query": "أوكرانيا", "type": PERSON}})["q0"]["result"]
    assert strict == []
    soft = reconcile(client, {"q0": {"query": "أوكرانيا", "type": PERSON, "type_strict": "should"}})["q0"]["result"]
    assert soft[0]["id"] == UKRAINE and not soft[0]["match"]
    assert {"id": "type_match", "value": False} in soft[0]["features"]


def test_an_entity_id_as_query_returns_that_entity(client):
    for query in (UKRAINE, "entity/country/ukraine"):
        top = reconcile(client, {"q0": {"query": query}})["q0"]["result"][0]
        assert top["id"] == UKRAINE and top["score"] == 100 and top["match"]


def test_a_batch_of_500_names_spelled_otherwise_is_reconciled(client):
    def respell(name: str, i: int) -> str:
        name = name.replace("أ", "ا").replace("إ", "ا")  # hamza dropped, as news often writes
        return "و" + name if i % 3 == 0 else name  # and a conjunction glued to some

    batch = {f"q{i}": {"query": respell(label, i), "type": PERSON, "limit": 3}
             for i, (label, _iri, _n) in enumerate(PERSONS)}
    assert len(batch) == 500
    started = time.perf_counter()
    body = reconcile(client, batch)
    elapsed = time.perf_counter() - started
    for i, (_label, iri, _n) in enumerate(PERSONS):
        top = body[f"q{i}"]["result"][0]
        assert (top["id"], top["match"]) == (iri, True), (i, batch[f"q{i}"], top)
    assert elapsed < 30, f"500 queries took {elapsed:.1f} s"


def test_suggest_entity_completes_a_prefix_and_pages_with_cursor(client):
    reply = client.get("/reconcile/suggest/entity", {"prefix": "سلمان"})
    assert reply.status == 200 and reply.headers["access-control-allow-origin"] == "*"
    first = reply.json()["result"]
    assert len(first) == 10 and all(r["name"].startswith("سلمان") for r in first)
    assert all({"id", "name", "description", "notable"} <= set(r) for r in first)
    more = client.get("/reconcile/suggest/entity", {"prefix": "سلمان", "cursor": "10"}).json()["result"]
    assert len(more) == 10 and not {r["id"] for r in first} & {r["id"] for r in more}


def test_suggest_type_and_property_complete_in_english_and_arabic(client):
    assert [t["id"] for t in client.get("/reconcile/suggest/type", {"prefix": "pers"}).json()["result"]] == [PERSON]
    assert PLACE in {t["id"] for t in client.get("/reconcile/suggest/type", {"prefix": "مكا"}).json()["result"]}
    props = client.get("/reconcile/suggest/property", {"prefix": "wiki"}).json()["result"]
    assert [p["id"] for p in props] == ["wikidata"]


def test_preview_is_a_small_html_card_and_view_goes_to_the_page(client):
    reply = client.get("/reconcile/preview", {"id": UKRAINE})
    assert reply.status == 200 and reply.content_type.startswith("text/html")
    assert "أوكرانيا" in reply.text and "Ukraine" in reply.text and "Q212" in reply.text
    assert "frame-ancestors" not in reply.headers["content-security-policy"]  # OpenRefine frames it
    view = client.get("/reconcile/view", {"id": UKRAINE})
    assert view.status == 303 and view.headers["location"].endswith("/page/entity/country/ukraine")
    assert client.get("/reconcile/preview", {"id": "https://kg.example.org/entity/none"}).status == 404


@pytest.mark.parametrize("queries, status, says", [
    ("{not json", 400, "not JSON"),
    ("[1, 2]", 400, "JSON object"),
    ('{"q0": {"limit": 3}}', 400, "neither 'query' nor 'properties'"),
    ('{"q0": {"query": "x", "limit": 0}}', 400, "positive integer"),
    ('{"q0": {"query": "x", "properties": [{"v": 1}]}}', 400, "'pid'"),
    (json.dumps({f"q{i}": {"query": "x"} for i in range(1001)}), 413, "at most 1000"),
])
def test_a_malformed_batch_is_refused_on_one_line(client, queries, status, says):
    reply = client.post_form("/reconcile", {"queries": queries})
    assert reply.status == status and says in reply.text and reply.text.count("\n") == 1, reply.text
