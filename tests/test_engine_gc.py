"""analyze_to_store runs with the chunks' GC thresholds and restores the caller's afterwards."""

import gc

from newslab.corpus import analyze_run, engine


def test_store_run_uses_and_restores_gc_thresholds(monkeypatch):
    seen = []
    monkeypatch.setattr(analyze_run, "_analyze_to_store", lambda *a, **k: seen.append(gc.get_threshold()) or "done")
    before = gc.get_threshold()
    assert analyze_run.analyze_to_store(["nowhere"], "nowhere") == "done"
    assert seen == [engine.GC_THRESHOLDS]
    assert gc.get_threshold() == before
