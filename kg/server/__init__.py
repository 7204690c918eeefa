"""The HTTP side: a SPARQL 1.1 endpoint, RDF dumps, Linked Data pages and a UI over a `kg.store.Store`.

Imports are lazy: the query worker processes (`python -m kg.server.workers`) import this package
first and must not pay for Flask and every blueprint.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app", "sparql_blueprint"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from kg.server.app import create_app

        return create_app
    if name == "sparql_blueprint":
        from kg.server.sparql import sparql_blueprint

        return sparql_blueprint
    raise AttributeError(f"module 'kg.server' has no attribute {name!r}")
