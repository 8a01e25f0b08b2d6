"""Shared fixtures: the pipeline (loaded once per session) and the mission seed."""

from __future__ import annotations

import pytest

from newslab.paths import eval_dir, seeds_dir
from newslab.seeds import read_seed


@pytest.fixture(scope="session")
def nlp():
    from newslab.extract.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def spacy_pair():
    """Two fresh copies of the pipeline newslab loads, without its components: spaCy's own, and one
    with newslab's exact stand-ins for attribute_ruler and the lemmatizer installed."""
    import spacy

    from newslab.extract import attribute_lookup, lemma_cache
    from newslab.extract.nlp import resolve_pipeline_name

    name = resolve_pipeline_name()
    plain, fast = spacy.load(name), spacy.load(name)
    assert attribute_lookup.install(fast) and lemma_cache.install(fast)
    return plain, fast


@pytest.fixture(scope="session")
def mission_article():
    return read_seed(seeds_dir() / "000_e1690f5d3e6ec158.txt")


@pytest.fixture(scope="session")
def shared_eval():
    """The ../shared/eval folder, or skip when it is absent (e.g. outside this workplace)."""
    path = eval_dir()
    if not path.is_dir():
        pytest.skip(f"development sets not found at {path}")
    return path

