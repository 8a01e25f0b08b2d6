""""Call" with a particle of action ("called off", "called in", "called up") or an event as its object ("called a
strike", "called a snap election") reports no words (twenty-eighth round).
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


@pytest.mark.parametrize("text", [
    "The strike was called by the pilots' union after talks broke down.",
    "The prime minister called a snap election for June.",
])
def test_calling_an_event_is_no_attribution(attr, text):
    assert attr(text).empty, attr(text)[["source", "cue", "content"]]


def test_calling_something_a_name_stays_speech(attr):
    # guard: "called the offer an insult" reports words
    assert list(attr("The union called the offer an insult.")["cue"]) == ["called"]
