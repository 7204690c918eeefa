"""The `kg` command: a thin layer that parses arguments, calls the library and prints.

As in datasette, serving is the default verb: `kg data/kg` is `kg serve --store data/kg`.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from kg import __version__

DEFAULT_STORE = os.environ.get("KG_STORE", "data/kg")
DEFAULT_BASE = os.environ.get("KG_BASE_IRI", "https://kg.example.org/")

store_option = click.option("--store", "store_location", default=DEFAULT_STORE, show_default=True,
                            help="Store location: a folder (embedded Oxigraph). Env: KG_STORE.")


class DefaultServeGroup(click.Group):
    """Unknown first arguments are taken as a store to serve."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["serve", "--store", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultServeGroup)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build and serve a knowledge graph of Arabic news."""


def _shown(location: str) -> str:
    """The location as printed: a password in a store URL never reaches the terminal or a page."""
    from kg.store.registry import redact_location

    return redact_location(location)


def _open(location: str, read_only: bool = False):
    from kg.store.registry import open_store

    try:
        return open_store(location, read_only=read_only)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot open store {_shown(location)}: {exc}") from exc


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base for minted IRIs. Env: KG_BASE_IRI.")
@click.option("--max-bytes", default=5_000_000, show_default=True, help="Skip input files larger than this.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Process articles in N local worker processes (a dask LocalCluster; needs kg[dask]). "
                   "The cores are shared out between them.  [default: in this process]")
@click.option("--dask-scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Process articles on a running dask.distributed cluster (workers need kg installed). "
                   "Results are still written here, in input order.")
@click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True,
              help="Articles tagged in one Stanza call (fewer if they are long); 1: one call per article.")
def build(paths: tuple[Path, ...], store_location: str, base_iri: str, max_bytes: int, quiet: bool,
          workers: int | None, dask_scheduler: str | None, batch_size: int) -> None:
    """Add the articles in PATHS (.txt files, .jsonl files, folders) to the store.

    Unchanged articles are skipped, changed ones replaced; each article is written in one
    transaction, so an interrupted build can simply be run again. SOURCE_DATE_EPOCH, if set,
    is the run's recorded start time: the same input then gives exactly the same quads.
    """
    from kg.build import ExecutorError, ModelLoadError, run_started
    from kg.build import build as run_build
    from kg.build.executors import open_executor
    from kg.nlp.pipeline import get_pipeline
    from kg.rdf.iris import Iris

    if workers and dask_scheduler:
        raise click.UsageError("--workers and --dask-scheduler exclude each other")
    try:
        started = run_started()
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    store = _open(store_location)
    executor = open_executor(workers=workers, scheduler=dask_scheduler, pipeline_factory=get_pipeline)
    try:
        report = run_build(paths, store, iris=Iris(base_iri), pipeline_factory=get_pipeline,
                           executor=executor, max_bytes=max_bytes, progress=not quiet, started=started,
                           batch_size=batch_size,
                           on_error=lambda e: click.echo(f"error: {e}", err=True))
    except (ExecutorError, ModelLoadError) as exc:  # what was written so far stays
        raise click.ClickException(str(exc)) from exc
    finally:
        try:
            executor.close()
        finally:
            store.close()
    click.echo(f"{_shown(store_location)}: {report.summary()}")
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("articles", nargs=-1, required=True)
@store_option
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base of the store's IRIs. Env: KG_BASE_IRI.")
def remove(articles: tuple[str, ...], store_location: str, base_iri: str) -> None:
    """Remove ARTICLES and the provenance only they supported, in one transaction.

    ARTICLE is an article's id as built (the .txt file's name without extension, or the JSONL
    `id`), its article IRI or its graph IRI.
    """
    from kg.ops.remove import remove_articles
    from kg.rdf.iris import Iris

    store = _open(store_location)
    try:
        result = remove_articles(store, articles, Iris(base_iri))
    finally:
        store.close()
    for ref in result.missing:
        click.echo(f"error: {ref}: no such article in {_shown(store_location)}", err=True)
    click.echo(f"{_shown(store_location)}: {len(result.graphs)} article graphs removed")
    if result.missing:
        sys.exit(1)


@main.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def status(store_location: str, as_json: bool) -> None:
    """What the store holds: articles, graphs, quads, entities by type, last build, versions."""
    from kg.ops.status import format_status

    store = _open(store_location, read_only=True)
    try:
        stats = store.stats()
    finally:
        store.close()
    click.echo(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2) if as_json else format_status(stats))


QUERY_FORMATS = ("table", "json", "csv", "tsv", "xml")


@main.command()
@click.argument("query")
@store_option
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True)
def query(query: str, store_location: str, fmt: str) -> None:
    """Run a SPARQL QUERY (text, or a path to a .rq file) against the store."""
    from kg.store.results import render

    text = Path(query).read_text(encoding="utf-8") if query.endswith(".rq") and Path(query).exists() else query
    store = _open(store_location, read_only=True)
    try:
        try:
            results = store.query(text)
        except SyntaxError as exc:
            raise click.ClickException(f"query syntax error: {exc}") from exc
        render(results, fmt, sys.stdout.buffer)
    finally:
        store.close()


@main.command()
@store_option
@click.option("-o", "--output", default="-", show_default=True, help="File; the format follows its extension (.ttl .nt .nq .trig .jsonld, optionally .gz).")
@click.option("--format", "fmt", default=None, help="Override the format (ttl, nt, nq, trig, jsonld).")
@click.option("--graph", default=None, help="Dump only this named graph.")
def dump(store_location: str, output: str, fmt: str | None, graph: str | None) -> None:
    """Write the whole store (or one graph) as RDF, streamed."""
    from kg.store.formats import open_output

    store = _open(store_location, read_only=True)
    try:
        with open_output(output, fmt) as (stream, resolved):
            store.dump(stream, resolved, graph)
    finally:
        store.close()


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("--replace", is_flag=True, help="Empty the store first.")
@click.option("--graph", default=None, help="Load triple formats (.ttl, .nt) into this named graph.")
def load(files: tuple[Path, ...], store_location: str, replace: bool, graph: str | None) -> None:
    """Import RDF files (Turtle, N-Triples, N-Quads, TriG; .gz too) into the store."""
    store = _open(store_location)
    try:
        for i, path in enumerate(files):
            try:
                store.load(path, replace=replace and i == 0, graph=graph)
            except (SyntaxError, ValueError, OSError) as exc:
                raise click.ClickException(f"{path}: {exc}") from exc
        click.echo(f"{_shown(store_location)}: {len(store)} quads")
    finally:
        store.close()


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (0.0.0.0: all interfaces).")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1), help="HTTP threads (waitress).")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Query worker processes, each with its own read-only store handle.  [default: cores, at least 2]")
@click.option("--query-timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              metavar="SECONDS", help="Stop a query (kill its worker) after this long; the client gets 503.")
@click.option("--max-results", default=100_000, show_default=True, type=click.IntRange(0),
              help="Refuse (507, never truncate) results with more rows/triples; 0: no cap.")
@click.option("--allow-service", "allow_service", multiple=True, metavar="URL",
              help="Let SERVICE call this endpoint (repeatable). Without it SERVICE is refused.")
@click.option("--enable-update", is_flag=True,
              help="Accept SPARQL Update at /update and the Graph Store Protocol at /store, for "
                   "requests with `Authorization: Bearer $KG_TOKEN`.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Allow cross-origin requests from ORIGIN (repeatable; * for any).")
@click.option("--max-request-bytes", default=1024 * 1024, show_default=True, type=click.IntRange(1024),
              help="Largest query/update request body (413 beyond).")
@click.option("--max-upload-bytes", default=64 * 1024 * 1024, show_default=True, type=click.IntRange(1024),
              help="Largest Graph Store Protocol upload.")
@click.option("--max-nesting", default=200, show_default=True, type=click.IntRange(0),
              help="Refuse (400) queries nested deeper than this; 0: no check.")
def serve(store_location: str, host: str, port: int, threads: int, workers: int | None, query_timeout: float,
          max_results: int, allow_service: tuple[str, ...], enable_update: bool, cors: tuple[str, ...],
          max_request_bytes: int, max_upload_bytes: int, max_nesting: int) -> None:
    """Serve the store: SPARQL endpoint at /sparql, dumps at /dump.ttl, web UI at /."""
    from kg.server.config import ServerConfig, default_workers
    from kg.server.serve import serve as run_server

    token = os.environ.get("KG_TOKEN") or None
    if enable_update and not token:
        raise click.UsageError("--enable-update needs a secret in the environment variable KG_TOKEN")
    try:
        config = ServerConfig(
            title=f"kg – {_shown(store_location)}", query_timeout=query_timeout, max_results=max_results,
            workers=workers or default_workers(), allow_service=allow_service, enable_update=enable_update,
            token=token if enable_update else None, cors=cors, max_request_bytes=max_request_bytes,
            max_upload_bytes=max_upload_bytes, max_nesting=max_nesting)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    try:
        run_server(store_location, host=host, port=port, threads=threads, config=config)
    except (OSError, RuntimeError, ValueError) as exc:
        raise click.ClickException(f"cannot serve {_shown(store_location)}: {exc}") from exc


@main.command()
@store_option
def validate(store_location: str) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl."""
    from kg.rdf.shacl import validate as run_validate

    store = _open(store_location, read_only=True)
    try:
        report = run_validate(store.as_rdflib_dataset())
    finally:
        store.close()
    if report.conforms:
        click.echo("conforms: no SHACL violations")
        return
    for v in report.violations:
        click.echo(v)
    click.echo(f"{len(report.violations)} SHACL violations", err=True)
    sys.exit(1)


@main.command()
@store_option
@click.option("--online", is_flag=True, help="Query Wikidata's API (needs a connection). Nothing goes online without it.")
@click.option("--api-url", default="https://www.wikidata.org/w/api.php", show_default=True,
              help="The MediaWiki action API to query.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where API responses are cached (a re-run makes no requests).  [default: ~/.cache/kg/wikidata]")
@click.option("--dry-run", is_flag=True, help="Print what would be linked; write nothing.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.7, show_default=True,
              help="Lowest score that gets an owl:sameAs.")
@click.option("--limit", type=click.IntRange(1, 50), default=7, show_default=True, help="Candidates per name.")
@click.option("--min-interval", type=click.FloatRange(0), default=1.0, show_default=True, metavar="SECONDS",
              help="Least time between two requests.")
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base of the store's IRIs. Env: KG_BASE_IRI.")
@click.option("--drop", is_flag=True, help="Remove the enrichment graph (no network) and stop.")
def link(store_location: str, online: bool, api_url: str, cache_dir: Path | None, dry_run: bool, threshold: float,
         limit: int, min_interval: float, base_iri: str, drop: bool) -> None:
    """Link stored entities to Wikidata with its API (--online), into their own named graph."""
    from kg.ops.wikidata_enrich import online_graph
    from kg.rdf.iris import Iris

    iris = Iris(base_iri)
    graph = str(online_graph(iris))
    if drop:
        store = _open(store_location)
        try:
            store.remove_graph(graph)
        finally:
            store.close()
        click.echo(f"{_shown(store_location)}: removed <{graph}>")
        return
    if not online:
        raise click.UsageError(
            "kg link queries Wikidata over the network and only does so with --online "
            f"(requests go to {api_url}; responses are cached in --cache, default ~/.cache/kg/wikidata). "
            "Offline linking to the shipped knowledge base already happens in kg build.")

    from kg.ops.wikidata_api import WikidataClient, WikidataError
    from kg.ops.wikidata_enrich import enrich

    store = _open(store_location, read_only=dry_run)
    try:
        with WikidataClient(api_url, cache_dir, min_interval=min_interval) as client:
            try:
                report = enrich(store, client, iris, threshold=threshold, limit=limit, dry_run=dry_run)
            except WikidataError as exc:
                raise click.ClickException(f"{exc} (nothing was written)") from exc
    finally:
        store.close()
    for d in report.decisions:
        if d.chosen is not None:
            verb = "would link" if dry_run else "linked"
            click.echo(f"{verb} {d.entity.label} ({d.entity.kind}) → {d.chosen.qid}  score {d.chosen.score:.2f}")
            for item in d.chosen.evidence:
                click.echo(f"    {item}")
        else:
            best = ", ".join(f"{c.qid} {c.score:.2f}" for c in d.candidates[:3]) or "no candidates"
            click.echo(f"{d.status} {d.entity.label} ({d.entity.kind}): {best}")
    where = "would go to" if dry_run else "written to"
    click.echo(f"{_shown(store_location)}: {len(report.decisions)} entities without a Wikidata link, "
               f"{len(report.linked)} linked; {report.triples} triples {where} <{graph}>; "
               f"{client.requests_made} requests, {client.cache_hits} answers from the cache ({client.cache_dir})")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--gold", "gold_path", required=True, type=click.Path(path_type=Path),
              help="Gold annotations in the format of ../shared/data/dev-news-gold/gold.json.")
@click.option("--store", "store_location", default=None,
              help="Score this store as it is, instead of building PATHS into a temporary one.")
@click.option("--json", "json_out", default=None, metavar="OUT",
              help="Write the figures and per-item misses as JSON to OUT ('-': stdout).")
@click.option("--details", is_flag=True, help="List every miss under the table.")
@click.option("--quiet", "-q", is_flag=True, help="No build progress bar.")
def evaluate(paths: tuple[Path, ...], gold_path: Path, store_location: str | None, json_out: str | None,
             details: bool, quiet: bool) -> None:
    """Score facts against a gold file: build PATHS into a temporary store (or take --store),
    run queries/entities.rq, officials.rq, meetings.rq, treaties.rq and compare per article.

    The rules are those of ../shared/data/dev-news-gold/README.md ("Scoring (strict)"). The JSON
    has the figures under "scores" by dotted name (entities.recall … treaties.precision), and one
    object per fact kind with the counts, the missed gold items and the unmatched tool items.
    """
    from kg.evaluate.gold import GoldError
    from kg.evaluate.report import format_table
    from kg.evaluate.run import EvaluateError, load_gold
    from kg.evaluate.run import evaluate as run_evaluate

    if bool(paths) == bool(store_location):
        raise click.UsageError("give the articles to build (PATHS) or an existing --store, not both")
    try:
        gold = load_gold(gold_path)
        report = run_evaluate(gold, paths=paths, store_location=store_location, progress=not quiet,
                              on_error=lambda message: click.echo(f"error: {message}", err=True))
    except (GoldError, EvaluateError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_table(report, details=details))
    if json_out:
        text = json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n"
        if json_out == "-":
            click.echo(text, nl=False)
        else:
            Path(json_out).write_text(text, encoding="utf-8")


@main.group()
def kb() -> None:
    """The knowledge base used for linking (countries, cities, nisba adjectives)."""


@kb.command("build")
@click.option("--sources", type=click.Path(exists=True, path_type=Path),
              default=Path("../shared/data/kb-sources"), show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Default: the package's shipped knowledge base.")
def kb_build(sources: Path, out: Path | None) -> None:
    """Rebuild the knowledge base from its sources (deterministic)."""
    from kg.link.kb import shipped_kb_path
    from kg.link.kb.build import build_kb

    summary = build_kb(sources, out or shipped_kb_path())
    click.echo(summary)


@kb.command("audit")
@click.option("--sources", type=click.Path(path_type=Path), default=Path("../shared/data/kb-sources"),
              show_default=True)
@click.option("--kb-file", type=click.Path(exists=True, path_type=Path), default=None,
              help="Default: the package's shipped knowledge base.")
def kb_audit(sources: Path, kb_file: Path | None) -> None:
    """List single-source QIDs, disagreements, type violations and unattested spellings;
    exit 1 on any type violation (issue 18)."""
    from kg.link.kb import read_kb, shipped_kb_path
    from kg.link.kb.audit import audit

    if not (sources / "dr5hn-countries-states-cities" / "cities_extract.tsv").exists():
        raise click.ClickException(f"{sources}: not a kb-sources folder (no dr5hn-countries-states-cities/cities_extract.tsv)")
    report = audit(read_kb(kb_file or shipped_kb_path()), sources)
    click.echo(report.render(), nl=False)
    if report.type_violations:
        raise SystemExit(1)


@main.group()
def models() -> None:
    """Train, evaluate and fetch the Stanza models."""


@models.command("train")
@click.option("--data", type=click.Path(exists=True, path_type=Path), default=Path("../shared/data"), show_default=True)
@click.option("--work", type=click.Path(path_type=Path), default=Path("build/train"), show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Default: the package's shipped model folder.")
@click.option("--commercial-safe", is_flag=True, help="Leave out the CC BY-NC-SA data: SaudiNewsNet (word vectors) and PADT (tagger, parser).")
@click.option("--ner-steps", type=int, default=None)
@click.option("--threads", type=int, default=2, show_default=True)
@click.option("--step", "steps", multiple=True, help="Run only these steps (treebank tokenizer mwt ner-data vectors ner ner-second syntax-data pos depparse ship ship-syntax).")
def models_train(data: Path, work: Path, out: Path | None, commercial_safe: bool, ner_steps: int | None,
                 threads: int, steps: tuple[str, ...]) -> None:
    """Rebuild the shipped models from the corpora (about 1.5 h on 2 cores)."""
    from kg.nlp.models import SHIPPED_DIR
    from kg.nlp.train.run import TrainConfig, train

    kwargs: dict = {"ner_steps": ner_steps} if ner_steps else {}
    if commercial_safe:
        kwargs["model_name"] = "kg-ar-1-commercial-safe"
    cfg = TrainConfig(data=data.resolve(), work=work.resolve(), out=(out or SHIPPED_DIR).resolve(),
                      commercial_safe=commercial_safe, threads=threads, **kwargs)
    train(cfg, list(steps) or None)


@models.command("evaluate")
@click.option("--ner-test", "ner_tests", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A `token TAG` file (BIO/IOB2), blank line between sentences. Repeatable.")
@click.option("--treebank-test", type=click.Path(exists=True, path_type=Path), default=None,
              help="A CoNLL-U file: score tokenization and MWT on its raw text.")
@click.option("--syntax-test", "syntax_tests", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A CoNLL-U file: score the POS tagger and parser (UPOS, UFeats, UAS, LAS) on its words. Repeatable.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per test file.")
def models_evaluate(ner_tests: tuple[Path, ...], treebank_test: Path | None, syntax_tests: tuple[Path, ...],
                    as_json: bool) -> None:
    """Score the pipeline users get on held-out data."""
    from kg.nlp.evaluate import evaluate_ner, evaluate_syntax, evaluate_tokenizer, format_table
    from kg.nlp.models import from_environment
    from kg.nlp.pipeline import get_pipeline

    if not ner_tests and not treebank_test and not syntax_tests:
        raise click.UsageError("give --ner-test FILE, --treebank-test FILE and/or --syntax-test FILE")
    for path in ner_tests:
        scores = evaluate_ner(get_pipeline(), path)
        if as_json:
            click.echo(json.dumps({k: v.as_dict() for k, v in scores.items()}))
        else:
            click.echo(f"{path}\n{format_table(scores)}\n")
    if treebank_test:
        result = evaluate_tokenizer(from_environment(), treebank_test)
        click.echo(json.dumps(result) if as_json else
                   f"{treebank_test}\n" + "  ".join(f"{k} F1 {v:.2f}" for k, v in result.items()))
    for path in syntax_tests:
        try:  # the parser is scored whatever KG_SYNTAX says for builds
            result = evaluate_syntax(from_environment(syntax=True), path)
        except FileNotFoundError as exc:
            raise click.ClickException(f"{path}: {exc}") from exc
        click.echo(json.dumps(result) if as_json else
                   f"{path}\n" + "  ".join(f"{k} {v}" for k, v in result.items()))


@models.command("download")
@click.option("--dir", "resources_dir", type=click.Path(path_type=Path), default=None,
              help="Default: ~/.cache/kg/stanza_resources (use with KG_MODELS=stanford).")
@click.option("--resources-url", default=None, hidden=True)
def models_download(resources_dir: Path | None, resources_url: str | None) -> None:
    """Fetch Stanford's official Arabic models (needs a connection)."""
    from kg.nlp.models import DEFAULT_STANFORD_DIR, download_stanford

    target = resources_dir or DEFAULT_STANFORD_DIR
    try:
        download_stanford(target, resources_url)
    except ConnectionError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Stanford's Arabic models are in {target}; use them with KG_MODELS=stanford "
               f"KG_STANZA_RESOURCES={target}")


if __name__ == "__main__":
    main()
