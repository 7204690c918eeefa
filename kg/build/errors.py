"""The errors that stop a `kg build` run (as opposed to one article's `InputError`).

A leaf module: the runner, the per-article work and every executor raise these, and the CLI
catches them, so none of those modules has to import another just for an exception class.
"""

from __future__ import annotations


class ModelLoadError(RuntimeError):
    """The NLP models could not be loaded: every article would fail, so the build stops."""


class ExecutorError(RuntimeError):
    """The executor could not start (dask missing, scheduler unreachable)."""


__all__ = ["ExecutorError", "ModelLoadError"]
