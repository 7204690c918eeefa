"""A small, polite client for Wikidata's action API, with every response cached on disk.

Only `kg link --online` uses it; nothing else in kg touches the network. Politeness follows
Wikimedia's API etiquette: a User-Agent naming kg and a contact, requests made one at a
time and spaced out (`min_interval`), `maxlag` so we back off when the servers lag, and
retries with backoff on 429/503 honouring `Retry-After`. Every successful response is
written to the cache keyed by its request, so a re-run (or a test) makes no requests.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import requests

from kg import __version__

DEFAULT_API_URL = "https://www.wikidata.org/w/api.php"
#: wbgetentities answers at most 50 ids per request (for clients without the high limit).
BATCH = 50
#: Ask the API to refuse work while replication lags more than this (seconds).
MAXLAG = 5
#: Statuses worth retrying: rate limited, or the servers briefly unavailable.
RETRY_STATUSES = frozenset({429, 502, 503, 504})
#: Change when the cache layout changes, so old entries are simply not found.
CACHE_VERSION = "1"


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/kg/wikidata`, else `~/.cache/kg/wikidata`."""
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "kg" / "wikidata"


def user_agent() -> str:
    """Wikimedia asks for a client name/version and a way to reach the operator.

    The contact comes from `KG_CONTACT` (an e-mail or URL); the placeholder tells whoever
    reads the server logs that this deployment has not set one.
    """
    contact = os.environ.get("KG_CONTACT", "contact: set KG_CONTACT")
    return f"kg/{__version__} ({contact}; Arabic news knowledge graph) requests/{requests.__version__}"


class WikidataError(RuntimeError):
    """The API could not be reached or kept refusing (after retries), or answered an error."""


class WikidataClient:
    """wbsearchentities and wbgetentities over HTTP, cached per request in `cache_dir`.

    `requests_made` counts real HTTP requests and `cache_hits` the answers read from disk:
    the tests use them to show that a second run is served entirely from the cache.
    """

    def __init__(
        self,
        api_url: str = DEFAULT_API_URL,
        cache_dir: Path | None = None,
        *,
        min_interval: float = 1.0,
        max_retries: int = 5,
        backoff: float = 2.0,
        max_wait: float = 120.0,
        timeout: float = 30.0,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.api_url = api_url
        self.cache_dir = cache_dir or default_cache_dir()
        self.min_interval = min_interval
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.timeout = timeout
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = user_agent()
        self.session.headers["Accept"] = "application/json"
        self._sleep = sleep
        self._last_request = float("-inf")
        self.requests_made = 0
        self.cache_hits = 0

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> WikidataClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the two API modules ---------------------------------------------------------------------

    def search(self, text: str, *, language: str = "ar", limit: int = 7) -> list[dict[str, Any]]:
        """Items whose label or alias in `language` starts with `text`, in the API's order."""
        body = self.get({
            "action": "wbsearchentities", "search": text, "language": language, "uselang": language,
            "type": "item", "limit": str(limit),
        })
        return list(body.get("search", ()))

    def get_entities(
        self,
        ids: Iterable[str],
        *,
        props: Sequence[str] = ("labels", "aliases", "claims", "sitelinks"),
        languages: Sequence[str] = ("ar", "en"),
        sitefilter: Sequence[str] = ("enwiki", "arwiki"),
    ) -> dict[str, dict[str, Any]]:
        """Entity documents by id, fetched 50 per request; missing ids are left out.

        Ids are sorted and deduplicated first, so the same set of ids always makes the same
        requests and hits the same cache entries. A redirected id is returned under the id
        asked for (the document's own `id` is the target's).
        """
        wanted = sorted(set(ids), key=lambda q: (len(q), q))
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start : start + BATCH]
            params = {"action": "wbgetentities", "ids": "|".join(batch), "props": "|".join(props)}
            if languages:
                params["languages"] = "|".join(languages)
            if sitefilter and "sitelinks" in props:
                params["sitefilter"] = "|".join(sitefilter)
            entities: Mapping[str, Any] = self.get(params).get("entities", {})
            for key, doc in entities.items():
                if "missing" in doc:
                    continue
                asked = doc.get("redirects", {}).get("from", key)
                found[asked if asked in batch else key] = doc
        return found

    # -- transport ---------------------------------------------------------------------------------

    def get(self, params: Mapping[str, str]) -> dict[str, Any]:
        """The JSON answer to one API request: from the cache, else from the API (then cached)."""
        path = self._cache_path(params)
        try:
            with path.open(encoding="utf-8") as fh:
                body = json.load(fh)["response"]
            self.cache_hits += 1
            return body
        except (OSError, ValueError, KeyError):
            pass
        body = self._fetch(params)
        self._store(path, params, body)
        return body

    def _cache_path(self, params: Mapping[str, str]) -> Path:
        """One file per (API URL, request parameters); `format`/`maxlag` do not change the answer."""
        canonical = json.dumps([CACHE_VERSION, self.api_url, sorted(params.items())], ensure_ascii=False)
        key = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        return self.cache_dir / key[:2] / f"{key}.json"

    def _store(self, path: Path, params: Mapping[str, str], body: dict[str, Any]) -> None:
        """Write atomically, so a killed run never leaves a half-written entry behind."""
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {"api_url": self.api_url, "request": dict(params), "response": body}
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(record, fh, ensure_ascii=False, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _fetch(self, params: Mapping[str, str]) -> dict[str, Any]:
        query = {**params, "format": "json", "maxlag": str(MAXLAG)}
        for attempt in range(self.max_retries + 1):
            self._pace()
            self.requests_made += 1
            try:
                response = self.session.get(self.api_url, params=query, timeout=self.timeout)
            except requests.RequestException as exc:
                if attempt == self.max_retries:
                    raise WikidataError(f"cannot reach {self.api_url}: {exc}") from exc
                self._sleep(self._wait(None, attempt))
                continue
            if response.status_code in RETRY_STATUSES:
                if attempt == self.max_retries:
                    raise WikidataError(f"{self.api_url} answered {response.status_code} "
                                        f"{self.max_retries + 1} times; giving up")
                self._sleep(self._wait(response.headers.get("Retry-After"), attempt))
                continue
            if response.status_code != 200:
                raise WikidataError(f"{self.api_url} answered {response.status_code}: {response.text[:200]}")
            try:
                body = response.json()
            except ValueError as exc:
                raise WikidataError(f"{self.api_url} did not answer JSON: {response.text[:200]}") from exc
            error = body.get("error") if isinstance(body, dict) else None
            if error and error.get("code") == "maxlag" and attempt < self.max_retries:
                # the servers are lagging: the API asks bots to wait and retry (HTTP 200 + error)
                self._sleep(self._wait(response.headers.get("Retry-After"), attempt))
                continue
            if error:
                raise WikidataError(f"{self.api_url}: {error.get('code')}: {error.get('info')}")
            if not isinstance(body, dict):
                raise WikidataError(f"{self.api_url} answered an unexpected document")
            return body
        raise AssertionError("unreachable")  # pragma: no cover

    def _pace(self) -> None:
        """At most one request every `min_interval` seconds."""
        wait = self._last_request + self.min_interval - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        self._last_request = time.monotonic()

    def _wait(self, retry_after: str | None, attempt: int) -> float:
        """Seconds to wait: the server's Retry-After (seconds or an HTTP date), else exponential."""
        if retry_after:
            try:
                return min(max(float(retry_after), 0.0), self.max_wait)
            except ValueError:
                try:
                    when = email.utils.parsedate_to_datetime(retry_after).timestamp()
                except (TypeError, ValueError):
                    when = None
                if when is not None:
                    return min(max(when - time.time(), 0.0), self.max_wait)
        return min(self.backoff * (2**attempt), self.max_wait)


__all__ = ["BATCH", "DEFAULT_API_URL", "WikidataClient", "WikidataError", "default_cache_dir", "user_agent"]
