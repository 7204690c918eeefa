"""What the server must know about a query's text before Oxigraph runs it.

pyoxigraph exposes no parsed-query object, and some checks must happen *before* evaluation
starts (Oxigraph calls SERVICE endpoints while `query()` is still planning, and LOAD fetches
URLs). So:

* cheap lexical checks: nesting depth (on the text with comments, strings and IRIs blanked
  out), and whether the letters "service"/"load" occur at all;
* when they occur anywhere, the text is parsed by rdflib's SPARQL grammar (a second,
  independent parser) to get the resolved endpoint IRIs. A regex cannot decide this: `<` is an
  IRI start or a less-than depending on the grammar, so `FILTER(?a<?b)SERVICE#>` hides a real
  SERVICE from any blanking regex. If rdflib cannot parse the text, or finds fewer SERVICE
  clauses than the lexical scan, the request is refused: a check that cannot be completed must
  fail closed, because a miss is a server-side request forgery hole.

Oxigraph does not process `\\u` escapes outside strings and IRIs, so a keyword cannot hide
behind one; rdflib does, which can only make it see *more* SERVICE clauses, never fewer.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from kg.store.sparql_lexer import sparql_skeleton, tokens

_SERVICE_WORD = re.compile(r"service", re.IGNORECASE)
_LOAD_WORD = re.compile(r"load", re.IGNORECASE)
_SERVICE_KEYWORD = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.IGNORECASE)
_LOAD_KEYWORD = re.compile(r"(?<![\w:?$])LOAD(?![\w:])", re.IGNORECASE)


class Refused(Exception):
    """The text asks for something this server does not do (403), or cannot be checked (400)."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message)
        self.status = status


# -- SERVICE and LOAD --------------------------------------------------------------------------


def _walk(node: Any, found: dict[str, list[Any]], depth: int = 0) -> None:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            found["service"].append(node.get("term"))
        elif node.name == "Load":
            found["load"].append(node.get("iri"))
        for value in node.values():
            _walk(value, found, depth + 1)
    elif isinstance(node, list | tuple):
        for value in node:
            _walk(value, found, depth + 1)


@functools.lru_cache(maxsize=8)  # the SERVICE and LOAD checks of one update share a parse
def _parse_with_rdflib(sparql: str, *, update: bool) -> dict[str, list[Any]]:
    """SERVICE terms and LOAD sources as rdflib resolves them (prefixes and BASE applied)."""
    import logging

    from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    logging.getLogger("rdflib").setLevel(logging.ERROR)
    found: dict[str, list[Any]] = {"service": [], "load": []}
    try:
        if update:
            _walk(translateUpdate(parseUpdate(sparql)).algebra, found)
        else:
            _walk(translateQuery(parseQuery(sparql)).algebra, found)
    except RecursionError as exc:
        raise Refused("the request is nested too deeply to check its SERVICE/LOAD clauses", 400) from exc
    except Exception as exc:  # noqa: BLE001 - any failure means "not verified"
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise Refused(
            "the request mentions SERVICE or LOAD, so the server checks it with a second SPARQL parser "
            f"(rdflib), which rejected it: {first_line[:300]}",
            400,
        ) from exc
    return found


def check_service(sparql: str, allowed: tuple[str, ...] | list[str], *, update: bool = False) -> None:
    """Raise `Refused` unless every SERVICE clause names an endpoint in `allowed` (exact IRI)."""
    if not _SERVICE_WORD.search(sparql):
        return
    # Even with nothing allowed, a lexical check is not enough: `FILTER(?a<?b)SERVICE#>` reads as
    # an IRI to a regex and as `<`, SERVICE and a comment to a SPARQL parser.
    targets = _parse_with_rdflib(sparql, update=update)["service"]
    lexical = len(_SERVICE_KEYWORD.findall(sparql_skeleton(sparql)))
    if lexical > len(targets):
        raise Refused("could not match every SERVICE clause of this query to an endpoint; refused")
    if targets and not allowed:
        raise Refused(
            "federated queries (SERVICE) are disabled on this endpoint; the operator can allow "
            "specific endpoints with `kg serve --allow-service URL`"
        )
    allowed_set = set(allowed)
    for term in targets:
        if term is None or type(term).__name__ != "URIRef":
            raise Refused("SERVICE with a variable endpoint is not allowed on this server")
        if str(term) not in allowed_set:
            raise Refused(
                f"SERVICE <{term}> is not allowed on this server; allowed endpoints: "
                + ", ".join(f"<{url}>" for url in allowed)
            )


def check_load(sparql: str) -> None:
    """Raise `Refused` if a SPARQL Update uses LOAD (the server would fetch a URL for the caller)."""
    if not _LOAD_WORD.search(sparql):
        return
    loads = _parse_with_rdflib(sparql, update=True)["load"]  # a malformed update is a 400, not a 403
    if loads or _LOAD_KEYWORD.search(sparql_skeleton(sparql)):
        raise Refused(
            "LOAD is disabled: this server does not fetch URLs for its clients; upload the data with "
            "the Graph Store Protocol instead (PUT or POST /store?graph=IRI)"
        )


# -- using-graph-uri / using-named-graph-uri ---------------------------------------------------


def update_dataset_clauses(sparql: str) -> bool:
    """True if an update operation names its own dataset (USING, USING NAMED or WITH)."""
    depth = 0
    for kind, text, _ in tokens(sparql):
        if text in ("{", "}"):
            depth += 1 if text == "{" else -1
        elif depth == 0 and kind == "word" and text.upper() in ("USING", "WITH"):
            return True
    return False


def add_using(sparql: str, graphs: list[str], named_graphs: list[str]) -> str:
    """Apply the protocol's `using-graph-uri`/`using-named-graph-uri` to every INSERT/DELETE … WHERE.

    The protocol defines them as USING/USING NAMED clauses of each operation; Oxigraph's Python
    API has no parameter for them, so the clauses are written into the text before each WHERE.
    """
    from pyoxigraph import NamedNode

    clauses = " ".join(
        [f"USING {NamedNode(g)}" for g in graphs] + [f"USING NAMED {NamedNode(g)}" for g in named_graphs]
    )
    if not clauses:
        return sparql
    depth = 0
    previous = ""
    modify = False
    cuts: list[int] = []
    for kind, text, start in tokens(sparql):
        upper = text.upper() if kind == "word" else text
        if text == "{":
            depth += 1
        elif text == "}":
            depth -= 1
        elif depth == 0:
            if upper == ";":
                modify = False
            elif upper in ("INSERT", "DELETE"):
                modify = True
            elif upper == "WHERE" and modify:
                if previous == "DELETE":
                    raise Refused(
                        "using-graph-uri cannot apply to DELETE WHERE; write DELETE { … } WHERE { … }", 400
                    )
                cuts.append(start)
                modify = False
        if depth == 0 or text == "{":
            previous = upper
    for start in reversed(cuts):
        sparql = f"{sparql[:start]}{clauses} {sparql[start:]}"
    return sparql
