"""The BLAS backend of the pipeline's networks (newslab.extract.blas)."""

from __future__ import annotations

import os

import pytest

from newslab.errors import PipelineError
from newslab.extract import blas

# Sentences of our own with names, titles, dates and a quote, so the tagger, parser and entity
# recogniser all have work to do.
TEXTS = [
    "Foreign Minister Anna Kowalczyk met her Brazilian counterpart in Lisbon on Tuesday, officials said.",
    "\"We will not sign this agreement,\" the union's leader, Tom Barrett, told reporters after the vote.",
    "The World Bank lent Kenya $300 million in March 2019 to rebuild roads damaged by floods.",
    "Rebels attacked an army base near the border late on Friday, according to a military spokesman.",
]


def _ops_of(nlp) -> set[tuple[str, bool]]:
    return {(type(node.ops).__name__, getattr(node.ops, "use_blis", None))
            for _, pipe in nlp.components if getattr(pipe, "model", None) is not None for node in pipe.model.walk()}


def _analyses(nlp) -> list[tuple]:
    return [(tuple(t.tag_ for t in d), tuple((t.dep_, t.head.i) for t in d), tuple((e.start, e.end, e.label_) for e in d.ents))
            for d in nlp.pipe(TEXTS)]


def test_backend_defaults_to_numpy_and_names_a_bad_value(monkeypatch):
    monkeypatch.delenv("NEWSLAB_BLAS", raising=False)
    assert blas.backend() == "numpy"
    monkeypatch.setenv("NEWSLAB_BLAS", "BLIS")
    assert blas.backend() == "blis"
    monkeypatch.setenv("NEWSLAB_BLAS", "mkl")
    with pytest.raises(PipelineError, match="NEWSLAB_BLAS='mkl'"):
        blas.backend()


def test_loaded_pipeline_multiplies_with_numpy(nlp):
    assert _ops_of(nlp) == {("NumpyOps", False)}


def test_numpy_blas_gives_the_same_analyses_as_blis(monkeypatch):
    import spacy

    from newslab.extract.nlp import resolve_pipeline_name

    fresh = spacy.load(resolve_pipeline_name())
    assert ("NumpyOps", True) in _ops_of(fresh)  # thinc's default: BLIS
    before = _analyses(fresh)
    monkeypatch.setenv("NEWSLAB_BLAS", "blis")
    assert blas.use_backend(fresh) == "blis" and ("NumpyOps", True) in _ops_of(fresh)
    monkeypatch.setenv("NEWSLAB_BLAS", "numpy")
    assert blas.use_backend(fresh) == "numpy" and _ops_of(fresh) == {("NumpyOps", False)}
    assert _analyses(fresh) == before


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs two cores for a two-thread BLAS")
def test_one_thread_holds_blas_to_one_thread_and_restores_it():
    import numpy  # noqa: F401 - loads numpy's BLAS
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas_threads() -> list[int]:
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    assert blas_threads(), "numpy's BLAS is not loaded"
    with threadpool_limits(limits=2, user_api="blas"):
        with blas.one_thread():
            assert set(blas_threads()) == {1}
        assert set(blas_threads()) == {2}
