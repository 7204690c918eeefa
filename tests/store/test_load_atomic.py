"""`kg load` is one transaction over all its files: the old store or the new one, never a mix.

Probes 1 and 2 of issue 15: SIGKILL during `kg load --replace` left an empty store, and a bad
second file left the first one loaded (and the rest of the store gone with `--replace`).
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import open_store
from kg.store import switch as store_switch

ROOT = Path(__file__).resolve().parents[2]
KG = [sys.executable, "-m", "kg.cli"]
OLD_GRAPH = "https://kg.example.org/graph/old"
NEW_GRAPH = "https://kg.example.org/graph/new"


def kg(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=ROOT, timeout=300, **kwargs)


def write_nq(path: Path, graph: str, count: int, *, start: int = 0) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for i in range(start, start + count):
            out.write(f'<https://kg.example.org/entity/e{i}> <http://www.w3.org/2000/01/rdf-schema#label> '
                      f'"كيان رقم {i} — a label long enough to make the file weigh a few megabytes"@ar <{graph}> .\n')
    return path


def make_store(path: Path, count: int = 500) -> Path:
    data = write_nq(path.parent / f"{path.name}-seed.nq", OLD_GRAPH, count)
    with open_store(path) as store:
        store.load(data)
    return path


def contents(path: Path) -> tuple[int, list[str]]:
    with open_store(path, read_only=True) as store:
        return len(store), store.graphs()


def dump(path: Path) -> bytes:
    proc = kg("dump", "--store", str(path), "--format", "nq")
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.encode("utf-8")


# Issue 15, probe 2: `kg load --replace good.ttl bad.ttl` applied the replace to the first file.
def test_a_bad_second_file_leaves_the_store_byte_identical(tmp_path):
    store = make_store(tmp_path / "kg")
    good = write_nq(tmp_path / "good.nq", NEW_GRAPH, 200)
    bad = tmp_path / "bad.ttl"
    bad.write_text('<https://kg.example.org/a> <https://kg.example.org/b> "ok" .\n<x> <y> .\n', encoding="utf-8")
    before = dump(store)
    for extra in ([], ["--replace"]):
        proc = kg("load", "--store", str(store), str(good), str(bad), *extra)
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
        assert str(bad) in proc.stderr and "nothing was loaded" in proc.stderr
        assert dump(store) == before


def test_all_files_load_together_with_and_without_replace(tmp_path):
    store = make_store(tmp_path / "kg", 10)
    a = write_nq(tmp_path / "a.nq", NEW_GRAPH, 5)
    b = write_nq(tmp_path / "b.nq", NEW_GRAPH, 5, start=5)
    with open_store(store) as writer:
        writer.load_files([a, b])
        assert len(writer) == 20
        writer.load_files([a, b], replace=True)
        assert len(writer) == 10 and writer.graphs() == [NEW_GRAPH]
    assert contents(store) == (10, [NEW_GRAPH])
    assert not list((store / "kg-snapshots").glob(f"{store_switch.STAGING_PREFIX}*"))


def test_readers_see_the_old_store_until_the_switch(tmp_path):
    store = make_store(tmp_path / "kg", 10)
    data = write_nq(tmp_path / "new.nq", NEW_GRAPH, 30)
    with open_store(store) as writer, open_store(store, read_only=True, refresh_interval=0) as reader:
        assert len(reader) == 10
        writer.load_files([data], replace=True)
        reader.refresh()
        assert len(reader) == 30 and reader.graphs() == [NEW_GRAPH]


def test_a_switch_killed_after_its_commit_point_is_finished_by_the_next_open(tmp_path, monkeypatch):
    store = make_store(tmp_path / "kg", 10)
    snapshots = store / "kg-snapshots"
    staging = store_switch.staging_path(snapshots, 1)
    staged = ox.Store(str(staging))
    staged.bulk_load(write_nq(tmp_path / "new.nq", NEW_GRAPH, 30).read_bytes(), ox.RdfFormat.N_QUADS)
    del staged
    real_replace, moves = os.replace, []

    def dying_replace(src, dst):  # the process "dies" at its third move into the store
        if Path(dst).parent == store:
            moves.append(dst)
            if len(moves) == 3:
                raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        store_switch.commit(store, snapshots, staging)
    monkeypatch.undo()
    assert store_switch.committed(snapshots) and len(moves) == 3
    assert contents(store) == (30, [NEW_GRAPH])  # the reader finished the switch, then published
    assert not store_switch.committed(snapshots) and not staging.exists()
    with open_store(store) as writer:
        assert len(writer) == 30


def test_a_failed_commit_before_its_commit_point_keeps_the_old_store(tmp_path, monkeypatch):
    store = make_store(tmp_path / "kg", 10)
    data = write_nq(tmp_path / "new.nq", NEW_GRAPH, 30)

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with open_store(store) as writer:
        monkeypatch.setattr(store_switch.json, "dump", no_space)  # the marker cannot be written
        with pytest.raises(OSError, match="No space"):
            writer.load_files([data], replace=True)
        monkeypatch.undo()
        assert (len(writer), writer.graphs()) == (10, [OLD_GRAPH])
        writer.load_files([data])  # and the handle still works
        assert len(writer) == 40
    assert not list((store / "kg-snapshots").glob(f"{store_switch.STAGING_PREFIX}*"))


def _no_bigger_files(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_write_error_during_the_load_leaves_the_old_store(tmp_path):
    # A disk that fills up: every file this `kg load` writes stops at 256 KiB (RLIMIT_FSIZE).
    store = make_store(tmp_path / "kg")
    big = write_nq(tmp_path / "big.nq", NEW_GRAPH, 40_000)
    before = dump(store)
    proc = subprocess.run([*KG, "load", "--store", str(store), "--replace", str(big)], capture_output=True,
                          text=True, cwd=ROOT, timeout=300, preexec_fn=_no_bigger_files(256 * 1024))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "File too large" in proc.stderr and "Errno" not in proc.stderr
    assert dump(store) == before
    assert contents(store) == (500, [OLD_GRAPH])


# Issue 15, probe 1: SIGKILL during `kg load --replace` left the store empty.
def test_sigkill_at_random_moments_leaves_the_old_or_the_new_quad_set(tmp_path):
    pristine = make_store(tmp_path / "pristine")
    data = write_nq(tmp_path / "big.nq", NEW_GRAPH, 40_000)
    assert data.stat().st_size > 4_000_000
    # One complete load tells how long a load takes here, and what "new" is.
    full = tmp_path / "full"
    shutil.copytree(pristine, full)
    started = time.monotonic()
    assert kg("load", "--store", str(full), "--replace", str(data)).returncode == 0
    duration = time.monotonic() - started
    old, new_replaced, new_added = (500, [OLD_GRAPH]), (40_000, [NEW_GRAPH]), (40_500, [NEW_GRAPH, OLD_GRAPH])
    rng = random.Random(15)
    outcomes: list[str] = []
    for i in range(8):
        replace = i % 2 == 0
        target = tmp_path / f"kill{i}"
        shutil.copytree(pristine, target)
        proc = subprocess.Popen([*KG, "load", "--store", str(target), str(data), *(["--replace"] if replace else [])],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.1, duration * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        state = contents(target)
        assert state in (old, new_replaced if replace else new_added), (i, replace, state)
        outcomes.append("old" if state == old else "new")
        with open_store(target) as writer:  # and a writer opens it too
            assert (len(writer), writer.graphs()) == state
        assert not list((target / "kg-snapshots").glob(f"{store_switch.STAGING_PREFIX}*"))  # debris collected
        shutil.rmtree(target)
    print("SIGKILL outcomes:", outcomes)


def test_a_checkpoint_a_killed_load_left_half_made_is_an_orphan_too(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    name = f"{store_switch.STAGING_PREFIX}1796542753961638522-{dead.pid}"
    assert store_switch.is_orphan(tmp_path, name)
    assert store_switch.is_orphan(tmp_path, name + ".tmp")  # RocksDB's checkpoint in the making
