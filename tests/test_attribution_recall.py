"""Attribution constructions added for recall (issue 12), each on a sentence written for the test."""

from __future__ import annotations

import pytest

from newslab.actors import extract_actors
from newslab.attribution import extract_attributions
from newslab.seeds import parse_seed_text


@pytest.fixture(scope="module")
def attr(nlp):
    def _attr(text: str, scope: str = "speech"):
        article = parse_seed_text("date 2025-01-01 " + text, "t")
        doc = nlp(article.body)
        return extract_attributions(doc, article, extract_actors(doc, article), scope=scope), article.body
    return _attr


def rows(df, cue):
    return df[df.cue == cue]


def one(df, cue):
    got = rows(df, cue)
    assert len(got) == 1, f"expected one '{cue}' row, got\n{df[['source', 'cue', 'content']]}"
    return got.iloc[0]


def test_inverted_said_with_double_apostrophe_quotes_joins_the_next_quote(attr):
    # NYT-style '' marks: the parser leaves the next quote's opening mark in the cue's sentence.
    df, body = attr("Budget fight\n\n''The budget is a disaster for farmers,'' said Maria Lopez, the head of a "
                    "growers' union. ''We will fight it in court.''")
    r = one(df, "said")
    assert r.content.startswith("''The budget") and r.content.endswith("court.''")
    assert len(r.fragments) == 2


def test_statement_saying_takes_the_subject_of_issue(attr):
    df, _ = attr("The mayor issued a statement saying the schools would reopen next week.")
    r = one(df, "saying")
    assert r.source == "The mayor" and r.content == "the schools would reopen next week"


def test_called_it_a_predicate(attr):
    df, _ = attr('Reopening the mine, he called it a "historic mistake" that would haunt the valley.')
    assert one(df, "called").content.startswith('it a "historic mistake"')


def test_accused_object_of_complement(attr):
    df, _ = attr("Senator Dan Ellis accused the governor of hiding the true cost of the bridge.")
    r = one(df, "accused")
    assert r.source == "Senator Dan Ellis" and r.content == "the governor of hiding the true cost of the bridge"


def test_accused_bare_pronoun_is_no_content(attr):
    df, _ = attr("The governor accused him.")
    assert rows(df, "accused").empty


def test_declined_to_comment_is_one_attribution(attr):
    df, _ = attr("A spokesman for the company declined to comment. Union leaders refused to confirm the figures. "
                 "She refused to resign.")
    assert one(df, "declined").content == "to comment"
    assert one(df, "refused").content == "to confirm the figures"
    assert rows(df, "confirm").empty  # the refused act is content, not a second cue
    assert len(df) == 2  # "refused to resign" refuses no speech act
