"""`kg watch` beside `kg serve`: a file dropped into the folder is answered by the server within seconds."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg.cli"]
# Composed sentences.
FIRST = "التقى وزير الخارجية الأردني نظيره المصري في القاهرة اليوم الثلاثاء.\n"
LATER = "افتتح وزير الثقافة المغربي معرض الكتاب الدولي في الرباط.\n"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ids(port: int) -> set[str] | None:
    query = "SELECT ?id WHERE { ?a <https://w3id.org/kg-ar/ontology#articleId> ?id }"
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": query})
    try:
        with urllib.request.urlopen(urllib.request.Request(
                url, headers={"Accept": "application/sparql-results+json"}), timeout=10) as resp:
            return {b["id"]["value"] for b in json.load(resp)["results"]["bindings"]}
    except OSError:
        return None


def _wait_for_line(proc: subprocess.Popen, needle: str, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    seen = []
    while time.monotonic() < deadline:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        if not line and proc.poll() is not None:
            break
        seen.append(line)
        if needle in line:
            return line
    raise AssertionError(f"no {needle!r} from kg watch: {''.join(seen)}")


def test_a_file_dropped_into_the_watched_folder_is_served_within_seconds(tmp_path):
    folder, store = tmp_path / "news", tmp_path / "kg"
    folder.mkdir()
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    watcher = subprocess.Popen([*KG, "watch", str(folder), "--store", str(store), "--debounce", "100"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    server = None
    try:
        _wait_for_line(watcher, "initial sync", 300)
        port = _free_port()
        server = subprocess.Popen([*KG, "serve", "--store", str(store), "--port", str(port)], cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while (ids := _ids(port)) is None and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.3)
        assert ids == {"first"}
        (folder / "later.txt").write_text(LATER, encoding="utf-8")
        arrived = time.monotonic()
        while "later" not in (_ids(port) or set()) and time.monotonic() - arrived < 60:
            time.sleep(0.2)
        latency = time.monotonic() - arrived
        assert "later" in (_ids(port) or set()), "the server never saw the new article"
        assert latency < 30, latency  # seconds: the article's NLP, a publish, the server's refresh
        (folder / "first.txt").unlink()
        gone = time.monotonic()
        while "first" in (_ids(port) or {"first"}) and time.monotonic() - gone < 30:
            time.sleep(0.2)
        assert _ids(port) == {"later"}
    finally:
        for proc in (server, watcher):
            if proc is not None:
                proc.send_signal(signal.SIGTERM)
        if server is not None:
            server.wait(timeout=30)
        watcher.wait(timeout=60)
    assert watcher.returncode == 0
