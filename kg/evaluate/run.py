"""`kg evaluate`'s I/O: read the gold file, build the articles (or open a store), run the queries.

The articles are built with kg's own `kg.build.build` into an in-memory store, exactly as
`kg build` would write them, so the figures are those of the shipped pipeline; `--store`
scores a store that already exists instead. The four contract queries are read from the
`queries/` folder (`$KG_QUERIES_DIR`, else the source checkout's, else ./queries), so what is
scored is what a user of those queries gets.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from kg.evaluate.gold import Gold, GoldError, parse_gold
from kg.evaluate.report import Report
from kg.evaluate.score import Row, Rows, score
from kg.rdf.terms import WD, sparql_prefixes

QUERY_NAMES = ("entities", "officials", "meetings", "treaties")


class EvaluateError(RuntimeError):
    """Evaluation cannot run; the message is one line for the user."""


def load_gold(path: Path) -> Gold:
    """Parse the gold file at `path`. Raises GoldError with one line naming the file and the reason."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the gold file: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    return parse_gold(data, str(path))


def queries_dir() -> Path:
    """The contract queries' folder: $KG_QUERIES_DIR, else the source checkout's, else ./queries."""
    env = os.environ.get("KG_QUERIES_DIR")
    candidates = [Path(env)] if env else []
    candidates += [Path(__file__).resolve().parents[2] / "queries", Path.cwd() / "queries"]
    return next((c for c in candidates if c.is_dir()), candidates[0])


def read_queries(folder: Path | None = None) -> dict[str, str]:
    folder = folder or queries_dir()
    out = {}
    for name in QUERY_NAMES:
        path = folder / f"{name}.rq"
        try:
            out[name] = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise EvaluateError(f"{path}: cannot read the contract query: {exc.strerror or exc}") from exc
    return out


#: The Wikidata links of every post's country or body, per article (`Rows.post_links`): the one
#: lookup besides the contract queries, because `officials.rq` gives `?of` without its link.
POST_LINKS = sparql_prefixes("kg", "org", "owl") + f"""SELECT DISTINCT ?doc ?of ?wikidata WHERE {{
  GRAPH ?g {{
    ?article a kg:NewsArticle ; kg:articleId ?doc .
    ?role kg:postIn/org:subOrganizationOf? ?of . ?of owl:sameAs ?wikidata .
    FILTER STRSTARTS(STR(?wikidata), "{WD}")
  }}
}}"""


def query_rows(store, queries: dict[str, str]) -> Rows:
    """Run the four contract queries and the post-links lookup; each row as {variable: value or None}."""
    tables: dict[str, list[Row]] = {}
    for name, text in (*((n, queries[n]) for n in QUERY_NAMES), ("post_links", POST_LINKS)):
        try:
            results = store.query(text)
        except SyntaxError as exc:
            raise EvaluateError(f"{name}.rq: query syntax error: {exc}") from exc
        names = [v.value for v in results.variables]
        tables[name] = [{n: (s[n].value if s[n] is not None else None) for n in names} for s in results]
    return Rows(**tables)


def build_in_memory(paths: Sequence[Path], on_error: Callable[[str], None], progress: bool = False,
                    parse: str | None = None):
    """A fresh in-memory store holding `paths` built by kg's own build (`parse`: `kg build --parse`)."""
    from kg.build import build
    from kg.build.errors import ModelLoadError
    from kg.build.pipelines import DEFAULT_PARSE, PipelineFactory
    from kg.rdf.iris import Iris
    from kg.store.registry import open_store

    store = open_store("memory:")
    try:
        build(paths, store, iris=Iris(), progress=progress, on_error=lambda e: on_error(str(e)),
              pipeline_factory=PipelineFactory(parse or DEFAULT_PARSE))
    except ModelLoadError as exc:
        store.close()
        raise EvaluateError(str(exc)) from exc
    return store


def evaluate(gold: Gold, *, paths: Sequence[Path] = (), store_location: str | None = None,
             on_error: Callable[[str], None] = lambda message: None, progress: bool = False,
             queries: dict[str, str] | None = None, parse: str | None = None) -> Report:
    """Build `paths` into a temporary store (or open `store_location`), query it, score it.
    `parse`: where the parser runs in that build (`kg build --parse`; default: as kg build)."""
    queries = queries or read_queries()
    if store_location is not None:
        from kg.store.registry import open_store, redact_location

        try:
            store = open_store(store_location, read_only=True)
        except (OSError, ValueError) as exc:
            raise EvaluateError(f"cannot open store {redact_location(store_location)}: {exc}") from exc
    else:
        store = build_in_memory(paths, on_error, progress, parse)
    try:
        rows = query_rows(store, queries)
    finally:
        store.close()
    return score(gold, rows)
