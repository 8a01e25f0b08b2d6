""""Local media", "state media" as a source are news outlets: the lemmatizer makes the head "medium", which the media
words did not hold (twenty-eighth round). Every sentence here is written for the test; none comes from an evaluation
set."""

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
