"""Imported once by the forkserver that starts ``--jobs`` workers: the pipeline is loaded there,
and every worker forks with it already in memory (one load for all workers, not one each); so
are the stages' lexicons and matchers, built by analysing a short text (``analysis.warm_up``)."""

from __future__ import annotations

try:
    from ..extract.analysis import warm_up
    from ..extract.nlp import load_pipeline

    warm_up(load_pipeline())
except Exception:  # noqa: BLE001 - a worker then loads it itself and reports the error properly
    pass
