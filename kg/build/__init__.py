"""`kg build`: what to process, where to process it, and the one writer that stores it.

* `runner`: decides which articles need work, batches them and keeps the results in order;
* `work`: the per-article work (NLP → link → extract → RDF), pure and picklable;
* `executors`: where that work runs (this process, or dask via `dask_executor`);
* `writer`: the single thread that writes each result in one transaction;
* `errors`: what stops a whole run (models that do not load, an executor that cannot start).

`from kg.build import build` is the entry point the CLI, the tests and the benchmarks use.
"""

from kg.build.errors import ExecutorError, ModelLoadError
from kg.build.runner import build
from kg.build.work import run_started
from kg.build.writer import BuildReport

__all__ = ["BuildReport", "ExecutorError", "ModelLoadError", "build", "run_started"]
