"""Latency of the map, timeline and graph endpoints and of an entity page, on synthetic stores.

    python benchmarks/views.py [--sizes 1000,10000] [--repeat 9] [--seed 6]

Each store is written by kg's own RDF stage (`article_triples` + `facts_triples`, no NLP): every
article names two KB persons and a KB city, with one meeting between them there (a third of
the meetings repeat an earlier one, so events merge across articles as in real news). The
busiest person's page is timed with and without its extra sections (`page_extras`: statements,
which views apply), the latter as the baseline in the same run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta

from kg.extract.facts import Facts, Meeting, Ref, When
from kg.link.resources import Resources
from kg.rdf.article import article_triples
from kg.rdf.facts import facts_triples
from kg.rdf.iris import Iris
from kg.server.app import close_app, create_app
from kg.server.explore.routes import page_extras
from kg.server.linked_data.reads import LinkedData
from kg.store.oxigraph import OxigraphStore
from kg.types import AnnotatedDocument, Document, Entity, LinkedDocument, Mention, RunInfo, Sentence

RUN = RunInfo(tool_version="bench", model="bench", started="2026-01-01T00:00:00+00:00")


def build(n: int, seed: int) -> tuple[OxigraphStore, str]:
    """A store of `n` synthetic articles; returns it and the most mentioned person's IRI."""
    rng = random.Random(seed)
    resources = Resources.default()
    kb = resources.kb
    persons = [e for e in kb.entries if e.kind == "Person" and e.labels_ar][:200]
    cities = [e for e in kb.entries if e.kind == "City" and e.lat is not None and e.labels_ar][:100]
    iris = Iris()
    store = OxigraphStore()
    earlier: list[tuple[int, int, int, date]] = []
    for k in range(n):
        if earlier and rng.random() < 1 / 3:
            a, b, c, day = rng.choice(earlier)
        else:
            a, b = rng.sample(range(len(persons)), 2)
            a = min(a, int(rng.paretovariate(1.2)) % len(persons))  # a few people meet a lot
            b = b if b != a else (a + 1) % len(persons)
            c = rng.randrange(len(cities))
            day = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
            earlier.append((a, b, c, day))
        pa, pb, pc = persons[a], persons[b], cities[c]
        ea = Entity.of_kb(pa.id, "Person", pa.labels_ar[0])
        eb = Entity.of_kb(pb.id, "Person", pb.labels_ar[0])
        ec = Entity.of_kb(pc.id, "City", pc.labels_ar[0])
        text = f"التقى {ea.label} مع {eb.label} في {ec.label} لبحث العلاقات."
        doc = Document(id=f"b{k}", text=text, origin="bench", title=f"لقاء {k}", published=day, source="bench")
        mentions, entities = [], []
        for entity in (ea, eb, ec):
            start = text.index(entity.label)
            mentions.append(Mention(start, start + len(entity.label), entity.label, entity.label,
                                    "LOC" if entity.kind == "City" else "PER", 0.9, 0))
            entities.append(entity)
        linked = LinkedDocument(
            AnnotatedDocument(doc, (Sentence(0, 0, len(text)),), (), tuple(mentions), "bench"), tuple(entities)
        )
        when = When("", iso=day.isoformat(), precision="day")
        key = "|".join(["meeting", *sorted((ea.key, eb.key)), day.isoformat()])
        meeting = Meeting((Ref(ea, 0), Ref(eb, 1)), "meeting", "held", "040", (0,), key, Ref(ec, 2), when)
        graph = article_triples(linked, RUN, iris, kb)
        graph += facts_triples(linked, Facts(meetings=(meeting,)), iris, resources=resources)
        store.replace_graph(str(iris.article_graph_iri(doc)), graph.graph())
    busiest = next(iter(store.query(
        "SELECT ?p (COUNT(*) AS ?n) WHERE { ?m <https://w3id.org/kg-ar/ontology#participant> ?p } "
        "GROUP BY ?p ORDER BY DESC(?n) LIMIT 1"
    )))["p"].value
    return store, busiest


def timed(call, repeat: int) -> float:
    """Median milliseconds of `repeat` calls (after one warm-up)."""
    call()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    for n in (int(x) for x in args.sizes.split(",")):
        measure(n, args.seed, args.repeat)


def measure(n: int, seed: int, repeat: int) -> None:
    """Build a store of `n` articles and print the median latency of each endpoint."""
    started = time.perf_counter()
    store, person = build(n, seed)
    print(f"{n} articles (built in {time.perf_counter() - started:.0f} s); busiest person {person}")
    app = create_app(store)
    client = app.test_client()
    ld = LinkedData(store, "https://kg.example.org/")
    page_path = "/page/" + person.split("/", 3)[3]
    rows = [
        ("GET /api/map", lambda: client.get("/api/map")),
        ("GET /api/timeline", lambda: client.get("/api/timeline")),
        ("GET /api/map?entity=", lambda: client.get("/api/map?entity=" + person)),
        ("GET /api/timeline?entity=", lambda: client.get("/api/timeline?entity=" + person)),
        ("GET /api/graph?entity=", lambda: client.get("/api/graph?entity=" + person)),
        ("GET the person's page", lambda: client.get(page_path)),
        ("  its generic read (baseline)", lambda: ld.page(person)),
        ("  its extra sections", lambda: page_extras(ld, person, "entity")),
    ]
    for name, call in rows:
        print(f"  {name:32} {timed(call, repeat):8.1f} ms")
    close_app(app)
    store.close()


if __name__ == "__main__":
    main()
