"""Engines: worker processes (--jobs) and Dask give the rows of the in-process engine, in order."""

from __future__ import annotations

import os
import signal
import threading

import pytest
from store_seeds import snapshot as _snapshot, write_seeds

from newslab.corpus import engine
from newslab.corpus.analyze_run import EngineChoice, analyze_to_store, analyze_to_stream
from newslab.cli import main
from newslab.seeds import read_corpus


def _lines(articles, choice):
    return [line for r in analyze_to_stream(articles, "speech", choice, False, "jsonl") for line in r.lines]


def test_worker_processes_give_the_inline_output_in_order(tmp_path, nlp):
    articles = read_corpus(write_seeds(tmp_path / "seeds", 10)).articles
    inline = _lines(articles, EngineChoice(jobs=1, chunk_size=3))
    assert len(inline) == 10
    assert _lines(articles, EngineChoice(jobs=2, chunk_size=3)) == inline


def test_a_failing_article_fails_alone_with_its_file_name(tmp_path, nlp, monkeypatch):
    import newslab.extract.analysis as analysis

    real = analysis.analyze_doc

    def flaky(doc, article, model, scope="speech"):
        if article.id == "art_002":
            raise RuntimeError("a rule broke")
        return real(doc, article, model, scope=scope)

    monkeypatch.setattr(analysis, "analyze_doc", flaky)
    articles = read_corpus(write_seeds(tmp_path / "seeds", 5)).articles
    results = list(analyze_to_stream(articles, "speech", EngineChoice(jobs=1, chunk_size=5), False, "jsonl"))
    assert [len(r.lines) for r in results] == [4]
    (failure,) = results[0].failures
    assert failure.error.endswith("art_002.txt: analysis failed: RuntimeError: a rule broke")


@pytest.mark.parametrize("field, env, message", [
    ("model", None, "the client 'en_core_web_xx 0.0': install from the same lock file"),
    ("code", None, "runs other newslab code"),
    ("blas", "blis", "has NEWSLAB_BLAS=blis, the client numpy: set the same on every worker"),
])
def test_a_worker_refuses_to_analyse_unlike_the_client(tmp_path, nlp, monkeypatch, field, env, message):
    """Rows are keyed with the client's pipeline, code and BLAS backend: a worker that differs in
    any of them raises instead of writing rows under the client's key."""
    from dataclasses import replace

    from newslab.corpus.keys import code_fingerprint
    from newslab.errors import NewslabError
    from newslab.extract.blas import backend
    from newslab.extract.nlp import pipeline_label

    (task,) = engine.make_tasks(read_corpus(write_seeds(tmp_path / "seeds", 1)).articles)
    config = engine.Config(output="arrow", model=pipeline_label(nlp), code=code_fingerprint(), blas=backend())
    assert engine.analyse_chunk(task, config, nlp=nlp).done == ["art_000"]  # alike: analysed
    if env:
        monkeypatch.setenv("NEWSLAB_BLAS", env)
    else:
        config = replace(config, **{field: "en_core_web_xx 0.0" if field == "model" else "0" * 16})
    with pytest.raises(NewslabError, match=message):
        engine.analyse_chunk(task, config, nlp=nlp)


def test_unreachable_scheduler_is_one_line_naming_the_address(tmp_path, capsys, monkeypatch):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    real = engine.connect
    monkeypatch.setattr(engine, "connect", lambda scheduler, jobs: real(scheduler, jobs, timeout=2))
    seeds = write_seeds(tmp_path / "seeds", 1)
    assert main(["analyze", str(seeds), "--out", str(tmp_path / "store"), "--scheduler", address]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"newslab: error: cannot reach the Dask scheduler at {address}")


def _batch_settings(dask_worker) -> tuple[bool, str]:
    """On a worker: is its stack profiler scheduled, and does it run with the batch settings?"""
    import dask

    return "profile" in dask_worker.periodic_callbacks, dask.config.get("distributed.admin.tick.interval")


def test_the_local_cluster_runs_its_workers_as_a_batch_not_an_interactive_session():
    """``--scheduler local``: no stack profiler or 20 ms ticks in the workers (they cost 4-5% of
    their CPU), and the client's own Dask settings are left as they were."""
    pytest.importorskip("distributed")  # loads distributed's settings into dask.config
    import dask

    before = dask.config.get("distributed.worker.profile.enabled")
    assert before is True  # Dask's default, which the cluster's workers must not keep
    client, cluster = engine.connect("local", 1)
    try:
        assert set(client.run(_batch_settings).values()) == {(False, "1s")}
        assert client.run_on_scheduler(lambda dask_scheduler: dask_scheduler._tick_interval) == 1.0
    finally:
        client.close()
        cluster.close()
    assert dask.config.get("distributed.worker.profile.enabled") == before  # the client's settings are restored


@pytest.fixture(scope="module")
def cluster():
    """A real LocalCluster: two worker processes (not threads), one thread each."""
    distributed = pytest.importorskip("distributed")
    import logging
    import sys

    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import this test module

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=logging.ERROR) as lc, distributed.Client(lc) as client:
        yield client


def _break_art_003():
    """Run on every worker: art_003's analysis raises (as a broken rule would)."""
    import newslab.extract.analysis as analysis

    real = getattr(analysis, "_real_analyze_doc", analysis.analyze_doc)
    analysis._real_analyze_doc = real

    def flaky(doc, article, model, scope="speech"):
        if article.id == "art_003":
            raise RuntimeError("a rule broke on the worker")
        return real(doc, article, model, scope=scope)

    analysis.analyze_doc = flaky


def _mend():
    import newslab.extract.analysis as analysis

    analysis.analyze_doc = getattr(analysis, "_real_analyze_doc", analysis.analyze_doc)


def test_dask_gives_the_local_rows_and_reports_a_failing_seed(tmp_path, cluster, nlp):
    seeds = write_seeds(tmp_path / "seeds", 8)
    local = tmp_path / "local"
    analyze_to_store([seeds], local, choice=EngineChoice(jobs=1, chunk_size=2))
    dask = tmp_path / "dask"
    summary = analyze_to_store([seeds], dask, choice=EngineChoice(client=cluster, chunk_size=2))
    assert summary.line() == "analysed 8, unchanged 0, removed 0, failed 0"
    assert _snapshot(dask) == _snapshot(local)

    cluster.run(_break_art_003)
    try:
        (seeds / "art_003.txt").write_text((seeds / "art_003.txt").read_text() + "\nOne more line.\n")
        summary = analyze_to_store([seeds], dask, choice=EngineChoice(client=cluster, chunk_size=2))
    finally:
        cluster.run(_mend)
    assert summary.line() == "analysed 0, unchanged 7, removed 0, failed 1"
    assert "art_003.txt: analysis failed: RuntimeError: a rule broke on the worker" in summary.failures[0].error


def test_a_worker_killed_mid_run_loses_and_duplicates_no_rows(tmp_path, cluster, nlp):
    seeds = write_seeds(tmp_path / "seeds", 24)
    local = tmp_path / "local"
    analyze_to_store([seeds], local, choice=EngineChoice(jobs=1, chunk_size=2))
    pids = cluster.run(os.getpid)
    killed: list[int] = []
    lock = threading.Lock()

    def kill_one_busy_worker(result):
        with lock:
            if killed:
                return
            busy = [w for w, tasks in cluster.processing().items() if tasks and w in pids]
            if busy:
                killed.append(pids[busy[0]])
                os.kill(pids[busy[0]], signal.SIGKILL)

    dask = tmp_path / "dask"
    summary = analyze_to_store([seeds], dask, choice=EngineChoice(client=cluster, chunk_size=2, on_result=kill_one_busy_worker))
    assert killed, "no worker was busy after the first result"
    assert summary.line() == "analysed 24, unchanged 0, removed 0, failed 0"
    assert _snapshot(dask) == _snapshot(local)


def test_tasks_end_at_their_article_count_or_text_budget_and_keep_every_article_in_order():
    from newslab.seeds import parse_seed_text

    bodies = ["Short one."] * 5 + ["A long report. " * 400] * 3 + ["Short again."] * 4
    articles = [parse_seed_text(f"date 2024-05-06 {b}\n", f"a{i:02d}") for i, b in enumerate(bodies)]
    keys = [f"k{i}" for i in range(len(articles))]
    tasks = engine.make_tasks(articles, keys, chunk_size=4, chunk_chars=5_000)  # a long body: 6,000
    assert [t.index for t in tasks] == list(range(len(tasks)))
    assert [a.id for t in tasks for a in t.articles] == [a.id for a in articles]
    assert [k for t in tasks for k in t.keys] == keys
    sizes = [len(t.articles) for t in tasks]
    assert sizes == [4, 2, 1, 1, 4]  # four short; one short and a long reach the budget; a long alone; four short
    assert engine.make_tasks([], [], chunk_size=4) == []
    assert [len(t.articles) for t in engine.make_tasks(articles[:5], keys[:5], chunk_size=2)] == [2, 2, 1]
