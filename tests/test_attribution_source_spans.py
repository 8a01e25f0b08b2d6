"""The source phrase without what the parser hung on the subject that is no part of who spoke: a dateline with its
country and agency ("KHARTOUM, Sudan (AP) —"), a time ("on Tuesday", "late Sunday"). Every sentence here is written
for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from attrkit import make_attr


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, source", [
    ("KHARTOUM, Sudan (AP) — Sudan's paramilitary Rapid Support Forces said Sunday they had taken the base.",
     "Sudan's paramilitary Rapid Support Forces"),
    ("WASHINGTON — Senate Majority Leader Chuck Schumer on Tuesday accused Republicans of stalling the bill.",
     "Senate Majority Leader Chuck Schumer"),
])
def test_a_dateline_or_a_time_on_the_subject_is_no_part_of_the_source(attr, text, source):
    df = attr(text)
    assert list(df["source"]) == [source], df[["source", "cue", "content"]]


def test_a_name_with_a_weekday_in_it_keeps_it(attr):
    # guard: a day word inside the name is the name's
    df = attr("The Tuesday Group said the vote had failed.")
    assert list(df["source"]) == ["The Tuesday Group"], df[["source", "cue", "content"]]
