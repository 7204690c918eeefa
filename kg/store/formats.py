"""RDF serialization formats, chosen by short name or file extension, with optional gzip.

One table maps the names users type (`ttl`, `nq`, `kg.trig.gz`) to pyoxigraph's `RdfFormat`,
so the store, the CLI and the HTTP dumps agree on names, extensions and media types.
"""

from __future__ import annotations

import gzip
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pyoxigraph import Quad, RdfFormat


@dataclass(frozen=True)
class RdfFormatInfo:
    """A format as kg names it: `name` is also the file extension."""

    name: str
    media_type: str
    rdf_format: RdfFormat

    @property
    def supports_datasets(self) -> bool:
        """True when the format can carry named graphs (N-Quads, TriG, JSON-LD)."""
        return bool(self.rdf_format.supports_datasets)


FORMATS: dict[str, RdfFormatInfo] = {
    f.name: f
    for f in (
        RdfFormatInfo("ttl", "text/turtle", RdfFormat.TURTLE),
        RdfFormatInfo("nt", "application/n-triples", RdfFormat.N_TRIPLES),
        RdfFormatInfo("nq", "application/n-quads", RdfFormat.N_QUADS),
        RdfFormatInfo("trig", "application/trig", RdfFormat.TRIG),
        RdfFormatInfo("jsonld", "application/ld+json", RdfFormat.JSON_LD),
        RdfFormatInfo("rdf", "application/rdf+xml", RdfFormat.RDF_XML),
    )
}

#: Other spellings accepted for `FORMATS` keys.
ALIASES = {
    "turtle": "ttl",
    "ntriples": "nt",
    "n-triples": "nt",
    "nquads": "nq",
    "n-quads": "nq",
    "json-ld": "jsonld",
    "json": "jsonld",
    "xml": "rdf",
    "rdfxml": "rdf",
    "rdf/xml": "rdf",
    "owl": "rdf",
}

#: Formats `kg load` accepts (everything pyoxigraph parses that kg names).
LOADABLE = tuple(FORMATS)

#: Formats the dumps offer; all stream in constant memory.
DUMPABLE = ("ttl", "nt", "nq", "trig", "jsonld")

#: The format used when nothing says otherwise: line-based, lossless for named graphs.
DEFAULT_DUMP_FORMAT = "nq"


def get_format(name: str) -> RdfFormatInfo:
    """The format called `name` (`ttl`, `turtle`, `.ttl` …); ValueError lists the known ones."""
    key = name.strip().lower().lstrip(".")
    key = ALIASES.get(key, key)
    try:
        return FORMATS[key]
    except KeyError:
        raise ValueError(f"unknown RDF format {name!r}; use one of {', '.join(FORMATS)}") from None


def parse_format(spec: str) -> tuple[RdfFormatInfo, bool]:
    """`"ttl"` → (Turtle, False); `"ttl.gz"` → (Turtle, True)."""
    key = spec.strip().lower()
    gz = key.endswith(".gz")
    return get_format(key[:-3] if gz else key), gz


def guess_format(path: str | os.PathLike[str]) -> tuple[RdfFormatInfo, bool]:
    """The format of a file from its name (`a.nq.gz` → N-Quads, gzipped)."""
    name = Path(path).name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    suffix = Path(name).suffix
    if not suffix:
        raise ValueError(
            f"{path}: cannot tell the RDF format without an extension "
            f"(.{', .'.join(FORMATS)}, optionally .gz)"
        )
    try:
        return get_format(suffix), gz
    except ValueError:
        raise ValueError(
            f"{path}: unknown RDF extension {suffix!r}; use .{', .'.join(FORMATS)} (optionally .gz)"
        ) from None


def is_gzip_file(path: str | os.PathLike[str]) -> bool:
    """True if the file starts with the gzip magic number (names can lie)."""
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


class _CheckedGzip(gzip.GzipFile):
    """A gzip reader that reports a truncated or corrupt file as an OSError naming it.

    GzipFile raises EOFError for a file cut short and zlib.error for damaged data: neither is an
    OSError, so loaders passed them on, and `kg load` answered a bare "aborted" (click's reading
    of EOFError) without the file or the reason. Found by tests/store/test_load_fuzz.py.
    """

    def _checked(self, read: Any, *args: Any) -> Any:
        try:
            return read(*args)
        except (EOFError, zlib.error) as exc:
            raise OSError(f"{self.name}: the gzip data is truncated or corrupt ({exc})") from exc

    def read(self, size: int | None = -1) -> bytes:
        return self._checked(super().read, size)

    def read1(self, size: int = -1) -> bytes:
        return self._checked(super().read1, size)

    def readline(self, size: int | None = -1) -> bytes:
        return self._checked(super().readline, size)

    def peek(self, n: int) -> bytes:
        return self._checked(super().peek, n)


def open_input(path: str | os.PathLike[str]) -> BinaryIO:
    """A binary reader for `path`, decompressing gzip transparently. The caller closes it.

    A truncated or corrupt gzip file raises OSError naming the file (not EOFError / zlib.error).
    """
    if is_gzip_file(path):
        return _CheckedGzip(os.fspath(path), "rb")  # type: ignore[return-value]
    return open(path, "rb")


@contextmanager
def gzip_writer(out: BinaryIO, enabled: bool = True) -> Iterator[BinaryIO]:
    """Write through gzip into `out` (which stays open); a no-op wrapper when not `enabled`."""
    if not enabled:
        yield out
        return
    gz = gzip.GzipFile(fileobj=out, mode="wb", compresslevel=6, mtime=0)
    try:
        yield gz  # type: ignore[misc]
    finally:
        gz.close()  # writes the trailer; does not close `out`


@contextmanager
def open_output(output: str | os.PathLike[str], fmt: str | None = None) -> Iterator[tuple[BinaryIO, str]]:
    """Open a dump target and resolve its format: yields (stream, format name without `.gz`).

    `output` is a path or `-` for stdout. The format is `fmt` if given (`ttl`, `nq.gz` …), else
    the file's extension, else N-Quads for stdout. A `.gz` name or format gzips the stream. A file
    is written under a temporary name and renamed when complete, so a failed dump never leaves a
    truncated file where a good one was.
    """
    to_stdout = str(output) == "-"
    if fmt:
        info, gz = parse_format(fmt)
        gz = gz or (not to_stdout and str(output).lower().endswith(".gz"))
    elif to_stdout:
        info, gz = get_format(DEFAULT_DUMP_FORMAT), False
    else:
        info, gz = guess_format(output)
    if to_stdout:
        raw = sys.stdout.buffer
        with gzip_writer(raw, gz) as stream:
            yield stream, info.name
        raw.flush()
        return
    target = Path(output)
    part = target.with_name(target.name + ".part")
    try:
        with open(part, "wb") as raw, gzip_writer(raw, gz) as stream:
            yield stream, info.name
        os.replace(part, target)
    finally:
        if part.exists():
            part.unlink()


def with_extra(quads: Iterable[Quad], extra: list[Quad]) -> Iterator[Quad]:
    """`quads`, then `extra`, leaving out stored quads in a graph that `extra` writes (see `Store.dump`)."""
    replaced = {q.graph_name for q in extra}
    if not replaced:
        yield from quads
        return
    yield from (q for q in quads if q.graph_name not in replaced)
    yield from extra
