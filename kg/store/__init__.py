"""Where the graph lives: the `Store` interface, its backends, and RDF file formats.

`open_store("data/kg")` opens the embedded Oxigraph store; `open_store(..., read_only=True)`
gives a handle that follows what writers publish without ever blocking them.
"""

from kg.store.base import (
    ReadOnlyStoreError,
    Store,
    StoreError,
    StoreLockedError,
    StoreNotFoundError,
    UnsupportedStoreError,
)
from kg.store.registry import open_store, register

__all__ = [
    "ReadOnlyStoreError",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreNotFoundError",
    "UnsupportedStoreError",
    "open_store",
    "register",
]
