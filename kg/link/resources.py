"""The linking resources of one process: the knowledge base, its gazetteer and the linker.

Loading them costs about a second and they never change during a run, so a process loads them
once and hands the same `Resources` on explicitly: `kg.build.build(..., resources=)` →
`Linker.link` → `kg.extract.extract_facts(linked, resources=)` → `kg.rdf.facts.facts_triples(...,
resources=)`. Nothing below reads a module-level singleton; a test or tool that wants another
knowledge base builds `Resources.from_kb(kb)` and passes it.

`Resources.default()` is the convenience constructor for the CLI and tests: the shipped KB,
loaded on first use, the same object for the rest of the process. Pickled (to a dask worker),
the default instance arrives as the receiving process's own default, so the KB is never sent
over the wire.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.link.gazetteer import Gazetteer
from kg.link.kb import KnowledgeBase, default_kb
from kg.link.resolve import Linker


@dataclass(frozen=True, eq=False)
class Resources:
    """What linking and extraction read besides the article: build one per process."""

    kb: KnowledgeBase
    gazetteer: Gazetteer
    linker: Linker

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> Resources:
        """The gazetteer and linker over `kb`."""
        gazetteer = Gazetteer.from_kb(kb)
        return cls(kb=kb, gazetteer=gazetteer, linker=Linker(kb, gazetteer))

    @classmethod
    def default(cls) -> Resources:
        """The shipped knowledge base's resources, loaded on first use, one per process."""
        global _DEFAULT
        if _DEFAULT is None:
            _DEFAULT = cls.from_kb(default_kb())
        return _DEFAULT

    def __reduce_ex__(self, protocol: Any) -> Any:
        if self is _DEFAULT:
            return (Resources.default, ())
        return super().__reduce_ex__(protocol)


_DEFAULT: Resources | None = None

__all__ = ["Resources"]
