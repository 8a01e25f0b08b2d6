"""Speech verbs that also name force ("attacked", "defended"): words in politics, force in conflict news; a court
that "ruled that" C.
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text", [
    "Harbor rebels attacked a supply convoy near the old lighthouse on Monday.",    # armed subject
    "Gunmen attacked the ferry terminal before dawn.",                              # armed subject
    "The coast guard attacked the smugglers' camp at first light.",                  # a physical target
    "Northland forces attacked Kestrel overnight, firing dozens of rockets.",       # armed subject, a place
    "Troops defended the river crossing for three days.",                           # armed subject
])
def test_an_act_of_force_is_no_speech(attr, text):
    rows = attr(text)
    assert rows.empty or not rows.cue.isin(["attacked", "defended"]).any(), rows[["source", "cue", "content"]]


@pytest.mark.parametrize("text, cue, content", [
    ("The senator attacked the harbor chief over the ferry delays.", "attacked", "the harbor chief over the ferry delays"),
    ("The mayor defended her decision to close the pier.", "defended", "her decision to close the pier"),
])
def test_words_against_a_person_or_a_decision_stay_cues(attr, text, cue, content):
    row = one(attr(text), cue)
    assert row.content == content


def test_a_court_ruling_that_is_an_attribution(attr):
    row = one(attr("The appeals court ruled on Monday that the harbor levy was unlawful."), "ruled")
    assert row.source == "The appeals court" and row.content == "that the harbor levy was unlawful"


@pytest.mark.parametrize("text", [
    "The Harbor Party ruled the town for decades.",
    "The mayor would not rule out a new levy.",
])
def test_ruling_a_place_or_ruling_out_is_no_attribution(attr, text):
    rows = attr(text)
    assert rows.empty or not rows.cue.str.startswith("rule").any(), rows[["source", "cue", "content"]]
