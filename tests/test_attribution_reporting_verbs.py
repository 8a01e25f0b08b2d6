"""Reporting verbs added in issue 12's twenty-sixth round (swear, scoff, reassure, confide ...): with reported words
they are cues; with only an object they are not. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from attrkit import make_attr, one  # noqa: F401 - one is used by the tests below


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, cue, content", [
    ("The mayor swears the harbour project is on budget.", "swears", "the harbour project is on budget"),
    ("The minister sought to reassure investors that the bank was safe.", "reassure", "that the bank was safe"),
    ("She confided that she had never wanted the job.", "confided", "that she had never wanted the job"),
])
def test_a_reporting_verb_with_reported_words_is_a_cue(attr, text, cue, content):
    r = one(attr(text), cue)
    assert r.content == content


@pytest.mark.parametrize("text", [
    "The new governor was sworn in on Monday.",
    "The club rebutted the claims in a memo.",
])
def test_the_verb_without_reported_words_is_no_cue(attr, text):
    assert attr(text).empty
