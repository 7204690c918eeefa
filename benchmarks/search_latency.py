"""Search and suggest latency on synthetic search indexes of 1,000 and 10,000 articles.

    python benchmarks/search_latency.py [--sizes 1000,10000] [--queries 2000] [--seed 14] [--keep DIR]

Running NLP over 10,000 articles to get a store takes hours on a small machine, and the search
index only sees what an article graph says about its entities, so this script writes graphs
of that shape straight into the index (the same `SearchIndex.write_graph` that `kg build`
calls): each article mentions 12 entities drawn with Zipf popularity (a few are in most
articles, most in one or two, as in a news feed) from a pool of 4 names per article, 1-4 times
each, with the clitic forms news writes (وبوتين, لبوتين), English names for a tenth of the
entities, and persons, places, organizations, meetings in the proportions of kg's seeds.
Names are made of Arabic syllables with a fixed seed, so runs compare.

Queries are what people type: prefixes of 2-6 letters of popular names, whole names, names
respelled without hamza or with ة as ه, with a clitic glued on, two-word prefixes, English
prefixes, and one-letter queries. Reported: write time per article, then p50/p90/p99 of
`SearchIndex.search` (limit 10, what `/api/suggest` asks) and of `/api/suggest` through the
Flask app (test client, no sockets), per size, on a file index (WAL), as the server reads it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Literal, Namespace, URIRef

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.store.search_index import SearchIndex  # noqa: E402

KG = Namespace("https://w3id.org/kg-ar/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
WD = Namespace("http://www.wikidata.org/entity/")
BASE = "https://kg.example.org/"
SYLLABLES = ["با", "تي", "سو", "ما", "ري", "لو", "نا", "كي", "دو", "فا", "جي", "حو", "زا", "شي", "قو", "أم",
             "إي", "آد", "عو", "غا", "صي", "طو", "ظا", "ثي", "خو", "ضا", "هي", "وا", "يو", "مة"]
LATIN = "bcdfghjklmnprstvz"
KINDS = [("Person", 0.5), ("Place", 0.2), ("Organization", 0.2), ("Meeting", 0.1)]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def make_pool(size: int, rng: random.Random) -> list[dict]:
    pool = []
    for i in range(size):
        kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        words = [word(rng) for _ in range(rng.randint(1, 3))]
        if kind in ("Place", "Organization") and rng.random() < 0.5:
            words[0] = "ال" + words[0]
        label = " ".join(words)
        en = None
        if rng.random() < 0.1:
            en = " ".join("".join(rng.choice(LATIN) + rng.choice("aeiou") for _ in range(3)).title()
                          for _ in words)
        pool.append({"iri": f"{BASE}entity/{kind.lower()}/e{i}", "kind": kind, "label": label, "en": en,
                     "qid": f"Q{1000 + i}" if en else None})
    return pool


def article(n: int, pool: list[dict], weights: list[float], rng: random.Random) -> list[tuple]:
    triples: list[tuple] = []
    for ent in {id(e): e for e in rng.choices(pool, weights, k=12)}.values():
        ent["written"] = True
        node = URIRef(ent["iri"])
        triples.append((node, RDF.type, KG[ent["kind"]]))
        triples.append((node, RDFS.label, Literal(ent["label"], lang="ar")))
        if ent["en"]:
            triples.append((node, RDFS.label, Literal(ent["en"], lang="en")))
            triples.append((node, OWL.sameAs, WD[ent["qid"]]))
        last = ent["label"].split()[-1]
        for m in range(rng.randint(1, 4)):
            surface = ent["label"] if m == 0 else rng.choice(["و", "ل", "ب", ""]) + last
            mention = URIRef(f"{BASE}article/a{n}#m{len(triples)}")
            triples += [(mention, RDF.type, KG.Mention), (mention, NIF.anchorOf, Literal(surface)),
                        (mention, ITSRDF.taIdentRef, node)]
    return triples


def queries(pool: list[dict], weights: list[float], count: int, rng: random.Random) -> list[str]:
    out = []
    for _ in range(count):
        ent = rng.choices(pool, weights)[0]
        label = ent["label"]
        kind = rng.random()
        if kind < 0.45:
            out.append(label[: rng.randint(2, 6)].strip())  # typing a prefix
        elif kind < 0.60:
            out.append(label)
        elif kind < 0.70:
            out.append(label.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ة", "ه"))
        elif kind < 0.80:
            out.append("و" + label)
        elif kind < 0.88 and " " in label:
            a, b = label.split(" ")[:2]
            out.append(f"{a} {b[:2]}")
        elif kind < 0.95 and ent["en"]:
            out.append(ent["en"][: rng.randint(2, 8)].lower())
        else:
            out.append(label[:1])
    return out


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return (f"p50 {statistics.median(ordered) * 1000:.2f} ms  p90 {pick(0.90) * 1000:.2f} ms  "
            f"p99 {pick(0.99) * 1000:.2f} ms  max {ordered[-1] * 1000:.2f} ms")


def run(size: int, args: argparse.Namespace, folder: Path) -> None:
    rng = random.Random(args.seed)
    pool = make_pool(4 * size, rng)
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(pool))]
    path = folder / f"index-{size}.sqlite"
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    with SearchIndex(path) as index:
        for n in range(size):
            index.write_graph(f"{BASE}graph/a{n}", article(n, pool, weights, rng))
        counts = index.counts()
    wrote = time.perf_counter() - started
    print(f"\n{size:,} articles: {counts['entities']:,} entities, {counts['names']:,} names; "
          f"written in {wrote:.1f} s ({wrote / size * 1000:.2f} ms per article), "
          f"{path.stat().st_size / 1e6:.1f} MB")

    written = [(e, w) for e, w in zip(pool, weights, strict=True) if e.get("written")]
    qs = queries([e for e, _ in written], [w for _, w in written], args.queries, rng)
    with SearchIndex(path, read_only=True) as reader:
        for q in qs[:50]:  # warm the page cache
            reader.search(q)
        times, empty = [], 0
        for q in qs:
            t = time.perf_counter()
            hits = reader.search(q, limit=10)
            times.append(time.perf_counter() - t)
            empty += not hits
        print(f"  search (limit 10, {len(qs)} queries, {empty} without result): {percentiles(times)}")
        one = [q for q in qs if len(q) == 1]
        if one:
            t1 = []
            for q in one:
                t = time.perf_counter()
                reader.search(q, limit=10)
                t1.append(time.perf_counter() - t)
            print(f"  of which one-letter queries ({len(one)}): {percentiles(t1)}")

    from kg.server.app import create_app
    from kg.server.search import IndexProvider
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore()
    app = create_app(store, title="bench")
    provider = IndexProvider(store)
    provider._index = SearchIndex(path, read_only=True)
    app.extensions["kg.search"] = provider
    client = app.test_client()
    times = []
    for q in qs:
        t = time.perf_counter()
        reply = client.get("/api/suggest", query_string={"q": q})
        times.append(time.perf_counter() - t)
        assert reply.status_code == 200
    print(f"  /api/suggest (Flask test client): {percentiles(times)}")
    provider.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep", type=Path, default=None, help="Keep the index files in this folder.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-search-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in (int(s) for s in args.sizes.split(",")):
            run(size, args, folder)


if __name__ == "__main__":
    main()
