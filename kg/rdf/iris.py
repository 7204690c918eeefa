"""Minting and parsing the IRIs of kg's resources.

IRIs are derived from content (hashes of URLs, texts and entity keys), never from counters or
processing order, so re-running the pipeline, or running it on articles in another order,
mints the same IRIs and the store can replace an article's graph in place.
"""

from __future__ import annotations

import hashlib
import re
from typing import NamedTuple
from urllib.parse import quote, unquote

from rdflib import URIRef

from kg.types import Document, Entity, Mention, RunInfo, Sentence

DEFAULT_BASE = "https://kg.example.org/"

_HEX16 = r"[0-9a-f]{16}"
_KIND = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def short_hash(value: str) -> str:
    """First 16 hex digits of SHA-256: 64 bits, ample to keep a news corpus collision-free."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


class ParsedIri(NamedTuple):
    """What an IRI of ours names: `Iris.build(kind, id)` gives the IRI back.

    kind: "article", "article-graph", "provenance-graph", "activity", "agent", "model",
    "entity" (id = "{kind lowercased}/{hash}", e.g. "person/3f2a…"),
    or "offset" (a NIF string in an article: id = "{article hash}_{begin}_{end}").
    """

    kind: str
    id: str


class Iris:
    """The IRI scheme under one base, e.g. `https://kg.example.org/`.

    A '/' base gives NIF strings as hash IRIs (`…/article/h#offset_3_9`), the usual NIF form.
    A '#' base already uses the fragment, so NIF strings hang off the article path instead
    (`…#article/h/offset_3_9`): an IRI may hold only one '#'.
    """

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not base.endswith(("/", "#")):
            raise ValueError(f"IRI base must end with '/' or '#': {base!r}")
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base) or re.search(r"[\s<>\"{}|\\^`]", base):
            raise ValueError(f"IRI base must be an absolute IRI: {base!r}")
        if base.endswith("#") and "#" in base[:-1]:
            raise ValueError(f"IRI base has more than one '#': {base!r}")
        self.base = base
        self._offset_sep = "#" if base.endswith("/") else "/"
        b = re.escape(base)
        sep = re.escape(self._offset_sep)
        self._patterns: list[tuple[str, re.Pattern[str]]] = [
            ("offset", re.compile(rf"{b}article/({_HEX16}){sep}offset_(\d+)_(\d+)")),
            ("article", re.compile(rf"{b}article/({_HEX16})")),
            ("article-graph", re.compile(rf"{b}graph/article/({_HEX16})")),
            ("provenance-graph", re.compile(rf"{b}graph/(provenance)")),
            ("activity", re.compile(rf"{b}activity/({_HEX16})")),
            ("entity", re.compile(rf"{b}entity/([a-z][a-z0-9]*/{_HEX16})")),
            ("agent", re.compile(rf"{b}agent/([^/#]+/[^/#]+)")),
            ("model", re.compile(rf"{b}model/([^/#]+)")),
        ]

    def __repr__(self) -> str:
        return f"Iris({self.base!r})"

    # --- articles ---------------------------------------------------------------------------

    @staticmethod
    def article_id(doc: Document) -> str:
        """The URL identifies a published article; the input's id identifies one without a URL.

        Not the text: two inputs with the same text under different ids are two articles (both
        stored, each removable by its id), and a new text under the same id replaces the old
        one in place. The text hash only tells an unchanged version of an article to skip.
        """
        return short_hash(doc.url) if doc.url else short_hash(f"id:{doc.id}")

    def article(self, doc: Document) -> URIRef:
        return URIRef(f"{self.base}article/{self.article_id(doc)}")

    def article_graph_iri(self, doc: Document) -> URIRef:
        """The named graph holding everything derived from this one article."""
        return URIRef(f"{self.base}graph/article/{self.article_id(doc)}")

    @property
    def provenance_graph_iri(self) -> URIRef:
        return URIRef(f"{self.base}graph/provenance")

    # --- NIF strings ------------------------------------------------------------------------

    def offset(self, article: str, begin: int, end: int) -> URIRef:
        """A NIF offset-based string: `{article}#offset_{begin}_{end}`."""
        if not 0 <= begin <= end:
            raise ValueError(f"bad offsets {begin}..{end}")
        return URIRef(f"{article}{self._offset_sep}offset_{begin}_{end}")

    def context(self, doc: Document) -> URIRef:
        """The whole text as nif:Context; all offsets count from it."""
        return self.offset(self.article(doc), 0, len(doc.text))

    def sentence(self, doc: Document, sentence: Sentence) -> URIRef:
        return self.offset(self.article(doc), sentence.start, sentence.end)

    def mention(self, doc: Document, mention: Mention) -> URIRef:
        return self.offset(self.article(doc), mention.start, mention.end)

    # --- entities ---------------------------------------------------------------------------

    def entity_iri(self, kind: str, key: str) -> URIRef:
        """Kind is part of the IRI: "Paris" the place and "Paris" the club stay apart."""
        if not _KIND.fullmatch(kind):
            raise ValueError(f"bad entity kind {kind!r}")
        return URIRef(f"{self.base}entity/{kind.lower()}/{short_hash(key)}")

    def entity(self, entity: Entity) -> URIRef:
        return self.entity_iri(entity.kind, entity.key)

    def geometry(self, entity: Entity) -> URIRef:
        """The GeoSPARQL geometry of a place: a fragment of the entity's IRI (one point per
        place), so replacing an article's graph replaces it as it does the entity's triples."""
        return URIRef(f"{self.entity(entity)}{self._offset_sep}geometry")

    # --- provenance -------------------------------------------------------------------------

    def activity(self, doc: Document, run: RunInfo) -> URIRef:
        """One activity per (text, tool version, model): re-running the same thing reuses it.

        The parts are joined with newlines so that ("0.1", "0x") and ("0.10", "x") differ.
        """
        key = "\n".join((doc.text_hash, run.tool_version, run.model))
        return URIRef(f"{self.base}activity/{short_hash(key)}")

    def agent(self, tool_version: str, name: str = "kg") -> URIRef:
        """The software agent, one IRI per version, since versions behave differently."""
        return URIRef(f"{self.base}agent/{quote(name, safe='')}/{quote(tool_version, safe='')}")

    def model(self, model: str) -> URIRef:
        return URIRef(f"{self.base}model/{quote(model, safe='')}")

    # --- inverse ----------------------------------------------------------------------------

    def parse(self, iri: str) -> ParsedIri | None:
        """Which of our resources `iri` names, or None if it is not one of ours."""
        iri = str(iri)
        if not iri.startswith(self.base):
            return None
        for kind, pattern in self._patterns:
            m = pattern.fullmatch(iri)
            if m is None:
                continue
            if kind == "offset":
                h, begin, end = m.groups()
                return ParsedIri(kind, f"{h}_{int(begin)}_{int(end)}")
            if kind in ("agent", "model"):
                return ParsedIri(kind, unquote(m.group(1)))
            return ParsedIri(kind, m.group(1))
        return None

    def build(self, kind: str, id: str) -> URIRef:
        """The IRI for a `parse` result; lets the server turn request paths back into IRIs."""
        if kind == "offset":
            h, begin, end = id.split("_")
            return self.offset(f"{self.base}article/{h}", int(begin), int(end))
        if kind == "agent":
            name, _, version = id.partition("/")
            return self.agent(version, name)
        if kind == "model":
            return self.model(id)
        prefix = {
            "article": "article/",
            "article-graph": "graph/article/",
            "provenance-graph": "graph/",
            "activity": "activity/",
            "entity": "entity/",
        }.get(kind)
        if prefix is None:
            raise ValueError(f"unknown IRI kind {kind!r}")
        return URIRef(f"{self.base}{prefix}{id}")


__all__ = ["DEFAULT_BASE", "Iris", "ParsedIri", "short_hash"]
