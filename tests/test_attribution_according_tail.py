"""An opening "according to X" whose X the parser cut before its participle ("court filings reviewed by the paper"):
the words up to the comma are the source's, not the content's (twenty-ninth round). Every sentence here is written for
the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from attrkit import make_attr


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, source, content", [
    # (after a sentence the parser hangs "reviewed" on "evicted"; alone it gets it right, and so does the rule)
    ("The mayor spoke. According to court filings reviewed by the newspaper, the company evicted 214 families.",
     "court filings reviewed by the newspaper", "the company evicted 214 families"),
    ("According to the report released on Tuesday, unemployment rose.", "the report released on Tuesday",
     "unemployment rose"),
])
def test_a_participle_after_the_source_is_the_sources(attr, text, source, content):
    df = attr(text)
    assert list(df["source"]) == [source] and list(df["content"]) == [content], df[["source", "cue", "content"]]


def test_a_clause_before_the_comma_stays_content(attr):
    # guard: a subject and a finite verb after "according to X" open the content
    df = attr("According to Reuters the talks collapsed on Monday, and the envoy left.")
    assert list(df["source"]) == ["Reuters"] and df["content"].iloc[0].startswith("the talks collapsed"), df
