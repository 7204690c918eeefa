"""Store backends registered by name, imported only when used (like rdflib's `plugin.register`).

The registry is a `kg.plugins.Registry` for the entry-point group `kg.stores`: an installed
package adds a backend (its URL scheme) by declaring `myscheme = "pkg.module:open_it"` there,
where `open_it(rest, read_only=..., **options)` returns a `Store`; kg's own backends are
registered below in the same `module:attr` form.

A location picks its backend by URL scheme: `oxigraph:PATH` or a plain path is the embedded
Oxigraph store, `memory:` a throw-away in-memory one, `sparql+http://HOST/sparql` (also
`sparql+https://`, and plain `http(s)://`, which can only mean a remote endpoint) a remote SPARQL
1.1 store (`kg.store.sparql_http`). Lazy import paths keep `import kg.store` cheap and let a
backend with heavy dependencies exist without everyone installing them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.plugins import Registry, UnknownPluginError
from kg.store.base import Store, UnsupportedStoreError

#: A backend opener: `opener(path_or_rest, read_only=..., **options) -> Store`.
Opener = Callable[..., Store]


def _opener(name: str, obj: Any) -> Opener:
    if not callable(obj):
        raise TypeError(f"a store opener must be callable, got {type(obj).__name__}")
    return obj


BACKENDS: Registry[Opener] = Registry("kg.stores", "store backend", check=_opener)

# `scheme:` with a scheme of 2+ characters (so `C:\data` stays a Windows path).
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):(.*)$", re.DOTALL)

DEFAULT_BACKEND = "oxigraph"


def register(name: str, target: str | Opener) -> None:
    """Register a backend: `target` is `"package.module:Attribute"` (imported on first use) or a callable."""
    BACKENDS.register(name, target)


def backends() -> list[str]:
    """Registered backend names (kg's and installed plugins')."""
    return BACKENDS.names()


def get_backend(name: str) -> Opener:
    """The opener registered as `name`, importing it now if needed."""
    try:
        return BACKENDS.get(name)
    except UnknownPluginError:
        raise UnsupportedStoreError(
            f"unknown store backend {name!r}; known: {', '.join(backends())}"
        ) from None


def parse_location(location: str | Path) -> tuple[str, str]:
    """`"oxigraph:data/kg"` → ("oxigraph", "data/kg"); `"data/kg"` → ("oxigraph", "data/kg")."""
    text = str(location)
    match = _SCHEME.match(text) if not isinstance(location, Path) else None
    if match is None:
        return DEFAULT_BACKEND, text
    scheme, rest = match.group(1).lower(), match.group(2)
    if scheme not in BACKENDS:
        raise UnsupportedStoreError(
            f"unknown store scheme {scheme!r} in {redact_location(text)!r}; use a folder path, "
            "oxigraph:PATH, memory:, sparql+http(s)://HOST/sparql or a kg.stores plugin's scheme"
        )
    return scheme, rest


def open_store(location: str | Path, *, read_only: bool = False, **options: Any) -> Store:
    """Open the store at `location`, choosing the backend from its scheme.

    `read_only` stores refuse writes and never create anything; the server uses them.
    `options` go to the backend (e.g. Oxigraph's `refresh_interval`).
    """
    scheme, rest = parse_location(location)
    return get_backend(scheme)(rest, read_only=read_only, **options)


def redact_location(location: str | Path) -> str:
    """The location with any password in a URL replaced by `***`, for messages and logs."""
    text = str(location)
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*://)([^/@?#]*)@", text)
    if not match or ":" not in match.group(2):
        return text
    return f"{match.group(1)}{match.group(2).split(':', 1)[0]}:***@{text[match.end():]}"


register("oxigraph", "kg.store.oxigraph:OxigraphStore")
register("memory", "kg.store.oxigraph:open_memory")
register("sparql+http", "kg.store.sparql_http:open_sparql_http")
register("sparql+https", "kg.store.sparql_http:open_sparql_https")
register("http", "kg.store.sparql_http:open_http")
register("https", "kg.store.sparql_http:open_https")
