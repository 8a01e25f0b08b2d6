"""`newslab report --scheduler`: the notebook runs on a real LocalCluster of worker processes
write the same report files as a local batch, and a worker killed mid-run loses no report."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from newslab.reports.batch import run_reports

pytestmark = pytest.mark.slow

FIX = Path(__file__).parent / "fixtures" / "reports"
SEEDS, NOTEBOOKS = FIX / "seeds", FIX / "notebooks"


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != "run.log"}


@pytest.fixture(autouse=True)
def pinned_code(monkeypatch):
    monkeypatch.setenv("NEWSLAB_CODE", "tests-" + os.urandom(4).hex())


def _batch(out: Path, cache: Path, **kw) -> int:
    return run_reports(seeds=SEEDS, out=out, run="r", notebooks_dir=NOTEBOOKS, cache_dir=cache, progress=False,
                       timeout=240, **kw)


def test_report_on_a_local_cluster_matches_the_local_batch(tmp_path):
    assert _batch(tmp_path / "here", tmp_path / "cache", jobs=2) == 1  # bad_date.txt is a bad seed in both
    assert _batch(tmp_path / "dask", tmp_path / "cache", jobs=2, scheduler="local") == 1
    here, dask = files(tmp_path / "here" / "r"), files(tmp_path / "dask" / "r")
    assert sorted(here) == sorted(dask)
    assert [rel for rel in here if here[rel] != dask[rel]] == []
    assert sum(rel.endswith("report.html") for rel in dask) >= 7


def test_a_worker_killed_mid_report_loses_no_report(tmp_path):
    distributed = pytest.importorskip("distributed")
    import logging

    params = {"sleep_id": "alpha", "sleep_s": "6"}
    assert _batch(tmp_path / "here", tmp_path / "cache", jobs=1, params=params, kernels="fresh") == 1
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
        killed: list[int] = []

        def kill_a_busy_worker():
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not killed:
                busy = [w for w, keys in client.processing().items() if any("newslab-report" in str(k) for k in keys)]
                if busy:
                    time.sleep(1.5)  # mid-run: the kernel is executing
                    pid = client.run(os.getpid, workers=[busy[0]]).get(busy[0])
                    if pid:
                        killed.append(pid)
                        os.kill(pid, signal.SIGKILL)
                time.sleep(0.2)

        killer = threading.Thread(target=kill_a_busy_worker, daemon=True)
        killer.start()
        rc = _batch(tmp_path / "dask", tmp_path / "cache", params=params, scheduler=cluster.scheduler_address)
        killer.join(5)
    assert killed, "no worker was busy with a report"
    assert rc == 1  # only the bad seed
    here, dask = files(tmp_path / "here" / "r"), files(tmp_path / "dask" / "r")
    assert sorted(here) == sorted(dask)
    assert [rel for rel in here if here[rel] != dask[rel]] == []


def test_a_scheduler_that_cannot_be_reached_is_one_line(tmp_path):
    from newslab.errors import NewslabError

    with pytest.raises(NewslabError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        _batch(tmp_path / "x", tmp_path / "cache", scheduler="tcp://127.0.0.1:9")
