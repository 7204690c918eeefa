"""`kg build`, `remove`, `status`, `query`, `dump`, `load`, `compact`: commands that bring data in or read it out."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from kg.build.pipelines import DEFAULT_PARSE, PARSE_MODES
from kg.cli.app import DEFAULT_BASE, _check_base, _check_iri, _one_line, _open, _shown, main, store_option


def _default_cache() -> str:
    return os.environ.get("KG_CACHE") or str(
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg" / "http")


@main.command()
@click.argument("paths", nargs=-1, required=False, type=click.Path(exists=True, path_type=Path))
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
@click.option("--parse", type=click.Choice(PARSE_MODES), default=DEFAULT_PARSE, show_default=True,
              help="Where the POS tagger and dependency parser run: nowhere, the sentences with an event "
                   "trigger (their predicates' arguments add meeting participants), or every sentence.")
@click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True,
              help="Articles tagged in one Stanza call (fewer if they are long); 1: one call per article.")
@click.option("--feed", "feeds", multiple=True, metavar="URL_OR_FILE",
              help="Also add the new items of this RSS/Atom feed (repeatable). Items already stored "
                   "(same GUID or link) are skipped; the text is the one in the feed unless --fetch.")
@click.option("--fetch", is_flag=True,
              help="Fetch each new feed item's page and extract its main text (network: kg's "
                   "User-Agent, robots.txt honoured, one request per site every --fetch-interval "
                   "seconds, responses cached).")
@click.option("--fetch-interval", type=click.FloatRange(0), default=1.0, show_default=True,
              help="Seconds between two requests to one site.")
@click.option("--cache", "cache_dir", default=_default_cache, show_default="$KG_CACHE or ~/.cache/kg/http",
              type=click.Path(file_okay=False, path_type=Path), help="Where fetched feeds and pages are cached.")
def build(paths: tuple[Path, ...], store_location: str, base_iri: str, max_bytes: int, quiet: bool,
          workers: int | None, dask_scheduler: str | None, parse: str, batch_size: int, feeds: tuple[str, ...],
          fetch: bool, fetch_interval: float, cache_dir: Path) -> None:
    """Add the articles in PATHS (.txt, .html, .jsonl, .warc/.warc.gz files, folders) to the store.

    Unchanged articles are skipped, changed ones replaced; each article is written in one
    transaction, so an interrupted build can simply be run again. SOURCE_DATE_EPOCH, if set,
    is the run's recorded start time: the same input then gives exactly the same quads.
    """
    from kg.build import ExecutorError, ModelLoadError, run_started
    from kg.build import build as run_build
    from kg.build.executors import open_executor
    from kg.build.pipelines import PipelineFactory
    from kg.link.resources import Resources
    from kg.rdf.iris import Iris

    if workers and dask_scheduler:
        raise click.UsageError("--workers and --dask-scheduler exclude each other")
    if not paths and not feeds:
        raise click.UsageError("give PATHS to build, or --feed URL_OR_FILE")
    if fetch and not feeds:
        raise click.UsageError("--fetch fetches the pages of feed items: give --feed too")
    try:
        started = run_started()
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    from kg.ops.compact import compact_after_build, is_new_store

    created = is_new_store(store_location)
    store = _open(store_location, create=True)
    feed_stats: list[tuple[str, object]] = []
    records = _feed_records(feeds, store, fetch=fetch, interval=fetch_interval, cache_dir=cache_dir,
                            max_bytes=max_bytes, stats=feed_stats) if feeds else None
    pipelines = PipelineFactory(parse)
    executor = open_executor(workers=workers, scheduler=dask_scheduler, pipeline_factory=pipelines)
    try:
        report = run_build(paths, store, iris=Iris(base_iri), pipeline_factory=pipelines, resources=Resources.default(),
                           executor=executor, max_bytes=max_bytes, progress=not quiet, started=started,
                           batch_size=batch_size, records=records,
                           on_error=lambda e: click.echo(f"error: {e}", err=True))
        _compact_new(store, created=created, added=report.added, quiet=quiet, run=compact_after_build)
    except (ExecutorError, ModelLoadError) as exc:  # what was written so far stays
        raise click.ClickException(str(exc)) from exc
    finally:
        try:
            executor.close()
        finally:
            store.close()
    for source, stats in feed_stats:
        click.echo(f"{source}: {stats.items} items, {stats.stored} already stored, "  # type: ignore[attr-defined]
                   f"{stats.fetched} pages fetched")  # type: ignore[attr-defined]
    click.echo(f"{_shown(store_location)}: {report.summary()}")
    if report.failed:
        sys.exit(1)


def _compact_new(store, *, created: bool, added: int, quiet: bool, run) -> None:
    """Compact the store a build created (`kg.ops.compact`); a failure leaves it as it was, and is only reported."""
    from kg.store.compaction import CompactionError

    try:
        done = run(store, created=created, added=added)
    except (CompactionError, OSError) as exc:
        click.echo(f"warning: the new store was not compacted ({_one_line(exc)}); everything is stored: "
                   "run kg compact later", err=True)
        return
    if done is not None and not quiet:
        click.echo(f"compacted: {done.summary()}", err=True)


def _feed_records(feeds, store, *, fetch: bool, interval: float, cache_dir: Path, max_bytes: int, stats: list):
    """The new items of each feed, read lazily as the build consumes them (`kg.ingest.feeds`)."""
    from kg.ingest.feeds import FeedStats, is_url, read_feed
    from kg.ingest.fetch import Fetcher
    from kg.ops.stored import is_stored

    fetcher = (Fetcher(cache_dir, interval=interval, max_bytes=max_bytes)
               if fetch or any(is_url(f) for f in feeds) else None)
    for source in feeds:
        feed_stats = FeedStats()
        stats.append((source, feed_stats))
        yield from read_feed(source, is_stored=lambda key: is_stored(store, key), fetcher=fetcher,
                             fetch_pages=fetch, max_bytes=max_bytes, stats=feed_stats)


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


def _check_renderer(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A registered result format (kg's or a kg.renderers plugin's), else a usage error naming the known ones."""
    from kg.plugins import PluginError
    from kg.store.results import renderer

    try:
        renderer(value)
    except PluginError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None
    return value


@main.command()
@click.argument("query")
@store_option
@click.option("--format", "fmt", default="table", show_default=True, callback=_check_renderer,
              help="table, json, csv, tsv, xml, or a format an installed kg.renderers plugin adds.")
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
@click.option("-o", "--output", default="-", show_default=True,
              help="File; the format follows its extension (.ttl .nt .nq .trig .jsonld, optionally .gz).")
@click.option("--format", "fmt", default=None, help="Override the format (ttl, nt, nq, trig, jsonld).")
@click.option("--graph", default=None, callback=_check_iri, help="Dump only this named graph (an IRI).")
@click.option("--title", default="kg", show_default=True, help="The dataset's title in its VoID/DCAT description.")
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, callback=_check_base,
              help="The base the store's IRIs were minted under (kg build --base-iri). Env: KG_BASE_IRI.")
@click.option("--no-description", is_flag=True,
              help="Leave out the dataset's VoID/DCAT description "
                   "(written otherwise at the end of a whole-store dump).")
def dump(store_location: str, output: str, fmt: str | None, graph: str | None, title: str, base_iri: str,
         no_description: bool) -> None:
    """Write the whole store (or one graph) as RDF, streamed.

    A whole-store dump ends with the dataset's description (VoID and DCAT: counts, licences,
    sources) in the named graph <BASE.well-known/void>; quad formats keep it apart, triple
    formats merge it like every other graph.
    """
    from kg.store.describe import DatasetInfo, as_quads, describe
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
            extra = []
            if graph is None and not no_description:
                info = DatasetInfo(title, base_iri)
                extra = list(as_quads(describe(store, info), info))
            with open_output(output, fmt) as (stream, resolved):
                store.dump(stream, resolved, graph, extra=extra)
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
    store as it was. The dataset description a kg dump ends with (graph <….well-known/void>) is
    not kept: it is recounted at every dump.
    """
    from kg.store.describe import is_description_graph
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
        # A kg dump ends with the dataset's description; it is counted afresh at every dump
        # and served at /.well-known/void, so a stored copy would only go stale.
        for stale in filter(is_description_graph, store.graphs()):
            store.remove_graph(stale)
        reindex(store)  # any graph may have changed: the search index is made again from the store
        click.echo(f"{_shown(store_location)}: {len(store)} quads")
    finally:
        store.close()


@main.command()
@store_option
def compact(store_location: str) -> None:
    """Rewrite the store's files compactly: the same quads, about half the disk.

    Every quad is bulk-loaded into a new database beside the store, checked (count and digest)
    and switched in; readers (kg serve) follow at their next refresh. Needs the store's size
    again on disk while it runs; an error or interruption leaves the store as it was. A build
    that creates a store, or grows it past 2x its compacted size, compacts it at the end.
    """
    from kg.ops.compact import compact as run_compact
    from kg.store.base import UnsupportedStoreError
    from kg.store.compaction import CompactionError

    store = _open(store_location)
    try:
        try:
            done = run_compact(store)
        except UnsupportedStoreError as exc:
            raise click.ClickException(
                f"cannot compact {_shown(store_location)}: only Oxigraph folders can be compacted") from exc
        except (CompactionError, OSError) as exc:
            raise click.ClickException(f"{_one_line(exc)} (the store is as it was)") from exc
    finally:
        store.close()
    click.echo(f"{_shown(store_location)}: {done.summary()}")
