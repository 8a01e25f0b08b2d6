"""Notebook runs on Dask workers (``newslab report --scheduler``).

Each notebook run is one Dask task: the worker executes it with the same runner as a local batch
(:func:`newslab.reports.runner.run_job`, on a reused kernel of that worker when ``--kernels
reuse``) into a temporary folder of its own, and sends back every file of the finished report
folder; the client writes them under the run folder and publishes them atomically, exactly as a
local run does. So the run folder need not be shared, but a worker must read the notebooks, the
seeds and the corpus store at the paths the client gives (a shared filesystem, as a university
cluster's home or scratch space). A task whose worker dies is rerun elsewhere by the scheduler;
its report is published once, from the run that finished.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

#: Kernel pools of this worker process, one per batch (closed by :func:`close_pools`).
_POOLS: dict[str, Any] = {}
_POOLS_LOCK = threading.Lock()


@dataclass
class RemoteRun:
    """What a worker sends back: the run's status and every file of its report folder."""

    folder: str
    status: str
    error: str | None
    seconds: float
    files: dict[str, bytes] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)


def _pool(token: str, kernel_name: str, cwd: Path, preload: list[str], env: dict[str, str]):
    from .kernels import KernelPool
    from .runner import venv_kernel_manager_class

    with _POOLS_LOCK:
        pool = _POOLS.get(token)
        if pool is None:
            pool = _POOLS[token] = KernelPool(kernel_name, cwd, venv_kernel_manager_class, preload=preload, env=env)
        return pool


def close_pools(token: str) -> int:
    """Shut down this worker's kernels of batch ``token`` (run on every worker at the end)."""
    with _POOLS_LOCK:
        pool = _POOLS.pop(token, None)
    if pool is None:
        return 0
    pool.close()
    return 1


def run_on_worker(job, timeout: float, replacements: list[tuple[str, str]], display: str, kernels: str,
                  token: str, kernel_env: dict[str, str], preload: list[str]) -> RemoteRun:
    """Run ``job`` here (on a Dask worker) into a temporary folder; return its files."""
    import shutil
    import tempfile

    from .runner import pick_kernel_name, run_job

    env = {**os.environ, **kernel_env}
    kernel = pick_kernel_name()
    pool = _pool(token, kernel, job.notebook.parent, preload, env) if kernels == "reuse" else None
    lines: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="newslab-report-"))
    try:
        res = run_job(job, tmp, kernel, timeout, replacements, display, lines.append, pool, kernel_env=env)
        folder = tmp / job.folder
        files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
        return RemoteRun(job.folder, res.status, res.error, res.seconds, files, lines)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def publish_remote(remote: RemoteRun, run_dir: Path) -> None:
    """Write a worker's report files into a staging folder and move it into place."""
    from .runner import publish

    if not remote.files:
        return
    tmp_root = run_dir / ".tmp"
    staging = tmp_root / uuid.uuid4().hex
    for rel, data in remote.files.items():
        target = staging / rel
        if not target.resolve().is_relative_to(staging.resolve()):
            raise ValueError(f"{remote.folder}: a report file outside its folder: {rel}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)  # a private staging folder: published by one rename below
    publish(staging, run_dir / remote.folder, tmp_root)


def run_on_cluster(client, jobs: list, run_dir: Path, timeout: float, replacements: list[tuple[str, str]],
                   displays: list[str], kernels: str, kernel_env: dict[str, str], preload: list[str],
                   log: Callable[[str], None]) -> Iterator[Any]:
    """Run ``jobs`` on the cluster behind ``client``; yield a ``JobResult`` for each as it ends."""
    from distributed import as_completed

    from .runner import JobResult

    token = uuid.uuid4().hex
    futures = {}
    for i, (job, display) in enumerate(zip(jobs, displays)):
        fut = client.submit(run_on_worker, job, timeout, replacements, display, kernels, token, kernel_env, preload,
                            pure=False, key=f"newslab-report-{i}-{token[:8]}")
        futures[fut] = job
    try:
        for fut in as_completed(futures):
            job = futures[fut]
            started = time.monotonic()
            try:
                remote = fut.result()
                for line in remote.log:
                    log(line)
                publish_remote(remote, run_dir)
                yield JobResult(job, remote.status, remote.error, remote.seconds)
            except Exception as exc:  # noqa: BLE001 - a worker lost three times, or a bug: this run fails
                first = (str(exc).splitlines() or [""])[0]
                yield JobResult(job, "failed", f"on the cluster: {type(exc).__name__}: {first}"[:500],
                                time.monotonic() - started)
            finally:
                fut.release()
    finally:
        try:
            client.run(close_pools, token)
        except Exception:  # noqa: BLE001 - a worker that is gone has no kernels left
            pass
