"""The `kg` command: a thin layer that parses arguments, calls the library and prints.

`kg.cli.app` holds the group and what commands share; the commands are in `store`
(build, remove, status, query, dump, load), `serve` (serve, validate, link), `search`
(search-index, search) and `tools` (evaluate, kb, models). Importing them registers them on `main`.
"""

from kg.cli import search, serve, store, tools  # noqa: F401  (registers the commands)
from kg.cli.app import main

__all__ = ["main"]
