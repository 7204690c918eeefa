"""RSS and Atom feeds: each new item is an article, from the text in the feed or, asked to, its page.

News sites announce what they publish in feeds; reading one every few minutes is how a desk keeps
up. An item is identified by its GUID (`<guid>`, Atom `<id>`), else its link: that is its
`Document.id`, and its link is its URL, so an item seen again (in the next poll of the feed, or
in the feed of another section) is recognised as stored and skipped before any work, and without
fetching anything (`is_stored`, given by the caller that holds the store).

The article text is, by default, the text the feed carries (`content:encoded` or Atom content if
there, else the summary), with its markup removed. Feeds often carry only a teaser, so with a
`Fetcher` (the `--fetch` opt-in) each new item's page is fetched politely and its main text
extracted as for a saved page (`kg.ingest.html`); the item's own title, date and link then take
precedence over the page's, as a sidecar does, so the stored URL is the one the feed names.
Metadata: title, link, the item's publication (else update) date, and the feed's title as outlet.

The feed itself is read from a file, or from a URL through the Fetcher (a feed named by URL is
an explicit request for that one URL; revalidated with If-None-Match/If-Modified-Since).
feedparser is always handed bytes, never a URL: it would otherwise fetch on its own.
"""

from __future__ import annotations

import contextlib
import email.utils
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from kg.ingest.fetch import Fetcher, FetchError
from kg.ingest.html import NoArticle, clean_text, extract_page, page_document
from kg.ingest.meta import Metadata
from kg.types import Document, InputError

log = logging.getLogger(__name__)


@dataclass
class FeedStats:
    """Counts for one feed, filled in as `read_feed` is consumed."""

    items: int = 0
    stored: int = 0  # skipped: already in the store
    fetched: int = 0  # pages fetched (not from the cache)


def is_url(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")


def read_feed(source: str, *, is_stored: Callable[[str], bool] = lambda key: False,
              fetcher: Fetcher | None = None, fetch_pages: bool = False, max_bytes: int = 5_000_000,
              stats: FeedStats | None = None) -> Iterator[Document | InputError]:
    """Yield one Document (or InputError) per new item of the feed at `source` (a URL or a file).

    `fetcher` is needed for a feed given by URL, and for `fetch_pages` (the items' pages).
    """
    import feedparser

    stats = stats if stats is not None else FeedStats()
    if fetch_pages and fetcher is None:
        raise ValueError("fetch_pages needs a fetcher")
    try:
        raw, content_type, base = _feed_bytes(source, fetcher, max_bytes)
    except (OSError, FetchError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        yield InputError(source, f"cannot read the feed: {reason}")
        return
    headers = {"content-type": content_type} if content_type else {}
    if base:  # relative links resolve against the feed's URL (a file has none to offer)
        headers["content-location"] = base
    parsed = feedparser.parse(raw, response_headers=headers)
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        why = parsed.get("bozo_exception")
        yield InputError(source, f"not an RSS or Atom feed{f' ({why})' if why else ''}")
        return
    outlet = _line(parsed.feed.get("title"))
    seen: set[str] = set()
    for number, entry in enumerate(parsed.entries, 1):
        stats.items += 1
        link = _absolute(entry.get("link"))
        key = _line(entry.get("id")) or link
        origin = f"{source}#item{number}"
        if key is None:
            yield InputError(origin, "item has neither a GUID nor a link; skipped")
            continue
        if key in seen or (link is not None and link in seen):
            continue  # the same item twice in one feed (feeds that merge sections do this)
        seen.update(k for k in (key, link) if k)
        if is_stored(key) or (link is not None and link != key and is_stored(link)):
            stats.stored += 1
            continue
        meta = Metadata(title=_line(entry.get("title")), url=link, published=_published(entry),
                        source=outlet)
        if fetch_pages:
            yield _from_page(key, link, meta, origin, fetcher, stats)  # type: ignore[arg-type]
        else:
            yield _from_feed(key, entry, meta, origin)


def _feed_bytes(source: str, fetcher: Fetcher | None, max_bytes: int) -> tuple[bytes, str, str]:
    if is_url(source):
        if fetcher is None:
            raise FetchError("a feed given by URL needs network access")
        response = fetcher.get(source, revalidate=True)
        return response.body, response.content_type, response.url
    path = Path(source)
    size = path.stat().st_size
    if size > max_bytes:
        raise OSError(f"file is {size:,} bytes, over the limit of {max_bytes:,}")
    return path.read_bytes(), "", ""


def _from_feed(key: str, entry, meta: Metadata, origin: str) -> Document | InputError:
    body = ""
    for content in entry.get("content") or []:
        if content.get("value"):
            body = content["value"]
            break
    body = body or entry.get("summary") or ""
    text = fragment_text(body)
    if not text:
        return InputError(origin, "item has no text in the feed (give --fetch to read its page)")
    return Document(id=key, text=text, origin=origin, **meta.as_fields())


def _from_page(key: str, link: str | None, meta: Metadata, origin: str, fetcher: Fetcher,
               stats: FeedStats) -> Document | InputError:
    if link is None:
        return InputError(origin, "item has no link to fetch its page from")
    try:
        response = fetcher.get(link)
        stats.fetched += not response.from_cache
        page = extract_page(response.body, url=response.url)
    except (FetchError, NoArticle) as exc:
        return InputError(f"{origin} ({link})", str(exc))
    return page_document(page, doc_id=key, origin=origin, sidecar=meta)


def fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed's summary or content): block elements and `<br>` end lines."""
    import lxml.html

    if not html.strip():
        return ""
    if "<" not in html:
        return clean_text(html)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises ParserError, ValueError… on junk
        return clean_text(html)
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for element in root.iter():
        if element.tag in ("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"):
            element.tail = "\n" + (element.tail or "")
    return clean_text(root.text_content())


def _published(entry) -> date | None:
    """The item's calendar date in its own time zone, as a sidecar's datetime is read.

    feedparser's `*_parsed` values are normalised to UTC, which moves an item published at
    01:00 in Riyadh (UTC+3) to the day before; the date as written is the outlet's day.
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            with contextlib.suppress(TypeError, ValueError, IndexError):
                return email.utils.parsedate_to_datetime(raw.strip()).date()  # RSS: RFC 822
            with contextlib.suppress(ValueError):
                return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()  # Atom: RFC 3339
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(clean_text(value).split())
    return value or None


def _absolute(value: object) -> str | None:
    if isinstance(value, str) and is_url(value.strip()) and urlsplit(value.strip()).netloc:
        return value.strip()
    return None
