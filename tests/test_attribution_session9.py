"""Attribution rules of the fifth issue-12 pass (speech scope). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one
from newslab.extract.attribution_spans import drop_leading_connective


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, out", [
    ("But the plan works", "the plan works"),
    ("And yet, the plan works", "the plan works"),
    ("Still, the plan works", "the plan works"),
    ("Still the plan works", "Still the plan works"),  # an adverb, not a connective
    ("So far the plan works", "So far the plan works"),
    ("Butler will run", "Butler will run"),
])
def test_drop_leading_connective(text, out):
    s, e = drop_leading_connective(text, (0, len(text)))
    assert text[s:e] == out


def test_parenthetical_content_without_connective(attr):
    row = one(attr("The board met on Monday. But the ferry plan, the mayor said, would cost too much."), "said")
    assert row.content.startswith("the ferry plan")
