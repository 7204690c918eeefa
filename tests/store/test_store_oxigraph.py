"""The Oxigraph store: atomic graph replacement, hashes, queries, dumps, loads, snapshots."""

from __future__ import annotations

import gzip
import io
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from store_helpers import ENTITY, KG, article, graph_iri

from kg.rdf.article import article_graph, provenance_triples
from kg.rdf.iris import Iris
from kg.rdf.terms import PROV
from kg.store import open_store
from kg.store.base import ReadOnlyStoreError, StoreError, StoreLockedError, StoreNotFoundError
from kg.store.oxigraph import OxigraphStore
from kg.store.snapshots import Snapshots, process_start
from kg.types import AnnotatedDocument, Document, LinkedDocument, RunInfo

REPO = Path(__file__).resolve().parents[2]
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def labels(store, graph: str | None = None) -> set[str]:
    where = f"GRAPH <{graph}> {{ ?s <{LABEL}> ?l }}" if graph else f"?s <{LABEL}> ?l"
    return {row["l"].value for row in store.query(f"SELECT ?l WHERE {{ {where} }}")}


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "kg")
    yield s
    s.close()


# -- writes -------------------------------------------------------------------------------------


def test_replace_graph_swaps_content_and_records_hash(store, putin_article):
    g = graph_iri("a1")
    assert store.article_hash(g) is None
    store.replace_graph(g, putin_article)
    assert store.article_hash(g) == "h1"
    assert labels(store, g) == {"فلاديمير بوتين"}

    store.replace_graph(g, article("a1", "دونالد ترامب", text_hash="h2"))
    assert store.article_hash(g) == "h2"
    assert labels(store, g) == {"دونالد ترامب"}
    assert len(store) == len(putin_article)  # old triples (and the old blank node) are gone


def test_replace_graph_leaves_other_graphs_alone(store, putin_article):
    store.replace_graph(graph_iri("a1"), putin_article)
    store.replace_graph(graph_iri("a2"), article("a2", "القاهرة", text_hash="x"))
    store.replace_graph(graph_iri("a1"), article("a1", "موسكو", text_hash="h9"))
    assert labels(store, graph_iri("a2")) == {"القاهرة"}
    assert store.graphs() == [graph_iri("a1"), graph_iri("a2")]


def test_replace_graph_with_awkward_literals_round_trips(store):
    g = rdflib.Graph()
    text = 'سطر "أول"\nو\\ثانٍ\t\x01 \u2028 end'
    g.add((ENTITY["x"], KG.note, rdflib.Literal(text)))
    g.add((ENTITY["x"], KG["count"], rdflib.Literal(3)))
    store.replace_graph(graph_iri("odd"), g)
    values = {row["o"] for row in store.query("SELECT ?o { ?s ?p ?o }")}
    assert ox.Literal(text) in values
    assert ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")) in values


def test_failed_replace_keeps_the_old_graph(store, putin_article):
    store.replace_graph(graph_iri("a1"), putin_article)
    bad = article("a1", "x", text_hash="h2")
    bad.add((URIRef_bad := rdflib.URIRef("not an iri"), KG.p, rdflib.Literal(1)))
    assert URIRef_bad
    with pytest.raises(ValueError):
        store.replace_graph(graph_iri("a1"), bad)
    assert store.article_hash(graph_iri("a1")) == "h1"


def test_readers_never_see_half_an_article(store):
    """Concurrent queries see all of version A or all of version B, never a mix or nothing."""
    g = graph_iri("flip")
    versions = {name: article("flip", name, text_hash=name, extra=200) for name in ("A", "B")}
    store.replace_graph(g, versions["A"])
    size = len(versions["A"])
    seen: list[tuple[int, frozenset[str]]] = []
    stop = threading.Event()

    def read() -> None:
        q = (f"SELECT ?h (COUNT(*) AS ?n) {{ GRAPH <{g}> {{ ?s ?p ?o }}"
             f" OPTIONAL {{ GRAPH <{g}> {{ ?a <{KG.textHash}> ?h }} }} }} GROUP BY ?h")
        while not stop.is_set():
            rows = list(store.query(q))
            seen.append(
                (sum(int(r["n"].value) for r in rows), frozenset(r["h"].value for r in rows if r["h"]))
            )

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(40):
            store.replace_graph(g, versions["AB"[i % 2]])
    finally:
        stop.set()
        reader.join()
    assert seen
    for count, hashes in seen:
        assert count == size and len(hashes) == 1, (count, hashes)


def test_add_to_graph_accumulates(store):
    prov = "https://kg.example.org/graph/provenance"
    g1, g2 = rdflib.Graph(), rdflib.Graph()
    g1.add((ENTITY["run/1"], KG.note, rdflib.Literal("تشغيل ١", lang="ar")))
    g2.add((ENTITY["run/2"], KG.note, rdflib.Literal("تشغيل ٢", lang="ar")))
    store.add_to_graph(prov, g1)
    store.add_to_graph(prov, g2)
    assert len(store) == 2 and store.graphs() == [prov]


def test_remove_graph(store, putin_article):
    store.replace_graph(graph_iri("a1"), putin_article)
    store.remove_graph(graph_iri("a1"))
    assert len(store) == 0 and store.article_hash(graph_iri("a1")) is None


# -- queries ------------------------------------------------------------------------------------


def test_default_graph_is_the_union_unless_a_dataset_is_given(store, putin_article):
    store.replace_graph(graph_iri("a1"), putin_article)
    store.replace_graph(graph_iri("a2"), article("a2", "القاهرة", text_hash="x"))
    assert labels(store) == {"فلاديمير بوتين", "القاهرة"}

    only_a2 = store.query(f"SELECT ?l {{ ?s <{LABEL}> ?l }}", default_graph_uris=[graph_iri("a2")])
    assert {r["l"].value for r in only_a2} == {"القاهرة"}

    named = store.query("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", named_graph_uris=[graph_iri("a1")])
    assert [r["g"].value for r in named] == [graph_iri("a1")]

    from_clause = store.query(f"SELECT ?l FROM <{graph_iri('a1')}> {{ ?s <{LABEL}> ?l }}")
    assert {r["l"].value for r in from_clause} == {"فلاديمير بوتين"}

    no_union = store.query("SELECT * { ?s ?p ?o }", union_default_graph=False)
    assert list(no_union) == []


def test_malformed_query_raises_syntax_error(store):
    with pytest.raises(SyntaxError):
        store.query("SELECT ?s WHERE { ?s ?p }")


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # inside rdflib's Dataset
def test_rdflib_dataset_view(store, putin_article):
    store.replace_graph(graph_iri("a1"), putin_article)
    ds = store.as_rdflib_dataset()
    found = {str(o) for o in ds.objects(None, rdflib.RDFS.label)}
    assert "فلاديمير بوتين" in found


# -- dumps --------------------------------------------------------------------------------------


def _parse(data: bytes, fmt: str) -> list:
    return list(
        ox.parse(
            data,
            {
                "ttl": ox.RdfFormat.TURTLE,
                "nt": ox.RdfFormat.N_TRIPLES,
                "nq": ox.RdfFormat.N_QUADS,
                "trig": ox.RdfFormat.TRIG,
                "jsonld": ox.RdfFormat.JSON_LD,
            }[fmt],
        )
    )


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_dump_round_trips(store, putin_article, fmt):
    store.replace_graph(graph_iri("a1"), putin_article)
    store.replace_graph(graph_iri("a2"), article("a2", "القاهرة", text_hash="x"))
    out = io.BytesIO()
    store.dump(out, fmt)
    quads = _parse(out.getvalue(), fmt)
    assert len(quads) == len(store)
    assert "فلاديمير بوتين".encode() in out.getvalue() or fmt == "jsonld"
    if fmt in ("nq", "trig", "jsonld"):
        assert {q.graph_name.value for q in quads} == {graph_iri("a1"), graph_iri("a2")}


@pytest.mark.parametrize("fmt", ["ttl", "nq"])
def test_dump_one_graph(store, putin_article, fmt):
    store.replace_graph(graph_iri("a1"), putin_article)
    store.replace_graph(graph_iri("a2"), article("a2", "القاهرة", text_hash="x"))
    out = io.BytesIO()
    store.dump(out, fmt, graph_iri("a2"))
    assert len(_parse(out.getvalue(), fmt)) == len(putin_article)
    assert "القاهرة".encode() in out.getvalue() and "بوتين ".encode() not in out.getvalue()


@pytest.mark.parametrize("how", ["suffix", "flag"])
def test_dump_gzip(store, putin_article, how):
    store.replace_graph(graph_iri("a1"), putin_article)
    out = io.BytesIO()
    if how == "suffix":
        store.dump(out, "nq.gz")
    else:
        store.dump(out, "nq", gzip=True)
    assert len(_parse(gzip.decompress(out.getvalue()), "nq")) == len(putin_article)


class _CountingWriter(io.RawIOBase):
    def __init__(self) -> None:
        self.total = 0
        self.largest = 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.total += len(b)
        self.largest = max(self.largest, len(b))
        return len(b)


@pytest.mark.parametrize("fmt", ["nt", "nq", "ttl", "trig", "jsonld"])
def test_dump_is_written_incrementally(store, fmt):
    label, graph = ox.NamedNode(LABEL), ox.NamedNode(graph_iri("big"))
    store.oxigraph.extend(
        ox.Quad(ox.NamedNode(f"{ENTITY}e{i}"), label, ox.Literal(f"كيان رقم {i}", language="ar"), graph)
        for i in range(5000)
    )
    out = _CountingWriter()
    store.dump(out, fmt)
    assert out.total > 250_000 and out.largest < out.total / 4


# -- loads --------------------------------------------------------------------------------------


def test_load_triples_into_default_or_named_graph(store, rdf_files):
    store.load(rdf_files["ttl"])
    assert len(store) == 4 and store.graphs() == []
    store.load(rdf_files["nt"], graph="https://kg.example.org/graph/labels")
    assert store.graphs() == ["https://kg.example.org/graph/labels"]
    assert labels(store, "https://kg.example.org/graph/labels") == {"فلاديمير بوتين", "الأمم المتحدة"}


def test_load_quads_keeps_graphs(store, rdf_files):
    store.load(rdf_files["nq"])
    store.load(rdf_files["trig"])
    assert store.graphs() == [f"https://kg.example.org/graph/{g}" for g in ("q1", "q2", "t1")]
    assert len(store) == 5
    assert "عبد الفتاح السيسي" in labels(store)


@pytest.mark.parametrize("key,count", [("ttl.gz", 4), ("nq.gz", 3)])
def test_load_gzip(store, rdf_files, key, count):
    store.load(rdf_files[key])
    assert len(store) == count


def test_load_replace_empties_the_store_first(store, rdf_files, putin_article):
    store.replace_graph(graph_iri("a1"), putin_article)
    store.load(rdf_files["nq"], replace=True)
    assert len(store) == 3 and store.article_hash(graph_iri("a1")) is None


def test_load_trig_and_gzipped_turtle_into_a_graph(store, rdf_files):
    store.load(rdf_files["trig"])
    store.load(rdf_files["ttl.gz"], graph="https://kg.example.org/graph/g")
    assert len(store) == 6


def test_bad_file_loads_nothing(store, tmp_path, rdf_files):
    store.load(rdf_files["ttl"])
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        '<https://kg.example.org/a> <https://kg.example.org/b> "ok" .\n<x> <y> .\n', encoding="utf-8"
    )
    with pytest.raises(SyntaxError):
        store.load(bad)
    assert len(store) == 4


def test_bad_file_with_replace_keeps_the_store(store, tmp_path, rdf_files):
    store.load(rdf_files["ttl"])
    bad = tmp_path / "bad.nq"
    bad.write_text(
        '<https://kg.example.org/a> <https://kg.example.org/b> "ok" .\n<x> <y> .\n', encoding="utf-8"
    )
    with pytest.raises(SyntaxError):
        store.load(bad, replace=True)
    assert len(store) == 4


def test_load_unknown_extension(store, tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("a,b\n")
    with pytest.raises(ValueError, match="unknown RDF extension"):
        store.load(path)


# -- read-only handles, snapshots, concurrency ---------------------------------------------------


def test_read_only_open_of_a_missing_store_creates_nothing(tmp_path):
    with pytest.raises(StoreNotFoundError):
        open_store(tmp_path / "nope", read_only=True)
    assert not (tmp_path / "nope").exists()


def test_read_only_refuses_writes(tmp_path, putin_article):
    open_store(tmp_path / "kg").close()
    with open_store(tmp_path / "kg", read_only=True) as reader:
        with pytest.raises(ReadOnlyStoreError):
            reader.replace_graph(graph_iri("a1"), putin_article)
        with pytest.raises(ReadOnlyStoreError):
            reader.load(Path("x.ttl"))


def test_one_writer_at_a_time(tmp_path):
    with open_store(tmp_path / "kg"):
        with pytest.raises(StoreLockedError, match="locked"):
            OxigraphStore(tmp_path / "kg", lock_timeout=0.3)


def test_reader_follows_published_snapshots(tmp_path, putin_article):
    path = tmp_path / "kg"
    writer = OxigraphStore(path, publish_interval=3600)
    reader = OxigraphStore(path, read_only=True, refresh_interval=0)
    try:
        assert len(reader) == 0
        writer.replace_graph(graph_iri("a1"), putin_article)
        assert len(reader) == 0  # committed but not yet published
        writer.publish()
        assert reader.article_hash(graph_iri("a1")) == "h1"
        writer.replace_graph(graph_iri("a1"), article("a1", "موسكو", text_hash="h2"))
        writer.close()  # closing publishes
        assert reader.article_hash(graph_iri("a1")) == "h2"
    finally:
        writer.close()
        reader.close()


def test_writer_publishes_on_its_own_every_interval(tmp_path, putin_article):
    path = tmp_path / "kg"
    with (
        OxigraphStore(path, publish_interval=0) as writer,
        OxigraphStore(path, read_only=True, refresh_interval=0) as reader,
    ):
        writer.replace_graph(graph_iri("a1"), putin_article)
        assert reader.article_hash(graph_iri("a1")) == "h1"


def test_old_snapshots_are_collected(tmp_path, putin_article):
    path = tmp_path / "kg"
    with OxigraphStore(path, publish_interval=0, keep_snapshots=2, snapshot_grace=0) as writer:
        for i in range(5):
            writer.replace_graph(graph_iri("a1"), article("a1", "x", text_hash=str(i)))
    snaps = [p for p in os.listdir(path / "kg-snapshots") if p.isdigit()]
    assert len(snaps) == 2


def test_clean_store_opens_without_a_new_snapshot(tmp_path, putin_article):
    path = tmp_path / "kg"
    with open_store(path) as writer:
        writer.replace_graph(graph_iri("a1"), putin_article)
    before = sorted(os.listdir(path / "kg-snapshots"))
    with open_store(path, read_only=True) as reader:
        assert reader.article_hash(graph_iri("a1")) == "h1"
    assert sorted(os.listdir(path / "kg-snapshots")) == before


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)


def test_reader_process_reads_while_a_writer_holds_the_store(tmp_path, putin_article):
    path = tmp_path / "kg"
    with open_store(path) as writer:
        writer.replace_graph(graph_iri("a1"), putin_article)
        writer.publish()
        done = _run(
            "from kg.store import open_store\n"
            f"s = open_store({str(path)!r}, read_only=True)\n"
            f"print(s.article_hash({graph_iri('a1')!r}), len(s))\n"
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == ["h1", str(len(putin_article))]
        writer.replace_graph(graph_iri("a2"), article("a2", "القاهرة", text_hash="h2"))  # still writable


def test_reader_recovers_what_a_killed_writer_committed(tmp_path):
    path = tmp_path / "kg"
    done = _run(
        "import os, rdflib\n"
        "from kg.store.oxigraph import OxigraphStore\n"
        f"s = OxigraphStore({str(path)!r}, publish_interval=3600)\n"
        "g = rdflib.Graph()\n"
        "g.add((rdflib.URIRef('https://kg.example.org/a'), rdflib.URIRef('https://w3id.org/kg-ar/ontology#textHash'),"
        " rdflib.Literal('h')))\n"
        "s.replace_graph('https://kg.example.org/graph/a', g)\n"
        "os._exit(0)  # no close: nothing published since the empty snapshot at open\n"
    )
    assert done.returncode == 0, done.stderr
    with open_store(path, read_only=True) as reader:
        assert reader.article_hash("https://kg.example.org/graph/a") == "h"


def test_memory_store(putin_article):
    with open_store("memory:") as s:
        s.replace_graph(graph_iri("a1"), putin_article)
        assert s.article_hash(graph_iri("a1")) == "h1"


def test_readers_do_not_probe_a_live_writers_lock(tmp_path, putin_article):
    """A failed RocksDB open rotates the store's LOG file; readers avoid it while a writer lives."""
    path = tmp_path / "kg"

    def rotated() -> int:
        return sum(name.startswith("LOG.old") for name in os.listdir(path))

    with OxigraphStore(path, publish_interval=3600) as writer:
        before = rotated()
        reader = OxigraphStore(path, read_only=True, refresh_interval=0, recover_interval=0)
        for i in range(5):
            writer.replace_graph(graph_iri("a1"), article("a1", "x", text_hash=str(i)))
            assert reader.article_hash(graph_iri("a1")) is None  # not published yet
        reader.close()
        assert rotated() == before


def test_a_store_in_a_folder_that_does_not_exist_yet_is_created(tmp_path):
    """Regression: `kg build seeds/ --store data/kg` on a fresh checkout failed (no data/)."""
    from kg.store.registry import open_store

    store = open_store(str(tmp_path / "data" / "kg"))
    try:
        assert len(store) == 0
    finally:
        store.close()
    assert (tmp_path / "data" / "kg").is_dir()


# -- articles with provenance: one transaction each, nothing stale left -----------------------------

IRIS = Iris()
START = "2024-05-01T08:00:00+00:00"


def built_article(doc_id: str, text: str, *, url: str | None = None, version: str = "0.1.0",
                  model: str = "kg-ar-1", started: str = START) -> tuple[str, rdflib.Graph, rdflib.Graph]:
    """What `kg build` writes for an article (no mentions): its graph IRI, graph and provenance."""
    doc = Document(doc_id, text, origin=f"{doc_id}.txt", url=url)
    linked = LinkedDocument(AnnotatedDocument(doc, (), (), (), model))
    run = RunInfo(version, model, started)
    return str(IRIS.article_graph_iri(doc)), article_graph(linked, run, IRIS), provenance_triples(linked, run, IRIS)


def write(store, article: tuple[str, rdflib.Graph, rdflib.Graph], replaces: tuple[str, ...] = ()) -> None:
    graph, triples, prov = article
    store.write_article(graph, triples, provenance_graph=str(IRIS.provenance_graph_iri), provenance=prov,
                        replaces=replaces)


def quads(store) -> list[str]:
    return sorted(str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, None))


def fresh(*articles: tuple[str, rdflib.Graph, rdflib.Graph]) -> list[str]:
    """The quads of a new store holding only `articles`."""
    with open_store("memory:") as other:
        for a in articles:
            write(other, a)
        return quads(other)


def test_write_article_stores_graph_and_provenance_together(store, monkeypatch):
    a = built_article("a", "نص أول")
    requests = []
    update = store.update
    monkeypatch.setattr(store, "update", lambda sparql, **kw: (requests.append(sparql), update(sparql, **kw)))
    write(store, a)
    assert len(requests) == 1  # one Update request: Oxigraph applies it in one transaction
    assert store.article_graphs("a") == [a[0]]
    assert store.has_provenance(a[0], str(IRIS.provenance_graph_iri))
    assert len(store) == len(a[1]) + len(a[2])


def test_a_new_version_replaces_the_old_one_and_its_provenance(store):
    old, new = built_article("a", "نص أول"), built_article("a", "نص ثان", started="2024-06-01T00:00:00+00:00")
    b = built_article("b", "نص آخر")
    write(store, old)
    write(store, b)
    write(store, new, replaces=(old[0],))
    assert quads(store) == fresh(b, new)  # the old activity and graph entity are gone


def test_rewriting_the_same_article_keeps_one_start_time(store):
    write(store, built_article("a", "نص"))
    later = built_article("a", "نص", started="2025-01-01T00:00:00+00:00")
    write(store, later)
    assert quads(store) == fresh(later)


def test_regression_skipping_removals_for_new_articles_kept_a_hand_made_graph(store):
    """`write_article` leaves out removals only when nothing is there: a graph stored under the
    article's IRI by other means (no kg:textHash, no provenance) is still replaced, not merged."""
    a = built_article("a", "نص")
    store.add_to_graph(a[0], [(rdflib.URIRef("https://example.org/x"), rdflib.RDFS.label, rdflib.Literal("x"))])
    write(store, a)
    assert quads(store) == fresh(a)


def test_an_activity_shared_with_a_stored_article_keeps_one_start_time(store):
    """Same text under two URLs, built at two times: the shared activity keeps the newest start."""
    a = built_article("a", "نفس النص", url="https://news.example/a")
    b = built_article("b", "نفس النص", url="https://news.example/b", started="2025-01-01T00:00:00+00:00")
    write(store, a)
    write(store, b)
    starts = list(store.query(f"SELECT ?t {{ ?act <{PROV}startedAtTime> ?t }}"))
    assert [row["t"].value[:19] for row in starts] == ["2025-01-01T00:00:00"]


def test_remove_articles_drops_only_what_nothing_else_uses(store):
    a, b = built_article("a", "نص أ"), built_article("b", "نص ب")
    c = built_article("c", "نص ج", version="0.2.0", model="kg-ar-2")
    for built in (a, b, c):
        write(store, built)
    prov = str(IRIS.provenance_graph_iri)
    store.remove_articles([c[0]], provenance_graph=prov)  # its agent and model go with it
    assert quads(store) == fresh(a, b)
    store.remove_articles([a[0]], provenance_graph=prov)  # the shared agent and model stay for b
    assert quads(store) == fresh(b)
    store.remove_articles([b[0]], provenance_graph=prov)
    assert len(store) == 0


def test_an_activity_shared_by_two_articles_outlives_one_of_them(store):
    """Same text, different URLs: two graphs, one activity (its IRI hashes the text)."""
    a = built_article("a", "نفس النص", url="https://news.example/a")
    b = built_article("b", "نفس النص", url="https://news.example/b")
    write(store, a)
    write(store, b)
    store.remove_articles([a[0]], provenance_graph=str(IRIS.provenance_graph_iri))
    assert quads(store) == fresh(b)


def test_a_failed_article_write_changes_nothing(store):
    a = built_article("a", "نص أول")
    write(store, a)
    before = quads(store)
    graph, triples, prov = built_article("a", "نص ثان")
    triples.add((rdflib.URIRef("not an iri"), KG.p, rdflib.Literal(1)))
    with pytest.raises(ValueError):
        write(store, (graph, triples, prov), replaces=(a[0],))
    assert quads(store) == before


def test_stats_count_articles_versions_and_types(store):
    write(store, built_article("a", "نص أ"))
    write(store, built_article("b", "نص ب", version="0.2.0", started="2025-02-02T00:00:00+00:00"))
    store.replace_graph(graph_iri("x"), article("x", "موسكو", text_hash="h"))
    stats = store.stats()
    assert (stats.articles, stats.graphs, stats.quads) == (2, 4, len(store))
    assert stats.tools == {"0.1.0": 1, "0.2.0": 1} and stats.models == {"kg-ar-1": 2}
    assert stats.last_build.startswith("2025-02-02T00:00:00")
    assert stats.entities == {"Article": 1, "Person": 1} and stats.backend == "oxigraph"
    assert stats.details["snapshots"] >= 1


# -- crashes -----------------------------------------------------------------------------------------

WRITER_LOOP = """
import sys, rdflib
from kg.store.oxigraph import OxigraphStore
s = OxigraphStore(sys.argv[1], publish_interval=0)  # a snapshot after every write: kills land in those too
KG = "https://w3id.org/kg-ar/ontology#"
for i in range(100000):
    g = rdflib.Graph()
    node = rdflib.URIRef(f"https://kg.example.org/article/{i}")
    g.add((node, rdflib.URIRef(KG + "textHash"), rdflib.Literal(str(i))))
    for j in range(50):
        g.add((node, rdflib.URIRef(KG + "note"), rdflib.Literal(f"ملاحظة {j}")))
    s.replace_graph(f"https://kg.example.org/graph/{i % 7}", g)
    if i == 3:
        print("writing", flush=True)
"""


@pytest.mark.parametrize("delay", [0.05, 0.4])
def test_a_writer_killed_with_sigkill_leaves_a_whole_unlocked_store(tmp_path, delay):
    path = tmp_path / "kg"
    proc = subprocess.Popen([sys.executable, "-c", WRITER_LOOP, str(path)], stdout=subprocess.PIPE,
                            text=True, env=dict(os.environ, PYTHONPATH=str(REPO)))
    try:
        assert proc.stdout.readline().strip() == "writing"
        time.sleep(delay)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    # A reader first: it finds no live writer and publishes what the dead one committed.
    with OxigraphStore(path, read_only=True, lock_timeout=2) as reader:
        graphs = reader.graphs()
        assert graphs and all(len(list(reader.query(f"SELECT * {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"))) == 51
                              for g in graphs)
    started = time.monotonic()
    with OxigraphStore(path, lock_timeout=2) as writer:  # not locked: the dead writer's lock went with it
        assert time.monotonic() - started < 2
        assert writer.graphs() == graphs
        writer.remove_graph(graphs[0])
    with OxigraphStore(path, read_only=True) as reader:
        assert reader.graphs() == graphs[1:]


def test_a_reused_pid_is_not_taken_for_a_live_writer(tmp_path):
    snaps = Snapshots(tmp_path)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        snaps.dir.mkdir()
        snaps.writer.write_text(f"{other.pid} {process_start(other.pid)}", encoding="ascii")
        assert snaps.live_writer() == other.pid
        if process_start(other.pid) is not None:  # Linux: the start time tells the two apart
            snaps.writer.write_text(f"{other.pid} 1", encoding="ascii")  # a dead writer's marker
            assert snaps.live_writer() is None
    finally:
        other.kill()
        other.wait()


class _FileGoneOnce:
    """A store whose first checkpoint fails as RocksDB's does when compaction deletes an SST mid-link."""

    def __init__(self, db: ox.Store) -> None:
        self.db = db
        self.calls = 0

    def backup(self, path: str) -> None:
        self.calls += 1
        if self.calls == 1:
            Path(path).mkdir()
            (Path(path) / "000009.sst").write_bytes(b"half made")
            raise FileNotFoundError(f"IO error: No such file or directory: While link file to {path}/000009.sst")
        self.db.backup(path)


def test_regression_kg_load_failed_when_a_file_vanished_during_the_closing_checkpoint(tmp_path):
    # Seen in the 10,000-article benchmark: `kg load` of a big file failed in close() with
    # FileNotFoundError from db.backup(); the checkpoint is now retried once.
    db = ox.Store(str(tmp_path / "db"))
    db.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o"), ox.NamedNode("http://e/g")))
    snaps = Snapshots(tmp_path / "db")
    flaky = _FileGoneOnce(db)
    name = snaps.create(flaky)
    assert flaky.calls == 2 and snaps.names() == [name]
    assert len(ox.Store.read_only(str(snaps.path(name)))) == 1
    assert not [p for p in snaps.dir.iterdir() if p.name.startswith(".tmp-")]


# -- reader leases -------------------------------------------------------------------------------


def _snapshot_names(path: Path) -> list[str]:
    return sorted(p for p in os.listdir(path / "kg-snapshots") if p.isdigit())


def test_regression_superseded_snapshots_filled_the_disk_during_long_builds(tmp_path):
    # A 10,000-article build left 4.4 GB of snapshots beside 0.4 GB of data: superseded ones
    # were kept `snapshot_grace` (10 min) in case a reader was on them. With no reader, only
    # the newest is left, whatever the grace.
    path = tmp_path / "kg"
    with OxigraphStore(path, publish_interval=0, snapshot_grace=3600) as writer:
        for i in range(5):
            writer.replace_graph(graph_iri("a1"), article("a1", "x", text_hash=str(i)))
            assert len(_snapshot_names(path)) == 1
    names = _snapshot_names(path)
    assert len(names) == 1
    assert sorted(os.listdir(path / "kg-snapshots")) == sorted([*names, f"{names[0]}.lease", "CLEAN"])


def test_the_snapshot_a_reader_is_on_is_kept_and_freed_once_it_moves_on(tmp_path):
    path = tmp_path / "kg"
    writer = OxigraphStore(path, publish_interval=0, snapshot_grace=0)
    try:
        writer.replace_graph(graph_iri("a1"), article("a1", "x", text_hash="h0"))
        reader = OxigraphStore(path, read_only=True, refresh_interval=3600, lease_linger=0)
        pinned = reader.snapshot
        for i in range(1, 4):
            writer.replace_graph(graph_iri("a1"), article("a1", "x", text_hash=f"h{i}"))
        assert _snapshot_names(path) == sorted([pinned, writer._snaps.latest()])  # the ones between went
        assert reader.article_hash(graph_iri("a1")) == "h0"  # still readable
        reader.refresh()
        assert reader.article_hash(graph_iri("a1")) == "h3"
        writer.replace_graph(graph_iri("a2"), article("a2", "y", text_hash="h"))
        assert pinned not in _snapshot_names(path)
        assert reader.snapshot in _snapshot_names(path)
        reader.close()
        writer.replace_graph(graph_iri("a3"), article("a3", "z", text_hash="h"))
        assert _snapshot_names(path) == [writer._snaps.latest()]
    finally:
        writer.close()


def test_a_reader_keeps_its_old_snapshot_for_lease_linger_seconds(tmp_path):
    path = tmp_path / "kg"
    with OxigraphStore(path, publish_interval=0) as writer:
        writer.replace_graph(graph_iri("a1"), article("a1", "x", text_hash="h0"))
        with OxigraphStore(path, read_only=True, refresh_interval=0, lease_linger=3600) as reader:
            old = reader.snapshot
            writer.replace_graph(graph_iri("a1"), article("a1", "x", text_hash="h1"))
            assert reader.article_hash(graph_iri("a1")) == "h1"  # swapped
            writer.replace_graph(graph_iri("a2"), article("a2", "y", text_hash="h"))
            assert old in _snapshot_names(path)  # a result of a query on it may still be read


def test_an_rdflib_view_keeps_its_snapshot(tmp_path):
    path = tmp_path / "kg"
    with OxigraphStore(path, publish_interval=0) as writer:
        writer.replace_graph(graph_iri("a1"), article("a1", "x", text_hash="h0"))
        with OxigraphStore(path, read_only=True, refresh_interval=0, lease_linger=0) as reader:
            view = reader.as_rdflib_dataset()
            old = reader.snapshot
            writer.replace_graph(graph_iri("a1"), article("a1", "x", text_hash="h1"))
            reader.refresh()
            writer.replace_graph(graph_iri("a2"), article("a2", "y", text_hash="h"))
            reader.refresh()
            writer.replace_graph(graph_iri("a3"), article("a3", "z", text_hash="h"))
            assert old in _snapshot_names(path)
            assert len(view) > 0
            del view
            writer.replace_graph(graph_iri("a4"), article("a4", "w", text_hash="h"))
            assert old not in _snapshot_names(path)


def test_a_killed_reader_does_not_pin_its_snapshot(tmp_path):
    path = tmp_path / "kg"
    with OxigraphStore(path, publish_interval=0) as writer:
        writer.replace_graph(graph_iri("a1"), article("a1", "x", text_hash="h"))
        code = (
            "import sys\n"
            "from kg.store.oxigraph import OxigraphStore\n"
            f"r = OxigraphStore({str(path)!r}, read_only=True)\n"
            "print(r.snapshot, flush=True)\n"
            "sys.stdin.readline()\n"
        )
        proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                text=True, env=dict(os.environ, PYTHONPATH=str(REPO)))
        try:
            pinned = proc.stdout.readline().strip()
            writer.replace_graph(graph_iri("a2"), article("a2", "y", text_hash="h"))
            assert pinned in _snapshot_names(path)
        finally:
            proc.kill()
            proc.wait(timeout=30)
        writer.replace_graph(graph_iri("a3"), article("a3", "z", text_hash="h"))
        assert pinned not in _snapshot_names(path)


def test_snapshots_without_a_lease_file_wait_out_the_grace_period(tmp_path):
    # Made by a kg from before leases: nothing tells whether a reader is on them.
    path = tmp_path / "kg"
    with OxigraphStore(path, publish_interval=0, snapshot_grace=3600) as writer:
        writer.replace_graph(graph_iri("a1"), article("a1", "x", text_hash="h"))
        old = writer._snaps.latest()
        (path / "kg-snapshots" / f"{old}.lease").unlink()
        writer.replace_graph(graph_iri("a2"), article("a2", "y", text_hash="h"))
        assert old in _snapshot_names(path)
        with OxigraphStore(path, read_only=True) as reader:
            assert reader.snapshot != old
        writer.snapshot_grace = 0
        writer.replace_graph(graph_iri("a3"), article("a3", "z", text_hash="h"))
        assert old not in _snapshot_names(path)


# -- the write-ahead log ---------------------------------------------------------------------------


def log_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.iterdir() if f.suffix == ".log")


def write_many(store, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        store.replace_graph(graph_iri(f"a{i}"), article(f"a{i}", "فلاديمير بوتين", text_hash=f"h{i}", extra=200))


def test_regression_write_ahead_log_grew_for_the_whole_build(tmp_path):
    """RocksDB kept every log file while the store stayed open (1 GB for 10,000 articles)."""
    untrimmed, trimmed = tmp_path / "untrimmed", tmp_path / "trimmed"
    with open_store(untrimmed, publish_interval=0, log_limit=0) as s:
        write_many(s, 40)
        grown = log_bytes(untrimmed)
    with open_store(trimmed, publish_interval=0, log_limit=64 << 10) as s:
        write_many(s, 40)
        kept = log_bytes(trimmed)
        assert len(s) == 40 * 207
        assert s.article_hash(graph_iri("a39")) == "h39"
    assert grown > 1 << 20
    assert kept < grown / 4
    with open_store(trimmed, read_only=True) as reader:  # and the snapshots are whole
        assert len(reader) == 40 * 207


def test_a_query_result_kept_open_while_the_log_is_trimmed_gets_a_clear_error(tmp_path):
    path = tmp_path / "kg"
    s = open_store(path, publish_interval=0, log_limit=1, lock_timeout=0.3)
    write_many(s, 1)
    held = s.query("SELECT * { ?s ?p ?o }")  # keeps the handle (and RocksDB's lock) alive
    with pytest.raises(StoreError, match="cannot reopen the store to trim its log"):
        write_many(s, 1, start=1)
    del held
    with open_store(path) as again:  # nothing committed was lost
        assert {graph_iri("a0"), graph_iri("a1")} <= set(again.graphs())


def test_a_second_writer_is_refused_before_it_touches_rocksdb(tmp_path):
    """While a writer trims its log it lets go of RocksDB's lock: the WRITER marker must keep others out."""
    path = tmp_path / "kg"
    with open_store(path):
        code = ("import sys; from kg.store import open_store\n"
                "from kg.store.base import StoreLockedError\n"
                "try:\n    open_store(sys.argv[1], lock_timeout=0)\n"
                "except StoreLockedError as e:\n    print('locked', e)\n")
        out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                             env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=60)
        assert out.stdout.startswith("locked") and f"kg process {os.getpid()}" in out.stdout
