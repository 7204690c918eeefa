"""Plain-text articles: one article per `.txt` file, its id the file stem."""

from __future__ import annotations

import unicodedata
from pathlib import Path

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


def read_txt(path: Path, *, max_bytes: int) -> Document | InputError:
    """Read one article file. Trailing whitespace is kept: `Document.text` is the file exactly as read."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            # Checked before reading so a stray multi-GB file costs nothing.
            return InputError(origin, too_big(size, max_bytes))
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        return InputError(origin, f"cannot read file: {exc.strerror or exc}")
    if len(raw) > max_bytes:  # grew since stat()
        return InputError(origin, too_big(len(raw), max_bytes))
    had_bom = raw.startswith(BOM)
    if had_bom:
        raw = raw[len(BOM) :]
    try:
        text = nfc(decode(raw, base_offset=len(BOM) if had_bom else 0))
    except BadText as exc:
        return InputError(origin, str(exc))
    if not text.strip():
        return InputError(origin, "empty file" if not text else "file contains only whitespace")
    return Document(id=path.stem, text=text, origin=origin)


def too_big(size: int, max_bytes: int, scope: str = "file") -> str:
    return (
        f"{scope} is {size:,} bytes, over the limit of {max_bytes:,} bytes per article; "
        "split it or raise max_bytes"
    )
