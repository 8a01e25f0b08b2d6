"""Attribution rules of the seventh issue-12 pass (speech scope). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, verb", [
    ("“We will not give up on this harbor,” the mayor said, according to the Ledger. “It is our home.”", "said"),
    ("“The vote was rigged,” Lee told supporters, according to a recording obtained by the Ledger.", "told"),
])
def test_relayed_quote_has_the_paper_as_source(attr, text, verb):
    df = attr(text)
    assert verb not in list(df.cue)
    row = one(df, "according to")
    body = "Harbor news.\n\n" + text
    words = " ".join(body[s:e] for s, e in row.fragments)
    assert words.startswith("“") and "the mayor said" not in words and "Lee told" not in words
    assert "Ledger" in row.source or "recording" in row.source


def test_according_to_without_a_speech_verb_keeps_its_clause(attr):
    row = one(attr("Ridership on the ferry has doubled, according to the harbor board."), "according to")
    assert row.content == "Ridership on the ferry has doubled"


@pytest.mark.parametrize("text, verb, content", [
    ("Harbor officials insist that they paid the dredging crews in full despite the delays.", "insist",
     "that they paid the dredging crews in full"),
    ("The mayor told reporters that the ferry would run on time, though the schedule was changed twice.", "told",
     "that the ferry would run on time"),
])
def test_closing_concession_is_the_writers(attr, text, verb, content):
    assert one(attr(text), verb).content == content


def test_concession_inside_the_clause_stays(attr):
    row = one(attr("Lee said that despite the delays the ferry would run on time."), "said")
    assert row.content == "that despite the delays the ferry would run on time"
