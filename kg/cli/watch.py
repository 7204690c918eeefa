"""`kg watch DIR`: keep the store in step with a folder (`kg.build.watch`), beside `kg serve`."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import click

from kg.cli.app import DEFAULT_BASE, _check_base, _open, _shown, main, store_option


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@store_option
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, callback=_check_base,
              help="Base for minted IRIs. Env: KG_BASE_IRI.")
@click.option("--max-bytes", default=5_000_000, show_default=True, help="Skip input files larger than this.")
@click.option("--debounce", "debounce_ms", type=click.IntRange(10), default=300, show_default=True,
              help="Milliseconds of quiet before a burst of file changes is built.")
@click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True,
              help="Articles tagged in one Stanza call.")
def watch(folder: Path, store_location: str, base_iri: str, max_bytes: int, debounce_ms: int,
          batch_size: int) -> None:
    """Build FOLDER into the store, then keep following it until interrupted.

    New and changed files (.txt, .html, .jsonl, .warc, and sidecars .json) are built as they
    settle; deleted files' articles are removed. Each burst is published at once, so `kg serve`
    on the same store answers with it within about a second. A store grown past twice its size
    at the last compaction is compacted between rounds, as `kg build` does. Ctrl-C (or SIGTERM) stops after the
    current round; a second Ctrl-C stops at once.
    """
    from kg.build.watch import Watcher
    from kg.cli.store import _compact_new
    from kg.ops.compact import compact_after_build, is_new_store
    from kg.rdf.iris import Iris

    stop = threading.Event()

    def stop_after_this_round(signum, frame) -> None:  # a second Ctrl-C interrupts at once
        stop.set()
        signal.signal(signum, signal.default_int_handler)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop_after_this_round)
    created = is_new_store(store_location)
    store = _open(store_location, create=True)
    shown = _shown(store_location)

    def maintain(initial: bool, report) -> None:
        # As a build: a store the first sync created with 100+ articles is compacted, and so is
        # one grown past twice its size at the last compaction (geometric, so flat per article).
        _compact_new(store, created=created and initial, added=report.added, quiet=False, run=compact_after_build)

    watcher = Watcher(folder, store, iris=Iris(base_iri), max_bytes=max_bytes, debounce_ms=debounce_ms,
                      build_options={"batch_size": batch_size},
                      on_round=lambda r: click.echo(f"{shown}: {r.summary()}"),
                      on_error=lambda e: click.echo(f"error: {e}", err=True), maintain=maintain)
    try:
        click.echo(f"{shown}: watching {folder} (Ctrl-C to stop)")
        watcher.run(stop)
    finally:
        store.close()
