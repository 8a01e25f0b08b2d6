"""The gazetteer runs its institution Matcher only at owner words: same matches as a full-doc run."""

from __future__ import annotations

import pytest

from newslab.extract.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_institution_windows_find_what_the_full_matcher_finds(nlp):
    g = nlp.get_pipe("newslab_gazetteer")
    text = ("The Turkish General Staff said Libya's Defence Ministry and the Russian Armed Forces met. "
            "Egyptian Foreign Ministry officials and the French Army, the Iraqi Parliament and the US Coast Guard "
            "spoke. Turkish troops stayed; the Navy did not.")
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        if proc is g:
            break
        doc = proc(doc)
    full = sorted(g.institutions(doc))
    assert len(full) >= 5
    assert sorted(g._institution_matches(doc)) == full
