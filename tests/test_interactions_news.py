"""Interaction rules from political news (session 18): datelines, criticism vocabulary.

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


def test_a_dateline_run_into_the_sentence_takes_no_part(nlp):
    # the parser makes the byline place a second subject of the first verb
    df = _edges(nlp, "Boston (AFP) – Senator Ann Reyes has sharply criticized her rival Tom Hale on taxes.")
    assert _has(df, "Ann Reyes", "Tom Hale", "oppose"), df[["source", "kind", "target"]]
    assert not set(df["source"]) & {"Boston", "AFP"}, df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,edge", [
    ("Governor Ann Reyes trounced Tom Hale in the primary.", ("Ann Reyes", "Tom Hale", "oppose", True)),
    ("Senator Ann Reyes called out Tom Hale for his remarks.", ("Ann Reyes", "Tom Hale", "oppose", True)),
    ("Ann Reyes took a swipe at Tom Hale on Monday.", ("Ann Reyes", "Tom Hale", "oppose", True)),
    ("Tom Hale refused to repudiate Ann Reyes.", ("Tom Hale", "Ann Reyes", "oppose", True)),
    ("Tom Hale, a fierce opponent of Ann Reyes, spoke first.", ("Tom Hale", "Ann Reyes", "oppose", False)),
])
def test_criticism_and_contest_vocabulary(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,edge", [
    ("Governor Ann Reyes mocked the qualifications of Tom Hale.", ("Ann Reyes", "Tom Hale", "oppose", True)),
    ("Ann Reyes has insulted Tom Hale again.", ("Ann Reyes", "Tom Hale", "oppose", True)),
    ("Ann Reyes delivered a critique of Tom Hale's handling of the crisis.", ("Ann Reyes", "Tom Hale", "oppose", True)),
    ("Tom Hale began digging up old stories to hammer Ann Reyes.", ("Tom Hale", "Ann Reyes", "oppose", True)),
])
def test_scorn_vocabulary(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text", [
    "Tom Hale spoke first. Ann Reyes said she was shocked that he would mock Paul Ortiz.",
    "Ann Reyes has clashed with Tom Hale, saying she was shocked that he would mock Paul Ortiz.",
])
def test_he_is_not_the_subject_that_a_she_stands_for(nlp, text):
    df = _edges(nlp, text)
    assert _has(df, "Tom Hale", "Paul Ortiz", "oppose"), df[["source", "kind", "target"]]
    assert not _has(df, "Ann Reyes", "Paul Ortiz", "oppose"), df[["source", "kind", "target"]]


def test_his_after_a_person_subject_of_its_own_clause(nlp):
    # "his" is the governor's (a description with no named antecedent here), never the main clause's subject
    df = _edges(nlp, "Ann Reyes criticized Hale hours after the Ohio governor threw his support behind Sen. Paul Ortiz.")
    assert not _has(df, "Ann Reyes", "Paul Ortiz", "support"), df[["source", "kind", "target"]]
    df = _edges(nlp, "Ann Reyes said Tom Hale threw his support behind Paul Ortiz.")
    assert _has(df, "Tom Hale", "Paul Ortiz", "support"), df[["source", "kind", "target"]]
    assert not _has(df, "Ann Reyes", "Paul Ortiz", "support"), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,edge", [
    ("Tom Hale, who has hit Ann Reyes for her votes, spoke on Monday.", ("Tom Hale", "Ann Reyes", "oppose", True)),
    ("Tom Hale went after Ann Reyes on Monday.", ("Tom Hale", "Ann Reyes", "oppose", True)),
    ("Ann Reyes tangled with Tom Hale on Monday.", ("Ann Reyes", "Tom Hale", "oppose", False)),
    ("Tom Hale now seeks the ouster of Ann Reyes.", ("Tom Hale", "Ann Reyes", "oppose", True)),
    ("Ann Reyes's feud with Tom Hale is about taxes.", ("Ann Reyes", "Tom Hale", "oppose", False)),
])
def test_quarrel_vocabulary(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), df[["source", "kind", "target"]]


def test_going_after_an_event_is_no_edge(nlp):
    assert _edges(nlp, "Tom Hale went after the meeting with Ann Reyes to Boston.").query("kind == 'oppose'").empty
