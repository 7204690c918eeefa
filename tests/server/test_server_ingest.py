"""POST /api/articles: token-protected, off by default, queued durably, built in order, answers what it found."""

from __future__ import annotations

import time

import pytest

from kg.server.app import close_app, create_app
from kg.server.config import ServerConfig
from kg.store import open_store

TOKEN = "ingest-token-5d2e81"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# Composed sentences.
TEXT = "التقى وزير الخارجية الأردني نظيره المصري في القاهرة اليوم الثلاثاء."
IDS = "SELECT ?id WHERE { ?a <https://w3id.org/kg-ar/ontology#articleId> ?id }"


@pytest.fixture
def ingest(tmp_path):
    with open_store("memory:") as store:
        config = ServerConfig(workers=1, enable_ingest=True, token=TOKEN, ingest_queue=str(tmp_path / "queue"))
        app = create_app(store, config=config, base_iri="https://kg.example.org/")
        try:
            yield app.test_client(), store
        finally:
            close_app(app)


def test_ingest_is_off_unless_enabled(tmp_path):
    with open_store("memory:") as store:
        app = create_app(store, config=ServerConfig(workers=1))
        try:
            reply = app.test_client().post("/api/articles", json={"text": TEXT}, headers=AUTH)
            assert reply.status_code == 403 and "--enable-ingest" in reply.get_json()["error"]
        finally:
            close_app(app)


def test_enabling_ingest_without_a_token_is_refused():
    with pytest.raises(ValueError, match="KG_TOKEN"):
        ServerConfig(enable_ingest=True)


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}])
def test_posts_without_the_right_token_are_refused(ingest, headers):
    client, _ = ingest
    reply = client.post("/api/articles", json={"text": TEXT}, headers=headers)
    assert reply.status_code == 401 and "WWW-Authenticate" in reply.headers


@pytest.mark.parametrize(("body", "kwargs", "status", "reason"), [
    ({"title": "بلا نص"}, {}, 400, 'missing the required "text" field'),
    ({"text": "   "}, {}, 400, "whitespace"),
    ({"text": TEXT, "published": "أمس"}, {}, 400, "ISO 8601"),
    (None, {"data": "{not json", "content_type": "application/json"}, 400, "not JSON"),
    (None, {"data": TEXT, "content_type": "text/plain"}, 415, "application/json"),
])
def test_a_bad_record_is_refused_with_its_reason_and_not_queued(ingest, body, kwargs, status, reason):
    client, _ = ingest
    reply = client.post("/api/articles", json=body, headers=AUTH, **kwargs) if body is not None else \
        client.post("/api/articles", headers=AUTH, **kwargs)
    assert reply.status_code == status and reason in reply.get_json()["error"]


def test_a_posted_article_is_built_and_answered_with_its_iri_and_what_was_found(ingest):
    client, store = ingest
    reply = client.post("/api/articles?wait=60", json={"id": "cairo", "text": TEXT, "published": "2024-03-05"},
                        headers=AUTH)
    assert reply.status_code == 201, reply.get_json()
    body = reply.get_json()
    assert body["state"] == "done" and body["id"] == "cairo" and body["iri"].startswith("https://kg.example.org/article/")
    cairo = [e for e in body["entities"] if e["label"] == "القاهرة"]
    assert len(cairo) == 1 and "Place" in cairo[0]["types"] and cairo[0]["mentions"] == 1
    assert body["mentions"] == sum(e["mentions"] for e in body["entities"]) >= 1
    assert client.get(reply.headers["Location"], headers=AUTH).get_json() == body
    assert {r["id"].value for r in store.query(IDS)} == {"cairo"}


def test_a_burst_of_posts_is_acknowledged_at_once_and_built_in_arrival_order(ingest):
    client, store = ingest
    started = time.monotonic()
    replies = [client.post("/api/articles", json={"id": f"b{i:03d}", "text": f"{TEXT} الخبر رقم {i}."}, headers=AUTH)
               for i in range(100)]
    assert all(r.status_code == 202 for r in replies)
    assert time.monotonic() - started < 30  # acknowledged without waiting for the NLP
    tickets = [r.get_json()["ticket"] for r in replies]
    assert tickets == sorted(tickets)
    deadline = time.monotonic() + 300
    while True:
        # read last-first: a later ticket seen done, then an earlier one seen not done, is a real
        # order error; read first-last, the builder could finish both between the two reads
        states = [client.get(f"/api/articles/{t}", headers=AUTH).get_json()["state"] for t in reversed(tickets)]
        done = [s == "done" for s in reversed(states)]
        assert done == sorted(done, reverse=True), "a later post was built before an earlier one"
        if all(done) or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert all(done)
    assert len({r["id"].value for r in store.query(IDS)}) == 100


def test_an_unknown_ticket_is_404(ingest):
    client, _ = ingest
    assert client.get("/api/articles/00000000000000000000-deadbeef", headers=AUTH).status_code == 404
