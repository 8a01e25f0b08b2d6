"""Two attributions joined by a semicolon ("Critics say X; supporters counter that Y"): the parser hangs the first
clause on the second verb, but a clause before a semicolon is no one else's content (twenty-eighth round). Every
sentence here is written for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from attrkit import make_attr


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


def test_each_side_of_a_semicolon_is_its_own_attribution(attr):
    df = attr("Critics say the rule is too vague; supporters counter that it protects renters.")
    got = {(r.source, r.cue, r.content) for r in df.itertuples()}
    assert got == {("Critics", "say", "the rule is too vague"),
                   ("supporters", "counter", "that it protects renters")}, df[["source", "cue", "content"]]


def test_a_clause_before_a_comma_stays_the_content(attr):
    # guard: "X, critics say" reports X
    assert list(attr("The rule is too vague, critics say.")["content"]) == ["The rule is too vague"]
