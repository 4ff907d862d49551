"""Where analysis and extraction run: ``local`` (a process pool on this machine, the default) or
``dask`` (the workers of a Dask cluster).

The choice comes from ``--executor`` / ``--scheduler`` on the CLI, ``executor`` / ``scheduler``
under ``extra.briefing`` in ``mkdocs.yml``, or the environment (``BRIEFING_EXECUTOR``,
``BRIEFING_SCHEDULER``), in that order. A scheduler address alone (``tcp://host:8786``) means
``dask``; ``dask`` without an address starts a ``LocalCluster`` on this machine for the build.

On Dask, the articles to analyse are mapped over the workers in the same batches as the local
pool (``Client.map``); a worker plugin loads the spaCy model and the gazetteer once per worker;
each task returns the same per-article facts as the local pool, and the client writes them to
its local cache (:func:`generator.pipeline.build` does, whichever executor ran). A worker lost
in mid-build is Dask's business: its tasks are scheduled again on the others. Either executor
gives the same briefing, byte for byte.
"""
from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Callable

from .errors import ArticleError, BriefingError

EXECUTORS = ("local", "dask")
CONNECT_TIMEOUT = "20s"

log = logging.getLogger("generator")


def choose_executor(executor: str | None = None, scheduler: str | None = None) -> Callable:
    """The function that analyses and extracts a list of (article, year hint), by name.

    Raises :class:`BriefingError` for an unknown name, before anything is read."""
    name = str(executor or os.environ.get("BRIEFING_EXECUTOR") or "").strip().lower()
    address = str(scheduler or (os.environ.get("BRIEFING_SCHEDULER") if name in ("", "dask") else None) or "").strip()
    name = name or ("dask" if address else "local")
    if name not in EXECUTORS:
        raise BriefingError(f"executor {name!r} is not one of: {', '.join(EXECUTORS)} "
                            "(set by --executor, extra.briefing.executor or BRIEFING_EXECUTOR)")
    if name == "local":
        if scheduler:
            raise BriefingError(f"a scheduler address ({scheduler}) needs the dask executor, not local")
        from .pipeline import analyse_and_extract

        return analyse_and_extract

    def on_dask(todo, model, workers, bar=None):
        return run_on_dask(todo, model, workers, bar, scheduler=address or None)

    return on_dask


# ---- on a worker ------------------------------------------------------------------------------------

_LOCK = threading.Lock()  # one spaCy pipeline per process: a worker with several threads parses one batch at a time
_READY: dict[str, str] = {}  # model → this worker's pipeline version


def _ensure_loaded(model: str) -> str:
    """Load the model and the gazetteer into this process once; the pipeline version it runs."""
    with _LOCK:
        if model not in _READY:
            from .cache import pipeline_version
            from .pipeline import _init_worker

            _init_worker(model)
            _READY[model] = pipeline_version(model)
        return _READY[model]


def _worker_plugin(model: str):
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadModel(WorkerPlugin):
        """Loads the spaCy model and the gazetteer once per worker, when it joins."""

        idempotent = True

        def __init__(self, name: str):
            self.model = name

        async def setup(self, worker):
            import asyncio

            # in a thread: the worker's event loop keeps answering the scheduler while the model loads
            await asyncio.to_thread(_ensure_loaded, self.model)

    return LoadModel(model)


class TaskFailed(Exception):
    """An article a Dask task could not analyse (picklable, unlike :class:`ArticleError`)."""

    def __init__(self, path: str, problem: str):
        super().__init__(path, problem)
        self.path, self.problem = path, problem


def analyse_batch(batch: list, model: str, version: str) -> list:
    """One Dask task: the facts of a batch of (article, year hint), as the local pool makes them."""
    mine = _ensure_loaded(model)
    if mine != version:
        from distributed import get_worker

        raise BriefingError(f"the Dask worker {get_worker().address} runs another version of the generator or of "
                            f"the spaCy model ({mine}; this build {version}): install the same version on every "
                            f"worker and restart them")
    from . import pipeline

    with _LOCK:
        pipeline._WORKER_MODEL = model
        try:
            return pipeline._work(batch)
        except Exception:  # noqa: BLE001 - find the article that broke the batch, and name it
            for item in batch:
                try:
                    pipeline._work([item])
                except Exception as exc:  # noqa: BLE001
                    raise TaskFailed(item[0].path, f"analysis failed on a Dask worker "
                                                   f"({type(exc).__name__}: {exc})") from exc
            raise


# ---- on the client ----------------------------------------------------------------------------------


def local_cluster(workers: int, model: str):
    """A LocalCluster of ``workers`` single-threaded worker processes, on loopback, without dashboard.

    Its workers are forked from this process with the model already loaded (Dask's
    ``multiprocessing-method`` setting), as the local pool's are: spawned workers would import
    spaCy and load the model once more each, which costs more than the analysis of a few hundred
    articles on two cores. A worker that dies is forked again by its nanny, model included."""
    import multiprocessing

    import dask
    from distributed import LocalCluster

    _ensure_loaded(model)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with dask.config.set({"distributed.worker.multiprocessing-method": method}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},
                            silence_logs=logging.ERROR)


def _client(scheduler: str | None, workers: int, model: str):
    """A Dask client on the given scheduler, or on a LocalCluster of ``workers`` processes."""
    from distributed import Client

    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise BriefingError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    cluster = local_cluster(workers, model)
    return Client(cluster, set_as_default=False), cluster


def run_on_dask(todo: list, model: str, workers: int, bar=None, scheduler: str | None = None) -> list:
    """spaCy + extraction for ``todo`` on Dask, in input order (the same facts as the local pool)."""
    from .pipeline import BATCH, POOL_MIN, analyse_and_extract

    if not todo:
        return []
    batches = [todo[i:i + BATCH] for i in range(0, len(todo), BATCH)]
    if scheduler is None and len(todo) < POOL_MIN:
        return analyse_and_extract(todo, model, 1, bar)  # a cluster would cost more than these few articles
    import distributed  # noqa: F401 - configures its loggers on import: quieten them after that

    from .cache import pipeline_version

    version = pipeline_version(model)
    chatty = logging.getLogger("distributed")
    level = chatty.level
    chatty.setLevel(logging.ERROR)  # Dask's own INFO/WARNING lines (workers joining, closing) are not the user's
    try:
        client, cluster = _client(scheduler, max(1, min(workers, len(batches))), model)
        try:
            client.register_plugin(_worker_plugin(model), name=f"briefing-model-{model}")
            log.info("analysing %d articles on Dask (%s, %d workers)", len(todo), scheduler or "LocalCluster",
                     len(client.scheduler_info().get("workers", {})))
            return _gather(client, batches, model, version, bar)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    finally:
        chatty.setLevel(level)


def _names(batch: list) -> str:
    return ", ".join(str(article.path) for article, _ in batch)


def _gather(client, batches: list, model: str, version: str, bar) -> list:
    from distributed import KilledWorker, as_completed

    run = uuid.uuid4().hex[:12]
    keys = [f"briefing-analyse-{run}-{i}" for i in range(len(batches))]
    futures = client.map(analyse_batch, batches, model=model, version=version, key=keys, pure=False)
    where = {key: i for i, key in enumerate(keys)}
    done: list = [None] * len(batches)
    for future in as_completed(futures, loop=client.loop):
        i = where[future.key]
        try:
            done[i] = future.result()
        except TaskFailed as exc:
            raise ArticleError(exc.path, exc.problem) from None
        except KilledWorker:
            raise BriefingError(f"{_names(batches[i])}: Dask workers kept dying while analysing these articles "
                                f"(out of memory?)") from None
        except BriefingError:
            raise  # the worker's own one-line message (a model that is not installed there, …)
        except Exception as exc:  # noqa: BLE001 - e.g. a worker without the generator installed
            raise BriefingError(f"{_names(batches[i])}: the Dask task failed ({type(exc).__name__}: {exc})") from None
        future.release()
        if bar is not None:
            bar.update(len(batches[i]))
    return [facts for batch in done for facts in batch]
