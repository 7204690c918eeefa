"""`read_corpus`: the one entry point the rest of kg uses to turn files into Documents."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

from kg.ingest.discover import ReadStats, discover
from kg.ingest.html import read_html
from kg.ingest.jsonl import read_jsonl
from kg.ingest.txt import read_txt
from kg.ingest.warc import read_warc
from kg.types import Document, InputError

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5_000_000

#: One reader per kind of file (`kg.ingest.discover.kind_of`).
READERS = {"txt": read_txt, "jsonl": read_jsonl, "html": read_html, "warc": read_warc}


def read_corpus(
    paths: list[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stats: ReadStats | None = None,
) -> Iterator[Document | InputError]:
    """Yield every article under `paths` as a Document, and every bad file or line as an InputError.

    Errors are yielded rather than raised so one broken file never costs the rest of a run; the
    caller decides whether to print, count or fail on them. Lazy, so a large corpus is never held in
    memory. Pass a `ReadStats` to learn how many files were skipped for their extension.

    `max_bytes` bounds one article: a whole `.txt` or `.html` file, one line of a `.jsonl` file, one page
    of a WARC archive.
    A later document whose id was already used in this run is reported, not yielded: ids name the
    article's graph, and two articles in one graph would silently merge.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    stats = stats if stats is not None else ReadStats()
    first_origin: dict[str, str] = {}
    for found in discover(list(paths), stats):
        if isinstance(found, InputError):
            stats.errors += 1
            yield found
            continue
        if (bad_name := _undecodable_name(found[0])) is not None:
            stats.errors += 1
            yield bad_name
            continue
        path, kind = found
        stats.files += 1
        records: Iterator[Document | InputError] = READERS[kind](path, max_bytes=max_bytes)
        for record in records:
            if isinstance(record, Document):
                earlier = first_origin.setdefault(record.id, record.origin)
                if earlier != record.origin:
                    record = InputError(
                        record.origin,
                        f"duplicate id {record.id!r}, already used by {earlier}; "
                        "rename the file or give the article a unique id",
                    )
            if isinstance(record, InputError):
                stats.errors += 1
            else:
                stats.documents += 1
            yield record
    if stats.skipped:
        log.debug("skipped %d file(s) of a kind we do not read", len(stats.skipped))


def _undecodable_name(path: Path) -> InputError | None:
    """An InputError for a file whose name is not valid UTF-8, else None.

    Python hands such names over with surrogate escapes (b"\\xff.txt" -> "\\udcff.txt"); the
    file stem is the article's id, and hashing it for the article IRI (UTF-8) raised
    UnicodeEncodeError. Found while fuzzing file names (tests/ingest/test_ingest_fuzz.py).
    """
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        return InputError(shown, "the file name is not valid UTF-8 and it names the article; rename the file")
    return None

