"""Attribution rules of the fifth issue-12 pass, each on a sentence written for the test."""

from __future__ import annotations

import pytest
from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, cue, content", [
    ("Once again the mayor railed against the new ferry tolls.", "railed", "the new ferry tolls"),
    ("At the council meeting, Quill commented on the harbor budget.", "commented", "the harbor budget"),
    ("The union insisted on a second vote.", "insisted", "a second vote"),
])
def test_against_and_on_phrases_are_the_topic(attr, text, cue, content):
    assert one(attr(text), cue).content == content


@pytest.mark.parametrize("text", [
    "The mayor spoke against the backdrop of the old harbor.",
    "The mayor spoke on the radio for an hour.",
])
def test_a_setting_is_no_topic(attr, text):
    assert "spoke" not in set(attr(text).cue)
