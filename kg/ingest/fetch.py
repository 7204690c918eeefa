"""A polite HTTP fetcher for feeds and the pages they link: the only network access of ingest.

Used only when the user asks for it (`kg build --feed URL`, or `--fetch` for the items' pages),
as `kg link --online` is the only network access of linking. Polite, as a crawler must be to the
news sites it reads:

* every request names kg in its User-Agent, so a site can tell who calls;
* `robots.txt` is read once per site and honoured for that User-Agent (a site whose robots.txt
  cannot be read because the site fails, 5xx or no answer, is not fetched from, as RFC 9309 says;
  one without a robots.txt, 404, allows all);
* requests to one site are spaced by `interval` seconds (and by the site's Crawl-delay if larger);
* responses are cached on disk by URL: a page already fetched is never fetched again, and a feed
  is asked for again with If-None-Match/If-Modified-Since, so an unchanged feed costs a 304.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import urllib.robotparser
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kg import __version__

USER_AGENT = f"kg/{__version__} (Arabic news knowledge graph builder)"
#: The token a robots.txt group names to address kg.
ROBOTS_AGENT = "kg"


class FetchError(Exception):
    """A URL that could not be fetched; the message is the reason, fit for an InputError."""


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    body: bytes
    content_type: str
    from_cache: bool


class Fetcher:
    """GET with a kg User-Agent, robots.txt, a per-site interval and an on-disk cache."""

    def __init__(self, cache_dir: Path, *, interval: float = 1.0, timeout: float = 20.0,
                 max_bytes: int = 5_000_000, user_agent: str = USER_AGENT) -> None:
        import requests

        self.cache_dir = Path(cache_dir)
        self.interval = interval
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self.requests = 0  # made over the network (robots.txt included)

    def get(self, url: str, *, revalidate: bool = False) -> Response:
        """The body at `url`: from the cache if there (asked again, conditionally, if `revalidate`)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(f"not an http(s) URL: {url!r}")
        cached = self._cached(url)
        if cached is not None and not revalidate:
            return cached[0]
        if not self.allowed(url):
            raise FetchError(f"robots.txt of {parts.netloc} disallows {ROBOTS_AGENT} from fetching it")
        headers = {}
        if cached is not None:
            if etag := cached[1].get("etag"):
                headers["If-None-Match"] = etag
            if modified := cached[1].get("last_modified"):
                headers["If-Modified-Since"] = modified
        reply = self._request(url, headers)
        if reply.status_code == 304 and cached is not None:
            return cached[0]
        if reply.status_code != 200:
            raise FetchError(f"HTTP {reply.status_code} {reply.reason or ''}".strip())
        body = self._body(reply)
        response = Response(reply.url, body, reply.headers.get("Content-Type", ""), from_cache=False)
        self._store(url, response, reply.headers.get("ETag"), reply.headers.get("Last-Modified"))
        return response

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets kg fetch `url` (read once per site)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._read_robots(site)
        robots = self._robots[site]
        return robots is not None and robots.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, site: str) -> urllib.robotparser.RobotFileParser | None:
        robots = urllib.robotparser.RobotFileParser(f"{site}/robots.txt")
        try:
            reply = self._request(f"{site}/robots.txt", {})
        except FetchError:
            return None  # unreachable: assume disallowed
        if reply.status_code >= 500:
            return None
        if reply.status_code >= 400:
            robots.parse([])  # no robots.txt: everything allowed
        else:
            robots.parse(self._body(reply).decode("utf-8", "replace").splitlines())
        delay = robots.crawl_delay(ROBOTS_AGENT)
        if delay:
            self._last.setdefault(f"delay:{site}", float(delay))
        return robots

    def _request(self, url: str, headers: dict[str, str]):
        import requests

        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            gap = max(self.interval, self._last.get(f"delay:{site}", 0.0))
            wait = self._last.get(site, float("-inf")) + gap - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                self.requests += 1
                return self.session.get(url, headers=headers, timeout=self.timeout, stream=True)
            except requests.RequestException as exc:
                raise FetchError(f"cannot fetch: {type(exc).__name__}: {exc}") from None
            finally:
                self._last[site] = time.monotonic()

    def _body(self, reply) -> bytes:
        chunks, size = [], 0
        for chunk in reply.iter_content(65536):
            size += len(chunk)
            if size > self.max_bytes:
                reply.close()
                raise FetchError(f"response is over the limit of {self.max_bytes:,} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    # -- cache: one body file and one JSON file of headers per URL ------------------------------------

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.cache_dir / key[:2]
        return folder / f"{key}.body", folder / f"{key}.json"

    def _cached(self, url: str) -> tuple[Response, dict[str, str]] | None:
        body_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        return Response(meta.get("url", url), body, meta.get("content_type", ""), from_cache=True), meta

    def _store(self, url: str, response: Response, etag: str | None, modified: str | None) -> None:
        body_path, meta_path = self._paths(url)
        body_path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"url": response.url, "content_type": response.content_type, "etag": etag,
                "last_modified": modified, "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        tmp = body_path.with_suffix(".tmp")
        tmp.write_bytes(response.body)
        tmp.replace(body_path)  # the body first: a cache entry is its headers file, written last
        tmp.write_text(json.dumps(meta), encoding="utf-8")
        tmp.replace(meta_path)
