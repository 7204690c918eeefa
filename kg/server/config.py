"""The server's settings in one frozen object, so the CLI, tests and embedders agree on defaults.

Every default is the safe one: read-only, no federation, a 30 s query timeout, a result cap,
small request bodies. Anything riskier must be asked for explicitly.

Each setting is written once, as a field of `ServerConfig` made with `setting(default, help)`
(as datasette's `SETTINGS` list name, default and help): `SETTINGS` reads them back, and
`kg serve`'s options are generated from it (`kg.cli.serve`), so a new setting is one field here.
Fields made with plain `field()` (the write token from `KG_TOKEN`) are not options.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: The dataset's title on every page and in the service description (`kg serve --title`,
#: `$KG_TITLE`): a name for readers, never the store's location on the server's disk.
DATASET_TITLE = "kg – Arabic news knowledge graph"


def default_workers() -> int:
    """One query worker per core, at least two (one slow query must not block everybody)."""
    return max(2, os.cpu_count() or 2)


@dataclass(frozen=True)
class Setting:
    """One `kg serve` option: the `ServerConfig` field `name`, its default and its help."""

    name: str
    #: The value used when the option is not given (`default_factory()` when that is set).
    default: Any
    help: str
    #: bool (a flag), int, float, str, or tuple (a repeatable option of strings).
    type: type
    metavar: str | None = None
    #: Smallest value accepted (numbers).
    minimum: float | None = None
    #: How `--help` shows a default computed at start (e.g. "cores, at least 2").
    default_text: str | None = None
    default_factory: Callable[[], Any] | None = None
    #: An environment variable the option is also read from (click's `envvar`).
    envvar: str | None = None

    @property
    def option(self) -> str:
        """The command-line option: `--query-timeout` for `query_timeout`."""
        return "--" + self.name.replace("_", "-")

    def value(self) -> Any:
        """The default as used: computed now where it depends on the machine."""
        return self.default_factory() if self.default_factory is not None else self.default


def setting(default: Any = None, help: str = "", *, type: type | None = None, metavar: str | None = None,  # noqa: A002
            minimum: float | None = None, default_factory: Callable[[], Any] | None = None,
            default_text: str | None = None, envvar: str | None = None) -> Any:
    """A `ServerConfig` field that is also a `kg serve` option (see `SETTINGS`)."""
    meta = {"kg_setting": {"help": help, "type": type or _type_of(default), "metavar": metavar,
                           "minimum": minimum, "default_text": default_text, "envvar": envvar}}
    if default_factory is not None:
        return field(default_factory=default_factory, metadata=meta)
    return field(default=default, metadata=meta)


def _type_of(default: Any) -> type:
    return tuple if isinstance(default, tuple) else type(default)


@dataclass(frozen=True)
class ServerConfig:
    """What `kg serve` options set; see README "Serving"."""

    #: Shown on pages and in the service description.
    title: str = setting(DATASET_TITLE, "The dataset's title on pages, in the service description and in the "
                                        "dataset description.", metavar="TEXT", envvar="KG_TITLE")
    #: Where to listen (waitress): address, port (0: any free one) and HTTP threads.
    host: str = setting("127.0.0.1", "Address to bind (0.0.0.0: all interfaces).")
    port: int = setting(8000, "Port to listen on (0: any free port).", minimum=0)
    threads: int = setting(8, "HTTP threads (waitress).", minimum=1)
    #: Query worker processes (each holds its own read-only store handle).
    workers: int = setting(help="Query worker processes, each with its own read-only store handle (and as many "
                                "acceptor processes answering /sparql directly).", type=int,
                           minimum=1, default_factory=default_workers, default_text="cores, at least 2")
    #: Seconds a query (or update) may take, waiting for a free worker included; then the worker
    #: process is killed and the client gets 503.
    query_timeout: float = setting(30.0, "Stop a query (kill its worker) after this long; the client gets 503.",
                                   metavar="SECONDS", minimum=0.1)
    #: Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) a query may return; a bigger result is
    #: refused with 507 and a message, never truncated. 0: no cap.
    max_results: int = setting(100_000, "Refuse (507, never truncate) results with more rows/triples; 0: no cap.",
                               minimum=0)
    #: SERVICE endpoints queries may call (exact IRIs). Empty: SERVICE is refused.
    allow_service: tuple[str, ...] = setting((), "Let SERVICE call this endpoint (repeatable). Without it SERVICE "
                                             "is refused.", metavar="URL")
    #: Serve SPARQL Update (/update) and the Graph Store Protocol (/store) to holders of `token`.
    enable_update: bool = setting(False, "Accept SPARQL Update at /update and the Graph Store Protocol at /store, "
                                         "for requests with `Authorization: Bearer $KG_TOKEN`.")
    #: The bearer token for writes (`KG_TOKEN`); required when `enable_update`.
    token: str | None = None
    #: Origins allowed by CORS (`*` for any); empty: no CORS headers.
    cors: tuple[str, ...] = setting((), "Allow cross-origin requests from ORIGIN (repeatable; * for any).",
                                    metavar="ORIGIN")
    #: Largest request body for queries and updates (bytes); bigger is answered 413.
    max_request_bytes: int = setting(1024 * 1024, "Largest query/update request body (413 beyond).", minimum=1024)
    #: Largest Graph Store Protocol upload (bytes).
    max_upload_bytes: int = setting(64 * 1024 * 1024, "Largest Graph Store Protocol upload.", minimum=1024)
    #: Deepest nesting of { } ( ) [ ] accepted; deeper queries are refused with 400 before they
    #: reach the engine (Oxigraph's recursive parser overflows its stack on very deep nesting).
    #: 0 disables the check (the worker process still isolates the crash).
    max_nesting: int = setting(200, "Refuse (400) queries nested deeper than this; 0: no check.", minimum=0)
    #: Largest query (or update) accepted, counted in algebra nodes (terms, operators, keywords;
    #: `kg.store.sparql_lexer.query_size`); bigger is refused with 400 before it reaches the
    #: engine. Flat chains (`1+1+…`, 30,000 UNIONs) have no depth the nesting check sees, but
    #: Oxigraph recurses over them all the same. 0 disables the check.
    max_query_size: int = setting(10_000, "Refuse (400) queries with more terms, operators and keywords than "
                                          "this; 0: no check.", minimum=0)
    #: Accept articles at POST /api/articles (`kg.server.ingest_api`) from holders of `token`.
    enable_ingest: bool = setting(False, "Accept articles (JSON, the .jsonl record shape) at POST /api/articles for "
                                         "requests with `Authorization: Bearer $KG_TOKEN`; they are queued on disk "
                                         "and built in order.")
    #: The folder of the durable ingest queue; default: `<store>-ingest-queue` beside the store.
    ingest_queue: str | None = setting(None, "Folder of the durable ingest queue.", type=str, metavar="DIR",
                                       default_text="STORE-ingest-queue")

    def __post_init__(self) -> None:
        if self.enable_update and not self.token:
            raise ValueError("updates need a token: set KG_TOKEN to a secret before enabling updates")
        if self.enable_ingest and not self.token:
            raise ValueError("ingest needs a token: set KG_TOKEN to a secret before enabling ingest")
        if self.query_timeout <= 0:
            raise ValueError("the query timeout must be positive")
        if self.threads < 1 or not 0 <= self.port <= 65535:
            raise ValueError("the server needs at least one HTTP thread and a port from 0 to 65535")
        if self.workers < 1:
            raise ValueError("at least one query worker is needed")
        if self.max_results < 0 or self.max_nesting < 0 or self.max_query_size < 0:
            raise ValueError("limits cannot be negative")
        bad = [url for url in self.allow_service if not url.startswith(("http://", "https://"))]
        if bad:
            raise ValueError(f"--allow-service takes http(s) URLs, not {', '.join(bad)}")


def _settings() -> tuple[Setting, ...]:
    out = []
    for f in dataclasses.fields(ServerConfig):
        meta = f.metadata.get("kg_setting")
        if meta is None:
            continue
        factory = None if f.default_factory is dataclasses.MISSING else f.default_factory
        default = None if f.default is dataclasses.MISSING else f.default
        out.append(Setting(f.name, default, default_factory=factory, **meta))
    return tuple(out)


#: Every `kg serve` option, in `--help` order: the `ServerConfig` fields made with `setting`.
SETTINGS: tuple[Setting, ...] = _settings()
