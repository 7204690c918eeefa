"""`serve()` in its own process, reading a store another process is writing; and the dump pump."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import urlopen

import rdflib

from kg.server.dumps import iter_stream
from kg.store.oxigraph import OxigraphStore

REPO = Path(__file__).resolve().parents[2]


def _count(base: str) -> int:
    query = urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    with urlopen(f"{base}sparql?{query}", timeout=30) as resp:
        return int(json.load(resp)["results"]["bindings"][0]["n"]["value"])


def test_serve_process_follows_a_writer(tmp_path):
    path = tmp_path / "kg"
    writer = OxigraphStore(path, publish_interval=3600)
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
    code = f"from kg.server.serve import serve; serve({str(path)!r}, port=0, threads=2)"
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        line = proc.stdout.readline()
        assert "serving" in line, line + proc.stderr.read() if proc.poll() is not None else line
        base = line.split(" at ")[1].split()[0]
        assert base.startswith("http://127.0.0.1:") and base.endswith("/")
        assert _count(base) == 0

        g = rdflib.Graph()
        g.add(
            (
                rdflib.URIRef("https://kg.example.org/entity/place/cairo"),
                rdflib.RDFS.label,
                rdflib.Literal("القاهرة", lang="ar"),
            )
        )
        writer.replace_graph("https://kg.example.org/graph/a1", g)
        writer.publish()
        deadline = time.monotonic() + 10
        while _count(base) != 1:  # the server refreshes at most once a second
            assert time.monotonic() < deadline, "the server never saw the published snapshot"
            time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        writer.close()


def test_iter_stream_stops_the_producer_when_the_client_leaves():
    finished = threading.Event()
    failure: list[BaseException] = []

    def produce(stream) -> None:
        try:
            for _ in range(100_000):
                stream.write(b"x" * 1000)
        except BaseException as exc:
            failure.append(exc)
            raise
        finally:
            finished.set()

    chunks = iter_stream(produce, chunk_size=4096, max_chunks=2)
    assert next(chunks).startswith(b"x")
    chunks.close()  # what the WSGI server does when the client disconnects
    assert finished.wait(5)
    assert failure and isinstance(failure[0], BrokenPipeError)


def test_iter_stream_passes_errors_on():
    def produce(stream) -> None:
        stream.write(b"partial")
        raise OSError("disk on fire")

    chunks = iter_stream(produce)
    got = b""
    try:
        for chunk in chunks:
            got += chunk
    except OSError as exc:
        assert "disk on fire" in str(exc)
    else:
        raise AssertionError("the producer's error was swallowed")
    assert got == b"partial"
