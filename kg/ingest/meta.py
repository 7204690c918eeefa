"""Article metadata for plain text: a sidecar `NAME.json` beside `NAME.txt`, or front matter in the file.

A `.txt` file holds only the words of an article, yet the date it was published is what turns
"اليوم الجمعة" or "أمس" into a calendar day, and two reports of one meeting only merge when both
resolve to the same day. So a `.txt` may carry its title, URL, publication date and outlet in one
of two ways (both documented in the README's Input paragraph):

- a sidecar `NAME.json` beside `NAME.txt`: a JSON object with any of `title`, `url`, `published`
  (ISO 8601 date or datetime), `source`; the `.txt` stays byte-for-byte the article;
- a front-matter block at the very top of the `.txt`: a line `---`, then `key: value` lines with
  the same keys (blank lines and `#` comments allowed, a value may be wrapped in "…" or '…'),
  then a closing line `---`. The block is not part of the article: `Document.text` starts right
  after the closing line, so every offset (NIF `beginIndex`/`endIndex`) slices the stored text.

Metadata is all or nothing: a bad sidecar or front matter (invalid JSON, an unknown key, a date
that is not ISO 8601…) is reported on one line naming the file and the reason, and the article is
still read, without that metadata. A closed block of `key: value` lines with a bad key or value is
still removed from the text (it is clearly metadata); a block with a line that is not `key: value`
at all, or one that is never closed, may be article prose under a "---" rule, so the file is then
read whole: losing words of the article would be worse than keeping a stray line.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

#: The metadata keys a sidecar or front matter may hold (the optional fields of a `.jsonl` record).
KEYS = ("title", "url", "published", "source")

#: A sidecar is a few hundred bytes; anything far larger is a mistake (a corpus saved as .json).
SIDECAR_MAX_BYTES = 1_000_000

#: The front matter must close within this many lines, so a text that merely opens with a "---"
#: rule is never scanned to its end.
FRONT_MATTER_MAX_LINES = 100

_FENCE = re.compile(r"---[ \t]*\r?\n")
_LINE = re.compile(r"([A-Za-z_]+)[ \t]*:[ \t]*(.*)")


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None

    def as_fields(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


class BadMetadata(ValueError):
    """A sidecar or front matter that cannot be used; the message is the reason shown to the user."""


@dataclass(frozen=True)
class FrontMatter:
    """The result of looking for front matter: the article text, and the metadata or why it is bad."""

    body: str  # the article: the text after the closing fence (the whole text when there is no block)
    metadata: Metadata | None
    error: str | None = None


def parse_published(value: object) -> date | None:
    """ISO date or datetime → the calendar date as written (a datetime's own timezone, not UTC)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadMetadata(f'"published" must be an ISO 8601 string, got a JSON {json_type(value)}')
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise BadMetadata(
            f'"published" is not an ISO 8601 date or datetime: {value!r} '
            '(expected e.g. "2025-01-17" or "2025-01-17T10:30:00+03:00")'
        ) from None


def to_metadata(values: dict[str, object]) -> Metadata:
    """Check a mapping of metadata keys (from a sidecar or front matter) and build the Metadata."""
    unknown = sorted(k for k in values if k not in KEYS)
    if unknown:
        raise BadMetadata(f"unknown key {unknown[0]!r}; the keys are {', '.join(KEYS)}")
    strings: dict[str, str | None] = {}
    for key in ("title", "url", "source"):
        value = values.get(key)
        if value is not None and not isinstance(value, str):
            raise BadMetadata(f'"{key}" must be a string, got a JSON {json_type(value)}')
        if isinstance(value, str) and ("\x00" in value or "\n" in value.strip()):
            raise BadMetadata(f'"{key}" must be one line of text')
        # NFC as for article text, so a title typed with decomposed hamza matches the same title.
        strings[key] = unicodedata.normalize("NFC", value.strip()) if isinstance(value, str) and value.strip() else None
    return Metadata(title=strings["title"], url=strings["url"], source=strings["source"],
                    published=parse_published(values.get("published")))


def sidecar_path(article: Path) -> Path:
    """Where the sidecar of `article` lives: `NAME.json` beside `NAME.txt`."""
    return article.with_suffix(".json")


def read_sidecar(path: Path) -> Metadata:
    """Read one sidecar; BadMetadata says why it cannot be used."""
    try:
        size = path.stat().st_size
        if size > SIDECAR_MAX_BYTES:
            raise BadMetadata(f"sidecar is {size:,} bytes, over the limit of {SIDECAR_MAX_BYTES:,}")
        raw = path.read_bytes()
    except OSError as exc:
        raise BadMetadata(f"cannot read sidecar: {exc.strerror or exc}") from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BadMetadata(f"sidecar is not valid UTF-8 (byte offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise BadMetadata(f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise BadMetadata(f"sidecar is a JSON {json_type(obj)}, not an object with {', '.join(KEYS)}")
    return to_metadata(obj)


def split_front_matter(text: str) -> FrontMatter:
    """Find a front-matter block at the very start of `text` and parse it.

    No block (the text does not start with a `---` line): the whole text is the article.
    """
    opening = _FENCE.match(text)
    if opening is None:
        return FrontMatter(text, None)
    values: dict[str, str] = {}
    error: str | None = None
    prose = False  # a line that is not `key: value` at all: maybe no front matter, but a rule
    pos = opening.end()
    for lineno in range(2, FRONT_MATTER_MAX_LINES + 2):
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        nxt = len(text) if end < 0 else end + 1
        stripped = line.strip()
        if stripped == "---":
            if error is not None:
                body = text if prose else text[nxt:]
                kept = "; the file was read as it is" if prose else ""
                return FrontMatter(body, None, f"front matter: {error}{kept}")
            try:
                return FrontMatter(text[nxt:], to_metadata(dict(values)))
            except BadMetadata as exc:
                return FrontMatter(text[nxt:], None, f"front matter: {exc}")
        if error is None and stripped and not stripped.startswith("#"):
            error = _add_line(values, stripped, lineno)
            prose = error is not None and "expected 'key: value'" in error
        if end < 0:
            break
        pos = nxt
    return FrontMatter(text, None, f"front matter opened by '---' on line 1 has no closing '---' line "
                                   f"within {FRONT_MATTER_MAX_LINES} lines; the file was read as it is")


def _add_line(values: dict[str, str], line: str, lineno: int) -> str | None:
    """Add one `key: value` line to `values`, or say what is wrong with it."""
    found = _LINE.fullmatch(line)
    if found is None:
        return f"line {lineno}: expected 'key: value', got {line[:40]!r}"
    key, value = found.group(1), found.group(2).strip()
    if key not in KEYS:
        return f"line {lineno}: unknown key {key!r}; the keys are {', '.join(KEYS)}"
    if key in values:
        return f"line {lineno}: {key!r} given twice"
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    values[key] = value
    return None


def json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
