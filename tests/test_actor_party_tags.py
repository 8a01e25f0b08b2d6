"""A legislator's party-state tag ("D-Mass.", "(R-Ohio)") and a state's name inside a person's name
("Michael Jordan"): no state actor. Sentences written for these tests."""

from __future__ import annotations

import pytest

from actorkit import typed_mentions


@pytest.mark.parametrize("text, person", [
    ("Sen. Ada Warrick, D-Mass., criticized the Federal Reserve on Tuesday.", "Ada Warrick"),
    ("Rep. Dale Fenwick (R-Fla.) and Rep. Mia Sorel (D-N.Y.) met on Monday.", "Dale Fenwick"),
    ("House Whip Carl Brandt, R-Calif., opposed the measure.", "Carl Brandt"),
])
def test_party_state_tag_is_no_state(nlp, text, person):
    got = typed_mentions(nlp, text)
    assert any(t == "PERSON" and person in m for t, m in got), got
    assert not any(t in ("GPE", "LOC") for t, _ in got), got


def test_a_state_named_after_a_comma_still_counts(nlp):
    got = typed_mentions(nlp, "The senator flew to Boston, Massachusetts, on Tuesday.")
    assert ("GPE", "Massachusetts") in got or ("GPE", "Boston, Massachusetts") in got, got


@pytest.mark.parametrize("text, person", [
    ("Michael Jordan scored 30 points in the final.", "Michael Jordan"),
    ("Rep. Jim Jordan said the hearing would resume.", "Jim Jordan"),
])
def test_a_state_inside_a_persons_name_is_no_state(nlp, text, person):
    got = typed_mentions(nlp, text)
    assert any(t == "PERSON" and person in m for t, m in got), got
    assert not any(t == "GPE" for t, _ in got), got
