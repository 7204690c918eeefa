"""The `kg` command: a thin layer that parses arguments, calls the library and prints.

`kg.cli.app` holds the group and what commands share; the commands are in `store`
(build, remove, status, query, dump, load), `serve` (serve, validate, link), `search`
(search-index, search), `tools` (evaluate, kb, models) and `watch` (watch). Importing them registers
them on `main`.
"""

from kg.cli import search, serve, store, tools, watch  # noqa: F401  (registers the commands)
from kg.cli.app import main

__all__ = ["main"]
