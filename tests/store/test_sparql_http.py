"""The remote SPARQL store against a live Virtuoso (tests/store/virtuoso_server.py starts one).

The same contract as the embedded store: graphs replaced atomically, the union default graph,
dataset arguments, exact literals, blank nodes, dumps that equal what was written, loads, clear
errors, and the CLI and the server on top of it. Several checks compare the answers with the
embedded Oxigraph store given the same data, so "behaves like Oxigraph" is tested, not assumed.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from store_helpers import ENTITY, KG, article, graph_iri
from virtuoso_server import DBA_PASSWORD, DBA_USER, VirtuosoServer, virtuoso_fixture  # noqa: F401 - fixture

from kg.store import ReadOnlyStoreError, open_store
from kg.store.oxigraph import OxigraphStore
from kg.store.sparql_http import (
    VIRTUOSO_DEFAULT_GRAPH,
    RemotePermissionError,
    RemoteQueryError,
    RemoteStoreError,
    ResultTruncatedError,
    SparqlHttpStore,
    parse_endpoints,
)

ROOT = Path(__file__).resolve().parents[2]
KG_CLI = [sys.executable, "-m", "kg.cli"]
XSD = rdflib.XSD
RDFS_LABEL = rdflib.RDFS.label
ARTICLE = """التقى الرئيس الروسي فلاديمير بوتين بالرئيس المصري عبد الفتاح السيسي في القاهرة يوم الثلاثاء.
وبحث الرئيسان العلاقات بين روسيا ومصر، وقال وزير الخارجية سامح شكري إن المحادثات كانت مثمرة.
"""


@pytest.fixture(scope="module")
def remote(virtuoso: VirtuosoServer):
    with open_store(virtuoso.location) as store:
        yield store


@pytest.fixture(autouse=True)
def empty(request):
    """Every test starts from an empty store (Virtuoso's system graphs aside)."""
    if "remote" in request.fixturenames:
        store = request.getfixturevalue("remote")
        for g in [*store.graphs(), VIRTUOSO_DEFAULT_GRAPH]:
            store.remove_graph(g)


def rows(result) -> list[tuple[str, ...]]:
    """Solutions as sorted tuples of N-Triples terms ('' for unbound), comparable across stores."""
    names = [v.value for v in result.variables]
    return sorted(tuple("" if s[n] is None else str(s[n]) for n in names) for s in result)


def both(remote: SparqlHttpStore, write) -> OxigraphStore:
    """Apply `write(store)` to the remote store and to a fresh in-memory Oxigraph store."""
    local = OxigraphStore(None)
    write(remote)
    write(local)
    return local


def nq_dataset(data: bytes) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    return ds


# -- opening --------------------------------------------------------------------------------------


def test_opens_virtuoso_and_hides_its_system_graphs(remote, putin_article):
    assert remote.virtuoso and isinstance(remote, SparqlHttpStore)
    assert remote.graphs() == [] and len(remote) == 0  # Virtuoso holds ~2500 triples of its own
    remote.replace_graph(graph_iri("a1"), putin_article)
    assert remote.graphs() == [graph_iri("a1")]
    assert len(remote) == len(putin_article)
    assert remote.stats().quads == len(putin_article)


def test_location_parameters_and_credentials(monkeypatch):
    monkeypatch.delenv("KG_STORE_USER", raising=False)
    e = parse_endpoints("https://kg:p%40ss@example.org:8443/sparql?update=/update&timeout=5&key=1")
    assert (e.query, e.update, e.timeout) == ("https://example.org:8443/sparql?key=1", "https://example.org:8443/update",
                                              5)
    assert (e.user, e.password) == ("kg", "p@ss") and "p@ss" not in repr(e)
    monkeypatch.setenv("KG_STORE_USER", "reader")
    monkeypatch.setenv("KG_STORE_PASSWORD", "env-secret")
    e = parse_endpoints("http://example.org/sparql")
    assert (e.query, e.update, e.user, e.password) == ("http://example.org/sparql",) * 2 + ("reader", "env-secret")
    assert parse_endpoints("http://u:from-url@example.org/sparql").password == "from-url"  # the URL wins


def test_location_schemes(virtuoso):
    for location in (virtuoso.location, virtuoso.endpoint, f"{virtuoso.location}?timeout=30&update=/sparql"):
        with open_store(location, read_only=True) as store:
            assert isinstance(store, SparqlHttpStore) and store.endpoints.query == virtuoso.endpoint
    with pytest.raises(ValueError, match="timeout= must be a number"):
        open_store(f"{virtuoso.location}?timeout=soon")


# -- writes and reads -------------------------------------------------------------------------------


def test_replace_add_remove_graph(remote, putin_article):
    g1 = graph_iri("a1")
    remote.replace_graph(g1, putin_article)
    assert remote.article_hash(g1) == "h1"
    assert remote.article_hash(graph_iri("missing")) is None

    remote.replace_graph(g1, article("a1", "بوتين", text_hash="h2"))
    assert remote.article_hash(g1) == "h2"
    labels = {r[0] for r in rows(remote.query(f"SELECT ?l WHERE {{ GRAPH <{g1}> {{ ?p <{RDFS_LABEL}> ?l }} }}"))}
    assert labels == {'"بوتين"@ar'}, "the old version must be gone"

    extra = rdflib.Graph()
    extra.add((ENTITY["place/cairo"], RDFS_LABEL, rdflib.Literal("القاهرة", lang="ar")))
    remote.add_to_graph(g1, extra)
    assert len(remote) == len(putin_article) + 1

    remote.replace_graph(graph_iri("a2"), article("a2", "السيسي", text_hash="h3"))
    remote.remove_graph(g1)
    remote.remove_graph(graph_iri("never-there"))  # silently nothing
    assert remote.graphs() == [graph_iri("a2")]
    remote.replace_graph(graph_iri("a2"), rdflib.Graph())  # empty: the graph is gone
    assert remote.graphs() == []


def test_a_remote_store_is_open_to_every_process_and_finds_its_graphs(remote, putin_article):
    remote.replace_graph(graph_iri("a1"), putin_article)
    assert remote.multiprocess_aware  # the server's workers reach the same endpoint by its URL
    assert remote.has_graph(graph_iri("a1")) and not remote.has_graph(graph_iri("a2"))


def test_queries_answer_like_the_embedded_store(remote, putin_article):
    a1, a2 = graph_iri("a1"), graph_iri("a2")

    def write(store):
        store.replace_graph(a1, putin_article)
        store.replace_graph(a2, article("a2", "عبد الفتاح السيسي", text_hash="h2"))
        store.update('INSERT DATA { <https://kg.example.org/x> <http://www.w3.org/2000/01/rdf-schema#label>'
                     ' "افتراضي"@ar }')

    local = both(remote, write)
    label = f"?p <{RDFS_LABEL}> ?l"
    cases = [
        (f"SELECT ?l WHERE {{ {label} }}", {}),  # the union of all graphs
        (f"SELECT ?g ?l WHERE {{ GRAPH ?g {{ {label} }} }}", {}),
        (f"SELECT ?l WHERE {{ {label} }}", {"default_graph_uris": [a1]}),
        (f"SELECT ?g ?l WHERE {{ GRAPH ?g {{ {label} }} }}", {"default_graph_uris": [a1]}),  # none
        (f"SELECT ?g ?l WHERE {{ {{ {label} }} UNION {{ GRAPH ?g {{ {label} }} }} }}", {"named_graph_uris": [a2]}),
        (f"SELECT ?l WHERE {{ {label} }}", {"union_default_graph": False}),  # the real default graph
        (f"SELECT ?g ?l WHERE {{ GRAPH ?g {{ {label} }} }}", {"union_default_graph": False}),
        (f"SELECT ?l FROM <{a2}> WHERE {{ {label} }}", {}),
        ("SELECT ?h WHERE { ?a <https://w3id.org/kg-ar/ontology#textHash> ?h } ORDER BY ?h", {}),
        ('SELECT ?s WHERE { ?s ?p "فلاديمير بوتين"@ar }', {}),
        ("SELECT ?p ?l WHERE { <a1> ?p ?l }", {"base_iri": str(ENTITY["person/"])}),
    ]
    stand_in = f"<{VIRTUOSO_DEFAULT_GRAPH}>"
    for sparql, kwargs in cases:
        got = rows(remote.query(sparql, **kwargs))
        # Virtuoso has no default graph of its own: `GRAPH ?g` also meets the graph standing in for it
        if "GRAPH ?g" in sparql and not kwargs.get("default_graph_uris") and not kwargs.get("named_graph_uris"):
            assert (stand_in, '"افتراضي"@ar') in got
            got = [r for r in got if r[0] != stand_in]
        assert got == rows(local.query(sparql, **kwargs)), (sparql, kwargs)
    assert rows(remote.query(f"SELECT ?l WHERE {{ {label} }}")), "the comparison must not be vacuous"


def test_ask_construct_describe(remote, putin_article):
    remote.replace_graph(graph_iri("a1"), putin_article)
    assert bool(remote.query(f'ASK {{ ?p <{RDFS_LABEL}> "فلاديمير بوتين"@ar }}')) is True
    assert bool(remote.query('ASK { ?p ?q "لا يوجد"@ar }')) is False
    result = remote.query(f"CONSTRUCT {{ ?p <{RDFS_LABEL}> ?l }} WHERE {{ ?p <{RDFS_LABEL}> ?l ; a ?t }}")
    assert isinstance(result, ox.QueryTriples)
    assert {str(t) for t in result} == {f'<{ENTITY["person/a1"]}> <{RDFS_LABEL}> "فلاديمير بوتين"@ar'}
    # blank nodes survive CONSTRUCT, linked as they were
    result = remote.query(f"CONSTRUCT {{ ?d <{KG.hasMention}> ?m . ?m ?p ?o }} "
                          f"WHERE {{ ?d <{KG.hasMention}> ?m . ?m ?p ?o }}")
    triples = list(result)
    assert len(triples) == 2
    mention = {t.object for t in triples if t.predicate.value == str(KG.hasMention)}
    assert len(mention) == 1 and {t.subject for t in triples if t.predicate.value == str(KG.surface)} == mention
    described = remote.query(f"DESCRIBE <{ENTITY['person/a1']}>")
    assert isinstance(described, ox.QueryTriples) and any(t.predicate.value == str(RDFS_LABEL) for t in described)
    # the server's serializers accept the results unchanged
    out = io.BytesIO()
    remote.query(f"SELECT ?l WHERE {{ ?p <{RDFS_LABEL}> ?l }}").serialize(out, ox.QueryResultsFormat.JSON)
    assert json.loads(out.getvalue())["results"]["bindings"][0]["l"]["xml:lang"] == "ar"


LITERALS = [
    rdflib.Literal("فلاديمير بوتين", lang="ar"),
    rdflib.Literal("الأمم المتحدة\u200f (UN)", lang="ar"),  # with a right-to-left mark
    rdflib.Literal("مُحَمَّد", lang="ar"),  # diacritics (harakat) kept as written
    rdflib.Literal("القاهرة", lang="ar-eg"),
    rdflib.Literal("Cairo", lang="en"),
    rdflib.Literal('سطر\nسطر "مقتبس" \\ \t🙂'),
    rdflib.Literal("2024-03-05", datatype=XSD.date),
    rdflib.Literal("2024-03", datatype=XSD.gYearMonth),
    rdflib.Literal("2024-03-05T10:30:00Z", datatype=XSD.dateTime),
    rdflib.Literal("12.5", datatype=XSD.decimal),
    rdflib.Literal("1234567890.123456789", datatype=XSD.decimal),
    rdflib.Literal("42", datatype=XSD.integer),
    rdflib.Literal("7", datatype=XSD.nonNegativeInteger),
    rdflib.Literal("https://ar.wikipedia.org/wiki/القاهرة", datatype=XSD.anyURI),
    rdflib.Literal("x", datatype=rdflib.URIRef("https://w3id.org/kg-ar/ontology#code")),
]


def _literal_graph(values) -> rdflib.Graph:
    g = rdflib.Graph()
    for i, value in enumerate(values):
        g.add((ENTITY[f"thing/{i}"], KG.value, value))
    return g


def test_literals_round_trip_exactly(remote):
    g = graph_iri("literals")
    remote.replace_graph(g, _literal_graph(LITERALS))
    expected = {(f"<{ENTITY[f'thing/{i}']}>", v.n3()) for i, v in enumerate(LITERALS)}
    got = rows(remote.query(f"SELECT ?s ?o WHERE {{ GRAPH <{g}> {{ ?s <{KG.value}> ?o }} }}"))
    assert {(s, rdflib.util.from_n3(o).n3()) for s, o in got} == expected
    out = io.BytesIO()
    remote.dump(out, "nq", g)
    assert isomorphic(nq_dataset(out.getvalue()).graph(rdflib.URIRef(g)), _literal_graph(LITERALS))


def test_doubles_are_rounded_in_results_but_exact_enough_in_dumps(remote):
    """Virtuoso prints xsd:double with 6 significant digits (its issue #1006); dumps ask STR()."""
    value = 0.8765432198765432
    g = graph_iri("double")
    remote.replace_graph(g, _literal_graph([rdflib.Literal(value, datatype=XSD.double)]))
    (o,) = [s["o"] for s in remote.query(f"SELECT ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")]
    assert o.datatype.value == str(XSD.double) and float(o.value) == pytest.approx(value, rel=1e-5)
    out = io.BytesIO()
    remote.dump(out, "nt", g)
    (dumped,) = nq_dataset(out.getvalue()).objects()
    assert dumped.datatype == XSD.double and float(dumped) == pytest.approx(value, rel=1e-15)


def test_blank_nodes_round_trip(remote):
    g = rdflib.Graph()
    doc = rdflib.URIRef("https://kg.example.org/article/bn")
    for i in range(3):  # three mentions, each a blank node with a nested blank node
        mention, span = rdflib.BNode(), rdflib.BNode()
        g.add((doc, KG.hasMention, mention))
        g.add((mention, KG.surface, rdflib.Literal(f"ذكر {i}", lang="ar")))
        g.add((mention, KG.span, span))
        g.add((span, KG.begin, rdflib.Literal(i * 10)))
    remote.replace_graph(graph_iri("bn"), g)
    out = io.BytesIO()
    remote.dump(out, "trig", graph_iri("bn"))
    back = rdflib.Dataset()
    back.parse(data=out.getvalue().decode(), format="trig")
    assert isomorphic(back.graph(rdflib.URIRef(graph_iri("bn"))), g)


def test_replace_graph_is_atomic_for_readers(remote):
    """Virtuoso applies one Update request in one transaction: readers see old or new, never less."""
    g, size = graph_iri("atomic"), 3000  # 2 INSERT DATA operations in one request
    versions = {v: _literal_graph([rdflib.Literal(f"{v}{i}", lang="ar") for i in range(size)]) for v in "AB"}
    remote.replace_graph(g, versions["A"])
    seen: Counter[tuple[int, int]] = Counter()
    stop = threading.Event()
    query = (f'SELECT (COUNT(?o) AS ?n) (SUM(IF(STRSTARTS(STR(?o), "A"), 1, 0)) AS ?a) '
             f"WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")

    def read() -> None:
        with open_store(remote.location, read_only=True) as reader:
            while not stop.is_set():
                (row,) = list(reader.query(query))
                seen[(int(row["n"].value), int(row["a"].value or 0))] += 1

    thread = threading.Thread(target=read)
    thread.start()
    try:
        for k in range(8):
            remote.replace_graph(g, versions["BA"[k % 2]])
    finally:
        stop.set()
        thread.join(timeout=30)
    assert sum(seen.values()) >= 5, seen
    assert set(seen) <= {(size, size), (size, 0)}, f"a reader saw a partial graph: {seen}"


# -- dumps and loads --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["nq", "trig", "ttl", "nt.gz"])
def test_dump_equals_what_was_written(remote, putin_article, fmt):
    second = article("a2", "عبد الفتاح السيسي", text_hash="h2")
    remote.replace_graph(graph_iri("a1"), putin_article)
    remote.replace_graph(graph_iri("a2"), second)
    out = io.BytesIO()
    remote.dump(out, fmt)
    data = gzip.decompress(out.getvalue()) if fmt.endswith(".gz") else out.getvalue()
    if fmt in ("nq", "trig"):
        ds = rdflib.Dataset()
        ds.parse(data=data.decode(), format="nquads" if fmt == "nq" else "trig")
        assert isomorphic(ds.graph(rdflib.URIRef(graph_iri("a1"))), putin_article)
        assert isomorphic(ds.graph(rdflib.URIRef(graph_iri("a2"))), second)
        assert len(ds) == len(putin_article) + len(second)
    else:  # triple formats: the union of all graphs
        g = rdflib.Graph()
        g.parse(data=data.decode(), format="turtle" if fmt == "ttl" else "nt")
        assert isomorphic(g, putin_article + second)


def test_dump_pages_past_virtuosos_row_cap(remote, virtuoso):
    """The test server caps results at 3000 rows; a plain query refuses, dumps and graphs() page."""
    big = article("big", "كبير", text_hash="hb", extra=7000)
    remote.replace_graph(graph_iri("big"), big)
    for i in range(60):  # more graphs than one VALUES batch
        remote.add_to_graph(graph_iri(f"small{i:02d}"), _literal_graph([rdflib.Literal(f"صغير {i}", lang="ar")]))
    with pytest.raises(ResultTruncatedError, match="3000 rows"):
        remote.query(f"SELECT * WHERE {{ GRAPH <{graph_iri('big')}> {{ ?s ?p ?o }} }}")
    assert len(remote.graphs()) == 61
    out = io.BytesIO()
    remote.dump(out, "nq")
    ds = nq_dataset(out.getvalue())
    assert len(ds) == len(big) + 60
    assert isomorphic(ds.graph(rdflib.URIRef(graph_iri("big"))), big)


def test_load_files_and_default_graph(remote, rdf_files, tmp_path):
    remote.load(rdf_files["nq"])
    remote.load(rdf_files["ttl"], graph=graph_iri("ttl"))
    assert remote.graphs() == sorted([graph_iri("q1"), graph_iri("q2"), graph_iri("ttl")])
    # the default-graph quad is in the union and in the real default graph, not a named graph
    labels = rows(remote.query(f"SELECT ?l WHERE {{ ?s <{RDFS_LABEL}> ?l }}"))
    assert ('"Cairo"@en',) in labels and ('"فلاديمير بوتين"@ar',) in labels
    assert rows(remote.query(f"SELECT ?l WHERE {{ ?s <{RDFS_LABEL}> ?l }}", union_default_graph=False)) == [
        ('"Cairo"@en',)]
    out = io.BytesIO()
    remote.dump(out, "nq")
    text = out.getvalue().decode()
    assert '"Cairo"@en .\n' in text and VIRTUOSO_DEFAULT_GRAPH not in text  # written back as default graph
    # dump → load --replace → dump is the identity
    path = tmp_path / "dump.nq"
    path.write_bytes(out.getvalue())
    remote.load(path, replace=True)
    again = io.BytesIO()
    remote.dump(again, "nq")
    assert sorted(again.getvalue().decode().splitlines()) == sorted(text.splitlines())

    remote.load(rdf_files["nq.gz"], replace=True)
    remote.load(rdf_files["trig"])
    assert len(remote) == 3 + 2
    bad = tmp_path / "bad.nq"
    bad.write_text(rdf_files["nq"].read_text(encoding="utf-8") + "<broken\n", encoding="utf-8")
    with pytest.raises(SyntaxError):
        remote.load(bad, replace=True)
    assert len(remote) == 5, "a file with a syntax error loads nothing and replaces nothing"


def test_rdflib_dataset_copy(remote, putin_article):
    remote.replace_graph(graph_iri("a1"), putin_article)
    ds = remote.as_rdflib_dataset()
    assert len(list(ds.triples((None, None, None)))) == len(putin_article)
    assert (ENTITY["person/a1"], RDFS_LABEL, rdflib.Literal("فلاديمير بوتين", lang="ar")) in ds


# -- errors ------------------------------------------------------------------------------------------


def test_unreachable_endpoint_is_one_clear_error():
    started = time.monotonic()
    with pytest.raises(RemoteStoreError) as info:
        open_store("sparql+http://kg:s3cret@127.0.0.1:9/sparql")
    message = str(info.value)
    assert "cannot reach SPARQL endpoint http://127.0.0.1:9/sparql" in message and "\n" not in message
    assert "s3cret" not in message and isinstance(info.value, OSError)
    assert time.monotonic() - started < 15


def test_wrong_path_and_credentials_never_leak(virtuoso, monkeypatch):
    with pytest.raises(RemoteStoreError, match="HTTP 404.*is this the SPARQL endpoint URL"):
        open_store(f"sparql+http://kg:s3cret@127.0.0.1:{virtuoso.http_port}/nothing-here")
    monkeypatch.setenv("KG_STORE_USER", DBA_USER)
    monkeypatch.setenv("KG_STORE_PASSWORD", "wrong-" + DBA_PASSWORD)
    with pytest.raises(RemotePermissionError) as info:
        open_store(f"{virtuoso.location}-auth", read_only=True)
    assert "401" in str(info.value) and "wrong-" not in str(info.value)
    store = SparqlHttpStore.__new__(SparqlHttpStore)
    store.location, store.read_only = "sparql+http://kg:s3cret@host/sparql", True
    assert "s3cret" not in repr(store)


def test_authenticated_endpoint_with_digest(virtuoso, monkeypatch, putin_article):
    """Virtuoso's /sparql-auth asks for HTTP Digest; credentials come from the environment."""
    monkeypatch.setenv("KG_STORE_USER", DBA_USER)
    monkeypatch.setenv("KG_STORE_PASSWORD", DBA_PASSWORD)
    with open_store(f"{virtuoso.location}-auth") as store:
        store.replace_graph(graph_iri("auth"), putin_article)
        assert store.article_hash(graph_iri("auth")) == "h1"
        store.remove_graph(graph_iri("auth"))


def test_sparql_errors(remote):
    with pytest.raises(SyntaxError, match="HTTP 400.*SP030"):
        remote.query("SELEC * WHERE { ?s ?p ?o }")
    with pytest.raises(SyntaxError):
        remote.update("INSERT DATTA { }")
    with pytest.raises(RemoteQueryError):  # parsed, but Virtuoso cannot evaluate it
        remote.query("SELECT * WHERE { ?s ?p ?o FILTER(<http://example.org/no-such-function>(?o)) } LIMIT 1")
    with pytest.raises(ValueError):
        remote.query("SELECT * WHERE { ?s ?p ?o }", default_graph_uris=["not an iri"])


def test_read_only_refuses_writes_and_writers_need_the_grant(virtuoso, putin_article):
    with open_store(virtuoso.location, read_only=True) as reader:
        with pytest.raises(ReadOnlyStoreError):
            reader.replace_graph(graph_iri("a1"), putin_article)
        with pytest.raises(ReadOnlyStoreError):
            reader.update("INSERT DATA { }")
    virtuoso.isql('REVOKE SPARQL_UPDATE FROM "SPARQL";')
    try:
        with pytest.raises(RemotePermissionError, match='GRANT SPARQL_UPDATE TO "SPARQL"'):
            open_store(virtuoso.location)
        open_store(virtuoso.location, read_only=True).close()  # reading needs no grant
    finally:
        virtuoso.isql('GRANT SPARQL_UPDATE TO "SPARQL";')


# -- the CLI and the server on a remote store ----------------------------------------------------------


def _kg(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    proc = subprocess.run([*KG_CLI, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)
    assert proc.returncode == 0, f"kg {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_cli_query_json(remote, putin_article, tmp_path):
    remote.replace_graph(graph_iri("a1"), putin_article)
    rq = tmp_path / "labels.rq"
    rq.write_text(f"SELECT ?l WHERE {{ ?p a <{KG.Person}> ; <{RDFS_LABEL}> ?l }}", encoding="utf-8")
    out = _kg("query", "--store", remote.location, "--format", "json", str(rq)).stdout
    (binding,) = json.loads(out)["results"]["bindings"]
    assert binding["l"] == {"type": "literal", "value": "فلاديمير بوتين", "xml:lang": "ar"}


def test_kg_serve_answers_sparql_over_http(remote, putin_article):
    remote.replace_graph(graph_iri("a1"), putin_article)
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([*KG_CLI, "serve", "--store", remote.location, "--host", "127.0.0.1", "--port", "0",
                             "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        assert "serving" in line, line + (proc.stderr.read() if proc.poll() is not None else "")
        base = line.split(" at ")[1].split()[0]
        assert base.startswith("http://127.0.0.1:")
        query = urllib.parse.urlencode({"query": f"SELECT ?l WHERE {{ ?p <{RDFS_LABEL}> ?l }}"})
        request = urllib.request.Request(f"{base}sparql?{query}", headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as resp:
            bindings = json.load(resp)["results"]["bindings"]
        assert {b["l"]["value"] for b in bindings} == {"فلاديمير بوتين"}
        with urllib.request.urlopen(f"{base}dump.nq?graph={urllib.parse.quote(graph_iri('a1'))}", timeout=30) as resp:
            assert isomorphic(nq_dataset(resp.read()).graph(rdflib.URIRef(graph_iri("a1"))), putin_article)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        proc.stdout.close()
        proc.stderr.close()


def test_build_an_arabic_article_into_virtuoso(remote, tmp_path):
    """The whole pipeline (Stanza NER → RDF) writing into Virtuoso, then an example query."""
    source = tmp_path / "articles" / "putin_cairo.txt"
    source.parent.mkdir()
    source.write_text(ARTICLE, encoding="utf-8")
    _kg("build", str(source), "--store", remote.location, "--quiet")
    entities = remote.query((ROOT / "queries" / "entities.rq").read_text(encoding="utf-8"))
    found = {(s["type"].value.rsplit("#", 1)[-1], s["label"].value) for s in entities}
    assert ("Place", "القاهرة") in found, found
    assert len({label for _, label in found}) >= 3, found
    stats = remote.stats()
    assert stats.articles == 1 and stats.quads == len(remote) > 0


def test_write_article_larger_than_one_insert_data_block(remote):
    """Regression: Virtuoso's parser gives out near 5,000 triples in one INSERT DATA block, so
    `write_article` sends several blocks, in one request (one transaction)."""
    graph = rdflib.Graph()
    for i in range(6000):
        graph.add((rdflib.URIRef(f"{ENTITY}place/{i:016x}"), RDFS_LABEL, rdflib.Literal(f"مكان {i}", lang="ar")))
    prov_graph = "https://kg.example.org/graph/provenance"
    g = graph_iri("big")
    prov = [(rdflib.URIRef(g), rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/prov#Entity"))]
    both(remote, lambda s: s.write_article(g, graph, provenance_graph=prov_graph, provenance=prov))
    assert len(remote) == 6001
    assert sorted(remote.graphs()) == sorted([g, prov_graph])
