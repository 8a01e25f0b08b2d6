"""Source phrases (twenty-eighth round): "local media", "state media" are news outlets (the lemmatizer makes the head
"medium", which the media words did not hold); a hyphen inside a title at a paragraph's start is no dateline dash
("WHO Director-General Tedros" lost "WHO Director-"). Every sentence here is written for the test; none comes from an
evaluation set."""

from __future__ import annotations

import pytest
from attrkit import make_attr

from newslab.extract.attribution_sources import classify_source


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text", [
    "Residents heard explosions all night, local media reported.",
    "The blast killed two guards, state media said.",
])
def test_media_as_a_source_is_media(attr, text):
    df = attr(text)
    assert list(df["source_kind"]) == ["media"], df[["source", "cue", "source_kind"]]


def test_a_social_medium_is_no_outlet():
    # guard: the head "medium" alone ("a medium") is no news outlet
    assert classify_source("a medium", "medium") != "media"


def test_a_hyphenated_title_at_a_paragraphs_start_is_no_dateline(attr):
    df = attr("WHO Director-General Tedros Adhanom Ghebreyesus said the spread was worrying.")
    assert list(df["source"]) == ["WHO Director-General Tedros Adhanom Ghebreyesus"], df[["source", "cue"]]


def test_a_spaced_dash_after_a_town_in_capitals_is_a_dateline(attr):
    # guard: "WASHINGTON - Sen. Lee said": the town is where the story was filed
    assert list(attr("WASHINGTON - Sen. Ada Lee said the bill was dead.")["source"]) == ["Sen. Ada Lee"]
