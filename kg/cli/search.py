"""`kg search-index` and `kg search`: the entity name index beside the store (kg.store.search_index).

`kg build`, `kg load`, `kg remove`, `kg link` and the server's writes keep the index in step
by themselves; `kg search-index` makes it again from the store (a store built before kg had one).
"""

from __future__ import annotations

import json

import click

from kg.cli.app import _open, _shown, main, store_option


@main.command("search-index")
@store_option
def search_index(store_location: str) -> None:
    """Rebuild the search index of the store from its content."""
    from kg.store.search_index import reindex

    store = _open(store_location)
    try:
        counts = reindex(store)
    finally:
        store.close()
    if counts is None:
        raise click.ClickException(f"{_shown(store_location)}: only a store in a folder keeps a search index")
    click.echo(f"{_shown(store_location)}: indexed {counts['entities']} entities, {counts['names']} names "
               f"from {counts['graphs']} graphs")


@main.command()
@click.argument("text")
@store_option
@click.option("--type", "types", multiple=True, help="Only entities of this kg class (Person, Place …).")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON like the server's /api/suggest.")
def search(text: str, store_location: str, types: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Find entities by name (Arabic folded as the linker folds it, prefixes, English names)."""
    from kg.store.registry import open_store
    from kg.store.search_index import SearchIndex

    store = open_store(store_location, read_only=True)
    try:
        index = SearchIndex.for_store(store, read_only=True)
        if index is None:
            raise click.ClickException(f"{_shown(store_location)}: no search index (run: kg search-index "
                                       f"--store {store_location})")
        with index:
            try:
                hits = index.search(text, types=types, limit=limit)
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint="--type") from exc
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps({"results": [h.as_json() for h in hits]}, ensure_ascii=False, indent=2))
        return
    for hit in hits:
        kind = (hit.type or "").rpartition("#")[2]
        english = f" ({hit.label_en})" if hit.label_en else ""
        click.echo(f"{hit.mentions:>6}  {kind:<12} {hit.label}{english}  <{hit.iri}>")
