"""dask.distributed execution for `kg build`: a client, a worker plugin that loads the models.

Imported only when a parallel build is asked for, so dask stays an optional dependency
(`pip install 'kg[dask]'`). Workers need kg installed (same version) with its models.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from typing import Any

import distributed
from distributed.diagnostics.plugin import WorkerPlugin

from kg.build.errors import ExecutorError, ModelLoadError


class DaskExecutor:
    """Articles processed on dask.distributed workers, each loading the models once.

    `slots` defaults to twice the cluster's worker threads: enough to keep every worker busy
    while the writer stores a result, few enough that results never pile up in memory.
    """

    def __init__(self, client: Any, *, pipeline_factory: Callable[[], Any], cluster: Any = None,
                 slots: int | None = None, threads: int | None = None) -> None:
        self.client = client
        self._cluster = cluster
        # Registering the plugin runs its setup on every worker (and on workers that join later).
        try:
            client.register_plugin(PipelineSetup(pipeline_factory, threads), name="kg-pipeline")
        except Exception as exc:
            raise ModelLoadError(f"a dask worker cannot load the NLP models: {type(exc).__name__}: {exc}") from exc
        total = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
        self.slots = slots or max(2 * total, 2)

    @classmethod
    def connect(cls, address: str, *, pipeline_factory: Callable[[], Any], **kwargs: Any) -> DaskExecutor:
        """Use the running cluster whose scheduler listens at `address` (tcp://host:port)."""
        try:
            client = distributed.Client(address, timeout="30s")
            if not client.scheduler_info()["workers"]:
                client.wait_for_workers(1, timeout=60)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ExecutorError(f"cannot use the dask scheduler at {address}: {exc}") from exc
        return cls(client, pipeline_factory=pipeline_factory, **kwargs)

    @classmethod
    def local(cls, workers: int, *, pipeline_factory: Callable[[], Any], **kwargs: Any) -> DaskExecutor:
        """Start a cluster of `workers` processes on this machine (bound to 127.0.0.1 only).

        The cores are shared out: each worker gets cores // workers threads (at least one),
        which is also its torch thread count, so N workers never oversubscribe the CPU.
        """
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        per_worker = max(cores // workers, 1)
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=per_worker, processes=True, host="127.0.0.1",
            dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)  # ":8787" may be taken
        client = distributed.Client(cluster)
        try:
            return cls(client, pipeline_factory=pipeline_factory, cluster=cluster, **kwargs)
        except BaseException:
            client.close()
            cluster.close()
            raise

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


class PipelineSetup(WorkerPlugin):
    """A dask worker plugin: set the worker's torch threads, then load the models once.

    Threads: `threads` if given, else the worker's KG_THREADS, else its dask thread count (the
    share of the machine it was started with). Tasks in one worker share the loaded pipeline.
    """

    idempotent = True

    def __init__(self, pipeline_factory: Callable[[], Any], threads: int | None = None) -> None:
        self.pipeline_factory = pipeline_factory
        self.threads = threads

    async def setup(self, worker: Any) -> None:
        threads = self.threads or int(os.environ.get("KG_THREADS") or 0) or int(getattr(worker, "nthreads", 1))
        os.environ["KG_THREADS"] = str(max(threads, 1))  # read by get_pipeline and process_batch
        logging.getLogger("stanza").setLevel(logging.WARNING)
        # Loading takes seconds: off the event loop, so the worker keeps answering heartbeats.
        await asyncio.get_running_loop().run_in_executor(None, self.pipeline_factory)

    def teardown(self, worker: Any) -> None:
        pass


__all__ = ["DaskExecutor", "PipelineSetup"]
