"""Web archives: every HTML page in a `.warc`/`.warc.gz` file (as crawlers and the Internet Archive write).

Only `response` records with an HTTP 200 status and an HTML payload are articles; requests,
metadata, redirects and revisits are not. Each page is read as `kg.ingest.html` reads a file, with
the record's target URI as the page's address. Its id is its URL: a crawl names its pages by URL,
and a rebuilt archive that lists them in another order must give each page the same id (the
store replaces an article by id). A URL captured twice in one archive is read once, from its
first capture: later captures are the same page crawled again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from kg.ingest.html import NoArticle, extract_page, page_document
from kg.types import Document, InputError

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, *, max_bytes: int) -> Iterator[Document | InputError]:
    """Yield one Document (or InputError) per HTML page of the archive; the archive is streamed."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    seen: set[str] = set()
    try:
        with path.open("rb") as fh:
            try:
                for record in ArchiveIterator(fh, arc2warc=True):
                    found = _page(record, path, max_bytes, seen)
                    if found is not None:
                        yield found
            except ArchiveLoadFailed as exc:
                yield InputError(str(path), f"not a readable WARC archive: {' '.join(str(exc).split())}")
            except (OSError, EOFError, ValueError) as exc:  # truncated gzip, cut-off record
                yield InputError(str(path), f"archive is damaged or cut off: {exc}; the pages before it were read")
    except OSError as exc:
        yield InputError(str(path), f"cannot read file: {exc.strerror or exc}")


def _page(record, path: Path, max_bytes: int, seen: set[str]) -> Document | InputError | None:
    if record.rec_type != "response":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    origin = f"{path}[{url}]"
    http = record.http_headers
    if http is None or http.get_statuscode() != "200":
        return None
    ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in _HTML_TYPES:
        return None
    if not url:
        return InputError(f"{path}[{record.rec_headers.get_header('WARC-Record-ID')}]",
                          "HTML response record without a WARC-Target-URI; skipped")
    if url in seen:
        log.debug("%s: %s captured again; the first capture is kept", path, url)
        return None
    seen.add(url)
    raw = record.content_stream().read(max_bytes + 1)
    if len(raw) > max_bytes:
        return InputError(origin, f"page is over the limit of {max_bytes:,} bytes per article; skipped")
    if getattr(record.raw_stream, "limit", 0) > 0:  # the archive ended inside this record
        return InputError(origin, "archive is damaged or cut off inside this page's record; skipped")
    try:
        page = extract_page(raw, url=url)
    except NoArticle as exc:
        return InputError(origin, str(exc))
    return page_document(page, doc_id=url, origin=origin)
