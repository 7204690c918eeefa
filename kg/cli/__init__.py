"""The `kg` command: a thin layer that parses arguments, calls the library and prints.

`kg.cli.app` holds the group and what commands share; the commands are in `store`
(build, remove, status, query, dump, load), `serve` (serve, validate, link) and `tools`
(evaluate, kb, models), `watch` (watch). Importing them registers them on `main`.
"""

from kg.cli import serve, store, tools, watch  # noqa: F401  (registers the commands)
from kg.cli.app import main

__all__ = ["main"]
