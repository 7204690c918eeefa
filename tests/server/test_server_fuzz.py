"""Deep and wide queries of every shape never crash a worker (issue 15, probe 3).

Hypothesis builds queries from nested groups, OPTIONAL and sub-SELECTs (depth) and from
chains of operators, UNION branches, path steps, BINDs and VALUES (width), around and over
the limits. Whatever it builds, the answer is 200, 400 (over a limit, or malformed), 503
(out of time) or 507 (too many results): never 500, which is what a dead worker gives.
Bounded: 60 examples against a server with a 3 s timeout and small limits.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.server.config import ServerConfig

pytestmark = pytest.mark.fuzz

LIMITS = ServerConfig(title="fuzz", workers=2, query_timeout=3.0, max_results=100, max_nesting=200,
                      max_query_size=3_000, max_request_bytes=512 * 1024)
ALLOWED = {200, 400, 503, 507}


@pytest.fixture(scope="module")
def fuzz_client(store_path, start_server):
    return start_server(store_path, LIMITS)


def _chain(kind: str, n: int) -> str:
    if kind == "plus":
        return "FILTER(" + "+".join(["1"] * n) + " > 0)"
    if kind == "and":
        return "FILTER(" + " && ".join(["true"] * n) + ")"
    if kind == "or":
        return "FILTER(" + " || ".join(["false"] * n) + " || true)"
    if kind == "union":
        return " UNION ".join(["{ ?s ?p ?o }"] * n)
    if kind == "path":
        return "?s " + "/".join(["<http://www.w3.org/2000/01/rdf-schema#label>"] * n) + " ?o"
    if kind == "bind":
        return " ".join(f"BIND({i} AS ?v{i})" for i in range(n))
    if kind == "values":
        return "VALUES ?x { " + " ".join(f"<http://e/{i}>" for i in range(n)) + " }"
    raise AssertionError(kind)


def _wrap(kind: str, depth: int, body: str) -> str:
    if kind == "group":
        return "{ " * depth + body + " }" * depth
    if kind == "optional":
        return "{ ?s ?p ?o " + "OPTIONAL { " * depth + body + " }" * depth + " }"
    if kind == "subselect":
        return "{ SELECT * WHERE " * depth + "{ " + body + " }" + " }" * depth
    raise AssertionError(kind)


@st.composite
def queries(draw) -> str:
    chain = _chain(draw(st.sampled_from(["plus", "and", "or", "union", "path", "bind", "values"])),
                   # under, and around, the size limit
                   draw(st.one_of(st.integers(1, 1_200), st.integers(1_200, 6_000))))
    depth = draw(st.one_of(st.integers(0, 150), st.integers(150, 400)))  # under, and around, the nesting limit
    wrapped = _wrap(draw(st.sampled_from(["group", "optional", "subselect"])), depth, chain)
    form = draw(st.sampled_from(["ASK", "SELECT * WHERE", "SELECT (COUNT(*) AS ?n) WHERE"]))
    noise = draw(st.sampled_from(["", " # service in a comment", ' "service"', " }", " LIMIT"]))
    return f"{form} {{ {wrapped} }}{noise}"


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(query=queries())
def test_any_deep_or_wide_query_gets_a_known_status(fuzz_client, query):
    reply = fuzz_client.post_query("/sparql", query)
    assert reply.status in ALLOWED, (reply.status, reply.text[:300], query[:200])


def test_the_workers_survived_the_fuzzing(fuzz_client):
    reply = fuzz_client.get("/sparql", {"query": "ASK { ?s ?p ?o }"})
    assert reply.status == 200 and reply.json()["boolean"] is True
