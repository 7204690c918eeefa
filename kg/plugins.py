"""Extension points by name: kg's built-ins and third-party plugins go through one mechanism.

Modelled on rdflib's `plugin.py` and Stanza's `pipeline/registry.py`. A `Registry` maps names to
objects of one kind (store openers, result renderers, fact extractors). An entry is registered
either as the object itself or as a lazy `"package.module:attr"` reference, imported on first
use, so `import kg` stays cheap and a plugin with heavy dependencies costs nothing until asked
for. kg registers its own built-ins with the same `register` call and the same `module:attr`
strings a plugin declares.

A plugin is an installed distribution that declares an entry point in the registry's group::

    [project.entry-points."kg.stores"]       # also kg.renderers, kg.extractors
    mystore = "my_package.store:open_my_store"

The groups are read once per process, when a name is not among those registered (or all are
listed), and again at each later miss (a plugin installed meanwhile); looking up a built-in
never reads them. A plugin does not replace a built-in of the same name: that is
refused with a warning, so installing a package never silently changes what `oxigraph:` means.
A missing or broken plugin is one `PluginError` line naming the group, the name, where it was
declared and why it failed.

This module is a leaf: it imports nothing from kg, so every layer can register and look up.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The entry-point groups kg reads, by registry.
GROUPS = ("kg.stores", "kg.renderers", "kg.extractors")

#: Where built-ins come from, in messages.
BUILTIN = "kg"


class PluginError(ValueError):
    """A plugin is unknown, cannot be imported, or is not what its registry holds (one line)."""


class UnknownPluginError(PluginError, LookupError):
    """No built-in and no installed plugin has that name."""


@dataclass
class _Entry:
    target: Any  # a "module:attr" string until loaded, then the object
    source: str  # "kg", or the distribution that declared the entry point
    loaded: bool = False


def load_reference(reference: str) -> Any:
    """The object `"package.module:attr.sub"` names (ImportError/AttributeError if it is missing)."""
    module_name, _, attr = reference.partition(":")
    obj: Any = importlib.import_module(module_name)
    for part in filter(None, attr.split(".")):
        obj = getattr(obj, part)
    return obj


_scanned: dict[str, list[metadata.EntryPoint]] | None = None


def _entry_points(group: str, *, rescan: bool = False) -> list[metadata.EntryPoint]:
    """The installed entry points of `group`; all groups are read in one scan and kept."""
    global _scanned
    if _scanned is None or rescan:
        found = metadata.entry_points()
        _scanned = {g: list(found.select(group=g)) for g in found.groups}
    return _scanned.get(group, [])


class Registry(Generic[T]):
    """Objects of one kind by name; the entry-point group `group` adds plugins.

    `check` (optional) validates a loaded object and returns it (or raises TypeError/ValueError
    with the reason), so a plugin that names the wrong thing fails when loaded, in one line.
    """

    def __init__(self, group: str, kind: str, *, check: Callable[[str, Any], T] | None = None) -> None:
        self.group = group
        self.kind = kind
        self._check = check
        self._entries: dict[str, _Entry] = {}
        self._plugins_read = False

    def register(self, name: str, target: str | T, *, source: str = BUILTIN) -> None:
        """Register `target` (an object or a lazy `"module:attr"`) as `name`, replacing any before."""
        if not isinstance(target, str) and self._check is not None:
            target = self._check(name, target)
        self._entries[self._key(name)] = _Entry(target, source, loaded=not isinstance(target, str))

    def unregister(self, name: str) -> None:
        self._entries.pop(self._key(name), None)

    @staticmethod
    def _key(name: str) -> str:
        return name.strip().lower()

    def _read_plugins(self, *, rescan: bool = False) -> None:
        if self._plugins_read and not rescan:
            return
        self._plugins_read = True
        for ep in _entry_points(self.group, rescan=rescan):
            key = self._key(ep.name)
            source = f"{ep.dist.name} {ep.dist.version}" if ep.dist is not None else "an installed package"
            known = self._entries.get(key)
            if known is not None:
                if known.source == BUILTIN:
                    log.warning("%s plugin %r from %s ignored: %r is built into kg", self.group, ep.name, source,
                                ep.name)
                elif known.source != source:
                    log.warning("%s plugin %r from %s ignored: %s declares it too", self.group, ep.name, source,
                                known.source)
                continue
            self._entries[key] = _Entry(ep.value, source)

    def rescan(self) -> None:
        """Forget the plugins read so far and read the installed ones again (kg's own stay)."""
        self._entries = {k: e for k, e in self._entries.items() if e.source == BUILTIN}
        self._read_plugins(rescan=True)

    def names(self) -> list[str]:
        """Every registered name, built-ins and installed plugins."""
        self._read_plugins()
        return sorted(self._entries)

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if self._key(name) not in self._entries:  # built-ins need no scan: plugins cannot replace them
            self._read_plugins(rescan=self._plugins_read)
        return self._key(name) in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def source(self, name: str) -> str:
        """Where `name` comes from: "kg" or the plugin's distribution and version."""
        return self._entry(name).source

    def _entry(self, name: str) -> _Entry:
        if name not in self:
            raise UnknownPluginError(f"unknown {self.kind} {name!r}; known: {', '.join(self.names()) or 'none'}")
        return self._entries[self._key(name)]

    def get(self, name: str) -> T:
        """The object registered as `name`, importing it now if needed."""
        entry = self._entry(name)
        if not entry.loaded:
            what = f"{self.kind} {name!r} ({entry.target}, from {entry.source})"
            try:
                obj = load_reference(entry.target)
            except Exception as exc:  # ImportError, AttributeError, or the plugin's own import-time error
                reason = " ".join(f"{type(exc).__name__}: {exc}".split())
                raise PluginError(f"{self.group}: cannot load {what}: {reason}") from exc
            if self._check is not None:
                try:
                    obj = self._check(name, obj)
                except (TypeError, ValueError) as exc:
                    raise PluginError(f"{self.group}: {what} is not usable: {exc}") from exc
            entry.target, entry.loaded = obj, True
        return entry.target

    def items(self) -> list[tuple[str, T]]:
        """(name, object) for every entry, loading each (a broken plugin raises `PluginError`)."""
        return [(name, self.get(name)) for name in self.names()]


__all__ = ["BUILTIN", "GROUPS", "PluginError", "Registry", "UnknownPluginError", "load_reference"]
