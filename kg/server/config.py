"""The server's settings in one frozen object, so the CLI, tests and embedders agree on defaults.

Every default is the safe one: read-only, no federation, a 30 s query timeout, a result cap,
small request bodies. Anything riskier must be asked for explicitly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def default_workers() -> int:
    """One query worker per core, at least two (one slow query must not block everybody)."""
    return max(2, os.cpu_count() or 2)


@dataclass(frozen=True)
class ServerConfig:
    """What `kg serve` options set; see README "Serving"."""

    #: Shown on pages and in the service description.
    title: str = "kg"
    #: Seconds a query (or update) may take, waiting for a free worker included; then the worker
    #: process is killed and the client gets 503.
    query_timeout: float = 30.0
    #: Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) a query may return; a bigger result is
    #: refused with 507 and a message, never truncated. 0: no cap.
    max_results: int = 100_000
    #: Query worker processes (each holds its own read-only store handle).
    workers: int = field(default_factory=default_workers)
    #: SERVICE endpoints queries may call (exact IRIs). Empty: SERVICE is refused.
    allow_service: tuple[str, ...] = ()
    #: Serve SPARQL Update (/update) and the Graph Store Protocol (/store) to holders of `token`.
    enable_update: bool = False
    #: The bearer token for writes (`KG_TOKEN`); required when `enable_update`.
    token: str | None = None
    #: Origins allowed by CORS (`*` for any); empty: no CORS headers.
    cors: tuple[str, ...] = ()
    #: Largest request body for queries and updates (bytes); bigger is answered 413.
    max_request_bytes: int = 1024 * 1024
    #: Largest Graph Store Protocol upload (bytes).
    max_upload_bytes: int = 64 * 1024 * 1024
    #: Deepest nesting of { } ( ) [ ] accepted; deeper queries are refused with 400 before they
    #: reach the engine (Oxigraph's recursive parser overflows its stack on very deep nesting).
    #: 0 disables the check (the worker process still isolates the crash).
    max_nesting: int = 200
    #: Largest query (or update) accepted, counted in algebra nodes (terms, operators, keywords;
    #: `kg.store.sparql_lexer.query_size`); bigger is refused with 400 before it reaches the
    #: engine. Flat chains (`1+1+…`, 30,000 UNIONs) have no depth the nesting check sees, but
    #: Oxigraph recurses over them all the same. 0 disables the check.
    max_query_size: int = 10_000
    #: Accept articles at POST /api/articles (`kg.server.ingest_api`) from holders of `token`.
    enable_ingest: bool = False
    #: The folder of the durable ingest queue; default: `<store>-ingest-queue` beside the store.
    ingest_queue: str | None = None

    def __post_init__(self) -> None:
        if self.enable_update and not self.token:
            raise ValueError("updates need a token: set KG_TOKEN to a secret before enabling updates")
        if self.enable_ingest and not self.token:
            raise ValueError("ingest needs a token: set KG_TOKEN to a secret before enabling ingest")
        if self.query_timeout <= 0:
            raise ValueError("the query timeout must be positive")
        if self.workers < 1:
            raise ValueError("at least one query worker is needed")
        if self.max_results < 0 or self.max_nesting < 0 or self.max_query_size < 0:
            raise ValueError("limits cannot be negative")
        bad = [url for url in self.allow_service if not url.startswith(("http://", "https://"))]
        if bad:
            raise ValueError(f"--allow-service takes http(s) URLs, not {', '.join(bad)}")
