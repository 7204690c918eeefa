"""A killed `kg load` leaves a staging database; the next publisher must recognise it as debris."""

from __future__ import annotations

import subprocess
import sys

from kg.store import switch


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_dead_loaders_staging_folder_is_an_orphan(tmp_path):
    assert switch.is_orphan(tmp_path, f"{switch.STAGING_PREFIX}1700-{_dead_pid()}")


def test_a_checkpoint_cut_short_inside_the_staging_folder_is_an_orphan_too(tmp_path):
    # RocksDB writes a checkpoint into `<target>.tmp` and renames it at the end.
    assert switch.is_orphan(tmp_path, f"{switch.STAGING_PREFIX}1700-{_dead_pid()}.tmp")


def test_a_live_loaders_staging_folder_is_not(tmp_path):
    assert not switch.is_orphan(tmp_path, f"{switch.STAGING_PREFIX}1700-{1}")  # pid 1 is alive
    assert not switch.is_orphan(tmp_path, "snapshot-1700")
