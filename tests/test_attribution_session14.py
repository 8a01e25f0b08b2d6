"""Attribution rules of the eleventh issue-12 pass (speech scope). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


def test_a_bare_infinitive_after_the_reported_words_continues_them(attr):
    row = one(attr("The harbor chief said she wanted to talk to the fishermen and let them know that the pier will stay open."),
              "said")
    assert row.content.endswith("the pier will stay open")


def test_a_modal_predicate_after_a_relative_speech_clause_continues_it(attr):
    rows = attr("The mayor took questions from residents who said they had doubts about the ferry plan, "
                "but would not vote against it.")
    assert one(rows, "said").content.endswith("would not vote against it")


def test_a_predicate_in_the_cue_tense_stays_the_speaker_s_act(attr):
    rows = attr("The mayor took questions from residents who said they had doubts about the ferry plan, "
                "but then left the hall early.")
    assert one(rows, "said").content == "they had doubts about the ferry plan"
