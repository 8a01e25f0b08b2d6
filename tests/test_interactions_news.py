"""Interaction rules from political news (session 18): datelines, criticism vocabulary.

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


def test_a_dateline_run_into_the_sentence_takes_no_part(nlp):
    # the parser makes the byline place a second subject of the first verb
    df = _edges(nlp, "Boston (AFP) – Senator Ann Reyes has sharply criticized her rival Tom Hale on taxes.")
    assert _has(df, "Ann Reyes", "Tom Hale", "oppose"), df[["source", "kind", "target"]]
    assert not set(df["source"]) & {"Boston", "AFP"}, df[["source", "kind", "target"]]
