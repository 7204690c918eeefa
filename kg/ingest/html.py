"""Web pages: the main text of an HTML page as the article, its title, date, outlet and URL as metadata.

A saved news page is mostly not the article: menus (often a row of country names), "most read"
lists, footers, share buttons. Ingested as text, each of those country names would become a
mention. So the article text is what trafilatura extracts as the page's main content (boilerplate
left out), and that extracted text is what `Document.text` holds and the store keeps: every NIF
offset slices it exactly, never the HTML.

Metadata, each field from the first source that has it:

1. a sidecar `NAME.json` beside `NAME.html` (`kg.ingest.meta`), for what the page gets wrong;
2. the page itself, as trafilatura reads it (`<title>`/`og:title`, `og:site_name`, the canonical
   link, the publication date from the page's markup by htmldate's strict search);
3. for the date only: htmldate's extensive search (dates in the page's text and URL), since a
   date is what resolves "اليوم الجمعة" or "أمس" to a calendar day;
4. for the URL only: the address the page was fetched from (a WARC record's target, a feed item's
   link), when the page names no absolute canonical URL of its own.

The text is NFC (as for `.txt`), and bidirectional formatting characters (RLM, LRM, embeddings,
isolates: U+200E/F, U+202A–E, U+2066–9, U+061C) are dropped from it: right-to-left pages put them
around numbers and Latin names for display, and inside a name they would split one entity into
two spellings. They are presentation, not words, and the extracted text is ours to define.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from kg.ingest.meta import BadMetadata, Metadata, read_sidecar, sidecar_path
from kg.ingest.txt import nfc, too_big
from kg.types import Document, InputError

log = logging.getLogger(__name__)

#: Bidirectional formatting characters: display hints of right-to-left markup, not text.
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
#: Runs of spaces and tabs left where markup was (newlines, which separate paragraphs, are kept).
_SPACES = re.compile(r"[ \t\u00a0]+")

#: Navigation, footers and side boxes are never the article. Trafilatura already leaves them out of
#: a page with an article; pruned first, they cannot come back through its fallback extractors on
#: a page without one (a bare menu would otherwise be "extracted" as its text).
_PRUNE = ["//nav", "//footer", "//aside", "//*[@role='navigation']", "//*[@role='contentinfo']"]

#: Trafilatura reads the page's own date markup strictly; the extensive search is our fallback.
_STRICT_DATE = {"original_date": True, "extensive_search": False}


@dataclass(frozen=True)
class Page:
    """What one HTML page gives: its main text and the metadata found in it."""

    text: str
    metadata: Metadata


class NoArticle(ValueError):
    """The page has no main text to ingest; the message says why, fit for an InputError."""


def extract_page(html: bytes | str, *, url: str | None = None) -> Page:
    """The main text and metadata of one HTML page; NoArticle if it has no article text.

    `url` is where the page was found (a WARC target, a feed link): it is the fallback URL, and
    resolves a relative canonical link. Bytes are decoded as the page declares (trafilatura
    detects the charset), so a page saved in windows-1256 reads as well as one in UTF-8.
    """
    import trafilatura

    if not html or not (html.strip() if isinstance(html, str) else html.strip()):
        raise NoArticle("empty page")
    try:
        found = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, date_extraction_params=_STRICT_DATE,
            prune_xpath=_PRUNE,
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise NoArticle(f"cannot parse the page: {type(exc).__name__}: {exc}") from None
    if found is None:
        raise NoArticle("no article text found in the page (only menus, links or boilerplate)")
    record = found if isinstance(found, dict) else found.as_dict()
    text = clean_text(record.get("text") or "")
    if not text.strip():
        raise NoArticle("no article text found in the page (only menus, links or boilerplate)")
    published = _date(record.get("date")) or _date(_extensive_date(html, url))
    return Page(text=text, metadata=Metadata(
        title=_one_line(record.get("title")),
        url=_absolute(record.get("url"), url) or _absolute(url, None),
        published=published,
        source=_one_line(record.get("sitename")),
    ))


def clean_text(text: str) -> str:
    """NFC, no bidi formatting characters, no runs of blanks; paragraphs stay one per line."""
    text = _BIDI.sub("", nfc(text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def page_document(page: Page, *, doc_id: str, origin: str, sidecar: Metadata | None = None) -> Document:
    """The Document of a page: its text, and per field the sidecar's metadata over the page's."""
    meta = page.metadata
    if sidecar is not None:
        meta = Metadata(**{key: value if value is not None else getattr(meta, key)
                           for key, value in sidecar.as_fields().items()})
    return Document(id=doc_id, text=page.text, origin=origin, **meta.as_fields())


def read_html(path: Path, *, max_bytes: int) -> Iterator[Document | InputError]:
    """Read one `.html`/`.htm` file (and its sidecar): an InputError for what cannot be used, or the Document."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(origin, too_big(size, max_bytes))
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield InputError(origin, f"cannot read file: {exc.strerror or exc}")
        return
    try:
        page = extract_page(raw)
    except NoArticle as exc:
        yield InputError(origin, str(exc))
        return
    sidecar: Metadata | None = None
    side = sidecar_path(path)
    if side.is_file():
        try:
            sidecar = read_sidecar(side)
        except BadMetadata as exc:
            yield InputError(str(side), f"{exc}; {path.name} is read with the page's own metadata")
    yield page_document(page, doc_id=path.stem, origin=origin, sidecar=sidecar)


def _extensive_date(html: bytes | str, url: str | None) -> str | None:
    import htmldate

    try:
        return htmldate.find_date(html, url=url, original_date=True, extensive_search=True)
    except Exception as exc:  # a fallback: a page it cannot read simply has no date
        log.debug("htmldate failed: %s", exc)
        return None


def _date(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _one_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(_BIDI.sub("", nfc(value)).split())
    return value or None


def _absolute(candidate: object, base: str | None) -> str | None:
    """An absolute http(s) URL, resolving a relative one against `base`; None otherwise."""
    if not isinstance(candidate, str) or not candidate.strip():
        return None
    value = candidate.strip()
    if base and not urlsplit(value).scheme:
        value = urljoin(base, value)
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc and not re.search(r"\s", value):
        return value
    return None
