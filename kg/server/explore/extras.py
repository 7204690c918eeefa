"""What a Linked Data page shows beyond the generic read: an entity's statements and the views
that have something to draw, or the articles reporting a meeting or treaty.

Flask-free: the page task (`kg.server.linked_data.tasks`) computes these in a query worker,
under the same timeout and snapshot cache as the rest of the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.server.explore.reads import Explorer

if TYPE_CHECKING:
    from kg.server.linked_data.reads import LinkedData

#: Page kinds (kg.server.linked_data) that are events reported by articles.
EVENT_PAGE_KINDS = ("meeting", "treaty")


def page_extras(ld: LinkedData, iri: str, kind: str) -> dict:
    """The extra sections of `iri`'s page (`kind` as the page model says).

    `ld` is the page's `kg.server.linked_data.LinkedData` (its store, base and ontology labels)."""
    explorer = Explorer(ld.store, ld.base, ld.ontology)
    if kind in EVENT_PAGE_KINDS:
        return {"reports": explorer.reports(iri)}
    if kind == "entity":
        return {"quotes": explorer.quotes(iri), "views": explorer.available(iri)}
    return {}


__all__ = ["EVENT_PAGE_KINDS", "page_extras"]
