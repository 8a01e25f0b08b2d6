"""Attribution rules of session 19 (issue 12: sources and content boundaries). Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


def test_a_main_clause_after_the_object_and_a_comma_is_not_what_was_announced(attr):
    # The parser makes the main clause a complement of "announced" (the verb of a clause opening
    # with a time phrase), so the main clause was taken for the announcement.
    df = attr("At the moment Lee announced his candidacy last spring, Hale was holding a meeting in his office.")
    assert one(df, "announced").content == "his candidacy"


def test_a_hearer_verb_keeps_its_clause_after_the_object(attr):
    df = attr("Lee told reporters, he would not run again.")
    assert one(df, "told").content == "he would not run again"
