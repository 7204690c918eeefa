"""The HTTP side: a read-only SPARQL 1.1 endpoint and RDF dumps over a `kg.store.Store`."""

from kg.server.app import create_app
from kg.server.sparql import sparql_blueprint

__all__ = ["create_app", "sparql_blueprint"]
