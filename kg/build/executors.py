"""Where `kg build` runs the per-article work: in this process, or on dask workers.

An executor only has to `submit(fn, *args)` and hand back something with `.result()`; the
builder keeps at most `slots` articles in flight and writes results in input order, so memory
stays flat on any corpus and the store is written by one process only.

`kg build --workers N` runs a dask `LocalCluster` of N worker processes rather than a
`concurrent.futures` pool. Both would do; dask was chosen so the local option runs exactly
the code path of a real cluster (`--dask-scheduler`), and because its nannies restart a
worker that dies (a native crash or the OOM killer on one huge article): the task is retried
and, if it keeps killing workers, reported as that article's error while the run goes on. A
process pool turns one dead worker into a `BrokenProcessPool` for every article in flight.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from kg.build.errors import ExecutorError


class BuildExecutor(Protocol):
    #: How many articles may be in flight at once.
    slots: int

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Start `fn(*args)`; the returned object's `.result()` gives its value or raises."""

    def close(self) -> None: ...


class _Done:
    """An already computed result (or exception), shaped like a future."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self._value: Any = None
        self._error: BaseException | None = None
        try:
            self._value = fn(*args)
        except Exception as exc:
            self._error = exc

    def result(self) -> Any:
        if self._error is not None:
            raise self._error
        return self._value


class InProcessExecutor:
    """Today's behaviour: each article is processed when submitted, in this process."""

    slots = 1

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Done:
        return _Done(fn, args)

    def close(self) -> None:
        pass


class _Lazy:
    """Starts the real executor on the first submission: a build with nothing to do starts no cluster."""

    def __init__(self, start: Callable[[], BuildExecutor]) -> None:
        self._start = start
        self._executor: BuildExecutor | None = None

    @property
    def slots(self) -> int:
        return self._executor.slots if self._executor is not None else 1

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        if self._executor is None:
            self._executor = self._start()
        return self._executor.submit(fn, *args)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.close()


def open_executor(*, workers: int | None = None, scheduler: str | None = None,
                  pipeline_factory: Callable[[], Any]) -> BuildExecutor:
    """In-process by default; `workers`: a local dask cluster; `scheduler`: a running one.

    Dask executors start on first use. Starting raises ExecutorError, or
    `kg.build.errors.ModelLoadError` if a worker cannot load the models.
    """
    if workers and scheduler:
        raise ValueError("give either a number of local workers or a dask scheduler, not both")
    if not workers and not scheduler:
        return InProcessExecutor()

    def start() -> BuildExecutor:
        try:
            from kg.build.dask_executor import DaskExecutor
        except ImportError as exc:
            raise ExecutorError(f"parallel builds need dask ({exc.name} is missing): pip install 'kg[dask]'") from None
        if scheduler:
            return DaskExecutor.connect(scheduler, pipeline_factory=pipeline_factory)
        return DaskExecutor.local(workers or 1, pipeline_factory=pipeline_factory)

    return _Lazy(start)


__all__ = ["BuildExecutor", "ExecutorError", "InProcessExecutor", "open_executor"]
