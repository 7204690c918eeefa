"""An http.client-based test client and the fixture data for the server tests."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

G = "https://kg.example.org/graph/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

#: Two article graphs and one triple in the default graph; Arabic labels throughout.
TRIG = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix kg: <https://w3id.org/kg-ar/ontology#> .
@prefix person: <https://kg.example.org/entity/person/> .
@prefix place: <https://kg.example.org/entity/place/> .

<https://kg.example.org/graph/a1> {
  person:putin a kg:Person ; rdfs:label "فلاديمير بوتين"@ar .
  <https://kg.example.org/article/a1> kg:textHash "h1" ; kg:mentions person:putin .
}
<https://kg.example.org/graph/a2> {
  place:cairo a kg:Place ; rdfs:label "القاهرة"@ar .
  <https://kg.example.org/article/a2> kg:textHash "h2" ; kg:mentions place:cairo .
}
kg:Person rdfs:label "شخص"@ar .
"""
#: Quads in TRIG.
QUADS = 9


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self):
        return json.loads(self.body)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


class Client:
    """Real HTTP requests to the live server."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.base = f"http://{host}:{port}"

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict | None = None
    ) -> Reply:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            resp = conn.getresponse()
            data = resp.read()
            return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, data)
        finally:
            conn.close()

    def get(self, path: str, params: dict | list | None = None, accept: str | None = None) -> Reply:
        if params:
            path += "?" + urlencode(params, doseq=True)
        return self.request("GET", path, headers={"Accept": accept} if accept else {})

    def post_form(self, path: str, fields: dict | list, accept: str | None = None) -> Reply:
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if accept:
            headers["Accept"] = accept
        return self.request("POST", path, urlencode(fields, doseq=True).encode(), headers)

    def post_query(self, path: str, query: str, accept: str | None = None) -> Reply:
        headers = {"Content-Type": "application/sparql-query"}
        if accept:
            headers["Accept"] = accept
        return self.request("POST", path, query.encode("utf-8"), headers)

    def select(self, query: str, **params) -> list[dict]:
        reply = self.get("/sparql", {"query": query, **params})
        assert reply.status == 200, reply.text
        return reply.json()["results"]["bindings"]


def write_store(tmp_path_factory, name: str = "kg") -> Path:
    """A store written once with the TRIG fixture and closed, as `kg build` leaves it."""
    path = tmp_path_factory.mktemp(name) / "store"
    data = path.parent / "data.trig"
    data.write_text(TRIG, encoding="utf-8")
    from kg.store.oxigraph import OxigraphStore

    with OxigraphStore(path) as writer:
        writer.load(data)
    return path
