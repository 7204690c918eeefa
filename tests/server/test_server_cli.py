"""`kg serve` as users run it: options reach the server, and stopping it stops its workers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import urlopen

import pytest

from kg.store.oxigraph import OxigraphStore

REPO = Path(__file__).resolve().parents[2]
KG = [sys.executable, "-m", "kg.cli"]


def _children(pid: int) -> set[int]:
    """Processes whose parent is `pid` (Linux /proc)."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead too
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture
def store(tmp_path) -> Path:
    path = tmp_path / "kg"
    OxigraphStore(path).close()
    return path


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_kg_serve_options_and_sigterm_stops_the_workers(store):
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1", KG_TOKEN="cli-secret")
    cmd = [*KG, "serve", "--store", str(store), "--port", "0", "--workers", "2", "--query-timeout", "5",
           "--max-results", "7", "--enable-update", "--cors", "*"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert "serving" in line, line + (proc.stderr.read() if proc.poll() is not None else "")
        summary = proc.stdout.readline()
        assert "query timeout 5 s" in summary and "2 query workers" in summary and "max 7 results" in summary
        assert "updates ON" in summary and "CORS for *" in summary
        base = line.split(" at ")[1].split()[0]
        with urlopen(f"{base}sparql?" + urlencode({"query": "ASK {}"}), timeout=30) as resp:
            assert json.load(resp)["boolean"] is True
        with pytest.raises(HTTPError) as refused:  # no token
            urlopen(f"{base}update", data=b"update=CLEAR+ALL", timeout=30)
        assert refused.value.code == 401
        workers = _children(proc.pid)
        assert len(workers) >= 3  # two readers and the writer
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers):
        assert time.monotonic() < deadline, "worker processes outlived the server"
        time.sleep(0.1)


def test_enable_update_without_a_token_refuses_to_start(store):
    env = {k: v for k, v in os.environ.items() if k != "KG_TOKEN"}
    env["PYTHONPATH"] = str(REPO)
    result = subprocess.run([*KG, "serve", "--store", str(store), "--port", "0", "--enable-update"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode != 0 and "KG_TOKEN" in result.stderr


def test_allow_service_takes_urls(store):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run([*KG, "serve", "--store", str(store), "--port", "0", "--allow-service", "ftp://x"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode != 0 and "http(s) URLs" in result.stderr
