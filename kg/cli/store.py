"""`kg build`, `remove`, `status`, `query`, `dump`, `load`: commands that bring data in or read it out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.cli.app import DEFAULT_BASE, _check_base, _check_iri, _one_line, _open, _shown, main, store_option


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, callback=_check_base,
              help="Base for minted IRIs. Env: KG_BASE_IRI.")
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
    from kg.link.resources import Resources
    from kg.nlp.pipeline import get_pipeline
    from kg.rdf.iris import Iris

    if workers and dask_scheduler:
        raise click.UsageError("--workers and --dask-scheduler exclude each other")
    try:
        started = run_started()
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    store = _open(store_location, create=True)
    executor = open_executor(workers=workers, scheduler=dask_scheduler, pipeline_factory=get_pipeline)
    try:
        report = run_build(paths, store, iris=Iris(base_iri), pipeline_factory=get_pipeline, resources=Resources.default(),
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
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, callback=_check_base,
              help="Base of the store's IRIs. Env: KG_BASE_IRI.")
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
@click.option("--allow-service", "allow_service", multiple=True, metavar="URL",
              help="Let SERVICE call this endpoint (repeatable). Without it a query with SERVICE is "
                   "refused: kg query makes no network request unless asked, as kg serve.")
def query(query: str, store_location: str, fmt: str, allow_service: tuple[str, ...]) -> None:
    """Run a SPARQL QUERY (text, or a path to a .rq file) against the store."""
    from kg.server import deep_stack
    from kg.server.sparql_text import Refused, check_service
    from kg.store.results import render

    text = query
    if query.endswith(".rq"):
        try:
            text = Path(query).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else _one_line(exc)
            raise click.ClickException(f"cannot read the query file {query}: {reason}") from exc
    store = _open(store_location, read_only=True)

    def run() -> None:  # checked, evaluated and streamed on a deep stack, as in kg serve's workers
        try:
            check_service(text, allow_service, how_to_allow="allow specific endpoints with --allow-service URL")
        except Refused as exc:
            raise click.ClickException(f"query refused: {exc}") from exc
        try:
            results = store.query(text)
        except SyntaxError as exc:
            raise click.ClickException(f"query syntax error: {exc}") from exc
        render(results, fmt, sys.stdout.buffer)

    try:
        deep_stack.call(run)
    finally:
        store.close()


@main.command()
@store_option
@click.option("-o", "--output", default="-", show_default=True, help="File; the format follows its extension (.ttl .nt .nq .trig .jsonld, optionally .gz).")
@click.option("--format", "fmt", default=None, help="Override the format (ttl, nt, nq, trig, jsonld).")
@click.option("--graph", default=None, callback=_check_iri, help="Dump only this named graph (an IRI).")
def dump(store_location: str, output: str, fmt: str | None, graph: str | None) -> None:
    """Write the whole store (or one graph) as RDF, streamed."""
    from kg.store.formats import guess_format, open_output, parse_format

    try:
        if fmt is not None:
            parse_format(fmt)
        elif output != "-":
            guess_format(output)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    if output != "-" and not Path(output).resolve().parent.is_dir():
        raise click.ClickException(f"cannot write {output}: no folder {Path(output).parent}")
    store = _open(store_location, read_only=True)
    try:
        try:
            with open_output(output, fmt) as (stream, resolved):
                store.dump(stream, resolved, graph)
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):
                raise
            raise click.ClickException(f"cannot write {output}: {exc.strerror or _one_line(exc)}") from exc
    finally:
        store.close()


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("--replace", is_flag=True, help="Empty the store first.")
@click.option("--graph", default=None, callback=_check_iri,
              help="Load triple formats (.ttl, .nt) into this named graph (an IRI).")
def load(files: tuple[Path, ...], store_location: str, replace: bool, graph: str | None) -> None:
    """Import RDF files (Turtle, N-Triples, N-Quads, TriG; .gz too) into the store.

    All FILES are one transaction: an error in any of them (or an interrupted load) leaves the
    store as it was.
    """
    from kg.store.formats import guess_format

    for path in files:
        try:
            guess_format(path)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    from kg.store.search_index import mark_stale, reindex

    store = _open(store_location, create=True)
    try:
        mark_stale(store)  # a load killed before the index followed it leaves the index to be rebuilt
        try:
            store.load_files(files, replace=replace, graph=graph)
        except (SyntaxError, ValueError, OSError) as exc:
            raise click.ClickException(f"{_one_line(exc)} (nothing was loaded; the store is as it was)") from exc
        reindex(store)  # any graph may have changed: the search index is made again from the store
        click.echo(f"{_shown(store_location)}: {len(store)} quads")
    finally:
        store.close()
