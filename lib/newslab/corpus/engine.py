"""Where the NLP runs: in this process, in worker processes (``--jobs``) or on Dask (``--scheduler``).

The unit of work is a :class:`Task`: a chunk of articles (their text travels inside the task, so
Dask workers need no shared filesystem) analysed by :func:`analyse_chunk` in one batched
``nlp.pipe`` pass. Every engine yields :class:`ChunkResult` in task order, so the output does
not depend on the engine or the number of workers. A chunk's results come back as JSON lines,
records or Arrow tables (``Config.output``): the workers do the conversion, the client only writes.
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from ..errors import NewslabError
from ..seeds import Article, SeedFailure

#: Articles per task: small enough to balance two workers and stream results, large enough
#: that spaCy's batching and the per-task overhead (pickling, Dask bookkeeping) do not show.
CHUNK_SIZE = 32


@dataclass(frozen=True)
class Config:
    """What every worker needs to analyse a chunk the same way as the client expects."""

    scope: str = "speech"
    output: str = "jsonl"  # "jsonl" (lines), "record" (dicts), "arrow" (store tables)
    model: str | None = None  # the pipeline label the client keyed the articles with
    code: str | None = None  # the client's code fingerprint (keys.code_fingerprint)
    blas: str | None = None  # the client's BLAS backend (extract.blas.backend), part of the key too
    batch_size: int = 16


@dataclass
class Task:
    """A chunk of articles, with the analysis key of each (used by the store)."""

    index: int
    articles: list[Article]
    keys: list[str]


@dataclass
class ChunkResult:
    """What a chunk produced: ids analysed, their output, and the articles that failed."""

    index: int
    size: int
    done: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    tables: dict[str, Any] | None = None
    failures: list[SeedFailure] = field(default_factory=list)
    model: str = ""


#: Characters of text per task at most (a task holds at least one article): 32 generated articles
#: of about 550 characters fit, but only four or five real news articles of 5,000. Cutting by
#: articles alone gave 150 such articles five tasks of ~8 s each, so one worker idled through the
#: last (``--jobs 2`` 1.58x ``--jobs 1`` there).
CHUNK_CHARS = 24_000


def make_tasks(articles: list[Article], keys: list[str] | None = None, chunk_size: int = CHUNK_SIZE,
               chunk_chars: int = CHUNK_CHARS) -> list[Task]:
    """Cut articles into tasks, in order: a task ends at ``chunk_size`` articles or once its texts
    reach ``chunk_chars`` characters."""
    keys = keys if keys is not None else [""] * len(articles)
    tasks: list[Task] = []
    start = chars = 0
    for i, article in enumerate(articles):
        chars += len(article.body)
        if i + 1 - start >= chunk_size or chars >= chunk_chars or i + 1 == len(articles):
            tasks.append(Task(len(tasks), articles[start:i + 1], keys[start:i + 1]))
            start, chars = i + 1, 0
    return tasks


def _failure(article: Article, exc: BaseException) -> SeedFailure:
    first = (str(exc).splitlines() or [""])[0]
    return SeedFailure(article.path, f"{article.path}: analysis failed: {type(exc).__name__}: {first}")


def _isolated(articles: list[Article], nlp, config: Config):
    """Yield ``(article, analysis, None)`` or ``(article, None, error)``: one batched pass, then,
    from an article whose analysis raises, one by one, so a bad article fails alone."""
    from ..extract.analysis import analyze_many

    count = 0
    try:
        for analysis in analyze_many(articles, nlp=nlp, scope=config.scope, batch_size=config.batch_size):
            yield articles[count], analysis, None
            count += 1
        return
    except Exception:  # noqa: BLE001 - retried article by article below
        pass
    for article in articles[count:]:
        try:
            yield article, next(iter(analyze_many([article], nlp=nlp, scope=config.scope))), None
        except Exception as exc:  # noqa: BLE001
            yield article, None, exc


def _check_worker(nlp, config: Config) -> str:
    """The worker's pipeline label; refuse to analyse with another model, newslab code or BLAS
    backend than the client's (a store must not mix them under one key)."""
    from .keys import code_fingerprint
    from ..extract.nlp import pipeline_label

    label = pipeline_label(nlp)
    if config.model and label != config.model:
        raise NewslabError(f"worker pid {os.getpid()} has pipeline {label!r}, the client {config.model!r}: install from the same lock file")
    if config.code and code_fingerprint() != config.code:
        raise NewslabError(f"worker pid {os.getpid()} runs other newslab code ({code_fingerprint()}, client {config.code}): install the same version")
    if config.blas:
        from ..extract.blas import backend

        blas = backend()
        if blas != config.blas:  # rows keyed with the client's backend must be made on it
            raise NewslabError(f"worker pid {os.getpid()} has NEWSLAB_BLAS={blas}, the client {config.blas}: set the same on every worker")
    return label


#: Cyclic-GC thresholds while a chunk is analysed. With Python's default (700, 10, 10) a run
#: spent about 3% of its CPU time in collections (600 articles: 0.5 s, 790 of them), mostly full
#: ones over the pipeline and lexicons; the rule stages make many short-lived objects that
#: reference counting frees anyway. A larger first generation: 0.15 s. Outputs do not change.
GC_THRESHOLDS = (20_000, 10, 10)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    old = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def analyse_chunk(task: Task, config: Config, nlp=None) -> ChunkResult:
    """Analyse one task (in whatever process runs it); failures are per article, never raised."""
    with _fewer_collections():
        return _analyse_chunk(task, config, nlp)


def _analyse_chunk(task: Task, config: Config, nlp=None) -> ChunkResult:
    from ..extract.analysis import dumps_record
    from ..extract.nlp import load_pipeline

    nlp = nlp or load_pipeline()
    result = ChunkResult(task.index, len(task.articles), model=_check_worker(nlp, config))
    keys = dict(zip((a.id for a in task.articles), task.keys))
    good: list[tuple[dict[str, Any], str]] = []
    for article, analysis, exc in _isolated(task.articles, nlp, config):
        if exc is None:
            try:
                rec = analysis.to_record()
                if config.output == "jsonl":
                    result.lines.append(dumps_record(rec))
                elif config.output == "record":
                    result.records.append(rec)
                else:
                    good.append((rec, keys[article.id]))
                result.done.append(article.id)
                continue
            except (TypeError, ValueError) as err:  # a table that does not serialise
                exc = err
        result.failures.append(_failure(article, exc))
    if config.output == "arrow":
        result.tables, bad = _to_arrow(good, config.scope)
        for aid, exc in bad:
            result.done.remove(aid)
            result.failures.append(_failure(next(a for a in task.articles if a.id == aid), exc))
    return result


def _to_arrow(good: list[tuple[dict[str, Any], str]], scope: str):
    """Arrow tables for the chunk; an article whose rows do not fit the schema fails alone."""
    from .store_schema import records_to_arrow

    try:
        return records_to_arrow(good, scope), []
    except Exception:  # noqa: BLE001 - find the offending article(s)
        pass
    kept, bad = [], []
    for rec, key in good:
        try:
            records_to_arrow([(rec, key)], scope)
            kept.append((rec, key))
        except Exception as exc:  # noqa: BLE001
            bad.append((rec["id"], exc))
    return records_to_arrow(kept, scope), bad


# -- engines -----------------------------------------------------------------------------
def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run_inline(tasks: list[Task], config: Config) -> Iterator[ChunkResult]:
    """Every task in this process, one pipeline."""
    for task in tasks:
        yield analyse_chunk(task, config)


_WORKER: dict[str, Any] = {}


def _die_with_parent() -> None:
    """Linux: SIGKILL this worker when its parent dies (the forkserver, which ends with the
    client), so a killed run leaves no worker analysing on."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux: the worker ends at its next task
        return
    if os.getppid() == 1:  # orphaned before the call
        os._exit(1)


def _init_worker() -> None:
    from ..extract.nlp import load_pipeline

    _die_with_parent()

    _WORKER["nlp"] = load_pipeline()  # one pipeline load per worker process, before any task


def _pool_task(args: tuple[Task, Config]) -> ChunkResult:
    task, config = args
    return analyse_chunk(task, config, nlp=_WORKER.get("nlp"))


def _context():
    """Workers fork from a clean forkserver that loaded the pipeline once (no client threads or
    state are inherited); spawn where there is no forkserver."""
    import multiprocessing as mp

    if "forkserver" not in mp.get_all_start_methods():  # pragma: no cover - not POSIX
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["newslab.corpus.engine_preload"])
    return ctx


def run_processes(tasks: list[Task], config: Config, jobs: int) -> Iterator[ChunkResult]:
    """Tasks on ``jobs`` worker processes, results in task order."""
    jobs = max(1, min(jobs, len(tasks)))
    if jobs == 1:
        yield from run_inline(tasks, config)
        return
    pool = _context().Pool(jobs, initializer=_init_worker)
    try:
        yield from pool.imap(_pool_task, [(t, config) for t in tasks], chunksize=1)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _fork_local_workers() -> None:
    """Make ``LocalCluster`` workers fork from a forkserver that has imported distributed and
    loaded the pipeline, as ``--jobs`` workers do: spawned workers would each import everything
    and load the model themselves (measured on 2 busy cores: cluster start, model loads and
    close 7.5-10.9 s spawned, 3.6-4.6 s forked)."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover - not POSIX
        return
    import dask
    from multiprocessing import forkserver

    dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})
    # Started here, with our preload list, before distributed would start it with its own.
    multiprocessing.get_context("forkserver").set_forkserver_preload(["distributed", "newslab.corpus.engine_preload"])
    forkserver.ensure_running()


#: Dask settings for the ``LocalCluster`` a run starts: a batch of CPU-bound tasks, not an
#: interactive session. Each worker's statistical profiler samples the running task's stack every
#: 10 ms, its event loop ticks every 20 ms to watch for blocking, and monitors poll memory and
#: system load several times a second; each wakes a thread that must take the GIL from spaCy.
#: Measured inside the workers on 600 generated articles, CPU beyond the analysing thread's own was
#: 6-7% with Dask's defaults (a ``--jobs`` worker: 1%), 3-4% without the profiler, 2% with all of
#: these. The dashboard still shows tasks, workers and memory; only its Profile page stays empty.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
}


def connect(scheduler: str, jobs: int, timeout: float = 10.0):
    """A Dask client: a new ``LocalCluster`` of ``jobs`` worker processes for ``local`` (with
    :data:`LOCAL_CLUSTER_CONFIG`), else the scheduler at ``scheduler``; a scheduler that cannot be
    reached is a one-line NewslabError."""
    import logging

    import dask
    from distributed import Client, LocalCluster

    if scheduler == "local":
        _fork_local_workers()
        # The scheduler and the nannies read the settings as they start; each nanny hands its copy
        # to its worker, also to one it restarts after a crash.
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout=timeout), None
    except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, ValueError for a bad address
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise NewslabError(f"cannot reach the Dask scheduler at {scheduler}: {reason}") from None


def run_dask(tasks: list[Task], config: Config, client, window: int | None = None,
             on_result: Callable[[ChunkResult], None] | None = None) -> Iterator[ChunkResult]:
    """Tasks on a Dask cluster, results back here in task order.

    At most ``window`` tasks are in flight, so the corpus is not shipped to the scheduler at once.
    A task whose worker dies is rerun by the scheduler elsewhere; a future gives its result once,
    so a lost worker neither loses nor duplicates rows.
    """
    from distributed import as_completed

    window = window or max(4, 4 * max(1, len(client.scheduler_info().get("workers", {}))))
    todo = iter(tasks)
    running = as_completed()
    ready: dict[int, ChunkResult] = {}
    nxt = 0

    def submit() -> bool:
        task = next(todo, None)
        if task is None:
            return False
        running.add(client.submit(analyse_chunk, task, config, pure=False, key=f"newslab-chunk-{task.index}-{os.urandom(4).hex()}"))
        return True

    for _ in range(window):
        if not submit():
            break
    for future in running:
        result = future.result()
        future.release()
        ready[result.index] = result
        if on_result is not None:
            on_result(result)
        submit()
        while nxt in ready:
            yield ready.pop(nxt)
            nxt += 1
