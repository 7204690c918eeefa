"""Run query work on a thread whose stack is deep enough for every query the checks let through.

Oxigraph parses, optimizes and evaluates recursively: once per nesting level, and once per
operand of a flat chain (`1+1+…`, `&&`, UNION branches, BINDs, path steps). On a default
8 MiB stack a chain of 10,000 terms kills the process with SIGSEGV (6,000 pass; measured with
pyoxigraph 0.5.13): about 1 KiB of stack per term. rdflib's parser, which checks SERVICE
clauses, recurses in Python (dozens of frames per nesting level) and hits the recursion
limit near 150 levels, below `--max-nesting`'s 200.

So the checks bound the query (`max_nesting`, `max_query_size`) and this module gives the
code that parses and evaluates it a 256 MiB stack (reserved address space; only what is used
is ever committed) and a recursion limit to match: what passes the checks uses a small part
of it. The worker processes run their whole job loop on one such thread (one `call`); the
in-process executors and `kg query` run each job through `call`.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

STACK_BYTES = 256 << 20
RECURSION_LIMIT = 100_000
_lock = threading.Lock()


def call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(*args, **kwargs)` on a fresh thread with a `STACK_BYTES` stack; its result or its exception."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = fn(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="kg-deep-stack", daemon=True)
    with _lock:  # stack_size applies to threads *started* after it: set, start, restore
        if sys.getrecursionlimit() < RECURSION_LIMIT:
            sys.setrecursionlimit(RECURSION_LIMIT)  # never lowered: another deep call may be running
        previous = threading.stack_size(STACK_BYTES)
        try:
            thread.start()
        finally:
            threading.stack_size(previous)
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
