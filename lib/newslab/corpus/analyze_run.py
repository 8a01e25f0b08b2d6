"""``newslab analyze``: seeds -> engine -> the corpus store, or a JSON Lines / CSV export.

The store run is incremental: an article whose analysis key (seed sha256, newslab version, code
fingerprint, pipeline, scope: :func:`newslab.corpus.keys.cache_key`) is already in the store is not
analysed again, and the rows of seeds that are gone are removed. An unchanged corpus costs a
read of the seeds and of the store's index: no NLP, no spaCy import.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from . import engine
from ..errors import NewslabError
from ..seeds import Article, SeedFailure, read_corpus


@dataclass
class RunSummary:
    """What a store run did (printed as one line)."""

    analysed: int = 0
    unchanged: int = 0
    removed: int = 0
    failures: list[SeedFailure] = field(default_factory=list)
    version: int | None = None

    def line(self) -> str:
        """``analysed N, unchanged N, removed N, failed N``."""
        return f"analysed {self.analysed}, unchanged {self.unchanged}, removed {self.removed}, failed {len(self.failures)}"


@dataclass
class EngineChoice:
    """Which engine runs the NLP: ``jobs`` local processes, or a Dask ``scheduler`` (address or 'local')."""

    jobs: int | None = None
    scheduler: str | None = None
    chunk_size: int = engine.CHUNK_SIZE
    client: object | None = None  # an existing Dask client (tests, notebooks)
    on_result: Callable | None = None


def client_model() -> str:
    """The pipeline label articles are keyed with: read from its meta.json (no spaCy), else loaded."""
    from .keys import model_label
    from ..extract.nlp import load_pipeline, pipeline_label

    return model_label() or pipeline_label(load_pipeline())


def run_tasks(tasks: list[engine.Task], config: engine.Config, choice: EngineChoice) -> Iterator[engine.ChunkResult]:
    """Results of ``tasks`` in order, from the chosen engine."""
    jobs = choice.jobs or engine.default_jobs()
    if not tasks:
        return
    if choice.client is not None:
        yield from engine.run_dask(tasks, config, choice.client, on_result=choice.on_result)
    elif choice.scheduler:
        client, cluster = engine.connect(choice.scheduler, jobs)
        try:
            if cluster is not None:
                print(f"newslab: Dask dashboard at {client.dashboard_link}", file=sys.stderr)
            yield from engine.run_dask(tasks, config, client, on_result=choice.on_result)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    else:
        # One task per worker at least: a corpus smaller than two chunks is not worth a process.
        yield from engine.run_processes(tasks, config, min(jobs, len(tasks)))


def _progress(results: Iterator[engine.ChunkResult], total: int, enabled: bool) -> Iterator[engine.ChunkResult]:
    if not enabled:
        yield from results
        return
    from tqdm import tqdm

    with tqdm(total=total, desc="analyse", unit="article", file=sys.stderr) as bar:
        for result in results:
            bar.update(result.size)
            yield result


def _import_derivations() -> None:
    from . import identity, store_identity, store_timeline  # noqa: F401


def analyze_to_store(paths: Iterable[str], out: str | Path, scope: str = "speech", choice: EngineChoice | None = None,
                     progress: bool = False, checkpoint_seconds: float = 120.0) -> RunSummary:
    """Bring the store at ``out`` up to date with the seeds under ``paths``."""
    from ..extract.blas import backend as blas_backend
    from .keys import cache_key, code_fingerprint
    from .store import StoreWriter

    choice = choice or EngineChoice()
    paths = [str(p) for p in paths]
    corpus = read_corpus(*paths)
    if not corpus.articles and not corpus.failures:  # a mistyped path must not empty a store
        raise NewslabError("no seed files (*.txt) found in " + ", ".join(paths))
    summary = RunSummary(failures=list(corpus.failures))
    for failure in corpus.failures:
        print(f"newslab: error: {failure.error}", file=sys.stderr)
    with StoreWriter(out, checkpoint_seconds=checkpoint_seconds) as writer:
        model = client_model() if corpus.articles else ""
        keys = {a.id: cache_key(a, model, scope) for a in corpus.articles}
        todo = [a for a in corpus.articles if writer.index.keys.get(a.id) != keys[a.id]]
        summary.unchanged = len(corpus.articles) - len(todo)
        gone = set(writer.index.keys) - set(keys)
        writer.remove(gone)
        summary.removed = len(gone)
        config = engine.Config(scope=scope, output="arrow", model=model, code=code_fingerprint(), blas=blas_backend())
        tasks = engine.make_tasks(todo, [keys[a.id] for a in todo], choice.chunk_size)
        if tasks:  # (an unchanged rerun imports none of it: no pandas)
            # The client mostly waits while workers load the pipeline: import the commit's corpus-level
            # code meanwhile (about a quarter second it would otherwise add to the serial end of a run).
            threading.Thread(target=_import_derivations, name="newslab-import", daemon=True).start()
        for result in _progress(run_tasks(tasks, config, choice), len(todo), progress):
            for failure in result.failures:
                print(f"newslab: error: {failure.error}", file=sys.stderr)
            summary.failures.extend(result.failures)
            summary.analysed += len(result.done)
            writer.add(result.tables, result.done)
            # A changed seed that now fails keeps no stale rows; the next run tries it again.
            done = set(result.done)
            writer.remove(a.id for a in tasks[result.index].articles if a.id not in done)
        writer.commit()
        summary.version = writer.version
    return summary


def analyze_to_stream(articles: list[Article], scope: str, choice: EngineChoice, progress: bool,
                      output: str) -> Iterator[engine.ChunkResult]:
    """Chunk results (``jsonl`` lines or ``record`` dicts) of ``articles`` in order.

    ``jsonl`` lines carry each actor's ``corpus_actor_id``, so every chunk (its lines and its
    failures) comes after the last article is analysed (see :mod:`newslab.corpus.jsonl_ids`).
    """
    config = engine.Config(scope=scope, output=output)
    tasks = engine.make_tasks(articles, chunk_size=choice.chunk_size)
    results = _progress(run_tasks(tasks, config, choice), len(articles), progress)
    if output == "jsonl":
        from .jsonl_ids import with_corpus_actor_ids

        results = with_corpus_actor_ids(results)
    yield from results


def write_jsonl(results: Iterable[engine.ChunkResult], sink: IO[str]) -> list[SeedFailure]:
    """Write every line as it arrives (streaming: memory stays flat); the failures."""
    failures: list[SeedFailure] = []
    for result in results:
        for line in result.lines:
            sink.write(line + "\n")
        sink.flush()
        for failure in result.failures:
            print(f"newslab: error: {failure.error}", file=sys.stderr)
        failures.extend(result.failures)
    return failures


def write_jsonl_file(results: Iterable[engine.ChunkResult], path: Path,
                     failures: list[SeedFailure]) -> tuple[list[SeedFailure], int]:
    """Stream the lines into a temp file beside ``path`` and replace ``path`` only if some were
    written (a run where every seed fails keeps the previous file); (all failures, lines written)."""
    import os
    import tempfile

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    written = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as sink:
            for result in results:
                for line in result.lines:
                    sink.write(line + "\n")
                    written += 1
                for failure in result.failures:
                    print(f"newslab: error: {failure.error}", file=sys.stderr)
                failures = failures + list(result.failures)
            sink.flush()
            os.fsync(sink.fileno())
        if written:
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return failures, written


def store_for(seeds: str | Path, scope: str = "speech") -> Path:
    """The default store of a seed folder or file: one per resolved path and scope under the cache
    folder, so a run on one folder never removes another folder's rows."""
    import hashlib

    from .keys import default_cache_dir

    resolved = str(Path(seeds).resolve())
    tag = hashlib.sha256(f"{resolved}\0{scope}".encode("utf-8")).hexdigest()[:12]
    return default_cache_dir() / "stores" / f"{Path(resolved).name or 'seeds'}-{tag}"


def open_for_seeds(seeds: str | Path, store: str | Path | None = None, scope: str = "speech",
                   jobs: int | None = None, progress: bool = False):
    """The corpus store of ``seeds`` brought up to date (incremental: no NLP when nothing changed),
    opened for reading (:class:`newslab.corpus.api.CorpusStore`), and the run summary."""
    from .api import open as open_store

    target = Path(store) if store else store_for(seeds, scope)
    summary = analyze_to_store([str(seeds)], target, scope=scope, choice=EngineChoice(jobs=jobs), progress=progress)
    return open_store(target), summary
