"""Reader leases: a shared flock that keeps a snapshot folder from being deleted under a reader."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kg.store import leases

pytestmark = pytest.mark.skipif(not leases.AVAILABLE, reason="no fcntl.flock on this system")


@pytest.fixture
def snapshot(tmp_path):
    path = tmp_path / "00000000000000000001"
    path.mkdir()
    leases.create(path)
    return path


def test_a_leased_snapshot_cannot_be_taken_exclusively(snapshot):
    lease = leases.Lease.acquire(snapshot)
    assert lease is not None and lease.held
    with leases.exclusive(snapshot) as free:
        assert not free
    lease.release()
    with leases.exclusive(snapshot) as free:
        assert free


def test_readers_share(snapshot):
    first, second = leases.Lease.acquire(snapshot), leases.Lease.acquire(snapshot)
    assert first is not None and second is not None
    first.release()
    with leases.exclusive(snapshot) as free:
        assert not free  # the second reader still holds it


def test_dropping_the_last_reference_releases(snapshot):
    lease = leases.Lease.acquire(snapshot)
    del lease
    with leases.exclusive(snapshot) as free:
        assert free


def test_no_lease_while_a_writer_is_deleting(snapshot):
    with leases.exclusive(snapshot) as free:
        assert free
        assert leases.Lease.acquire(snapshot) is None


def test_no_lease_on_a_snapshot_deleted_between_open_and_lock(snapshot, monkeypatch):
    # The lease file was opened, then the writer deleted folder and lease and let go: the
    # lock we then get is on an unlinked file and must not count.
    real_flock = leases.fcntl.flock

    def delete_first(fd, op):
        os.rmdir(snapshot)
        os.unlink(leases.lease_path(snapshot))
        monkeypatch.setattr(leases.fcntl, "flock", real_flock)
        return real_flock(fd, op)

    monkeypatch.setattr(leases.fcntl, "flock", delete_first)
    assert leases.Lease.acquire(snapshot) is None


def test_a_snapshot_without_a_lease_file(tmp_path):
    old = tmp_path / "00000000000000000002"
    old.mkdir()
    assert leases.Lease.acquire(old) is None and not leases.has_lease(old)
    with leases.exclusive(old) as free:
        assert not free


def test_a_killed_reader_holds_nothing(snapshot):
    code = (
        "import os, sys, pathlib\n"
        "from kg.store import leases\n"
        "lease = leases.Lease.acquire(pathlib.Path(sys.argv[1]))\n"
        "print(lease is not None, flush=True)\n"
        "sys.stdin.readline()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(snapshot)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)))
    try:
        assert proc.stdout.readline().strip() == "True"
        with leases.exclusive(snapshot) as free:
            assert not free
    finally:
        proc.kill()
        proc.wait(timeout=30)
    with leases.exclusive(snapshot) as free:
        assert free
