"""A day after "on" is no topic ("agreed on Tuesday"); an opening "according to X" whose X the parser cut before its
participle ("court filings reviewed by the paper") keeps the words up to the comma in the source, out of the content
(twenty-ninth round). Every sentence here is written for the test; none comes from an evaluation set."""

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


@pytest.mark.parametrize("text", [
    "The company agreed on Tuesday to pay a fine.",
    "The minister spoke on Monday.",
])
def test_a_day_after_on_is_no_topic(attr, text):
    # "agreed on a plan" names what was agreed; "agreed on Tuesday" only when
    assert not any("day" in c for c in attr(text)["content"]), attr(text)
