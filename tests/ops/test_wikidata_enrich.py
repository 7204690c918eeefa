"""`kg link --online`: the Wikidata API client, candidate scoring and the enrichment graph.

Every request goes to a real HTTP server on 127.0.0.1 that answers from the JSON files in
`fixtures/wikidata/` (responses in the documented wbsearchentities / wbgetentities format;
see the README there for where each QID was confirmed). Nothing here reaches the network.
"""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from kg.cli import main
from kg.ops.wikidata_api import WikidataClient, WikidataError
from kg.ops.wikidata_enrich import (
    AR_DBPEDIA,
    DBPEDIA,
    StoredEntity,
    decide,
    enrich,
    online_graph,
    score_candidate,
    unlinked_entities,
    wiki_encode,
)
from kg.rdf.iris import Iris
from kg.rdf.namespaces import KG, OWL, WD
from kg.rdf.shacl import ontology_graph
from kg.store.registry import open_store

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures" / "wikidata"
STORE_TRIG = FIXTURES / "store.trig"
IRIS = Iris()
GRAPH = str(online_graph(IRIS))
E = "https://kg.example.org/entity/"


# -- a local Wikibase API answering from the fixture files -----------------------------------------


class FakeWikidata:
    """Serves the fixtures like `w/api.php`; records every request; can be told to fail first."""

    def __init__(self) -> None:
        self.searches = {}
        for path in sorted((FIXTURES / "wbsearchentities").glob("*.json")):
            body = json.loads(path.read_text(encoding="utf-8"))
            self.searches[body["searchinfo"]["search"]] = body
        self.entities = {}
        for path in sorted((FIXTURES / "wbgetentities").glob("*.json")):
            self.entities.update(json.loads(path.read_text(encoding="utf-8"))["entities"])
        self.requests: list[dict[str, str]] = []
        self.user_agents: list[str] = []
        self.failures: list[tuple[int, dict[str, str], dict | None]] = []
        self.lock = threading.Lock()

    def answer(self, params: dict[str, str]) -> dict:
        if params.get("action") == "wbsearchentities":
            found = self.searches.get(params["search"], {"searchinfo": {"search": params["search"]}, "search": []})
            return {**found, "search": found["search"][: int(params.get("limit", 7))]}
        if params.get("action") == "wbgetentities":
            props = params.get("props", "info|sitelinks|aliases|labels|descriptions|claims|datatype").split("|")
            entities = {}
            for qid in params["ids"].split("|"):
                doc = self.entities.get(qid)
                entities[qid] = ({k: v for k, v in doc.items() if k in ("type", "id", *props)}
                                 if doc else {"id": qid, "missing": ""})
            return {"entities": entities, "success": 1}
        return {"error": {"code": "badvalue", "info": "unknown action"}}


@pytest.fixture()
def api() -> Iterator[tuple[FakeWikidata, str]]:
    fake = FakeWikidata()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            url = urlparse(self.path)
            params = {k: v[0] for k, v in parse_qs(url.query).items()}
            with fake.lock:
                fake.requests.append(params)
                fake.user_agents.append(self.headers.get("User-Agent", ""))
                failure = fake.failures.pop(0) if fake.failures else None
            if url.path != "/w/api.php":
                status, headers, body = 404, {}, {"error": "not found"}
            elif failure is not None:
                status, headers, body = failure[0], failure[1], failure[2] or {"error": "try later"}
            else:
                status, headers, body = 200, {}, fake.answer(params)
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{server.server_address[1]}/w/api.php"
    finally:
        server.shutdown()
        server.server_close()


def client_for(url: str, cache: Path, sleeps: list[float] | None = None) -> WikidataClient:
    return WikidataClient(url, cache, min_interval=0, sleep=(sleeps.append if sleeps is not None else lambda s: None))


@pytest.fixture()
def store():
    s = open_store("memory:")
    s.load(STORE_TRIG)
    yield s
    s.close()


def by_entity(report) -> dict[str, object]:
    return {d.entity.iri.removeprefix(E): d for d in report.decisions}


# -- the client -----------------------------------------------------------------------------------


def test_client_reads_the_documented_formats_and_is_polite(api, tmp_path):
    fake, url = api
    with client_for(url, tmp_path) as client:
        hits = client.search("فلاديمير بوتين")
        docs = client.get_entities(["Q7747", "Q999999999"])
    assert [h["id"] for h in hits] == ["Q7747"]
    assert set(docs) == {"Q7747"}, "a missing id is left out"
    assert docs["Q7747"]["sitelinks"]["enwiki"]["title"] == "Vladimir Putin"
    search, get = fake.requests
    assert search | {"search": "x"} == {"action": "wbsearchentities", "search": "x", "language": "ar",
                                        "uselang": "ar", "type": "item", "limit": "7", "format": "json", "maxlag": "5"}
    assert get["ids"] == "Q7747|Q999999999" and get["props"] == "labels|aliases|claims|sitelinks"
    assert get["languages"] == "ar|en" and get["sitefilter"] == "enwiki|arwiki"
    assert all(ua.startswith("kg/") and "KG_CONTACT" in ua for ua in fake.user_agents)


def test_wbgetentities_is_batched_by_50(api, tmp_path):
    fake, url = api
    with client_for(url, tmp_path) as client:
        client.get_entities(f"Q{n}" for n in range(1, 121))
    batches = [r["ids"].split("|") for r in fake.requests]
    assert [len(b) for b in batches] == [50, 50, 20]
    assert sorted(q for b in batches for q in b) == sorted(f"Q{n}" for n in range(1, 121))


def test_a_second_client_on_the_same_cache_makes_no_requests(api, tmp_path):
    fake, url = api
    with client_for(url, tmp_path) as first:
        first.search("طرابلس")
        first.get_entities(["Q3579", "Q168954"])
    assert first.requests_made == 2 and len(fake.requests) == 2
    with client_for(url, tmp_path) as second:
        assert [h["id"] for h in second.search("طرابلس")] == ["Q3579", "Q168954"]
        assert set(second.get_entities(["Q168954", "Q3579"])) == {"Q3579", "Q168954"}  # order-independent key
    assert second.requests_made == 0 and second.cache_hits == 2
    assert len(fake.requests) == 2


def test_429_is_retried_after_the_servers_retry_after(api, tmp_path):
    fake, url = api
    fake.failures = [(429, {"Retry-After": "7"}, None), (503, {}, None)]
    sleeps: list[float] = []
    with client_for(url, tmp_path, sleeps) as client:
        assert client.search("أوستن")[0]["id"] == "Q16559"
    assert len(fake.requests) == 3
    assert sleeps == [7.0, 4.0], "Retry-After first, then exponential backoff (2 s · 2^1)"


def test_maxlag_errors_are_waited_out_and_not_cached(api, tmp_path):
    fake, url = api
    lagged = {"error": {"code": "maxlag", "info": "Waiting for a database server: 6 seconds lagged."}}
    fake.failures = [(200, {"Retry-After": "5"}, lagged)]
    sleeps: list[float] = []
    with client_for(url, tmp_path, sleeps) as client:
        assert client.search("أوستن")[0]["id"] == "Q16559"
    assert sleeps == [5.0]
    cached = [json.loads(p.read_text(encoding="utf-8")) for p in tmp_path.rglob("*.json")]
    assert len(cached) == 1 and "error" not in cached[0]["response"]


def test_the_client_gives_up_after_its_retries(api, tmp_path):
    fake, url = api
    fake.failures = [(503, {"Retry-After": "1"}, None)] * 3
    with pytest.raises(WikidataError, match="503"):
        WikidataClient(url, tmp_path, min_interval=0, max_retries=2, sleep=lambda s: None).search("أوستن")
    assert len(fake.requests) == 3
    assert not list(tmp_path.rglob("*.json")), "failures are never cached"


# -- scoring --------------------------------------------------------------------------------------


def fixture_doc(qid: str) -> dict:
    return json.loads((FIXTURES / "wbgetentities" / f"{qid}.json").read_text(encoding="utf-8"))["entities"][qid]


def test_a_human_with_the_name_wins_over_the_city_named_after_him():
    person = StoredEntity(E + "person/x", "Person", "جورج واشنطن")
    city, human = (score_candidate(person, fixture_doc(q), rank=i, of=2) for i, q in enumerate(("Q61", "Q23"), 1))
    assert not city.fits and city.score == 0.0
    decision = decide(person, [city, human], 0.7)
    assert decision.status == "linked" and decision.chosen.qid == "Q23"
    assert decision.chosen.score == pytest.approx(0.9)  # type 0.5 + Arabic label 0.35 + P39 0.05


def test_a_same_named_city_is_never_linked_to_a_person():
    person = StoredEntity(E + "person/y", "Person", "أوستن")
    austin = score_candidate(person, fixture_doc("Q16559"), rank=1, of=1)
    assert austin.score == 0.0 and decide(person, [austin], 0.7).status == "no-fit"


def test_country_disagreement_sinks_a_candidate_under_the_threshold():
    in_russia = StoredEntity(E + "person/z", "Person", "جورج واشنطن", frozenset({"Q159"}))
    washington = score_candidate(in_russia, fixture_doc("Q23"), rank=1, of=1)
    assert washington.score == pytest.approx(0.6)
    assert decide(in_russia, [washington], 0.7).status == "below-threshold"


def test_two_equally_good_places_are_ambiguous_until_the_article_names_a_country():
    docs = [fixture_doc("Q3579"), fixture_doc("Q168954")]
    unknown = StoredEntity(E + "place/t", "Place", "طرابلس")
    assert decide(unknown, [score_candidate(unknown, d, rank=1, of=2) for d in docs], 0.7).status == "ambiguous"
    lebanon = StoredEntity(E + "place/t", "Place", "طرابلس", frozenset({"Q822"}))
    decision = decide(lebanon, [score_candidate(lebanon, d, rank=1, of=2) for d in docs], 0.7)
    assert (decision.status, decision.chosen.qid, decision.chosen.score) == ("linked", "Q168954", 0.95)


def test_dbpedia_titles_are_encoded_as_dbpedia_does():
    assert wiki_encode("Washington, D.C.") == "Washington,_D.C."
    assert wiki_encode("What Is to Be Done?") == "What_Is_to_Be_Done%3F"
    assert wiki_encode("طرابلس (لبنان)") == "طرابلس_(لبنان)"


# -- the enrichment over a store ------------------------------------------------------------------


def test_unlinked_entities_skip_what_is_already_linked_and_carry_article_countries(store):
    found = {e.iri.removeprefix(E): e for e in unlinked_entities(store, GRAPH)}
    assert "country/c000000000000822" not in found and "country/c000000000000159" not in found
    assert found["place/e000000000000001"].context == {"Q822"}
    assert found["person/d000000000007747"].context == {"Q159"}
    # minted from a knowledge-base entry (it carries the KB's link score, below the threshold):
    # its IRI names that entry, so an online QID would contradict it
    assert "city/b000000000000001" not in found
    assert found["organization/f000000000000001"].kind == "Organization"


def test_enrichment_decisions_over_the_fixture_store(api, store, tmp_path):
    _, url = api
    with client_for(url, tmp_path) as client:
        report = enrich(store, client, IRIS)
    got = {key: (d.status, d.chosen.qid if d.chosen else None) for key, d in by_entity(report).items()}
    assert got == {
        "person/d000000000007747": ("linked", "Q7747"),  # Putin, in an article about Russia
        "person/d000000000000023": ("linked", "Q23"),  # over Washington, D.C., ranked first
        "person/d000000000000001": ("below-threshold", None),  # "جورج": type fits, name does not
        "person/d000000000000002": ("no-fit", None),  # "أوستن" as a person: only the city
        "place/e000000000000003": ("linked", "Q16559"),  # "أوستن" as a place: P31 → P279 city
        "place/e000000000000001": ("linked", "Q168954"),  # Tripoli in an article about Lebanon
        "place/e000000000000002": ("linked", "Q168954"),  # by its Arabic alias طرابلس الشام
        "organization/f000000000000001": ("not-found", None),
    }
    putin = by_entity(report)["person/d000000000007747"].chosen
    assert putin.score == 1.0
    assert any("P31 Q5 fits Person" in e for e in putin.evidence)
    assert any("P27 Q159 agrees" in e for e in putin.evidence)


def test_the_graph_written_holds_links_scores_and_evidence_only(api, store, tmp_path):
    _, url = api
    before = quads_per_graph(store)
    with client_for(url, tmp_path) as client:
        enrich(store, client, IRIS)
    assert GRAPH in store.graphs()
    after = quads_per_graph(store)
    assert after.pop(GRAPH) > 0 and after == before, "article graphs untouched"
    g = graph_of(store)
    putin = URIRef(E + "person/d000000000007747")
    assert set(g.objects(putin, OWL.sameAs)) == {
        WD.Q7747, URIRef(DBPEDIA + "Vladimir_Putin"), URIRef(AR_DBPEDIA + "فلاديمير_بوتين")}
    assert list(g.objects(putin, KG.linkConfidence)) == [Literal(1.0)]
    assert Literal("type: P31 Q5 fits Person") in set(g.objects(putin, KG.linkEvidence))
    washington_dc = URIRef(DBPEDIA + "Washington,_D.C.")
    assert (None, OWL.sameAs, washington_dc) not in g
    austin = URIRef(E + "place/e000000000000003")
    assert set(g.objects(austin, OWL.sameAs)) == {WD.Q16559, URIRef(DBPEDIA + "Austin,_Texas")}, "no arwiki title known"
    for unlinked in ("person/d000000000000001", "person/d000000000000002", "city/b000000000000001"):
        assert not set(g.predicate_objects(URIRef(E + unlinked)))
    declared = {s for s in ontology_graph().subjects() if isinstance(s, URIRef) and s.startswith(KG)}
    assert {t for triple in g for t in triple if isinstance(t, URIRef) and t.startswith(KG)} <= declared


def test_a_rerun_is_idempotent_and_served_from_the_cache(api, store, tmp_path):
    fake, url = api
    with client_for(url, tmp_path) as client:
        enrich(store, client, IRIS)
    first, requests = graph_of(store), len(fake.requests)
    assert requests > 0
    with client_for(url, tmp_path) as client:
        report = enrich(store, client, IRIS)
    assert client.requests_made == 0 and len(fake.requests) == requests
    assert len(report.linked) == 5, "links it wrote itself do not hide entities from the next run"
    assert set(graph_of(store)) == set(first)


def test_a_dry_run_writes_nothing(api, store, tmp_path):
    _, url = api
    with client_for(url, tmp_path) as client:
        report = enrich(store, client, IRIS, dry_run=True)
    assert len(report.linked) == 5 and report.triples > 0 and not report.written
    assert GRAPH not in store.graphs()


def graph_of(store) -> Graph:
    """The online graph, read back through a Turtle dump (as a user would get it)."""
    out = io.BytesIO()
    store.dump(out, "ttl", GRAPH)
    return Graph().parse(data=out.getvalue(), format="turtle")


def quads_per_graph(store) -> dict[str, int]:
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row["g"].value: int(row["n"].value) for row in rows}


# -- the command ------------------------------------------------------------------------------------


def kg(*args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=60,
                          cwd=ROOT)
    assert proc.returncode == 0, f"kg {' '.join(args)}: {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_kg_link_online_dry_run_then_for_real(api, tmp_path):
    fake, url = api
    store, cache = str(tmp_path / "store"), str(tmp_path / "cache")
    kg("load", str(STORE_TRIG), "--store", store)
    common = ("link", "--online", "--api-url", url, "--store", store, "--cache", cache, "--min-interval", "0")

    dry = kg(*common, "--dry-run").stdout
    assert "would link فلاديمير بوتين (Person) → Q7747" in dry
    assert "طرابلس (City)" not in dry  # the KB-minted entity is not reconsidered
    asked = len(fake.requests)
    ask = f"ASK {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
    assert json.loads(kg("query", "--store", store, "--format", "json", ask).stdout)["boolean"] is False

    real = kg(*common).stdout
    assert "linked جورج واشنطن (Person) → Q23" in real and "0 requests" in real
    assert len(fake.requests) == asked, "the real run is served by the dry run's cache"
    ask = f"ASK {{ GRAPH <{GRAPH}> {{ <{E}person/d000000000007747> <{OWL.sameAs}> <{WD.Q7747}> }} }}"
    assert json.loads(kg("query", "--store", store, "--format", "json", ask).stdout)["boolean"] is True

    kg("link", "--drop", "--store", store)
    ask = f"ASK {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
    assert json.loads(kg("query", "--store", store, "--format", "json", ask).stdout)["boolean"] is False


def test_kg_link_without_online_makes_no_connection(api, tmp_path, monkeypatch):
    fake, url = api
    store = open_store(str(tmp_path / "store"))
    store.load(STORE_TRIG)
    store.close()
    connects: list[object] = []
    real_connect = socket.socket.connect

    def spy(self, address):
        connects.append(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", spy)
    result = CliRunner().invoke(main, ["link", "--store", str(tmp_path / "store"), "--api-url", url,
                                       "--cache", str(tmp_path / "cache")])
    assert result.exit_code == 2 and "--online" in result.output
    assert connects == [] and fake.requests == []
    assert not (tmp_path / "cache").exists()
