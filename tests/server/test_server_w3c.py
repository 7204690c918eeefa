"""The W3C SPARQL 1.1 test suite against the live endpoint over real HTTP.

Read at test time from ../shared/data/w3c-rdf-tests (not copied into the repository):

* protocol/        — every request of every test, against a read-only server and against a server
                     with updates on (updates go to /update with the bearer token: the manifest
                     allows separate query and update endpoints);
* graph-store-protocol/manifest-indirect.ttl — the machine-readable Graph Store tests (?graph=);
* syntax-query/, syntax-fed/ — positive queries must parse (200), negative ones are 400;
* syntax-update-1/, syntax-update-2/ — the same for updates, at /update;
* csv-tsv-res/, json-res/ — result formats, compared term by term (JSON also re-requested as XML).

Skips name their reason: only what needs updates on the read-only server, and what uses features
this server refuses on purpose (SERVICE to arbitrary endpoints, LOAD).
"""

from __future__ import annotations

import csv
import io
import json
import os
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.collection import Collection
from rdflib.compare import isomorphic

from kg.server.config import ServerConfig
from kg.store.oxigraph import OxigraphStore

ROOT = Path(os.environ.get("KG_W3C_TESTS", Path(__file__).resolve().parents[3] / "shared/data/w3c-rdf-tests"))
SUITE = ROOT / "sparql" / "sparql11"
if not SUITE.is_dir():
    pytest.skip(f"the W3C test suite is not at {SUITE} (set KG_W3C_TESTS)", allow_module_level=True)

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
HTS = "http://www.w3.org/2011/http-statusCodes#"
SRX = "{http://www.w3.org/2005/sparql-results#}"
TOKEN = "w3c-test-token"
STATUS_NAMES = {"OK": 200, "Created": 201, "NoContent": 204, "NotFound": 404}
RESULT_TYPES = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values")
BOOLEAN_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")
RDF_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json",
             "application/n-quads", "application/trig")

REFUSED_SERVICE = "uses SERVICE: federated queries are refused unless the endpoint is allowlisted (--allow-service)"
REFUSED_LOAD = "uses LOAD: the server does not fetch URLs for clients (deliberately refused)"
NEEDS_UPDATE = "needs SPARQL Update: this server is read-only (run below against the update-enabled server)"


def _manifest(path: Path) -> tuple[rdflib.Graph, list[rdflib.term.Node]]:
    g = rdflib.Graph().parse(path, format="turtle", publicID=path.as_uri())
    manifest = next(g.subjects(rdflib.RDF.type, MF.Manifest))
    return g, list(Collection(g, g.value(manifest, MF.entries)))


def _local(node: rdflib.term.Node) -> str:
    return str(node).rsplit("#", 1)[-1]


# -- manifests → test cases ------------------------------------------------------------------------


@dataclass
class Expect:
    statuses: list[str] = field(default_factory=list)  # "2xx" classes or exact codes as text
    boolean: bool | None = None
    format: str | None = None
    content_type: str | None = None
    body: str | None = None


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    expect: Expect


@dataclass
class Case:
    id: str
    name: str
    requests: list[Request]
    graph_data: list[tuple[Path, str]]

    @property
    def writes(self) -> bool:
        return any(r.path.startswith("/update") or (r.path.startswith("/store") and r.method != "GET")
                   for r in self.requests)


def _list(g: rdflib.Graph, node: rdflib.term.Node | None) -> list[rdflib.term.Node]:
    return list(Collection(g, node)) if node is not None else []


def _request(g: rdflib.Graph, node: rdflib.term.Node) -> Request:
    method = str(g.value(node, HT.methodName))
    headers = {str(g.value(h, HT.fieldName)).lower(): str(g.value(h, HT.fieldValue))
               for h in _list(g, g.value(node, HT.headers))}
    body_node = g.value(node, HT.body)
    body = None
    if body_node is not None:
        encoding = str(g.value(body_node, CNT.characterEncoding) or "UTF-8")
        body = str(g.value(body_node, CNT.chars)).encode(encoding)
    resp = g.value(node, HT.resp)
    expect = Expect()
    for status in g.objects(resp, MF.expectedStatus):
        name = _local(status)
        expect.statuses.append(name[len("StatusCode"):] if name.startswith("StatusCode") else str(STATUS_NAMES[name]))
    if (boolean := g.value(resp, MF.expectedBoolean)) is not None:
        expect.boolean = bool(boolean.toPython())
    if (fmt := g.value(resp, MF.expectedFormat)) is not None:
        expect.format = str(fmt)
    for h in _list(g, g.value(resp, HT.headers)):
        if str(g.value(h, HT.fieldName)).lower() == "content-type":
            expect.content_type = str(g.value(h, HT.fieldValue))
    if (resp_body := g.value(resp, HT.body)) is not None:
        expect.body = str(g.value(resp_body, CNT.chars))
    path = str(g.value(node, HT.absolutePath))
    return Request(method, _route(path, method, headers, body), headers, body, expect)


def _route(path: str, method: str, headers: dict[str, str], body: bytes | None) -> str:
    """The manifests' /sparql/ and /gsp paths on this server: queries /sparql, updates /update, GSP /store."""
    if path.startswith("/gsp"):
        return "/store" + path[len("/gsp"):]
    rest = path[len("/sparql/"):]
    query = urllib.parse.parse_qs(rest.partition("?")[2])
    update = (
        "update" in query
        or "using-graph-uri" in query
        or "using-named-graph-uri" in query
        or headers.get("content-type", "").startswith("application/sparql-update")
        or (body is not None and body.startswith(b"update="))
    )
    return ("/update" if update else "/sparql") + rest


def _cases(manifest: Path, prefix: str) -> list[Case]:
    g, entries = _manifest(manifest)
    cases = []
    for entry in entries:
        action = g.value(entry, MF.action)
        requests = [_request(g, r) for r in _list(g, g.value(action, HT.requests))]
        data = [
            (Path(urllib.parse.urlparse(str(g.value(d, UT.graph))).path), str(g.value(d, rdflib.RDFS.label)))
            for d in g.objects(entry, UT.graphData)
        ]
        cases.append(Case(f"{prefix}:{_local(entry)}", str(g.value(entry, MF.name)), requests, data))
    return cases


PROTOCOL = _cases(SUITE / "protocol" / "manifest.ttl", "protocol")
GSP = _cases(SUITE / "graph-store-protocol" / "manifest-indirect.ttl", "gsp")


@dataclass
class SyntaxCase:
    id: str
    path: Path
    positive: bool
    update: bool


def _syntax_cases(folder: str) -> list[SyntaxCase]:
    g, entries = _manifest(SUITE / folder / "manifest.ttl")
    cases = []
    for entry in entries:
        kind = _local(g.value(entry, rdflib.RDF.type))
        path = Path(urllib.parse.urlparse(str(g.value(entry, MF.action))).path)
        cases.append(SyntaxCase(f"{folder}:{_local(entry)}", path, kind.startswith("Positive"), "Update" in kind))
    return cases


SYNTAX = [c for folder in ("syntax-query", "syntax-fed", "syntax-update-1", "syntax-update-2")
          for c in _syntax_cases(folder)]


@dataclass
class FormatCase:
    id: str
    query: Path
    data: Path
    result: Path


def _format_cases() -> list[FormatCase]:
    cases = []
    for folder in ("csv-tsv-res", "json-res"):
        g, entries = _manifest(SUITE / folder / "manifest.ttl")
        for entry in entries:
            action = g.value(entry, MF.action)
            path = lambda node: Path(urllib.parse.urlparse(str(node)).path)  # noqa: E731
            cases.append(
                FormatCase(f"{folder}:{_local(entry)}", path(g.value(action, QT.query)), path(g.value(action, QT.data)),
                           path(g.value(entry, MF.result)))
            )
    return cases


FORMATS = _format_cases()


def _data_graph(path: Path) -> str:
    return path.as_uri()


# -- servers -------------------------------------------------------------------------------------


def _load_suite_data(path: Path) -> None:
    """The protocol tests' graphs (named as their manifest labels them) and the result-format data."""
    with OxigraphStore(path) as writer:
        for case in PROTOCOL:
            for file, graph in case.graph_data:
                writer.load(file, graph=graph)
        for data in sorted({case.data for case in FORMATS}):  # once each: blank nodes are fresh per load
            writer.load(data, graph=_data_graph(data))


@pytest.fixture(scope="module")
def readonly(tmp_path_factory, start_server):
    path = tmp_path_factory.mktemp("w3c-ro") / "store"
    _load_suite_data(path)
    return start_server(path, ServerConfig(title="w3c", workers=2, query_timeout=20))


@pytest.fixture(scope="module")
def writable(tmp_path_factory, start_server):
    path = tmp_path_factory.mktemp("w3c-rw") / "store"
    OxigraphStore(path).close()
    return start_server(path, ServerConfig(title="w3c", workers=1, enable_update=True, token=TOKEN, query_timeout=20))


def _auth(path: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"} if path.startswith(("/update", "/store")) else {}


def _reset(client, case: Case) -> None:
    """Empty the update-enabled store, then PUT the test's graphs through the Graph Store Protocol."""
    reply = client.request("POST", "/update", b"DROP ALL",
                           {"Content-Type": "application/sparql-update", **_auth("/update")})
    assert reply.status == 204, reply.text
    for file, graph in case.graph_data:
        target = "/store?" + urllib.parse.urlencode({"graph": graph})
        reply = client.request("PUT", target, file.read_bytes(),
                               {"Content-Type": "application/n-triples", **_auth("/store")})
        assert reply.status in (201, 204), reply.text


# -- checks --------------------------------------------------------------------------------------


def _status_ok(status: int, expected: list[str]) -> bool:
    return any(str(status) == e or (e.endswith("xx") and str(status)[0] == e[0]) for e in expected)


def _boolean(reply) -> bool:
    if reply.content_type.startswith("application/sparql-results+xml"):
        return ET.fromstring(reply.body).find(f"{SRX}boolean").text.strip() == "true"
    return reply.json()["boolean"]


def _check(reply, req: Request, case_id: str) -> None:
    expect = req.expect
    where = f"{case_id}: {req.method} {req.path[:120]} → {reply.status} {reply.text[:200]!r}"
    assert _status_ok(reply.status, expect.statuses), where
    media = reply.content_type.split(";")[0].strip()
    if expect.format == "boolean":
        assert media in BOOLEAN_TYPES, where
    elif expect.format == "tabular":
        assert media in RESULT_TYPES, where
    elif expect.format == "RDF":
        assert media in RDF_TYPES, where
        ox.parse(reply.body, ox.RdfFormat.from_media_type(media))
    if expect.boolean is not None:
        assert _boolean(reply) is expect.boolean, where
    if expect.content_type:
        assert reply.content_type.replace(" ", "").lower() == expect.content_type.replace(" ", "").lower(), where
    if expect.body is not None and req.method == "GET":
        got = rdflib.Graph().parse(data=reply.text, format="turtle")
        want = rdflib.Graph().parse(data=expect.body, format="turtle")
        assert isomorphic(got, want), f"{where}\n{reply.text}"


def _run(client, case: Case) -> None:
    location = ""
    for req in case.requests:
        path = req.path.replace("$LOCATION$", urllib.parse.quote(location, safe=""))
        headers = {k: v for k, v in req.headers.items()}
        reply = client.request(req.method, path, req.body, {**headers, **_auth(path)})
        _check(reply, req, case.id)
        location = reply.headers.get("location", location)


@pytest.mark.parametrize("case", PROTOCOL, ids=lambda c: c.id)
def test_protocol_read_only(readonly, case):
    if case.writes and any(_status_ok(200, r.expect.statuses) for r in case.requests if r.path.startswith("/update")):
        pytest.skip(NEEDS_UPDATE)
    _run(readonly, case)


@pytest.mark.parametrize("case", PROTOCOL, ids=lambda c: c.id)
def test_protocol_with_updates(writable, case):
    _reset(writable, case)
    _run(writable, case)


@pytest.mark.parametrize("case", GSP, ids=lambda c: c.id)
def test_graph_store_protocol(writable, case):
    _reset(writable, case)
    _run(writable, case)


@pytest.mark.parametrize("case", SYNTAX, ids=lambda c: c.id)
def test_syntax(readonly, writable, case):
    text = case.path.read_bytes()
    if case.positive and b"SERVICE" in text.upper():
        reply = readonly.request("POST", "/sparql", text, {"Content-Type": "application/sparql-query"})
        assert reply.status == 403 and "SERVICE" in reply.text, reply.text  # parsed, then refused
        pytest.skip(REFUSED_SERVICE)
    if case.update:
        reply = writable.request("POST", "/update", text,
                                 {"Content-Type": "application/sparql-update", **_auth("/update")})
        if case.positive and reply.status == 403 and "LOAD" in reply.text:
            pytest.skip(REFUSED_LOAD)
        if case.positive:
            # Parsed: applied (204), or failed while applying (e.g. DROP of a graph that does not exist).
            assert reply.status == 204 or (reply.status == 400 and "update failed" in reply.text), reply.text
        else:
            assert reply.status == 400, reply.text
        return
    reply = readonly.request("POST", "/sparql", text, {"Content-Type": "application/sparql-query"})
    if case.positive:
        # Parsed: answered, or refused at evaluation (syntax-select-expr-04 calls an unknown function).
        assert reply.status == 200 or "cannot be evaluated" in reply.text, reply.text[:300]
    else:
        assert reply.status == 400 and "malformed SPARQL query" in reply.text, reply.text[:300]


# -- result formats ------------------------------------------------------------------------------

NUMERIC = {
    "http://www.w3.org/2001/XMLSchema#" + t
    for t in ("integer", "decimal", "double", "float", "int", "long", "negativeInteger", "nonNegativeInteger")
}


def _norm_json(term: dict | None) -> tuple | None:
    """A comparable form of a SPARQL JSON term: blank node labels ignored, numbers by value."""
    if term is None:
        return None
    kind = {"typed-literal": "literal"}.get(term["type"], term["type"])
    if kind == "bnode":
        return ("bnode",)
    datatype = term.get("datatype")
    if kind == "literal" and datatype in NUMERIC:
        return ("number", float(term["value"]))
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        datatype = None
    return (kind, term["value"], term.get("xml:lang"), datatype)


def _rows(variables: list[str], bindings: list[dict]) -> list[tuple]:
    """Rows as a sorted multiset, columns by variable name (`SELECT *` leaves their order open)."""
    names = sorted(variables)
    return sorted((tuple(_norm_json(b.get(v)) for v in names) for b in bindings), key=repr)


def _xml_results(body: bytes) -> tuple[list[str], list[dict]]:
    root = ET.fromstring(body)
    variables = [v.get("name") for v in root.iter(f"{SRX}variable")]
    bindings = []
    for result in root.iter(f"{SRX}result"):
        row = {}
        for binding in result.findall(f"{SRX}binding"):
            term = binding[0]
            kind = term.tag.removeprefix(SRX)
            value = {"type": kind, "value": term.text or ""}
            if term.get("datatype"):
                value["datatype"] = term.get("datatype")
            if term.get("{http://www.w3.org/XML/1998/namespace}lang"):
                value["xml:lang"] = term.get("{http://www.w3.org/XML/1998/namespace}lang")
            row[binding.get("name")] = value
        bindings.append(row)
    return variables, bindings


def _ox_term_json(term) -> dict | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    else:
        out["datatype"] = term.datatype.value
    return out


def _tsv_rows(body: bytes) -> tuple[list[str], list[tuple]]:
    solutions = ox.parse_query_results(body, ox.QueryResultsFormat.TSV)
    variables = [v.value for v in solutions.variables]
    bindings = [{v: _ox_term_json(s[v]) for v in variables if s[v] is not None} for s in solutions]
    return sorted(variables), _rows(variables, bindings)


def _csv_cell(value: str) -> object:
    if value.startswith("_:"):
        return "_:"
    try:
        return float(value)
    except ValueError:
        return value


def _csv_rows(text: str) -> tuple[list[str], list[tuple]]:
    rows = list(csv.DictReader(io.StringIO(text)))
    names = sorted(rows[0]) if rows else []
    return names, sorted((tuple(_csv_cell(row[n]) for n in names) for row in rows), key=repr)


def _query(client, case: FormatCase, accept: str):
    params = {"query": case.query.read_text(encoding="utf-8"), "default-graph-uri": _data_graph(case.data)}
    reply = client.get("/sparql", params, accept=accept)
    assert reply.status == 200 and reply.content_type.startswith(accept), reply.text[:300]
    return reply


@pytest.mark.parametrize("case", FORMATS, ids=lambda c: c.id)
def test_result_format(readonly, case):
    suffix = case.result.suffix
    expected = case.result.read_bytes()
    if suffix == ".csv":
        got = _csv_rows(_query(readonly, case, "text/csv").text)
        assert got == _csv_rows(expected.decode("utf-8"))
    elif suffix == ".tsv":
        got = _tsv_rows(_query(readonly, case, "text/tab-separated-values").body)
        assert got == _tsv_rows(expected)
    else:
        want = json.loads(expected)
        reply = _query(readonly, case, "application/sparql-results+json")
        got = reply.json()
        if "boolean" in want:
            assert got["boolean"] is want["boolean"]
            assert _boolean(_query(readonly, case, "application/sparql-results+xml")) is want["boolean"]
            return
        variables = want["head"]["vars"]
        assert sorted(got["head"]["vars"]) == sorted(variables)
        assert _rows(variables, got["results"]["bindings"]) == _rows(variables, want["results"]["bindings"])
        xml_vars, xml_bindings = _xml_results(_query(readonly, case, "application/sparql-results+xml").body)
        assert sorted(xml_vars) == sorted(variables)
        assert _rows(variables, xml_bindings) == _rows(variables, want["results"]["bindings"])


# -- service description ---------------------------------------------------------------------------

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own JSON-LD parser
@pytest.mark.parametrize("accept",
                         ["text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json"])
def test_service_description_returns_rdf_with_matching_endpoint(readonly, accept):
    """The suite's service-description tests (returns-rdf, has-endpoint-triple, conforms-to-schema)."""
    reply = readonly.get("/sparql", accept=accept)
    assert reply.status == 200 and reply.content_type.startswith(accept)
    fmt = {"text/turtle": "turtle", "application/rdf+xml": "xml", "application/n-triples": "nt",
           "application/ld+json": "json-ld"}
    g = rdflib.Graph().parse(data=reply.body, format=fmt[accept])
    endpoint = rdflib.URIRef(readonly.base + "/sparql")
    assert (endpoint, SD.endpoint, endpoint) in g
    assert (endpoint, rdflib.RDF.type, SD.Service) in g
    languages = set(g.objects(endpoint, SD.supportedLanguage))
    assert languages and languages <= {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
    assert all(isinstance(f, rdflib.URIRef) for f in g.objects(endpoint, SD.resultFormat))
    assert set(g.objects(endpoint, SD.feature)) <= {SD.UnionDefaultGraph, SD.BasicFederatedQuery, SD.DereferencesURIs,
                                                    SD.RequiresDataset, SD.EmptyGraphs}


def test_service_description_lists_the_update_endpoint(writable):
    g = rdflib.Graph().parse(data=writable.get("/sparql", accept="text/turtle").text, format="turtle")
    update = rdflib.URIRef(writable.base + "/update")
    assert (update, SD.supportedLanguage, SD.SPARQL11Update) in g
