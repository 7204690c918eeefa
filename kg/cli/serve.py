"""`kg serve`, `validate` and `link`: serving, checking and enriching a built store."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg.cli.app import DEFAULT_BASE, _check_base, _open, _shown, main, store_option


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
@click.option("--max-query-size", default=10_000, show_default=True, type=click.IntRange(0),
              help="Refuse (400) queries with more terms, operators and keywords than this; 0: no check.")
def serve(store_location: str, host: str, port: int, threads: int, workers: int | None, query_timeout: float,
          max_results: int, allow_service: tuple[str, ...], enable_update: bool, cors: tuple[str, ...],
          max_request_bytes: int, max_upload_bytes: int, max_nesting: int, max_query_size: int) -> None:
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
            max_upload_bytes=max_upload_bytes, max_nesting=max_nesting, max_query_size=max_query_size)
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
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, callback=_check_base,
              help="Base of the store's IRIs. Env: KG_BASE_IRI.")
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
            from kg.store.search_index import kept_in_step

            with kept_in_step(store) as index:
                if index is not None:
                    index.remove_graphs([graph])
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
