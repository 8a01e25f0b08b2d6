"""A time phrase between the cue and the reported clause dates the saying, not what was said ("said on Saturday it
had retaken the bridge"): it stays out of the content (twenty-eighth round). Every sentence here is written for the
test; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from attrkit import make_attr


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, content", [
    ("The army said on Saturday it had retaken the bridge.", "it had retaken the bridge"),
    ("The minister said Tuesday the talks had failed.", "the talks had failed"),
])
def test_a_time_right_after_the_cue_is_not_content(attr, text, content):
    df = attr(text)
    assert list(df["content"]) == [content], df[["source", "cue", "content"]]


def test_a_time_after_that_is_part_of_what_was_said(attr):
    # guard: after "that" the time belongs to the reported clause
    df = attr("The minister said that on Tuesday the talks had failed.")
    assert list(df["content"]) == ["that on Tuesday the talks had failed"], df[["source", "cue", "content"]]
