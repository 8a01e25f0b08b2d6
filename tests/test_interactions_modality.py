"""A condition or an open question is no act that happened; written sentences only."""

import pytest

from interkit import edges as _edges, has as _has


@pytest.mark.parametrize("text", [
    "Unless the Farmers Party endorses Tom Hale, he will lose the county.",
    "If the Farmers Party defeats Tom Hale and takes the council, taxes will fall.",
    "Ann Reyes said that, if elected, she would ask Tom Hale to stay on.",
    "The question is whether Ann Reyes endorses Tom Hale before the vote.",
])
def test_a_supposed_act_gives_no_edge(nlp, text):
    df = _edges(nlp, text)
    assert df.empty or not set(df["kind"]) - {"member"}, df[["source", "kind", "target"]]


def test_an_act_beside_a_condition_still_counts(nlp):
    df = _edges(nlp, "Ann Reyes endorsed Tom Hale on Monday, although the party had asked her to wait.")
    assert _has(df, "Ann Reyes", "Tom Hale", "support"), df[["source", "kind", "target"]]
