"""The typed records that pass between stages: ingest → nlp → link → rdf → store.

A stage only reads the records it is given and returns new ones; no stage reaches into
another's internals. Offsets always index `Document.text`, exactly as it was read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

#: NER types the models produce.
NER_TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True)
class Document:
    """One news article. `text` is the article exactly as read (NFC), never altered within; a `.txt`
    file's front-matter block is metadata, not article, and is not part of it (`kg.ingest.meta`), nor
    is a related-articles list a scraper kept after it (`kg.ingest.boilerplate`, cut from the end
    only); a web page's `text` is its extracted main text (`kg.ingest.html`)."""

    id: str
    text: str
    origin: str  # file path, or "path:line" for JSONL
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class InputError:
    """A file or line that could not be read; the run goes on without it."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Word:
    """A syntactic word with its dependency parse (UD v2 labels).

    `index` and `head` count the words of the sentence from 1, as CoNLL-U does; `head == 0`
    marks the root. Only filled for the sentences the pipeline parses (`kg build --parse`, `kg.build.pipelines`).
    """

    index: int
    text: str
    upos: str
    head: int
    deprel: str


@dataclass(frozen=True)
class Token:
    """An orthographic token and its syntactic words (MWT expansion: `وبوتين` → و + بوتين).

    `parse` holds one `Word` per entry of `words` when the parser ran, else it is empty.
    """

    start: int
    end: int
    text: str
    words: tuple[str, ...]
    ner: str  # BIOES tag from Stanza, e.g. "B-PER", "O"
    sentence: int
    parse: tuple[Word, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A named-entity mention. `text == document.text[start:end]`; `label` has clitics removed."""

    start: int
    end: int
    text: str
    label: str
    ner_type: str  # one of NER_TYPES
    confidence: float
    sentence: int
    source: str = "ner"  # "ner" (Stanza) or "gazetteer"


@dataclass(frozen=True)
class AnnotatedDocument:
    document: Document
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    mentions: tuple[Mention, ...]
    model: str  # which NLP models produced this (e.g. "kg-ar-1")


#: What an entity is, named as the ontology's classes (`kg.rdf.article.ENTITY_TYPES` maps each
#: to its RDF types). The NER gives Person, Organization, Place or Thing (`KIND_BY_NER`); an
#: entity linked to the knowledge base takes the KB entry's kind instead: Country, City,
#: Organization or Person (`kg.link.kb.model.KINDS`).
EntityKind = Literal["Person", "Organization", "Place", "Thing", "Country", "City"]
ENTITY_KINDS: tuple[EntityKind, ...] = get_args(EntityKind)

#: The kind of an unlinked entity, by Stanza's NER type.
KIND_BY_NER: dict[str, EntityKind] = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "MISC": "Thing"}


def kb_key(kb_id: str) -> str:
    """The `Entity.key` of the knowledge-base entry `kb_id` (e.g. "country:RU"): the one place
    that spells it, so that IRIs minted from KB entities' keys stay as they were."""
    return f"kb:{kb_id}"


@dataclass(frozen=True)
class Entity:
    """A thing mentions refer to. `key` is order-independent: the same name gives the same key.

    `kb_id` is the knowledge-base entry the entity is (e.g. "country:RU"), or None for one the KB
    lacks; build KB entities with `Entity.of_kb` so that `key` and `kb_id` agree.
    """

    key: str  # normalized label, used to mint the IRI
    kind: EntityKind
    label: str  # Arabic label as written (clitics removed)
    qid: str | None = None
    same_as: tuple[str, ...] = ()
    link_confidence: float | None = None
    kb_id: str | None = None
    #: Why the linker chose the KB entry, in words, where the name alone does not say it (a title +
    #: one name read as the post's holder on the article's date): written as `kg:linkEvidence`.
    link_evidence: str | None = None

    @classmethod
    def of_kb(cls, kb_id: str, kind: EntityKind, label: str, *, qid: str | None = None,
              same_as: tuple[str, ...] = (), link_confidence: float | None = None) -> Entity:
        """The entity of the knowledge-base entry `kb_id`."""
        return cls(key=kb_key(kb_id), kind=kind, label=label, qid=qid, same_as=same_as,
                   link_confidence=link_confidence, kb_id=kb_id)


@dataclass(frozen=True)
class LinkedDocument:
    """An annotated document whose mentions each refer to an entity (same order as mentions)."""

    annotated: AnnotatedDocument
    entities: tuple[Entity, ...] = field(default=())

    @property
    def document(self) -> Document:
        return self.annotated.document


@dataclass(frozen=True)
class RunInfo:
    """What produced a graph, for PROV."""

    tool_version: str
    model: str
    started: str  # ISO datetime, UTC
