"""Fact extractors by name, each declaring what it requires and provides, run in dependency order.

As Stanza's processors declare `requires`/`provides`, an `Extractor` names the results it reads
(another extractor's) and the results it adds: `officials` provides `officials`; `meetings`,
`treaties` and `statements` require it; `arguments` (the parse's predicate arguments) provides
`arguments`, which `meetings` requires. `pipeline()` orders every registered extractor so that
each runs after those it requires (ties keep kg's own order, then plugins by name), and refuses,
in one line, a requirement nobody provides, two extractors providing one result, or a cycle.

The registry is a `kg.plugins.Registry` for the entry-point group `kg.extractors`: an installed
package adds an extractor by declaring `myfacts = "pkg.module:EXTRACTOR"` (an `Extractor`).
kg's own are registered below in the same `module:attr` form (`kg.extract.builtin`). What a
plugin provides reaches `Facts.extra`; its optional `to_rdf(value, linked, iris)` hook gives the
triples `kg.rdf.facts` adds to the article's graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.plugins import PluginError, Registry

if TYPE_CHECKING:
    from kg.extract.text import DocView


@dataclass(frozen=True)
class Extractor:
    """One fact extractor: `run(view, inputs)` returns a mapping with one value per `provides` name.

    `inputs` holds the results of everything run before it (at least what it `requires`).
    `to_rdf(value, linked, iris)`, where given, yields rdflib triples for one provided value.
    """

    name: str
    provides: tuple[str, ...]
    run: Callable[[DocView, Mapping[str, Any]], Mapping[str, Any]]
    requires: tuple[str, ...] = ()
    to_rdf: Callable[[Any, Any, Any], Iterable[tuple[Any, Any, Any]]] | None = None


def _extractor(name: str, obj: Any) -> Extractor:
    if not isinstance(obj, Extractor):
        raise TypeError(f"expected a kg.extract.registry.Extractor, got {type(obj).__name__}")
    if not obj.provides:
        raise ValueError(f"extractor {obj.name!r} provides nothing")
    return obj


EXTRACTORS: Registry[Extractor] = Registry("kg.extractors", "fact extractor", check=_extractor)

#: kg's own extractors, in the order they run (the tie-break of `pipeline`; meetings read the treaties).
BUILTIN_EXTRACTORS = ("officials", "arguments", "treaties", "meetings", "statements")
for _name in BUILTIN_EXTRACTORS:
    EXTRACTORS.register(_name, f"kg.extract.builtin:{_name.upper()}")


def register(name: str, target: str | Extractor) -> None:
    """Register an extractor: an `Extractor` or a lazy `"package.module:attr"`."""
    EXTRACTORS.register(name, target)


def pipeline(extractors: Iterable[Extractor] | None = None) -> list[Extractor]:
    """`extractors` (default: every registered one) so that each comes after what it requires."""
    if extractors is None:
        names = EXTRACTORS.names()
        order = [n for n in BUILTIN_EXTRACTORS if n in names] + [n for n in names if n not in BUILTIN_EXTRACTORS]
        extractors = [EXTRACTORS.get(n) for n in order]
    todo = list(extractors)
    provider: dict[str, str] = {}
    for ex in todo:
        for result in ex.provides:
            if result in provider:
                raise PluginError(f"fact extractors {provider[result]!r} and {ex.name!r} both provide {result!r}")
            provider[result] = ex.name
    for ex in todo:
        missing = [r for r in ex.requires if r not in provider]
        if missing:
            raise PluginError(f"fact extractor {ex.name!r} requires {', '.join(map(repr, missing))}, which no "
                              f"extractor provides (provided: {', '.join(sorted(provider))})")
    done: set[str] = set()
    ordered: list[Extractor] = []
    while todo:
        ready = next((ex for ex in todo if all(r in done for r in ex.requires)), None)
        if ready is None:
            raise PluginError("fact extractors require each other in a circle: "
                              + ", ".join(f"{ex.name} (requires {', '.join(ex.requires)})" for ex in todo))
        todo.remove(ready)
        ordered.append(ready)
        done.update(ready.provides)
    return ordered


def run_pipeline(view: DocView, extractors: Iterable[Extractor] | None = None) -> dict[str, Any]:
    """Every result the extractors provide for one article, by name, in the order they ran."""
    results: dict[str, Any] = {}
    for ex in pipeline(extractors):
        out = ex.run(view, results)
        if not isinstance(out, Mapping) or set(out) != set(ex.provides):
            got = sorted(out) if isinstance(out, Mapping) else type(out).__name__
            raise PluginError(f"fact extractor {ex.name!r} returned {got}, not its provides {list(ex.provides)}")
        results.update(out)
    return results


def provider_of(result: str) -> Extractor | None:
    """The registered extractor that provides `result` (None if none does)."""
    return next((ex for ex in pipeline() if result in ex.provides), None)


__all__ = ["BUILTIN_EXTRACTORS", "EXTRACTORS", "Extractor", "pipeline", "provider_of", "register", "run_pipeline"]
