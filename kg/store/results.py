"""Query-result renderers for `kg query`, registered by name (as datasette registers output formats).

The registry is a `kg.plugins.Registry` for the entry-point group `kg.renderers`: an installed
package adds a format by declaring `myformat = "pkg.module:render"`, where
`render(results, out)` writes a pyoxigraph result (`QuerySolutions`, `QueryBoolean` or
`QueryTriples`) to the binary stream `out`. kg's own formats are registered below in the same
`module:attr` form.

The machine formats are pyoxigraph's own serializers; `table` is for people at a terminal.
Graph results (CONSTRUCT/DESCRIBE) are written as N-Triples for `table` and Turtle otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.plugins import Registry

Renderer = Callable[[Any, BinaryIO], None]

#: The format `kg query` uses when none is named.
DEFAULT_RENDERER = "table"


def _renderer(name: str, obj: Any) -> Renderer:
    if not callable(obj):
        raise TypeError(f"a renderer must be callable as render(results, out), got {type(obj).__name__}")
    return obj


RENDERERS: Registry[Renderer] = Registry("kg.renderers", "result format", check=_renderer)


def register(name: str, target: str | Renderer) -> None:
    """Register a renderer: a callable or a lazy `"package.module:attr"`."""
    RENDERERS.register(name, target)


def _serializer(fmt: ox.QueryResultsFormat) -> Renderer:
    def render(results: Any, out: BinaryIO) -> None:
        if isinstance(results, ox.QueryTriples):
            ox.serialize(results, out, ox.RdfFormat.TURTLE)
        else:
            results.serialize(out, fmt)

    return render


json = _serializer(ox.QueryResultsFormat.JSON)
xml = _serializer(ox.QueryResultsFormat.XML)
csv = _serializer(ox.QueryResultsFormat.CSV)
tsv = _serializer(ox.QueryResultsFormat.TSV)


def _cell(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def table(results: Any, out: BinaryIO) -> None:
    if isinstance(results, ox.QueryBoolean):
        out.write(b"true\n" if bool(results) else b"false\n")
        return
    if isinstance(results, ox.QueryTriples):
        ox.serialize(results, out, ox.RdfFormat.N_TRIPLES)
        return
    names = [v.value for v in results.variables]
    rows = [[_cell(s[name]) for name in names] for s in results]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    out.write(("\n".join(lines) + "\n").encode("utf-8"))


#: kg's own formats, in the order `kg query --help` lists them.
BUILTIN_RENDERERS = ("table", "json", "csv", "tsv", "xml")
for _name in BUILTIN_RENDERERS:
    register(_name, f"kg.store.results:{_name}")


def renderer(fmt: str) -> Renderer:
    """The renderer called `fmt` (`PluginError`, a ValueError, names the known ones if none is)."""
    return RENDERERS.get(fmt)


def render(results: Any, fmt: str, out: BinaryIO) -> None:
    renderer(fmt)(results, out)
    out.flush()
