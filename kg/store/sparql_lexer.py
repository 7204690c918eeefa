"""SPARQL text, lexed: the one place that knows where comments, strings and IRIs are.

pyoxigraph exposes no parsed-query object, so a few questions are answered on the query text
with comments, strings and IRIs blanked out (they are the only places a keyword can hide):
does the query choose its own dataset (FROM), is it an Update, which form is it (SELECT, ASK
…), how deeply is it nested. The server's checks (`kg.server.sparql_text`) and both store
backends use these; none of them lexes SPARQL on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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


__all__ = ["has_dataset_clause", "looks_like_update", "nesting_depth", "query_form", "sparql_skeleton", "tokens"]
