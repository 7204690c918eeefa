"""The result cap, counted while writing the negotiated format: exact, never truncating, one evaluation when small."""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest

from kg.server.jobs import QueryJob, run_query
from kg.store.oxigraph import OxigraphStore

JSON, XML, CSV, TSV = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                       "text/tab-separated-values")
ROWS = 2000


class CountingStore:
    """A store that counts how often a query is evaluated."""

    def __init__(self, store: OxigraphStore) -> None:
        self.store = store
        self.evaluations = 0

    def query(self, *args, **kwargs):
        self.evaluations += 1
        return self.store.query(*args, **kwargs)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """ROWS subjects, each with a label holding braces, `<result>` and a newline."""
    data = "\n".join(f'<https://e.example/{i}> <https://e.example/label> "x{{{i}}} <result> a\\nb" .'
                     for i in range(ROWS))
    path = tmp_path_factory.mktemp("cap") / "store"
    source = path.parent / "data.nt"
    source.write_text(data + "\n", encoding="utf-8")
    with OxigraphStore(path) as writer:
        writer.load(source)
    handle = OxigraphStore(path, read_only=True)
    yield handle
    handle.close()


def _run(store, accept: str, cap: int, limit: int = ROWS):
    counting = CountingStore(store)
    query = f"SELECT ?s ?label WHERE {{ ?s ?p ?label }} ORDER BY ?s LIMIT {limit}"
    outcome = run_query(counting, QueryJob(query, accept=accept, max_results=cap))
    return outcome, counting.evaluations


def _rows(outcome, accept: str) -> int:
    if accept == CSV:
        return len(list(csv.DictReader(io.StringIO(outcome.body.decode("utf-8")))))
    return len(list(ox.parse_query_results(outcome.body, ox.QueryResultsFormat.from_media_type(accept))))


@pytest.mark.parametrize("accept", [JSON, XML, CSV, TSV])
def test_a_result_of_exactly_the_cap_is_served_whole(store, accept):
    outcome, _ = _run(store, accept, cap=ROWS)
    assert outcome.status == 200, outcome.message
    assert _rows(outcome, accept) == ROWS


@pytest.mark.parametrize("accept", [JSON, XML, CSV, TSV])
def test_one_row_over_the_cap_is_refused(store, accept):
    outcome, _ = _run(store, accept, cap=ROWS - 1)
    assert outcome.status == 507 and outcome.headers["X-KG-Max-Results"] == str(ROWS - 1)


@pytest.mark.parametrize("accept", [JSON, XML, CSV, TSV])
def test_a_result_well_under_the_cap_is_evaluated_once(store, accept):
    outcome, evaluations = _run(store, accept, cap=100_000, limit=50)
    assert outcome.status == 200 and _rows(outcome, accept) == 50
    assert evaluations == 1


def test_exact_formats_refuse_without_evaluating_again(store):
    for accept in (XML, TSV):
        outcome, evaluations = _run(store, accept, cap=10)
        assert outcome.status == 507 and evaluations == 1


def test_json_with_more_braces_than_the_cap_but_few_enough_rows_is_counted_again_exactly(store):
    # 10 rows write 3 + 10 + 2 × 10 braces and 10 more in the labels: more than a cap of 10.
    outcome, evaluations = _run(store, JSON, cap=10, limit=10)
    assert outcome.status == 200 and _rows(outcome, JSON) == 10
    assert evaluations == 2
