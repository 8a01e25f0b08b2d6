"""An anonymity clause is no attribution of its own: "who declined to be named" says the speaker is not named, it
reports nothing said. Every sentence here is written for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from attrkit import make_attr


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text", [
    "A spokesperson for the company, who declined to be named, said it had removed thousands of fake accounts.",
    "An official, who refused to be identified, said the convoy had turned back.",
])
def test_a_refusal_to_be_named_is_no_attribution_and_the_speaker_is_anonymous(attr, text):
    df = attr(text)
    assert list(df["cue"]) == ["said"], df[["source", "cue", "content"]]
    assert df["source_kind"].iloc[0] == "anonymous"


def test_a_refusal_to_comment_stays_an_attribution(attr):
    # guard: an active refused act of speech is still a cue
    df = attr("The official declined to comment on the report.")
    assert "declined to comment" in set(df["cue"]), df[["source", "cue", "content"]]
