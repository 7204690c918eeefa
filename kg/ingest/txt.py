"""Plain-text articles: one article per `.txt` file, its id the file stem, its metadata beside or atop it.

Metadata (title, URL, publication date, outlet) comes from a sidecar `NAME.json` or a front-matter
block at the top of the file; `kg.ingest.meta` says how, and why the block is not article text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

from kg.ingest.boilerplate import strip_trailing_furniture
from kg.ingest.meta import BadMetadata, Metadata, read_sidecar, sidecar_path, split_front_matter
from kg.types import Document, InputError

BOM = b"\xef\xbb\xbf"


class BadText(ValueError):
    """Raised by `decode` with a message fit to show the user as an InputError reason."""


def decode(raw: bytes, *, base_offset: int = 0, scope: str = "file") -> str:
    """Strict UTF-8 decoding, or BadText saying where the bytes went wrong (offset within `scope`).

    Strict because a replacement character silently inserted into an article would end up in
    the graph as a fake word; the user is better served by the offset of the bad byte.
    """
    if b"\x00" in raw:
        at = base_offset + raw.index(b"\x00")
        raise BadText(f"NUL byte at byte offset {at} of the {scope}: binary data, not UTF-8 text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = base_offset + exc.start
        raise BadText(
            f"not valid UTF-8 at byte offset {at} of the {scope} "
            f"(byte 0x{raw[exc.start]:02x}: {exc.reason}); re-save it as UTF-8"
        ) from None


def nfc(text: str) -> str:
    """NFC, because Arabic arrives both composed and decomposed (ا + ◌ٔ vs أ) and the same word must
    give the same string, hash and offsets whichever way it was typed. Nothing else is changed:
    offsets into the result must stay valid for every later stage."""
    return unicodedata.normalize("NFC", text)


def read_txt(path: Path, *, max_bytes: int) -> Iterator[Document | InputError]:
    """Read one article file and its metadata: an InputError for a bad metadata source, then the Document.

    `Document.text` is the file exactly as read (NFC, trailing whitespace kept), less a front-matter
    block and a trailing related-articles list (`kg.ingest.boilerplate`): offsets index the
    article, never the metadata or what a scraper kept after the article. Bad metadata costs only the metadata: it is
    reported on one line naming the file it came from, and the article is still yielded without it.
    """
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            # Checked before reading so a stray multi-GB file costs nothing.
            yield InputError(origin, too_big(size, max_bytes))
            return
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        yield InputError(origin, f"cannot read file: {exc.strerror or exc}")
        return
    if len(raw) > max_bytes:  # grew since stat()
        yield InputError(origin, too_big(len(raw), max_bytes))
        return
    had_bom = raw.startswith(BOM)
    if had_bom:
        raw = raw[len(BOM) :]
    try:
        text = nfc(decode(raw, base_offset=len(BOM) if had_bom else 0))
    except BadText as exc:
        yield InputError(origin, str(exc))
        return
    if looks_like_html(text):
        # Read as text, its tags and menus would become the article (and their names mentions).
        yield InputError(origin, "this .txt file is an HTML page; rename it to .html so that its main "
                                 "text is extracted without the markup and menus")
        return
    front = split_front_matter(text)
    if front.error is not None:
        yield InputError(origin, f"{front.error}; the article is read without this metadata")
    metadata = front.metadata
    if not front.body.strip():
        if len(front.body) != len(text):
            yield InputError(origin, "no article text after the front matter")
        else:
            yield InputError(origin, "empty file" if not text else "file contains only whitespace")
        return
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        if front.metadata is not None:
            yield InputError(str(sidecar), f"ignored: {path.name} has front matter, which takes precedence")
        else:
            try:
                metadata = read_sidecar(sidecar)
            except BadMetadata as exc:
                yield InputError(str(sidecar), f"{exc}; {path.name} is read without this metadata")
    fields = (metadata or Metadata()).as_fields()
    yield Document(id=path.stem, text=strip_trailing_furniture(front.body), origin=origin, **fields)


def looks_like_html(text: str) -> bool:
    """True for text that is an HTML document (a page saved under the wrong extension)."""
    head = text.lstrip("\ufeff \t\r\n")[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and ("<head" in head or "<body" in head or "<meta" in head)
    )


def too_big(size: int, max_bytes: int, scope: str = "file") -> str:
    return (
        f"{scope} is {size:,} bytes, over the limit of {max_bytes:,} bytes per article; "
        "split it or raise max_bytes"
    )
