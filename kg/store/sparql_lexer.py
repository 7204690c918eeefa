"""SPARQL text, lexed: the one place that knows where comments, strings and IRIs are.

pyoxigraph exposes no parsed-query object, so a few questions are answered on the query text
with comments, strings and IRIs blanked out (they are the only places a keyword can hide):
does the query choose its own dataset (FROM), is it an Update, which form is it (SELECT, ASK
…), how deeply is it nested, how big is it. The server's checks (`kg.server.sparql_text`) and both store
backends use these; none of them lexes SPARQL on its own.

An endpoint sees the same query texts again and again (a page's queries, a client's poll), and
each request asks several of these questions (the web process: update? depth? size?; the
worker: FROM?). So the answers for texts up to `_CACHED_CHARS` are memoized (pure functions of
the text); longer texts (an INSERT DATA upload) are lexed each time and never kept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import TypeVar

# The three kinds of token a keyword can hide in; shared by `skeleton` and `tokens`.
_COMMENT = r"(?P<comment>\#[^\n]*)"
_STRING = r"""(?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                  | '''(?:[^'\\]|\\.|'(?!''))*'''
                  | "(?:[^"\\\n]|\\.)*"
                  | '(?:[^'\\\n]|\\.)*')"""
_IRI = r"""(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)"""

_NOISE = re.compile(f"{_COMMENT}\n | {_STRING}\n | {_IRI}", re.VERBOSE | re.DOTALL)
_TOKEN = re.compile(
    rf"""(?P<ws>\s+)
      | {_COMMENT}
      | {_STRING}
      | {_IRI}
      | (?P<word>[?$]\w+|[A-Za-z_][\w\-.:]*)
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)
_FROM = re.compile(r"(?<![\w:?$])FROM(?![\w:])", re.IGNORECASE)
_UPDATE = re.compile(
    r"""^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<>|BASE\s*<>)\s*)*
        (?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)(?![\w:])""",
    re.IGNORECASE | re.VERBOSE,
)
_FORM = re.compile(r"(?<![\w:?$])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:])", re.IGNORECASE)
_OPEN = frozenset("{([")
_CLOSE = frozenset("})]")

#: Texts up to this many characters have their answers memoized (see the module docstring).
_CACHED_CHARS = 16_384
T = TypeVar("T")


def _memo(fn: Callable[[str], T]) -> Callable[[str], T]:
    """`fn`, memoized for short texts (a bounded LRU); long texts are computed and not kept."""
    cached = functools.lru_cache(maxsize=256)(fn)

    @functools.wraps(fn)
    def wrapper(text: str) -> T:
        return cached(text) if len(text) <= _CACHED_CHARS else fn(text)

    wrapper.memo = cached  # type: ignore[attr-defined]
    return wrapper


@_memo
def sparql_skeleton(text: str) -> str:
    """The query with comments removed and every string/IRI emptied (`""`, `<>`)."""

    def blank(m: re.Match[str]) -> str:
        if m.group("comment") is not None:
            return " "
        return '""' if m.group("string") is not None else "<>"

    return _NOISE.sub(blank, text)


def tokens(sparql: str) -> Iterator[tuple[str, str, int]]:
    """(kind, text, start) for each token that is not whitespace or a comment.

    Kinds: `string`, `iri`, `word` (keywords, prefixed names, variables) and `other`.
    """
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind not in ("ws", "comment"):
            yield kind, match.group(), match.start()


def has_dataset_clause(sparql: str) -> bool:
    """True if the query has FROM / FROM NAMED (then it chooses its own default graph)."""
    return _FROM.search(sparql_skeleton(sparql)) is not None


def looks_like_update(sparql: str) -> bool:
    """True if the text is a SPARQL Update request (INSERT, DELETE, LOAD, DROP …), not a query."""
    return _UPDATE.match(sparql_skeleton(sparql)) is not None


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first form keyword outside strings (SELECT if none)."""
    match = _FORM.search(sparql_skeleton(sparql))
    return match.group(1).upper() if match else "SELECT"


@_memo
def nesting_depth(sparql: str) -> int:
    """Deepest nesting of `{ ( [` outside comments, strings and IRIs."""
    depth = deepest = 0
    for char in sparql_skeleton(sparql):
        if char in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
    return deepest


#: Tokens that only group or separate: they add no node to the query's algebra.
_STRUCTURE = frozenset("{}()[].,;")


@_memo
def query_size(sparql: str) -> int:
    """How big the query's algebra gets: its terms, operators and keywords (one each).

    Every variable, IRI, literal, number, operator (`+`, `&&`, `/` of a path …) and keyword
    (UNION, BIND, FILTER …) becomes at least one node of the algebra Oxigraph builds and walks
    recursively; brackets and separators do not count. A chain of 10,000 additions is about
    20,000; a flat list of triple patterns about 3 per pattern. The ground quads of INSERT
    DATA / DELETE DATA do not count: Oxigraph reads them as a flat list (50,000 triples pass
    on a default stack), and /update should take as many as its body limit allows.
    """
    size = 0
    data_depth = 0  # inside `DATA { … }`: the braces opened since DATA
    after_data = False
    for kind, text, _ in tokens(sparql):
        if data_depth:
            data_depth += (text == "{") - (text == "}") if kind == "other" else 0
            continue
        if after_data and text == "{":
            data_depth, after_data = 1, False
            continue
        after_data = kind == "word" and text.upper() == "DATA"
        if kind != "other" or text not in _STRUCTURE:
            size += 1
    return size


__all__ = ["has_dataset_clause", "looks_like_update", "nesting_depth", "query_form", "query_size",
           "sparql_skeleton", "tokens"]
