"""Query-result renderers for `kg query`, registered by name (as datasette registers output formats).

The machine formats are pyoxigraph's own serializers; `table` is for people at a terminal.
Graph results (CONSTRUCT/DESCRIBE) are written as N-Triples for `table` and Turtle otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

import pyoxigraph as ox

Renderer = Callable[[object, BinaryIO], None]
RENDERERS: dict[str, Renderer] = {}


def register(name: str) -> Callable[[Renderer], Renderer]:
    def add(fn: Renderer) -> Renderer:
        RENDERERS[name] = fn
        return fn

    return add


def _serializer(fmt: ox.QueryResultsFormat) -> Renderer:
    def render(results, out: BinaryIO) -> None:
        if isinstance(results, ox.QueryTriples):
            ox.serialize(results, out, ox.RdfFormat.TURTLE)
        else:
            results.serialize(out, fmt)

    return render


for _name, _fmt in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                    ("csv", ox.QueryResultsFormat.CSV), ("tsv", ox.QueryResultsFormat.TSV)):
    register(_name)(_serializer(_fmt))


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


@register("table")
def table(results, out: BinaryIO) -> None:
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


def render(results, fmt: str, out: BinaryIO) -> None:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(sorted(RENDERERS))}") from None
    renderer(results, out)
    out.flush()
