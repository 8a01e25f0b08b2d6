""""Call" with a particle of action ("called off", "called in", "called up") reports no words (twenty-eighth round).
Every sentence here is written for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from attrkit import make_attr


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text", [
    "Workers at the plant called off their walkout on Friday.",
    "She called in sick on Monday.",
    "The army called up 300,000 reservists.",
])
def test_call_with_a_particle_of_action_is_no_attribution(attr, text):
    assert attr(text).empty, attr(text)[["source", "cue", "content"]]


@pytest.mark.parametrize("text, cue", [
    ("The minister called on protesters to go home.", "called"),
    ("He called out the hypocrisy of his rivals.", "called out"),
])
def test_call_on_and_call_out_stay_speech(attr, text, cue):
    df = attr(text)
    assert list(df["cue"]) == [cue], df[["source", "cue", "content"]]
