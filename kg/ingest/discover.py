"""Find the article files under the paths a user gave, in an order that never depends on the filesystem."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.types import InputError

log = logging.getLogger(__name__)

#: Extensions we read (compared case-insensitively), and the reader kind for each.
SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".html": "html", ".htm": "html", ".warc": "warc",
            ".warc.gz": "warc"}

#: What the readable kinds are, as error messages name them.
KINDS_TEXT = ".txt or .html (one article), .jsonl (one article per line) or .warc/.warc.gz (web archive)"

#: A `NAME.json` beside `NAME.txt` is that article's metadata (`kg.ingest.meta`), never an article:
#: `.jsonl` is input, `.json` is not.
SIDECAR_SUFFIX = ".json"


@dataclass
class ReadStats:
    """Counts for one run, filled in as `read_corpus` is consumed (a generator cannot return them)."""

    files: int = 0  # files opened (txt, jsonl, html, warc)
    documents: int = 0
    errors: int = 0
    skipped: list[str] = field(default_factory=list)  # files ignored for their extension


def discover(paths: list[Path], stats: ReadStats) -> Iterator[tuple[Path, str] | InputError]:
    """Yield `(file, kind)` for every readable article file, or an InputError for a path we cannot use.

    Folders are read in sorted path order, so two runs over the same tree read the same files in the
    same order (and a duplicate-id error always lands on the same file); `paths` keep their own order. Hidden
    entries (".git", ".DS_Store", editor swap files) are skipped: they are never articles. A file given
    twice (directly, or also through its folder) is read once.
    """
    seen: set[Path] = set()
    for root in paths:
        root = Path(root)
        if root.is_dir():
            candidates: Iterator[Path | InputError] = _walk(root)
        elif root.exists():
            kind = kind_of(root)
            if kind is None and root.suffix.lower() == SIDECAR_SUFFIX:
                yield InputError(
                    str(root),
                    "a .json file is not an article: it is the metadata sidecar of the .txt or .html of "
                    "the same name; give that file (its sidecar is read with it), or .jsonl for one "
                    "article per line",
                )
                continue
            if kind is None:
                # Named explicitly, so silently ignoring it would hide a mistake.
                yield InputError(
                    str(root),
                    f"unsupported file type {root.suffix or '(no extension)'!r}; give {KINDS_TEXT}",
                )
                continue
            candidates = iter([root])
        else:
            yield InputError(str(root), "no such file or folder")
            continue
        for item in candidates:
            if isinstance(item, InputError):
                yield item
                continue
            key = _identity(item)
            if key in seen:
                continue
            seen.add(key)
            kind = kind_of(item)
            if kind is None and _is_sidecar(item):
                continue  # read with its .txt
            if kind is None:
                log.debug("skipping %s: not %s", item, KINDS_TEXT)
                stats.skipped.append(str(item))
                continue
            yield item, kind


def kind_of(path: Path) -> str | None:
    """The reader kind for a file name ("txt", "jsonl", "html", "warc"), or None if we do not read it."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return SUFFIXES.get(path.suffix.lower())


#: The article files a sidecar may describe (one article per file).
SIDECAR_OF = (".txt", ".html", ".htm")


def _is_sidecar(path: Path) -> bool:
    """True for `NAME.json` beside a `NAME.txt` or `NAME.html` (the readers look for exactly that name)."""
    return path.suffix == SIDECAR_SUFFIX and any(path.with_suffix(s).is_file() for s in SIDECAR_OF)


def _walk(root: Path) -> Iterator[Path | InputError]:
    """Every non-hidden regular file under `root`, in path order (as `sorted` sorts path components).

    Sorting whole relative paths, rather than trusting `os.walk`'s listing order, makes the order the
    same on every filesystem, and "a/x.txt" comes before "b.txt" as a reader of the tree expects.
    """
    found: list[tuple[tuple[str, ...], Path | InputError]] = []

    def on_error(exc: OSError) -> None:
        where = Path(exc.filename or root)
        found.append(
            (_key(root, where), InputError(str(where), f"cannot list folder: {exc.strerror or exc}"))
        )

    # followlinks=False: a symlink back up the tree would otherwise loop forever.
    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in dirnames:
            path = Path(dirpath) / name
            if path.is_symlink() and _is_ancestor_link(path):
                found.append((_key(root, path), InputError(str(path), "symbolic link loop: it points to a "
                                                                       "folder that contains it; skipped")))
        for name in filenames:
            path = Path(dirpath) / name
            if name.startswith("."):
                continue
            # is_file() drops FIFOs, sockets and broken links, which would block or fail on open.
            if path.is_file():
                found.append((_key(root, path), path))
            elif path.is_symlink():  # named, so that a missing article does not go unnoticed
                found.append((_key(root, path), InputError(str(path), _broken_link(path))))
    found.sort(key=lambda item: item[0])
    for _, item in found:
        yield item


def _broken_link(path: Path) -> str:
    """Why a symbolic link that is no file cannot be read: a loop, a missing target, or neither."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop; skipped"
        if exc.errno == errno.ENOENT:
            return f"dangling symbolic link (its target {os.readlink(path)} does not exist); skipped"
        return f"cannot follow symbolic link: {exc.strerror or exc}; skipped"
    return "symbolic link to something that is not a file; skipped"


def _is_ancestor_link(path: Path) -> bool:
    """True for a link to a folder that contains the link (walking into it would never end)."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return False
    return target == path.parent.resolve() or target in path.parent.resolve().parents


def _key(root: Path, path: Path) -> tuple[str, ...]:
    try:
        return path.relative_to(root).parts
    except ValueError:
        return path.parts


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
