"""JSON Lines corpora: one article object per line, as scrapers and dataset exports write them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from kg.ingest.boilerplate import strip_trailing_furniture
from kg.ingest.meta import json_type, parse_published
from kg.ingest.txt import BOM, BadText, decode, nfc, too_big
from kg.types import Document, InputError

#: Bytes read at the start of a file to tell a binary file from a corpus with one bad line.
_SNIFF = 8192


def read_jsonl(path: Path, *, max_bytes: int) -> Iterator[Document | InputError]:
    """Yield one Document or InputError per non-blank line.

    The file is streamed, so a corpus may be far larger than `max_bytes`; the limit applies to each
    line (each article). Blank lines are skipped silently: editors and `cat a.jsonl b.jsonl` make them,
    and they hold no article to report on.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF)
            if b"\x00" in head:
                # One error for the file, not one per line of garbage.
                yield InputError(str(path), "looks like a binary file (NUL bytes), not UTF-8 JSON Lines")
                return
            fh.seek(0)
            yield from _read_lines(fh, path, max_bytes)
    except OSError as exc:
        yield InputError(str(path), f"cannot read file: {exc.strerror or exc}")


def _read_lines(fh: BinaryIO, path: Path, max_bytes: int) -> Iterator[Document | InputError]:
    # Room for a BOM and "\r\n", so a line holding exactly max_bytes of article is still read whole.
    limit = max_bytes + len(BOM) + 2
    lineno = 0
    while True:
        raw: bytes = fh.readline(limit)
        if not raw:
            return
        lineno += 1
        origin = f"{path}:{lineno}"
        if not raw.endswith(b"\n") and len(raw) == limit:
            # Too long: skip to the end of the line without holding it in memory.
            size = len(raw)
            while not raw.endswith(b"\n"):
                raw = fh.readline(1 << 20)
                if not raw:
                    break
                size += len(raw)
            yield InputError(origin, too_big(size - _terminator_len(raw), max_bytes, "line"))
            continue
        line = raw[: len(raw) - _terminator_len(raw)]
        base = 0
        if lineno == 1 and line.startswith(BOM):
            line, base = line[len(BOM) :], len(BOM)
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield InputError(origin, too_big(len(line), max_bytes, "line"))
            continue
        yield _parse_line(line, origin=origin, default_id=f"{path.stem}-{lineno}", base=base)


def _terminator_len(raw: bytes) -> int:
    if raw.endswith(b"\r\n"):
        return 2
    return 1 if raw.endswith(b"\n") else 0


def _parse_line(line: bytes, *, origin: str, default_id: str, base: int) -> Document | InputError:
    try:
        text = decode(line, base_offset=base, scope="line")
    except BadText as exc:
        return InputError(origin, str(exc))
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError(origin, f"invalid JSON: {exc.msg} (column {exc.colno})")
    try:
        return record_document(obj, origin=origin, default_id=default_id)
    except ValueError as exc:
        return InputError(origin, str(exc))


def record_document(obj: object, *, origin: str, default_id: str) -> Document:
    """One article record (a parsed JSON object of the `.jsonl` shape) → Document; ValueError says why not.

    Also the body of `POST /api/articles` (`kg.server.ingest_api`), so both read records alike.
    """
    if not isinstance(obj, dict):
        raise ValueError(f'line is a JSON {json_type(obj)}, not an object with a "text" field')
    if "text" not in obj:
        raise ValueError('missing the required "text" field')
    text = _string(obj, "text")
    if text is None:
        raise ValueError('"text" is null; it must hold the article as a string')
    if not text.strip():
        raise ValueError('"text" is empty' if not text else '"text" contains only whitespace')
    if "\x00" in text:
        raise ValueError('"text" contains a NUL character (\\u0000); this is not article text')
    return Document(
        id=_id(obj.get("id"), default_id),
        text=strip_trailing_furniture(text),
        origin=origin,
        # "" in an optional field means "not given", as scrapers write it.
        title=_string(obj, "title") or None,
        url=_string(obj, "url") or None,
        published=parse_published(obj.get("published")),
        source=_string(obj, "source") or None,
    )


def _string(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f'"{name}" must be a string, got a JSON {json_type(value)}')
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # json.loads accepts "\ud83d" on its own; it cannot be stored or hashed as UTF-8.
        raise ValueError(f'"{name}" contains an unpaired surrogate escape (e.g. "\\ud83d" alone)') from None
    return nfc(value)


def _id(value: object, default: str) -> str:
    if value is None:
        return default
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # numeric ids are common in dataset exports
    if not isinstance(value, str):
        raise ValueError(f'"id" must be a string or an integer, got a JSON {json_type(value)}')
    if not value.strip():
        raise ValueError('"id" is empty; remove it to use the default <file stem>-<line> id')
    return _string({"id": value}, "id") or default  # refuses unpaired surrogates: ids are hashed as UTF-8
