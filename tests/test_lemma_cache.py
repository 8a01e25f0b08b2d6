"""The cached lemmatizer gives spaCy's rule lemmatizer's lemmas, and steps aside where it cannot."""

from __future__ import annotations

import pytest
import spacy

from newslab.extract.lemma_cache import CachedLemmatizer, install

#: Inflections, repeated words (cache hits), whitespace tokens, words with set lemmas ("'d").
TEXTS = [
    "The ministers were meeting; they had met twice and would meet again. She'd said the mice ran.",
    "Running  runners ran faster than the fastest geese.\n\nBetter wolves, worse knives, best leaves.",
    "",
]


def test_the_newslab_pipeline_wraps_its_lemmatizer_under_the_same_name(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
    assert nlp.pipe_names.index("lemmatizer") == nlp.pipe_names.index("attribute_ruler") + 1


@pytest.mark.parametrize("text", TEXTS)
def test_lemmas_equal_spacys_twice_over(spacy_pair, text):
    plain, fast = spacy_pair
    for _ in range(2):  # the second pass reads the cache the first one filled
        assert [t.lemma_ for t in plain(text)] == [t.lemma_ for t in fast(text)]


def test_lemmas_are_set(spacy_pair):
    _plain, fast = spacy_pair
    doc = fast("The ministers were meeting and the mice ran.")
    assert [t.lemma_ for t in doc][:5] == ["the", "minister", "be", "meet", "and"]
    assert doc[6].lemma_ == "mouse" and doc[7].lemma_ == "run"


def test_a_lookup_lemmatizer_is_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not install(nlp)
    assert not isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
