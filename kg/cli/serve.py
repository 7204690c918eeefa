"""`kg serve`, `validate` and `link`: serving, checking and enriching a built store."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.cli.app import DEFAULT_BASE, _check_base, _open, _shown, main, store_option
from kg.server.config import SETTINGS, ServerConfig, Setting


def _setting_option(setting: Setting) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The click option of one server setting (`kg.server.config.SETTINGS`)."""
    kwargs: dict[str, Any] = {"help": setting.help}
    if setting.type is bool:
        kwargs["is_flag"] = True
    elif setting.type is tuple:
        kwargs["multiple"] = True
    else:
        low = setting.minimum
        kwargs["type"] = (click.IntRange(None if low is None else int(low)) if setting.type is int
                          else click.FloatRange(min=low) if setting.type is float and low is not None
                          else setting.type)
        kwargs["default"] = setting.default
        kwargs["show_default"] = setting.default_factory is None
    if setting.default_text:  # a default computed at start, said in words
        kwargs["help"] += f"  [default: {setting.default_text}]"
    if setting.metavar:
        kwargs["metavar"] = setting.metavar
    if setting.envvar:
        kwargs["envvar"] = setting.envvar
        kwargs["help"] += f" Env: {setting.envvar}."
    return click.option(setting.option, setting.name, **kwargs)


def setting_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add an option for every server setting, in `SETTINGS` order."""
    for setting in reversed(SETTINGS):
        command = _setting_option(setting)(command)
    return command


@main.command()
@store_option
@setting_options
def serve(store_location: str, **settings: Any) -> None:
    """Serve the store: SPARQL endpoint at /sparql, dumps at /dump.ttl, web UI at /."""
    from kg.server.serve import serve as run_server

    token = os.environ.get("KG_TOKEN") or None
    if settings["enable_update"] and not token:
        raise click.UsageError("--enable-update needs a secret in the environment variable KG_TOKEN")
    if settings["enable_ingest"] and not token:
        raise click.UsageError("--enable-ingest needs a secret in the environment variable KG_TOKEN")
    given = {name: value for name, value in settings.items() if value is not None}  # None: computed default
    try:
        writes = settings["enable_update"] or settings["enable_ingest"]
        config = ServerConfig(token=token if writes else None, **given)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    try:
        run_server(store_location, config=config)
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
@click.option("--online", is_flag=True,
              help="Query Wikidata's API (needs a connection). Nothing goes online without it.")
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
