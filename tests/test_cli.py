"""End to end through the real `kg` entry point: seeds → Stanza → RDF → Oxigraph → query/dump/serve."""

from __future__ import annotations

import gzip
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

KG = [sys.executable, "-m", "kg.cli"]
PROV = "http://www.w3.org/ns/prov#"
PREFIXES = """
PREFIX kg: <https://w3id.org/kg-ar/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
"""


def kg(*args: str, check: bool = True, timeout: int = 600) -> subprocess.CompletedProcess:
    proc = subprocess.run([*KG, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def query_json(store: Path, sparql: str) -> list[dict]:
    out = kg("query", "--store", str(store), "--format", "json", PREFIXES + sparql).stdout
    return json.loads(out)["results"]["bindings"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("kg") / "store"
    kg("build", str(SEEDS), "--store", str(store), "--quiet")
    return store


def test_seed_person_exists_with_exact_offsets_in_its_article_graph(built):
    text = (SEEDS / "000_abbe75ef520d9ea1.txt").read_text(encoding="utf-8")
    rows = query_json(built, """
        SELECT ?g ?label ?begin ?end ?anchor ?id WHERE { GRAPH ?g {
          ?person a kg:Person ; rdfs:label ?label .
          FILTER(LANG(?label) = "ar")  # KB persons also carry their English name
          ?m itsrdf:taIdentRef ?person ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?anchor .
          ?article kg:articleId ?id .
        } }""")
    mine = [r for r in rows if r["id"]["value"] == "000_abbe75ef520d9ea1"]
    labels = {r["label"]["value"] for r in mine}
    assert "فلاديمير بوتين" in labels, labels
    for r in mine:
        begin, end = int(r["begin"]["value"]), int(r["end"]["value"])
        assert text[begin:end] == r["anchor"]["value"]
        label, anchor = r["label"]["value"], r["anchor"]["value"]
        # label = anchor minus clitics, or the full name a surname-only mention (بزشكيان) refers to
        assert label in anchor or label.split()[-1] in anchor, (label, anchor)
    putin = next(r for r in mine if r["label"]["value"] == "فلاديمير بوتين")
    assert putin["g"]["value"].startswith("https://kg.example.org/graph/article/")


def _quads(store: Path) -> int:
    rows = query_json(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(rows[0]["n"]["value"])


def test_rebuilding_unchanged_articles_adds_nothing(built):
    before = _quads(built)
    proc = kg("build", str(SEEDS), "--store", str(built), "--quiet")
    assert "0 added, 0 replaced, 5 unchanged" in proc.stdout
    assert _quads(built) == before


def test_same_corpus_gives_identical_article_graphs_in_another_store(built, tmp_path):
    other = tmp_path / "other"
    kg("build", str(SEEDS), "--store", str(other), "--quiet")
    dump_a, dump_b = tmp_path / "a.nq", tmp_path / "b.nq"
    kg("dump", "--store", str(built), "-o", str(dump_a))
    kg("dump", "--store", str(other), "-o", str(dump_b))

    def article_quads(path: Path) -> set[str]:  # provenance carries run times; article graphs must not
        return {line for line in path.read_text(encoding="utf-8").splitlines() if "/graph/article/" in line}

    assert article_quads(dump_a) == article_quads(dump_b)


def test_a_changed_article_replaces_its_graph(built, tmp_path):
    store = tmp_path / "store"
    corpus = tmp_path / "in"
    corpus.mkdir()
    article = corpus / "a.txt"
    article.write_text("التقى الرئيس الروسي فلاديمير بوتين في موسكو.", encoding="utf-8")
    kg("build", str(corpus), "--store", str(store), "--quiet")
    article.write_text("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة.", encoding="utf-8")
    proc = kg("build", str(corpus), "--store", str(store), "--quiet")
    assert "1 replaced" in proc.stdout
    anchors = {r["a"]["value"] for r in query_json(store, "SELECT ?a WHERE { GRAPH ?g { ?m nif:anchorOf ?a } }")}
    assert "بوتين" not in " ".join(anchors)
    # the old version's provenance went with it: one activity, one start time, one graph entity
    rows = query_json(store, f"""SELECT (COUNT(DISTINCT ?act) AS ?acts) (COUNT(DISTINCT ?t) AS ?times)
        (COUNT(DISTINCT ?g) AS ?graphs) WHERE {{ GRAPH ?p {{ ?act a <{PROV}Activity> ; <{PROV}startedAtTime> ?t .
        OPTIONAL {{ ?g <{PROV}wasGeneratedBy> ?act }} }} }}""")
    assert {k: v["value"] for k, v in rows[0].items()} == {"acts": "1", "times": "1", "graphs": "1"}


def _status(store: Path) -> dict:
    return json.loads(kg("status", "--store", str(store), "--json").stdout)


def test_status_and_remove(built, tmp_path):
    store = tmp_path / "copy"
    shutil.copytree(built, store)
    status = _status(store)
    assert (status["articles"], status["graphs"], status["backend"]) == (5, 6, "oxigraph")
    assert status["quads"] == _quads(store) and status["tools"] == {"0.1.0": 5}
    assert status["entities"]["Person"] > 0 and status["last_build"]
    assert "articles" in kg("status", "--store", str(store)).stdout

    proc = kg("remove", "000_abbe75ef520d9ea1", "no-such-article", "--store", str(store), check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"error: no-such-article: no such article in {store}"]
    assert "1 article graphs removed" in proc.stdout
    status = _status(store)
    assert (status["articles"], status["graphs"], status["tools"]) == (4, 5, {"0.1.0": 4})

    graphs = [r["g"]["value"]
              for r in query_json(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a kg:articleId ?id } }")]
    kg("remove", *graphs, "--store", str(store))  # by graph IRI this time
    assert _status(store)["quads"] == 0  # the shared agent and model went with the last activity


def test_shacl_validation_passes_on_the_built_seeds(built):
    proc = kg("validate", "--store", str(built))
    assert "conforms" in proc.stdout


def test_bad_inputs_are_reported_one_line_each_and_the_rest_is_stored(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(SEEDS / "001_8d15ed088120de80.txt", corpus / "good.txt")
    (corpus / "latin1.txt").write_bytes("خبر".encode() + b"\xe9\xff")
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    (corpus / "feed.jsonl").write_text('{"text": "وصل الرئيس إلى القاهرة."}\n{not json\n', encoding="utf-8")
    store = tmp_path / "store"
    proc = kg("build", str(corpus), "--store", str(store), "--quiet", check=False)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3, proc.stderr
    assert any("latin1.txt" in e for e in errors)
    assert any("empty.txt" in e for e in errors)
    assert any("feed.jsonl:2" in e for e in errors)
    assert "2 added" in proc.stdout
    rows = query_json(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a kg:NewsArticle } }")
    assert rows[0]["n"]["value"] == "2"


def test_article_metadata_from_front_matter_and_sidecar_reaches_the_graph(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    body = "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي في موسكو اليوم الجمعة.\n"
    (corpus / "a.txt").write_text("---\npublished: 2025-01-17\nsource: رويترز\n---\n" + body, encoding="utf-8")
    (corpus / "b.txt").write_text(body, encoding="utf-8")
    (corpus / "b.json").write_text('{"published": "17/01/2025"}', encoding="utf-8")
    store = tmp_path / "store"
    proc = kg("build", str(corpus), "--store", str(store), "--quiet", check=False)
    assert proc.returncode == 1 and "2 added" in proc.stdout
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "b.json" in errors[0] and "not an ISO 8601 date" in errors[0], proc.stderr
    rows = query_json(store, """PREFIX schema: <https://schema.org/>
        SELECT ?id ?date ?text WHERE { GRAPH ?g { ?a kg:articleId ?id . ?c nif:isString ?text .
        OPTIONAL { ?a schema:datePublished ?date } } }""")
    got = {r["id"]["value"]: (r.get("date", {}).get("value"), r["text"]["value"]) for r in rows}
    assert got == {"a": ("2025-01-17", body), "b": (None, body)}  # the front matter is not article text


def test_dump_gzip_and_load_replace_round_trip(built, tmp_path):
    dump = tmp_path / "kg.nq.gz"
    kg("dump", "--store", str(built), "-o", str(dump))
    with gzip.open(dump, "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    restored = tmp_path / "restored"
    kg("load", "--store", str(restored), str(dump), "--replace")
    assert _quads(restored) == _quads(built)
    # The dump ends with the dataset's description in its own graph; loading leaves it out.
    described = [line for line in lines if line.rstrip().endswith("<https://kg.example.org/.well-known/void> .")]
    assert described and _quads(built) == len(lines) - len(described)


def test_query_table_and_rq_file(built):
    proc = kg("query", "--store", str(built), str(ROOT / "queries" / "persons.rq"))
    assert "فلاديمير بوتين" in proc.stdout
    assert proc.stdout.rstrip().endswith("rows)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_sparql_over_http(built):
    port = _free_port()
    server = subprocess.Popen([*KG, "serve", "--store", str(built), "--port", str(port)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode(
            {"query": PREFIXES + "SELECT ?l WHERE { ?p a kg:Person ; rdfs:label ?l }"})
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(urllib.request.Request(
                        url, headers={"Accept": "application/sparql-results+json"}), timeout=10) as resp:
                    body = json.load(resp)
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        labels = {b["l"]["value"] for b in body["results"]["bindings"]}
        assert "فلاديمير بوتين" in labels
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_bare_store_path_means_serve_it():
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["data/kg", "--help"])  # --help: resolve the verb, do not serve
    assert result.exit_code == 0
    assert "Serve the store" in result.output


def _search(store: Path, text: str, *extra: str) -> list[dict]:
    return json.loads(kg("search", "--store", str(store), "--json", text, *extra).stdout)["results"]


def test_build_leaves_a_search_index_that_finds_names_however_news_spells_them(built):
    assert (built / "kg-search" / "index.sqlite").is_file()
    pezeshkian = _search(built, "بيزشكيان")  # a vowel spelling other than the label's
    assert pezeshkian and "بزشكيان" in pezeshkian[0]["label"]
    ukraine = _search(built, "اوكرانيا")  # no hamza
    assert ukraine[0]["label"] == "أوكرانيا" and ukraine[0]["label_en"] == "Ukraine"
    assert ukraine[0]["wikidata"] == "http://www.wikidata.org/entity/Q212"
    assert _search(built, "اوكرانيا", "--type", "Person") == []


def test_remove_load_and_search_index_keep_the_index_in_step_with_the_store(built, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(built, store)
    dump = tmp_path / "all.nq"
    kg("dump", "--store", str(store), "-o", str(dump))
    assert _search(store, "أوكرانيا")
    ids = [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    kg("remove", "--store", str(store), *ids)
    assert _search(store, "أوكرانيا") == []
    kg("load", "--store", str(store), str(dump))
    assert _search(store, "أوكرانيا")[0]["label"] == "أوكرانيا"
    shutil.rmtree(store / "kg-search")
    out = kg("search-index", "--store", str(store)).stdout
    assert "indexed" in out and " entities" in out
    assert _search(store, "أوكرانيا")[0]["label"] == "أوكرانيا"


def test_compact_keeps_the_dump_and_the_search_and_refuses_a_missing_store(built, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(built, store)
    assert (store / "kg-snapshots" / "COMPACTED").is_file()  # the build that made the store recorded its size
    before, after = tmp_path / "before.nq", tmp_path / "after.nq"
    kg("dump", "--store", str(store), "--no-description", "-o", str(before))
    out = kg("compact", "--store", str(store)).stdout
    assert " quads, " in out and "MiB ->" in out
    kg("dump", "--store", str(store), "--no-description", "-o", str(after))
    assert sorted(after.read_bytes().splitlines()) == sorted(before.read_bytes().splitlines())
    assert _search(store, "أوكرانيا")[0]["label"] == "أوكرانيا"
    missing = kg("compact", "--store", str(tmp_path / "none"), check=False)
    assert missing.returncode == 1 and "no Oxigraph store" in missing.stderr and "Traceback" not in missing.stderr


def test_models_train_passes_the_syntax_schedules_to_the_training_config(monkeypatch, tmp_path):
    from click.testing import CliRunner

    import kg.nlp.train.run as run
    from kg.cli import main

    seen = []
    monkeypatch.setattr(run, "train", lambda cfg, steps: seen.append((cfg, steps)))
    result = CliRunner().invoke(main, ["models", "train", "--data", str(tmp_path), "--work", str(tmp_path / "w"),
                                       "--pos-steps", "1200", "--depparse-steps", "900", "--step", "pos"])
    assert result.exit_code == 0, result.output
    (cfg, steps), = seen
    assert (cfg.pos_steps, cfg.depparse_steps, cfg.ner_steps, steps) == (1200, 900, run.TrainConfig.ner_steps, ["pos"])
